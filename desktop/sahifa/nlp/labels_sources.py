"""The labeller's vocabulary and resources: :class:`Label` and its sources, the TSV readers (GeoNames,
world names, glossary) and the name index of ``arabic-name-romanizer`` (:class:`_NameIndex`). A missing
or damaged resource is switched off with one logged warning (:func:`_warn_once`)."""

from __future__ import annotations

import hashlib
import logging
import re
import sys
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from ..core.arabic import strip_article
from .gazetteer import fast_fold as _fold_text
from .labels_match import _strip_accents

_FOLDED: dict[str, str] = {}


def fold(text: str) -> str:
    """:func:`sahifa.core.arabic.fold` (as :func:`.gazetteer.fast_fold` computes it), memoised: the
    labeller folds the same words (head-words, given names, articles) tens of thousands of times in a cold
    run over 1,000 articles. A plain dict of strings (no container the cyclic
    collector walks, unlike ``lru_cache``'s links), at most _MEMO_SIZE entries. Every labels module folds
    through this one; :func:`fold_cache_clear` empties it (the speed benchmark's cold runs do)."""
    hit = _FOLDED.get(text)
    if hit is None:
        hit = _fold_text(text)
        if len(_FOLDED) < _MEMO_SIZE:
            _FOLDED[text] = hit
    return hit


def fold_cache_clear() -> None:
    _FOLDED.clear()


log = logging.getLogger("sahifa.nlp.labels")  # one logger for the labeller (its warnings name it)

GAZETTEER = "gazetteer"
GEONAMES = "geonames"
NAME_INDEX = "name-index"
NAME_LIST = "name-list"
GLOSSARY = "glossary"
PROJECTION = "projection"
ORIGINAL = "original"
TRANSLITERATION = "transliteration"
#: not a name: a speaker or source named by its role, described in English (:mod:`.labels_roles`)
DESCRIPTION = "description"
#: every source, strongest first (the order :meth:`LabelResolver.resolve` tries them in)
SOURCES = (GAZETTEER, GEONAMES, NAME_INDEX, GLOSSARY, PROJECTION, ORIGINAL, NAME_LIST, TRANSLITERATION)

Fallback = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class Label:
    """An English label and where it came from (one of :data:`SOURCES`)."""

    text: str
    source: str

    @property
    def is_guess(self) -> bool:
        """True when the label is (partly) a transliteration: show it as a guess."""
        return self.source == TRANSLITERATION


# ---------------------------------------------------------------------------------------------------
# resources
_WARNED: set[str] = set()
_WARN_LOCK = threading.Lock()


def _warn_once(key: str, message: str) -> None:
    """Log ``message`` the first time ``key`` fails in this process (never again after)."""
    with _WARN_LOCK:
        if key in _WARNED:
            return
        _WARNED.add(key)
    log.warning("English names: %s", message)


def _default_names_dir() -> Path:
    return Path(str(resources.files("sahifa.resources").joinpath("names")))


class _Damaged(Exception):
    pass


def _read_text(path: Path) -> str:
    """A names file's text, or :class:`_Damaged` saying why it cannot be had."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise _Damaged(f"{path.name} is missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise _Damaged(f"{path.name} cannot be read ({exc.__class__.__name__})") from exc


def _read_rows(path: Path, columns: Sequence[int], *, counted: bool, sentinel: bool) -> list[list[str]]:
    """Rows of a names TSV, checked: every row has one of ``columns`` fields, the first two non-empty;
    ``counted`` files declare ``rows=N`` in their header and must have N rows; ``sentinel`` files must
    end with ``# end``. Raises :class:`_Damaged` with a reason a user can act on."""
    text = _read_text(path)
    lines = text.splitlines()
    if not lines:
        raise _Damaged(f"{path.name} is empty")
    rows = [line.split("\t") for line in lines if line and line[0] != "#"]
    allowed = frozenset(columns)
    for i, r in enumerate(rows):
        if len(r) not in allowed or not r[0] or not r[1]:
            raise _Damaged(f"{path.name} has a malformed row ({i + 1})")
    if counted:
        m = re.search(r"\trows=(\d+)", lines[0])
        if m is None or int(m.group(1)) != len(rows):
            raise _Damaged(f"{path.name} is truncated or altered ({len(rows)} rows, header says "
                           f"{m.group(1) if m else '?'})")
    if sentinel and lines[-1].strip() != "# end":
        raise _Damaged(f"{path.name} is truncated (no '# end' line)")
    return rows




