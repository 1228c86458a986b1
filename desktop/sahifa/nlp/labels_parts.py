"""The label resolver's pure helpers: the newspaper form of a long Arab name, the GeoNames skeleton index,
the English order of a composed institution name, short forms of a label."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .labels_match import fold_label
from .labels_sources import _ar_skeleton, _geonames_entry, fold

_BIN = frozenset({"بن", "بنت", "ابن"})
_ROYAL_HOUSE = "ال سعود"  # folded آل سعود


def place_skeletons(places: Iterable[tuple[str, str]]) -> dict[str, str]:
    """GeoNames' one-word names (folded Arabic key, ``English<TAB>country<TAB>population``) by consonant
    skeleton → ``Arabic key<TAB>English``: foreign names are spelled with or without their long vowels
    (بتسبرغ ~ بيتسبرغ, Pittsburgh). Only a skeleton of five letters or more that one place owns, or whose
    biggest place is four times the next, is kept (``packaging/gen_place_skeletons.py`` writes it)."""
    best: dict[str, list[tuple[int, str, str]]] = {}
    for k, value in places:
        if " " not in k and len(k) >= 5:  # a skeleton is never longer than its word
            en, pop = _geonames_entry(value)
            best.setdefault(_ar_skeleton(k), []).append((pop, k, en))
    index: dict[str, str] = {}
    for sk, found in best.items():
        found.sort(reverse=True)
        if len(sk) >= 5 and (len(found) == 1 or found[0][0] >= 4 * found[1][0]):
            index[sk] = f"{found[0][1]}\t{found[0][2]}"
    return index


def _newspaper_units(units: list[str]) -> list[str]:
    """The units an English-language newspaper prints of a long Arabic name: the given name and the
    family name, without the patronymic chain (فهد بن سعد القحطاني → Fahad Al-Qahtani); a royal's
    (… آل سعود) keeps its first ``bin`` (سلمان بن عبدالعزيز آل سعود → Salman bin Abdulaziz); a name
    that is only a chain is printed whole, as the Saudi press agency's English prints it (محمد بن نايف
    بن عبدالعزيز → Mohammed bin Nayef bin Abdulaziz: the blind gold batches write it so)."""
    if len(units) < 3 or fold(units[1].split()[0]) not in _BIN:
        return units
    j = 1
    while j < len(units) and fold(units[j].split()[0]) in _BIN:
        j += 1
    family = units[j:]
    if not family:
        return units
    if fold(" ".join(family)) == _ROYAL_HOUSE:
        return units[:2]
    return [units[0], *family]


@dataclass(slots=True)
class _Seg:
    text: str
    kind: str  # name | country | noun | adj | nat | and | for | in | prep
    known: bool


def _shortened(span: str, label: str) -> bool:
    """Whether ``span`` is a short form of ``label``: fewer of its words (George W. Bush → Bush) or the
    adjective of it (Europe → European, Syria → Syrian)."""
    a, b = fold_label(span), fold_label(label)
    if len(a) < len(b) and all(w in b for w in a):
        return True
    joined_a, joined_b = "".join(a), "".join(b)
    return joined_a != joined_b and joined_a.startswith(joined_b) and len(joined_a) - len(joined_b) <= 3


def _render(segs: Sequence[_Seg]) -> str:
    """English order for a complement: a noun's adjectives go before it (التنمية الدولية →
    International Development); markers (and/for/in) stay in place."""
    out: list[str] = []
    i = 0
    while i < len(segs):
        s = segs[i]
        if s.kind == "noun":
            j = i + 1
            adjs: list[str] = []
            while j < len(segs) and segs[j].kind in ("adj", "nat"):
                adjs.insert(0, segs[j].text)
                j += 1
            out.extend(adjs + [s.text])
            i = j
            continue
        out.append(s.text)
        i += 1
    return " ".join(x for x in out if x)
