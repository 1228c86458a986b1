"""The Sahifa library: one SQLite file holding articles, their analyses, facts, notes and caches.

No Qt, no NLP libraries. Arabic normalisation arrives by injection: ``key_func`` turns a canonical
name into an entity key, ``search_norm`` normalises text for full-text search (both indexing and
queries). The defaults below are small and self-contained; the application injects the richer
functions from ``sahifa.core.text``/``sahifa.nlp``.

Design notes
- sqlite-utils ``Database`` over a ``sqlite3`` connection we open ourselves (URI, ``mode=ro`` for
  read-only). Writes run in explicit ``BEGIN IMMEDIATE`` transactions (nested calls become
  savepoints), so a writer waits on ``busy_timeout`` instead of failing on a lock upgrade.
  WAL journal, ``synchronous=NORMAL`` (durable against application crashes); note writes switch to
  ``synchronous=FULL`` for their commit so a confirmed note also survives a power cut.
- Every worker thread opens its own ``Library`` on the same path.
- Aggregation happens in SQL over ``article_entities`` (one row per entity and article) and the
  counters in ``entities`` (added to by :meth:`Library.save_prepared`, taken from by triggers on
  delete); Python only folds the few user corrections (``entity_fixes``) into the aggregated rows.
- Saving is split in two: :func:`prepare_article` turns an article and its analysis into plain rows
  without a connection (``sahifa.ingest`` runs it in its worker processes), and
  :meth:`Library.save_prepared` writes a batch of them set-based, one statement per table.
- Any ``sqlite3.Error`` escaping a public method becomes a :class:`LibraryError` whose ``str()`` is a
  sentence for the user (paths shown through :func:`sahifa.core.safe_text.visible`). Nothing here ever
  deletes or overwrites a library file; a damaged file can be moved aside with :meth:`Library.quarantine`.
- Private: a new library file is 0600 in a 0700 folder, and an existing one loses group/other
  permissions when opened for writing (:mod:`.paths`). A new file is made whole (an SQLite header in a
  temporary file, then linked into place), so a zero-byte ``library.db`` is never one of ours: it is
  reported as damaged rather than silently used as a new, empty library.
- Read-only means read-only: ``read_only=True`` opens with ``mode=ro`` (and ``immutable=1`` in a folder
  that cannot be written, where SQLite could not make the WAL's -shm file), nothing is chmod'ed, and
  every write is refused with a sentence saying that notes cannot be saved.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import heapq
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, NamedTuple, ParamSpec, TypeVar, overload

from ..core.facts import TOPICS_PER_ARTICLE, FigureFact, FigureGroup, group_figures
from ..core.model import (
    ENTITY_TYPES,
    Analysis,
    Article,
    EntityMention,
    Note,
    NumberMention,
    Paragraph,
    Quote,
    Sentence,
)
from ..core.safe_text import visible
from .paths import (
    LIBRARY_SIDE_FILES,
    PRIVATE_FILE_MODE,
    default_library_path,
    library_writable,
    make_private,
    private_dir,
    read_only_uri,
)
from .schema import SCHEMA_VERSION, migrate, user_version

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "ArticleIds",
    "ArticleRow",
    "EntityFact",
    "FigureFact",
    "FigureGroup",
    "Library",
    "LibraryError",
    "NoteRow",
    "PreparedArticle",
    "QuoteFact",
    "SearchHit",
    "default_key",
    "default_library_path",
    "default_norm",
    "prepare_article",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_CHUNK = 500  # parameters per IN (...) list

# --- default normalisers -----------------------------------------------------------------------

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, Quranic marks, tatweel
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})


def default_norm(text: str) -> str:
    """Search normalisation: NFKC, no diacritics or tatweel, alef forms → ا, ة → ه, ى → ي, case-folded."""
    return _MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_LETTERS).casefold()


def default_key(text: str) -> str:
    """Entity key: :func:`default_norm` with whitespace collapsed."""
    return " ".join(default_norm(text).split())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _reason(exc: OSError) -> str:
    """An OSError as words for a sentence ("permission denied", "read-only file system"), without
    the "[Errno 13]" prefix and the repeated path."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


# --- rows handed to the GUI and the CLI --------------------------------------------------------


class LibraryError(Exception):
    """A library problem the user can act on; ``str()`` is a sentence for the user."""


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


@dataclass(frozen=True, slots=True)
class _Fix:
    canonical: str | None
    label_en: str | None
    type: str | None
    deleted: bool
    merged_into: str | None


class _Fixes:
    """The user's entity corrections, folded over query results."""

    def __init__(self, rows: Iterable[tuple[str, str | None, str | None, str | None, int, str | None]]):
        self.by_key: dict[str, _Fix] = {
            k: _Fix(c, label, t, bool(d), m) for k, c, label, t, d, m in rows
        }
        self.children: dict[str, list[str]] = {}
        for k, f in self.by_key.items():
            if f.merged_into:
                self.children.setdefault(f.merged_into, []).append(k)

    def root(self, key: str) -> str:
        seen = 0
        while seen < 32:
            f = self.by_key.get(key)
            if f is None or not f.merged_into:
                return key
            key = f.merged_into
            seen += 1
        return key

    def deleted(self, root: str) -> bool:
        f = self.by_key.get(root)
        return f is not None and f.deleted

    def live_root(self, key: str | None) -> str | None:
        """The effective key, or None when the entity was deleted ("not an entity")."""
        if key is None:
            return None
        r = self.root(key)
        return None if self.deleted(r) else r

    def members(self, root: str) -> list[str]:
        """All raw keys folded into root (root first), transitively."""
        out, todo = [root], [root]
        while todo:
            for child in self.children.get(todo.pop(), ()):
                if child not in out:
                    out.append(child)
                    todo.append(child)
        return out

    def display(self, root: str, base: tuple[str, str, str] | None) -> tuple[str, str, str]:
        canonical, label, etype = base if base is not None else (root, "", "MISC")
        f = self.by_key.get(root)
        if f is not None:
            canonical = f.canonical or canonical
            label = f.label_en if f.label_en is not None else label
            etype = f.type or etype
        return canonical, label, etype


P = ParamSpec("P")
R = TypeVar("R")


def _guarded(method: Callable[Concatenate[Library, P], R]) -> Callable[Concatenate[Library, P], R]:
    """Turn sqlite3 errors escaping a public method into a readable :class:`LibraryError`."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise LibraryError(self._describe(exc)) from exc

    return wrapper


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _qmarks(n: int) -> str:
    return ",".join("?" * n)


# --- articles as rows: prepared anywhere, written by the library --------------------------------


class PreparedArticle(NamedTuple):
    """An article and its analysis as the rows the library stores, built without a connection.

    Only str/int/float/None in lists and tuples, so pickling is cheap: ``sahifa.ingest`` prepares
    articles in its worker processes and the process that owns the library only writes them
    (:meth:`Library.save_prepared`). :meth:`objects` gives back the Article and Analysis, equal to the
    ones prepared. Row layouts (``sentence_index`` is derived from the offsets):

    - sentences: (idx, paragraph, start, end)
    - entities: (key, canonical, label_en, type, mentions) — one per key, display values the most
      frequent in the article
    - aliases: (key, surface, surface_key, n)
    - mentions: (idx, key, surface_key, text, type, canonical, label_en, start, end, source, sentence_index,
      label_source)
    - numbers: (idx, sentence_index, text, value, value_max, kind, unit, counted, counted_en, qualifier,
      vague, start, end, quote_idx)
    - quotes: (idx, sentence_index, speaker, speaker_canonical, speaker_key, cue, quote, direct, start,
      end, speaker_start, speaker_end)
    - passages: (sentence_index, lang, start, end, en, norm) — the Arabic sentences and the reference
      English; machine-translated English carried over from an earlier analysis is added when saved
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
    sentences: list[tuple[int, int, int, int]]
    entities: list[tuple[str, str, str, str, int]]
    aliases: list[tuple[str, str, str, int]]
    mentions: list[tuple[Any, ...]]
    numbers: list[tuple[Any, ...]]
    quotes: list[tuple[Any, ...]]
    passages: list[tuple[Any, ...]]

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
            tuple(EntityMention(r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[11]) for r in self.mentions),
            tuple(NumberMention(r[2], r[3], r[5], r[6], r[11], r[12], r[7], r[8], r[9], bool(r[10]), r[4])
                  for r in self.numbers),
            tuple(Quote(r[2], r[3], r[5], r[6], bool(r[7]), r[8], r[9], r[10], r[11]) for r in self.quotes),
        )
        return article, analysis


def _most_common(values: list[str]) -> str:
    """Counter(values).most_common(1)[0][0]: the most frequent value, the first seen among equals."""
    first = values[0]
    if len(values) == 1 or values.count(first) == len(values):
        return first
    return Counter(values).most_common(1)[0][0]


def _topics_json(entities: Sequence[tuple[str, str, str, str, int]]) -> str:
    """``articles.topics``: the ``TOPICS_PER_ARTICLE`` keys with the most mentions (ties by key, as
    SQLite orders them), from a prepared article's entity rows ``(key, …, mentions)``."""
    top = heapq.nsmallest(TOPICS_PER_ARTICLE, entities, key=lambda e: (-e[4], e[0]))
    return json.dumps([e[0] for e in top], ensure_ascii=False)


