#!/usr/bin/env python3
"""Regenerate the generated parts of Sahifa's gazetteer (resources/gazetteer/).

* ``countries.tsv`` — every ISO 3166-1 country from pycountry, with its Arabic name read from pycountry's
  own ``locales/ar/LC_MESSAGES/iso3166-1.mo`` (gettext), split into usable variants (``"إيران، الجمهورية
  الإسلامية الإيرانية"`` → two spellings; ``"المجر (هنغاريا)"`` → two), plus the hand-written short forms
  and spellings Arabic news actually uses (``OVERRIDES`` below: أمريكا/أميركا/الولايات المتحدة …).
* ``given_names.tsv`` — from ``packaging/given_names_src.txt`` (hand-curated ``arabic=English`` pairs).
* ``given_names_wikidata.tsv`` (``--wikidata-given``) — given names of Arab countries from the Wikidata-derived
  name index of arabic-name-romanizer (CC0 data, MIT package) that the hand list lacks.
* ``common_words.txt`` (``--common-words NEWSFANE``) — words of NewsFANE Gold (CC BY-SA 3.0, see the header
  written into the file) that are frequent and never inside a name there: the entity engine never takes
  them for (part of) a person's name (``لمواجهة قاسية``, ``شعبان الجاري``).

Run from the repository root:  ``python packaging/gen_gazetteer.py``  (idempotent; output is sorted).
"""

from __future__ import annotations

import gettext
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "gazetteer"

