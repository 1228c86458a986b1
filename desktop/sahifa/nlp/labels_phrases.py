"""Helpers of the institution-name composer (split out of :mod:`labels_compose`, which stays under the module
size limit): a segment list in English order, foreign countries, series ordinals, US state bodies, months."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import _rows, gazetteer, tokens_of
from .labels_match import sanitize_label
from .labels_parts import _Seg
from .labels_sources import (
    GAZETTEER,
    GLOSSARY,
    Label,
    _geonames_entry,
    fold,
)

if TYPE_CHECKING:
    from .labels_compose import Composer
    from .labels_sources import _Glossary

# the Arab League's members (as packaging/gen_geonames.py's ARAB_COUNTRIES)
_ARAB_COUNTRIES = frozenset("SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM".split())


def _english(segs: Sequence[_Seg]) -> str:
    """English order for a complement. A noun's adjectives go before it (التنمية الدولية → International
    Development); a construct of nouns, with a name at its end, is read backwards, as English compounds
    are (علاج العقم → Infertility Treatment, تنمية الموارد البشرية → Human Resources Development,
    تطوير مدينة الرياض → Riyadh Development); markers (and/for/in) stay in place."""
    units: list[tuple[str, str, bool]] = []  # kind, English, known
    i = 0
    while i < len(segs):
        s = segs[i]
        text = s.text
        if s.kind == "for" and text.startswith("for "):  # للتنمية → for Development: a noun after "for"
            units.append(("for", "for", True))
            text = text[4:]
        if s.kind == "noun" or text != s.text:
            j = i + 1
            adjs: list[str] = []
            while j < len(segs) and segs[j].kind in ("adj", "nat"):
                adjs.insert(0, segs[j].text)
                j += 1
            if adjs and j + 1 < len(segs) and segs[j].kind == "and" and segs[j + 1].kind == "adj" \
                    and len(adjs) == 1:
                # a noun's two adjectives joined by و: البحوث الفلكية والجيوفيزيقية → Astronomical and
                # Geophysical Research
                units.append(("noun", f"{adjs[0]} and {segs[j + 1].text} {text}", True))
                i = j + 2
                continue
            if adjs or j + 1 >= len(segs) or segs[j].kind != "and" or segs[j + 1].kind != "adj" \
                    or " " not in text:
                units.append(("noun", " ".join(adjs + [text]), True))
                i = j
                continue
            # a phrase's adjective and another after و: الطاقة الذرية والمتجددة → Atomic and Renewable Energy
            first, _, last = text.rpartition(" ")
            units.append(("noun", f"{first} and {segs[j + 1].text} {last}", True))
            i = j + 2
            continue
        units.append((s.kind, text, s.known))
        i += 1
    out: list[str] = []
    i = 0
    while i < len(units):
        if units[i][0] == "noun":
            j = i + 1
            while j < len(units) and units[j][0] == "noun":
                j += 1
            if j < len(units) and units[j][0] in ("name", "country") and units[j][2]:
                j += 1  # a name guessed letter by letter may be a word we do not know: it stays in place
            out.extend(unit[1] for unit in reversed(units[i:j]))
            i = j
            continue
        out.append(units[i][1])
        i += 1
    return " ".join(x for x in out if x)


def _foreign_country(geonames_row: str) -> bool:
    """Whether a GeoNames row (``English<TAB>country<TAB>population``) is a place outside the Arab world."""
    country = geonames_row.split("\t")[1] if "\t" in geonames_row else ""
    return bool(country) and country not in _ARAB_COUNTRIES


def _series(text: str) -> str:
    """English writes a list of three or more with commas: التربية والعلم والثقافة → Education, Science
    and Culture."""
    parts = text.split(" and ")
    if len(parts) < 3:
        return text
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# heads of a state's own bodies (ministries, armed forces, legislatures, agencies): the United States'
# are "US" bodies in English (الكونجرس الأمريكي → US Congress, الجيش الأمريكي → US Army), not "American"
# ones; a society or a university keeps "American" (جمعية, جامعة are not here)
_US_BODY_HEADS = frozenset(fold(w) for w in (
    "وزارة", "مجلس", "هيئة", "قوات", "جيش", "حكومة", "سفارة", "قنصلية", "وكالة", "كونجرس", "إدارة", "محكمة",
    "برلمان", "مكتب", "دائرة", "مصلحة", "خفر", "سلاح"))


def _us_body(text: str, keys: Sequence[str]) -> str:
    """``text`` with "American" written "US" when the Arabic name has the nationality of the United
    States (أمريكي, الأميركية …) and no other, the name being a state body's (see _US_BODY_HEADS); its
    ministries are departments."""
    words = text.split(" ")
    if "American" not in words:
        return text
    nats = gazetteer().nationalities
    codes = [nat.code for nat in (nats.get(k) for k in keys) if nat is not None]
    if codes != ["US"]:  # a joint body (مجلس الأعمال السعودي الأمريكي) is no US body
        return text
    words[words.index("American")] = "US"
    if "Ministry" in words:  # the United States' ministries are departments: US Department of Justice
        words[words.index("Ministry")] = "Department"
    out = " ".join(words)
    return "US State Department" if out == "US Department of Foreign Affairs" else out  # its foreign ministry


# Gregorian month names as Arab papers write them (Egyptian/Gulf and Levantine), folded → month number
_MONTHS = {fold(w): i for i, ws in enumerate((
    "يناير كانون_الثاني", "فبراير شباط", "مارس آذار", "أبريل ابريل إبريل نيسان", "مايو أيار", "يونيو يونيه حزيران",
    "يوليو يوليه تموز", "أغسطس اغسطس آب", "سبتمبر أيلول", "أكتوبر اكتوبر تشرين_الأول", "نوفمبر تشرين_الثاني",
    "ديسمبر كانون_الأول"), 1) for w in ws.split() if "_" not in w}
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _feminine(key: str) -> bool:
    """Whether a folded Arabic noun or adjective takes feminine agreement: ة (folded ه) or the plural ات."""
    return key.endswith(("ه", "ات"))


def complement_nats(keys: Sequence[str], n: int, head_en: str, nat_segs: int, gl: _Glossary | None) -> list[bool]:
    """For each nationality adjective after a head of ``n`` words (in order), whether it agrees with the
    complement's noun rather than the head: it follows another word and its gender or number cannot be the
    head's (مجلس الغرف السعودية: مجلس is masculine, السعودية feminine, so Saudi Chambers; هيئة الهلال الأحمر
    السعودي; a human plural, السعوديين, never agrees with a singular head). A head that is a plural (its
    English ends in s: قوات, مدارس) takes feminine agreement. [] (every nationality the head's) when the
    nationality words of ``keys`` are not the ``nat_segs`` segments one to one (one is inside a phrase)."""
    if n < 1 or n >= len(keys):
        return []
    g = gazetteer()
    words = gl.words if gl is not None else {}
    head = keys[n - 1]
    plural_head = head_en.endswith("s") and not head_en.endswith("ss")
    head_fem = _feminine(head) or plural_head
    out: list[bool] = []
    for i in range(n, len(keys)):
        k = keys[i]
        if k not in g.nationalities or (k,) in words:
            continue
        if i == n:
            out.append(False)  # right after the head: the head's (الشركة السعودية)
            continue
        human_plural = k.endswith(("يين", "يون")) and not plural_head
        out.append(human_plural or _feminine(k) != head_fem)
    return out if len(out) == nat_segs else []


_CLUBS: dict[str, str] = {}


def club_named(key: str) -> str | None:
    """The English of the organisation (a club, a paper) a folded name is in the gazetteer; where its entry
    for that spelling is a place (الخليج: the Gulf, first defined), the club of orgs.tsv of that spelling
    (Al Khaleej), read once; None when neither is an organisation."""
    entry = gazetteer().by_key.get(key)
    if entry is not None and entry.type == "ORG":
        return entry.label_en
    if not _CLUBS:
        for row in _rows("orgs.tsv"):
            if len(row) >= 3 and row[2] == "club":
                for name in row[0].split("|"):
                    _CLUBS.setdefault(" ".join(tokens_of(name)), row[1])
        _CLUBS.setdefault("", "")  # read: not again
    return _CLUBS.get(key) or None


def is_place(composer: Composer, keys: Sequence[str]) -> bool:
    """Whether folded words start with a place (أمانة المدينة المنورة للعروض: المدينة المنورة)."""
    return any(_place_key(composer, " ".join(keys[:j])) for j in range(len(keys), 0, -1))


def _place_key(composer: Composer, key: str) -> bool:
    """Whether a folded name is a place: the gazetteer's, GeoNames', the glossary's place rows, or a region
    or governorate with its administrative head (منطقة …, محافظة …)."""
    entry = gazetteer().by_key.get(key)
    if entry is not None:
        return entry.type == "LOC"
    if any(k in composer.geonames for k in (key, key[2:] if key.startswith("ال") else "ال" + key)):
        return True  # عنيزة: GeoNames has العنيزة
    gl = composer.glossary
    toks = tuple(key.split())
    word = gl.words.get(toks) if gl is not None else None
    if word is not None:
        return word[1] == "name"
    head = gl.heads.get(toks[:1]) if gl is not None and len(toks) > 1 else None
    return head is not None and head[1] == "drop"


def head_adjective(keys: Sequence[str], n: int, head_en: str, gl: _Glossary | None, main: Sequence[_Seg]) -> bool:
    """Whether the adjective ending a name agrees with its head and not with the noun before it: feminine
    (ة) after a masculine singular noun, the head feminine (لجنة القبول والتسجيل والتجنيد المركزية → Central
    Admission … Committee, not "Central Recruitment"; لجنة الأمن والدفاع النيابية). A noun whose English is
    a plural is a broken plural, which takes a feminine adjective (الموارد البشرية), and stays its own. Only
    after common nouns (``main``, the complement's segments): a name keeps the adjective after it, as English
    does (منظمة الأمل الإنسانية → Al-Amal Humanitarian Organization)."""
    if len(keys) - n < 2 or gl is None or len(main) < 2 or main[-1].kind != "adj" \
            or not all(s.known and s.kind in ("noun", "and") for s in main[:-1]):
        return False
    last, before = keys[-1], keys[-2]
    before = before[1:] if before.startswith("وال") else before  # والتجنيد
    head_fem = _feminine(keys[n - 1]) or (head_en.endswith("s") and not head_en.endswith("ss"))
    noun = gl.words.get((before,))
    plural = noun is not None and noun[0].endswith("s") and not noun[0].endswith("ss")
    return head_fem and _feminine(last) and not _feminine(before) and not plural and before.startswith("ال")



_COMPANY_HEADS = frozenset(fold(w) for w in ("شركة", "الشركة"))
# a diplomatic mission's head: English names it by the sending state's adjective (Indian Embassy)
_MISSION_HEADS = {fold(w): en for w, en in (("سفارة", "Embassy"), ("السفارة", "Embassy"), ("قنصلية", "Consulate"),
                                             ("القنصلية", "Consulate"))}
# the sending state written as the Saudi press writes its own: the Kingdom, its king's title
_SAUDI_STATE = frozenset(fold(w) for w in ("المملكة", "خادم الحرمين الشريفين", "المملكة العربية السعودية"))
_IN = frozenset(fold(w) for w in ("في", "لدى"))
# English writes these states' missions with a short form, not the adjective
_MISSION_ADJ = {"US": "US", "GB": "British", "AE": "UAE"}
_STATE_ADJ: dict[str, str] = {}


def _state_adjective(code: str) -> str | None:
    """The adjective of a state by its ISO code (IN → Indian), from the gazetteer's nationalities."""
    if not _STATE_ADJ:
        for nat in gazetteer().nationalities.values():
            _STATE_ADJ.setdefault(nat.code, nat.en)
        _STATE_ADJ.update(_MISSION_ADJ)
    return _STATE_ADJ.get(code)


def named_body(composer: Composer, keys: Sequence[str]) -> Label | None:
    """A body English names otherwise than word by word: :func:`named_company`, :func:`mission`."""
    return named_company(keys) or mission(composer, keys)


def named_company(keys: Sequence[str]) -> Label | None:
    """A company the gazetteer knows, written after the word "company": English names it by its name
    alone (شركة سامسونج → Samsung, شركة آبل → Apple, not a glossary noun the bare word also folds to:
    الإبل, camels). Only when everything after the head is one gazetteer company."""
    if len(keys) < 2 or keys[0] not in _COMPANY_HEADS:
        return None
    entry = gazetteer().by_key.get(" ".join(keys[1:]))
    if entry is None or entry.kind != "company":
        return None
    return Label(sanitize_label(entry.label_en), GAZETTEER)


def mission(composer: Composer, keys: Sequence[str]) -> Label | None:
    """An embassy or consulate of a state (a country the gazetteer knows, its nationality adjective, or
    the Kingdom as the Saudi press names it) is the state's adjective before the head, and the host city
    or country after "in" when it is written (سفارة الهند → Indian Embassy, السفارة اليمنية بجيبوتي →
    Yemeni Embassy in Djibouti, سفارة المملكة في لندن → Saudi Embassy in London). None for anything
    else (a mission of an organisation, a place nothing knows)."""
    head = _MISSION_HEADS.get(keys[0]) if len(keys) >= 2 else None
    if head is None:
        return None
    g = gazetteer()
    adj = None
    for n in range(len(keys) - 1, 0, -1):  # the longest state name after the head
        state = " ".join(keys[1:1 + n])
        entry = g.by_key.get(state)
        if state in _SAUDI_STATE:
            adj = "Saudi"
        elif entry is not None and entry.kind == "country":
            adj = _state_adjective(entry.code)
        elif n == 1 and state in g.nationalities:
            nat = g.nationalities[state]
            adj = _MISSION_ADJ.get(nat.code, nat.en)
        if adj is not None:
            break
    if adj is None:
        return None
    rest = list(keys[1 + n:])
    if not rest:
        return Label(f"{adj} {head}", GLOSSARY)
    if rest[0] in _IN:
        rest = rest[1:]
    elif rest[0].startswith("ب") and len(rest[0]) > 3:
        rest[0] = rest[0][1:]
    else:
        return None
    place = " ".join(rest)
    if place in _SAUDI_STATE:
        return Label(f"{adj} {head} in Saudi Arabia", GLOSSARY)
    for key in (place, place[2:] if place.startswith("ال") else "ال" + place):
        entry = g.by_key.get(key)
        if entry is not None and entry.type == "LOC":
            return Label(f"{adj} {head} in {entry.label_en}", GLOSSARY)
        row = composer.geonames.get(key)
        if row is not None:
            return Label(f"{adj} {head} in {_geonames_entry(row)[0]}", GLOSSARY)
    return None
