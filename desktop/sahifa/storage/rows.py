"""The shapes of the library's rows: what is written (a NamedTuple per prepared table row) and what is
handed to the GUI and the CLI (frozen dataclasses), so that no row is read by position.

Written rows (:class:`PreparedArticle` and its lists) carry only str/int/float/None, in the column
order of their ``INSERT`` (the article id first, added when saved): the feature modules pass them to
``executemany`` as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, overload

from ..core.model import Analysis, Article, EntityMention, Note, NumberMention, Paragraph, Quote, Sentence

__all__ = [
    "AliasRow",
    "ArticleIds",
    "ArticleRow",
    "CorrectionRow",
    "EntityFact",
    "EntityRow",
    "FixRow",
    "MentionRow",
    "NoteRow",
    "NumberRow",
    "PassageRow",
    "PreparedArticle",
    "QuoteFact",
    "QuoteRow",
    "SearchHit",
    "SentenceRow",
]


# --- rows written: one per table row of a prepared article ----------------------------------------


class SentenceRow(NamedTuple):
    """``sentences``: a sentence span (its English, ``en``, arrives with a machine translation)."""

    idx: int
    paragraph: int
    start: int
    end: int


class EntityRow(NamedTuple):
    """``entities`` / ``article_entities``: one per key in an article; display values the most frequent
    in the article."""

    key: str
    canonical: str
    label_en: str
    type: str
    mentions: int


class AliasRow(NamedTuple):
    """``entity_aliases``: a surface of an entity key and how often the article writes it."""

    key: str
    surface: str
    surface_key: str
    n: int


class MentionRow(NamedTuple):
    """``mentions``: an entity mention as analysed."""

    idx: int
    key: str
    surface_key: str
    text: str
    type: str
    canonical: str
    label_en: str
    start: int
    end: int
    source: str
    sentence_index: int
    label_source: str


class NumberRow(NamedTuple):
    """``numbers``: a figure; ``quote_idx`` is the innermost quote covering it."""

    idx: int
    sentence_index: int
    text: str
    value: float | None
    value_max: float | None
    kind: str
    unit: str | None
    counted: str | None
    counted_en: str | None
    qualifier: str | None
    vague: int
    start: int
    end: int
    quote_idx: int | None


class QuoteRow(NamedTuple):
    """``quotes``: who said what; ``speaker_key`` is the key of ``speaker_canonical``."""

    idx: int
    sentence_index: int
    speaker: str
    speaker_canonical: str | None
    speaker_key: str | None
    cue: str
    quote: str
    direct: int
    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None


class PassageRow(NamedTuple):
    """``passages``: a searchable passage — an Arabic sentence, a reference English paragraph or a
    machine-translated sentence — and its normalised text (``norm``, what the FTS index holds)."""

    sentence_index: int
    lang: str
    start: int
    end: int
    en: str | None
    norm: str


class FixRow(NamedTuple):
    """``entity_fixes`` (without its key): a user correction of an entity."""

    canonical: str | None
    label_en: str | None
    type: str | None
    deleted: int
    merged_into: str | None
    updated: str


class PreparedArticle(NamedTuple):
    """An article and its analysis as the rows the library stores, built without a connection.

    Only str/int/float/None in lists and tuples, so pickling is cheap: ``sahifa.services.ingest`` prepares
    articles in its worker processes and the process that owns the library only writes them
    (:meth:`Library.save_prepared`). :meth:`objects` gives back the Article and Analysis, equal to the
    ones prepared. Row layouts are the NamedTuples above (``sentence_index`` is derived from the
    offsets); ``passages`` are the Arabic sentences and the reference English (machine-translated
    English carried over from an earlier analysis is added when saved).
    """

    path: str
    folder: str
    title: str
    source: str | None
    published: str | None
    encoding: str
    sha1: str
    text: str
    paragraphs_json: str
    reference_json: str | None
    sentences: list[SentenceRow]
    entities: list[EntityRow]
    aliases: list[AliasRow]
    mentions: list[MentionRow]
    numbers: list[NumberRow]
    quotes: list[QuoteRow]
    passages: list[PassageRow]

    def __reduce__(self) -> tuple[Callable[..., PreparedArticle], tuple[Any, ...]]:
        # Pickled (to and from ingest's worker processes) with its rows as plain tuples: a NamedTuple
        # is pickled by a call to its class per row, ~4× the cost of the whole article's tuples.
        return _unpickle, (*self[:10], *[list(map(tuple, rows)) for rows in self[10:]])

    def objects(self) -> tuple[Article, Analysis]:
        """The Article and Analysis these rows were prepared from."""
        text = self.text
        article = Article(
            path=self.path, title=self.title, text=text, source=self.source, published=self.published,
            encoding=self.encoding, sha1=self.sha1,
            paragraphs=tuple(Paragraph(i, s, e) for i, (s, e) in enumerate(json.loads(self.paragraphs_json))),
            sentences=tuple(Sentence(i, p, s, e, text[s:e]) for i, p, s, e in self.sentences),
            reference_en=tuple(json.loads(self.reference_json)) if self.reference_json is not None else None,
        )
        analysis = Analysis(
            tuple(EntityMention(m.text, m.type, m.canonical, m.label_en, m.start, m.end, m.source, m.label_source)
                  for m in self.mentions),
            tuple(NumberMention(n.text, n.value, n.kind, n.unit, n.start, n.end, n.counted, n.counted_en,
                                n.qualifier, bool(n.vague), n.value_max)
                  for n in self.numbers),
            tuple(Quote(q.speaker, q.speaker_canonical, q.cue, q.quote, bool(q.direct), q.start, q.end,
                        q.speaker_start, q.speaker_end)
                  for q in self.quotes),
        )
        return article, analysis


def _unpickle(
    path: str, folder: str, title: str, source: str | None, published: str | None, encoding: str, sha1: str,
    text: str, paragraphs_json: str, reference_json: str | None, sentences: list[tuple[Any, ...]],
    entities: list[tuple[Any, ...]], aliases: list[tuple[Any, ...]], mentions: list[tuple[Any, ...]],
    numbers: list[tuple[Any, ...]], quotes: list[tuple[Any, ...]], passages: list[tuple[Any, ...]],
) -> PreparedArticle:
    """A :class:`PreparedArticle` from its pickled form (:meth:`PreparedArticle.__reduce__`)."""
    new = tuple.__new__
    return PreparedArticle(
        path, folder, title, source, published, encoding, sha1, text, paragraphs_json, reference_json,
        [new(SentenceRow, r) for r in sentences], [new(EntityRow, r) for r in entities],
        [new(AliasRow, r) for r in aliases], [new(MentionRow, r) for r in mentions],
        [new(NumberRow, r) for r in numbers], [new(QuoteRow, r) for r in quotes],
        [new(PassageRow, r) for r in passages],
    )


# --- rows handed to the GUI and the CLI --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    path: str
    title: str
    source: str | None
    published: str | None
    n_entities: int   # distinct entities in the article (as analysed)
    n_numbers: int
    n_quotes: int
    read: bool
    title_en: str = ""  # the English title (core.english.english_title), "" when the article has no English


class ArticleIds(Sequence[int]):
    """Sorted article ids, fetched on first use with one indexed range query.

    Behaves like (and compares equal to) a tuple. Loaded ids reflect the library at first access.
    """

    __slots__ = ("_ids", "_keys", "_loader")

    def __init__(self, loader: Callable[[Sequence[str]], tuple[int, ...]], keys: tuple[str, ...]) -> None:
        self._loader: Callable[[Sequence[str]], tuple[int, ...]] | None = loader
        self._keys = keys
        self._ids: tuple[int, ...] | None = None

    def _get(self) -> tuple[int, ...]:
        if self._ids is None:
            assert self._loader is not None
            self._ids = self._loader(self._keys)
            self._loader = None
        return self._ids

    def __len__(self) -> int:
        return len(self._get())

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[int, ...]: ...
    def __getitem__(self, i: int | slice) -> int | tuple[int, ...]:
        return self._get()[i]

    def __iter__(self) -> Iterator[int]:
        return iter(self._get())

    def __contains__(self, x: object) -> bool:
        return x in self._get()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, ArticleIds)):
            return self._get() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._get())

    def __repr__(self) -> str:
        return repr(self._get()) if self._ids is not None else "ArticleIds(<not loaded>)"

    # copying or pickling (dataclasses.asdict deep-copies field values) materialises a plain tuple
    def __copy__(self) -> tuple[int, ...]:
        return self._get()

    def __deepcopy__(self, memo: dict[int, Any]) -> tuple[int, ...]:
        return self._get()

    def __reduce__(self) -> tuple[type[tuple[int, ...]], tuple[tuple[int, ...]]]:
        return tuple, (self._get(),)


@dataclass(frozen=True, slots=True)
class EntityFact:
    key: str
    canonical: str
    label_en: str
    type: str
    mentions: int
    articles: int
    article_ids: Sequence[int]  # a tuple, or an ArticleIds (lazy, tuple-like) for unfiltered lists
    aliases: tuple[str, ...]   # distinct surfaces seen anywhere in the library, most frequent first


@dataclass(frozen=True, slots=True)
class QuoteFact:
    article_id: int
    article_title: str
    sentence_index: int
    speaker: str              # as written
    speaker_key: str | None   # entity key (corrections applied) or None
    cue: str
    quote: str
    direct: bool
    start: int
    end: int
    speaker_display: str = ""  # corrected canonical when linked, else the surface


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: int
    title: str
    sentence_index: int
    start: int
    end: int        # span in the article text (a whole paragraph for reference-English hits)
    snippet: str    # plain text
    lang: str       # "ar" | "en"


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: int
    article_path: str
    start: int
    end: int
    color: str
    text: str
    pane: str
    created: str
    updated: str
    passage: str
    extra: dict[str, str]
    article_id: int | None
    article_title: str | None
    article_source: str | None
    article_published: str | None
    english: str | None             # aligned English of the sentences (or paragraphs) under the note
    entities: tuple[str, ...]       # canonicals (corrected) of entities inside the note span
    entity_keys: tuple[str, ...]
    # offsets into the text of the side the note was made on (pane): the English as it was shown for
    # an English note; the Arabic span itself for an Arabic one
    side_start: int | None = None
    side_end: int | None = None

    @property
    def side_passage(self) -> str:
        """The text the user selected, on the side they selected it."""
        return self.extra.get("en_passage", "") if self.pane == "en" else self.passage

    @property
    def stale(self) -> bool:
        """True when the article text changed and the passage could not be found again."""
        return self.extra.get("stale") == "1"

    def to_note(self) -> Note:
        return Note(
            article_path=self.article_path, start=self.start, end=self.end, color=self.color,
            text=self.text, pane=self.pane, id=self.id, created=self.created, updated=self.updated,
            passage=self.passage, extra=dict(self.extra),
        )


@dataclass(frozen=True, slots=True)
class CorrectionRow:
    """One entity correction of the log: what was done, to what, when, and whether it was reverted."""

    id: int
    kind: str            # merge | rename | retype | delete
    key: str
    detail: dict[str, Any]
    created: str
    reverted: str | None
    label: str           # the entity's display name now (its English label, else its canonical)
