"""Generate Sahifa's Qt translation catalogue for the Arabic user interface.

    python packaging/gen_translations.py          # writes resources/i18n/sahifa_ar.ts and compiles .qm

Every string the GUI passes to ``sahifa.gui.i18n.tr`` is found by parsing the sources (ast), looked up
in ``ARABIC`` below, written to a Qt Linguist .ts file (context "Sahifa") and compiled with
``pyside6-lrelease``. tests/gui/test_i18n.py fails when a ``tr()`` string has no Arabic here.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "desktop" / "sahifa" / "gui"
OUT = ROOT / "resources" / "i18n"

ARABIC: dict[str, str] = {
    # status and dialog sentences ({…} placeholders are filled with str.format after translating)
    "⚠ {n} file(s) skipped": "⚠ تُخطّي {n} من الملفات",
    "cancelled": "أُلغي",
    "{n} article(s) in {folder}: {analysed} analysed, {unchanged} unchanged.":
        "{n} مقالة في {folder}: حُلِّلت {analysed}، ولم تتغير {unchanged}.",
    "Could not write {path}: {error}": "تعذّرت كتابة {path}: {error}",
    "Exported {n} note(s) to {path}.": "صُدِّرت {n} ملاحظة إلى {path}.",
    "“{folder}” is not a folder that Sahifa can read.": "«{folder}» ليس مجلدًا تستطيع صحيفة قراءته.",
    "Opening {folder}…": "جارٍ فتح {folder}…",
    "Could not open the folder.": "تعذّر فتح المجلد.",
    "Cancelling…": "جارٍ الإلغاء…",
    "No folder open.": "لا يوجد مجلد مفتوح.",
    "{n} hit(s) for “{query}”.": "{n} نتيجة لـ«{query}».",
    "No results for “{query}”.": "لا نتائج لـ«{query}».",
    "Select a passage in the Arabic or English text first, then press Ctrl+H.":
        "حدِّد مقطعًا في النص العربي أو الإنجليزي أولًا، ثم اضغط Ctrl+H.",
    "Translated {n} article(s) in the background.": "تُرجمت {n} مقالة في الخلفية.",
    "Sahifa translates Arabic to English on this computer with Argos Translate models. "
    "Models installed with argospm are found too.":
        "تترجم صحيفة من العربية إلى الإنجليزية على هذا الحاسوب بنماذج Argos Translate، "
        "وتجد أيضًا النماذج المثبتة بـ argospm.",
    "Could not list models: {error}": "تعذّر سرد النماذج: {error}",
    "Checking and installing {path}…": "جارٍ فحص {path} وتثبيته…",
    "Installed {name} {version}.": "ثُبِّت {name} {version}.",
    "Not installed: {error}": "لم يُثبَّت: {error}",
    "Downloading the Arabic→English model…": "جارٍ تنزيل نموذج العربية→الإنجليزية…",
    "Installed into {path}.": "ثُبِّت في {path}.",
    "{n} file(s) were skipped; the rest of the folder loaded normally.":
        "تُخطّي {n} من الملفات؛ وحُمِّل باقي المجلد كالمعتاد.",
    "Notes in articles mentioning {name}": "الملاحظات في المقالات التي تذكر {name}",
    "English label:": "الاسم بالإنجليزية:",
    "Merge “{name}” into:": "دمج «{name}» في:",
    "Stop treating “{name}” as an entity? This survives re-analysis.":
        "أتريد التوقف عن معاملة «{name}» ككيان؟ يبقى هذا بعد إعادة التحليل.",
    "{n} figures": "{n} أرقام",
    "… {n} more in the table below": "… {n} أخرى في الجدول أدناه",
    "Layers:": "الطبقات:",
    "People": "الأشخاص",
    "Organisations": "المنظمات",
    "Places": "الأماكن",
    "Other": "أخرى",
    "Note saved.": "حُفظت الملاحظة.",
    "Library problem": "مشكلة في المكتبة",
    "You can look at it read-only, or start a new, empty library: the old file is kept beside it, renamed, so nothing is lost.":
        "يمكنك فتحها للقراءة فقط، أو بدء مكتبة جديدة فارغة: يُحتفظ بالملف القديم بجانبها باسم جديد، فلا يضيع شيء.",
    "Open Read-Only": "فتح للقراءة فقط",
    "Start a New Library": "بدء مكتبة جديدة",
    "Started a new library; the old one was kept as": "بدأت مكتبة جديدة؛ واحتُفظ بالقديمة باسم",
    "Sahifa (read-only)": "صحيفة (للقراءة فقط)",
    "Read-only: articles are not re-analysed and notes cannot be saved.": "للقراءة فقط: لا يُعاد تحليل المقالات ولا تُحفظ الملاحظات.",
    "Arabic Font…": "الخط العربي…",
    "Arabic Font": "الخط العربي",
    "Default font": "الخط الافتراضي",
    "Amiri (bundled)": "أميري (مرفق مع صحيفة)",
    "Other Font…": "خط آخر…",
    "Showing the first figures only; filter by an entity to narrow the list.": "تُعرض الأرقام الأولى فقط؛ صفِّ حسب كيان لتضييق القائمة.",
    "Title": "العنوان",
    "Outlet": "المصدر",
    "Date": "التاريخ",
    "Value": "القيمة",
    "Unit": "الوحدة",
    "Counted": "المعدود",
    "Source": "المصدر",
    "Article": "المقالة",
    "Text": "النص",
    "Speaker": "المتحدث",
    "Quote": "الاقتباس",
    "Passage": "المقطع",
    "Note": "الملاحظة",
    "Entity": "الكيان",
    "Mentions": "الإشارات",
    "Reported differently": "أرقام متباينة",
    "Open": "فتح",
    "Open the exported file": "فتح الملف المُصدَّر",
    "Could not open {path}.": "تعذّر فتح {path}.",
    "All files": "كل الملفات",
    "An offline reader for Arabic news: aligned English translation, entities, figures and who said what. "
    "Nothing leaves your computer.":
        "قارئ للأخبار العربية يعمل دون اتصال: ترجمة إنجليزية محاذية، وكيانات، وأرقام، ومن قال ماذا. "
        "لا يغادر شيء حاسوبك.",
    "Arabic font: Amiri (SIL Open Font License).": "الخط العربي: أميري (رخصة SIL للخطوط المفتوحة).",
    "Arabic→English: not installed": "العربية←الإنجليزية: غير مثبّت",
    "Argos models": "نماذج Argos",
    "Download it, or install a .argosmodel file": "نزّله، أو ثبّت ملف ‎.argosmodel",
    "Download the Arabic→English model once (about 100 MB) from the Argos Translate package index; "
    "needs an internet connection":
        "نزّل نموذج العربية←الإنجليزية مرة واحدة (نحو 100 ميغابايت) من فهرس حزم Argos Translate؛ يحتاج اتصالًا بالإنترنت",
    "Install a translate-ar_en-*.argosmodel file you already have (copied from a USB stick or another computer)":
        "ثبّت ملف translate-ar_en-*.argosmodel لديك (منسوخ من ذاكرة USB أو من حاسوب آخر)",
    "Install a translation model": "تثبيت نموذج ترجمة",
    "Model": "النموذج",
    "No internet on this computer? On a connected one, download translate-ar_en-*.argosmodel from the Argos "
    "Translate package index (www.argosopentech.com/argospm/index), bring the file over (USB stick, shared "
    "folder), then click Install from file…":
        "لا إنترنت على هذا الحاسوب؟ نزّل translate-ar_en-*.argosmodel على حاسوب متصل من فهرس حزم Argos Translate "
        "(www.argosopentech.com/argospm/index)، وانقل الملف (ذاكرة USB أو مجلد مشترك)، ثم انقر «تثبيت من ملف…»",
    "Size": "الحجم",
    "Version": "الإصدار",
    "Where": "المكان",
    "not installed (optional)": "غير مثبّت (اختياري)",
    "Date of publication, when the file gives one": "تاريخ النشر، إن ذكره الملف",
    "Entities: people, organisations and places named": "الكيانات: الأشخاص والمنظمات والأماكن المذكورة",
    "Figures: numbers, amounts and dates": "الأرقام: الأعداد والمبالغ والتواريخ",
    "Quotes: statements attributed to someone": "الاقتباسات: أقوال منسوبة إلى أشخاص",
    "date unknown": "التاريخ غير معروف",
    "date": "تاريخ",
    "year": "سنة",
    "day": "يوم",
    "week": "أسبوع",
    "month": "شهر",
    "km": "كم",
    "km²": "كم²",
    "m": "م",
    "USD": "دولار أمريكي",
    "Next Match": "النتيجة التالية",
    "Previous Match": "النتيجة السابقة",
    "Years and dates": "السنوات والتواريخ",
    "Years and dates are listed after the counted figures; untick to hide them":
        "تُدرج السنوات والتواريخ بعد الأرقام المعدودة؛ أزل العلامة لإخفائها",
    "No English translation of this article yet": "لا توجد ترجمة إنجليزية لهذه المقالة بعد",
    "direct quote": "اقتباس مباشر",
    "reported speech": "كلام منقول",
    "gazetteer": "معجم الأماكن",
    "glossary": "مسرد المصطلحات",
    "machine translation": "ترجمة آلية",
    "name index": "فهرس الأسماء",
    "reference translation": "ترجمة مرجعية",
    "the translation": "الترجمة",
    "transliterated guess": "تخمين بالنقحرة",
    "written in Latin letters": "مكتوب بحروف لاتينية",
    "your correction": "تصحيحك",
    "side by side": "جنبًا إلى جنب",
    "Arabic only": "العربية فقط",
    "English only": "الإنجليزية فقط",
    "interleaved": "متداخل (جملة تحت جملة)",
    "Could not load the facts:": "تعذر تحميل الحقائق:",
    "Interface Language": "لغة الواجهة",
    "System Default": "لغة النظام",
    "The new language takes effect when Sahifa restarts.": "تُطبَّق اللغة الجديدة عند إعادة تشغيل صحيفة.",
    "&Edit": "&تحرير",
    "&File": "&ملف",
    "&Go": "&انتقال",
    "&Help": "م&ساعدة",
    "&Translation": "ال&ترجمة",
    "&View": "&عرض",
    "About Sahifa": "عن صحيفة",
    "All notes": "كل الملاحظات",
    "Articles": "المقالات",
    "Browse…": "استعراض…",
    "Cancel": "إلغاء",
    "Cannot open folder": "تعذر فتح المجلد",
    "Change type": "تغيير النوع",
    "Clear Entity Filter": "مسح تصفية الكيانات",
    "Could not open the folder": "تعذر فتح المجلد",
    "Delete note": "حذف الملاحظة",
    "Delete this highlight and its note?": "حذف هذا التظليل وملاحظته؟",
    "Delete": "حذف",
    "Download (≈100 MB)": "تنزيل (≈100 ميغابايت)",
    "Download Arabic→English (≈100 MB)": "تنزيل العربية←الإنجليزية (≈100 ميغابايت)",
    "Edit…": "تحرير…",
    "Entities": "الكيانات",
    "Export Notes…": "تصدير الملاحظات…",
    "Remove the Sample Articles from My Library": "إزالة مقالات العيّنة من مكتبتي",
    "An older Sahifa analysed the bundled sample into your library; take it out":
        "حلّل إصدار أقدم من صحيفة العيّنة المرفقة في مكتبتك؛ أزِلها منها",
    "Remove the Sample Articles": "إزالة مقالات العيّنة",
    "Remove the sample articles (the bundled 2019 news about Baghuz) from your library? "
    "Your own articles and your notes are kept; the sample can still be opened from its folder, "
    "in a library of its own.":
        "أتريد إزالة مقالات العيّنة (أخبار 2019 المرفقة عن الباغوز) من مكتبتك؟ "
        "تبقى مقالاتك وملاحظاتك كما هي، ويمكن فتح العيّنة من مجلدها في مكتبة خاصة بها.",
    "The sample articles are not installed with this Sahifa.": "مقالات العيّنة غير مثبّتة مع نسخة صحيفة هذه.",
    "{n} sample article(s) removed from your library.": "أُزيلت {n} من مقالات العيّنة من مكتبتك.",
    "Could not remove the sample articles": "تعذّرت إزالة مقالات العيّنة",
    "Export failed": "فشل التصدير",
    "Export notes": "تصدير الملاحظات",
    "Export": "تصدير",
    "Export…": "تصدير…",
    "Facts": "الحقائق",
    "Figures": "الأرقام",
    "File:": "الملف:",
    "Files Sahifa could not read": "ملفات تعذرت قراءتها",
    "Filter articles by this entity": "تصفية المقالات بهذا الكيان",
    "Filter entities…": "تصفية الكيانات…",
    "Filter titles…": "تصفية العناوين…",
    "Format:": "الصيغة:",
    "Highlight Selection…": "تظليل التحديد…",
    "Highlight and note": "تظليل وملاحظة",
    "Install Translation Model from File…": "تثبيت نموذج ترجمة من ملف…",
    "Install an Arabic→English model first (Translation ▸ Install…).": "ثبّت نموذج ترجمة من العربية إلى الإنجليزية أولًا (الترجمة ▸ تثبيت…).",
    "Install from file…": "تثبيت من ملف…",
    "Larger Text (=)": "تكبير النص (=)",
    "Larger Text": "تكبير النص",
    "Machine translation": "ترجمة آلية",
    "Merge entities": "دمج الكيانات",
    "Merge with…": "دمج مع…",
    "Next Article": "المقالة التالية",
    "Next Highlight": "التظليل التالي",
    "No articles yet.": "لا توجد مقالات بعد.",
    "No translation model": "لا يوجد نموذج ترجمة",
    "No translation": "لا توجد ترجمة",
    "Not an entity": "ليس كيانًا",
    "Notes on this article": "ملاحظات هذه المقالة",
    "Notes": "الملاحظات",
    "Notes:": "الملاحظات:",
    "Numbers": "الأرقام",
    "Open &Recent": "فتح &الأخيرة",
    "Open Folder…": "فتح مجلد…",
    "Optional note…": "ملاحظة اختيارية…",
    "Previous Article": "المقالة السابقة",
    "Previous Highlight": "التظليل السابق",
    "Quit": "خروج",
    "Quotes": "الاقتباسات",
    "Reference translation": "ترجمة مرجعية",
    "Reference translation (written for Sahifa)": "ترجمة مرجعية (كُتبت لصحيفة)",
    "Remove this filter (Esc clears all)": "إزالة هذا المرشح (Esc يمسح الكل)",
    "Rename entity": "إعادة تسمية الكيان",
    "Rename…": "إعادة تسمية…",
    "Sahifa": "صحيفة",
    "Search Arabic or English (Ctrl+F)": "ابحث بالعربية أو الإنجليزية (Ctrl+F)",
    "Search results": "نتائج البحث",
    "Search": "بحث",
    "Select text in either pane and press Ctrl+H to highlight it and add a note.": "حدّد نصًا في أي من الجانبين واضغط Ctrl+H لتظليله وإضافة ملاحظة.",
    "Show or hide this highlight layer": "إظهار طبقة التظليل هذه أو إخفاؤها",
    "Smaller Text": "تصغير النص",
    "Speakers": "المتحدثون",
    "Starting…": "جارٍ البدء…",
    "Translate Whole Folder in Background": "ترجمة المجلد كله في الخلفية",
    "Translation Models…": "نماذج الترجمة…",
    "Translation models": "نماذج الترجمة",
    "العربية · Arabic": "العربية",
    "No English translation for this article yet.": "لا توجد ترجمة إنجليزية لهذه المقالة بعد.",
    "Sahifa translates offline with an Argos Translate Arabic→English model (about 100 MB). "
    "Nothing leaves your computer. Install a model file you already have "
    "(translate-ar_en-*.argosmodel), or download it once when you are online.":
        "تترجم صحيفة دون اتصال بنموذج Argos Translate من العربية إلى الإنجليزية (نحو 100 ميغابايت). "
        "لا يغادر أي شيء حاسوبك. ثبّت ملف نموذج لديك (translate-ar_en-*.argosmodel)، أو نزّله مرة واحدة عند الاتصال بالإنترنت.",
    "Open a folder of Arabic news articles (File ▸ Open Folder…) to start reading.":
        "افتح مجلدًا لمقالات إخبارية عربية (ملف ▸ فتح مجلد…) لتبدأ القراءة.",
    # reader panes, layouts, mentions, notes on both sides
    "Arabic": "العربية",
    "English": "الإنجليزية",
    "Click an entity in the Facts sidebar first: F3 then goes through its mentions.":
        "انقر كيانًا في شريط الحقائق أولًا، ثم يتنقل F3 بين مواضع ذكره.",
    "Download (≈100 MB)…": "تنزيل (≈100 م.ب)…",
    "Download the Arabic→English model once (about 100 MB)": "نزِّل نموذج العربية→الإنجليزية مرة واحدة (نحو 100 م.ب)",
    "The model goes into Argos Translate's packages folder (ARGOS_PACKAGES_DIR; by default "
    "~/.local/share/argos-translate/packages), shared with argospm.":
        "يوضع النموذج في مجلد حزم Argos Translate (ARGOS_PACKAGES_DIR؛ افتراضيًا "
        "~/.local/share/argos-translate/packages)، ويشترك فيه مع argospm.",
    "Install a translate-ar_en-*.argosmodel file you already have": "ثبِّت ملف translate-ar_en-*.argosmodel موجودًا لديك",
    "Install…": "تثبيت…",
    "Layout: {mode}": "التخطيط: {mode}",
    "Made on the Arabic text": "أُنشئت على النص العربي",
    "Made on the English text": "أُنشئت على النص الإنجليزي",
    "Mention {i} of {n}": "الذِّكر {i} من {n}",
    "Next Mention": "الذِّكر التالي",
    "Next mention of the filtered entity, in both panes": "الذِّكر التالي للكيان المُصفّى، في اللوحتين",
    "No English yet — Sahifa translates offline once a model is installed.":
        "لا إنجليزية بعد — تترجم صحيفة دون اتصال بعد تثبيت نموذج.",
    "No mention of the filtered entity in this article.": "لا ذِكر للكيان المُصفّى في هذه المقالة.",
    "Note:": "ملاحظة:",
    "Previous Mention": "الذِّكر السابق",
    "Previous mention of the filtered entity, in both panes": "الذِّكر السابق للكيان المُصفّى، في اللوحتين",
    "Reader layout (Ctrl+Alt+1 … Ctrl+Alt+4)": "تخطيط القارئ (Ctrl+Alt+1 … Ctrl+Alt+4)",
    "made on the English": "أُنشئت على الإنجليزية",
    # corrections: undo and review
    "Close": "إغلاق",
    "Corrections": "التصحيحات",
    "Corrections…": "التصحيحات…",
    "No correction to undo.": "لا تصحيح للتراجع عنه.",
    "No corrections yet: right-click an entity in the Facts sidebar to merge, rename, retype or remove it.":
        "لا تصحيحات بعد: انقر كيانًا بالزر الأيمن في شريط الحقائق لدمجه أو إعادة تسميته أو تغيير نوعه أو إزالته.",
    "Revert": "تراجع",
    "Revert the last merge, rename, type change or removal of an entity":
        "التراجع عن آخر دمج أو إعادة تسمية أو تغيير نوع أو إزالة لكيان",
    "Review and revert entity corrections": "مراجعة تصحيحات الكيانات والتراجع عنها",
    "Search English or Arabic…": "ابحث بالإنجليزية أو العربية…",
    "Undo Last Correction": "التراجع عن آخر تصحيح",
    "Undo this correction (the entity goes back to how it was before it)": "التراجع عن هذا التصحيح (يعود الكيان كما كان قبله)",
    "Undone:": "تُرُوجِع عن:",
    "marked as not an entity": "عُلِّم بأنه ليس كيانًا",
    "merged into {target}": "دُمج في {target}",
    "renamed to {name}": "أُعيدت تسميته إلى {name}",
    "reverted": "تُرُوجِع عنه",
    "type changed to {type}": "غُيِّر نوعه إلى {type}",
}


def ui_strings() -> list[str]:
    """Every constant string passed to tr() in the GUI sources."""
    found: set[str] = set()
    for path in sorted(GUI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return sorted(found)


SHORTCUT = re.compile(r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d+|[A-Za-z0-9=+\-])")


def isolate_shortcuts(text: str) -> str:
    """Shortcuts in an Arabic sentence isolated left-to-right (U+2066 … U+2069): without it the
    bidi algorithm shows "Ctrl+F)" as "(Ctrl…" or "Ctrl++" as "++Ctrl"."""
    return SHORTCUT.sub(lambda m: f"\u2066{m.group()}\u2069", text)


def write_ts(path: Path) -> list[str]:
    missing = [s for s in ui_strings() if s not in ARABIC]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="ar">',
             "<context>", "    <name>Sahifa</name>"]
    for source in ui_strings():
        target = ARABIC.get(source)
        lines.append("    <message>")
        lines.append(f"        <source>{escape(source)}</source>")
        if target is None:
            lines.append('        <translation type="unfinished"></translation>')
        else:
            lines.append(f"        <translation>{escape(isolate_shortcuts(target))}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return missing


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return exe


def main() -> int:
    ts = OUT / "sahifa_ar.ts"
    missing = write_ts(ts)
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(OUT / "sahifa_ar.qm")], check=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    print(f"wrote {ts} and {OUT / 'sahifa_ar.qm'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
