"""Pure aggregation of facts across articles (no SQL, no Qt, no NLP libraries).

The storage layer selects figure rows with SQL and hands them here to be grouped into
"reported differently" groups: figures that are about one fact and disagree. Two figures are linked
when they

- count the same thing: same kind and unit, and the same normalised counted noun in Arabic *or*
  English ("300 مقاتل" with counted_en "fighters", "2000 مقاتلين", "1500 fighters"); relative nouns
  ("23 others", "three times") count nothing of their own and are never grouped;
- are about the same story: the same article, or articles sharing one of their topics (the storage
  layer passes each article's few most-mentioned entities);
- come from two origins: two articles, or two named sources in one article; and neither article also
  gives the other's value of the thing ("Blatter 133 votes to 73" in both is agreement);
- are of comparable size: the larger at most :data:`MAGNITUDE` times the smaller;
- have compatible qualifiers: "more than 19,000" and "about 20,000" may be one quantity, "more than
  3,000" and "540" not (:func:`qualifiers_compatible`);
- tell one event, when the storage layer gives their sentences (:class:`FigureFrame`): different
  sentences, not dated to different years, an entity in common and words in common around the figures
  weighed: an entity the library mentions everywhere says less (:func:`frames_shared`). This is what
  keeps "100, 300, 400, 1,200 and 2,000 people" of one story
  apart: the same counted noun and topic are not enough.

Linked figures are split into sets where every figure links to every other (a chain of links is not one
fact), and a set is kept when it has at least two distinct values reported by at least two origins (an
origin is an article plus the source the figure is attributed to) and its values spread over less than
:data:`MAGNITUDE`. Vague figures with a value ("مئات المدنيين") take part by that value but do not count
as a distinct value; figures without a value are left out. Each group says why: the names and words
its figures' sentences share (:attr:`FigureGroup.shared`).

Measured on the first 1,000 SaudiNewsNet articles (2015-07-21, aawsat/aleqtisadiya/aljazirah), a random
30 of the groups checked by hand: the counted noun and topic alone gave 213 groups, 1 of 30 one fact
reported differently; these rules give fewer groups, most of them right (see the commit log).

Counted-noun links depend only on the wording, so they are made once per distinct (kind, unit,
counted, counted_en), not once per figure; within each such component, figures sharing a story bucket
are sorted by size and only pairs of comparable size are compared. :func:`group_figure_rows` works on
plain tuples (the CLI builds them straight from SQL rows), :func:`group_figures` on
:class:`FigureFact` objects through it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .unionfind import UnionFind

# Kinds whose disagreement is a "reported differently" fact. Years, dates and ordinals are labels,
# not quantities: two articles mentioning 2018 and 2019 do not contradict each other.
GROUPED_KINDS: frozenset[str] = frozenset({"count", "money", "percent", "distance", "duration", "other"})

# Two figures farther apart than this factor are about different things: reports of one toll, one count
# or one sum differ by less (21/22/23 dead, 470/650 barrel bombs); figures further apart were, on real
# news, nearly always different things counted alike.
MAGNITUDE = 2.0
# How many of an article's most-mentioned entities are its topics (what the storage layer passes).
TOPICS_PER_ARTICLE = 3

@dataclass(frozen=True, slots=True)
class FigureFrame:
    """What the grouping knows of a figure's sentence (built by the storage layer with
    :func:`frame_words` and :func:`nearest_year`): two figures are one fact only when their sentences
    tell one event (:func:`frames_shared`)."""

    sentence: tuple[int, int]                  # (article id, sentence index)
    qualifier: str | None = None               # approx, more_than, at_least, less_than, up_to, range
    entities: frozenset[str] = frozenset()     # names of the entities the sentence mentions
    common: frozenset[str] = frozenset()       # those of them the library mentions everywhere (weak evidence)
    words: Mapping[str, str] = field(default_factory=dict)  # content words around the figure: key → as written
    years: frozenset[int] = frozenset()        # the year of the date nearest the figure, if close
    listed: bool = False                       # its sentence gives another value of the same counted thing
    owner: str | None = None                   # the entity named next to the figure (whose figure it is)
    places: frozenset[str] = frozenset()       # the places its sentence names
    readings: bool = False                     # its sentence gives a reading (a price, an index: is_reading)
    date_shaped: bool = False                  # written like a day and month ("5-10", "٢ / ١٠"): see date_shaped


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
    frame: FigureFrame | None = None  # its sentence as the grouping sees it (None: not known)


@dataclass(frozen=True, slots=True)
class FigureGroup:
    counted: str            # the most frequent Arabic wording of the counted thing in the group
    counted_en: str | None  # the most frequent English wording, when any figure has one
    kind: str
    unit: str | None
    figures: tuple[FigureFact, ...]  # ordered by value, then article, then position
    shared: tuple[str, ...] = ()     # why they were grouped: names and words their sentences share

    @property
    def key(self) -> str:
        """What identifies the group when the user dismisses it (:func:`group_key`)."""
        return group_key(self.kind, self.unit, ((f.article_id, f.start) for f in self.figures))

    @property
    def values(self) -> tuple[tuple[float, float | None], ...]:
        """The distinct (value, value_max) pairs reported, smallest first (vague figures left out)."""
        return tuple(sorted({v for v in map(_value_of, self.figures) if v is not None},
                            key=lambda v: (v[0], v[1] if v[1] is not None else v[0])))


def group_key(kind: str, unit: str | None, members: Iterable[tuple[int, int]]) -> str:
    """The identity of a group: its kind, unit and members' (article id, start), sorted. A group the
    user dismissed stays dismissed while it has the same figures; one that gains or loses a figure
    (an article added or changed) is a new group, shown again."""
    return f"{kind}|{unit or ''}|" + ",".join(f"{a}:{s}" for a, s in sorted(set(members)))


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
# The sentence frame of rows[i], asked only for figures that may link.
Frames = Callable[[int], "FigureFrame | None"]

# Counted nouns that name no thing of their own: "أصيب 23 آخرون" (23 others), "ثلاث مرات" (three
# times), "خمسة أضعاف" (five-fold). Figures counting them are never grouped.
_RELATIVE_AR = ("آخر", "آخرين", "آخرون", "أخرى", "مرات", "مرة", "أضعاف", "ضعف", "ضعفا")
_RELATIVE_EN = frozenset({"other", "time", "fold", "another"})


def link_counted(
    counted: Sequence[Counted],
    *,
    norm: Callable[[str], str] = lambda s: s,
    kinds: frozenset[str] = GROUPED_KINDS,
) -> list[int | None]:
    """The component of each distinct (kind, unit, counted, counted_en): two share one when kind and
    unit match and the Arabic or the English counted key matches (transitively). None where the figure
    cannot be grouped: kind not in ``kinds``, no counted key at all, or a relative noun ("others",
    "times").

    Linking depends on nothing else, so it runs once per distinct wording, not once per figure.
    """
    uf = UnionFind(len(counted))
    keyed = [False] * len(counted)
    relative = {arabic_counted_key(w, norm) for w in _RELATIVE_AR}
    first_by_key: dict[tuple[str, str, str | None, str], int] = {}
    for j, (kind, unit, ar_words, en_words) in enumerate(counted):
        if kind not in kinds or not (ar_words or en_words):
            continue
        ar, en = counted_keys(ar_words, en_words, norm)
        if ar in relative or en in _RELATIVE_EN:
            continue
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


# --- the sentence frame ------------------------------------------------------------------------

# Words that say nothing of which event a sentence tells: particles, pronouns, reporting verbs, time
# words and quantity words (compared as keys, see _word_key). Weekdays stay (two reports of "Thursday"
# is evidence); generic words of attribution and place ("مصدر أمني", "المنطقة") were tried as stop
# words: on 2,000 SaudiNewsNet articles they dropped as many true groups as wrong ones.
_FRAME_STOP: frozenset[str] = frozenset("""
في من الى إلى على عن ان أن إن لن لم ما لا مع بين بعد قبل حتى عند كل اي أي او أو ثم منذ خلال نحو حوالي
اكثر أكثر اقل أقل قرابة زهاء الذي التي الذين هذا هذه ذلك تلك هناك هنا كان كانت يكون تكون وقد قد انه أنه
انها أنها هو هي هم هن نحن كما وفق وفقا حيث بينما فيما لدى ليس عدد اجمالي إجمالي بلغ بلغت وصل وصلت
قال قالت يقول تقول اكد أكد اوضح أوضح اشار أشار ذكر ذكرت افاد أفاد اعلن أعلن اضاف أضاف بحسب حسب نقل
امس أمس اليوم يوم غدا الان الآن العام عام سنة شهر اسبوع أسبوع ساعة مساء صباح الماضي المقبل الحالي الجاري
الف ألف الاف آلاف مليون ملايين مليار مليارات مئة مائة مئات عشرات بعض جميع اخرى أخرى اخر آخر
""".split())

_WORD = re.compile(r"[^\W\d_]{2,}")
FRAME_WINDOW = 6  # words each side of a figure that make its frame
YEAR_REACH = 80   # characters: a year or date this close to a figure (same sentence) dates it


def word_key(norm: Callable[[str], str]) -> Callable[[str], str]:
    """:func:`_word_key` under ``norm``, memoised (for :func:`frame_words`' ``key``)."""
    return functools.lru_cache(maxsize=100_000)(lambda w: _word_key(w, norm))


def _word_key(word: str, norm: Callable[[str], str]) -> str:
    """A light stem for comparing frames: normalised, casefolded, a leading و/ف/ب/ل or article and one
    common ending off ("وأسرت" and "أسر" → one key)."""
    w = norm(word).casefold()
    for p in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for suf in ("ات", "ين", "ون", "ان", "ها", "هم", "ة", "ه", "ت", "ا"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w


_STOP_KEYS: dict[Callable[[str], str], frozenset[str]] = {}


def _stop_keys(norm: Callable[[str], str]) -> frozenset[str]:
    """:data:`_FRAME_STOP` as keys under ``norm`` (computed once per normaliser)."""
    keys = _STOP_KEYS.get(norm)
    if keys is None:
        if len(_STOP_KEYS) > 8:
            _STOP_KEYS.clear()
        keys = _STOP_KEYS[norm] = frozenset(_word_key(w, norm) for w in _FRAME_STOP)
    return keys


def frame_words(sentence: str, start: int, end: int, *, norm: Callable[[str], str] = lambda s: s,
                counted: str | None = None, window: int = FRAME_WINDOW,
                skip: Sequence[tuple[int, int]] = (), key: Callable[[str], str] | None = None) -> dict[str, str]:
    """The content words around a figure (``start``:``end`` in ``sentence``), key → the word as written:
    up to ``window`` words each side, without particles, reporting verbs, time and quantity words, the
    counted noun itself, nor words inside the ``skip`` spans (entity mentions, compared as entities:
    "المرصد السوري لحقوق الإنسان" and "الشبكة السورية لحقوق الإنسان" share no word). ``key`` is
    :func:`_word_key` under ``norm`` when the caller memoises it (the engine's normaliser is slow)."""
    stop = _stop_keys(norm)
    word_key = key if key is not None else (lambda w: _word_key(w, norm))
    leave = {word_key(w) for w in (counted or "").split()}

    def kept(matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
        """The first ``window`` of ``matches`` outside the skipped spans."""
        out: list[re.Match[str]] = []
        for m in matches:
            if not any(s <= m.start() < e for s, e in skip):
                out.append(m)
                if len(out) == window:
                    break
        return out

    before = kept(reversed(list(_WORD.finditer(sentence, 0, max(0, start)))))[::-1]
    after = kept(_WORD.finditer(sentence, min(len(sentence), end)))
    out: dict[str, str] = {}
    for m in (*before, *after):
        k = word_key(m.group())
        if len(k) >= 3 and k not in stop and k not in leave:
            out.setdefault(k, m.group())
    return out


def nearest_year(years: Iterable[tuple[int, int, int]], start: int, end: int, reach: int = YEAR_REACH) -> frozenset[int]:
    """The year of the date closest to a figure at ``start``:``end``, from ``(start, end, year)`` of the
    years and dates of its sentence, when within ``reach`` characters; empty otherwise. "153.4 ألف عقار
    ... 2015 ... 179.8 ألف ... 2014": each figure gets the year next to it, not both."""
    best: tuple[int, int] | None = None
    for s, e, year in years:
        gap = s - end if s >= end else start - e if e <= start else 0
        if gap <= reach and (best is None or gap < best[0]):
            best = (gap, year)
    return frozenset() if best is None else frozenset({best[1]})


# Qualifiers that bound a figure from below or above (the others are a value, about one, or a range).
_LOWER = frozenset({"more_than", "at_least"})
_UPPER = frozenset({"less_than", "up_to"})
APPROX = 0.25  # "نحو 300" covers 225–375 when checked against a bound


def _interval(value: float, value_max: float | None, qualifier: str | None) -> tuple[float, float]:
    if qualifier in _LOWER:
        return value, float("inf")
    if qualifier in _UPPER:
        return 0.0, value
    hi = value_max if value_max is not None and value_max > value else value
    if qualifier == "approx":
        return value * (1 - APPROX), hi * (1 + APPROX)
    return value, hi


def qualifiers_compatible(a: tuple[float, float | None, str | None],
                          b: tuple[float, float | None, str | None]) -> bool:
    """Whether two figures (value, value_max, qualifier) can report one quantity. Two values (exact,
    about, range) always can: that is a disagreement. A bound ("more than 3,000", "up to 50") only with
    what it allows: "more than 19,000" and "about 20,000" yes, "more than 3,000" and "540" no."""
    if a[2] not in _LOWER and a[2] not in _UPPER and b[2] not in _LOWER and b[2] not in _UPPER:
        return True
    lo1, hi1 = _interval(*a)
    lo2, hi2 = _interval(*b)
    return lo1 <= hi2 and lo2 <= hi1


# How much two sentences must share to tell one event: an entity counts 1 (one the library mentions
# everywhere, such as a country or a big organisation, counts COMMON_WEIGHT), a word around the figures 1.
FRAME_EVIDENCE = 3.0
COMMON_WEIGHT = 0.5


def frames_shared(a: FigureFrame, b: FigureFrame) -> tuple[str, ...] | None:
    """Why two figures' sentences tell one event, or None when they do not: different sentences, neither
    a list of values of the thing, not dated to different years, not in different places, not figures
    of different owners, an entity and a word around the figures in common, and together at least
    :data:`FRAME_EVIDENCE` (an entity or word 1, an entity the library mentions everywhere
    :data:`COMMON_WEIGHT`: "Iran" and "Boko Haram" say less of which event than "Suruc"). The names
    first, then the words as ``a`` writes them, sorted.

    - A sentence that gives several values of one counted thing ("63 points ... Ahli 59 points", "23
      strikes by the coalition, 30 by the army, 12 by the air force", "2.5 million barrels against
      2.3 million expected") compares quantities of different things counted alike: no value of it is
      grouped (:attr:`FigureFrame.listed`).
    - Two sentences that both name places, none of them in common (Qassim and Tabuk, Al-Baha and the
      Eastern Province), tell of two places, so two events.
    - The entity named next to a figure is whose figure it is ("Aimar, who played 52 matches" and
      "Messi, in 103 matches"): when each figure has one, each must be named in the other's sentence.
    - A sentence that gives a reading (:func:`is_reading`: "fell 54 cents or 1.02 % to 52.20 dollars")
      reports one moment of a market or a measure: its figures are that moment's, not one fact that
      reports disagree on.
    - One of the entities in common must be one the library does not mention everywhere: the outlet's
      own name or "Islamic State" does not say which event.
    - A figure written like a day and a month (:func:`date_shaped`) is a date the number reader took for
      a quantity: never grouped.
    """
    if a.sentence == b.sentence or a.listed or b.listed or a.readings or b.readings:
        return None
    if a.date_shaped or b.date_shaped:
        return None
    if a.years and b.years and a.years.isdisjoint(b.years):
        return None
    if a.places and b.places and a.places.isdisjoint(b.places):
        return None
    if a.owner is not None and b.owner is not None and (a.owner not in b.entities or b.owner not in a.entities):
        return None
    entities = a.entities & b.entities
    if not entities or entities <= (a.common | b.common):
        return None
    words = [w for k, w in a.words.items() if k in b.words]
    if not words:
        return None
    common = len(entities & (a.common | b.common))
    if len(entities) - common + COMMON_WEIGHT * common + len(words) < FRAME_EVIDENCE:
        return None
    return (*sorted(entities), *sorted(words))


# --- grouping ----------------------------------------------------------------------------------


def group_figure_rows(
    rows: Sequence[FigureRow],
    counted: Sequence[Counted],
    *,
    topics: Mapping[int, Collection[str]] | None = None,
    norm: Callable[[str], str] = lambda s: s,
    kinds: frozenset[str] = GROUPED_KINDS,
    frames: Frames | None = None,
) -> list[tuple[str, str | None, str, str | None, list[int], tuple[str, ...]]]:
    """:func:`group_figures` over plain rows: ``(counted, counted_en, kind, unit, member indices,
    shared)`` per group, the indices into ``rows`` ordered like :attr:`FigureGroup.figures`.
    ``rows[i][0]`` indexes ``counted``; ties are broken by the order of ``rows``. ``topics`` maps an
    article id to its topics (entity keys); None puts every article in one story. ``frames(i)`` is the
    sentence frame of ``rows[i]``; without ``frames`` sentences are not compared, and with it a figure
    whose frame is None links to nothing."""
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

    found: list[tuple[str, str | None, str, str | None, list[int], tuple[str, ...]]] = []
    for idx in members.values():
        if len(idx) < 2:
            continue
        for linked, shared in _link(rows, idx, topics, frames):
            group = _as_group(rows, counted, linked)
            if group is not None:
                found.append((*group, shared))
    found.sort(key=lambda g: (-len(g[4]), g[0], min(g[4])))  # ties: the group whose first figure came first
    return found


def _one_origin(a: FigureRow, b: FigureRow) -> bool:
    """Two figures of one article are two reports only when attributed to two named sources."""
    return a[4] == b[4] and (a[6] is None or b[6] is None or a[6] == b[6])


def _both_give_both(a: FigureRow, b: FigureRow, values_in: Mapping[int, set[float]]) -> bool:
    """Whether one of two articles also gives the other's value of the thing: then they do not
    disagree on it ("133 votes to 73" in both)."""
    return float(a[1]) in values_in.get(b[4], ()) or float(b[1]) in values_in.get(a[4], ())  # type: ignore[arg-type]


def _buckets(rows: Sequence[FigureRow], idx: list[int],
             topics: Mapping[int, Collection[str]] | None) -> list[list[tuple[float, int]]]:
    """(size, position in idx) by story bucket, each sorted by size: an article with topics is in each
    of its topics' buckets (which links its own figures too); one without topics has its own."""
    buckets: dict[object, list[tuple[float, int]]] = {}
    no_topics: tuple[str, ...] = ()
    for pos, i in enumerate(idx):
        r = rows[i]
        item = (abs(float(r[1])), pos)  # type: ignore[arg-type]  # members have a value
        keys: Iterable[object] = (None,) if topics is None else (topics.get(r[4], no_topics) or (r[4],))
        for k in keys:
            buckets.setdefault(k, []).append(item)
    return [sorted(b) for b in buckets.values() if len(b) >= 2]


def _link(rows: Sequence[FigureRow], idx: list[int], topics: Mapping[int, Collection[str]] | None,
          frames: Frames | None) -> list[tuple[list[int], tuple[str, ...]]]:
    """The figures ``idx`` (one counted component, all with a value) as sets of linked figures (see the
    module docstring), each with the names and words its links share, the most shared first."""
    values_in: dict[int, set[float]] = {}  # the values each article gives this counted thing
    for i in idx:
        r = rows[i]
        if not r[3]:
            values_in.setdefault(r[4], set()).add(float(r[1]))  # type: ignore[arg-type]
    frame_of: dict[int, FigureFrame | None] = {}

    def frame(pos: int) -> FigureFrame | None:
        if pos not in frame_of:
            frame_of[pos] = frames(idx[pos]) if frames is not None else None
        return frame_of[pos]

    uf = UnionFind(len(idx))
    links: dict[int, dict[int, tuple[str, ...]]] = {}
    done: set[tuple[int, int]] = set()
    for b in _buckets(rows, idx, topics):
        for n, (s1, p1) in enumerate(b):
            for s2, p2 in b[n + 1:]:
                if not comparable(s1, s2):
                    break
                pair = (p1, p2) if p1 < p2 else (p2, p1)
                if pair in done:
                    continue
                done.add(pair)
                shared = _pair(rows[idx[p1]], rows[idx[p2]], s1 != s2, values_in,
                               frame if frames is not None else None, p1, p2)
                if shared is None:
                    continue
                uf.union(p1, p2)
                links.setdefault(p1, {})[p2] = shared
                links.setdefault(p2, {})[p1] = shared
    sets: dict[int, list[int]] = {}
    for pos in range(len(idx)):
        sets.setdefault(uf.find(pos), []).append(pos)
    out: list[tuple[list[int], tuple[str, ...]]] = []
    for members in sets.values():
        for clique in (_cliques(members, links) if len(members) > 2 else [members]):
            if len(clique) < 2:
                continue
            sizes = [abs(float(rows[idx[p]][1])) for p in clique]  # type: ignore[arg-type]
            if not comparable(min(sizes), max(sizes)):
                continue
            counts: dict[str, int] = {}
            for n, p in enumerate(clique):
                for q in clique[n + 1:]:
                    for w in links[p][q]:
                        counts[w] = counts.get(w, 0) + 1
            reason = tuple(sorted(counts, key=lambda w: -counts[w])[:6])
            out.append((sorted(idx[p] for p in clique), reason))
    return out


_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s*[-/]\s*(\d{1,2})(?!\d)")


def date_shaped(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``:``end`` of ``text`` is written like a day and a month: two
    numbers joined by "-" or "/", at most 31 and 12 (either way round), the figure one or both of them
    ("الثلاثاء 5-10", "السبت ٢ / ١٠"). Dates are not quantities; the number reader sometimes reads one as
    a range or a count."""
    lo, hi = max(0, start - 6), min(len(text), end + 6)
    for m in _DAY_MONTH.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            a, b = int(m.group(1)), int(m.group(2))
            if 1 <= a <= 31 and 1 <= b <= 12 or 1 <= a <= 12 and 1 <= b <= 31:
                return True
    return False


def is_reading(value: float | int | None) -> bool:
    """A value given to the hundredth or finer (16.72 points, 60.27 dollars, 0.18 %), or a value of a
    hundred or more given with a fraction (9275.2 points), is a reading of one moment (an index, a price,
    a rate), not a count that reports could disagree on: two different readings are two moments. Such a
    figure is never grouped with another value."""
    if value is None:
        return False
    v = abs(float(value))
    if v.is_integer():
        return False
    return v >= 100 or abs(v * 10 - round(v * 10)) > 1e-6


def _pair(r1: FigureRow, r2: FigureRow, differ: bool, values_in: Mapping[int, set[float]],
          frame: Callable[[int], FigureFrame | None] | None, p1: int, p2: int) -> tuple[str, ...] | None:
    """What two comparable figures of one story share when they link (``()`` without frames), else None."""
    if _one_origin(r1, r2) or (differ and r1[4] != r2[4] and _both_give_both(r1, r2, values_in)):
        return None
    if differ and (is_reading(r1[1]) or is_reading(r2[1])):
        return None
    if frame is None:
        return ()
    f1, f2 = frame(p1), frame(p2)
    if f1 is None or f2 is None:
        return None  # frames asked for and not known: nothing says they tell one event
    v1 = (float(r1[1]), _float(r1[2]), f1.qualifier)  # type: ignore[arg-type]
    v2 = (float(r2[1]), _float(r2[2]), f2.qualifier)  # type: ignore[arg-type]
    if not qualifiers_compatible(v1, v2):
        return None
    return frames_shared(f1, f2)


def _cliques(members: list[int], links: Mapping[int, Mapping[int, tuple[str, ...]]]) -> list[list[int]]:
    """Split linked figures into sets where every figure links to every other (a chain "37 killed in
    Sousse" – "39 killed in Sousse" – "50 killed, the worst since Reyhanli" is not one fact): greedily,
    the best-linked figure first (ties: the first), then each figure linked to all taken so far."""
    left = list(members)
    out: list[list[int]] = []
    while left:
        degree = {p: sum(1 for q in left if q in links.get(p, {})) for p in left}
        left.sort(key=lambda p: -degree[p])  # stable: ties keep their order
        clique = [left[0]]
        for p in left[1:]:
            if all(q in links.get(p, {}) for q in clique):
                clique.append(p)
        out.append(clique)
        taken = set(clique)
        left = [p for p in left if p not in taken]
    return out


def _float(v: float | int | None) -> float | None:
    return None if v is None else float(v)


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
    frame_of: Callable[[FigureFact], FigureFrame | None] | None = None,
) -> list[FigureGroup]:
    """Groups of figures about one fact that were reported differently (see the module docstring),
    largest first. ``topics``: each article's topics (entity keys); None puts all in one story.
    Sentences are compared when ``frame_of`` gives each figure's frame (asked only for figures that may
    link), or when some figure carries one (:attr:`FigureFact.frame`); else they are not."""
    figs = list(figures)
    index: dict[Counted, int] = {}
    rows: list[FigureRow] = []
    for f in figs:
        c = (f.kind, f.unit, f.counted, f.counted_en)
        ci = index.get(c)
        if ci is None:
            ci = index[c] = len(index)
        rows.append((ci, f.value, f.value_max, f.vague, f.article_id, f.start, f.source_key or f.source))
    frames: Frames | None = None
    if frame_of is not None:
        get = frame_of
        frames = lambda i: get(figs[i])  # noqa: E731
    elif any(f.frame is not None for f in figs):
        frames = lambda i: figs[i].frame  # noqa: E731
    return [
        FigureGroup(label, label_en, kind, unit, tuple(figs[i] for i in members), shared)
        for label, label_en, kind, unit, members, shared in group_figure_rows(
            rows, list(index), topics=topics, norm=norm, kinds=kinds, frames=frames)
    ]
