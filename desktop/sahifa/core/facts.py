"""Pure aggregation of facts across articles (no SQL, no Qt, no NLP libraries).

The storage layer selects figure rows with SQL and hands them here to be grouped into
"reported differently" groups: figures about the same counted thing (same kind and unit, and the
same normalised counted noun in Arabic *or* English) that disagree — at least two distinct values
reported by at least two origins (an origin is an article plus the source the figure is attributed to).

Grouping links figures through either key (union–find), so "300 مقاتل" (counted_en "fighters") and
"2000 مقاتلين" (no English) and "1500 fighters" (other Arabic wording) end up together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# Kinds whose disagreement is a "reported differently" fact. Years, dates and ordinals are labels,
# not quantities: two articles mentioning 2018 and 2019 do not contradict each other.
GROUPED_KINDS: frozenset[str] = frozenset({"count", "money", "percent", "distance", "duration", "other"})


@dataclass(frozen=True, slots=True)
class FigureFact:
    article_id: int
    article_title: str
    sentence_index: int
    text: str
    value: float | int | None
    value_max: float | int | None
    kind: str
    unit: str | None
    counted: str | None
    counted_en: str | None
    qualifier: str | None
    vague: bool
    start: int
    end: int
    source: str | None          # speaker/attribution of the quote covering the figure, if any
    source_key: str | None = None  # entity key of that speaker when it links to an entity


@dataclass(frozen=True, slots=True)
class FigureGroup:
    counted: str            # the most frequent Arabic wording of the counted thing in the group
    counted_en: str | None  # the most frequent English wording, when any figure has one
    kind: str
    unit: str | None
    figures: tuple[FigureFact, ...]  # ordered by value, then article, then position

    @property
    def values(self) -> tuple[tuple[float, float | None], ...]:
        """The distinct (value, value_max) pairs reported, smallest first (vague figures left out)."""
        return tuple(sorted({v for v in map(_value_of, self.figures) if v is not None},
                            key=lambda v: (v[0], v[1] if v[1] is not None else v[0])))


# --- counted-noun keys -------------------------------------------------------------------------

_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_AR_SUFFIXES = ("ين", "ون", "ات", "ان", "ة", "ه", "ا")
_EN_IRREGULAR = {
    "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
    "casualties": "casualty", "refugees": "refugee", "lives": "life", "wives": "wife",
}


def arabic_counted_key(counted: str, norm: Callable[[str], str] = lambda s: s) -> str:
    """A light stem of an Arabic counted noun: normalised, article and common plural endings off.

    "المقاتلين", "مقاتلا", "مقاتل" → "مقاتل". Broken plurals (أشخاص/شخص) are not unified here;
    the English key usually catches them.
    """
    s = " ".join(norm(counted).split())
    words = s.split(" ")
    head = words[0] if words else ""
    for p in _AR_PREFIXES:
        if head.startswith(p) and len(head) - len(p) >= 3:
            head = head[len(p):]
            break
    for suf in _AR_SUFFIXES:
        if head.endswith(suf) and len(head) - len(suf) >= 3:
            head = head[: -len(suf)]
            break
    return " ".join([head, *words[1:]]).strip()


def english_counted_key(counted_en: str) -> str:
    """Case-folded, singular English head: "Fighters" → "fighter", "civilian casualties" → "civilian casualty"."""
    words = counted_en.casefold().replace("-", " ").split()
    if not words:
        return ""
    last = words[-1]
    if last in _EN_IRREGULAR:
        last = _EN_IRREGULAR[last]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ses", "xes", "ches", "shes")) and len(last) > 4:
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        last = last[:-1]
    return " ".join([*words[:-1], last])


def counted_keys(
    counted: str | None, counted_en: str | None, norm: Callable[[str], str] = lambda s: s
) -> tuple[str | None, str | None]:
    """(Arabic key, English key) of a counted thing; None where the wording is missing or empty."""
    ar = arabic_counted_key(counted, norm) if counted and counted.strip() else None
    en = english_counted_key(counted_en) if counted_en and counted_en.strip() else None
    return (ar or None), (en or None)


# --- grouping ----------------------------------------------------------------------------------


def _value_of(f: FigureFact) -> tuple[float, float | None] | None:
    if f.value is None or f.vague:
        return None
    vmax = float(f.value_max) if f.value_max is not None else None
    return float(f.value), (vmax if vmax != float(f.value) else None)


def _origin(f: FigureFact) -> tuple[int, str | None]:
    return f.article_id, (f.source_key or f.source)


def is_reported_differently(figures: Sequence[FigureFact]) -> bool:
    """At least two distinct values and at least two origins (article, source).

    Equivalent to "some pair of figures differs both in value and in origin": given two figures with
    different values from one origin, any figure from another origin differs from one of them.
    """
    values = {v for v in map(_value_of, figures) if v is not None}
    if len(values) < 2:
        return False
    origins = {_origin(f) for f in figures if _value_of(f) is not None}
    return len(origins) >= 2


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_figures(
    figures: Iterable[FigureFact],
    *,
    norm: Callable[[str], str] = lambda s: s,
    kinds: frozenset[str] = GROUPED_KINDS,
) -> list[FigureGroup]:
    """Groups of figures about the same counted thing that were reported differently.

    Figures are linked when kind and unit match and either the Arabic counted key or the English
    counted key matches. Only groups passing :func:`is_reported_differently` are returned, largest
    first. Vague figures ("مئات المدنيين") join their group but do not count as a distinct value.
    """
    items = [f for f in figures if f.kind in kinds and (f.counted or f.counted_en)]
    uf = _UnionFind(len(items))
    first_by_key: dict[tuple[str, str, str | None, str], int] = {}
    for i, f in enumerate(items):
        ar, en = counted_keys(f.counted, f.counted_en, norm)
        for lang, key in (("ar", ar), ("en", en)):
            if key is None:
                continue
            k = (lang, f.kind, f.unit, key)
            j = first_by_key.setdefault(k, i)
            if j != i:
                uf.union(i, j)
    members: dict[int, list[FigureFact]] = {}
    for i, f in enumerate(items):
        members.setdefault(uf.find(i), []).append(f)

    groups: list[FigureGroup] = []
    for figs in members.values():
        if len(figs) < 2 or not is_reported_differently(figs):
            continue
        ar_words = Counter(f.counted for f in figs if f.counted)
        en_words = Counter(f.counted_en for f in figs if f.counted_en)
        counted = ar_words.most_common(1)[0][0] if ar_words else (en_words.most_common(1)[0][0])
        counted_en = en_words.most_common(1)[0][0] if en_words else None
        ordered = sorted(
            figs,
            key=lambda f: (
                f.value is None or f.vague,
                float(f.value) if f.value is not None else 0.0,
                f.article_id,
                f.start,
            ),
        )
        groups.append(FigureGroup(counted, counted_en, figs[0].kind, figs[0].unit, tuple(ordered)))
    groups.sort(key=lambda g: (-len(g.figures), g.counted))
    return groups