class _Table:
    """A generated names table: sorted ``key<TAB>value`` lines, looked up by bisection. Loading is a
    read and a split — no dict of tens of thousands of rows to build (a cold label run reads every
    table once, so their loading is a large part of the cost per article)."""

    __slots__ = ("_lines",)

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines  # sorted; a tab sorts before every character of a key, so by key too

    def get(self, key: str, default: Any = None) -> Any:
        # (Any, not a TypeVar defaulting to None: compiled by mypyc, that signature checked its result was a str)
        """The value (the rest of the line after the key and a tab) of ``key``, else ``default``."""
        lines = self._lines
        probe = key + "\t"
        i = bisect_left(lines, probe)
        if i < len(lines) and lines[i].startswith(probe):
            return lines[i][len(probe):]
        return default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return len(self._lines)

    def items(self) -> Iterator[tuple[str, str]]:
        for line in self._lines:
            key, _, value = line.partition("\t")
            yield key, value

    def as_dict(self) -> dict[str, str]:
        """The table as a dict (~3 ms for 10,000 rows: for a table looked up far more often than that)."""
        return dict(line.split("\t", 1) for line in self._lines)


def _read_table(path: Path, columns: int, *, sentinel: bool) -> _Table:
    """A generated names table (:class:`_Table`), checked as :func:`_read_rows` checks (the header's
    ``rows=N``, ``# end`` when ``sentinel``, ``columns`` fields a row, no empty row or key), plus sorted
    lines — with whole-text counts instead of a loop over rows (substring searches over the 2 MB of
    western_names.tsv alone would cost 20 ms), on offsets into the text read: no copy of the body is
    made but its lines (each copy of western_names.tsv's 2 MB costs 1–5 ms on a fresh heap)."""
    text = _read_text(path)
    nl = text.find("\n")
    head = text if nl < 0 else text[:nl]
    m = re.search(r"\trows=(\d+)", head)
    if not head.startswith("#") or m is None:
        raise _Damaged(f"{path.name} has no header")
    start = len(text) if nl < 0 else nl + 1
    end = len(text)
    while end > start and text[end - 1] == "\n":
        end -= 1
    if sentinel:
        if not text.endswith("# end", start, end):
            raise _Damaged(f"{path.name} is truncated (no '# end' line)")
        end -= len("# end")
        while end > start and text[end - 1] == "\n":
            end -= 1
    if end <= start:
        lines: list[str] = []
    elif end == len(text) or text[end] == "\n":  # the body ends a line: its lines are the text's
        parts = text.split("\n")
        lines = parts[1:len(parts) - text.count("\n", end)]  # without the lines after the body
    else:  # "# end" glued to the last row
        lines = text[start:end].split("\n")
    if int(m.group(1)) != len(lines):
        raise _Damaged(f"{path.name} is truncated or altered ({len(lines)} rows, header says {m.group(1)})")
    # every row has its columns (the tabs of the whole text), none is empty, none has an empty key
    # (sorted, a line that starts with a tab comes first)
    # (an empty row is an empty line of the body: one membership test of the lines, ~0.2 ms for
    # western_names.tsv, where a search of the text for two newlines in a row cost ~5 ms; issue #13)
    if text.count("\t", start, end) != len(lines) * (columns - 1) or "" in lines \
            or text.find("\r", start, end) >= 0:
        raise _Damaged(f"{path.name} has a malformed row")
    if lines != sorted(lines):
        raise _Damaged(f"{path.name} is not sorted (altered by hand?)")
    if lines and lines[0].startswith("\t"):
        raise _Damaged(f"{path.name} has a malformed row")
    return _Table(lines)


