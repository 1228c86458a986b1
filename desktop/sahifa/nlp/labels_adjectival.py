"""A family name that is an Arabic adjective with the article (العتيق, المنيع, العكيك), read on the
adjective's pattern faʿīl as the Gulf press prints it (Al-Ateeq, Al-Manea, Al-Akeek), not on the
diminutive pattern fuʿayl (Al-Otaiq, Al-Munaie, Al-Okaik) that :func:`~.translit.diminutive` gives the
same letters (ال + C1 C2 ي C3).

Saudi family names are very often diminutives (الدحيم Al-Duhaim, الربيش Al-Rubaish), which are no common
word: Arramooz (:mod:`.lexicon`) does not list them, lists them as proper nouns only (جبير, غنيم), or without a
frequency (مجيش). A family name whose bare word it lists as an adjective its frequency list has met (عتيق
"old", منيع "impregnable", طبيب "physician", عظيم "great") is that adjective, a nickname become a name, and
keeps the adjective's vowels: a before C2, the long ī written ee after it, as the Gulf press writes such
names. Used only for a family name no source knows (a guess, marked as one); a diminutive the name index
attests (الخضير, Al-Khudair) stays (:meth:`~.labels_people.PersonLabels._word_spelling`).
"""

from __future__ import annotations

from ..core.arabic import fold
from .lexicon import entry
from .translit import _CONS

_YA = "ي"
_AIN = "ع"
_WEAK = frozenset("اآأإىيوةءؤئ")


def adjectival_surname(word: str) -> str | None:
    """ال + C1 C2 ي C3 whose bare word is an adjective of the lexicon → Al-C1aC2eeC3 (ع first: A; ع last:
    -ea, as Al-Manea, Al-Rabea), else None."""
    if not word.startswith("ال") or len(word) != 6 or word[4] != _YA:
        return None
    c1, c2, c3 = word[2], word[3], word[5]
    if c2 in _WEAK or c3 in _WEAK or c2 == _AIN or c1 in _WEAK:
        return None
    if (c1 not in _CONS and c1 != _AIN) or c2 not in _CONS or (c3 not in _CONS and c3 != _AIN):
        return None
    found = entry(fold(word[2:]))
    if found is None or "a" not in found[0] or found[2] < 0:
        return None  # not an adjective, or one the frequency list never met (a diminutive: مجيش)
    head = _CONS[c1] + "a" if c1 != _AIN else "A"
    tail = "ea" if c3 == _AIN else "ee" + _CONS[c3]
    stem = head + _CONS[c2] + tail
    return "Al-" + stem[0].upper() + stem[1:]
