"""The label resolver's pure helpers: the newspaper form of a long Arab name, the GeoNames skeleton index,
the English order of a composed institution name, short forms of a label."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .labels_match import fold_label, word_similarity
from .labels_sources import _ar_skeleton, _geonames_entry, fold

_BIN = frozenset({"بن", "بنت", "ابن"})
_ROYAL_HOUSE = "ال سعود"  # folded آل سعود
# the second word of a compound given name the name units leave apart (بن زين | العابدين): still the
# patronymic, never a family name (folded)
_COMPOUND_TAILS = frozenset({"العابدين"})


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
    """The units an English-language newspaper prints of a long Arabic name. A given name, ONE ``bin``
    and a family name is printed whole (عبدالله بن عبدالمحسن التركي → Abdullah bin Abdulmohsen Al-Turki):
    the train gold keeps that single link 76 times and drops it 34 (session 13; most drops are one
    article's family list), as the Saudi press agency's English prints officials. A longer chain before
    the family name is dropped (أمين بن علي بن راشد الغفيلي → Amin Al-Ghufaili: the gold is split there);
    a royal's (… آل سعود) keeps its first ``bin`` (سلمان بن عبدالعزيز آل سعود → Salman bin Abdulaziz); a
    name that is only a chain is printed whole (محمد بن نايف بن عبدالعزيز → Mohammed bin Nayef bin
    Abdulaziz: the gold writes it so 77 times, shortened 42)."""
    if len(units) < 3 or fold(units[1].split()[0]) not in _BIN:
        return units
    j = 1
    while j < len(units) and (fold(units[j].split()[0]) in _BIN or fold(units[j]) in _COMPOUND_TAILS):
        j += 1
    family = units[j:]
    if not family:
        return units
    if fold(" ".join(family)) == _ROYAL_HOUSE:
        return units[:2]
    if sum(fold(u.split()[0]) in _BIN for u in units[1:j]) == 1:
        return units
    return [units[0], *family]


# a spelling attested this often in the Gulf may stand for the others (a single attestation is a stray)
CENTRAL_MIN = 2
# the share of a unit's Gulf attestations its most attested spelling must reach for the press to agree
AGREE = 0.75
# how much more a spelling must reach than the most attested one to replace it (a clear gain, not a tie)
CENTRAL_GAIN = 1.15
# how alike two spellings must be for a reader who knows one to recognise the other (the measure)
ALIKE = 0.8


def _alike(a: str, b: str) -> bool:
    fa, fb = "".join(fold_label(a)), "".join(fold_label(b))
    return bool(fa) and bool(fb) and word_similarity(fa, fb) >= ALIKE


def _central_spelling(groups: list[tuple[str, int]]) -> str | None:
    """Where the Gulf press does not agree on one spelling of a name unit (``groups``: its Gulf spellings,
    most attested first), the spelling to print instead of the most attested one, or None.

    A reader should recognise the name whichever way the paper spells it. A spelling "reaches" its own
    attestations and those of the spellings close to it (ALIKE, the issue's measure). When the most
    attested spelling reaches fewer than AGREE of all attestations, the common spelling (attested
    CENTRAL_MIN times or more) that reaches the most wins, if it reaches CENTRAL_GAIN times as many.
    العنزي: Al-Enezi 18, Al-Anazi 7, Al-Anezi 2, Al-Anzi 2 → Al-Anezi, close to all four (29), where
    Al-Enezi reaches 20; سعيد keeps Saeed (111 and Saied's 2 of 140: the press agrees); مشعل (Meshal 9,
    Mishaal 7, Meshaal 5, Mishal 4) → Meshaal."""
    total = sum(count for _, count in groups)
    if len(groups) < 2 or groups[0][1] >= AGREE * total:
        return None  # the most attested spelling alone reaches AGREE: the press agrees (most units)

    def reach(text: str) -> int:
        return sum(count for other, count in groups if other == text or _alike(text, other))

    top_reach = reach(groups[0][0])
    if top_reach >= AGREE * total:
        return None
    central, bar = None, top_reach * CENTRAL_GAIN
    for text, count in groups[1:]:
        if count < CENTRAL_MIN:
            break  # most attested first
        r = reach(text)
        if r > bar:
            central, bar = text, float(r)
    return central


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