def _key(text: str) -> str:
    return " ".join(fold(text).split())


@dataclass
class _Glossary:
    heads: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # tokens → (en, style)
    titles: dict[str, str] = field(default_factory=dict)
    words: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # tokens → (en, pos)
    patterns: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    # news outlets named by a common word or a place (الرياض, اليوم, سبق): tokens → [(en, medium)], and the
    # words that name a medium before an outlet's name (صحيفة, قناة): tokens → medium
    outlets: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    media_heads: dict[tuple[str, ...], str] = field(default_factory=dict)
    media_closing: set[str] = field(default_factory=set)  # الإلكترونية, اليومية after an outlet's name
    # role words of speakers and sources (مسؤول, مصادر; مطلعة): folded, article off
    roles: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # nouns: (en, sg|pl)
    role_adjs: dict[str, str] = field(default_factory=dict)  # one folded word, article off → en
    # English words written in Arabic letters in the names of foreign companies, clubs and outlets
    # (يونايتد → United) and the names of the Latin letters (إل جي → LG): one folded word → English
    loans: dict[str, str] = field(default_factory=dict)
    letters: dict[str, str] = field(default_factory=dict)
    # the first words of the patterns (None: a pattern starts with a slot, every name must be tried)
    pattern_starts: frozenset[str] | None = None
    # the first words of the heads: a word that is none of them (nor is without its article) starts no head
    head_starts: frozenset[str] = frozenset()
    max_len: int = 1


def _load_glossary(path: Path) -> _Glossary:
    gl = _Glossary()
    for row in _read_rows(path, (3, 4), counted=False, sentinel=True):
        kind, arabic, english = row[0], row[1], row[2]
        extra = row[3] if len(row) > 3 else ""
        toks = tuple(_key(arabic).split())
        if kind == "head" and extra in _STYLES:
            gl.heads.setdefault(toks, (english, extra))
        elif kind == "title":
            gl.titles.setdefault(toks[0], english)
        elif kind in ("word", "phrase") and extra in ("noun", "adj"):
            gl.words.setdefault(toks, (english, extra))
        elif kind == "place" and not extra:  # a place GeoNames and the gazetteer lack: a name in a phrase
            gl.words.setdefault(toks, (english, "name"))
        elif kind == "pattern":
            gl.patterns.append((toks, english))
        elif kind == "outlet" and extra == "head" and english in _MEDIA:
            gl.media_heads.setdefault(toks, english)
            continue  # outlets are looked up whole, never inside a complement (max_len)
        elif kind == "role" and extra in ("sg", "pl", "adj"):
            for form in arabic.split("|"):  # every agreement form: مطلع|مطلعة|مطلعون|مطلعين
                words = _key(form).split()
                if words:
                    words = [strip_article(w) for w in words]
                    if extra == "adj":
                        gl.role_adjs.setdefault(" ".join(words), english)
                    else:
                        gl.roles.setdefault(tuple(words), (english, extra))
            continue
        elif kind == "loan" and extra in ("word", "letter"):
            table = gl.loans if extra == "word" else gl.letters
            for form in arabic.split("|"):  # spellings: إنترناشيونال|انترناشونال
                if _key(form) and " " not in _key(form):
                    table.setdefault(_key(form), english)
                    if extra == "letter":  # as written too: إي is E, آي is I (one folded key)
                        table.setdefault(form, english)
            continue
        elif kind == "outlet" and extra == "closing" and len(toks) == 1:
            gl.media_closing.add(toks[0])
            continue
        elif kind == "outlet" and extra in _MEDIA:
            gl.outlets.setdefault(toks, []).append((english, extra))  # the first is the bare name's
            continue
        else:
            raise _Damaged(f"{path.name} has an unknown row ({kind} {extra})")
        gl.max_len = max(gl.max_len, len(toks))
    gl.patterns.sort(key=lambda p: -sum(1 for t in p[0] if not t.startswith("{")))
    starts = {p[0][0] for p in gl.patterns if p[0]}
    gl.pattern_starts = None if any(t.startswith("{") for t in starts) else frozenset(starts)
    gl.head_starts = frozenset(toks[0] for toks in gl.heads if toks)
    return gl


