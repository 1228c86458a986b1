"""A name that begins with ل right after a speech verb is the speaker, not whom the words were told to.

"وقال لـX" / "قال للصحيفة" is "said to X": the speaker phrase reader (quotes_phrases._np_forward) stops at
a word that starts with ل right after the verb, unless the word is an unambiguous given name ("قالت لبنى
…"). Surnames and foreign names that begin with ل ("وقال لامبارد:", "وأضاف لوكاكو: «…»") are not
given names, so the verb lost its speaker and the quote was dropped. The entity engine reads the whole
word as a PERSON mention starting at the ل (it would start after the ل for "told X": "قال لسامي" is
a mention of "سامي"): that mention is the test here (``quotes_phrases._Entities.person_starts_at``).

Read by quotes_extract._Extractor._verb.
"""

from __future__ import annotations

from .quotes_phrases import _Entities


def lam_person(tok: str, start: int, ents: _Entities) -> bool:
    """Whether the token ``tok`` (at original offset ``start``), a word of more than three letters that
    begins with ل, is where a PERSON mention of ``ents`` begins, so that its ل is a letter of the name
    rather than the preposition."""
    if len(tok) <= 3 or tok[0] != "ل" or tok.startswith("لل"):
        return False
    return ents.person_starts_at(start)
