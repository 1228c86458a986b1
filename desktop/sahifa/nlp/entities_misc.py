"""Named things the arbitrated mentions got wrong: quoted names, and wars and revolutions named by a month.

Read on the blind batches of real news (sessions 9 and 10): products, programmes and craft are written in
quotation marks after the noun that says what they are (مركبة الفضاء "نيو هورايزونز"، برنامج «بريكوبس»), and

- **a quoted "person" after the noun of a kind of thing** (:func:`_quoted_thing`): the models read two foreign
  words in quotes as a person's name (نيو هورايزونز), but after a craft, a device, a programme, an app or a
  campaign (:data:`_THING_HEADS`) the quoted words name that thing. Not when they start with a given name or a
  kunya (فرقة «أبو عماد»، لأمه «رقية»). Such a mention becomes MISC.
- **a quoted MISC name named once** (:func:`_quoted_copies`): the work detector finds the name after its head-word
  (برنامج «بريكوبس») and pass 2 copies only people, places and bodies; the article then writes the same name in
  quotation marks after other words (البرنامج «بريكوبس»، مبتكر «بريكوبس»، بنظام «بريكوبس»). Those quoted
  occurrences are the same thing: they become MISC copies (``how`` "prop", aliases of the first).
- **the outlet a source spoke to** (:func:`told_outlets`, session 11): وقال لـ "الاقتصادية" الصراف …، أوضح لـ«عكاظ»:
  a quoted name of one to three words right after a lone ل that follows a speech verb is the newspaper or
  site the source told (ORG); the tagger found it only when no name followed.
- **a war or revolution named by its month** (:func:`named_events`, session 11): ثورة 25 يناير، بثورة يوليو،
  حرب أكتوبر، نكسة حزيران: the head-word and the month (a day may come between) are one MISC, without the
  clitic; the detectors found none or kept the clitic.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.arabic import fold
from .entities_engine import _Engine
from .entities_words import (
    _AL,
    _CLOSE_Q,
    _FUNCTION_WORDS,
    _KUNYA,
    _OPEN_Q,
    _PARTICLES,
    _SPEECH,
    _given,
    _kept,
    _Raw,
    _verb_shaped,
)
from .lexicon import reading

__all__ = ["latin_products", "named_events", "named_indices", "quoted_things", "quoted_titles", "told_outlets"]

_CLOSERS = frozenset(_CLOSE_Q.values()) | frozenset('"»”')


def _quoted(eng: _Engine, t0: int, t1: int) -> bool:
    """Tokens [t0, t1) are the whole of a quotation on one line: an opening mark right before, its closing mark
    right after."""
    toks = eng.toks
    if t0 < 1 or t1 >= eng.n or toks[t0 - 1].text not in _OPEN_Q or toks[t1].text not in _CLOSERS:
        return False
    return not any(toks[k].brk for k in range(t0, t1 + 1))


#: nouns that say what kind of made or organised thing a quoted name names (craft, phone, programme, app,
#: campaign, operation …), folded, without the article: general vocabulary, no names
_THING_HEADS = frozenset(fold(w) for w in (
    "مركبة مسبار سفينة طائرة غواصة صاروخ قمر تلسكوب روبوت هاتف سيارة طراز برنامج نظام تطبيق منصة موقع "
    "لعبة حملة مبادرة عملية مشروع وسم هاشتاق هاشتاغ شعار منتج علامة").split())


def _thing_head(eng: _Engine, k: int) -> bool:
    """Token k is one of :data:`_THING_HEADS`, with or without the article and a clitic (بنظام، المركبة)."""
    tok = eng.toks[k]
    if tok.info.kind != "a":
        return False
    for _o, key, _st in tok.info.forms:
        if key in _THING_HEADS or (key.startswith(_AL) and key[2:] in _THING_HEADS):
            return True
    return False


def _quoted_thing(eng: _Engine, r: _Raw) -> bool:
    """A person's mention that is the whole of a quotation right after a noun of a kind of thing (مركبة "نيو
    هورايزونز"، مركبة الفضاء "…"، برنامج «…»), and starts with no given name or kunya (فرقة «أبو عماد»)."""
    if r.type != "PERSON" or r.how == "gaz" or not _quoted(eng, r.t0, r.t1):
        return False
    g = eng.g
    first = eng.toks[r.t0].info.key
    if _given(g, first) or first in _KUNYA or first in _PARTICLES:
        return False
    q = r.t0 - 1
    if q < 1 or eng.toks[q].brk:
        return False
    if _thing_head(eng, q - 1):
        return True
    prev = eng.toks[q - 1]  # مركبة الفضاء "…": the head and its definite complement
    return q >= 2 and not prev.brk and prev.info.key.startswith(_AL) and _thing_head(eng, q - 2)