_MEDIA = frozenset({"newspaper", "tv", "agency", "magazine", "radio", "site"})
_STYLES = frozenset({"post", "of", "of1", "pre", "prefix", "native", "name", "team", "drop", "local", "co", "unit", "squad"})


_SPELLING_KEYS: dict[str, str] = {}


def _spelling_key(latin: str) -> str:
    """Spellings that differ only in case, hyphens, spaces, apostrophes or accents are one spelling
    (the grouping of :func:`_best_variant` and ``packaging/gen_gulf_names.py``); memoised."""
    key = _SPELLING_KEYS.get(latin)
    if key is None:
        key = re.sub(r"[\s\-'’ʼ`]", "", _strip_accents(latin).casefold())
        if len(_SPELLING_KEYS) < _MEMO_SIZE:
            _SPELLING_KEYS[latin] = key
    return key


class _GulfNames:
    """``resources/names/gulf_names.tsv``: a name unit's spellings in the Gulf states, most attested
    first (``packaging/gen_gulf_names.py``). Rows are kept as text and parsed on first use."""

    def __init__(self, rows: dict[str, str] | _Table, central: dict[str, str] | None = None) -> None:
        """``central``: the units' central spellings as ``gulf_central.tsv`` stores them (every unit that
        has one; ``packaging/gen_gulf_central.py``); None: each is computed on its first need."""
        self._rows = rows
        self._parsed: dict[str, list[tuple[str, int]]] = {}
        self._central = central
        self._computed: dict[str, str | None] = {}

    def groups(self, key: str) -> list[tuple[str, int]]:
        """(spelling, count) of the folded unit ``key``, most attested first; [] when not attested."""
        out = self._parsed.get(key)
        if out is None:
            out = []
            for item in self._rows.get(key, "").split("|"):
                text, _, count = item.rpartition(" ")
                if text and count.isdigit():
                    out.append((text, int(count)))
            if len(self._parsed) < _MEMO_SIZE:
                self._parsed[key] = out
        return out

    def central(self, key: str) -> str | None:
        """The spelling to print for ``key`` where the Gulf press does not agree on one
        (:func:`~.labels_parts._central_spelling` of its groups), or None: read from
        ``gulf_central.tsv`` (one dict lookup), else computed once per unit."""
        if self._central is not None:
            return self._central.get(key)
        hit = self._computed.get(key, "")
        if hit == "":  # not computed yet
            from .labels_parts import _central_spelling  # (labels_parts imports this module)

            hit = _central_spelling(self.groups(key))
            if len(self._computed) < _MEMO_SIZE:
                self._computed[key] = hit
        return hit

    def prefer(self, key: str, current: str | None) -> str | None:
        """The Gulf spelling of ``key`` when it should replace ``current`` (the project's spelling, or
        None): the most attested Gulf spelling, unless ``current`` is itself a Gulf spelling attested
        at least half as often (محمد: Mohammed 429 against Muhammad 511 stays; وليد: Walid 6 against
        Waleed 67 gives way). None: keep ``current``."""
        groups = self.groups(key)
        if not groups:
            return None
        best, best_count = groups[0]
        if current is None:
            return best
        mine = _spelling_key(current)
        if mine == _spelling_key(best):
            return None
        own = next((c for t, c in groups if _spelling_key(t) == mine), 0)
        return best if 2 * own < best_count else None


