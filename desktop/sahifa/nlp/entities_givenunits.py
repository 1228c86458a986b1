"""Given names of people with a Wikidata entry that the entity engine's lists lack (session 16).

The gazetteer's given names (``resources/gazetteer/given_names.tsv`` and the Wikidata extra list) miss many names
that are also common words, feminine ones above all (عالية "high", سامية "lofty"). After a direct title the engine
took only a name those lists know, so ``الدكتورة عالية الغامدي`` gave no person. ``resources/names/name_units.tsv``
(the arabic-name-romanizer's name units, Wikidata, CC0; see resources/names/ATTRIBUTION) holds the single words of
the names of people with a Wikidata entry and how many bear them: a word borne by three or more, without the
article, is read as a given name **only** after a direct title and before a family name
(:meth:`sahifa.nlp.entities_people._People.person_from`).
"""

from __future__ import annotations

from importlib import resources

from ..core.once import Once

__all__ = ["unit_given"]

#: the fewest bearers a word needs in name_units.tsv to be read as a given name after a title
_MIN_BEARERS = 3


def _load() -> frozenset[str]:
    text = resources.files("sahifa.resources").joinpath("names", "name_units.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2].isdigit() and int(parts[2]) >= _MIN_BEARERS and not parts[0].startswith("ال"):
            out.add(parts[0])
    return frozenset(out)


_ONCE: Once[frozenset[str]] = Once(_load)


def unit_given(key: str) -> bool:
    """The folded word is the given name of three or more people with a Wikidata entry (عاليه، ساميه)."""
    return len(key) >= 3 and key in _ONCE.get()
