"""An edition's ordinal in English order (session 16): English writes the ordinal of an event or a body
first, Arabic last, after the name the head governs (ملتقى شباب الباحة الثاني, حكومة هولاند الأولى). The glossary
composes an ordinal right after a definite head in English order already (المؤتمر الدولي الأول → First
International Conference), but one after a name complement came out in the middle ("Al Bahah Youth Second
Forum"); it is moved to the front ("Second Al Bahah Youth Forum").

After a given name the ordinal is a ruler's number, written in Roman numerals where it stands
(جامعة محمد الخامس → Mohammed V University, not Mohammed Fifth University).
"""

from __future__ import annotations

from ..core.arabic import fold
from .gazetteer import gazetteer
from .labels_sources import Label

__all__ = ["ordinal_first"]

#: a ruler's number after his name
_ROMAN = dict(zip(("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"),
                  ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"), strict=True))
#: the ordinals one to ten, masculine and feminine, folded, and their English (a closed word class)
_ORDINALS: dict[str, str] = {fold(ar): en for ars, en in (
    ("الأول الأولى", "First"), ("الثاني الثانية", "Second"), ("الثالث الثالثة", "Third"),
    ("الرابع الرابعة", "Fourth"), ("الخامس الخامسة", "Fifth"), ("السادس السادسة", "Sixth"),
    ("السابع السابعة", "Seventh"), ("الثامن الثامنة", "Eighth"), ("التاسع التاسعة", "Ninth"),
    ("العاشر العاشرة", "Tenth"),
) for ar in ars.split()}


def ordinal_first(name: str, label: Label | None) -> Label | None:
    """``label`` (composed for ``name``) with the English ordinal of the name's last word moved to its front."""
    if label is None:
        return None
    toks = name.split()
    if len(toks) < 3:
        return label
    english = _ORDINALS.get(fold(toks[-1]))
    if english is None:
        return label
    words = label.text.split()
    if words.count(english) != 1:
        return label
    if gazetteer().given_name(toks[-2]) is not None:
        at = words.index(english)
        words[at] = _ROMAN[english]
        return Label(" ".join(words), label.source)
    if words[0] == english:
        return label
    words.remove(english)
    return Label(" ".join((english, *words)), label.source)
