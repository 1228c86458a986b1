"""Offline Arabic → English translation with an installed Argos Translate package.

Why not ``argostranslate.translate``? Importing it costs 3–5 s (spaCy, Stanza, torch) and, at translate
time, it re-segments text with MiniSBD/Stanza/spaCy, which **download** models when they are missing
(argostranslate 1.11). Sahifa already has its own sentences and needs exactly one English
string per Arabic sentence, so this module uses argostranslate only for what is cheap and offline (the
package list and metadata) and runs the package's own models directly:

    SentencePiece encode → ctranslate2.Translator.translate_batch → SentencePiece decode

with the same decoding options and post-processing as argostranslate 1.11
(``apply_packaged_translation``): target prefix from the package metadata, ``replace_unknowns``,
``length_penalty=0.2``, "▁"/"_" → space, prefix and leading space stripped.

Importing this module is cheap (standard library only); ctranslate2 and sentencepiece are imported on
first use, argostranslate.package (~0.05 s) only by :func:`find_installed_package`.
No function here opens a network connection.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from sahifa.core.model import Article

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]

DEFAULT_BEAM_SIZE = 2
DEFAULT_MAX_BATCH_SIZE = 16
# Argos/OpenNMT models are trained on sentences of at most a few hundred subwords and CTranslate2
# silently truncates inputs longer than ``max_input_length``: longer sentences are split at clause
# boundaries, translated piecewise and joined.
DEFAULT_MAX_INPUT_TOKENS = 200
MAX_DECODING_LENGTH = 256  # fixed (not per batch) so that batching never changes an output


class TranslationError(Exception):
    """A translation could not be made (the model is missing or unreadable)."""


class TranslationCancelled(Exception):
    """Raised by :meth:`ArgosTranslator.translate_batch` when its cancel event was set."""


# --- installed packages --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackageInfo:
    code: str           # argospm name, e.g. "translate-ar_en"
    from_code: str
    to_code: str
    version: str        # package_version from metadata.json, e.g. "1.0"
    path: Path          # installed package directory, e.g. …/packages/translate-ar_en-1_0
    size_bytes: int     # on disk
    name: str           # human name, e.g. "Arabic → English"

    @property
    def engine_id(self) -> str:
        return f"argos:{self.path.name}:{self.version}"


def _dir_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def package_info_from_metadata(path: Path, metadata: dict[str, Any], *, size_bytes: int | None = None) -> PackageInfo:
    from_code = str(metadata.get("from_code") or "")
    to_code = str(metadata.get("to_code") or "")
    kind = str(metadata.get("type") or "translate")
    from_name = str(metadata.get("from_name") or from_code)
    to_name = str(metadata.get("to_name") or to_code)
    return PackageInfo(
        code=str(metadata.get("code") or f"{kind}-{from_code}_{to_code}"),
        from_code=from_code,
        to_code=to_code,
        version=str(metadata.get("package_version") or "0"),
        path=path,
        size_bytes=_dir_size(path) if size_bytes is None else size_bytes,
        name=f"{from_name} → {to_name}",
    )


def read_package_dir(path: str | os.PathLike[str]) -> PackageInfo:
    """PackageInfo of an installed (extracted) package directory. Raises TranslationError."""
    p = Path(path)
    try:
        metadata = json.loads((p / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TranslationError(f"{p} is not a translation package (no readable metadata.json)") from exc
    if not isinstance(metadata, dict):
        raise TranslationError(f"{p}/metadata.json is not a JSON object")
    return package_info_from_metadata(p, metadata)


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    parts = re.split(r"[._-]", version)
    return tuple((int(x), "") if x.isdigit() else (-1, x) for x in parts)


def _scan_package_dirs(dirs: Iterable[Path]) -> list[PackageInfo]:
    """Tolerant scan: skips folders without metadata.json (argostranslate's own listing raises)."""
    found: list[PackageInfo] = []
    for d in dirs:
        try:
            entries = sorted(Path(d).iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            try:
                found.append(read_package_dir(entry))
            except TranslationError:
                log.debug("skipping %s: not a package", entry)
    return found


def installed_packages(packages_dirs: Sequence[str | os.PathLike[str]] | None = None) -> list[PackageInfo]:
    """Every installed Argos package, via ``argostranslate.package.get_installed_packages()``.

    ``packages_dirs`` defaults to ``argostranslate.settings.package_dirs`` (so argospm's packages and
    Sahifa's are the same). When argostranslate's listing fails (it raises on any folder without a
    metadata.json, e.g. one left by an interrupted install) a tolerant scan is used instead.
    """
    import argostranslate.package as argos_package

    dirs = [Path(d) for d in packages_dirs] if packages_dirs is not None else None
    try:
        packages = argos_package.get_installed_packages(dirs)
    except (OSError, ValueError) as exc:
        log.warning("argostranslate could not list packages (%s); scanning leniently", exc)
        from argostranslate import settings

        return _scan_package_dirs(dirs if dirs is not None else settings.package_dirs)
    infos: list[PackageInfo] = []
    for pkg in packages:
        path = Path(pkg.package_path)
        try:
            infos.append(read_package_dir(path))
        except TranslationError:
            continue
    return infos


def find_installed_package(
    from_code: str = "ar",
    to_code: str = "en",
    *,
    packages_dirs: Sequence[str | os.PathLike[str]] | None = None,
) -> PackageInfo | None:
    """The installed translate package for from_code → to_code (highest version), or None."""
    candidates = [
        p for p in installed_packages(packages_dirs)
        if p.from_code == from_code and p.to_code == to_code and p.code.startswith("translate")
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda p: _version_key(p.version))


# --- the translator ------------------------------------------------------------------------------


@runtime_checkable
class Translator(Protocol):
    """What :func:`translate_article` needs; :class:`ArgosTranslator` is the real one."""

    @property
    def engine_id(self) -> str: ...

    def translate_batch(
        self,
        sentences: list[str],
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> list[str]: ...


# Clause boundaries to split over-long sentences at, strongest first (the separator stays left).
_CLAUSE_SEPARATORS = (re.compile(r"(?<=[؛;:])\s+"), re.compile(r"(?<=[،,])\s+"))
_WS = re.compile(r"\s+")


def _default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class ArgosTranslator:
    """Translate sentences with one installed Argos package, loaded lazily on first use.

    Thread-safe: the model is loaded once under a lock; CTranslate2 translators may be called from
    several threads. Keep one instance per package for the life of the app (loading costs ~0.5–1 s).
    """

    def __init__(
        self,
        package: PackageInfo | str | os.PathLike[str],
        *,
        beam_size: int | None = None,
        max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
        max_input_tokens: int = DEFAULT_MAX_INPUT_TOKENS,
        inter_threads: int = 1,
        intra_threads: int | None = None,
        compute_type: str = "default",
    ) -> None:
        self.package = package if isinstance(package, PackageInfo) else read_package_dir(package)
        self._metadata = self._read_metadata()
        meta_beam = self._metadata.get("beam_size")
        self.beam_size = int(beam_size or (meta_beam if isinstance(meta_beam, int) and meta_beam > 0 else 0)
                             or DEFAULT_BEAM_SIZE)
        self.max_batch_size = max(1, int(max_batch_size))
        self.max_input_tokens = max(4, int(max_input_tokens))
        self.target_prefix = str(self._metadata.get("target_prefix") or "")
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads if intra_threads is not None else _default_threads()
        self.compute_type = compute_type
        self._lock = threading.Lock()
        self._translator: Any = None
        self._sp: Any = None

    def __repr__(self) -> str:
        return f"ArgosTranslator({self.engine_id!r}, loaded={self.loaded})"

    @property
    def engine_id(self) -> str:
        """Cache key: package folder + version, e.g. "argos:translate-ar_en-1_0:1.0"."""
        return self.package.engine_id

    @property
    def loaded(self) -> bool:
        return self._translator is not None

    def _read_metadata(self) -> dict[str, Any]:
        try:
            data = json.loads((self.package.path / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def load(self) -> None:
        """Load the CTranslate2 and SentencePiece models now (otherwise done on first translation)."""
        if self._translator is not None:
            return
        with self._lock:
            if self._translator is not None:
                return
            model_dir = self.package.path / "model"
            sp_path = self.package.path / "sentencepiece.model"
            if not (model_dir / "model.bin").is_file():
                raise TranslationError(f"the translation package at {self.package.path} has no model/model.bin")
            if not sp_path.is_file():
                raise TranslationError(
                    f"the translation package at {self.package.path} has no sentencepiece.model "
                    "(BPE packages are not supported)"
                )
            import ctranslate2
            import sentencepiece

            try:
                sp = sentencepiece.SentencePieceProcessor(model_file=str(sp_path))
                translator = ctranslate2.Translator(
                    str(model_dir),
                    device="cpu",
                    inter_threads=self.inter_threads,
                    intra_threads=self.intra_threads,
                    compute_type=self.compute_type,
                )
            except (RuntimeError, OSError, ValueError) as exc:
                raise TranslationError(f"cannot load the translation model: {exc}") from exc
            self._sp = sp
            self._translator = translator
            log.info("loaded %s (beam %d, %d threads)", self.engine_id, self.beam_size, self.intra_threads)

    # -- pre/post-processing --

    def encode(self, text: str) -> list[str]:
        self.load()
        return list(self._sp.encode(text, out_type=str))

    def decode(self, tokens: Sequence[str]) -> str:
        # argostranslate's SentencePieceTokenizer.decode + apply_packaged_translation's clean-up
        value: str = self._sp.decode_pieces(list(tokens)).replace("▁", " ").replace("_", " ")
        if self.target_prefix and value.startswith(self.target_prefix):
            value = value[len(self.target_prefix):]
        return value.strip()

    def _segments(self, text: str) -> list[list[str]]:
        """Token lists for text, split at clause boundaries when longer than max_input_tokens."""
        tokens = self.encode(text)
        if len(tokens) <= self.max_input_tokens:
            return [tokens]
        return [self.encode(piece) for piece in self._split_long(text, 0)]

    def _split_long(self, text: str, level: int) -> list[str]:
        limit = self.max_input_tokens
        if level < len(_CLAUSE_SEPARATORS):
            parts = [p for p in _CLAUSE_SEPARATORS[level].split(text) if p.strip()]
        else:
            parts = text.split()
        pieces: list[str] = []
        current = ""
        for part in parts:
            candidate = f"{current} {part}" if current else part
            if current and len(self.encode(candidate)) > limit:
                pieces.append(current)
                current = part
            else:
                current = candidate
        if current:
            pieces.append(current)
        out: list[str] = []
        for piece in pieces:
            if len(self.encode(piece)) > limit and level < len(_CLAUSE_SEPARATORS):
                out.extend(self._split_long(piece, level + 1))
            else:
                out.append(piece)  # fits, or one enormous word (CTranslate2 truncates it)
        return out

    # -- translation --

    def translate_batch(
        self,
        sentences: list[str],
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> list[str]:
        """One English string per input sentence, in order ("" for blank input).

        Identical inputs are translated once; segments are sorted by length and translated in batches
        of ``max_batch_size``; ``cancel`` is checked before every batch (TranslationCancelled);
        ``progress(done, total)`` counts input sentences.
        """
        total = len(sentences)
        outputs = [""] * total
        if cancel is not None and cancel.is_set():
            raise TranslationCancelled()
        # unique non-blank texts → the input positions that want them
        wanted: dict[str, list[int]] = {}
        for i, s in enumerate(sentences):
            text = _WS.sub(" ", s or "").strip()
            if text:
                wanted.setdefault(text, []).append(i)
        done = total - sum(len(v) for v in wanted.values())
        if not wanted:
            if progress is not None:
                progress(total, total)
            return outputs
        self.load()
        texts = list(wanted)
        segments: list[tuple[int, int, list[str]]] = []  # (text index, segment index, tokens)
        pieces_left: list[int] = []
        for t_index, text in enumerate(texts):
            segs = self._segments(text)
            pieces_left.append(len(segs))
            segments.extend((t_index, k, toks) for k, toks in enumerate(segs))
        results: list[list[str]] = [[""] * n for n in pieces_left]
        order = sorted(range(len(segments)), key=lambda j: len(segments[j][2]))
        if progress is not None:
            progress(done, total)
        for b in range(0, len(order), self.max_batch_size):
            if cancel is not None and cancel.is_set():
                raise TranslationCancelled()
            batch = [segments[j] for j in order[b:b + self.max_batch_size]]
            translated = self._translate_tokens([toks for _, _, toks in batch])
            for (t_index, k, _), english in zip(batch, translated, strict=True):
                results[t_index][k] = english
                pieces_left[t_index] -= 1
                if pieces_left[t_index] == 0:
                    joined = " ".join(x for x in results[t_index] if x)
                    for pos in wanted[texts[t_index]]:
                        outputs[pos] = joined
                    done += len(wanted[texts[t_index]])
            if progress is not None:
                progress(done, total)
        return outputs

    def _translate_tokens(self, batch: list[list[str]]) -> list[str]:
        prefix = [[self.target_prefix] for _ in batch] if self.target_prefix else None
        results = self._translator.translate_batch(
            batch,
            target_prefix=prefix,
            replace_unknowns=True,
            max_batch_size=self.max_batch_size,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=0.2,
            max_decoding_length=MAX_DECODING_LENGTH,
        )
        return [self.decode(r.hypotheses[0]) if r.hypotheses else "" for r in results]


# --- cache ---------------------------------------------------------------------------------------


@runtime_checkable
class TranslationCache(Protocol):
    """Source sentence → translation, per engine (engine_id changes when the model does)."""

    def get_many(self, engine_id: str, texts: Sequence[str]) -> dict[str, str]:
        """The cached translations among texts (missing texts are absent from the result)."""
        ...

    def put_many(self, engine_id: str, pairs: Sequence[tuple[str, str]]) -> None:
        """Store (source, translation) pairs."""
        ...


class MemoryTranslationCache:
    """In-memory :class:`TranslationCache` (thread-safe). The database one implements the same protocol."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def get_many(self, engine_id: str, texts: Sequence[str]) -> dict[str, str]:
        with self._lock:
            found: dict[str, str] = {}
            for t in texts:
                hit = self._data.get((engine_id, t))
                if hit is not None:
                    found[t] = hit
            return found

    def put_many(self, engine_id: str, pairs: Sequence[tuple[str, str]]) -> None:
        with self._lock:
            for source, english in pairs:
                self._data[(engine_id, source)] = english

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


def translate_sentences(
    texts: Sequence[str],
    translator: Translator,
    cache: TranslationCache | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> list[str]:
    """One translation per text, in order: the cache first, the translator for the rest."""
    engine = translator.engine_id
    unique = list(dict.fromkeys(t for t in texts if t.strip()))
    cached = cache.get_many(engine, unique) if cache is not None and unique else {}
    missing = [t for t in unique if t not in cached]
    if missing:
        hits = len(unique) - len(missing)

        def step(done: int, _total: int) -> None:
            if progress is not None:
                progress(hits + done, len(unique))

        translated = translator.translate_batch(missing, progress=step, cancel=cancel)
        if len(translated) != len(missing):
            raise TranslationError(f"the translator returned {len(translated)} sentences for {len(missing)}")
        fresh = dict(zip(missing, translated, strict=True))
        if cache is not None:
            cache.put_many(engine, [(src, en) for src, en in fresh.items() if en])
        cached = {**cached, **fresh}
    elif progress is not None:
        progress(len(unique), len(unique))
    return [cached.get(t, "") for t in texts]


def translate_article(
    article: Article,
    translator: Translator,
    cache: TranslationCache | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> list[str]:
    """One English string per ``article.sentences`` entry, in order."""
    return translate_sentences(
        [s.text for s in article.sentences], translator, cache, progress=progress, cancel=cancel
    )
