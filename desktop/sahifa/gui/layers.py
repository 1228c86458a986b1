"""Highlight layers for both reading panes, without Qt: the Arabic runs come from the analysis, the
English ones are found in the aligned English unit (sentence or paragraph) of each Arabic mention.

Why in the English text and not by projecting offsets: the English is a translation, so the only link
between the two texts is the sentence alignment. Inside an aligned unit an entity is found by its
English names (label, gazetteer aliases such as ISIS for the Islamic State, a person's surname), longest
first, at word boundaries and never inside a longer capitalised name ("Syria" is not lit inside
"Syrian Democratic Forces" nor "Syria Kurdish …"); a figure by its value written in digits (or words up
to twenty); a quote tints the aligned unit(s). Every layer therefore shows on both sides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sahifa.core.model import Analysis, EntityMention, NumberMention

ENTITY_COLORS = {
    "PERSON": "#0072B2",  # blue
    "ORG": "#D55E00",     # vermillion
    "LOC": "#009E73",     # bluish green
    "MISC": "#CC79A7",    # reddish purple
}
NUMBER_COLOR = "#E69F00"  # orange
QUOTE_COLOR = "#56B4E9"   # sky blue


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    layer: str            # entities | numbers | quotes | speakers | notes | mirror | filter
    color: str
    tooltip: str = ""
    key: str | None = None  # entity key, for filter lighting
    bold: bool = False
    underline: bool = False


@dataclass
class Alignment:
    """Units that correspond across panes: (ar_start, ar_end) ↔ (en_start, en_end)."""

    ar: list[tuple[int, int]] = field(default_factory=list)
    en: list[tuple[int, int]] = field(default_factory=list)

    def unit_at(self, side: str, pos: int) -> int | None:
        ranges = self.ar if side == "ar" else self.en
        starts = [s for s, _ in ranges]
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i < len(ranges) and ranges[i][0] <= pos <= ranges[i][1]:
            return i
        return None

    def units_over(self, side: str, start: int, end: int) -> list[int]:
        """The units of ``side`` that overlap [start, end) (a note or a quote over several sentences)."""
        ranges = self.ar if side == "ar" else self.en
        return [i for i, (s, e) in enumerate(ranges) if s < max(end, start + 1) and e > start]


# --- English names of entities ----------------------------------------------------------------------

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


@lru_cache(maxsize=1)
def gazetteer_aliases() -> dict[str, tuple[str, ...]]:
    """English label → the Latin spellings the gazetteer lists among its names (ISIS, ISIL, SDF).

    Read from the gazetteer files (a few ms, once): the GUI asks the data, not the NLP engine."""
    out: dict[str, list[str]] = {}
    for name, names_col, label_col in (("countries.tsv", 2, 1), ("places.tsv", 0, 1), ("orgs.tsv", 0, 1),
                                       ("persons.tsv", 0, 1)):
        try:
            text = resources.files("sahifa.resources").joinpath("gazetteer", name).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError):
            continue
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) <= max(names_col, label_col):
                continue
            latin = [n.strip() for n in cols[names_col].split("|") if _LATIN.match(n.strip())]
            if latin:
                out.setdefault(cols[label_col].strip(), []).extend(latin)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def english_forms(label: str, etype: str, extra: Sequence[str] = ()) -> list[str]:
    """Every English form an entity may take in a translation, longest first."""
    label = label.strip()
    forms: set[str] = {label, *extra, *gazetteer_aliases().get(label, ())}
    for f in list(forms):
        if f.lower().startswith("the "):
            forms.add(f[4:])
    if etype == "PERSON":
        words = label.split()
        if len(words) > 1:
            last = words[-1]
            forms.add(last)
            if "-" in last and last.split("-", 1)[0].lower() in ("al", "el", "ad", "ar", "as", "an", "at"):
                forms.add(last.split("-", 1)[1])
    for f in list(forms):
        low = f.lower()
        if low.startswith(("al-", "el-")) and len(f) > 5:
            forms.add(f[3:])
    return sorted((f for f in forms if len(f) >= 2), key=lambda f: (-len(f), f))


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])", re.IGNORECASE)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when a match continues a longer capitalised name: "Syria Kurdish Council", "Deir ez-Zor"."""
    after = text[end:end + 2]
    if len(after) == 2 and after[0] in " -" and after[1].isupper():
        return True
    before = text[max(0, start - 2):start]
    return len(before) == 2 and before[1] == "-" and before[0].isalpha() and before[0].isupper()


def find_forms(text: str, lo: int, hi: int, forms: Sequence[str], claimed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every unclaimed occurrence of any of ``forms`` in text[lo:hi] (claims them)."""
    found: list[tuple[int, int]] = []
    for form in forms:
        for m in _form_pattern(form).finditer(text, lo, hi):
            s, e = m.span()
            if form[0].isupper() and not text[s].isupper():
                continue  # "syria" in running lower case is not the name
            if _inside_longer_name(text, s, e):
                continue
            if any(s < ce and cs < e for cs, ce in claimed):
                continue
            claimed.append((s, e))
            found.append((s, e))
    return found


# --- figures ---------------------------------------------------------------------------------------

_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _plain(v: float) -> str:
    return f"{int(v)}" if float(v).is_integer() else f"{v:g}"


def number_forms(n: NumberMention) -> list[str]:
    """How a figure's value is written in English: 1,200 / 1200 / 200 million / 3.5 / three."""
    forms: list[str] = []
    v = n.value
    if v is not None and not n.vague:
        fv = float(v)
        if fv.is_integer():
            iv = int(fv)
            forms += [f"{iv:,}", str(iv)]
            for scale, word in ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")):
                if iv >= scale and iv % (scale // 10) == 0:
                    forms.append(f"{_plain(iv / scale)} {word}")
                    break
            if 0 <= iv < len(_SMALL):
                forms.append(_SMALL[iv])
        else:
            forms += [f"{fv:g}", f"{fv:,.2f}".rstrip("0").rstrip(".")]
            for fscale, fword in ((1e9, "billion"), (1e6, "million")):
                if fv >= fscale:
                    forms.append(f"{fv / fscale:g} {fword}")
                    break
    digits = "".join(ch for ch in n.text.translate(_DIGITS) if ch.isdigit() or ch in "/.-")
    if digits and any(c.isdigit() for c in digits):
        forms.append(digits.strip("/.-"))
    return sorted(dict.fromkeys(f for f in forms if f), key=lambda f: -len(f))


@lru_cache(maxsize=4096)
def _number_pattern(form: str) -> re.Pattern[str]:
    if form[0].isdigit():
        return re.compile(r"(?<![\d.,])" + re.escape(form) + r"(?!\d|[.,]\d)")
    return re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])", re.IGNORECASE)