def _paragraphs_json(paragraphs: Sequence[Paragraph]) -> str:
    """json.dumps([[p.start, p.end] for p in paragraphs]), ~5× cheaper (offsets are ints)."""
    return "[" + ", ".join([f"[{p.start:d}, {p.end:d}]" for p in paragraphs]) + "]"


def prepare_article(
    article: Article,
    analysis: Analysis,
    *,
    folder: str,
    key: Callable[[str], str] = default_key,
    norm: Callable[[str], str] = default_norm,
) -> PreparedArticle:
    """The rows :meth:`Library.save_prepared` stores for an article; ``key`` and ``norm`` must be the
    library's ``key_func`` and ``search_norm`` (memoise ``key``: a batch keys the same names often)."""
    # the sentence of an offset: max(bisect_right(starts, pos) - 1, 0), written (… or 1) - 1 below
    starts = [s.start for s in article.sentences]
    bisect_right = bisect.bisect_right

    # Entities: per-key aggregates for this article, alias counts and mention rows.
    per_key: dict[str, list[Any]] = {}
    aliases: dict[tuple[str, str], list[Any]] = {}   # (key, surface) -> [surface_key, n]
    mention_rows: list[tuple[Any, ...]] = []
    for i, m in enumerate(analysis.entities):
        text = m.text
        canonical = m.canonical
        k = key(canonical) or key(text) or canonical
        agg = per_key.get(k)
        if agg is None:
            per_key[k] = [1, [canonical], [m.label_en], [m.type]]
        else:
            agg[0] += 1
            agg[1].append(canonical)
            agg[2].append(m.label_en)
            agg[3].append(m.type)
        surface_key = key(text) or text
        alias = aliases.get((k, text))
        if alias is None:
            aliases[(k, text)] = [surface_key, 1]
        else:
            alias[1] += 1
        start = m.start
        mention_rows.append(
            (i, k, surface_key, text, m.type, canonical, m.label_en, start, m.end, m.source,
             (bisect_right(starts, start) or 1) - 1, m.label_source)
        )
    entity_rows = [
        (k, _most_common(a[1]), _most_common(a[2]), _most_common(a[3]), a[0]) for k, a in per_key.items()
    ]

    quotes = analysis.quotes
    quote_rows = [
        (i, (bisect_right(starts, q.start) or 1) - 1, q.speaker, q.speaker_canonical,
         (key(q.speaker_canonical) or None) if q.speaker_canonical else None,
         q.cue, q.quote, int(q.direct), q.start, q.end, q.speaker_start, q.speaker_end)
        for i, q in enumerate(quotes)
    ]

    spans = [(q.start, q.end, q.end - q.start, i) for i, q in enumerate(quotes)]

    def covering_quote(n: NumberMention) -> int | None:
        """The shortest quote around n (the first of equally short ones)."""
        ns, ne = n.start, n.end
        best: int | None = None
        best_len = 0
        for qs, qe, length, i in spans:
            if qs <= ns and ne <= qe and (best is None or length < best_len):
                best, best_len = i, length
        return best

    number_rows = [
        (i, (bisect_right(starts, n.start) or 1) - 1, n.text, n.value, n.value_max, n.kind, n.unit, n.counted,
         n.counted_en, n.qualifier, int(n.vague), n.start, n.end, covering_quote(n) if spans else None)
        for i, n in enumerate(analysis.numbers)
    ]

    passages: list[tuple[Any, ...]] = [(s.index, "ar", s.start, s.end, None, norm(s.text)) for s in article.sentences]
    reference_json = None
    if article.reference_en is not None:
        reference_json = json.dumps(list(article.reference_en), ensure_ascii=False)
        first_sentence: dict[int, int] = {}
        for s in article.sentences:
            first_sentence.setdefault(s.paragraph, s.index)
        for p, ref in zip(article.paragraphs, article.reference_en, strict=False):
            if ref.strip():
                passages.append((first_sentence.get(p.index, 0), "en", p.start, p.end, ref, norm(ref)))

    return PreparedArticle(
        article.path, folder, article.title, article.source, article.published, article.encoding, article.sha1,
        article.text, _paragraphs_json(article.paragraphs), reference_json,
        [(s.index, s.paragraph, s.start, s.end) for s in article.sentences],
        entity_rows,
        [(k, surface, sk, n) for (k, surface), (sk, n) in aliases.items()],
        mention_rows, number_rows, quote_rows, passages,
    )


