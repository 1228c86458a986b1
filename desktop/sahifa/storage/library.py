"""The Sahifa library: one SQLite file holding articles, their analyses, facts, notes and caches.

:class:`Library` is the facade the rest of Sahifa uses; the work is done by the modules beside it:

- :mod:`.db` — opening the file (permissions, read-only), pragmas, transactions, errors
  (:class:`LibraryError`), the versioned schema (:mod:`.schema`);
- :mod:`.rows` — the row shapes: what is written (:class:`PreparedArticle`) and what is read;
- feature modules, each owning its tables and queries: :mod:`.articles` (articles and their analyses,
  :func:`prepare_article`), :mod:`.corrections` (the user's entity corrections and their log),
  :mod:`.entities`, :mod:`.facts` (figures and quotes), :mod:`.search` (full-text search and the
  article filters), :mod:`.notes`, :mod:`.translations` (the translation cache and aligned English).

No Qt, no NLP libraries. Arabic normalisation arrives by injection: ``key_func`` turns a canonical
name into an entity key, ``search_norm`` normalises text for full-text search (both indexing and
queries). The defaults, :func:`default_key` and :func:`default_norm`, are
:func:`sahifa.core.arabic.library_key` and :func:`~sahifa.core.arabic.library_norm` (small, no NLP
stack; stored keys of libraries made with them depend on their exact results); the application injects
``canonical_key`` and ``search_key`` (see ``sahifa.services.library.open_library``).

- Every worker thread opens its own ``Library`` on the same path.
- Any SQLite error of the environment escaping a public method becomes a :class:`LibraryError` whose
  ``str()`` is a sentence for the user; a misuse of the sqlite3 API is a bug and is raised as it is
  (:data:`sahifa.storage.db.BUG_ERRORS`). Nothing here ever deletes or overwrites a library file; a
  damaged file can be moved aside with :meth:`Library.quarantine`.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from ..core.arabic import library_key as default_key
from ..core.arabic import library_norm as default_norm
from ..core.facts import FigureFact, FigureGroup
from ..core.model import Analysis, Article, EntityMention, Note
from . import articles as _articles
from . import corrections as _corrections
from . import entities as _entities
from . import facts as _facts
from . import notes as _notes
from . import search as _search
from . import translations as _translations
from .articles import prepare_article
from .corrections import load_fixes
from .db import BUG_ERRORS, LibraryError, Store, quarantine, reason
from .paths import default_library_path
from .rows import (
    ArticleIds,
    ArticleRow,
    CorrectionRow,
    EntityFact,
    NoteRow,
    PreparedArticle,
    QuoteFact,
    SearchHit,
)
from .schema import user_version

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "ArticleIds",
    "ArticleRow",
    "CorrectionRow",
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

P = ParamSpec("P")
R = TypeVar("R")


def _guarded(method: Callable[Concatenate[Library, P], R]) -> Callable[Concatenate[Library, P], R]:
    """Turn SQLite errors of the environment escaping a public method into a readable
    :class:`LibraryError`; a misuse of the API (a bug) escapes as it is."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except BUG_ERRORS:
            raise
        except sqlite3.Error as exc:
            raise LibraryError(self.store.describe(exc)) from exc

    return wrapper


