"""The dictionary's word on a place the head-word rules named: "places" that are one common word.

The place detectors take the word after a head-word (منطقة، مناطق، إدارة، ناحية، مدينة، قاعدة، جبال …) or after
a preposition in a place's context for a place's name, and the engine then copies that name to the article's
other places. On real news the word is often no name at all (seen on unannotated SaudiNewsNet articles, session
13, and in a blind batch's false positives), and one wrong mention becomes four:

- a verbal noun (مناطق النفوذ "areas of influence", إدارة المرور "the traffic department", من ناحية الأداء "as
  for the performance", إدارة الاختلاف "managing disagreement", دولة الخلافة "the caliphate state");
- a very frequent common noun (مناطق الجسم "areas of the body", إدارة المهرجان "the festival's management",
  إدارة الغرفة "the chamber's board", عاصمة الدنيا "the capital of the world");
- an indefinite feminine adjective that agrees with the head (قرية هادئة "a quiet village", جبال شاهقة "towering
  mountains", قاعدة جماهيرية "a fan base", بولاية خامسة "a fifth term");
- a verb (كمدينة تزخر "as a city rich in", ساحة تستوعب "a square that holds").

Arramooz (:mod:`sahifa.nlp.lexicon`) knows these words and knows that they are never proper nouns. Places
named by such a word exist, and they are named after an administrative head: محافظة حجة، محافظة الدرب، مركز
القصب، حي الشرطة، ميناء عصب. So the check is skipped after those heads, and for any word the gazetteer or a
given-name list knows.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_words import _given, _Raw, _verb_shaped
from .lexicon import reading

__all__ = ["common_place_word", "without_copies_of"]

_AL = "ال"
#: heads of administrative units and concrete places whose names are often common words (محافظة حجة، مركز الوقف،
#: حي الشرطة، ميناء عصب، مخيم الهول), folded: after them the word is the place's name
_ADMIN_HEADS = frozenset({"محافظه", "مركز", "ميناء", "حي", "قريه", "بلده", "مديريه", "اقليم", "بلديه", "احياء",
                          # and of cities and concrete places named by a word: مدينة الأبيض، مخيم الهول، شارع الهرم
                          "مدينه", "مخيم", "مخيمات", "سجن", "شارع", "طريق", "جبل", "جبال", "وادي", "جزيره", "حديقه", "منتزه"})
#: the Kingdom (المملكة): Saudi Arabia in Saudi news, a place the gold always tags (مناطق المملكة)
_HOME = frozenset({"المملكه"})
#: a verbal noun's least frequency level (6: some 1,000 times in Arramooz's list); a common noun's (9: 30,000)
_MASDAR_LEVEL = 6
_NOUN_LEVEL = 9
#: the least frequency level of the masculine of an agreeing feminine adjective (7: some 3,000 times)
_ADJECTIVE_LEVEL = 7


def _admin_head(eng: _Engine, r: _Raw) -> bool:
    k = r.t0
    if k == 0 or eng.toks[k].brk:
        return False
    return any(fk in _ADMIN_HEADS for _o, fk, _st in eng.toks[k - 1].info.forms)


def common_place_word(eng: _Engine, r: _Raw) -> bool:
    """A one-word place of the head-word or context rules (how "loc") that Arramooz knows as a verbal noun, a very
    frequent common noun (after no administrative head), an agreeing adjective or a verb and never as a proper
    noun, unknown to the gazetteer and no given name."""
    if r.type != "LOC" or r.how != "loc" or r.t1 - r.t0 != 1:
        return False
    tok = eng.toks[r.t0]
    if tok.info.kind != "a" or eng.gaz_at(r.t0) is not None:
        return False
    key = next((k for off, k, _st in tok.info.forms if tok.start + off == r.start), tok.info.key)
    if key in _HOME or _given(eng.g, key) or _given(eng.g, key.removeprefix(_AL)):
        return False
    rd = reading(key)
    if rd is None:  # تستوعب، تستورد: a long imperfect verb the dictionary has only as its stem
        return len(key) >= 5 and key[0] in "تي" and not key.startswith(_AL) and _verb_shaped(key)
    tags, share, level = rd
    if "p" in tags or share > 0:
        return False
    if tags == "v":
        return share == 0  # تزخر (not ضبا, read as an inflected verb: Duba)
    if not key.startswith(_AL) and tok.text.rstrip(AR_DIACRITICS).endswith("ة") and "a" in tags \
            and set(tags) <= {"a", "n", "s"}:
        base = reading(key[:-1])  # قرية هادئة، قاعدة جماهيرية: a frequent adjective agrees with the head
        return base is not None and "a" in base[0] and base[2] >= _ADJECTIVE_LEVEL  # (not قرية بطينة)
    if share < 0 or _admin_head(eng, r):  # an inflection the frequency list lacks; محافظة حجة، حي الشرطة
        return False
    if "m" in tags and level >= _MASDAR_LEVEL:
        return True
    return level >= _NOUN_LEVEL


def without_copies_of(raws: list[_Raw], dropped: set[int]) -> set[int]:
    """The indices of the engine's copies (how "prop") of the mentions ``dropped``: they copied a word that is no
    name, and go with it."""
    return {i for i, r in enumerate(raws) if r.how == "prop" and r.alias_of in dropped}
