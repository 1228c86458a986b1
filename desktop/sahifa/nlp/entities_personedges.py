"""Words at the edge of a person's mention that are no part of the name (session 16): a prayer said after a
person's name, and a noun of an era or a rule before it.

* **A prayer after the name** (:func:`without_prayer`): رضي الله عنه، رحمه الله، رحمة الله عليه، غفر الله له،
  حفظه الله … are said of the person just named; the verb or noun before الله is no word of the name, though the
  models read it as the family name (ابن عباس رضي، عبدالرحمن رحمة، سعود غفر). It is cut off, and what is left is
  kept even when it is a given name alone (the prayer says it names someone); a mention that is only the prayer's
  word goes.
* **An era before the name** (:func:`without_era`): عهد "era", حكم "rule", عصر، زمن، حقبة after a preposition
  (في عهد السيسي، منذ عهد القذافي، تحت حكم النازي) or with one fused (بعهد) name the time of someone's rule, not a
  person called عهد or حكم. The head-word is cut off; the rest is kept when it is a name of two words or more, a
  person the gazetteer knows or a word of another person's mention of the article (السيسي، معمر القذافي …
  القذافي), else the mention goes (النازي "the Nazi").

* **حسن + a noun** (:func:`good_manners`): حسن "goodness" in the construct state before the nouns of its set
  phrases (حسن الظن، من حسن حظي، حسن تعامله، حسن النية، حسن الجوار) is no man called Hassan; a mention that
  starts with it there goes.

* **A dual noun and its adjective** (:func:`dual_phrase`): مصدران رسميان "two official sources", كهفان بوذيان
  "two Buddhist caves": the dual of a common noun and the dual of a nisba adjective, which the models read as an
  unknown foreign name of two words.

The word lists are closed classes (the prayers said after a name, the nouns of a period), folded.
"""

from __future__ import annotations

from ..core.arabic import fold
from .entities_engine import _Engine
from .entities_givenunits import unit_given
from .entities_words import _given, _Raw
from .lexicon import reading

__all__ = ["dual_phrase", "good_manners", "without_era", "without_on", "without_prayer"]

#: the first word of a prayer said after a person's name, before الله (folded): رضي الله عنه، رحمه الله، رحمة الله
#: عليه، يرحمه الله، غفر الله له، حفظه الله، يحفظه الله، رعاه الله، أيده الله، تغمده الله برحمته، صلى الله عليه
#: وسلم، أطال الله عمره، شفاه الله، عافاه الله
_PRAYERS = frozenset(fold(w) for w in (
    "رضي رضى رحمه رحمها رحمهما رحمهم رحمة يرحمه يرحمها يرحمهم غفر يغفر حفظه حفظها حفظهم حفظهما يحفظه يحفظها "
    "يحفظهم رعاه رعاها يرعاه أيده يؤيده تغمده تغمدها صلى أطال شفاه شفاها عافاه عافاها").split())

#: nouns of a period before the name of who ruled it (folded): عهد، حكم، عصر، زمن، حقبة
_ERAS = frozenset(fold(w) for w in ("عهد", "حكم", "عصر", "زمن", "حقبة"))

#: prepositions and adverbs of time before an era noun (folded): في عهد، منذ عهد، تحت حكم، إبان حكم …
_ERA_PREPS = frozenset(fold(w) for w in (
    "في", "وفي", "منذ", "ومنذ", "خلال", "إبان", "ابان", "طوال", "أثناء", "قبل", "بعد", "حتى", "تحت", "من", "إلى",
    "على", "عن", "وخلال", "وتحت", "وبعد", "وقبل"))

_ALLAH = fold("الله")


def without_on(eng: _Engine, r: _Raw) -> _Raw:
    """The person's mention without the preposition على "on" the models took for the given name علي (session 16,
    round 2; blind batch 11): المبلغ المعروض على سابيلا، يتفوق ميسي على مارادونا، وسيكون على نافاس … name the
    person after it. Written with ى and followed by a word that is no given name nor بن/بنت (الشاعر على بن خميس،
    على عبدالله: Ali, as some papers spell it with ى), it is cut off; else the mention itself."""
    toks = eng.toks
    if r.t1 - r.t0 < 2 or r.start != toks[r.t0].start or toks[r.t0].text != "على" or toks[r.t0 + 1].brk:
        return r
    nxt = toks[r.t0 + 1].info.key
    if nxt in ("بن", "بنت", "ابن", "ابو") or _given(eng.g, nxt) or unit_given(nxt):
        return r
    return _Raw(toks[r.t0 + 1].start, r.end, r.t0 + 1, r.t1, r.type, r.entry, r.how, r.alias_of)


def without_prayer(eng: _Engine, r: _Raw) -> _Raw | None:
    """The person's mention without the first word of a prayer at its end (see the module's text); None when
    nothing else is left; the mention itself when no prayer follows."""
    toks = eng.toks
    last = r.t1 - 1
    nxt = r.t1
    if nxt >= eng.n or toks[nxt].brk or toks[nxt].info.key != _ALLAH or toks[last].info.key not in _PRAYERS:
        return r
    if r.start > toks[last].start or last == r.t0:
        return None  # رحمه (الله) alone: the prayer, no name
    return _Raw(r.start, toks[last - 1].end, r.t0, last, r.type, r.entry, r.how, r.alias_of)


def _era_head(eng: _Engine, r: _Raw) -> bool:
    """The mention starts with an era noun after a preposition of time on the same line, or with one fused to it."""
    toks = eng.toks
    tok = toks[r.t0]
    if any(o > 0 and k in _ERAS and tok.text[:1] in "بل" for o, k, _st in tok.info.forms):
        return True  # بعهد، لحكم: the preposition fused
    prev = r.t0 - 1
    return r.start == tok.start and tok.info.key in _ERAS and prev >= 0 and not tok.brk \
        and toks[prev].info.key in _ERA_PREPS