class Library:
    """One connection to the library file. Not shared between threads: open one per thread."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        key_func: Callable[[str], str] = default_key,
        search_norm: Callable[[str], str] = default_norm,
        read_only: bool = False,
        check_same_thread: bool = True,
    ) -> None:
        if path is not None:
            self.path = Path(path)
        else:
            try:
                self.path = default_library_path()
            except OSError as exc:
                raise LibraryError(f"Sahifa's data folder cannot be created ({_reason(exc)})") from exc
        self.read_only = read_only
        self.key_func = key_func
        self.search_norm = search_norm
        self._depth = 0
        self._closed = False
        # FTS rows pending: passages with id > _fts_from are not yet in passages_fts (v2: indexed
        # set-based just before the write transaction commits, see _flush_fts).
        self._fts_from: int | None = None
        self._key_cache: dict[str, str] = {}
        self._key_cache_of: Callable[[str], str] = key_func
        self._db: sqlite_utils.Database | None = None
        self._ro_uri = read_only_uri(self.path)
        self._conn = self._connect(check_same_thread)
        try:
            self._prepare()
        except BaseException:
            self._conn.close()
            self._closed = True
            raise

    # --- opening, errors, transactions ---------------------------------------------------------

    def _connect(self, check_same_thread: bool) -> sqlite3.Connection:
        p = self.path
        where = self._where()
        if self.read_only:
            if not p.is_file():
                raise LibraryError(f"{where} does not exist")
            self._refuse_empty()
            uri = self._ro_uri
        else:
            try:
                private_dir(p.parent)
            except OSError as exc:
                raise LibraryError(f"{where} cannot be created ({_reason(exc)})") from exc
            if p.exists() and not p.is_file():
                raise LibraryError(f"{where} cannot be opened (it is not a file)")
            if not library_writable(p):
                if not p.exists():
                    raise LibraryError(f"{where} cannot be created: its folder cannot be written")
                raise LibraryError(self._read_only_sentence())
            if not p.exists():
                self._create_file()
            self._refuse_empty()
            for name in (p.name, *(p.name + s for s in LIBRARY_SIDE_FILES)):
                make_private(p.with_name(name))  # a library made by an older Sahifa was world-readable
            uri = p.resolve().as_uri() + "?mode=rw"
        try:
            return sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread
            )
        except sqlite3.Error as exc:
            raise LibraryError(self._describe(exc)) from exc

    def _where(self) -> str:
        return f"The library at {visible(str(self.path))}"

    def _read_only_sentence(self) -> str:
        return (f"{self._where()} is read-only: it can be read (facts, exports), but nothing can be saved "
                "to it — no analysis, notes or corrections")

    def _refuse_empty(self) -> None:
        """A zero-byte library file is damaged, not a new library: Sahifa never leaves one (see
        :meth:`_create_file`); it is what is left when a copy, a sync or a full disk lost the content."""
        try:
            empty = self.path.stat().st_size == 0
        except OSError:
            return
        if empty:
            raise LibraryError(f"{self._where()} is damaged (the file is empty: 0 bytes)")

    def _create_file(self) -> None:
        """Create the library file, 0600 whatever the umask, and never half-made: an SQLite header is
        written into a private temporary file beside it, which is then hard-linked into place (never
        over an existing file: if another process made the library first, its file is used)."""
        p = self.path
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".new", dir=p.parent)  # 0600
        except OSError as exc:
            raise LibraryError(f"{self._where()} cannot be created ({_reason(exc)})") from exc
        os.close(fd)
        try:
            os.chmod(tmp, PRIVATE_FILE_MODE)
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()  # writes the header (4 KB)
            finally:
                conn.close()
            try:
                os.link(tmp, p)
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links (FAT, some network shares)
                if not p.exists():
                    os.replace(tmp, p)
        except sqlite3.Error as exc:
            raise LibraryError(self._describe(exc, writing=True)) from exc
        except OSError as exc:
            raise LibraryError(f"{self._where()} cannot be created ({_reason(exc)})") from exc
        finally:
            for name in (tmp, *(tmp + s for s in LIBRARY_SIDE_FILES)):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(name)

    def _prepare(self) -> None:
        conn = self._conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # A read first: a file that is not a database fails here, before anything is written.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = user_version(conn)
            if version > SCHEMA_VERSION:
                raise LibraryError(
                    f"The library at {self.path} was created by a newer version of Sahifa "
                    f"(schema {version}; this version understands up to {SCHEMA_VERSION})"
                )
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                if self.read_only:
                    raise LibraryError(
                        f"The library at {self.path} needs upgrading; open it once for writing first"
                    )
                migrate(self.db)
        except sqlite3.Error as exc:
            raise LibraryError(self._describe(exc)) from exc

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils ``Database`` over this library's connection, created on first use.

        Lazy because importing sqlite-utils also imports pandas and numpy when they are installed
        (camel-tools installs them): ~0.4 s that opening a library for reading need not pay.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    def _describe(self, exc: sqlite3.Error, *, writing: bool = False) -> str:
        """A sentence for the user. ``writing``: the error ended a write transaction, which SQLite
        rolled back, so the sentence can say that nothing of it was saved."""
        msg = str(exc)
        low = msg.lower()
        where = self._where()
        unsaved = " Nothing of this change was saved; the library still holds what it held before." if writing else ""
        if "locked" in low or "busy" in low:
            return f"{where} is locked by another Sahifa window"
        if "readonly" in low or "read-only" in low or "read only" in low:
            return self._read_only_sentence()
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            return f"{where} is damaged ({msg})"
        if "unable to open" in low:
            return f"{where} cannot be opened ({msg})"
        if "full" in low:
            return f"{where} cannot be written: the disk is full.{unsaved}"
        if "disk i/o error" in low:
            return f"{where} could not be {'written' if writing else 'read or written'}: {self._io_hint()}.{unsaved}"
        return f"{where} could not be used ({msg})"

    def _io_hint(self) -> str:
        """The likely cause of SQLite's bare "disk I/O error": a full disk, a file-size limit on this
        process (SQLite reports EFBIG as an I/O error), or the device itself."""
        try:
            if shutil.disk_usage(self.path.parent).free < 1 << 20:
                return "the disk is full"
        except OSError:
            pass
        try:
            import resource

            limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
            if limit != resource.RLIM_INFINITY:
                return (f"the file would grow past the file-size limit set for this process ({limit:,} bytes, "
                        "see `ulimit -f`)")
        except (ImportError, OSError, ValueError):
            pass
        return "the disk reported an input/output error (it may be full, removed or failing)"

    @contextmanager
    def _write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE); nested use becomes a savepoint. SQLite errors of the
        outermost transaction become a :class:`LibraryError` that says the change was not saved."""
        if self.read_only:
            raise LibraryError(
                f"{self._where()} is read-only (it was opened for reading only): notes and corrections "
                "cannot be saved"
            )
        if self._depth:
            with self._savepoint() as conn:
                yield conn
            return
        try:
            with self._transaction(durable) as conn:
                yield conn
        except sqlite3.Error as exc:
            raise LibraryError(self._describe(exc, writing=True)) from exc

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        """A nested write: undone alone on error (the outer transaction carries on or rolls back)."""
        conn = self._conn
        name = f"sp{self._depth}"
        conn.execute(f"SAVEPOINT {name}")
        fts_from = self._fts_from
        self._depth += 1
        try:
            yield conn
        except BaseException:
            self._depth -= 1
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            self._fts_from = fts_from  # FTS writes made inside the savepoint are undone too
            raise
        self._depth -= 1
        conn.execute(f"RELEASE {name}")

    @contextmanager
    def _transaction(self, durable: bool) -> Iterator[sqlite3.Connection]:
        """The outermost write: BEGIN IMMEDIATE … COMMIT, rolled back whole on any error."""
        conn = self._conn
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield conn
            except BaseException:
                self._depth = 0
                self._fts_from = None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self._flush_fts(conn)
                conn.execute("COMMIT")
            except BaseException:
                self._fts_from = None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            if durable:
                conn.execute("PRAGMA synchronous = NORMAL")

    def _fts_pending(self, conn: sqlite3.Connection) -> None:
        """Note that passages are about to be inserted: everything above the current maximum id is
        indexed by :meth:`_flush_fts`. Passage ids are rowids (no AUTOINCREMENT) and every delete of
        passages flushes first, so the ids above the mark are exactly the passages added since."""
        if self._fts_from is None:
            self._fts_from = int(conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0])

    def _flush_fts(self, conn: sqlite3.Connection) -> None:
        """Index the passages added in this transaction with one set-based insert (replaces the v1
        per-row trigger: ~3× cheaper for a batch). Runs before the commit and before any delete of
        passages (the FTS 'delete' command must only ever see indexed rows)."""
        lo = self._fts_from
        if lo is None:
            return
        conn.execute("INSERT INTO passages_fts (rowid, norm) SELECT id, norm FROM passages WHERE id > ?", (lo,))
        self._fts_from = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one transaction (for a batch of articles :meth:`save_prepared` is
        one transaction by itself and cheaper than a ``save_article`` loop)."""
        try:
            with self._write():
                yield
        except sqlite3.Error as exc:
            raise LibraryError(self._describe(exc)) from exc

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only:
                self._conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def quarantine(path: Path | str) -> Path:
        """Rename a damaged library (and its -wal/-shm) to ``<name>.damaged-<timestamp>``; return it.

        Nothing is deleted or overwritten, so the old file can still be rescued by hand. Raises
        :class:`LibraryError` (a sentence) when the folder cannot be written.
        """
        p = Path(path)
        try:
            return Library._move_aside(p)
        except OSError as exc:
            raise LibraryError(
                f"A new library cannot be started in {visible(str(p.parent))}: the old library cannot be "
                f"moved aside there ({_reason(exc)}). It was left as it was."
            ) from exc

    @staticmethod
    def _move_aside(p: Path) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = p.with_name(f"{p.name}.damaged-{stamp}")
        n = 1
        while target.exists():
            target = p.with_name(f"{p.name}.damaged-{stamp}-{n}")
            n += 1
        p.rename(target)
        for suffix in ("-wal", "-shm"):
            side = p.with_name(p.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        return target

    @property
    def schema_version(self) -> int:
        return user_version(self._conn)

    @_guarded
    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` as one string ("ok" when healthy). Slow on large libraries."""
        return "\n".join(r[0] for r in self._conn.execute("PRAGMA integrity_check"))

    # --- articles -------------------------------------------------------------------------------

    @_guarded
    def article_state(self, path: str) -> str | None:
        row = self._conn.execute("SELECT sha1 FROM articles WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    @_guarded
    def article_id(self, path: str) -> int | None:
        row = self._conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
        return int(row[0]) if row else None

    def _key(self, text: str) -> str:
        """key_func(text), memoised: a batch keys the same few thousand names over and over."""
        cache = self._key_cache
        if self._key_cache_of is not self.key_func:  # key_func replaced on the instance
            cache.clear()
            self._key_cache_of = self.key_func
        k = cache.get(text)
        if k is None:
            if len(cache) >= 100_000:
                cache.clear()
            k = cache[text] = self.key_func(text)
        return k

    @_guarded
    def article_states(self, paths: Sequence[str]) -> dict[str, tuple[str, int]]:
        """{path: (sha1, id)} of the given paths that are in the library (one query per 500 paths)."""
        out: dict[str, tuple[str, int]] = {}
        for chunk in _chunks(paths):
            for path, sha1, article_id in self._conn.execute(
                f"SELECT path, sha1, id FROM articles WHERE path IN ({_qmarks(len(chunk))})", chunk
            ):
                out[path] = (sha1, int(article_id))
        return out

    def prepare(self, article: Article, analysis: Analysis, *, folder: str) -> PreparedArticle:
        """:func:`prepare_article` with this library's key and search normalisers."""
        return prepare_article(article, analysis, folder=folder, key=self._key, norm=self.search_norm)

    def save_article(self, article: Article, analysis: Analysis, *, folder: str) -> int:
        """Store an article and its analysis in one transaction; return its id (stable across re-saves).

        Re-saving replaces sentences, mentions, figures, quotes and the search index of the article;
        user corrections, notes (re-anchored if the text moved), the read flag and machine-translated
        English of unchanged sentences are kept.
        """
        return self.save_prepared([self.prepare(article, analysis, folder=folder)])[0]

    @_guarded
    def save_prepared(self, items: Sequence[PreparedArticle]) -> list[int]:
        """Store prepared articles (:func:`prepare_article`, with this library's normalisers) in one
        transaction, like :meth:`save_article` one after another; return their ids in order.

        Set-based: one statement per table for the whole list (entity counters and aliases
        aggregated over it), so a batch of 200 articles costs a few dozen statements.
        """
        if not items:
            return []
        paths = [p.path for p in items]
        if len(set(paths)) < len(paths):
            # the same file twice: one save after the other (the later one is a re-save)
            with self._write():
                return [self.save_prepared([p])[0] for p in items]
        now = _now()
        with self._unchecked_references(), self._write() as conn:
            existing: dict[str, int] = {}
            for chunk in _chunks(paths):
                existing.update(
                    conn.execute(f"SELECT path, id FROM articles WHERE path IN ({_qmarks(len(chunk))})", chunk)
                )
            carried = self._clear_for_resave(conn, list(existing.values())) if existing else {}

            next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])
            ids: list[int] = []
            new_rows: list[tuple[Any, ...]] = []
            update_rows: list[tuple[Any, ...]] = []
            for p in items:
                values = (p.folder, p.title, p.source, p.published, p.encoding, p.sha1, len(p.entities),
                          len(p.numbers), len(p.quotes), now, _topics_json(p.entities))
                article_id = existing.get(p.path)
                if article_id is None:
                    # what SQLite would pick (largest rowid + 1): ids are those of one-by-one inserts
                    next_id += 1
                    article_id = next_id
                    new_rows.append((article_id, p.path, *values))
                else:
                    update_rows.append((*values, article_id))
                ids.append(article_id)
            if update_rows:
                conn.executemany(
                    """UPDATE articles SET folder = ?, title = ?, source = ?, published = ?, encoding = ?,
                       sha1 = ?, n_entities = ?, n_numbers = ?, n_quotes = ?, analysed = ?, topics = ?
                       WHERE id = ?""",
                    update_rows,
                )
            conn.executemany(
                """INSERT INTO articles (id, path, folder, title, source, published, encoding, sha1, n_entities,
                   n_numbers, n_quotes, analysed, topics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                new_rows,
            )
            conn.executemany(
                """INSERT INTO article_texts (article_id, paragraphs, reference_en, text) VALUES (?, ?, ?, ?)
                   ON CONFLICT (article_id) DO UPDATE SET paragraphs = excluded.paragraphs,
                   reference_en = excluded.reference_en, text = excluded.text""",
                [(aid, p.paragraphs_json, p.reference_json, p.text) for aid, p in zip(ids, items, strict=True)],
            )

            # Entity counters (kept by triggers in v1) and display values (the latest article's) folded
            # over the whole list: one upsert per distinct key, one per distinct (key, surface).
            entities: dict[str, list[Any]] = {}
            aliases: dict[tuple[str, str], list[Any]] = {}
            article_entities: list[tuple[str, int, int]] = []
            for aid, p in zip(ids, items, strict=True):
                for k, canonical, label, etype, n in p.entities:
                    agg = entities.get(k)
                    if agg is None:
                        entities[k] = [canonical, label, etype, n, 1]
                    else:
                        agg[0], agg[1], agg[2] = canonical, label, etype
                        agg[3] += n
                        agg[4] += 1
                    article_entities.append((k, aid, n))
                for k, surface, surface_key, n in p.aliases:
                    alias = aliases.get((k, surface))
                    if alias is None:
                        aliases[(k, surface)] = [surface_key, n]
                    else:
                        alias[1] += n
            conn.executemany(
                """INSERT INTO entities (key, canonical, label_en, type, mentions, articles) VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (key) DO UPDATE SET canonical = excluded.canonical,
                   label_en = excluded.label_en, type = excluded.type,
                   mentions = mentions + excluded.mentions, articles = articles + excluded.articles""",
                [(k, *a) for k, a in entities.items()],
            )
            article_entities.sort()  # in primary-key order: each B-tree page is visited once
            conn.executemany("INSERT INTO article_entities (key, article_id, n) VALUES (?, ?, ?)", article_entities)
            conn.executemany(
                """INSERT INTO entity_aliases (key, surface, surface_key, n) VALUES (?, ?, ?, ?)
                   ON CONFLICT (key, surface) DO UPDATE SET n = n + excluded.n""",
                sorted((k, surface, sk, n) for (k, surface), (sk, n) in aliases.items()),
            )
            conn.executemany(
                """INSERT INTO mentions (article_id, idx, key, surface_key, text, type, canonical, label_en,
                   start, "end", source, sentence_index, label_source)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(aid, *r) for aid, p in zip(ids, items, strict=True) for r in p.mentions],
            )
            conn.executemany(
                """INSERT INTO numbers (article_id, idx, sentence_index, text, value, value_max, kind, unit,
                   counted, counted_en, qualifier, vague, start, "end", quote_idx)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(aid, *r) for aid, p in zip(ids, items, strict=True) for r in p.numbers],
            )
            conn.executemany(
                """INSERT INTO quotes (article_id, idx, sentence_index, speaker, speaker_canonical,
                   speaker_key, cue, quote, direct, start, "end", speaker_start, speaker_end)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(aid, *r) for aid, p in zip(ids, items, strict=True) for r in p.quotes],
            )

            # Python's sqlite3 binds a None through its adapter lookup (an AttributeError raised and
            # cleared, ~1,200 instructions): sentences without English are inserted without the column,
            # and a passage's missing English goes as '' turned back to NULL by SQL (en is never '').
            plain_sentences: list[tuple[Any, ...]] = []
            sentence_rows: list[tuple[Any, ...]] = []
            passage_rows: list[tuple[Any, ...]] = []
            norm = self.search_norm
            for aid, p in zip(ids, items, strict=True):
                passage_rows.extend((aid, i, lang, s, e, en or "", nr) for i, lang, s, e, en, nr in p.passages)
                en_of = carried.get(aid)
                if not en_of:
                    plain_sentences.extend((aid, *r) for r in p.sentences)
                    continue
                # English machine translations of sentences whose text did not change are kept
                text = p.text
                ens = [en_of.get(text[s:e]) for _, _, s, e in p.sentences]
                sentence_rows.extend((aid, *r, en) for r, en in zip(p.sentences, ens, strict=True))
                if p.reference_json is None:
                    passage_rows.extend(
                        (aid, i, "en", s, e, en, norm(en))
                        for (i, _, s, e), en in zip(p.sentences, ens, strict=True) if en and en.strip()
                    )
            conn.executemany(
                'INSERT INTO sentences (article_id, idx, paragraph, start, "end") VALUES (?, ?, ?, ?, ?)',
                plain_sentences,
            )
            conn.executemany(
                'INSERT INTO sentences (article_id, idx, paragraph, start, "end", en) VALUES (?, ?, ?, ?, ?, ?)',
                sentence_rows,
            )
            self._fts_pending(conn)
            conn.executemany(
                'INSERT INTO passages (article_id, sentence_index, lang, start, "end", en, norm) '
                "VALUES (?, ?, ?, ?, ?, nullif(?, ''), ?)",
                passage_rows,
            )

            with_notes: set[str] = set()
            for chunk in _chunks(paths):
                with_notes.update(r[0] for r in conn.execute(
                    f"SELECT DISTINCT article_path FROM notes WHERE article_path IN ({_qmarks(len(chunk))})", chunk
                ))
            for p in items:
                if p.path in with_notes:
                    self._reanchor_notes(conn, p.path, p.text)
        return ids

    @contextmanager
    def _unchecked_references(self) -> Iterator[None]:
        """No foreign-key checks for the next write transaction (not nested in another one, where the
        pragma cannot change): :meth:`save_prepared` deletes no article, changes no id, and every row
        it inserts refers to an article it has just inserted or found — checking each of the ~130 rows
        an article has costs ~5 % of a save. Back on once the transaction ends, whatever happened."""
        conn = self._conn
        if self._depth or conn.in_transaction:
            yield
            return
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    def _clear_for_resave(self, conn: sqlite3.Connection, article_ids: list[int]) -> dict[int, dict[str, str]]:
        """Delete the analysis rows of articles about to be re-saved; return the English of their
        translated sentences by sentence text ({article id: {text: English}})."""
        self._flush_fts(conn)  # the delete trigger below must only see indexed passages
        carried: dict[int, dict[str, str]] = {}
        for chunk in _chunks(article_ids):
            marks = _qmarks(len(chunk))
            translated = conn.execute(
                f'SELECT s.article_id, substr(t.text, s.start + 1, s."end" - s.start), s.en FROM sentences s '
                f"JOIN article_texts t ON t.article_id = s.article_id "
                f"WHERE s.article_id IN ({marks}) AND s.en IS NOT NULL",
                chunk,
            )
            for article_id, sentence, en in translated:
                carried.setdefault(article_id, {})[sentence] = en
            for table in ("sentences", "mentions", "article_entities", "numbers", "quotes", "passages"):
                conn.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", chunk)
        return carried

    @staticmethod
    def _refind(text: str, passage: str, near: int) -> int | None:
        best: int | None = None
        i = text.find(passage)
        while i >= 0:
            if best is None or abs(i - near) < abs(best - near):
                best = i
            i = text.find(passage, i + 1)
        return best

    def _reanchor_notes(self, conn: sqlite3.Connection, path: str, text: str) -> None:
        rows = conn.execute(
            'SELECT id, start, "end", passage, extra FROM notes WHERE article_path = ?', (path,)
        ).fetchall()
        for note_id, start, end, passage, extra_json in rows:
            extra = json.loads(extra_json or "{}")
            if not passage or text[start:end] == passage:
                if extra.pop("stale", None) is not None:
                    conn.execute("UPDATE notes SET extra = ? WHERE id = ?", (json.dumps(extra), note_id))
                continue
            found = self._refind(text, passage, start)
            if found is None:
                extra["stale"] = "1"
                conn.execute("UPDATE notes SET extra = ? WHERE id = ?", (json.dumps(extra), note_id))
            else:
                extra.pop("stale", None)
                conn.execute(
                    'UPDATE notes SET start = ?, "end" = ?, extra = ? WHERE id = ?',
                    (found, found + len(passage), json.dumps(extra), note_id),
                )

    @_guarded
    def remove_articles_not_in(self, folder: str, present_paths: Collection[str]) -> int:
        """Forget the articles of folder whose path is not in present_paths; return how many.

        Notes on removed articles are kept (they are keyed by path and reappear with the article).
        """
        with self._write() as conn:
            self._flush_fts(conn)  # cascading deletes of passages must only see indexed rows
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS present_paths (path TEXT PRIMARY KEY) WITHOUT ROWID")
            conn.execute("DELETE FROM temp.present_paths")
            conn.executemany(
                "INSERT OR IGNORE INTO temp.present_paths (path) VALUES (?)", ((p,) for p in present_paths)
            )
            cur = conn.execute(
                "DELETE FROM articles WHERE folder = ? AND path NOT IN (SELECT path FROM temp.present_paths)",
                (folder,),
            )
            conn.execute("DELETE FROM temp.present_paths")
            return int(cur.rowcount)

    def _restriction(
        self, fixes: _Fixes, folder: str | None, entity_keys: Sequence[str], search: str | None
    ) -> tuple[str | None, list[Any]]:
        """SQL selecting the ids of articles in folder, mentioning every key, and matching search."""
        parts: list[str] = []
        params: list[Any] = []
        if folder is not None:
            parts.append("SELECT id FROM articles WHERE folder = ?")
            params.append(folder)
        for k in entity_keys:
            root = fixes.live_root(k)
            if root is None:
                parts.append("SELECT NULL WHERE 0")
                continue
            members = fixes.members(root)
            parts.append(f"SELECT article_id FROM article_entities WHERE key IN ({_qmarks(len(members))})")
            params.extend(members)
        if search is not None:
            if self._fts_from is not None:  # searched inside a batch on this connection
                self._flush_fts(self._conn)
            match = self._match_expression(search)
            if match is None:
                parts.append("SELECT NULL WHERE 0")
            else:
                parts.append(
                    "SELECT p.article_id FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
                    "WHERE passages_fts MATCH ?"
                )
                params.append(match)
        if not parts:
            return None, []
        return " INTERSECT ".join(parts), params

    def _fixes(self) -> _Fixes:
        return _Fixes(
            self._conn.execute("SELECT key, canonical, label_en, type, deleted, merged_into FROM entity_fixes")
        )

    @_guarded
    def articles(
        self, *, folder: str | None = None, entity_keys: Sequence[str] = (), search: str | None = None
    ) -> list[ArticleRow]:
        """Articles (filters AND-combined), sorted by published date (undated last), then title."""
        sub, params = self._restriction(self._fixes(), folder, entity_keys, search)
        where = f"WHERE id IN ({sub})" if sub else ""
        rows = self._conn.execute(
            f"""SELECT id, path, title, source, published, n_entities, n_numbers, n_quotes, read
                FROM articles {where} ORDER BY published IS NULL, published, title, id""",
            params,
        )
        return [ArticleRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8])) for r in rows]

    @_guarded
    def article(self, article_id: int) -> tuple[Article, Analysis]:
        """The stored article and its analysis exactly as saved (corrections not applied;
        use :meth:`entity_mentions` for corrected entities). KeyError when there is no such article."""
        conn = self._conn
        row = conn.execute(
            """SELECT a.path, a.title, t.text, a.source, a.published, a.encoding, a.sha1, t.paragraphs,
                      t.reference_en
               FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?""",
            (article_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no article with id {article_id}")
        path, title, text, source, published, encoding, sha1, paragraphs_json, reference_json = row
        paragraphs = tuple(Paragraph(i, s, e) for i, (s, e) in enumerate(json.loads(paragraphs_json)))
        sentences = tuple(
            Sentence(i, p, s, e, text[s:e])
            for i, p, s, e in conn.execute(
                'SELECT idx, paragraph, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx',
                (article_id,),
            )
        )
        reference = tuple(json.loads(reference_json)) if reference_json is not None else None
        art = Article(
            path=path, title=title, text=text, source=source, published=published, encoding=encoding,
            sha1=sha1, paragraphs=paragraphs, sentences=sentences, reference_en=reference,
        )
        entities = tuple(
            EntityMention(t, ty, c, lab, s, e, src, ls)
            for t, ty, c, lab, s, e, src, ls in conn.execute(
                'SELECT text, type, canonical, label_en, start, "end", source, label_source FROM mentions '
                "WHERE article_id = ? ORDER BY idx",
                (article_id,),
            )
        )
        numbers = tuple(
            NumberMention(t, v, k, u, s, e, c, cen, q, bool(vg), vmax)
            for t, v, k, u, s, e, c, cen, q, vg, vmax in conn.execute(
                'SELECT text, value, kind, unit, start, "end", counted, counted_en, qualifier, vague, value_max '
                "FROM numbers WHERE article_id = ? ORDER BY idx",
                (article_id,),
            )
        )
        quotes = tuple(
            Quote(sp, spc, cue, q, bool(d), s, e, ss, se)
            for sp, spc, cue, q, d, s, e, ss, se in conn.execute(
                'SELECT speaker, speaker_canonical, cue, quote, direct, start, "end", speaker_start, speaker_end '
                "FROM quotes WHERE article_id = ? ORDER BY idx",
                (article_id,),
            )
        )
        return art, Analysis(entities, numbers, quotes)

    @_guarded
    def mark_read(self, article_id: int, read: bool = True) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))

    # --- translation cache ---------------------------------------------------------------------

    @staticmethod
    def _hash(text: str) -> bytes:
        return hashlib.sha1(text.encode("utf-8")).digest()

    @_guarded
    def get_many(self, engine_id: str, texts: Sequence[str]) -> dict[str, str]:
        """Cached translations of texts by engine_id (texts not cached are absent)."""
        wanted = {self._hash(t): t for t in texts}
        hashes = list(wanted)
        out: dict[str, str] = {}
        for chunk in _chunks(hashes):
            for h, src, dst in self._conn.execute(
                f"SELECT hash, src, dst FROM translations WHERE engine = ? AND hash IN ({_qmarks(len(chunk))})",
                (engine_id, *chunk),
            ):
                if wanted.get(h) == src:
                    out[src] = dst
        return out

    @_guarded
    def put_many(self, engine_id: str, pairs: Sequence[tuple[str, str]]) -> None:
        now = _now()
        with self._write() as conn:
            conn.executemany(
                """INSERT INTO translations (engine, hash, src, dst, created) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (engine, hash) DO UPDATE SET src = excluded.src, dst = excluded.dst,
                   created = excluded.created""",
                [(engine_id, self._hash(src), src, dst, now) for src, dst in pairs],
            )

    # --- entities -------------------------------------------------------------------------------

    def _base_display(self, keys: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        keys = list(dict.fromkeys(keys))
        out: dict[str, tuple[str, str, str]] = {}
        for chunk in _chunks(keys):
            for k, c, lab, t in self._conn.execute(
                f"SELECT key, canonical, label_en, type FROM entities WHERE key IN ({_qmarks(len(chunk))})",
                chunk,
            ):
                out[k] = (c, lab, t)
        return out

    @_guarded
    def entities(
        self, *, folder: str | None = None, entity_keys: Sequence[str] = (), search: str | None = None
    ) -> list[EntityFact]:
        """Entities with mention and article counts, most mentioned first.

        With filters, counts and article ids are restricted to the matching articles (those in folder,
        mentioning *all* entity_keys, matching search); aliases are library-wide. User corrections are
        applied: merged keys are folded into the kept one, deleted entities are left out.

        Without filters the counts come from trigger-maintained counters and ``article_ids`` is an
        :class:`ArticleIds` loaded on first use (reading every entity's ids up front would cost more
        than the rest of the query at 10k articles).
        """
        conn = self._conn
        fixes = self._fixes()
        sub, params = self._restriction(fixes, folder, entity_keys, search)
        rows: Iterable[tuple[str, str, str, str, int, int, str | None]]
        if sub is None:
            rows = conn.execute(
                "SELECT key, canonical, label_en, type, mentions, articles, NULL FROM entities WHERE articles > 0"
            )
        else:
            rows = conn.execute(
                f"""SELECT ae.key, e.canonical, e.label_en, e.type, sum(ae.n), count(*),
                           group_concat(ae.article_id)
                    FROM article_entities ae JOIN entities e ON e.key = ae.key
                    WHERE ae.article_id IN ({sub}) GROUP BY ae.key""",
                params,
            )
        base: dict[str, tuple[str, str, str]] = {}
        acc: dict[str, list[Any]] = {}   # root -> [mentions, articles, [ids csv per member], members]
        for k, c, lab, t, mentions, n_articles, ids in rows:
            base[k] = (c, lab, t)
            root = fixes.live_root(k)
            if root is None:
                continue
            a = acc.get(root)
            if a is None:
                acc[root] = [mentions, n_articles, [ids], [k]]
            else:
                a[0] += mentions
                a[2].append(ids)
                a[3].append(k)
        missing = [r for r in acc if r not in base]
        if missing:
            base.update(self._base_display(missing))
        aliases = self._aliases(fixes, list(acc))
        facts: list[EntityFact] = []
        load = functools.partial(self._load_ids, threading.get_ident())
        for root, (mentions, n_articles, id_strings, members) in acc.items():
            article_ids: Sequence[int]
            if sub is None:
                article_ids = ArticleIds(load, tuple(members))
                if len(members) > 1:  # merged: the articles are the union of the members' articles
                    n_articles = len(article_ids)
            elif len(id_strings) == 1:
                article_ids = tuple(map(int, id_strings[0].split(",")))
            else:
                article_ids = tuple(sorted({int(x) for s in id_strings for x in s.split(",")}))
                n_articles = len(article_ids)
            canonical, label, etype = fixes.display(root, base.get(root))
            facts.append(
                EntityFact(root, canonical, label, etype, mentions, n_articles, article_ids, aliases.get(root, ()))
            )
        facts.sort(key=lambda f: (-f.mentions, -f.articles, f.canonical))
        return facts

    def _load_ids(self, thread: int, members: Sequence[str]) -> tuple[int, ...]:
        """Article ids of an entity's keys: through this connection when called from its thread while
        open, else through a short read-only connection of the caller's own."""
        sql = (
            f"SELECT DISTINCT article_id FROM article_entities WHERE key IN ({_qmarks(len(members))}) "
            "ORDER BY article_id"
        )
        if not self._closed and threading.get_ident() == thread:
            return tuple(r[0] for r in self._conn.execute(sql, members))
        conn = sqlite3.connect(self._ro_uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return tuple(r[0] for r in conn.execute(sql, members))
        finally:
            conn.close()

    def _aliases(self, fixes: _Fixes, roots: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Distinct surfaces per root key (merged members folded in), most frequent first."""
        if not roots:
            return {}
        sql = "SELECT key, surface, n FROM entity_aliases"
        if len(roots) > _CHUNK:
            chunks: Iterable[Sequence[str]] = [()]
        else:
            member_keys = [m for r in roots for m in fixes.members(r)]
            chunks = _chunks(member_keys)
        by_key: dict[str, list[tuple[str, int]]] = {}
        for chunk in chunks:
            where = f" WHERE key IN ({_qmarks(len(chunk))})" if chunk else ""
            for k, surface, n in self._conn.execute(sql + where + " ORDER BY key, n DESC, surface", chunk):
                lst = by_key.get(k)
                if lst is None:
                    by_key[k] = [(surface, n)]
                else:
                    lst.append((surface, n))
        out: dict[str, tuple[str, ...]] = {}
        for root in roots:
            members = fixes.members(root) if fixes.children else [root]
            if len(members) == 1:
                out[root] = tuple(surface for surface, _ in by_key.get(root, ()))
            else:
                counts: Counter[str] = Counter()
                for m in members:
                    for surface, n in by_key.get(m, ()):
                        counts[surface] += n
                out[root] = tuple(surface for surface, _ in counts.most_common())
        return out

    @_guarded
    def entity_mentions(self, article_id: int) -> list[tuple[EntityMention, str]]:
        """(mention with corrections applied, effective key) in text order; deleted entities left out."""
        fixes = self._fixes()
        rows = self._conn.execute(
            'SELECT key, text, type, canonical, label_en, start, "end", source, label_source FROM mentions '
            'WHERE article_id = ? ORDER BY start, "end"',
            (article_id,),
        ).fetchall()
        roots = {k: fixes.live_root(k) for k, *_ in rows}
        merged = [r for k, r in roots.items() if r is not None and r != k]
        base = self._base_display(merged) if merged else {}
        out: list[tuple[EntityMention, str]] = []
        for k, text, etype, canonical, label, s, e, src, lsrc in rows:
            root = roots[k]
            if root is None:
                continue
            if root == k:
                display = fixes.display(root, (canonical, label, etype))
            else:
                display = fixes.display(root, base.get(root, (canonical, label, etype)))
            # a label the user (or a merge) changed is no longer the resolver's
            lsrc = lsrc if display[1] == label else "user"
            out.append((EntityMention(text, display[2], display[0], display[1], s, e, src, lsrc), root))
        return out

    @_guarded
    def resolve_entity(self, name: str) -> str | None:
        """The key of the entity called name: its key/canonical, a corrected canonical, any surface
        (alias) or its English label (case-insensitive). None when unknown or deleted."""
        conn = self._conn
        fixes = self._fixes()
        k = self.key_func(name)
        if k and (k in fixes.by_key or conn.execute("SELECT 1 FROM entities WHERE key = ?", (k,)).fetchone()):
            return fixes.live_root(k)
        for fk, fix in fixes.by_key.items():
            if fix.canonical and self.key_func(fix.canonical) == k:
                return fixes.live_root(fk)
        if k:
            row = conn.execute(
                "SELECT key FROM entity_aliases WHERE surface_key = ? ORDER BY n DESC LIMIT 1", (k,)
            ).fetchone()
            if row:
                return fixes.live_root(row[0])
        folded = " ".join(name.casefold().split())
        if not folded:
            return None
        for fk, fix in fixes.by_key.items():
            if fix.label_en and " ".join(fix.label_en.casefold().split()) == folded:
                return fixes.live_root(fk)
        for ek, label in conn.execute("SELECT key, label_en FROM entities ORDER BY articles DESC"):
            if label and " ".join(label.casefold().split()) == folded:
                root = fixes.live_root(ek)
                if root is not None:
                    return root
        return None

    def _fix(self, key: str, **fields: Any) -> None:
        cols = list(fields)
        with self._write() as conn:
            conn.execute(
                f"""INSERT INTO entity_fixes (key, {", ".join(cols)}, updated)
                    VALUES (?, {_qmarks(len(cols))}, ?)
                    ON CONFLICT (key) DO UPDATE SET {", ".join(f"{c} = excluded.{c}" for c in cols)},
                    updated = excluded.updated""",
                (key, *fields.values(), _now()),
            )

    # --- the corrections log (undo) -----------------------------------------------------------------

    def _fix_rows(self, conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, list[Any] | None]:
        out: dict[str, list[Any] | None] = {}
        for k in dict.fromkeys(keys):
            row = conn.execute(
                "SELECT canonical, label_en, type, deleted, merged_into, updated FROM entity_fixes WHERE key = ?", (k,)
            ).fetchone()
            out[k] = list(row) if row else None
        return out

    @contextmanager
    def _logged(self, kind: str, key: str, touched: Iterable[str], **detail: Any) -> Iterator[sqlite3.Connection]:
        """A correction in one transaction with its log row: the ``entity_fixes`` rows of ``touched`` as
        they were before, so that :meth:`revert_correction` can write them back."""
        with self._write() as conn:
            before = self._fix_rows(conn, touched)
            yield conn
            conn.execute(
                "INSERT INTO corrections (kind, key, detail, before, created) VALUES (?, ?, ?, ?, ?)",
                (kind, key, json.dumps(detail, ensure_ascii=False), json.dumps(before, ensure_ascii=False), _now()),
            )

    @_guarded
    def corrections(self, *, limit: int = 500) -> list[CorrectionRow]:
        """The corrections log, newest first."""
        fixes = self._fixes()
        rows = self._conn.execute(
            "SELECT id, kind, key, detail, created, reverted FROM corrections ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        out: list[CorrectionRow] = []
        for cid, kind, key, detail, created, reverted in rows:
            base = self._base_display([key]).get(key)
            canonical, label, _type = fixes.display(key, base) if (base or key in fixes.by_key) else (key, "", "")
            out.append(CorrectionRow(cid, kind, key, json.loads(detail or "{}"), created, reverted, label or canonical))
        return out

    @_guarded
    def last_correction(self) -> CorrectionRow | None:
        """The newest correction not reverted (what Undo reverts), or None."""
        row = self._conn.execute("SELECT id FROM corrections WHERE reverted IS NULL ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return next((c for c in self.corrections(limit=10_000) if c.id == row[0]), None)

    @_guarded
    def revert_correction(self, correction_id: int) -> bool:
        """Write back the ``entity_fixes`` rows a correction changed, as they were before it. False when
        it is unknown or was already reverted. Reverting an older correction also undoes later changes
        to the same entities (the log shows what each did)."""
        with self._write() as conn:
            row = conn.execute("SELECT before, reverted FROM corrections WHERE id = ?", (correction_id,)).fetchone()
            if row is None or row[1] is not None:
                return False
            for key, fix in json.loads(row[0]).items():
                if fix is None:
                    conn.execute("DELETE FROM entity_fixes WHERE key = ?", (key,))
                else:
                    conn.execute(
                        """INSERT INTO entity_fixes (key, canonical, label_en, type, deleted, merged_into, updated)
                           VALUES (?, ?, ?, ?, ?, ?, ?)
                           ON CONFLICT (key) DO UPDATE SET canonical = excluded.canonical,
                           label_en = excluded.label_en, type = excluded.type, deleted = excluded.deleted,
                           merged_into = excluded.merged_into, updated = excluded.updated""",
                        (key, *fix),
                    )
            conn.execute("UPDATE corrections SET reverted = ? WHERE id = ?", (_now(), correction_id))
        return True

    @_guarded
    def merge_entities(self, keep_key: str, other_key: str) -> None:
        """other (and everything merged into it) becomes an alias of keep."""
        fixes = self._fixes()
        keep, other = fixes.root(keep_key), fixes.root(other_key)
        if keep == other:
            return
        touched = [other, *(k for k, f in fixes.by_key.items() if f.merged_into == other)]
        with self._logged("merge", other, touched, into=keep) as conn:
            self._fix(other, merged_into=keep)
            conn.execute("UPDATE entity_fixes SET merged_into = ? WHERE merged_into = ?", (keep, other))

    @_guarded
    def unmerge_entity(self, key: str) -> None:
        """Undo a merge of key into another entity."""
        with self._write() as conn:
            conn.execute("UPDATE entity_fixes SET merged_into = NULL, updated = ? WHERE key = ?", (_now(), key))

    @_guarded
    def rename_entity(self, key: str, canonical: str | None = None, label_en: str | None = None) -> None:
        fields: dict[str, Any] = {}
        if canonical is not None:
            fields["canonical"] = canonical
        if label_en is not None:
            fields["label_en"] = label_en
        if fields:
            root = self._fixes().root(key)
            with self._logged("rename", root, [root], **fields):
                self._fix(root, **fields)

    @_guarded
    def retype_entity(self, key: str, type: str) -> None:
        if type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {type!r} (expected one of {', '.join(ENTITY_TYPES)})")
        root = self._fixes().root(key)
        with self._logged("retype", root, [root], type=type):
            self._fix(root, type=type)

    @_guarded
    def delete_entity(self, key: str) -> None:
        """Mark as "not an entity": left out of every list; survives re-analysis."""
        root = self._fixes().root(key)
        with self._logged("delete", root, [root]):
            self._fix(root, deleted=1)

    @_guarded
    def restore_entity(self, key: str) -> None:
        """Undo :meth:`delete_entity`."""
        self._fix(self._fixes().root(key), deleted=0)

    # --- figures and quotes ---------------------------------------------------------------------

    def _speaker(
        self, fixes: _Fixes, cache: dict[str, tuple[str | None, str | None]], surface: str, key: str | None
    ) -> tuple[str, str | None]:
        """(display name, effective key) of a quote speaker."""
        if key is None:
            return surface, None
        hit = cache.get(key)
        if hit is None:
            root = fixes.live_root(key)
            if root is None:
                hit = (None, None)
            else:
                base = self._base_display([root]).get(root)
                hit = (fixes.display(root, base)[0] if (base or root in fixes.by_key) else None, root)
            cache[key] = hit
        name, root = hit
        return (name or surface), root

    @_guarded
    def figures(
        self, *, entity_keys: Sequence[str] = (), folder: str | None = None, limit: int | None = None,
        offset: int = 0,
    ) -> list[FigureFact]:
        """Figures of the matching articles, by article (published, title) then position.

        source is the speaker of the innermost quote/attribution covering the figure (corrected
        canonical when it links to an entity), else None. ``limit``/``offset`` page through the same
        order (a sidebar showing the first rows of an entity mentioned in most of 10,000 articles
        need not build 100,000 rows); the default returns them all.
        """
        fixes = self._fixes()
        sub, params = self._restriction(fixes, folder, entity_keys, None)
        columns = """n.article_id, a.title, n.sentence_index, n.text, n.value, n.value_max, n.kind, n.unit,
                     n.counted, n.counted_en, n.qualifier, n.vague, n.start, n."end", q.speaker, q.speaker_key"""
        if limit is None and not offset:
            where = f"WHERE n.article_id IN ({sub})" if sub else ""
            sql = f"""SELECT {columns}
                FROM numbers n JOIN articles a ON a.id = n.article_id
                LEFT JOIN quotes q ON q.article_id = n.article_id AND q.idx = n.quote_idx
                {where}
                ORDER BY a.published IS NULL, a.published, a.title, n.article_id, n.start"""
        else:
            # A page: walk the articles in list order (index articles_sort; "+a.id" keeps the planner
            # from driving the join by the id list instead) and their figures by position (index
            # numbers_order), so SQLite stops after limit + offset rows instead of sorting them all.
            where = f"WHERE +a.id IN ({sub})" if sub else ""
            sql = f"""SELECT {columns}
                FROM articles a CROSS JOIN numbers n ON n.article_id = a.id
                LEFT JOIN quotes q ON q.article_id = n.article_id AND q.idx = n.quote_idx
                {where}
                ORDER BY a.published IS NULL, a.published, a.title, a.id, n.start, n.idx LIMIT ? OFFSET ?"""
            params = [*params, -1 if limit is None else max(0, limit), max(0, offset)]
        rows = self._conn.execute(sql, params)
        cache: dict[str, tuple[str | None, str | None]] = {}
        out: list[FigureFact] = []
        append = out.append
        for r in rows:
            source: str | None = None
            source_key: str | None = None
            if r[14] is not None:
                source, source_key = self._speaker(fixes, cache, r[14], r[15])
            append(FigureFact(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], bool(r[11]),
                              r[12], r[13], source, source_key))
        return out

    @_guarded
    def figure_groups(
        self, *, entity_keys: Sequence[str] = (), folder: str | None = None,
        figures: Sequence[FigureFact] | None = None,
    ) -> list[FigureGroup]:
        """"Reported differently": figures about one fact (the same counted thing, in one story, of
        comparable size) with ≥ 2 values from ≥ 2 origins (article, source). See
        :func:`sahifa.core.facts.group_figures`. Pass ``figures`` already fetched with the same filter
        to avoid querying them twice."""
        if figures is None:
            figures = self.figures(entity_keys=entity_keys, folder=folder)
        ids = sorted({f.article_id for f in figures})
        fixes = self._fixes()
        topics: dict[int, frozenset[str]] = {}
        for chunk in _chunks(ids):
            topics.update(self._topics(fixes, f"WHERE id IN ({_qmarks(len(chunk))})", chunk))
        return group_figures(figures, topics=topics, norm=self.key_func)

    def _topics(self, fixes: _Fixes, where: str = "", params: Sequence[Any] = ()) -> dict[int, frozenset[str]]:
        """Each article's topics, for grouping figures by story (``articles.topics``: its
        ``TOPICS_PER_ARTICLE`` most-mentioned entities), as effective keys after corrections (deleted
        entities left out), for the articles ``where`` selects (a condition on ``id``)."""
        found: dict[int, frozenset[str]] = {}
        live_root = fixes.live_root
        for article_id, topics in self._conn.execute(f"SELECT id, topics FROM articles {where}", list(params)):
            keys = [live_root(k) for k in json.loads(topics)]
            found[article_id] = frozenset(k for k in keys if k is not None)
        return found

    @_guarded
    def quotes(self, *, entity_keys: Sequence[str] = (), folder: str | None = None) -> list[QuoteFact]:
        fixes = self._fixes()
        sub, params = self._restriction(fixes, folder, entity_keys, None)
        where = f"WHERE q.article_id IN ({sub})" if sub else ""
        rows = self._conn.execute(
            f"""SELECT q.article_id, a.title, q.sentence_index, q.speaker, q.speaker_key, q.cue, q.quote,
                       q.direct, q.start, q."end"
                FROM quotes q JOIN articles a ON a.id = q.article_id {where}
                ORDER BY a.published IS NULL, a.published, a.title, q.article_id, q.start""",
            params,
        )
        cache: dict[str, tuple[str | None, str | None]] = {}
        out: list[QuoteFact] = []
        for aid, title, si, speaker, key, cue, quote, direct, s, e in rows:
            display, root = self._speaker(fixes, cache, speaker, key)
            out.append(QuoteFact(aid, title, si, speaker, root, cue, quote, bool(direct), s, e, display))
        return out

    @_guarded
    def quotes_english(self, quotes: Sequence[QuoteFact]) -> list[tuple[str, str] | None]:
        """(English, "machine" | "reference") aligned to each quote's Arabic span, or None when the
        article has no English yet (see spans_english). Read-only."""
        return self.spans_english([(q.article_id, q.start, q.end) for q in quotes])

    @_guarded
    def spans_english(self, spans: Sequence[tuple[int, int, int]]) -> list[tuple[str, str] | None]:
        """(English, "machine" | "reference") aligned to each (article id, start, end) Arabic span, or
        None when the article has no English yet. Machine translations are sentence-aligned (the
        sentences the span covers); the reference is paragraph-aligned (the paragraphs it covers)."""
        texts: dict[int, tuple[str, str | None]] = {}
        out: list[tuple[str, str] | None] = []
        for article_id, start, end in spans:
            if article_id not in texts:
                row = self._conn.execute(
                    "SELECT paragraphs, reference_en FROM article_texts WHERE article_id = ?", (article_id,)
                ).fetchone()
                texts[article_id] = (row[0], row[1]) if row else ("[]", None)
            paragraphs_json, reference_json = texts[article_id]
            machine = self._english_for(article_id, start, end, paragraphs_json, None)
            if machine:
                out.append((machine, "machine"))
                continue
            reference = self._english_for(article_id, start, end, paragraphs_json, reference_json)
            out.append((reference, "reference") if reference else None)
        return out

    @_guarded
    def entity_labels(self, roots: Sequence[str]) -> dict[str, tuple[str, str]]:
        """(English label, where it comes from) of each entity key (corrections applied): the source is
        the ``label_source`` of most of its mentions (transliteration, geonames, name-index, glossary,
        gazetteer…), "user" when corrected, "" when unknown — so that a transliterated label can be
        shown as a guess and a quote's speaker named in English. Read-only."""
        fixes = self._fixes()
        base = self._base_display(roots)
        member_of = {m: r for r in roots for m in fixes.members(r)}
        counts: dict[str, Counter[str]] = {}
        # mentions.key has no index: one scan of the table, filtered by IN when the list is short
        keys = list(member_of)
        where = f"WHERE key IN ({_qmarks(len(keys))}) " if len(keys) <= _CHUNK else ""
        for k, src, n in self._conn.execute(
            f"SELECT key, label_source, count(*) FROM mentions {where}GROUP BY key, label_source",
            keys if where else (),
        ):
            if k in member_of:
                counts.setdefault(member_of[k], Counter())[src] += n
        out: dict[str, tuple[str, str]] = {}
        for r in roots:
            label = fixes.display(r, base.get(r))[1]
            fix = fixes.by_key.get(r)
            if fix is not None and fix.label_en is not None:
                out[r] = (label, "user")
            else:
                c = counts.get(r)
                out[r] = (label, c.most_common(1)[0][0] if c else "")
        return out

    @_guarded
    def speakers(
        self, *, entity_keys: Sequence[str] = (), folder: str | None = None
    ) -> list[tuple[str, str | None, int]]:
        """(display speaker, key, number of quotes), most quoted first. Linked speakers are grouped by
        (corrected) entity; unlinked ones by their surface."""
        fixes = self._fixes()
        sub, params = self._restriction(fixes, folder, entity_keys, None)
        where = f"WHERE article_id IN ({sub})" if sub else ""
        rows = self._conn.execute(
            f"SELECT speaker_key, speaker, count(*) FROM quotes {where} GROUP BY speaker_key, speaker", params
        ).fetchall()
        cache: dict[str, tuple[str | None, str | None]] = {}
        counts: Counter[tuple[str, str | None]] = Counter()
        linked_name: dict[str, str] = {}
        for key, surface, n in rows:
            display, root = self._speaker(fixes, cache, surface, key)
            if root is not None:
                linked_name.setdefault(root, display)
                counts[("", root)] += n
            else:
                counts[(display, None)] += n
        out = [(linked_name[k] if k is not None else name, k, n) for (name, k), n in counts.items()]
        out.sort(key=lambda t: (-t[2], t[0]))
        return out

    # --- search ---------------------------------------------------------------------------------

    def _match_expression(self, query: str) -> str | None:
        tokens = [t for t in re.split(r"[\W_]+", self.search_norm(query)) if t]
        if not tokens:
            return None
        quoted = [f'"{t}"' for t in tokens]
        quoted[-1] += "*"   # as-you-type: the last word may be a prefix
        return " ".join(quoted)

    @_guarded
    def index_english(self, article_id: int, sentences_en: Sequence[str]) -> None:
        """Store and index the English of each sentence (machine translation arriving); replaces the
        English search entries of the article. ValueError when not one entry per sentence."""
        norm = self.search_norm
        with self._write() as conn:
            spans = conn.execute(
                'SELECT idx, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
            ).fetchall()
            if len(spans) != len(sentences_en):
                raise ValueError(
                    f"article {article_id} has {len(spans)} sentences but {len(sentences_en)} translations"
                )
            conn.executemany(
                "UPDATE sentences SET en = ? WHERE article_id = ? AND idx = ?",
                [(en or None, article_id, idx) for (idx, _, _), en in zip(spans, sentences_en, strict=True)],
            )
            self._flush_fts(conn)
            conn.execute("DELETE FROM passages WHERE article_id = ? AND lang = 'en'", (article_id,))
            self._fts_pending(conn)
            conn.executemany(
                'INSERT INTO passages (article_id, sentence_index, lang, start, "end", en, norm) '
                "VALUES (?, ?, 'en', ?, ?, ?, ?)",
                [(article_id, idx, s, e, en, norm(en))
                 for (idx, s, e), en in zip(spans, sentences_en, strict=True) if en and en.strip()],
            )

    def _snippet(self, text: str, tokens: Sequence[str], width: int = 220) -> str:
        text = " ".join(text.split())
        if len(text) <= width:
            return text
        normed = self.search_norm(text)
        pos = min((p for p in (normed.find(t) for t in tokens) if p >= 0), default=0)
        # map the position in the normalised text back to the original (normalisation is monotone)
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi) // 2
            if len(self.search_norm(text[:mid])) < pos:
                lo = mid + 1
            else:
                hi = mid
        start = max(0, lo - width // 3)
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < lo else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > lo else end
        return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")

    @_guarded
    def search(self, query: str, *, limit: int = 200) -> list[SearchHit]:
        """Full-text search over Arabic sentences and English, best matches first.

        The query is normalised like the index (search_norm), words are AND-combined and the last
        word may be a prefix.
        """
        match = self._match_expression(query)
        if match is None:
            return []
        if self._fts_from is not None:  # searched inside a batch on this connection
            self._flush_fts(self._conn)
        tokens = [t.strip('"*') for t in match.split(" ")]
        rows = self._conn.execute(
            """SELECT p.article_id, a.title, p.sentence_index, p.start, p."end", p.lang,
                      CASE WHEN p.lang = 'en' THEN p.en ELSE substr(t.text, p.start + 1, p."end" - p.start) END
               FROM (SELECT rowid AS id, rank FROM passages_fts WHERE passages_fts MATCH ?
                     ORDER BY rank LIMIT ?) hit
               JOIN passages p ON p.id = hit.id JOIN articles a ON a.id = p.article_id
               JOIN article_texts t ON t.article_id = p.article_id
               ORDER BY hit.rank""",
            (match, limit),
        ).fetchall()
        return [
            SearchHit(aid, title, si, s, e, self._snippet(text or "", tokens), lang)
            for aid, title, si, s, e, lang, text in rows
        ]

    # --- notes ----------------------------------------------------------------------------------

    @_guarded
    def add_note(self, note: Note, *, side_span: tuple[int, int] | None = None) -> int:
        """Store a note and commit it durably before returning its id.

        ``note.start``/``note.end`` are the Arabic span (for a note made on the English: its aligned
        sentences); ``side_span`` the offsets into the side it was made on (``note.pane``), by default
        the Arabic span."""
        if note.pane not in ("ar", "en"):
            raise ValueError(f"a note is made on the Arabic or the English side, not {note.pane!r}")
        side_start, side_end = side_span if side_span is not None else (note.start, note.end)
        now = _now()
        with self._write(durable=True) as conn:
            passage = note.passage
            if not passage:
                row = conn.execute(
                    "SELECT substr(t.text, ? + 1, ? - ?) FROM articles a "
                    "JOIN article_texts t ON t.article_id = a.id WHERE a.path = ?",
                    (note.start, note.end, note.start, note.article_path),
                ).fetchone()
                passage = row[0] if row and row[0] else ""
            cur = conn.execute(
                """INSERT INTO notes (article_path, start, "end", passage, color, text, pane, created, updated,
                   extra, side_start, side_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (note.article_path, note.start, note.end, passage, note.color, note.text, note.pane,
                 note.created or now, note.updated or now, json.dumps(note.extra, ensure_ascii=False),
                 side_start, side_end),
            )
            return int(cur.lastrowid or 0)

    @_guarded
    def update_note(self, note_id: int, *, text: str | None = None, color: str | None = None) -> None:
        with self._write(durable=True) as conn:
            conn.execute(
                "UPDATE notes SET text = coalesce(?, text), color = coalesce(?, color), updated = ? WHERE id = ?",
                (text, color, _now(), note_id),
            )

    @_guarded
    def delete_note(self, note_id: int) -> None:
        with self._write(durable=True) as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    @_guarded
    def notes(self, *, article_id: int | None = None, entity_keys: Sequence[str] = ()) -> list[NoteRow]:
        """Notes with their article, aligned English and the entities inside their span.

        entity_keys keeps the notes whose span mentions every given entity. Ordered by article
        (published, title) then position; notes whose article is gone come last.
        """
        conn = self._conn
        fixes = self._fixes()
        where, params = "", []
        if article_id is not None:
            where = "WHERE a.id = ?"
            params.append(article_id)
        rows = conn.execute(
            f"""SELECT n.id, n.article_path, n.start, n."end", n.color, n.text, n.pane, n.created, n.updated,
                       n.passage, n.extra, a.id, a.title, a.source, a.published, t.paragraphs, t.reference_en,
                       n.side_start, n.side_end
                FROM notes n LEFT JOIN articles a ON a.path = n.article_path
                LEFT JOIN article_texts t ON t.article_id = a.id {where}
                ORDER BY a.id IS NULL, a.published IS NULL, a.published, a.title, n.article_path, n.start, n.id""",
            params,
        ).fetchall()
        wanted: list[set[str]] = []
        for k in entity_keys:
            root = fixes.live_root(k)
            wanted.append(set(fixes.members(root)) if root is not None else set())
        display_cache: dict[str, str] = {}
        out: list[NoteRow] = []
        for (nid, path, s, e, color, text, pane, created, updated, passage, extra, aid, title, source,
             published, paragraphs_json, reference_json, side_start, side_end) in rows:
            keys: list[str] = []
            names: list[str] = []
            english: str | None = None
            if aid is not None:
                raw_keys = [
                    k for (k,) in conn.execute(
                        'SELECT key FROM mentions WHERE article_id = ? AND start < ? AND "end" > ? ORDER BY start',
                        (aid, e, s),
                    )
                ]
                if not all(group & set(raw_keys) for group in wanted):
                    continue
                for k in raw_keys:
                    root = fixes.live_root(k)
                    if root is None or root in keys:
                        continue
                    keys.append(root)
                    if root not in display_cache:
                        display_cache[root] = fixes.display(root, self._base_display([root]).get(root))[0]
                    names.append(display_cache[root])
                english = self._english_for(aid, s, e, paragraphs_json, reference_json)
            elif wanted:
                continue
            out.append(NoteRow(
                nid, path, s, e, color, text, pane, created, updated, passage, json.loads(extra or "{}"),
                aid, title, source, published, english, tuple(names), tuple(keys),
                s if pane != "en" else side_start, e if pane != "en" else side_end,
            ))
        return out

    def _english_for(
        self, article_id: int, start: int, end: int, paragraphs_json: str, reference_json: str | None
    ) -> str | None:
        ens = [
            en for (en,) in self._conn.execute(
                'SELECT en FROM sentences WHERE article_id = ? AND start < ? AND "end" > ? AND en IS NOT NULL '
                "ORDER BY idx",
                (article_id, max(end, start + 1), start),
            )
        ]
        if ens:
            return " ".join(ens)
        if reference_json is not None:
            reference = json.loads(reference_json)
            paras = [
                reference[i]
                for i, (ps, pe) in enumerate(json.loads(paragraphs_json))
                if ps < max(end, start + 1) and pe > start and i < len(reference)
            ]
            if paras:
                return "\n\n".join(paras)
        return None

    # --- settings / state ------------------------------------------------------------------------

    @_guarded
    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @_guarded
    def set_meta(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
