"""A pedigree after a title names its father whatever word he bears (session 15, round 2, #12).

In ``الشيخ سالم بن نومة`` or ``اللواء فهد بن مطر`` the title and the given name make the mention a person's, and
بن/بنت says that a father's or a family name follows: so the word after it is that name even when the dictionary
reads it as a common noun (نومة "sleep", مطر "rain"), where the ordinary rule wants a given name or a word
that is no common word. Only a plain word qualifies: a word of the script, of three letters or more, that is no
function word, no title or head-word, no entity of the gazetteer, and carries no ل/ب of a complement
(بن لمرض: no father's name) nor و of a second item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entities_words import _AL

if TYPE_CHECKING:
    from .entities_people import _People

#: words that never follow بن as a name (function words, folded)
_NOT_NAMES = frozenset({
    "في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "ان", "او", "ثم", "قد", "لم", "لن", "هذا", "هذه", "ذلك",
    "تلك", "كان", "كانت", "بعد", "قبل", "عند", "حيث", "كما", "لدي", "منذ", "حتي", "خلال", "بين", "غير", "نحو",
})


def titled_pedigree(scan: _People, k: int) -> bool:
    """Token ``k``, right after بن/بنت that follows a titled given name, is the father's or family name."""
    if not scan.contiguous(k):
        return False
    tok = scan.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or len(key) < 3 or key in _NOT_NAMES or key.startswith(_AL + "ل"):
        return False
    if scan.cue_at(k) is not None:
        return False
    gz = scan.gaz_at(k)
    if gz is not None and gz[2].type != "PERSON":
        return False
    given = key in scan.g.given_names
    if not given and tok.text[:1] in "وف" and len(tok.info.forms) > 1:
        return False  # بن سالم وفهد …: و + a word starts the next item
    return given or not scan.lam_noun(k)
