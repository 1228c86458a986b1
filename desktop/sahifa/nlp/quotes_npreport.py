"""A verb's preposition followed by a noun phrase is no quote: "أشار إلى عودة المرافق", "أكد على أهمية …".

The gold conventions make noun-phrase reports optional ("يشير المراسل إلى طرد …", "أفاد … بتحرير …",
"كشفت عن …"): an annotator may leave them out, and most do. In train+tune the engine's 25 such quotes
(content right after the verb's preposition, no complementizer) were 15 optional gold items, 8 false
positives and 2 hits; dropping them trades those 2 hits for the 8 false positives. What follows a
preposition is still a quote when it is a complementizer clause ("أشار إلى أن …", handled before this
check), a colon or a quotation ("أشار إلى: «…»").

Leaf module (no import from the other quotes modules), read by quotes_extract._Extractor.content_start.
"""

from __future__ import annotations

_MARKS = frozenset(':«“"„')
# the prepositions of pointing, stressing and revealing ("أشار إلى", "أكد على", "كشف عن"); not من ("حذر من
# تباطؤ النمو": a warning's object, a quote in the older fictional gold)
NP_PREPS = frozenset("إلى الى على عن".split())


def noun_phrase_report(toks: list[str], k: int) -> bool:
    """Whether the token at ``k``, right after a speech verb's preposition (``NP_PREPS``) that no
    complementizer follows, opens a noun phrase (a word) that no colon or quotation follows within four tokens ("وقال الوزير
    مشيرا إلى فلان «…»": whom he meant, then his words)."""
    return 0 < k < len(toks) and toks[k - 1] in NP_PREPS and toks[k][:1].isalpha() \
        and not any(t in _MARKS for t in toks[k : k + 5])
