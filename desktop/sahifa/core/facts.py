"""Pure aggregation of facts across articles (no SQL, no Qt, no NLP libraries).

The storage layer selects figure rows with SQL and hands them here to be grouped into
"reported differently" groups: figures that are about one fact and disagree. Two figures are linked
(and groups are the connected sets of links) when they

- count the same thing: same kind and unit, and the same normalised counted noun in Arabic *or*
  English ("300 مقاتل" with counted_en "fighters", "2000 مقاتلين", "1500 fighters");
- are about the same story: the same article, or articles sharing one of their topics (the storage
  layer passes each article's few most-mentioned entities); without this, "points" in a football
  report and in a central bank's rate decision, or the "people" of two different wars, were one group;
- are of comparable size: the larger at most :data:`MAGNITUDE` times the smaller, so the 3 fighters
  who surrendered and the 150,000 who once held the territory are not one disagreement.

A group is kept when it has at least two distinct values reported by at least two origins (an origin
is an article plus the source the figure is attributed to). Vague figures with a value ("مئات
المدنيين") take part by that value but do not count as a distinct value; figures without a value are
left out (nothing says which report they belong to).

Counted-noun links depend only on the wording, so they are made once per distinct (kind, unit,
counted, counted_en), not once per figure; within each such component, figures sharing a story
bucket are sorted by size and each is linked to the next when comparable (which links exactly the
comparable pairs, since comparability is an interval around each value). :func:`group_figure_rows`
works on plain tuples (the CLI builds them straight from SQL rows), :func:`group_figures` on
:class:`FigureFact` objects through it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .unionfind import UnionFind

# Kinds whose disagreement is a "reported differently" fact. Years, dates and ordinals are labels,
# not quantities: two articles mentioning 2018 and 2019 do not contradict each other.
GROUPED_KINDS: frozenset[str] = frozenset({"count", "money", "percent", "distance", "duration", "other"})

# Two figures farther apart than this factor are about different things (see the module docstring).
MAGNITUDE = 10.0
# How many of an article's most-mentioned entities are its topics (what the storage layer passes).
TOPICS_PER_ARTICLE = 3


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


# What the linking looks at: a figure's (kind, unit, counted, counted_en).
Counted = tuple[str, str | None, str | None, str | None]
# A figure as the grouping sees it, as a plain tuple (the CLI builds these straight from SQL rows):
# (index of its Counted in the list passed along, value, value_max, vague, article_id, start, origin),
# where origin is the figure's ``source_key or source``.
FigureRow = tuple[int, float | int | None, float | int | None, bool, int, int, str | None]


def link_counted(
    counted: Sequence[Counted],
    *,
    norm: Callable[[str], str] = lambda s: s,
    kinds: frozenset[str] = GROUPED_KINDS,
) -> list[int | None]:
    """The component of each distinct (kind, unit, counted, counted_en): two share one when kind and
    unit match and the Arabic or the English counted key matches (transitively). None where the figure
    cannot be grouped: kind not in ``kinds``, or no counted key at all.

    Linking depends on nothing else, so it runs once per distinct wording, not once per figure.
    """
    uf = UnionFind(len(counted))
    keyed = [False] * len(counted)
    first_by_key: dict[tuple[str, str, str | None, str], int] = {}
    for j, (kind, unit, ar_words, en_words) in enumerate(counted):
        if kind not in kinds or not (ar_words or en_words):
            continue
        ar, en = counted_keys(ar_words, en_words, norm)
        for lang, key in (("ar", ar), ("en", en)):
            if key is None:
                continue
            keyed[j] = True
            first = first_by_key.setdefault((lang, kind, unit, key), j)
            if first != j:
                uf.union(j, first)
    return [uf.find(j) if keyed[j] else None for j in range(len(counted))]


def _most_common(words: dict[str, int]) -> str | None:
    """The most frequent word; among equals the first seen (Counter.most_common's order)."""
    best, best_n = None, 0
    for w, n in words.items():
        if n > best_n:
            best, best_n = w, n
    return best


def comparable(a: float, b: float) -> bool:
    """Whether two figures' values are of comparable size: within :data:`MAGNITUDE` of each other
    (by absolute value; zero is comparable only with zero)."""
    lo, hi = abs(a), abs(b)
    if lo > hi:
        lo, hi = hi, lo
    return hi == 0.0 if lo == 0.0 else hi <= MAGNITUDE * lo


def group_figure_rows(
    rows: Sequence[FigureRow],
    counted: Sequence[Counted],
    *,
    topics: Mapping[int, Collection[str]] | None = None,
    norm: Callable[[str], str] = lambda s: s,
    kinds: frozenset[str] = GROUPED_KINDS,
) -> list[tuple[str, str | None, str, str | None, list[int]]]:
    """:func:`group_figures` over plain rows: ``(counted, counted_en, kind, unit, member indices)`` per
    group, the indices into ``rows`` ordered like :attr:`FigureGroup.figures`. ``rows[i][0]`` indexes
    ``counted``; ties are broken by the order of ``rows``. ``topics`` maps an article id to its topics
    (entity keys); None puts every article in one story.
    """
    component = link_counted(counted, norm=norm, kinds=kinds)
    members: dict[int, list[int]] = {}  # by counted component, in the order their first figure came
    for i, r in enumerate(rows):
        c = component[r[0]]
        if c is not None and r[1] is not None:
            m = members.get(c)
            if m is None:
                members[c] = [i]
            else:
                m.append(i)

    found: list[tuple[str, str | None, str, str | None, list[int]]] = []
    for idx in members.values():
        if len(idx) < 2:
            continue
        for linked in _link_comparable(rows, idx, topics):
            group = _as_group(rows, counted, linked)
            if group is not None:
                found.append(group)
    found.sort(key=lambda g: (-len(g[4]), g[0], min(g[4])))  # ties: the group whose first figure came first
    return found


def _link_comparable(rows: Sequence[FigureRow], idx: list[int],
                     topics: Mapping[int, Collection[str]] | None) -> list[list[int]]:
    """The figures ``idx`` (one counted component, all with a value) split into linked sets: same story
    bucket (a shared topic, or the same article) and comparable size. Sets of one are left out.

    An article with topics is in each of its topics' buckets, which links its own figures too; only
    an article without topics needs a bucket of its own."""
    buckets: dict[object, list[tuple[float, int]]] = {}
    no_topics: tuple[str, ...] = ()
    for pos, i in enumerate(idx):
        r = rows[i]
        item = (abs(float(r[1])), pos)  # type: ignore[arg-type]  # members have a value
        keys: Iterable[object] = (None,) if topics is None else (topics.get(r[4], no_topics) or (r[4],))
        for k in keys:
            b = buckets.get(k)
            if b is None:
                buckets[k] = [item]
            else:
                b.append(item)
    uf = UnionFind(len(idx))
    for b in buckets.values():
        if len(b) < 2:
            continue
        b.sort()
        for (s1, p1), (s2, p2) in itertools.pairwise(b):
            if comparable(s1, s2):
                uf.union(p1, p2)
    sets: dict[int, list[int]] = {}
    for pos, i in enumerate(idx):
        sets.setdefault(uf.find(pos), []).append(i)
    return [m for m in sets.values() if len(m) >= 2]


def _as_group(rows: Sequence[FigureRow], counted: Sequence[Counted],
              idx: list[int]) -> tuple[str, str | None, str, str | None, list[int]] | None:
    """The group of the linked figures ``idx``, or None when they are not reported differently."""
    values: set[tuple[float, float | None]] = set()
    origins: set[tuple[int, str | None]] = set()
    per_counted: dict[int, int] = {}
    order: list[tuple[bool, float, int, int, int]] = []
    for i in idx:
        ci, value, value_max, vague, article_id, start, origin = rows[i]
        per_counted[ci] = per_counted.get(ci, 0) + 1
        v = float(value)  # type: ignore[arg-type]  # members have a value
        if vague:
            order.append((True, v, article_id, start, i))
            continue
        vmax = float(value_max) if value_max is not None else None
        values.add((v, vmax if vmax != v else None))
        origins.add((article_id, origin))
        order.append((False, v, article_id, start, i))
    if len(values) < 2 or len(origins) < 2:  # is_reported_differently
        return None
    ar_words: dict[str, int] = {}
    en_words: dict[str, int] = {}
    for ci, n in per_counted.items():  # in first-seen order
        _, _, ar, en = counted[ci]
        if ar:
            ar_words[ar] = ar_words.get(ar, 0) + n
        if en:
            en_words[en] = en_words.get(en, 0) + n
    label_en = _most_common(en_words)
    label = _most_common(ar_words) or label_en or ""
    order.sort()  # by (vague, value, article, position); i keeps ties in input order
    kind, unit = counted[rows[idx[0]][0]][:2]
    return label, label_en, kind, unit, [t[4] for t in order]


def group_figures(
    figures: Iterable[FigureFact],
    *,
    topics: Mapping[int, Collection[str]] | None = None,
    norm: Callable[[str], str] = lambda s: s,
    kinds: frozenset[str] = GROUPED_KINDS,
) -> list[FigureGroup]:
    """Groups of figures about one fact that were reported differently (see the module docstring),
    largest first. ``topics``: each article's topics (entity keys); None puts all in one story."""
    figs = list(figures)
    index: dict[Counted, int] = {}
    rows: list[FigureRow] = []
    for f in figs:
        c = (f.kind, f.unit, f.counted, f.counted_en)
        ci = index.get(c)
        if ci is None:
            ci = index[c] = len(index)
        rows.append((ci, f.value, f.value_max, f.vague, f.article_id, f.start, f.source_key or f.source))
    return [
        FigureGroup(label, label_en, kind, unit, tuple(figs[i] for i in members))
        for label, label_en, kind, unit, members in group_figure_rows(rows, list(index), topics=topics, norm=norm, kinds=kinds)
    ]
