"""Where a body's or a place's name ends on the right (session 17), a pass over the rule and tagger mentions right
after the veto (:func:`sahifa.nlp.entities_veto.checked`), before the late passes of :mod:`entities_bodies`.

Read on batch 12 and the older train articles of real news, where a name of a body or a venue ran on over the
words after it (24 mentions):

- **ب + a known place** (جامعة الملك عبدالعزيز بجدة، ملعب لوفتس رود بلندن): the place a body or a venue is in is
  not part of its name (the README: the body and a separate LOC, the full form an alt). The mention ends before the
  ب-word and the place is a LOC of its own, the clitic left out. The ب-word must read as ب + a place the
  gazetteer knows and not as a word of its own (بيروت، بنها are places, بمخرج is no place). The late pass
  :func:`sahifa.nlp.entities_bodies.placed_bodies` still joins the chambers and directorates named by their place
  (الغرفة التجارية بأبها), as the gold writes them.
- **a finite verb** (ملعب كوينز بارك يتأهب، متحف المصمك فتح أبوابه): a name never holds a verb. The mention ends
  before an imperfect verb (ي/ت + a verb of the dictionary, or a word of a verb's shape) or, right after a
  definite word, a past verb of the dictionary (after a foreign word it is as often a name's part: كوينز بارك).
- **two bodies joined by و** (الحوثي والمقاومة الشعبية، حزب الله والحشد الشيعي العراقي): when the words before the
  و are exactly a body or a place the gazetteer knows (or the one word of another mention of the article), the و
  starts another phrase: the mention ends there. The words after it are left to the other passes (they may be a
  description: الحزب الجمهوري والصحف الأميركية).

- **a ل-phrase that is no field** (session 17, org4): a body's ل-complement names its field, a plural of people or a
  thing (للدراسات، للباحثين، لحقوق الإنسان). A singular agent noun of the فاعل pattern (للباحث، لخادم الحرمين، للشاعر)
  or a participle with a person named after it is whom the sentence's verb reaches; after a place or a venue (a
  LOC mention) an indefinite verbal noun is a purpose (ملعب قرطاج لاستئناف الفترة المسائية). The mention ends
  before the ل-word (:meth:`~sahifa.nlp.entities_scan._Scan.lam_phrase` no longer reads such a word as a field
  either, so the detectors and the late ل-joins stop there too).

- **a definite noun after a definite word** (session 17, org4: المديرية العامة للجوازات الإخوة اليمنيين، حزب الله
  الجيش الإسرائيلي، الاتحاد الأوروبي العبء الأكبر): no construct links two definite words, and a word the dictionary
  reads as a noun only (no adjective, nisba, numeral or proper noun) does not agree with the word before it, so it
  opens a new noun phrase, the object or subject of the sentence's verb. The mention ends there; when the new phrase
  is a body the detectors read (الجيش الإسرائيلي), it is a mention of its own.

Each cut keeps at least the head and one word of the name (a verb right after the head is the detector's call).
"""

from __future__ import annotations

from ..core.arabic import fold, strip_article
from . import lexicon
from .entities_engine import _Engine
from .entities_orgs import _imperfect_verb
from .entities_words import _AL, _Raw, _verb_shaped

__all__ = ["edges_trimmed"]

#: definite cardinals and ordinals, which follow their noun like adjectives (الدول الخمس، الدورة الثانية), folded
_NUMERALS = frozenset(fold(w) for w in (
    "الثلاث الثلاثة الأربع الأربعة الخمس الخمسة الست الستة السبع السبعة الثماني الثمانية التسع التسعة العشر "
    "العشرة الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع "
    "السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة").split())
#: how a mention was found, for the mentions whose right edge this pass reads: a body's or a place's detector and
#: the tagger (the gazetteer's own spans are names as listed)
_HOWS = frozenset(("org", "loc", "crf"))
#: the least frequency level (:data:`sahifa.nlp.lexicon.Reading`, 6: a thousand uses) of a past verb read as the end
#: of a name: a rare verb of the dictionary is as often a clitic and a noun (لسد: ل + سد)
_COMMON_LEVEL = 6