def _load_gulf(path: Path) -> _GulfNames:
    """``gulf_names.tsv`` (:class:`_Damaged` when it is) with the central spellings of
    ``gulf_central.tsv`` beside it; that one damaged, missing or made from another ``gulf_names.tsv``
    (its header's SHA-256): one warning, and the spellings are computed as needed."""
    rows = _read_table(path, 2, sentinel=True)
    central_path = path.parent / "gulf_central.tsv"
    central: dict[str, str] | None = None
    try:
        table = _read_table(central_path, 2, sentinel=True)
        head = _read_text(central_path).partition("\n")[0]
        if f"sha256={hashlib.sha256(path.read_bytes()).hexdigest()}" not in head.split():
            raise _Damaged(f"{central_path.name} was made from another {path.name}")
        central = table.as_dict()
    except (_Damaged, OSError) as exc:
        _warn_once(f"gulf-central:{path.parent}", f"{exc}; central spellings are computed (slower)")
    # a dict (~0.2 ms for its 800 rows): every name unit is looked up in it, most of them more than once
    return _GulfNames(rows.as_dict(), central)


_MEMO_SIZE = 100_000
# hamza … yeh without tatweel, and spaces: text that the romanizer's normalize_arabic leaves as it is
_PLAIN_ARABIC = re.compile("[\u0621-\u063a\u0641-\u064a ]+")

# the package's ranking (lookup.aggregate without a country or role: attestations summed per spelling,
# most first, then by spelling) done by SQLite, over the rows of one region: Mashriq and Gulf countries
# first, else every row of the Arabic script family (all but the Persian-script countries)
_RANKED_SQL = ("SELECT latin, SUM(count) AS n FROM {table} WHERE arabic_key = ? AND country {op} ({marks}) "
               "GROUP BY latin ORDER BY n DESC, latin")