def without_era(eng: _Engine, raws: list[_Raw], r: _Raw) -> _Raw | None:
    """The person's mention without an era noun at its start (see the module's text); None when what is left names
    no one; the mention itself when it starts with none."""
    if r.t1 - r.t0 < 2 or not _era_head(eng, r):
        return r
    toks = eng.toks
    t0 = r.t0 + 1
    short = _Raw(toks[t0].start, r.end, t0, r.t1, r.type, None, r.how, r.alias_of)
    if r.t1 - t0 >= 2:
        return short
    gz = eng.gaz_at(t0, clitics=False)
    if gz is not None and gz[0] == 0 and gz[1] == r.t1 and gz[2].type == "PERSON":
        return short
    key = toks[t0].info.key
    if any(o is not r and o.type == "PERSON" and o.t1 - o.t0 >= 2 and toks[o.t1 - 1].info.key == key
           and not _era_head(eng, o) for o in raws):
        return short  # معمر القذافي … منذ عهد القذافي
    return None


#: the nouns after حسن "good" in its set phrases (folded, without the article and a pronoun): حسن الحظ، حسن الظن،
#: حسن التعامل، حسن النية، حسن الخلق، حسن السيرة، حسن الجوار، حسن التصرف، حسن الأداء، حسن الاستقبال، حسن الضيافة،
#: حسن التنظيم، حسن الإدارة، حسن الاختيار، حسن الخاتمة، حسن النصح، حسن التدبير، حسن السير، حسن المعاملة، حسن الاستغلال،
#: حسن الاستخدام، حسن التقدير، حسن العشرة، حسن الأدب، حسن الطالع، حسن الصنيع، حسن السلوك، حسن التخطيط، حسن الإصغاء
_GOOD_NOUNS = frozenset(fold(w) for w in (
    "حظ ظن تعامل نية نيه خلق أخلاق سيرة جوار تصرف أداء استقبال ضيافة تنظيم إدارة اختيار خاتمة نصح تدبير سير معاملة "
    "استغلال استخدام تقدير عشرة أدب طالع صنيع سلوك تخطيط إصغاء استماع توزيع").split())
#: the pronoun suffixes of a noun (folded), longest first: حظي، حظنا، تعامله، نيتهم
_SUFFIXES = ("هما", "كما", "هم", "ها", "كم", "هن", "نا", "ه", "ي", "ك")
_HASAN = fold("حسن")


def _good_noun(key: str) -> bool:
    """A folded word is one of :data:`_GOOD_NOUNS`, with the article or a pronoun suffix (نيتهم: نية + هم)."""
    if key.startswith("ال"):
        key = key[2:]
    if key in _GOOD_NOUNS:
        return True
    for suf in _SUFFIXES:
        if key.endswith(suf) and len(key) > len(suf) + 1:
            stem = key[: -len(suf)]
            if stem in _GOOD_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in _GOOD_NOUNS):
                return True
    return False


def good_manners(eng: _Engine, r: _Raw) -> bool:
    """The mention starts with حسن in the construct state before the noun of one of its set phrases, inside the
    mention or right after it (see the module's text)."""
    toks = eng.toks
    tok = toks[r.t0]
    off = r.start - tok.start
    if next((k for o, k, _st in tok.info.forms if o == off), "") != _HASAN:
        return False
    nxt = r.t0 + 1
    if nxt >= eng.n or toks[nxt].brk or toks[nxt].info.kind != "a":
        return False
    key = toks[nxt].info.key
    if _given(eng.g, key) or unit_given(key) or not _good_noun(key):
        return False
    if key not in _GOOD_NOUNS:
        return True  # حسن الظن، حسن حظي، حسن تعامله: with the article or a pronoun
    after = nxt + 1  # a bare noun: in construct with a common word (حسن ظن خادم الحرمين), or at the clause's end
    if after >= eng.n or toks[after].brk or toks[after].info.kind != "a":
        return True
    k2 = toks[after].info.key
    if k2.startswith("ال") and len(k2) >= 5 and eng.text[toks[after].start:toks[after].end].rstrip()[-1:] == "ي":
        return False  # حسن طالع المالكي: a given name, the father's and a family nisba
    r2 = reading(k2)
    return r2 is not None and r2[0] != "p" and r2[1] <= 2  # (not before an unknown family name)


def _dual_of(key: str, tags: str, level: int) -> bool:
    """The folded word is a dual in ان/ين of a word the dictionary reads with one of ``tags`` ('n', 'a', 's'),
    never as a proper noun, seen at least at ``level``."""
    if len(key) < 5 or not key.endswith(("ان", "ين")):
        return False
    r = reading(key[:-2])
    return r is not None and any(t in r[0] for t in tags) and r[1] == 0 and r[2] >= level


def dual_phrase(eng: _Engine, r: _Raw) -> bool:
    """The mention is the dual of a common noun (no given name) and one or two duals of nisba adjectives
    (مصدران رسميان فرنسيان، كهفان بوذيان): two things, no one's name."""
    if r.t1 - r.t0 not in (2, 3) or r.start != eng.toks[r.t0].start:
        return False
    first = eng.toks[r.t0].info.key
    return not _given(eng.g, first) and _dual_of(first, "na", 6) and all(
        eng.toks[k].info.key.endswith(("يان", "يين")) and _dual_of(eng.toks[k].info.key, "as", 6)
        for k in range(r.t0 + 1, r.t1))