# alpha-2 → (English label, Arabic spellings added in front of pycountry's; "!" first = replace pycountry's)
OVERRIDES: dict[str, tuple[str | None, list[str]]] = {
    "US": ("United States", ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
                             "أمريكا", "أميركا", "امريكا", "اميركا", "الولايات المتحدة الامريكية"]),
    "GB": ("United Kingdom", ["بريطانيا", "المملكة المتحدة", "بريطانيا العظمى", "المملكة المتحدّة"]),
    "RU": ("Russia", ["روسيا", "روسيا الاتحادية", "الاتحاد الروسي"]),
    "SY": ("Syria", ["!", "سوريا", "سورية", "الجمهورية العربية السورية"]),
    "IR": ("Iran", ["إيران", "ايران", "الجمهورية الإسلامية الإيرانية"]),
    "KR": ("South Korea", ["!", "كوريا الجنوبية", "جمهورية كوريا"]),
    "KP": ("North Korea", ["!", "كوريا الشمالية", "جمهورية كوريا الشعبية الديمقراطية"]),
    "CZ": ("Czech Republic", ["التشيك", "جمهورية التشيك", "تشيكيا"]),
    "SA": ("Saudi Arabia", ["السعودية", "المملكة العربية السعودية", "المملكة السعودية"]),
    "AE": ("United Arab Emirates", ["الإمارات", "الامارات", "الإمارات العربية المتحدة", "دولة الإمارات"]),
    "EG": ("Egypt", ["مصر", "جمهورية مصر العربية"]),
    "PS": ("Palestine", ["فلسطين", "دولة فلسطين", "الأراضي الفلسطينية"]),
    "TR": ("Turkey", ["!", "تركيا", "الجمهورية التركية", "تركيه"]),
    "DE": ("Germany", ["ألمانيا", "المانيا"]),
    "BY": ("Belarus", ["بيلاروسيا", "روسيا البيضاء", "بيلاروس"]),
    "MD": ("Moldova", ["!", "مولدوفا", "جمهورية مولدوفا"]),
    "BO": ("Bolivia", ["!", "بوليفيا"]),
    "VE": ("Venezuela", ["!", "فنزويلا"]),
    "TZ": ("Tanzania", ["!", "تنزانيا"]),
    "TW": ("Taiwan", ["!", "تايوان"]),
    "LA": ("Laos", ["!", "لاوس"]),
    "CD": ("DR Congo", ["!", "الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"]),
    "CG": ("Republic of the Congo", ["!", "الكونغو", "جمهورية الكونغو", "الكونغو برازافيل"]),
    "HU": ("Hungary", ["المجر", "هنغاريا"]),
    "OM": ("Oman", ["عمان", "سلطنة عمان", "عُمان"]),
    "JO": ("Jordan", ["الأردن", "الاردن", "المملكة الأردنية الهاشمية"]),
    "QA": ("Qatar", ["قطر", "دولة قطر"]),
    "BH": ("Bahrain", ["البحرين", "مملكة البحرين"]),
    "KW": ("Kuwait", ["الكويت", "دولة الكويت"]),
    "MA": ("Morocco", ["المغرب", "المملكة المغربية"]),
    "IL": ("Israel", ["إسرائيل", "اسرائيل", "دولة إسرائيل"]),
    "AF": ("Afghanistan", ["أفغانستان", "افغانستان"]),
    "ES": ("Spain", ["إسبانيا", "اسبانيا"]),
    "IT": ("Italy", ["إيطاليا", "ايطاليا"]),
    "UA": ("Ukraine", ["أوكرانيا", "اوكرانيا"]),
    "RS": ("Serbia", ["!", "صربيا"]),
    "LT": ("Lithuania", ["ليتوانيا", "لثوانيا"]),
    "VN": ("Vietnam", ["!", "فيتنام", "الفييتنام"]),
    "PE": ("Peru", ["بيرو", "البيرو"]),
    "UY": ("Uruguay", ["الأوروغواي", "أوروغواي"]),
    "PY": ("Paraguay", ["الباراغواي", "باراغواي"]),
    "CI": ("Ivory Coast", ["ساحل العاج", "كوت ديفوار"]),
    "ZA": ("South Africa", ["جنوب أفريقيا", "جنوب إفريقيا"]),
    "CF": ("Central African Republic", ["أفريقيا الوسطى", "جمهورية أفريقيا الوسطى"]),
    "SS": ("South Sudan", ["جنوب السودان"]),
    "NZ": ("New Zealand", ["نيوزيلندا", "نيوزيلاندا"]),
    "AU": ("Australia", ["أستراليا", "استراليا"]),
    "KG": ("Kyrgyzstan", ["قرغيزستان", "قيرغيزستان"]),
    "MM": ("Myanmar", ["ميانمار", "بورما"]),
    "BD": ("Bangladesh", ["بنغلاديش", "بنغلادش"]),
    "ID": ("Indonesia", ["إندونيسيا", "اندونيسيا"]),
    "ET": ("Ethiopia", ["إثيوبيا", "أثيوبيا", "اثيوبيا"]),
    "ER": ("Eritrea", ["إريتريا", "اريتريا"]),
    "ML": ("Mali", ["!", "جمهورية مالي"]),   # bare مالي is "financial"
    "BJ": ("Benin", ["!", "جمهورية بنين"]),  # bare بنين is "sons"
    "VA": ("Vatican City", ["!", "الفاتيكان", "دولة الفاتيكان", "الكرسي الرسولي"]),
    "FM": ("Micronesia", ["!", "ميكرونيزيا"]),
    "BN": ("Brunei", ["!", "بروناي", "بروناي دار السلام"]),
    "CV": ("Cape Verde", ["الرأس الأخضر", "كاب فيردي"]),
    "TL": ("East Timor", ["تيمور الشرقية"]),
    "MK": ("North Macedonia", ["مقدونيا الشمالية", "مقدونيا"]),
    "SZ": ("Eswatini", ["سوازيلاند"]),
    "CY": ("Cyprus", ["قبرص"]),
    "GR": ("Greece", ["اليونان"]),
    "NL": ("Netherlands", ["هولندا"]),
    "CN": ("China", ["الصين"]),
    "LY": ("Libya", ["ليبيا"]),
    "DZ": ("Algeria", ["الجزائر"]),
    "TN": ("Tunisia", ["تونس"]),
    "SD": ("Sudan", ["السودان"]),
    "YE": ("Yemen", ["اليمن"]),
    "IQ": ("Iraq", ["العراق"]),
    "LB": ("Lebanon", ["لبنان"]),
    "KM": ("Comoros", ["جزر القمر"]),
    "SO": ("Somalia", ["الصومال"]),
    "DJ": ("Djibouti", ["جيبوتي"]),
    "MR": ("Mauritania", ["موريتانيا"]),
    "NE": ("Niger", ["النيجر"]),
    "NG": ("Nigeria", ["نيجيريا"]),
    "TD": ("Chad", ["تشاد"]),
    "DK": ("Denmark", ["الدنمارك", "الدانمارك"]),
    "AT": ("Austria", ["النمسا"]),
    "PH": ("Philippines", ["الفلبين"]),
    "GE": ("Georgia", ["جورجيا"]),
    "AZ": ("Azerbaijan", ["أذربيجان", "اذربيجان"]),
    "AM": ("Armenia", ["أرمينيا", "ارمينيا"]),
    "UZ": ("Uzbekistan", ["أوزبكستان", "اوزبكستان"]),
    "KZ": ("Kazakhstan", ["كازاخستان"]),
    "TJ": ("Tajikistan", ["طاجيكستان"]),
    "TM": ("Turkmenistan", ["تركمانستان"]),
    "PK": ("Pakistan", ["باكستان"]),
    "IN": ("India", ["الهند"]),
    "JP": ("Japan", ["اليابان"]),
    "FR": ("France", ["فرنسا"]),
    "BE": ("Belgium", ["بلجيكا"]),
    "CA": ("Canada", ["كندا"]),
    "MX": ("Mexico", ["المكسيك"]),
    "BR": ("Brazil", ["البرازيل"]),
    "AR": ("Argentina", ["الأرجنتين"]),
    "PL": ("Poland", ["بولندا", "بولونيا"]),
    "SE": ("Sweden", ["السويد"]),
    "NO": ("Norway", ["النرويج"]),
    "FI": ("Finland", ["فنلندا"]),
    "IE": ("Ireland", ["أيرلندا", "إيرلندا", "ايرلندا"]),
    "PT": ("Portugal", ["البرتغال"]),
    "CH": ("Switzerland", ["سويسرا"]),
}
EXTRA_ROWS = [  # not ISO 3166-1 countries but used as such in the news
    ("XK", "Kosovo", ["كوسوفو"]),
    ("GB-ENG", "England", ["إنجلترا", "انجلترا", "إنكلترا"]),
    ("GB-SCT", "Scotland", ["اسكتلندا", "إسكتلندا"]),
]

_DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")


def _clean(s: str) -> str:
    return " ".join(_DIAC.sub("", s).replace(" و ", " و").split())


def _variants(arabic: str) -> list[str]:
    out: list[str] = []
    m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", arabic)
    parts = [m.group(1), m.group(2)] if m else [arabic]
    for part in parts:
        for piece in part.split("،"):
            piece = _clean(piece)
            if piece and piece not in out:
                out.append(piece)
    return out


def countries() -> list[tuple[str, str, list[str]]]:
    mo = Path(pycountry.__file__).parent / "locales" / "ar" / "LC_MESSAGES" / "iso3166-1.mo"
    with mo.open("rb") as fh:
        tr = gettext.GNUTranslations(fh)
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        ar = tr.gettext(c.name)
        auto = _variants(ar) if ar != c.name else []
        label, extra = OVERRIDES.get(c.alpha_2, (None, []))
        extra = list(extra or [])
        if extra and extra[0] == "!":
            names = extra[1:]
        else:
            names = extra + auto
        seen: list[str] = []
        for n in names:
            n = _clean(n)
            if n and n not in seen:
                seen.append(n)
        if not seen:
            continue
        rows.append((c.alpha_2, label or en, seen))
    rows.extend(EXTRA_ROWS)
    return sorted(rows)


