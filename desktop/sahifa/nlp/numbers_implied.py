"""A bare figure whose scale and currency the sentence implies: "929.2 مليون ريال مقارنة بنحو 895 في
2013" (895 million riyals). Used by ``numbers`` on the resolved mentions; no state."""

from __future__ import annotations

import re
from dataclasses import replace

from ..core.model import NumberMention

# the scale words of an amount, in its span
_SCALE_WORDS = (("مليار", 1_000_000_000), ("مليون", 1_000_000), ("ملايين", 1_000_000))
# what joins the amount to the figure compared with it: "مقارنة بنحو", "مقارنة مع", "بالمقارنة مع", "مقابل"
_COMPARED = re.compile(r"(?:(?:بال)?مقارنة\s*(?:ب|بـ|مع)\s*(?:نحو|حوالي)?|مقابل\s*(?:نحو|حوالي)?)\s*$")


def _implied_scale(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A bare count below a thousand compared with the money amount just before it takes the amount's
    scale and currency when the two are of one magnitude (within a factor of ten)."""
    out: list[NumberMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "count" and m.counted is None and m.unit is None and m.value \
                and m.value_max is None and prev.kind == "money" and prev.value and m.start - prev.end <= 30 \
                and "." not in text[prev.end : m.start] and _COMPARED.search(text, prev.end, m.start):
            scale = next((v for w, v in _SCALE_WORDS if w in prev.text), 0)
            # below a thousand: "مقارنة بـ1.200 في العام" (1,200 people, thousands grouped) keeps its count
            if scale and m.value < 1000 and 0.1 <= m.value * scale / prev.value <= 10 \
                    and m.text.replace(".", "").isdigit():
                m = replace(m, value=m.value * scale, kind="money", unit=prev.unit)
        out.append(m)
    return out