def _place_after_bi(eng: _Engine, k: int, t1: int) -> int | None:
    """End token of a known place read off ب at token k (بجدة، بلندن), within the mention (before ``t1``); None
    when the whole word is a known name or a word of its own."""
    tok = eng.toks[k]
    if tok.info.kind != "a" or tok.text[:1] != "ب" or len(tok.info.key) < 4:
        return None
    if eng.gaz_at(k, clitics=False) is not None or eng.is_lex(tok.info.key) or eng.given(tok.info.key):
        return None
    hit = eng.gaz_at(k)
    if hit is None or hit[0] != 1 or hit[2].type != "LOC" or hit[1] > t1:
        return None
    return hit[1]


def _finite_verb(eng: _Engine, k: int) -> bool:
    """Token k is a finite verb: an imperfect (يتأهب، تستضيف) or a past verb that is no noun (افتتح، أعلنت)."""
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or key.startswith(_AL) or eng.given(key) or eng.gaz_at(k) is not None:
        return False
    if _imperfect_verb(key) or _verb_shaped(key):
        return True
    # a past verb only right after a definite word (متحف المصمك فتح): a word the dictionary also knows as a verb
    # is often a foreign name's part after another foreign word (كوينز بارك، سيتي مول)
    prev = eng.toks[k - 1].info.key
    if len(key) == 3 and key[1] in "وي":
        return False  # a hollow root with و/ي written: a noun (مول، سوق) far more often than a past verb (موّل)
    if not prev.startswith(_AL) or eng.given(strip_article(prev)):
        return False
    for stem in (key, key[:-1] if len(key) >= 4 and key.endswith("ت") else ""):  # فتح، أعلنت
        e = lexicon.entry(stem) if stem else None
        if e is not None and "v" in e[0] and e[2] >= _COMMON_LEVEL:
            return True
    return False


def _known_before_wa(eng: _Engine, r: _Raw, named: set[str]) -> int | None:
    """Token of a و that follows a known body or place opening the mention exactly (حزب الله والحشد …): one the
    gazetteer knows, or the one word of another ORG/LOC mention of the article (``named``)."""
    toks = eng.toks
    hit = eng.gaz_at(r.t0, clitics=False)
    ends = []
    if hit is not None and hit[2].type in ("ORG", "LOC") and hit[1] < r.t1:
        ends.append(hit[1])
    if toks[r.t0].info.key in named:
        ends.append(r.t0 + 1)
    for k in ends:
        key = toks[k].info.key
        if key[:1] == "و" and key[1:].startswith(_AL) and len(key) >= 5:
            return k
    return None


def _lam_rest(eng: _Engine, k: int) -> str:
    """The word after the ل of a ل-word at token k, definite when the ل took the article's place (للباحث → الباحث,
    لاستئناف → استئناف); "" when token k is no ل + a word."""
    tok = eng.toks[k]
    if tok.info.kind != "a" or tok.text[:1] != "ل" or len(tok.info.key) < 4:
        return ""
    return next((fk for off, fk, stripped in tok.info.forms if stripped and off == 1 and len(fk) >= 3), "")


def _not_field(eng: _Engine, r: _Raw, k: int, persons: set[int]) -> bool:
    """Token k is a ل-phrase that is no field of the body (see the module's docstring): a person named after it
    (للباحث جورج فهمي), a singular agent noun of the فاعل pattern (للباحث، لخادم، لشاعر), or, after a place or a
    venue (a LOC mention), a verbal noun (ملعب قرطاج لاستئناف الفترة المسائية: a purpose)."""
    rest = _lam_rest(eng, k)
    if not rest or eng.gaz_at(k) is not None:
        return False
    if (k + 1 in persons and eng.person_after_lam(k)) or eng.agent_noun(strip_article(rest)):
        return True
    if r.type == "LOC" and not rest.startswith(_AL):
        rd = lexicon.reading(rest)
        return rd is not None and "m" in rd[0] and rd[1] <= 2
    return False


