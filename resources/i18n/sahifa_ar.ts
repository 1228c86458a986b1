<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Sahifa</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>ال&amp;ترجمة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>({n} article(s))</source>
        <translation>({n} مقالة)</translation>
    </message>
    <message>
        <source>AED</source>
        <translation>درهم إماراتي</translation>
    </message>
    <message>
        <source>About Sahifa</source>
        <translation>عن صحيفة</translation>
    </message>
    <message>
        <source>About: {names}</source>
        <translation>يتناول: {names}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <source>Amiri (bundled)</source>
        <translation>أميري (مرفق مع صحيفة)</translation>
    </message>
    <message>
        <source>An offline reader for Arabic news: aligned English translation, entities, figures and who said what. Nothing leaves your computer.</source>
        <translation>قارئ للأخبار العربية يعمل دون اتصال: ترجمة إنجليزية محاذية، وكيانات، وأرقام، ومن قال ماذا. لا يغادر شيء حاسوبك.</translation>
    </message>
    <message>
        <source>An older Sahifa analysed the bundled sample into your library; take it out</source>
        <translation>حلّل إصدار أقدم من صحيفة العيّنة المرفقة في مكتبتك؛ أزِلها منها</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>جارٍ التحليل</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Arabic Font</source>
        <translation>الخط العربي</translation>
    </message>
    <message>
        <source>Arabic Font…</source>
        <translation>الخط العربي…</translation>
    </message>
    <message>
        <source>Arabic and English, sentence under sentence</source>
        <translation>العربية والإنجليزية، جملة تحت جملة</translation>
    </message>
    <message>
        <source>Arabic font: Amiri (SIL Open Font License).</source>
        <translation>الخط العربي: أميري (رخصة SIL للخطوط المفتوحة).</translation>
    </message>
    <message>
        <source>Arabic only</source>
        <translation>العربية فقط</translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <source>Arabic: {text}</source>
        <translation>بالعربية: {text}</translation>
    </message>
    <message>
        <source>Arabic→English: not installed</source>
        <translation>العربية←الإنجليزية: غير مثبّت</translation>
    </message>
    <message>
        <source>Argos models</source>
        <translation>نماذج Argos</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Articles with no English translation yet are searched in Arabic only.</source>
        <translation>المقالات التي لا ترجمة إنجليزية لها بعد يُبحث فيها بالعربية فقط.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>تعذر فتح المجلد</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ الفحص</translation>
    </message>
    <message>
        <source>Checking and installing {path}…</source>
        <translation>جارٍ فحص {path} وتثبيته…</translation>
    </message>
    <message>
        <source>Clear Entity Filter</source>
        <translation>مسح تصفية الكيانات</translation>
    </message>
    <message>
        <source>Click an entity in the Facts sidebar first: F3 then goes through its mentions.</source>
        <translation>انقر كيانًا في شريط الحقائق أولًا، ثم يتنقل F3 بين مواضع ذكره.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>Corrections…</source>
        <translation>التصحيحات…</translation>
    </message>
    <message>
        <source>Could not list models: {error}</source>
        <translation>تعذّر سرد النماذج: {error}</translation>
    </message>
    <message>
        <source>Could not load the facts:</source>
        <translation>تعذر تحميل الحقائق:</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>تعذر فتح المجلد</translation>
    </message>
    <message>
        <source>Could not open the folder.</source>
        <translation>تعذّر فتح المجلد.</translation>
    </message>
    <message>
        <source>Could not open {path}.</source>
        <translation>تعذّر فتح {path}.</translation>
    </message>
    <message>
        <source>Could not remove the sample articles</source>
        <translation>تعذّرت إزالة مقالات العيّنة</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>تعذّرت كتابة {path}: {error}</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Date of publication, when the file gives one</source>
        <translation>تاريخ النشر، إن ذكره الملف</translation>
    </message>
    <message>
        <source>Default font</source>
        <translation>الخط الافتراضي</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Delete this highlight and its note?</source>
        <translation>حذف هذا التظليل وملاحظته؟</translation>
    </message>
    <message>
        <source>Dismissed groups ({n})…</source>
        <translation>المجموعات المستبعدة ({n})…</translation>
    </message>
    <message>
        <source>Download (≈100 MB)</source>
        <translation>تنزيل (≈100 ميغابايت)</translation>
    </message>
    <message>
        <source>Download (≈100 MB)…</source>
        <translation>تنزيل (≈100 م.ب)…</translation>
    </message>
    <message>
        <source>Download Arabic→English (≈100 MB)</source>
        <translation>تنزيل العربية←الإنجليزية (≈100 ميغابايت)</translation>
    </message>
    <message>
        <source>Download it, or install a .argosmodel file</source>
        <translation>نزّله، أو ثبّت ملف ‎.argosmodel</translation>
    </message>
    <message>
        <source>Download the Arabic→English model once (about 100 MB)</source>
        <translation>نزِّل نموذج العربية→الإنجليزية مرة واحدة (نحو 100 م.ب)</translation>
    </message>
    <message>
        <source>Download the Arabic→English model once (about 100 MB) from the Argos Translate package index; needs an internet connection</source>
        <translation>نزّل نموذج العربية←الإنجليزية مرة واحدة (نحو 100 ميغابايت) من فهرس حزم Argos Translate؛ يحتاج اتصالًا بالإنترنت</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>Downloading the Arabic→English model…</source>
        <translation>جارٍ تنزيل نموذج العربية→الإنجليزية…</translation>
    </message>
    <message>
        <source>EGP</source>
        <translation>جنيه مصري</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>يورو</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>English label:</source>
        <translation>الاسم بالإنجليزية:</translation>
    </message>
    <message>
        <source>English name list, matched by sound</source>
        <translation>قائمة أسماء إنجليزية، بمطابقة النطق</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>الإنجليزية فقط</translation>
    </message>
    <message>
        <source>English source</source>
        <translation>مصدر النص الإنجليزي</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <source>English title, from the English shown ({provenance})</source>
        <translation>العنوان بالإنجليزية، من النص الإنجليزي المعروض ({provenance})</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Entities: people, organisations and places named</source>
        <translation>الكيانات: الأشخاص والمنظمات والأماكن المذكورة</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export Notes…</source>
        <translation>تصدير الملاحظات…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <source>Exported {n} note(s) to {path}.</source>
        <translation>صُدِّرت {n} ملاحظة إلى {path}.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الحقائق</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Figures reported differently</source>
        <translation>أرقام رُويت بصيغ مختلفة</translation>
    </message>
    <message>
        <source>Figures: numbers, amounts and dates</source>
        <translation>الأرقام: الأعداد والمبالغ والتواريخ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Files Sahifa could not read</source>
        <translation>ملفات تعذرت قراءتها</translation>
    </message>
    <message>
        <source>Filter article titles</source>
        <translation>تصفية عناوين المقالات</translation>
    </message>
    <message>
        <source>Filter articles by this entity</source>
        <translation>تصفية المقالات بهذا الكيان</translation>
    </message>
    <message>
        <source>Filter cleared.</source>
        <translation>مُسحت التصفية.</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>تصفية الكيانات</translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation>تصفية الكيانات…</translation>
    </message>
    <message>
        <source>Filter titles…</source>
        <translation>تصفية العناوين…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>GBP</source>
        <translation>جنيه إسترليني</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Group dismissed: {group}. Restore it from the Figures tab.</source>
        <translation>استُبعدت المجموعة: {group}. يمكنك استعادتها من تبويب الأرقام.</translation>
    </message>
    <message>
        <source>Grouped because the reports share: {shared}</source>
        <translation>جُمعت لأن الروايات تشترك في: {shared}</translation>
    </message>
    <message>
        <source>Grouped by what is counted</source>
        <translation>جُمعت حسب المعدود</translation>
    </message>
    <message>
        <source>Highlight Selection…</source>
        <translation>تظليل التحديد…</translation>
    </message>
    <message>
        <source>Highlight and note</source>
        <translation>تظليل وملاحظة</translation>
    </message>
    <message>
        <source>Install Translation Model from File…</source>
        <translation>تثبيت نموذج ترجمة من ملف…</translation>
    </message>
    <message>
        <source>Install a translate-ar_en-*.argosmodel file you already have</source>
        <translation>ثبِّت ملف translate-ar_en-*.argosmodel موجودًا لديك</translation>
    </message>
    <message>
        <source>Install a translate-ar_en-*.argosmodel file you already have (copied from a USB stick or another computer)</source>
        <translation>ثبّت ملف translate-ar_en-*.argosmodel لديك (منسوخ من ذاكرة USB أو من حاسوب آخر)</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>تثبيت نموذج ترجمة</translation>
    </message>
    <message>
        <source>Install an Arabic→English model first (Translation ▸ Install…).</source>
        <translation>ثبّت نموذج ترجمة من العربية إلى الإنجليزية أولًا (الترجمة ▸ تثبيت…).</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>تثبيت من ملف…</translation>
    </message>
    <message>
        <source>Installed into {path}.</source>
        <translation>ثُبِّت في {path}.</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>النماذج المثبتة</translation>
    </message>
    <message>
        <source>Installed {name} {version}.</source>
        <translation>ثُبِّت {name} {version}.</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>جارٍ التثبيت</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>تثبيت…</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Interface language: Arabic</source>
        <translation>لغة الواجهة: العربية</translation>
    </message>
    <message>
        <source>Interface language: English</source>
        <translation>لغة الواجهة: الإنجليزية</translation>
    </message>
    <message>
        <source>KWD</source>
        <translation>دينار كويتي</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Larger Text (=)</source>
        <translation>تكبير النص (=)</translation>
    </message>
    <message>
        <source>Later corrections changed the same entity after this one, and reverting it alone would undo them too:

{corrections}

Revert them all together? (No leaves everything as it is.)</source>
        <translation>غيّرت تصحيحات لاحقة الكيانَ نفسه بعد هذا التصحيح، وإرجاعه وحده سيلغيها أيضًا:

{corrections}

هل تُرجَع كلها معًا؟ (اختيار «لا» يترك كل شيء كما هو.)</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>الطبقات:</translation>
    </message>
    <message>
        <source>Layout: {mode}</source>
        <translation>التخطيط: {mode}</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>مشكلة في المكتبة</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>ترجمة آلية</translation>
    </message>
    <message>
        <source>Machine translation failed</source>
        <translation>فشلت الترجمة الآلية</translation>
    </message>
    <message>
        <source>Machine translation — working…</source>
        <translation>ترجمة آلية — جارٍ العمل…</translation>
    </message>
    <message>
        <source>Machine translation — {engine}</source>
        <translation>ترجمة آلية — {engine}</translation>
    </message>
    <message>
        <source>Made on the Arabic text</source>
        <translation>أُنشئت على النص العربي</translation>
    </message>
    <message>
        <source>Made on the English text</source>
        <translation>أُنشئت على النص الإنجليزي</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Mention {i} of {n}</source>
        <translation>الذِّكر {i} من {n}</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>دمج مع…</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>دمج «{name}» في:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Named “{query}” ({n}): click one to list the articles that mention it</source>
        <translation>أسماء تطابق «{query}» ({n}): انقر أحدها لعرض المقالات التي تذكره</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>المقالة التالية</translation>
    </message>
    <message>
        <source>Next Highlight</source>
        <translation>التظليل التالي</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation>الذِّكر التالي</translation>
    </message>
    <message>
        <source>Next mention of the filtered entity, in both panes</source>
        <translation>الذِّكر التالي للكيان المُصفّى، في اللوحتين</translation>
    </message>
    <message>
        <source>No English translation for this article yet.</source>
        <translation>لا توجد ترجمة إنجليزية لهذه المقالة بعد.</translation>
    </message>
    <message>
        <source>No English translation of these quotes yet. Translation ▸ Translation Models… installs a model that translates articles on this computer.</source>
        <translation>لا توجد ترجمة إنجليزية لهذه الاقتباسات بعد. «الترجمة ▸ نماذج الترجمة…» يثبّت نموذجًا يترجم المقالات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No English translation of this article yet</source>
        <translation>لا توجد ترجمة إنجليزية لهذه المقالة بعد</translation>
    </message>
    <message>
        <source>No English yet — Sahifa translates offline once a model is installed.</source>
        <translation>لا إنجليزية بعد — تترجم صحيفة دون اتصال بعد تثبيت نموذج.</translation>
    </message>
    <message>
        <source>No article mentions all the selected entities. Remove a filter chip (or press Esc).</source>
        <translation>لا توجد مقالة تذكر كل الكيانات المحددة. أزِل إحدى رقائق التصفية (أو اضغط Esc).</translation>
    </message>
    <message>
        <source>No article to show.</source>
        <translation>لا توجد مقالة لعرضها.</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>لا توجد مقالات بعد.</translation>
    </message>
    <message>
        <source>No correction to undo.</source>
        <translation>لا تصحيح للتراجع عنه.</translation>
    </message>
    <message>
        <source>No corrections yet: right-click an entity in the Facts sidebar to merge, rename, retype or remove it.</source>
        <translation>لا تصحيحات بعد: انقر كيانًا بالزر الأيمن في شريط الحقائق لدمجه أو إعادة تسميته أو تغيير نوعه أو إزالته.</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>لا يوجد مجلد مفتوح.</translation>
    </message>
    <message>
        <source>No internet on this computer? On a connected one, download translate-ar_en-*.argosmodel from the Argos Translate package index (www.argosopentech.com/argospm/index), bring the file over (USB stick, shared folder), then click Install from file…</source>
        <translation>لا إنترنت على هذا الحاسوب؟ نزّل translate-ar_en-*.argosmodel على حاسوب متصل من فهرس حزم Argos Translate (www.argosopentech.com/argospm/index)، وانقل الملف (ذاكرة USB أو مجلد مشترك)، ثم انقر «تثبيت من ملف…»</translation>
    </message>
    <message>
        <source>No mention of the filtered entity in this article.</source>
        <translation>لا ذِكر للكيان المُصفّى في هذه المقالة.</translation>
    </message>
    <message>
        <source>No notes to export yet. Select text in either pane and press Ctrl+H to highlight it and add a note.</source>
        <translation>لا توجد ملاحظات للتصدير بعد. حدّد نصًّا في أي من الجانبين واضغط ⁦Ctrl+H⁩ لتظليله وإضافة ملاحظة.</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>لا نتائج لـ«{query}».</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>لا توجد ترجمة</translation>
    </message>
    <message>
        <source>No translation model</source>
        <translation>لا يوجد نموذج ترجمة</translation>
    </message>
    <message>
        <source>Not One Fact: Dismiss This Group</source>
        <translation>ليست واقعة واحدة: استبعد هذه المجموعة</translation>
    </message>
    <message>
        <source>Not an entity</source>
        <translation>ليس كيانًا</translation>
    </message>
    <message>
        <source>Not installed: {error}</source>
        <translation>لم يُثبَّت: {error}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>حُفظت الملاحظة.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Notes in articles mentioning {name}</source>
        <translation>الملاحظات في المقالات التي تذكر {name}</translation>
    </message>
    <message>
        <source>Notes on this article</source>
        <translation>ملاحظات هذه المقالة</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>الملاحظات:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>فتح مجلد…</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Open a folder of Arabic news articles (File ▸ Open Folder…) to start reading.</source>
        <translation>افتح مجلدًا لمقالات إخبارية عربية (ملف ▸ فتح مجلد…) لتبدأ القراءة.</translation>
    </message>
    <message>
        <source>Open a folder of Arabic news articles (File ▸ Open Folder…, or drop a folder here).</source>
        <translation>افتح مجلدًا من المقالات الإخبارية العربية (ملف ▸ فتح مجلد…، أو أفلت مجلدًا هنا).</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>فتح مجلد مقالات</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>فتح الملف المُصدَّر</translation>
    </message>
    <message>
        <source>Opening {folder}…</source>
        <translation>جارٍ فتح {folder}…</translation>
    </message>
    <message>
        <source>Optional note…</source>
        <translation>ملاحظة اختيارية…</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Other Font…</source>
        <translation>خط آخر…</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>المقالة السابقة</translation>
    </message>
    <message>
        <source>Previous Highlight</source>
        <translation>التظليل السابق</translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation>الذِّكر السابق</translation>
    </message>
    <message>
        <source>Previous match, in the search box</source>
        <translation>النتيجة السابقة، في مربع البحث</translation>
    </message>
    <message>
        <source>Previous mention of the filtered entity, in both panes</source>
        <translation>الذِّكر السابق للكيان المُصفّى، في اللوحتين</translation>
    </message>
    <message>
        <source>QAR</source>
        <translation>ريال قطري</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Quotes: statements attributed to someone</source>
        <translation>الاقتباسات: أقوال منسوبة إلى أشخاص</translation>
    </message>
    <message>
        <source>Read-only: articles are not re-analysed and notes cannot be saved.</source>
        <translation>للقراءة فقط: لا يُعاد تحليل المقالات ولا تُحفظ الملاحظات.</translation>
    </message>
    <message>
        <source>Reader layout</source>
        <translation>تخطيط القارئ</translation>
    </message>
    <message>
        <source>Reader layout (Ctrl+Alt+1 … Ctrl+Alt+4)</source>
        <translation>تخطيط القارئ (⁦Ctrl+Alt+1⁩ … ⁦Ctrl+Alt+4⁩)</translation>
    </message>
    <message>
        <source>Reference translation</source>
        <translation>ترجمة مرجعية</translation>
    </message>
    <message>
        <source>Reference translation (written for Sahifa)</source>
        <translation>ترجمة مرجعية (كُتبت لصحيفة)</translation>
    </message>
    <message>
        <source>Remove filter {label}</source>
        <translation>إزالة التصفية {label}</translation>
    </message>
    <message>
        <source>Remove the Sample Articles</source>
        <translation>إزالة مقالات العيّنة</translation>
    </message>
    <message>
        <source>Remove the Sample Articles from My Library</source>
        <translation>إزالة مقالات العيّنة من مكتبتي</translation>
    </message>
    <message>
        <source>Remove the sample articles (the bundled 2019 news about Baghuz) from your library? Your own articles and your notes are kept; the sample can still be opened from its folder, in a library of its own.</source>
        <translation>أتريد إزالة مقالات العيّنة (أخبار 2019 المرفقة عن الباغوز) من مكتبتك؟ تبقى مقالاتك وملاحظاتك كما هي، ويمكن فتح العيّنة من مجلدها في مكتبة خاصة بها.</translation>
    </message>
    <message>
        <source>Remove this filter (Esc clears all)</source>
        <translation>إزالة هذا المرشح (Esc يمسح الكل)</translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Reported differently</source>
        <translation>أرقام متباينة</translation>
    </message>
    <message>
        <source>Restore All</source>
        <translation>استعادة الكل</translation>
    </message>
    <message>
        <source>Restore a Dismissed Group</source>
        <translation>استعادة مجموعة مستبعدة</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Revert corrections together</source>
        <translation>إرجاع التصحيحات معًا</translation>
    </message>
    <message>
        <source>Revert the last merge, rename, type change or removal of an entity</source>
        <translation>التراجع عن آخر دمج أو إعادة تسمية أو تغيير نوع أو إزالة لكيان</translation>
    </message>
    <message>
        <source>Review and revert entity corrections</source>
        <translation>مراجعة تصحيحات الكيانات والتراجع عنها</translation>
    </message>
    <message>
        <source>Right-click: dismiss a group that is not one fact.</source>
        <translation>انقر بالزر الأيمن لاستبعاد مجموعة ليست واقعة واحدة.</translation>
    </message>
    <message>
        <source>SAR</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <source>Sahifa</source>
        <translation>صحيفة</translation>
    </message>
    <message>
        <source>Sahifa (read-only)</source>
        <translation>صحيفة (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Sahifa translates Arabic to English on this computer with Argos Translate models. Models installed with argospm are found too.</source>
        <translation>تترجم صحيفة من العربية إلى الإنجليزية على هذا الحاسوب بنماذج Argos Translate، وتجد أيضًا النماذج المثبتة بـ argospm.</translation>
    </message>
    <message>
        <source>Sahifa translates offline with an Argos Translate Arabic→English model (about 100 MB). Nothing leaves your computer. Install a model file you already have (translate-ar_en-*.argosmodel), or download it once when you are online.</source>
        <translation>تترجم صحيفة دون اتصال بنموذج Argos Translate من العربية إلى الإنجليزية (نحو 100 ميغابايت). لا يغادر أي شيء حاسوبك. ثبّت ملف نموذج لديك (translate-ar_en-*.argosmodel)، أو نزّله مرة واحدة عند الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search Arabic or English (Ctrl+F)</source>
        <translation>ابحث بالعربية أو الإنجليزية (⁦Ctrl+F⁩)</translation>
    </message>
    <message>
        <source>Search English or Arabic…</source>
        <translation>ابحث بالإنجليزية أو العربية…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>تعذّر البحث: {error}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>جارٍ البحث عن «{query}»…</translation>
    </message>
    <message>
        <source>Select a passage in the Arabic or English text first, then press Ctrl+H.</source>
        <translation>حدِّد مقطعًا في النص العربي أو الإنجليزي أولًا، ثم اضغط ⁦Ctrl+H⁩.</translation>
    </message>
    <message>
        <source>Select text in either pane and press Ctrl+H to highlight it and add a note.</source>
        <translation>حدّد نصًا في أي من الجانبين واضغط ⁦Ctrl+H⁩ لتظليله وإضافة ملاحظة.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Show again a group you dismissed as not one fact</source>
        <translation>أعِد إظهار مجموعة استبعدتها لأنها ليست واقعة واحدة</translation>
    </message>
    <message>
        <source>Show or hide this highlight layer</source>
        <translation>إظهار طبقة التظليل هذه أو إخفاؤها</translation>
    </message>
    <message>
        <source>Showing the first figures only; filter by an entity to narrow the list.</source>
        <translation>تُعرض الأرقام الأولى فقط؛ صفِّ حسب كيان لتضييق القائمة.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>بدء مكتبة جديدة</translation>
    </message>
    <message>
        <source>Started a new library; the old one was kept as</source>
        <translation>بدأت مكتبة جديدة؛ واحتُفظ بالقديمة باسم</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Stop treating “{name}” as an entity? This survives re-analysis.</source>
        <translation>أتريد التوقف عن معاملة «{name}» ككيان؟ يبقى هذا بعد إعادة التحليل.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The model goes into Argos Translate's packages folder (ARGOS_PACKAGES_DIR; by default ~/.local/share/argos-translate/packages), shared with argospm.</source>
        <translation>يوضع النموذج في مجلد حزم Argos Translate (ARGOS_PACKAGES_DIR؛ افتراضيًا ~/.local/share/argos-translate/packages)، ويشترك فيه مع argospm.</translation>
    </message>
    <message>
        <source>The sample articles are not installed with this Sahifa.</source>
        <translation>مقالات العيّنة غير مثبّتة مع نسخة صحيفة هذه.</translation>
    </message>
    <message>
        <source>This article is no longer in the library.</source>
        <translation>لم تعد هذه المقالة في المكتبة.</translation>
    </message>
    <message>
        <source>This folder has no readable .txt articles.</source>
        <translation>لا يحتوي هذا المجلد على مقالات ‎.txt‎ قابلة للقراءة.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Translate Whole Folder in Background</source>
        <translation>ترجمة المجلد كله في الخلفية</translation>
    </message>
    <message>
        <source>Translated {n} article(s) in the background.</source>
        <translation>تُرجمت {n} مقالة في الخلفية.</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>جارٍ الترجمة</translation>
    </message>
    <message>
        <source>Translating folder</source>
        <translation>جارٍ ترجمة المجلد</translation>
    </message>
    <message>
        <source>Translating this article offline…</source>
        <translation>جارٍ ترجمة هذه المقالة دون اتصال…</translation>
    </message>
    <message>
        <source>Translation Models…</source>
        <translation>نماذج الترجمة…</translation>
    </message>
    <message>
        <source>Translation failed: {error}</source>
        <translation>فشلت الترجمة: {error}</translation>
    </message>
    <message>
        <source>Translation models</source>
        <translation>نماذج الترجمة</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <source>Undo Last Correction</source>
        <translation>التراجع عن آخر تصحيح</translation>
    </message>
    <message>
        <source>Undo this correction (the entity goes back to how it was before it)</source>
        <translation>التراجع عن هذا التصحيح (يعود الكيان كما كان قبله)</translation>
    </message>
    <message>
        <source>Undone:</source>
        <translation>تُرُوجِع عن:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>What was counted, in English when known; otherwise “Arabic:” and the words as written</source>
        <translation>المعدود، بالإنجليزية إن عُرفت؛ وإلا «بالعربية:» والكلمات كما وردت</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Which notes</source>
        <translation>أي الملاحظات</translation>
    </message>
    <message>
        <source>Who gave the figure, in English when known; otherwise “Arabic:” and the words as written</source>
        <translation>مصدر الرقم، بالإنجليزية إن عُرف؛ وإلا «بالعربية:» والكلمات كما وردت</translation>
    </message>
    <message>
        <source>Years and dates</source>
        <translation>السنوات والتواريخ</translation>
    </message>
    <message>
        <source>Years and dates are listed after the counted figures; untick to hide them</source>
        <translation>تُدرج السنوات والتواريخ بعد الأرقام المعدودة؛ أزل العلامة لإخفائها</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>You can look at it read-only, or start a new, empty library: the old file is kept beside it, renamed, so nothing is lost.</source>
        <translation>يمكنك فتحها للقراءة فقط، أو بدء مكتبة جديدة فارغة: يُحتفظ بالملف القديم بجانبها باسم جديد، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>a role described in English</source>
        <translation>وصف بالإنجليزية لدور المتحدث</translation>
    </message>
    <message>
        <source>amount of money</source>
        <translation>مبلغ مالي</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>سم</translation>
    </message>
    <message>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>counted: {what}</source>
        <translation>المعدود: {what}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>date: {unit}</source>
        <translation>تاريخ: {unit}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>direct quote</source>
        <translation>اقتباس مباشر</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>مدة</translation>
    </message>
    <message>
        <source>gazetteer</source>
        <translation>معجم الأماكن</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>interleaved</source>
        <translation>متداخل (جملة تحت جملة)</translation>
    </message>
    <message>
        <source>kind: {kind}</source>
        <translation>النوع: {kind}</translation>
    </message>
    <message>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>ترجمة آلية</translation>
    </message>
    <message>
        <source>made on the English</source>
        <translation>أُنشئت على الإنجليزية</translation>
    </message>
    <message>
        <source>marked as not an entity</source>
        <translation>عُلِّم بأنه ليس كيانًا</translation>
    </message>
    <message>
        <source>merged into {target}</source>
        <translation>دُمج في {target}</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>مم</translation>
    </message>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>م²</translation>
    </message>
    <message>
        <source>name index</source>
        <translation>فهرس الأسماء</translation>
    </message>
    <message>
        <source>night</source>
        <translation>ليلة</translation>
    </message>
    <message>
        <source>not installed (optional)</source>
        <translation>غير مثبّت (اختياري)</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>reference translation</source>
        <translation>ترجمة مرجعية</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>أُعيدت تسميته إلى {name}</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>reported by {source}</source>
        <translation>نقلًا عن {source}</translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation>كلام منقول</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>تُرُوجِع عنه</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>speaker: {name}</source>
        <translation>المتحدث: {name}</translation>
    </message>
    <message>
        <source>the translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>transliterated guess</source>
        <translation>تخمين بالنقحرة</translation>
    </message>
    <message>
        <source>type changed to {type}</source>
        <translation>غُيِّر نوعه إلى {type}</translation>
    </message>
    <message>
        <source>vague quantity ({text})</source>
        <translation>كمية مبهمة ({text})</translation>
    </message>
    <message>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>written as: {names}</source>
        <translation>يُكتب أيضًا: {names}</translation>
    </message>
    <message>
        <source>written in Latin letters</source>
        <translation>مكتوب بحروف لاتينية</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>تصحيحك</translation>
    </message>
    <message>
        <source>{color} highlight</source>
        <translation>تظليل {color}</translation>
    </message>
    <message>
        <source>{done} / {total} MB</source>
        <translation>{done} / {total} ميغابايت</translation>
    </message>
    <message>
        <source>{e} entities · {f} figures · {q} quotes</source>
        <translation>{e} كيانات · {f} أرقام · {q} اقتباسات</translation>
    </message>
    <message>
        <source>{mentions} in {articles}</source>
        <translation>{mentions} في {articles}</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} مقالة</translation>
    </message>
    <message>
        <source>{n} article(s) in {folder}: {analysed} analysed, {unchanged} unchanged.</source>
        <translation>{n} مقالة في {folder}: حُلِّلت {analysed}، ولم تتغير {unchanged}.</translation>
    </message>
    <message>
        <source>{n} article(s) mention {names}.</source>
        <translation>{n} مقالة تذكر {names}.</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} مقالة</translation>
    </message>
    <message>
        <source>{n} figures</source>
        <translation>{n} أرقام</translation>
    </message>
    <message>
        <source>{n} file(s) were skipped; the rest of the folder loaded normally.</source>
        <translation>تُخطّي {n} من الملفات؛ وحُمِّل باقي المجلد كالمعتاد.</translation>
    </message>
    <message>
        <source>{n} hit(s) for “{query}”.</source>
        <translation>{n} نتيجة لـ«{query}».</translation>
    </message>
    <message>
        <source>{n} mention</source>
        <translation>{n} ذِكر</translation>
    </message>
    <message>
        <source>{n} mentions</source>
        <translation>{n} ذِكر</translation>
    </message>
    <message>
        <source>{n} mentions in {m} articles</source>
        <translation>{n} ذِكر في {m} مقالة</translation>
    </message>
    <message>
        <source>{n} sample article(s) removed from your library.</source>
        <translation>أُزيلت {n} من مقالات العيّنة من مكتبتك.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>العربية · Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>“{folder}” is not a folder that Sahifa can read.</source>
        <translation>«{folder}» ليس مجلدًا تستطيع صحيفة قراءته.</translation>
    </message>
    <message>
        <source>… {n} more in the table below</source>
        <translation>… {n} أخرى في الجدول أدناه</translation>
    </message>
    <message>
        <source>⚠ {n} file(s) skipped</source>
        <translation>⚠ تُخطّي {n} من الملفات</translation>
    </message>
    <message>
        <source>({n} articles)</source>
        <translation type="vanished">({n} مقالة)</translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="vanished">العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="vanished">المقطع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="vanished">الاقتباس</translation>
    </message>
    <message>
        <source>The new language takes effect when Sahifa restarts.</source>
        <translation type="vanished">تُطبَّق اللغة الجديدة عند إعادة تشغيل صحيفة.</translation>
    </message>
</context>
</TS>