class Library:
    """One connection to the library file. Not shared between threads: open one per thread.

    ``store`` (:class:`sahifa.storage.db.Store`) is the connection and its transactions, for the
    modules of :mod:`sahifa.storage` (``facts_json``, ``facts_cache``) that build their own queries.
    """

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
                raise LibraryError(f"Sahifa's data folder cannot be created ({reason(exc)})") from exc
        self.read_only = read_only
        self.key_func = key_func
        self.search_norm = search_norm
        self._key_cache: dict[str, str] = {}
        self._key_cache_of: Callable[[str], str] = key_func
        self.store = Store(self.path, read_only=read_only, check_same_thread=check_same_thread)

    # --- opening, transactions ----------------------------------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils ``Database`` over this library's connection, created on first use."""
        return self.store.utils

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one transaction (for a batch of articles :meth:`save_prepared` is
        one transaction by itself and cheaper than a ``save_article`` loop)."""
        try:
            with self.store.write():
                yield
        except BUG_ERRORS:
            raise
        except sqlite3.Error as exc:
            raise LibraryError(self.store.describe(exc)) from exc

    def close(self) -> None:
        self.store.close()

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
        return quarantine(path)

    @property
    def schema_version(self) -> int:
        return user_version(self.store.conn)

    @_guarded
    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` as one string ("ok" when healthy). Slow on large libraries."""
        return "\n".join(r[0] for r in self.store.conn.execute("PRAGMA integrity_check"))

    # --- articles -------------------------------------------------------------------------------

    @_guarded
    def article_state(self, path: str) -> str | None:
        row = self.store.conn.execute("SELECT sha1 FROM articles WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    @_guarded
    def article_id(self, path: str) -> int | None:
        row = self.store.conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
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
        return _articles.article_states(self.store.conn, paths)

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
            with self.store.write():
                return [self.save_prepared([p])[0] for p in items]
        return _articles.save_prepared(self.store, self.search_norm, items)

    @_guarded
    def remove_articles_not_in(self, folder: str, present_paths: Collection[str]) -> int:
        """Forget the articles of folder whose path is not in present_paths; return how many.

        Notes on removed articles are kept (they are keyed by path and reappear with the article).
        """
        return _articles.remove_articles_not_in(self.store, folder, present_paths)

    @_guarded
    def articles(
        self, *, folder: str | None = None, entity_keys: Sequence[str] = (), search: str | None = None
    ) -> list[ArticleRow]:
        """Articles (filters AND-combined), sorted by published date (undated last), then title."""
        sub, params = _search.restriction(self.store, load_fixes(self.store.conn), self.search_norm, folder,
                                          entity_keys, search)
        return _articles.list_articles(self.store.conn, sub, params)

    @_guarded
    def article(self, article_id: int) -> tuple[Article, Analysis]:
        """The stored article and its analysis exactly as saved (corrections not applied;
        use :meth:`entity_mentions` for corrected entities). KeyError when there is no such article."""
        return _articles.article(self.store.conn, article_id)

    @_guarded
    def mark_read(self, article_id: int, read: bool = True) -> None:
        with self.store.write() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))

    # --- translation cache ---------------------------------------------------------------------

    @_guarded
    def get_many(self, engine_id: str, texts: Sequence[str]) -> dict[str, str]:
        """Cached translations of texts by engine_id (texts not cached are absent)."""
        return _translations.get_many(self.store.conn, engine_id, texts)

    @_guarded
    def put_many(self, engine_id: str, pairs: Sequence[tuple[str, str]]) -> None:
        _translations.put_many(self.store, engine_id, pairs)

    # --- entities -------------------------------------------------------------------------------

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
        return _entities.entities(self.store, self.search_norm, folder=folder, entity_keys=entity_keys,
                                  search=search)

    @_guarded
    def entity_mentions(self, article_id: int) -> list[tuple[EntityMention, str]]:
        """(mention with corrections applied, effective key) in text order; deleted entities left out."""
        return _entities.entity_mentions(self.store.conn, article_id)

    @_guarded
    def entity_mentions_many(self, article_ids: Sequence[int]) -> dict[int, list[tuple[EntityMention, str]]]:
        """:meth:`entity_mentions` of several articles, read at once (articles with none left out)."""
        return _entities.entity_mentions_many(self.store.conn, article_ids)

    @_guarded
    def resolve_entity(self, name: str) -> str | None:
        """The key of the entity called name: its key/canonical, a corrected canonical, any surface
        (alias) or its English label (case-insensitive). None when unknown or deleted."""
        return _entities.resolve_entity(self.store.conn, self.key_func, name)

    # --- the corrections log (undo) -----------------------------------------------------------------

    @_guarded
    def corrections(self, *, limit: int = 500) -> list[CorrectionRow]:
        """The corrections log, newest first."""
        return _corrections.corrections(self.store.conn, limit=limit)

    @_guarded
    def last_correction(self) -> CorrectionRow | None:
        """The newest correction not reverted (what Undo reverts), or None."""
        return _corrections.last_correction(self.store.conn)

    @_guarded
    def dependent_corrections(self, correction_id: int) -> list[CorrectionRow]:
        """The later corrections, not reverted, that changed what ``correction_id`` changed (the same
        name, type, removal or merge of the same entity), newest first: reverting it alone would undo
        them too."""
        return _corrections.dependent_corrections(self.store.conn, correction_id)

    @_guarded
    def revert_correction(self, correction_id: int, *, with_dependents: bool = False) -> bool:
        """Undo exactly what a correction changed (later corrections of other things stay). False when it
        is unknown or was already reverted. When later corrections depend on it
        (:meth:`dependent_corrections`) this raises a :class:`LibraryError` saying so, unless
        ``with_dependents``, which reverts them with it."""
        return _corrections.revert_correction(self.store, correction_id, with_dependents=with_dependents)

    @_guarded
    def merge_entities(self, keep_key: str, other_key: str) -> None:
        """other (and everything merged into it) becomes an alias of keep."""
        _corrections.merge_entities(self.store, keep_key, other_key)

    @_guarded
    def unmerge_entity(self, key: str) -> None:
        """Undo a merge of key into another entity."""
        _corrections.unmerge_entity(self.store, key)

    @_guarded
    def rename_entity(self, key: str, canonical: str | None = None, label_en: str | None = None) -> None:
        _corrections.rename_entity(self.store, key, canonical, label_en)

    @_guarded
    def retype_entity(self, key: str, type: str) -> None:
        _corrections.retype_entity(self.store, key, type)

    @_guarded
    def delete_entity(self, key: str) -> None:
        """Mark as "not an entity": left out of every list; survives re-analysis."""
        _corrections.delete_entity(self.store, key)

    @_guarded
    def restore_entity(self, key: str) -> None:
        """Undo :meth:`delete_entity`."""
        _corrections.restore_entity(self.store, key)

    # --- "reported differently" groups the user dismissed -----------------------------------------

    @_guarded
    def dismiss_figure_group(self, key: str, label: str) -> None:
        """Dismiss a "reported differently" group (:attr:`FigureGroup.key`; ``label`` lists it for
        restoring): :meth:`figure_groups` leaves it out while it has the same figures."""
        _facts.dismiss_group(self.store, key, label)

    @_guarded
    def restore_figure_group(self, key: str | None = None) -> int:
        """Show a dismissed group again (all of them when ``key`` is None); how many were restored."""
        return _facts.restore_group(self.store, key)

    @_guarded
    def dismissed_figure_groups(self) -> list[tuple[str, str, str]]:
        """(key, label, when) of the dismissed groups, the latest first."""
        return _facts.dismissed_groups(self.store.conn)

    # --- figures and quotes ---------------------------------------------------------------------

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
        return _facts.figures(self.store, self.search_norm, entity_keys=entity_keys, folder=folder, limit=limit,
                              offset=offset)

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
        return _facts.figure_groups(self.store.conn, self.key_func, figures)

    @_guarded
    def quotes(self, *, entity_keys: Sequence[str] = (), folder: str | None = None) -> list[QuoteFact]:
        return _facts.quotes(self.store, self.search_norm, entity_keys=entity_keys, folder=folder)

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
        return _translations.spans_english(self.store.conn, spans)

    @_guarded
    def entity_labels(self, roots: Sequence[str]) -> dict[str, tuple[str, str]]:
        """(English label, where it comes from) of each entity key (corrections applied): the source is
        the ``label_source`` of most of the mentions carrying the label it shows (transliteration,
        geonames, name-index, glossary, gazetteer…), "user" when corrected, "" when unknown — so that a transliterated label can be
        shown as a guess and a quote's speaker named in English. Read-only."""
        return _entities.entity_labels(self.store.conn, roots)

    @_guarded
    def speakers(
        self, *, entity_keys: Sequence[str] = (), folder: str | None = None
    ) -> list[tuple[str, str | None, int]]:
        """(display speaker, key, number of quotes), most quoted first. Linked speakers are grouped by
        (corrected) entity; unlinked ones by their surface."""
        return _facts.speakers(self.store, self.search_norm, entity_keys=entity_keys, folder=folder)

    # --- search ---------------------------------------------------------------------------------

    @_guarded
    def index_english(self, article_id: int, sentences_en: Sequence[str]) -> None:
        """Store and index the English of each sentence (machine translation arriving); replaces the
        English search entries of the article. ValueError when not one entry per sentence."""
        _search.index_english(self.store, self.search_norm, article_id, sentences_en)

    @_guarded
    def set_projected_labels(self, article_id: int, labels: Sequence[tuple[int, int, str, str]]) -> None:
        """Mentions' English labels as the article's translation writes them: (start, end, type,
        label_en) rows (:func:`sahifa.services.translation.store_english`)."""
        _translations.set_projected_labels(self.store, article_id, labels)

    @_guarded
    def search(self, query: str, *, limit: int = 200) -> list[SearchHit]:
        """Full-text search over Arabic sentences and English, best matches first.

        The query is normalised like the index (search_norm), words are AND-combined and the last
        word may be a prefix.
        """
        return _search.search(self.store, self.search_norm, query, limit=limit)

    # --- notes ----------------------------------------------------------------------------------

    @_guarded
    def add_note(self, note: Note, *, side_span: tuple[int, int] | None = None) -> int:
        """Store a note and commit it durably before returning its id.

        ``note.start``/``note.end`` are the Arabic span (for a note made on the English: its aligned
        sentences); ``side_span`` the offsets into the side it was made on (``note.pane``), by default
        the Arabic span."""
        return _notes.add_note(self.store, note, side_span=side_span)

    @_guarded
    def update_note(self, note_id: int, *, text: str | None = None, color: str | None = None) -> None:
        _notes.update_note(self.store, note_id, text=text, color=color)

    @_guarded
    def delete_note(self, note_id: int) -> None:
        _notes.delete_note(self.store, note_id)

    @_guarded
    def notes(self, *, article_id: int | None = None, entity_keys: Sequence[str] = ()) -> list[NoteRow]:
        """Notes with their article, aligned English and the entities inside their span.

        entity_keys keeps the notes whose span mentions every given entity. Ordered by article
        (published, title) then position; notes whose article is gone come last.
        """
        return _notes.list_notes(self.store.conn, article_id=article_id, entity_keys=entity_keys)

    # --- settings / state ------------------------------------------------------------------------

    @_guarded
    def get_meta(self, key: str) -> str | None:
        row = self.store.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @_guarded
    def set_meta(self, key: str, value: str) -> None:
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
