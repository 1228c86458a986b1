"""A sentence that opens with a circumstantial participle ("مثمناً …", "مشيراً إلى …") goes on with the
words of the subject before it: it has no subject of its own, and a person it names is an object ("مثمناً
موافقة الأمير فلان على …": the one thanked). The quotes_speakers search for the subject of a subject-less
speech verb or participle in the sentences before (``_previous_subject``) skips such a sentence rather
than taking the object for the speaker (session 15, batch 10: "… . مثمناً موافقة الأمير X … . موضحاً أن
…" was given to X).
"""

from __future__ import annotations

from ..core.arabic import DIACRITICS_RE
from .quotes_clauses import _PARTICIPLE_ADVERBS, _is_manner


def participle_lead(lead: str) -> bool:
    """Whether ``lead``, a sentence's text before a name, opens with a circumstantial participle (with or
    without و) followed by more words, not an adverb of that shape ("مؤخرا، قال فلان")."""
    words = DIACRITICS_RE.sub("", lead).split()
    if len(words) < 2:
        return False
    w = words[0][1:] if words[0].startswith("و") and len(words[0]) > 5 else words[0]
    return _is_manner(w) and w not in ("قائلا", "قائلة") and w not in _PARTICIPLE_ADVERBS and not w.endswith("،")