def _marked(eng: _Engine, t0: int, t1: int) -> bool:
    """Tokens [t0, t1) are the whole of a quotation (:func:`_quoted`) or of a bracket on one line (برنامج (طاقات))."""
    toks = eng.toks
    if 0 < t0 and t1 < eng.n and toks[t0 - 1].text == "(" and toks[t1].text == ")":
        return not any(toks[k].brk for k in range(t0, t1 + 1))
    return _quoted(eng, t0, t1)


def _quoted_copies(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Other quoted occurrences of the article's quoted MISC names (see the module's docstring); a name in
    brackets after its head (برنامج (حافز)) counts as quoted, and so does a copy in brackets."""
    toks = eng.toks
    names: dict[tuple[str, ...], int] = {}
    for idx, r in enumerate(raws):
        if r.type == "MISC" and r.how == "misc" and _marked(eng, r.t0, r.t1) and r.start == toks[r.t0].start:
            names.setdefault(tuple(toks[k].info.key for k in range(r.t0, r.t1)), idx)
    if not names:
        return []
    covered = bytearray(eng.n)
    for r in raws:
        for k in range(r.t0, r.t1):
            covered[k] = 1
    out: list[_Raw] = []
    for i in range(1, eng.n):
        if (toks[i - 1].text not in _OPEN_Q and toks[i - 1].text != "(") or covered[i]:
            continue
        for key, src in names.items():
            end = i + len(key)
            if end < eng.n and all(not covered[k] and toks[k].info.key == key[k - i] for k in range(i, end)) \
                    and _marked(eng, i, end):
                out.append(_Raw(toks[i].start, toks[end - 1].end, i, end, "MISC", None, "prop", src))
                for k in range(i, end):
                    covered[k] = 1
                break
    return out


def quoted_things(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with quoted "people" after a common noun made MISC and the article's quoted MISC names taken
    at their other quoted occurrences (in order, non-overlapping; ``alias_of`` kept valid)."""
    for r in raws:
        if _quoted_thing(eng, r):
            r.type, r.entry = "MISC", None
    added = _quoted_copies(eng, raws)
    if not added:
        return raws
    both = raws + added
    return _kept(both, sorted(range(len(both)), key=lambda q: both[q].start))


#: heads of wars and revolutions named by a month (ثورة 23 يوليو، حرب أكتوبر، نكسة حزيران), folded
_EVENT_HEADS = frozenset(fold(w) for w in "ثورة حرب انتفاضة نكسة".split())
#: Gregorian and Levantine month names, folded (one word; تشرين and كانون take a second word)
_MONTHS = frozenset(fold(w) for w in (
    "يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر "
    "ديسمبر شباط آذار نيسان أيار حزيران تموز آب أيلول").split())


def _event_at(eng: _Engine, i: int) -> int | None:
    """End token of a war or revolution named by its month at token i (the head, clitics allowed): ``ثورة 23
    يوليو``، ``بثورة يوليو``، ``حرب أكتوبر``; None. (A war named by a country is no name by its form: حرب
    فيتنام is, حرب أستراليا ضد مزارع الرياح is not; the well-known ones are in misc.tsv.)"""
    toks = eng.toks
    if not any(key in _EVENT_HEADS for _o, key, _st in toks[i].info.forms) or not i + 1 < eng.n \
            or toks[i + 1].brk:
        return None
    k = i + 1
    if toks[k].info.kind == "d" and len(toks[k].text) <= 2 and k + 1 < eng.n and not toks[k + 1].brk:
        k += 1  # the day: ثورة 25 يناير
    if toks[k].info.kind == "a" and toks[k].info.key in _MONTHS:
        return k + 1
    return None