def _new_noun_phrase(eng: _Engine, k: int) -> bool:
    """Token k is a definite noun right after a definite word (حزب الله الجيش الإسرائيلي، المديرية العامة للجوازات
    الإخوة اليمنيين): no construct links two definite words, and a noun that is no adjective does not agree with the
    word before it, so it opens a new noun phrase (the object or the subject of the sentence's verb)."""
    tok, prev = eng.toks[k], eng.toks[k - 1]
    key = tok.info.key
    if tok.info.kind != "a" or not key.startswith(_AL) or len(key) < 5 or key.endswith(("ي", "يه")) \
            or key in eng.g.nationalities or key in eng.g.glossary:
        return False
    if not (prev.info.key.startswith(_AL) or prev.text.startswith("لل")):
        return False
    if key in _NUMERALS:
        return False  # مجموعة الدول الخمس: a numeral follows its noun
    rd = lexicon.reading(key)
    if rd is None or not ("n" in rd[0] or "m" in rd[0]) or "a" in rd[0] or "s" in rd[0] or "p" in rd[0] or rd[1] > 2:
        return False
    gz = eng.gaz_at(k, clitics=False)
    return gz is None or gz[2].type == "ORG"


def _cut(eng: _Engine, r: _Raw, named: set[str], persons: set[int]) -> tuple[int, list[_Raw]] | None:
    """(token the mention ends before, the mentions that the cut words give) for a mention that runs on."""
    toks = eng.toks
    wa = _known_before_wa(eng, r, named)
    if wa is not None:
        return wa, []  # (what follows the و may be a description: الحزب الجمهوري والصحف الأميركية)
    for k in range(r.t0 + 2, r.t1):
        if _not_field(eng, r, k, persons):
            return k, []
        if _new_noun_phrase(eng, k):
            body = eng.det_org(k)  # حزب الله الجيش الإسرائيلي: the new phrase may be a body of its own
            return k, [q for q in body[2] if q.t1 <= r.t1] if body is not None and body[0] <= r.t1 else []
        end = _place_after_bi(eng, k, r.t1)
        if end is not None:
            gz = eng.gaz_at(k)
            assert gz is not None
            return k, [_Raw(toks[k].start + 1, toks[end - 1].end, k, end, "LOC", gz[2], "gaz")]
        if _finite_verb(eng, k):
            return k, []
    return None


def edges_trimmed(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """ORG and LOC mentions of the detectors and the tagger end before ب + a known place, a finite verb, or a و
    after a known name (see the module's docstring); the cut words give their own mentions."""
    toks = eng.toks
    index: dict[int, int] = {}  # old index -> new index (``alias_of`` is re-pointed)
    parts: list[tuple[int, _Raw]] = []
    changed = False
    # one-word names of the article (الحوثي): a longer one may be a field that a و continues (هيئة السياحة
    # والتراث الوطني، لجنة الأمن والدفاع)
    named = {toks[r.t0].info.key for r in raws
             if r.type in ("ORG", "LOC") and r.t1 - r.t0 == 1 and toks[r.t0].start == r.start}
    persons = {r.t0 for r in raws if r.type == "PERSON"}
    for q, r in enumerate(raws):
        index[q] = len(parts)
        cut = None
        if r.type in ("ORG", "LOC") and r.how in _HOWS and r.t1 - r.t0 >= 2 \
                and toks[r.t0].start <= r.start < toks[r.t0].end:
            cut = _cut(eng, r, named, persons)
        if cut is None:
            parts.append((r.alias_of, r))
            continue
        k, more = cut
        changed = True
        parts.append((r.alias_of, _Raw(r.start, toks[k - 1].end, r.t0, k, r.type, None, r.how)))
        parts.extend((-1, m) for m in more)
    if not changed:
        return raws
    return [_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, index.get(alias, -1) if alias >= 0 else -1)
            for alias, r in parts]