def find_number(text: str, lo: int, hi: int, n: NumberMention, claimed: list[tuple[int, int]]) -> tuple[int, int] | None:
    for form in number_forms(n):
        for m in _number_pattern(form).finditer(text, lo, hi):
            s, e = m.span()
            if not any(s < ce and cs < e for cs, ce in claimed):
                claimed.append((s, e))
                return s, e
    return None


# --- the English runs ------------------------------------------------------------------------------

def english_highlights(
    en_text: str,
    alignment: Alignment,
    analysis: Analysis,
    *,
    layers: set[str],
    keys: dict[tuple[int, int], str],
    lit_keys: set[str],
    entity_tip: dict[tuple[int, int], str] | None = None,
    number_tip: dict[tuple[int, int], str] | None = None,
) -> list[Highlight]:
    """The English runs of every layer: entities (and the filtered ones), figures, quotes, speakers."""
    if not en_text or not alignment.en:
        return []
    out: list[Highlight] = []
    ar_starts = [s for s, _ in alignment.ar]

    def unit_of(pos: int) -> int | None:
        i = bisect.bisect_right(ar_starts, pos) - 1
        if 0 <= i < len(alignment.ar) and alignment.ar[i][0] <= pos <= alignment.ar[i][1] and i < len(alignment.en):
            return i
        return None

    speakers: list[tuple[int, int]] = [(q.speaker_start, q.speaker_end) for q in analysis.quotes
                                       if q.speaker_start is not None and q.speaker_end is not None]

    if "quotes" in layers:
        from .i18n import tr  # here, not at the top: the module stays importable without Qt

        seen: set[int] = set()
        for q in analysis.quotes:
            tip = f"{q.speaker} — {q.cue} (" + (tr("direct quote") if q.direct else tr("reported")) + ")"
            for u in alignment.units_over("ar", q.start, q.end):
                if u < len(alignment.en) and u not in seen:
                    seen.add(u)
                    out.append(Highlight(*alignment.en[u], "quotes", QUOTE_COLOR, tip))

    claimed_by_unit: dict[int, list[tuple[int, int]]] = {}
    if "numbers" in layers:
        for n in analysis.numbers:
            nu = unit_of(n.start)
            if nu is None:
                continue
            lo, hi = alignment.en[nu]
            span = find_number(en_text, lo, hi, n, claimed_by_unit.setdefault(nu, []))
            if span is not None:
                tip = (number_tip or {}).get((n.start, n.end), "")
                out.append(Highlight(span[0], span[1], "numbers", NUMBER_COLOR, tip, underline=True))

    # entities: per unit, every form of every entity mentioned there, longest first
    per_unit: dict[int, list[EntityMention]] = {}
    for e in analysis.entities:
        eu = unit_of(e.start)
        if eu is not None:
            per_unit.setdefault(eu, []).append(e)
    for u, mentions in per_unit.items():
        lo, hi = alignment.en[u]
        forms: list[tuple[str, EntityMention]] = []
        seen_labels: set[tuple[str, str]] = set()
        for e in mentions:
            if (e.label_en, e.type) in seen_labels or not (e.label_en or "").strip():
                continue
            seen_labels.add((e.label_en, e.type))
            forms += [(f, e) for f in english_forms(e.label_en, e.type)]
        forms.sort(key=lambda fe: -len(fe[0]))
        claimed = list(claimed_by_unit.get(u, []))
        for form, e in forms:
            for s, end in find_forms(en_text, lo, hi, [form], claimed):
                key = keys.get((e.start, e.end))
                color = ENTITY_COLORS.get(e.type, ENTITY_COLORS["MISC"])
                tip = (entity_tip or {}).get((e.start, e.end), f"{e.label_en} · {e.canonical}")
                bold = "quotes" in layers and any(
                    ss <= m.start and m.end <= se for m in mentions if m.label_en == e.label_en for ss, se in speakers)
                if key is not None and key in lit_keys:
                    out.append(Highlight(s, end, "filter", color, tip, key=key, bold=True))
                elif "entities" in layers:
                    out.append(Highlight(s, end, "entities", color, tip, key=key, bold=bold))
    return out


def mirrored(spans: Sequence[tuple[int, int, str, str]], alignment: Alignment, *, from_side: str) -> list[tuple[int, int, str, str]]:
    """Notes made on one side, as spans over the aligned unit(s) of the other side."""
    to_ranges = alignment.en if from_side == "ar" else alignment.ar
    out: list[tuple[int, int, str, str]] = []
    for start, end, color, text in spans:
        for u in alignment.units_over(from_side, start, end):
            if u < len(to_ranges):
                out.append((*to_ranges[u], color, text))
    return out