def named_events(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Wars and revolutions named by a month (:func:`_event_at`) as MISC, head-word included and the clitic left
    out; a mention inside one gives way to it (:func:`_scan` over the head-words' tokens)."""
    def at(e: _Engine, i: int) -> tuple[int, int] | None:
        end = _event_at(e, i)
        if end is None:
            return None
        return next(o for o, key, _st in e.toks[i].info.forms if key in _EVENT_HEADS), end
    return _scan(eng, raws, "a", at, "MISC", "misc", lambda r, i, end: False, _EVENT_HEADS)


_COMPLEMENTIZERS = frozenset(fold(w) for w in "إن أن إنه أنه إنها أنها بأن".split())


def _speech_before(eng: _Engine, t: int, reach: int = 6) -> bool:
    """A speech verb (قال، أوضح، أكد …, with و or ف) within the ``reach`` tokens before token t, on its line, and
    no complementizer between (قال إن الدعوة لـ "الجهاد": inside what was said). With a longer reach the speaker's
    title and name may stand between, commas included (قال عضو اللجنة، محمد الربيعي، لـ«…»)."""
    toks = eng.toks
    stops = (".", "؟", "!", ":") if reach > 6 else (".", "؟", "!", "،", ":")
    for k in range(t - 1, max(-1, t - 1 - reach), -1):
        if toks[k].text in stops or toks[k].info.key in _COMPLEMENTIZERS:
            return False
        if any(key in _SPEECH for _o, key, _st in toks[k].info.forms):
            return True
        if toks[k].brk:
            return False
    return False


#: nouns of what a source told an outlet (his statements, a conversation, an interview), folded, with a possessive
#: pronoun allowed (تصريحاته لـ«…»، حديثه لـ«…»، في حوار لـ«…»): general vocabulary
_TOLD_NOUNS = frozenset(fold(w) + suf for w in "تصريح تصريحات حديث حوار".split() for suf in ("", "ه", "ها", "هم"))
_TOLD_NOUNS |= frozenset(fold(w) for w in "مقابلة مقابلته مقابلتها لقاء لقائه لقائها".split())


def _told_noun_before(eng: _Engine, t: int) -> bool:
    """The token before token t is a noun of what was told (:data:`_TOLD_NOUNS`, a و allowed)."""
    return t >= 1 and any(key in _TOLD_NOUNS for _o, key, _st in eng.toks[t - 1].info.forms)


def told_outlets(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The outlets named after ``قال لـ "…"`` (see the module's docstring) as ORG mentions, where no mention is."""
    toks = eng.toks
    covered = bytearray(eng.n)
    places: dict[tuple[int, int], _Raw] = {}
    speakers = {r.t1 for r in raws if r.type == "PERSON"}
    for r in raws:
        if r.type == "LOC" and r.how == "gaz":
            places[(r.t0, r.t1)] = r  # لـ«الشرق الأوسط»، لـ"الرياض": a newspaper named like a place
            continue
        for k in range(r.t0, r.t1):
            covered[k] = 1
    found: list[_Raw] = []
    for t in range(eng.n - 3):  # (from 0: a verb of telling may open the text)
        told = _told_verb(eng, t)  # أبلغت «الشرق الأوسط» أن: the outlet is the verb's object, no ل
        if (toks[t].info.key != "ل" and not told) or toks[t + 1].text not in _OPEN_Q or toks[t + 1].brk:
            continue
        a = t + 2
        b = a
        while b < eng.n and b - a < 4 and toks[b].info.kind in "al" and not toks[b].brk:
            b += 1
        if b == a or b - a > 3 or not _quoted(eng, a, b) or any(covered[k] for k in range(a, b)):
            continue
        place = places.get((a, b))
        q = t - 1 if toks[t - 1].text != "،" else t - 2  # (the speaker, a comma: محمد الربيعي، لـ«…»)
        after_speaker = q >= 0 and (q + 1) in speakers
        if not (told or _speech_before(eng, t) or (after_speaker and _speech_before(eng, t, 12))
                or _told_noun_before(eng, t) or _complement_after(eng, b + 1)):
            continue
        if place is None and any(p.t0 < b and a < p.t1 for p in places.values()):
            continue  # (a place inside the quotation that is not all of it)
        found.append(_Raw(toks[a].start, toks[b - 1].end, a, b, "ORG", None, "media"))
    if not found:
        return raws
    found += _outlet_copies(eng, found, places)
    taken = {(f.t0, f.t1) for f in found}
    both = raws + found  # (indices into raws + found, so that _kept re-points ``alias_of``)
    keep = [q for q, r in enumerate(raws) if (r.t0, r.t1) not in taken] + list(range(len(raws), len(both)))
    return _kept(both, sorted(keep, key=lambda q: both[q].start))


#: verbs of telling whose object is the one told (أبلغ، أخبر), folded, with و/ف and the feminine
_TOLD_VERBS = frozenset(c + fold(w) + f for w in ("أبلغ", "أخبر") for c in ("", "و", "ف") for f in ("", "ت", "وا"))


def _told_verb(eng: _Engine, t: int) -> bool:
    return eng.toks[t].info.key in _TOLD_VERBS


def _complement_after(eng: _Engine, k: int) -> bool:
    """Token k is a complementizer (إن، أن، بأن): ``لـ«…» إن`` is the one told, between a speech verb (and its
    speaker, however long) and what was said."""
    return k < eng.n and not eng.toks[k].brk and eng.toks[k].info.key in _COMPLEMENTIZERS


def _outlet_copies(eng: _Engine, found: list[_Raw], places: dict[tuple[int, int], _Raw]) -> list[_Raw]:
    """The other quoted occurrences of an outlet found after ``لـ«…»`` that the gazetteer read as a place: a
    newspaper named like a place (الشرق الأوسط، الرياض، الوطن) is the newspaper wherever the article quotes the
    same name whole (أبلغت «الشرق الأوسط»، مصدر لـ«…» after a body rather than a person), not the region."""
    toks = eng.toks
    names = {tuple(toks[k].info.key for k in range(f.t0, f.t1)) for f in found}
    taken = {(f.t0, f.t1) for f in found}
    out = []
    for (a, b), p in places.items():
        if (a, b) in taken or p.start != toks[a].start or not _quoted(eng, a, b):
            continue
        if tuple(toks[k].info.key for k in range(a, b)) in names:
            out.append(_Raw(p.start, p.end, a, b, "ORG", None, "media"))
    return out


#: nouns of a made or staged thing whose name may be written in quotation marks a few words later, after the
#: head's adjectives (المسرحية الاجتماعية الكوميدية «…»، ديوانه الأول "…"، مبادرة "…"), folded, no article:
#: works, programmes and campaigns, events. Not outlets and sites (صحيفة، موقع: bodies, ORG)
_TITLE_HEADS = frozenset(fold(w) for w in (
    "مسرحية فيلم فلم مسلسل أغنية رواية كتاب ديوان قصيدة ألبوم كليب أوبريت أنشودة برنامج مبادرة حملة مشروع "
    "تطبيق لعبة مهرجان فعاليات فعالية مسابقة جائزة معرض ملتقى مركبة مسبار هاتف طراز منتج علامة "
    "ندوة مؤتمر منتدى").split())
#: heads of a device line named in quotation marks (جهاز «…»، أجهزة “…”، جهازها الجديد "…"), folded: never with the
#: article (شركة الأجهزة الذكية “…”: the company's name)
_DEVICE_HEADS = frozenset(fold(w) for w in "جهاز أجهزة".split())
#: the head of a named operation (عملية «السهم الذهبي»): also a surgery or a massage (عملية «مساج»), so it stands
#: right before the marks, and the name is one to three words, no function word, not one indefinite word
_OPERATION_HEADS = frozenset({fold("عملية")})
#: heads whose event or campaign name may also stand in brackets: لمهرجان (عيدنا كدا 2)، فعاليات (…)
_PAREN_HEADS = frozenset(fold(w) for w in "مهرجان فعاليات فعالية حملة مبادرة مسابقة برنامج مسرحية".split())
#: adjectives without the nisba ending that describe a work between its head and its title
_TITLE_ADJ = frozenset(fold(w) for w in "الأول الجديد الجديدة الأخير الأخيرة الثاني الثالث الشهير الشهيرة".split())
_POSSESSIVE = ("ها", "هم", "ه")


def _title_head(eng: _Engine, k: int, heads: frozenset[str]) -> bool:
    """Token k is one of ``heads``, with the article, a clitic or a possessive suffix (المسرحية، لمهرجان، ديوانه،
    أغنيتها)."""
    tok = eng.toks[k]
    if tok.info.kind != "a":
        return False
    for _o, key, _st in tok.info.forms:
        bare = key[2:] if key.startswith(_AL) else key
        if bare in heads:
            return True
        for suf in _POSSESSIVE:
            if bare.endswith(suf) and len(bare) > len(suf) + 2:
                stem = bare[: -len(suf)]
                if stem in heads or (stem.endswith("ت") and stem[:-1] + "ه" in heads):
                    return True
    return False


def _title_adjective(eng: _Engine, k: int) -> bool:
    """Token k is a definite adjective that may stand between a work's head and its title (الاجتماعية، الأول)."""
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or tok.brk or not key.startswith(_AL) or len(key) < 5:
        return False
    return key in _TITLE_ADJ or key in eng.g.nationalities or key.endswith(("ي", "يه"))


def _title_span(eng: _Engine, q: int) -> tuple[int, int] | None:
    """The tokens [a, b) of a title whose opening mark or bracket is token q, after a head of
    :data:`_TITLE_HEADS` and up to three of its adjectives (brackets only after :data:`_PAREN_HEADS`), or None."""
    toks = eng.toks
    paren = toks[q].text == "("
    if toks[q].brk or q + 1 >= eng.n:
        return None
    close = ")" if paren else _CLOSE_Q.get(toks[q].text, "”")  # (كليب ” …”: a closing mark opening)
    b = q + 1
    while b < eng.n and b - q <= (6 if paren else 8) and not toks[b].brk and toks[b].info.kind in "ald":
        b += 1
    if b == q + 1 or b >= eng.n or toks[b].brk or toks[b].text not in ((close,) if paren else (close, *_CLOSERS)):
        return None
    first = toks[q + 1]
    if first.info.kind == "d" or (first.info.key in _FUNCTION_WORDS and first.info.key != "لا"):
        return None  # «إن …»، "في …": a quotation, not a name
    h = q - 1
    while h >= 0 and q - 1 - h < 3 and not _title_head(eng, h, _TITLE_HEADS) and _title_adjective(eng, h):
        h -= 1  # (المسرحية ends like an adjective: the head stops the walk)
    if h < 0 or toks[q].brk or (h < q - 1 and toks[h + 1].brk):
        return None
    if paren or not _title_head(eng, h, _TITLE_HEADS):
        if paren and _title_head(eng, h, _PAREN_HEADS):
            return q + 1, b
        if paren:
            return None
        if _title_head(eng, h, _DEVICE_HEADS):
            if any(key.startswith(_AL) and key[2:] in _DEVICE_HEADS for _o, key, _st in toks[h].info.forms):
                return None
            return q + 1, b
        if h != q - 1 or not _title_head(eng, h, _OPERATION_HEADS) or b - q > 4:
            return None
        if any(toks[k].info.key in _FUNCTION_WORDS for k in range(q + 1, b)) \
                or (b == q + 2 and not first.info.key.startswith(_AL)):
            return None  # عملية "دفاع عن النفس"، عملية «مساج»: no name
    return q + 1, b


#: marks that may stand inside a title in Latin script (Mad Max: Fury Road، Lorenzo's Oil)
_LATIN_INNER = frozenset({":", "-", "'", "’", "&"})


def _latin_title_span(eng: _Engine, q: int) -> tuple[int, int] | None:
    """A title in Latin script from token q (capitalised words, figures, a colon or a dash inside: Band of Brothers)
    after a work's head-word and one to three of its adjectives (فيلمه الرسومي Happy Feet، المسلسل الحربي …):
    the title right after the head the cue detector reads (فيلم Chappie). None if there is none."""
    toks = eng.toks
    if toks[q].brk or not toks[q].text[:1].isupper() or toks[q - 1].info.kind != "a":
        return None
    h = q - 1
    while h >= 0 and q - 1 - h < 3 and not _title_head(eng, h, _WORK_HEADS) and _title_adjective(eng, h):
        h -= 1
    if h == q - 1 or h < 0 or not _title_head(eng, h, _WORK_HEADS) or any(toks[k].brk for k in range(h + 1, q)):
        return None
    b = q
    while b < eng.n and b - q < 8 and not toks[b].brk and (
            toks[b].info.kind in "ld" or (toks[b].text in _LATIN_INNER and b > q)):
        b += 1
    while b > q + 1 and toks[b - 1].text in _LATIN_INNER:
        b -= 1
    return q, b


#: the works among :data:`_TITLE_HEADS` (folded) whose title may be in Latin script after their adjectives
_WORK_HEADS = frozenset(fold(w) for w in "مسرحية فيلم فلم مسلسل أغنية رواية كتاب ألبوم كليب لعبة".split())


def _translated_title(eng: _Engine, a: int, b: int) -> int | None:
    """The dash token between an Arabic title and its original in Latin script inside one quotation (ماكس
    الجنون: طريق الغضب-Mad Max: Fury Road), or None: two titles of one work."""
    toks = eng.toks
    for d in range(a + 1, b - 1):
        if toks[d].text in ("-", "–", "—"):
            if toks[a].info.kind == "a" and all(toks[k].info.kind != "l" for k in range(a, d)) \
                    and all(toks[k].info.kind == "l" or toks[k].text in _LATIN_INNER for k in range(d + 1, b)):
                return d
            return None
    return None


def quoted_titles(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Titles of works, programmes, campaigns and events in quotation marks (or brackets after a festival or a
    campaign) after their head-word and its adjectives (:func:`_title_span`) as MISC mentions: المسرحية
    الاجتماعية الكوميدية «هيا تعال»، ديوانه الأول “…”، مبادرة "المدن الذكية"، لمهرجان (عيدنا كدا 2). A mention of
    the rules or the models inside the title gives way to it; a name the gazetteer knows is kept (no title)."""
    toks = eng.toks
    found: list[_Raw] = []
    for q in range(1, eng.n - 1):
        if toks[q].info.kind == "l":
            span = _latin_title_span(eng, q)
        elif toks[q].text not in _OPEN_Q and toks[q].text not in ("(", "”"):
            continue
        else:
            span = _title_span(eng, q)
        if span is None:
            continue
        a, b = span
        inside = [r for r in raws if r.t0 < b and a < r.t1]
        if any(r.t0 < a or r.t1 > b or ((r.t0, r.t1) == (a, b) and (r.how == "gaz" or r.type == "MISC"))
               for r in inside):
            continue  # a known name (the whole title), a mention running out of the marks, or the title found
        found.append(_Raw(toks[a].start, toks[b - 1].end, a, b, "MISC", None, "misc"))
    for r in [*raws, *found]:
        dash = _translated_title(eng, r.t0, r.t1) if r.type == "MISC" and r.start == toks[r.t0].start else None
        if dash is not None:  # "ماكس الجنون: طريق الغضب-Mad Max: Fury Road": the Arabic title and the original
            found = [f for f in found if f is not r]
            found.append(_Raw(r.start, toks[dash - 1].end, r.t0, dash, "MISC", None, "misc"))
            found.append(_Raw(toks[dash + 1].start, r.end, dash + 1, r.t1, "MISC", None, "misc"))
    return _with_found(raws, sorted(found, key=lambda f: f.start))


#: nouns of a device, a game or a system before a product named in Latin script with a plain number (لعبة FIFA 15،
#: جهاز Surface Pro 3، نظام Windows 10), folded, without the article
_PRODUCT_HEADS = frozenset(fold(w) for w in (
    "هاتف هواتف جهاز أجهزة لعبة نظام إصدار نسخة طراز تطبيق برنامج حاسب حاسوب كمبيوتر ساعة كاميرا معالج "
    "سيارة تلفاز شاشة").split())


def _product_at(eng: _Engine, i: int) -> int | None:
    """End token of a product named in Latin script at token i: one or two capitalised Latin words and a model
    code, letters and figures written together (Galaxy A8، Xperia C4، LG G4), or a plain number of one to three
    figures after a noun of a device, game or system (لعبة FIFA 15، جهاز Surface Pro 3); the words around are no
    Latin words (a product in an Arabic sentence, not an English phrase). None if there is none."""
    toks = eng.toks
    if i > 0 and not toks[i].brk and toks[i - 1].info.kind in "ld" and toks[i - 1].end == toks[i].start:
        return None
    if i > 0 and toks[i - 1].info.kind == "l":
        return None
    k = i
    while k < eng.n and k - i < 2 and toks[k].info.kind == "l" and len(toks[k].text) >= 2 \
            and toks[k].text[0].isupper() and (k == i or not toks[k].brk):
        k += 1
    if k == i or k >= eng.n or toks[k].brk:
        return None
    t = toks[k]
    if t.info.kind == "l" and len(t.text) <= 2 and t.text.isupper() and k + 1 < eng.n \
            and toks[k + 1].info.kind == "d" and toks[k + 1].start == t.end and len(toks[k + 1].text) <= 4:
        end = k + 2  # Galaxy A8: a code of letters and figures
    elif t.info.kind == "d" and len(t.text) <= 3 and t.text.isdigit() and i > 0 and not toks[i].brk \
            and any(key in _PRODUCT_HEADS or (key.startswith(_AL) and key[2:] in _PRODUCT_HEADS)
                    for _o, key, _st in toks[i - 1].info.forms):
        end = k + 1  # لعبة FIFA 15
    else:
        return None
    if end < eng.n and not toks[end].brk and (toks[end].info.kind == "l" or toks[end].start == toks[end - 1].end
                                              and toks[end].text not in _CLOSERS and toks[end].text not in "،,.:؛"):
        return None  # an English phrase goes on, or the code runs on (A8s, 15%)
    if end + 1 < eng.n and toks[end].text == "." and toks[end].start == toks[end - 1].end \
            and toks[end + 1].info.kind == "d" and toks[end + 1].start == toks[end].end:
        return None  # a version number goes on (Android4.2.3)
    return end


def _scan(eng: _Engine, raws: list[_Raw], kind: str, at: Callable[[_Engine, int], tuple[int, int] | None],
          typ: str, how: str, blocks: Callable[[_Raw, int, int], bool],
          heads: frozenset[str] | None = None) -> list[_Raw]:
    """One left-to-right scan for whole names: at each token i of ``kind`` ("a" Arabic, "l" Latin) ``at`` gives
    (offset of the name in token i, end token) or None; a name is kept as a ``typ`` mention unless a mention over
    its tokens ``blocks`` it (``blocks(r, i, end)``), and the scan goes on after it either way. The names found
    replace the mentions they share a token with (:func:`_with_found`). Serves :func:`latin_products`,
    :func:`named_indices`, :func:`named_events` and :func:`entities_bodies.placed_bodies`. ``heads``: folded keys
    one of which a token's readings must have for ``at`` to find a name there (``at`` returns None elsewhere); then
    only those tokens are visited (:meth:`_Engine.form_positions`), with the same result."""
    toks = eng.toks
    found: list[_Raw] = []
    after = 0   # the scan goes on after a name found
    for i in (eng.form_positions(heads) if heads is not None else range(eng.n)):
        if i < after or toks[i].info.kind != kind:
            continue
        got = at(eng, i)
        if got is None:
            continue
        off, end = got
        if not any(blocks(r, i, end) for r in raws if r.t0 < end and i < r.t1):
            found.append(_Raw(toks[i].start + off, toks[end - 1].end, i, end, typ, None, how))
        after = end
    return _with_found(raws, found)


def _runs_out(r: _Raw, i: int, end: int) -> bool:
    """A mention runs out of the tokens [i, end) a name covers (then the name is not taken)."""
    return r.t0 < i or r.t1 > end


def _with_found(raws: list[_Raw], found: list[_Raw]) -> list[_Raw]:
    """``raws`` without the mentions that share a token with one ``found``, plus ``found``, in text order (the
    MISC passes that find whole names over the rule mentions: quoted titles, products, indices)."""
    if not found:
        return raws
    both = raws + found  # (indices into raws + found: ``alias_of`` points into raws, and _kept re-points it)
    keep = [q for q, r in enumerate(raws) if not any(r.t0 < f.t1 and f.t0 < r.t1 for f in found)]
    keep += range(len(raws), len(both))
    return _kept(both, sorted(keep, key=lambda q: both[q].start))


def latin_products(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Products named in Latin script (:func:`_product_at`) as MISC mentions; a mention of the models inside one
    gives way to it, a name the gazetteer knows does not (no product then)."""
    def at(e: _Engine, i: int) -> tuple[int, int] | None:
        end = _product_at(e, i)
        return None if end is None else (0, end)
    return _scan(eng, raws, "l", at, "MISC", "misc", lambda r, i, end: r.how == "gaz" or _runs_out(r, i, end))


#: the head-word of a market index, folded (indefinite: المؤشر alone is the index already named)
_INDEX_HEAD = "مؤشر"
_INDEX_HEADS = frozenset((_INDEX_HEAD,))
#: "and" inside a foreign index name (ستاندرد أند بورز), folded
_INDEX_AND = frozenset(fold(w) for w in "أند آند اند".split())
#: adjectives that end an index's name (مؤشر شنغهاي المركب، مؤشر نيكاي القياسي), folded
_INDEX_ADJ = frozenset(fold(w) for w in "المركب القياسي الرئيسي الموسع العام الصناعي المجمع".split())
#: words after a figure that make it the index's move, not part of its name (ارتفع مؤشر داو 120 نقطة)
_INDEX_UNITS = frozenset(fold(w) for w in "نقطة نقاط بالمئة بالمائة في %".split())


def _index_name(eng: _Engine, k: int, place: bool = False) -> bool:
    """Token k is a word of an index's proper name: Arramooz knows it only as a proper noun (داو، جونز، شنغهاي،
    ناسداك) or not at all (نيكاي), and it is no given name, no verb (يقتربان، يدل) and no word after و or ل
    (وناسداك، للأسهم). ``place``: the first word of a place the gazetteer knows (شنغهاي، قطر; not بورصة)."""
    if not eng.contiguous(k) or eng.toks[k].info.kind != "a":
        return False
    key = eng.toks[k].info.key
    if len(key) < 3 or key.startswith((_AL, "لل")) or key[0] == "و" or _verb_shaped(key) \
            or (key[0] == "ي" and len(key) <= 4) or (not place and eng.given(key)):
        return False
    got = reading(key)
    return got is None or ("p" in got[0] and got[1] >= 5)


def _index_at(eng: _Engine, i: int) -> int | None:
    """End token of a market index named by a proper name at token i: the indefinite head مؤشر (a clitic allowed:
    لمؤشر، بمؤشر) and one to four words that are no dictionary words or a place (داو جونز، شنغهاي، ستاندرد أند
    بورز), then an adjective of the index (المركب، القياسي) and a figure of up to three digits that is part of
    the name (ستاندرد أند بورز 500, not داو 120 نقطة). None if the head is followed by a common word (مؤشر
    الأسعار، مؤشر أسعار المستهلكين)."""
    toks = eng.toks
    if not any(key == _INDEX_HEAD for _o, key, _st in toks[i].info.forms):
        return None
    k = i + 1
    names = 0
    while k < eng.n and k - i <= 4:
        if _index_name(eng, k):
            k, names = k + 1, names + 1
            continue
        gz = eng.gaz_at(k, clitics=False) if eng.contiguous(k) else None
        if gz is not None and gz[0] == 0 and gz[2].type == "LOC" and _index_name(eng, k, place=True):
            k, names = gz[1], names + 1
            continue
        if names and eng.contiguous(k) and toks[k].info.key in _INDEX_AND and _index_name(eng, k + 1):
            k += 1
            continue
        break
    if not names:
        return None
    if eng.contiguous(k) and toks[k].info.key in _INDEX_ADJ:
        k += 1
    if k < eng.n and not toks[k].brk and toks[k].info.kind == "d" and len(toks[k].text) <= 3 \
            and toks[k].text.isdigit() and not (k + 1 < eng.n and (
                toks[k + 1].info.key in _INDEX_UNITS or toks[k + 1].start == toks[k].end)):
        k += 1  # ستاندرد أند بورز 500
    return k


def named_indices(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Market indices named by a proper name (:func:`_index_at`) as MISC, head-word included and the clitic left
    out; a place or body mention inside one (شنغهاي) gives way to it."""
    def at(e: _Engine, i: int) -> tuple[int, int] | None:
        end = _index_at(e, i)
        if end is None:
            return None
        return next(o for o, key, _st in e.toks[i].info.forms if key == _INDEX_HEAD), end
    return _scan(eng, raws, "a", at, "MISC", "misc", _runs_out, _INDEX_HEADS)
