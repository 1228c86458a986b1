"""A state named by its official form (issue #13): the head republic, kingdom or sultanate and the
country's nisba (الجمهورية اليمنية, الجمهورية التونسية, السلطنة العمانية, optionally with العربية,
الإسلامية, الهاشمية … before it) is the country, labelled as the gazetteer labels the official forms it
holds (المملكة المغربية → Morocco, الجمهورية العربية السورية → Syria): by the country's short name. The
nisba is the country's name + ية (اليمن → اليمنية, تونس → التونسية, لبنان → اللبنانية; فرنسا → الفرنسية, سوريا → السورية);
only a gazetteer entry of kind ``country`` counts (الجمهورية الإسلامية alone is no country)."""

from __future__ import annotations

from .gazetteer import gazetteer

__all__ = ["official_state"]

_HEADS = frozenset({"الجمهورية", "جمهورية", "المملكة", "مملكة", "السلطنة", "سلطنة"})
# adjectives an official form may carry before the nisba of the country
_QUALIFIERS = frozenset({"العربية", "الإسلامية", "الاسلامية", "الاتحادية", "الديمقراطية", "الديموقراطية",
                         "الشعبية", "الهاشمية", "الفيدرالية", "الفدرالية", "الاشتراكية"})


def official_state(name: str) -> str | None:
    """The English short name of the country ``name`` names by its official form, or None."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] not in _HEADS or any(w not in _QUALIFIERS for w in words[1:-1]):
        return None
    nisba = words[-1]
    if not nisba.startswith("ال") or not nisba.endswith("ية") or len(nisba) < 6:
        return None
    stem = nisba[2:-2]
    g = gazetteer()
    for candidate in ("ال" + stem, stem, stem + "ا", stem + "يا"):
        entry = g.lookup(candidate)
        if entry is not None and entry.type == "LOC" and entry.kind == "country":
            return entry.label_en
    return None
