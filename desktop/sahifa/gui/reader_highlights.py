"""The Arabic pane's highlight runs (entities, figures, quotes, speakers) and their tooltips."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import N_, tr
from .layers import Highlight
from .models import label_note
from .theme import ENTITY_COLORS, NUMBER_COLOR, QUOTE_COLOR

if TYPE_CHECKING:
    from sahifa.core.model import Analysis, EntityMention, NumberMention

LAYERS = ("entities", "numbers", "quotes")


def entity_tooltip(e: EntityMention, stats: dict[str, tuple[int, int]] | None, key: str | None) -> str:
    names = {"PERSON": N_("person"), "ORG": N_("organisation"), "LOC": N_("place"), "MISC": N_("other")}
    # a transliterated label is a guess and says so; other label sources are named (GeoNames, glossary…)
    note = label_note(getattr(e, "label_source", "") or "") if e.label_en else ""
    label = f"{e.label_en} {note}" if note else e.label_en
    kind = tr(names[e.type]) if e.type in names else e.type.lower()
    tip = f"{label} · {e.canonical} — {kind}"
    if stats and key in stats:
        m, a = stats[key]
        mentions = (tr("{n} mention") if m == 1 else tr("{n} mentions")).format(n=m)
        articles = (tr("{n} article") if a == 1 else tr("{n} articles")).format(n=a)
        tip += "\n" + tr("{mentions} in {articles}").format(mentions=mentions, articles=articles)
    return tip


def number_tooltip(n: NumberMention) -> str:
    if n.vague or n.value is None:
        head = tr("vague quantity ({text})").format(text=n.text)
    else:
        value = f"{n.value:,}" if isinstance(n.value, int) or float(n.value).is_integer() else f"{n.value:,.2f}"
        if isinstance(n.value, float) and n.value.is_integer():
            value = f"{int(n.value):,}"
        if n.value_max is not None:
            vm = n.value_max
            value += f"–{int(vm):,}" if float(vm).is_integer() else f"–{vm:,}"
        approx = {"approx": "≈ ", "more_than": "> ", "less_than": "< ", "up_to": "≤ ", "at_least": "≥ "}.get(
            n.qualifier or "", ""
        )
        head = approx + value
    unit = f" {n.unit}" if n.unit and n.kind != "date" else ""
    counted = f" {n.counted_en or n.counted}" if (n.counted_en or n.counted) else ""
    if n.kind == "date" and n.unit:
        return tr("date: {unit}").format(unit=n.unit)
    return f"{head}{unit}{counted}  ({n.kind})"


def build_highlights(
    analysis: Analysis,
    *,
    layers: set[str],
    keys: dict[tuple[int, int], str],
    lit_keys: set[str],
    stats: dict[str, tuple[int, int]] | None = None,
) -> list[Highlight]:
    """Turn an analysis into highlight runs for the Arabic pane."""
    out: list[Highlight] = []
    if "quotes" in layers:
        for q in analysis.quotes:
            tip = f"{q.speaker} — {q.cue} (" + (tr("direct quote") if q.direct else tr("reported")) + ")"
            out.append(Highlight(q.start, q.end, "quotes", QUOTE_COLOR, tip))
            if q.speaker_start is not None and q.speaker_end is not None:
                out.append(Highlight(q.speaker_start, q.speaker_end, "speakers", QUOTE_COLOR,
                                     tr("speaker: {name}").format(name=q.speaker), bold=True))
    if "numbers" in layers:
        for n in analysis.numbers:
            out.append(Highlight(n.start, n.end, "numbers", NUMBER_COLOR, number_tooltip(n), underline=True))
    for e in analysis.entities:
        key = keys.get((e.start, e.end))
        color = ENTITY_COLORS.get(e.type, ENTITY_COLORS["MISC"])
        tip = entity_tooltip(e, stats, key)
        if key is not None and key in lit_keys:
            out.append(Highlight(e.start, e.end, "filter", color, tip, key=key))
        elif "entities" in layers:
            out.append(Highlight(e.start, e.end, "entities", color, tip, key=key))
    return out