class _NameIndex:
    """``arabic-name-romanizer``'s Wikidata name index, through its own lookup API, model-free unless
    ``use_model``. Imported lazily: the package needs Python ≥ 3.11 and may be absent."""

    TRUST: ClassVar[int] = 3  # the package's own DEFAULT_TRUST_THRESHOLD: fewer attestations are a weak spelling

    def __init__(self, use_model: bool, tables: Path | None) -> None:
        """``tables``: the folder of ``name_units.tsv`` and ``name_full.tsv`` (the index's answers,
        ``packaging/gen_name_index.py``); None, missing or damaged: the index is queried instead."""
        self.ok = False
        self._model: Any = None
        self._units: _Table | None = None
        self._full: dict[str, str] | None = None  # (60 rows: a dict, looked up for most names)
        self._unit_cache: dict[str, tuple[str, int] | None] = {}
        self._keys: dict[str, str] = {}
        self._norm: dict[str, str] = {}
        self._db_lock = threading.Lock()
        # the package's objects, declared before the optional import (a compiled class has a slot per
        # attribute; a module object assigned to an undeclared one was not found again under mypyc)
        self._rn: Any = None
        self._particles: Any = frozenset()
        self._unit_particles: Any = frozenset()
        self._unit_suffixes: Any = frozenset()
        self._queries: dict[tuple[str, bool], tuple[str, tuple[str, ...]]] = {}
        self._index: Any = None
        if sys.version_info < (3, 11):
            _warn_once("romanizer", "arabic-name-romanizer needs Python 3.11; people keep their "
                                    "transliteration")
            return
        try:
            from arabic_name_romanizer import normalize as rn
            from arabic_name_romanizer.api import Transliterator, default_resources_dir
            from arabic_name_romanizer.lookup import MASHRIQ, PERSIAN, NameIndex

            self._rn = rn
            self._particles = rn.PARTICLES | rn.SUFFIX_PARTICLES
            self._unit_particles, self._unit_suffixes = frozenset(rn.PARTICLES), frozenset(rn.SUFFIX_PARTICLES)
            self._queries = {(table, east): (_RANKED_SQL.format(table=table, op="IN" if east else "NOT IN",
                                                                marks=",".join("?" * len(region))),
                                             tuple(sorted(region)))
                             for table in ("units", "full_names")
                             for east, region in ((True, MASHRIQ), (False, PERSIAN))}
            self._index = NameIndex(default_resources_dir() / "names.sqlite3")
            self._variants("units", "محمد")  # a damaged database fails here, not mid-analysis
            if use_model:
                self._model = Transliterator(auto_load_model=True)
            self.ok = True
        except Exception as exc:  # noqa: BLE001 - any failure of an optional resource: degrade
            _warn_once("romanizer", f"arabic-name-romanizer is unavailable ({exc.__class__.__name__}: "
                                    f"{exc}); people keep their transliteration")
            return
        if tables is not None:
            try:
                self._units = _read_table(tables / "name_units.tsv", 3, sentinel=True)
                self._full = _read_table(tables / "name_full.tsv", 3, sentinel=True).as_dict()
            except _Damaged as exc:
                self._units = self._full = None
                _warn_once(f"name-tables:{tables}", f"{exc}; the name index is queried instead (slower)")

    def _guard(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - a failing query switches the index off
            self.ok = False
            _warn_once("romanizer", f"arabic-name-romanizer failed ({exc.__class__.__name__}: {exc}); "
                                    "people keep their transliteration")
            return None

    def units(self, name: str) -> list[str]:
        """The package's name units (particles joined to their name: بن محمد, عبد الله, آل سعود).
        ``normalize_arabic`` works within words, so it is applied (and cached) word by word."""
        if _PLAIN_ARABIC.fullmatch(name) is not None:  # plain letters (most names): the words are as written
            words = name.split()
            if not any(w in self._particles or w.startswith("عبد") for w in words):
                return words
            out = _split_units(" ".join(words), self._unit_particles, self._unit_suffixes)
            return out if out else name.split()
        norm = self._norm
        words = []
        for w in name.split():
            n = norm.get(w)
            if n is None:
                # plain Arabic letters are already what normalize_arabic returns
                n = w if _PLAIN_ARABIC.fullmatch(w) else self._guard(partial(self._rn.normalize_arabic, w)) or ""
                if len(norm) < _MEMO_SIZE:
                    norm[w] = n
            if n:
                words.append(n)
        joined = " ".join(words)
        if not any(w in self._particles or w.startswith("عبد") for w in joined.split()):
            return joined.split()  # no particle to join: the units are the words (the common case)
        out = _split_units(joined, self._unit_particles, self._unit_suffixes)
        return out if out else name.split()

    def _variants(self, table: str, key: str) -> list[tuple[str, int]]:
        """Attested spellings of ``key``, aggregated by the package's own ranking over the rows of
        Mashriq and Gulf countries when there are any (English-language spelling: Saeed, Khamis, not
        the French-influenced Maghreb Said, Khemis), else over all Arabic-script rows."""
        conn = self._index.conn
        with self._db_lock:  # one SQLite connection, shared by the threads that label
            for east in (True, False):
                sql, region = self._queries[(table, east)]
                rows = conn.execute(sql, (key, *region)).fetchall()
                if rows:
                    return rows
        return []

    def unit(self, unit: str) -> tuple[str, int] | None:
        """The best attested Latin spelling of one name unit and its attestation count (cached: units
        repeat across names far more than names do)."""
        if unit in self._unit_cache:
            return self._unit_cache[unit]
        if not self.ok:
            return None
        if self._units is not None:
            best = _table_entry(self._units.get(self._key(unit)))
        else:
            variants = self._guard(lambda: self._variants("units", self._key(unit)))
            best = _best_variant(unit, variants) if variants else None
        if len(self._unit_cache) < _MEMO_SIZE:
            self._unit_cache[unit] = best
        return best

    def _key(self, unit: str) -> str:
        """The package's ``lookup_key``; for plain Arabic letters that is :func:`fold` (same alef, yeh
        and teh marbuta folding; tests/nlp/test_labels.py checks they agree), without the NFKC pass."""
        key = self._keys.get(unit)
        if key is None:
            key = fold(unit) if _PLAIN_ARABIC.fullmatch(unit) else self._rn.lookup_key(unit)
            if len(self._keys) < _MEMO_SIZE:
                self._keys[unit] = key
        return key

    def full(self, units: Sequence[str]) -> tuple[str, int] | None:
        """The best attested spelling of a whole name, given its units (the package's ``full_key``)."""
        if not self.ok:
            return None
        key = " ".join(self._key(u) for u in units)
        if self._full is not None:  # holds the spellings attested TRUST times, the only ones used
            return _table_entry(self._full.get(key))
        variants = self._guard(lambda: self._variants("full_names", key))
        return _best_variant(units[0], variants) if variants else None

    def model(self, unit: str) -> str | None:
        """The ONNX model's guess for one unit (only with ``use_model``)."""
        if self._model is None or not self.ok:
            return None
        cands = self._guard(lambda: self._model.transliterate(unit, top_k=1))
        return str(cands) if isinstance(cands, str) and cands else None


def _split_units(normalized: str, particles: frozenset[str], suffixes: frozenset[str]) -> list[str]:
    """``arabic_name_romanizer.normalize.split_units`` (its 0.x algorithm, with its particle sets): a
    unit is a word, a particle (a chain of them) merged with the word after it (بن عبد العزيز) and a
    suffix particle with the unit before it (سيف الدين); عبدال… glued is split (عبدالرحمن → عبد الرحمن).
    Here so that it is compiled with the labeller: the package's pure Python cost ~10 µs a name with a
    particle, most Arab names (issue #13); tests/nlp/test_labels.py compares the two."""
    tokens: list[str] = []
    for tok in normalized.split():
        if tok.startswith("عبدال") and len(tok) >= 7:
            tokens.append("عبد")
            tokens.append(tok[3:])
        else:
            tokens.append(tok)
    units: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        j = i
        while tokens[j] in particles and j + 1 < n:
            j += 1
        unit = " ".join(tokens[i:j + 1])
        i = j + 1
        while i < n and tokens[i] in suffixes:
            unit += " " + tokens[i]
            i += 1
        units.append(unit)
    return units


def _table_entry(raw: str | None) -> tuple[str, int] | None:
    """A ``spelling<TAB>count`` value of name_units.tsv / name_full.tsv."""
    if raw is None:
        return None
    spelling, _, count = raw.partition("\t")
    return (spelling, int(count)) if count.isdigit() else None


def _best_variant(arabic: str, variants: Iterable[tuple[str, int]]) -> tuple[str, int]:
    """Spellings that differ only in case, hyphens, spaces or accents are one spelling (Al-Shammari,
    Al Shammari, al-Shammari); the most attested wins, written in its most attested form — with the
    newspaper hyphen ``Al-`` when the Arabic has the article."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for raw, count in variants:
        latin = str(raw).strip()
        if not latin.isascii():
            latin = _strip_accents(latin)
        if not latin:
            continue
        key = re.sub(r"[\s\-']", "", latin.casefold())
        groups.setdefault(key, []).append((latin, int(count)))
    best = max(groups.values(), key=lambda g: (sum(c for _, c in g), -len(g[0][0])))
    total = sum(c for _, c in best)
    forms = sorted(best, key=lambda lc: -lc[1])
    if arabic.startswith("ال"):
        hyphened = [lc for lc in forms if lc[0].startswith("Al-")]
        if hyphened:
            return hyphened[0][0], total
    text = forms[0][0]
    if arabic.startswith("ال"):  # "Al Qahtani", "al-Qahtani" → the newspaper form "Al-Qahtani"
        text = _AL_PREFIX.sub("Al-", text)
    return text[:1].upper() + text[1:], total


_AL_PREFIX = re.compile(r"^(?:[Aa]l|[Ee]l)[ -]?(?=[A-Z])")


# ---------------------------------------------------------------------------------------------------
# small helpers of the resolver
def _geonames_entry(value: str) -> tuple[str, int]:
    """``English<TAB>country<TAB>population`` → (English, population)."""
    english, _, rest = value.partition("\t")
    pop = rest.rpartition("\t")[2]
    return english, int(pop) if pop.isdigit() else 0


_AR_VOWELISH = re.compile("[اويىءئؤأإآ]")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _ar_skeleton(folded: str) -> str:
    """A folded Arabic word without its long vowels and hamza carriers after the first letter."""
    body = strip_article(folded)
    return body[:1] + _AR_VOWELISH.sub("", body[1:])


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def _has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None
