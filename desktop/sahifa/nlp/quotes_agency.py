"""Two small rules of the quote writer: a news agency named by its nationality alone ("…، وفقا للفرنسية.")
and the fused complementizer kept in a reported clause ("قال إنه …").

Wire copy in Saudi papers closes a paragraph with the agency that supplied it, its head-word وكالة (الصحافة)
elided: "الفرنسية" is Agence France-Presse, "الألمانية" the Deutsche Presse-Agentur. The source attribution
(quotes_sources._source) rejects a bare definite noun after وفقا لـ / حسب as a measure ("وفق الآليات
المتبعة"); a definite feminine nationality adjective alone, closing its sentence, is no measure but the
agency. Nationalities come from the gazetteer (nationalities.tsv), so no agency names are listed here.

Leaf module (no import from the other quotes modules), read by quotes_sources.
"""

from __future__ import annotations

import re

from ..core.arabic import fold
from .gazetteer import gazetteer

_CLOSERS = frozenset(".!؟?")


def agency_nisba(toks: list[str], a: int, b: int) -> bool:
    """Whether the source phrase ``toks[a:b]`` after a source cue is one definite feminine nationality
    adjective ("للفرنسية", "الألمانية") that ends its sentence: an agency with its head-word elided."""
    if b - a != 1 or (b < len(toks) and toks[b] not in _CLOSERS):
        return False
    w = toks[a]
    if w.startswith("لل"):
        w = "ال" + w[2:]
    if not w.startswith("ال") or not w.endswith("ية") or len(w) < 7:
        return False
    return fold(w) in gazetteer().nationalities


_FUSED = re.compile(r"^[إأا]ن(?:ه|ها|هم|هما|هن|نا|ني|ني)$")


def fused_complementizer(t: str) -> bool:
    """إن/أن with an attached pronoun ("إنه", "أنها", "إنهم", "أننا"), without a preposition or a
    conjunction before it: the subject of the reported clause, which the gold keeps in the quote (153 of
    158 reported clauses after one in train+tune). Not "بأنه" / "فإنه" (a link word, dropped)."""
    return _FUSED.match(t) is not None