def given_names() -> list[tuple[str, str, str, str]]:
    src = ROOT / "packaging" / "given_names_src.txt"
    gender = "m"
    out: dict[str, tuple[str, str, str, str]] = {}
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for item in line.split():
            if item in ("[m]", "[f]"):
                gender = item[1]
                continue
            if "=" not in item:
                continue
            ar, en = item.split("=", 1)
            amb = en.endswith("*")
            en = en.rstrip("*")
            ar = _clean(ar)
            if ar in out:  # first wins; ambiguity is sticky
                prev = out[ar]
                if amb and not prev[3]:
                    out[ar] = (prev[0], prev[1], prev[2], "amb")
                continue
            out[ar] = (ar, en, gender, "amb" if amb else "")
    return sorted(out.values())


COMMON_MIN = 4  # occurrences in NewsFANE (never inside an entity of any class)


def _newsfane_tokens(newsfane: Path, fold: Callable[[str], str]) -> Iterator[tuple[str, str]]:
    """(folded token without direction marks, its tag stripped) of each line of NewsFANE Gold (UTF-8 with
    BOM, CRLF, ``token<TAB>tag``)."""
    for line in newsfane.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n"):
        tok, _, tag = line.partition("\t")
        yield fold(tok.replace("\u200e", "").replace("\u200f", "").strip()), tag.strip()


def common_words(newsfane: Path) -> list[str]:
    """Folded NewsFANE words seen at least COMMON_MIN times and never inside an annotated entity (any of
    its ~50 classes), minus given names, nationalities and gazetteer words (they have their own lists)."""
    sys.path.insert(0, str(ROOT / "desktop"))
    from collections import Counter

    from sahifa.core.arabic import fold
    from sahifa.nlp.gazetteer import gazetteer

    g = gazetteer()
    seen: Counter[str] = Counter()
    in_name: set[str] = set()
    for tok, tag in _newsfane_tokens(newsfane, fold):
        if len(tok) < 3 or not all("\u0621" <= ch <= "\u064a" for ch in tok):
            continue
        seen[tok] += 1
        if tag not in ("", "O"):
            in_name.add(tok)
    known = set(g.given_names) | set(g.nationalities) | set(g.entries) | set(g.cues)
    return sorted(w for w, c in seen.items() if c >= COMMON_MIN and w not in in_name and w not in known)


def ambiguous_given(newsfane: Path) -> list[str]:
    """Given names NewsFANE Gold uses mostly as common words: seen at least 3 times outside any named entity
    and at least twice as often there as inside a person's name (وسيلة = means, تمام = complete, معين =
    specific). The entity engine then needs context for them, as for the hand-marked ambiguous names."""
    sys.path.insert(0, str(ROOT / "desktop"))
    from collections import Counter

    from sahifa.core.arabic import fold
    from sahifa.nlp.gazetteer import gazetteer

    person = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson",
              "Lawyer", "Engineer"}
    g = gazetteer()
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for key, tag in _newsfane_tokens(newsfane, fold):
        if key not in g.given_names:
            continue
        if tag in ("", "O"):
            outside[key] += 1
        elif tag.split("-", 1)[-1] in person:
            inside[key] += 1
    # علي: the preposition على folds to it (the engine tells them apart by the written ى)
    return sorted(k for k, n in outside.items() if n >= 3 and n >= 2 * inside[k] and k != "علي"
                  and not g.given_names[k].ambiguous)


WIKIDATA_MIN = 3  # attestations of a unit as a given name in Arab countries
ARAB_COUNTRIES = frozenset("SA EG AE KW QA BH OM YE IQ SY JO LB PS SD LY TN DZ MA MR".split())


def wikidata_given() -> list[tuple[str, str, int]]:
    """Given names attested in Arab countries in arabic-name-romanizer's name index (derived from Wikidata,
    CC0; the package is MIT-licensed), at least WIKIDATA_MIN times, that the hand list lacks: (folded
    Arabic, its most attested Latin spelling, attestations). Words the gazetteer knows otherwise (lexicon,
    NewsFANE common words, nationalities, cues, gazetteer names) and verb-shaped words are left out. The
    entity engine takes them for a person's first name only with a family name after them."""
    import sqlite3
    from collections import defaultdict

    from arabic_name_romanizer.api import default_resources_dir

    sys.path.insert(0, str(ROOT / "desktop"))
    from sahifa.core.arabic import fold, strip_article
    from sahifa.nlp.entities_words import _verb_shaped
    from sahifa.nlp.gazetteer import gazetteer

    g = gazetteer()
    count: dict[str, int] = defaultdict(int)
    latin: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    conn = sqlite3.connect(default_resources_dir() / "names.sqlite3")
    for key, lat, country, role, n in conn.execute("SELECT arabic_key, latin, country, role, count FROM units"):
        if country in ARAB_COUNTRIES and role == "given":
            count[key] += n
            latin[key][lat] += n
    conn.close()
    out = []
    for key, n in count.items():
        if n < WIKIDATA_MIN or len(key) < 3 or key != fold(key) or " " in key or key.startswith("ال") \
                or key in ("ابو", "ابي", "ابا", "ابن", "بنت", "عبد"):  # kunya and particles: the engine's own
            continue
        if key in g.given_names or key in g.common or key in g.nationalities or key in g.lexicon \
                or strip_article(key) in g.lexicon or key in g.by_key or key in g.cues or _verb_shaped(key):
            continue
        best = max(sorted(latin[key].items()), key=lambda kv: kv[1])[0]
        out.append((key, best, n))
    return sorted(out)


def write_wikidata_given(out: Path) -> None:
    rows = wikidata_given()
    with (out / "given_names_wikidata.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by packaging/gen_gazetteer.py --wikidata-given: given names attested at least "
                 f"{WIKIDATA_MIN} times in Arab\n# countries in the name index of arabic-name-romanizer (MIT licence), "
                 "derived from Wikidata (CC0), that\n# given_names.tsv lacks. The entity engine takes them for a "
                 "first name only before a family name.\n# columns: folded Arabic\tLatin spelling\tattestations\n")
        for key, lat, n in rows:
            fh.write(f"{key}\t{lat}\t{n}\n")


def write_common_words(newsfane: Path, out: Path) -> None:
    words = common_words(newsfane)
    with (out / "common_words.txt").open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by packaging/gen_gazetteer.py --common-words from NewsFANE Gold: folded words seen at\n"
                 f"# least {COMMON_MIN} times and never inside a named entity there (given names, nationalities and\n"
                 "# gazetteer words left out). Used by the entity engine: never (part of) a person's name.\n"
                 "# Derived from NewsFANE Gold (F. Alotaibi and M. Lee, COLING 2014), licensed CC BY-SA 3.0\n"
                 "# (https://creativecommons.org/licenses/by-sa/3.0/); this list is shared under the same licence.\n")
        for w in words:
            fh.write(w + "\n")


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default: resources/gazetteer)")
    ap.add_argument("--common-words", type=Path, metavar="NEWSFANE",
                    help="only (re)write common_words.txt from this NewsFANE Gold file")
    ap.add_argument("--ambiguous-given", type=Path, metavar="NEWSFANE",
                    help="only print the given names NewsFANE Gold uses mostly as common words (for the "
                         "generated block of ambiguous_given.txt)")
    ap.add_argument("--wikidata-given", action="store_true",
                    help="only (re)write given_names_wikidata.tsv from arabic-name-romanizer's Wikidata index")
    args = ap.parse_args(argv)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.ambiguous_given:
        print("\n".join(ambiguous_given(args.ambiguous_given)))
        return 0
    if args.wikidata_given:
        write_wikidata_given(out)
        return 0
    if args.common_words:
        write_common_words(args.common_words, out)
        return 0
    with (out / "countries.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by packaging/gen_gazetteer.py from pycountry's Arabic ISO 3166-1 catalogue + overrides.\n")
        fh.write("# columns: ISO code\tEnglish\tArabic spellings (| separated, first = canonical)\n")
        for code, en, names in countries():
            fh.write(f"{code}\t{en}\t{'|'.join(names)}\n")
    with (out / "given_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# GENERATED by packaging/gen_gazetteer.py from packaging/given_names_src.txt.\n")
        fh.write("# columns: Arabic\tEnglish\tgender (m|f)\tflags (amb = also a common word)\n")
        for row in given_names():
            fh.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
