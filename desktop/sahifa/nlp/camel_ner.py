"""Optional statistical NER: CAMeL Tools' AraBERT token classifier, arbitrated with the rules and the CRF.

The model is *detected* without importing camel_tools (importing ``camel_tools.ner`` imports
``camel_tools.data``, which downloads a catalogue at import time and raises offline when none is
present; camel-tools 1.6). :func:`camel_ner_available` is a pair of ``stat`` calls:
the model's ``config.json`` (:func:`sahifa.nlp.modelstore.camel_ner_installed`) and the catalogue
``camel_tools.data`` reads at import (``$CAMELTOOLS_DATA/catalogue.json``; without it the import
would try to download one).

:class:`CamelNER` imports camel_tools, torch and transformers only on first use (thread-safe, the data
directory is read then, not at import), loads ``NERecognizer`` from the detected folder, and tags all
sentences of an article in one batched ``predict()`` call. Its word tokens come from
``simple_word_tokenize`` and are mapped back to character offsets in the article text; BIO labels
become ``(start, end, type)`` spans with types PERSON / ORG / LOC / MISC.

:func:`extract_with_camel` (the one call the pipeline needs) arbitrates the model's spans with the rule
engine's and the CRF's under one policy (:mod:`sahifa.nlp.arbiter`). :func:`merge_entities` is the plain
union kept for comparison: it adds the model's spans to the rule engine's mentions, rules winning wherever the two
overlap; a model span keeps no attached clitic (و/ف + ب/ل/ك); its canonical name and English label come
from a rule mention with the same :func:`~sahifa.nlp.entities.canonical_key`, else the gazetteer, else
the surface and its transliteration.
"""

from __future__ import annotations

import bisect
import logging
import os
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..core.arabic import AR_DIACRITICS, TATWEEL
from ..core.model import ENTITY_TYPES, EntityMention, Sentence
from .entities import canonical_key, extract_entities
from .gazetteer import gazetteer
from .modelstore import camel_data_dir, camel_ner_installed, camel_ner_model_path
from .translit import transliterate

__all__ = [
    "CamelNER",
    "CamelNERError",
    "CamelNERUnavailable",
    "camel_ner_available",
    "default_ner",
    "extract_with_camel",
    "merge_entities",
    "spans_from_bio",
]

log = logging.getLogger(__name__)

Span3 = tuple[int, int, str]

#: CAMeL's label suffixes (and common variants) → Sahifa's entity types
_TYPE_OF = {"PERS": "PERSON", "PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC",
            "GPE": "LOC", "MISC": "MISC"}
_SENTENCES_PER_CALL = 256   # one predict() call per this many sentences (bounded memory)
_BATCH_SIZE = 32            # predict()'s own batch size
_MARKS = frozenset(AR_DIACRITICS + TATWEEL)
_CLEAN_TABLE = {ord(c): None for c in AR_DIACRITICS + TATWEEL}


class CamelNERError(RuntimeError):
    """The CAMeL NER model could not be loaded or run (one human sentence)."""


class CamelNERUnavailable(CamelNERError):
    """No CAMeL NER model (or no catalogue) in the CAMeL Tools data directory."""


def _catalogue_path(data_dir: Path) -> Path:
    return data_dir / "catalogue.json"


def camel_ner_available(data_dir: Path | None = None) -> bool:
    """True when the CAMeL NER model is installed and can be loaded without any network access.

    Cheap (two ``stat`` calls), never imports camel_tools. ``data_dir`` defaults to ``$CAMELTOOLS_DATA``
    or ``~/.camel_tools``, read at call time.
    """
    d = data_dir if data_dir is not None else camel_data_dir()
    try:
        return camel_ner_installed(d) and _catalogue_path(d).is_file()
    except OSError:
        return False


# --- BIO → spans ---------------------------------------------------------------------------------


def spans_from_bio(offsets: Sequence[tuple[int, int]], labels: Sequence[str]) -> list[Span3]:
    """Character spans from one sentence's token offsets and BIO labels.

    ``B-X`` opens a span; ``I-X`` continues a span of the same type (else opens one: models do emit a
    stray ``I-``); ``O`` and unknown types close it. A label without a prefix counts as ``B-``.
    """
    out: list[Span3] = []
    cur_type: str | None = None
    cur_start = cur_end = 0
    for (s, e), label in zip(offsets, labels, strict=False):
        prefix, sep, kind = (label or "O").partition("-")
        if not sep:
            prefix, kind = "B", prefix
        typ = _TYPE_OF.get(kind.upper()) if prefix.upper() in ("B", "I") else None
        if typ is None:
            if cur_type is not None:
                out.append((cur_start, cur_end, cur_type))
                cur_type = None
            continue
        if prefix.upper() == "I" and cur_type == typ:
            cur_end = e
            continue
        if cur_type is not None:
            out.append((cur_start, cur_end, cur_type))
        cur_type, cur_start, cur_end = typ, s, e
    if cur_type is not None:
        out.append((cur_start, cur_end, cur_type))
    return out


# --- the model -----------------------------------------------------------------------------------


def _forget_stale_camel_data() -> None:
    """If an earlier ``import camel_tools.data`` failed, its submodules stay in sys.modules with the
    data directory of that time (``CT_DATA_DIR`` is read at import): drop them so the next import
    reads ``$CAMELTOOLS_DATA`` again."""
    if "camel_tools.data" in sys.modules:
        return
    for name in [m for m in sys.modules if m.startswith("camel_tools.data.")]:
        del sys.modules[name]


class CamelNER:
    """CAMeL Tools' NER model, loaded on first use.

    ``model_path`` defaults to the detected model folder (``$CAMELTOOLS_DATA/data/ner/arabert``), read
    when the model loads. Safe to share between threads: loading happens once, predictions are
    serialised. A failed load is remembered and raised again (CamelNERError) without retrying.
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str] | None = None,
        *,
        batch_size: int = _BATCH_SIZE,
        use_gpu: bool = False,
    ) -> None:
        self._model_path = Path(model_path) if model_path is not None else None
        self.batch_size = max(1, int(batch_size))
        self.use_gpu = use_gpu
        self._load_lock = threading.Lock()
        self._predict_lock = threading.Lock()
        self._recognizer: Any = None
        self._tokenize: Callable[[str], list[str]] | None = None
        self._error: str | None = None
        self._has_pieces: dict[str, bool] = {}
        self._loaded_from: Path | None = None

    # -- loading ------------------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self._recognizer is not None

    @property
    def model_path(self) -> Path:
        """The folder the model is (or will be) loaded from."""
        if self._loaded_from is not None:
            return self._loaded_from
        return self._model_path if self._model_path is not None else camel_ner_model_path()

    def load(self) -> None:
        """Import camel_tools.ner and load the model (once). Raises CamelNERUnavailable when the
        model or the catalogue is missing, CamelNERError when loading fails."""
        if self._recognizer is not None:
            return
        with self._load_lock:
            if self._recognizer is not None:
                return
            if self._error is not None:
                raise CamelNERError(self._error)
            data_dir = camel_data_dir()
            path = self._model_path if self._model_path is not None else camel_ner_model_path(data_dir)
            if not (path / "config.json").is_file():
                raise CamelNERUnavailable(f"no CAMeL NER model in {path}")
            if "camel_tools.data" not in sys.modules and not _catalogue_path(data_dir).is_file():
                # importing camel_tools.ner would try to download the catalogue
                raise CamelNERUnavailable(f"no CAMeL Tools catalogue in {data_dir}")
            for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
                os.environ.setdefault(var, "1")
            try:
                _forget_stale_camel_data()
                from camel_tools.ner import NERecognizer
                from camel_tools.tokenizers.word import simple_word_tokenize

                recognizer = NERecognizer(str(path), use_gpu=self.use_gpu)
            except Exception as exc:  # import errors, DownloaderError, torch/transformers errors
                self._error = f"cannot load the CAMeL NER model from {path}: {exc}"
                log.warning("%s", self._error, exc_info=True)
                raise CamelNERError(self._error) from exc
            self._tokenize = simple_word_tokenize
            self._loaded_from = path
            self._recognizer = recognizer
            log.info("CAMeL NER model loaded from %s", path)

    # -- prediction ---------------------------------------------------------------------------
    def _usable(self, word: str) -> bool:
        """Does BERT's tokenizer keep anything of this word? (camel_tools drops words that tokenise
        to nothing, which would shift every later label of the sentence.)"""
        hit = self._has_pieces.get(word)
        if hit is None:
            hit = bool(self._recognizer.tokenizer.tokenize(word))
            if len(self._has_pieces) < 200_000:
                self._has_pieces[word] = hit
        return hit

    def _units(self, text: str, sentences: Sequence[Sentence]) -> list[tuple[list[str], list[tuple[int, int]]]]:
        """(words, character offsets in ``text``) of each sentence that has words."""
        assert self._tokenize is not None
        n = len(text)
        bounds = [(s.start, s.end) for s in sentences]
        if not bounds:
            # no sentence list: one unit per line
            pos = 0
            for line in text.split("\n"):
                if line.strip():
                    bounds.append((pos, pos + len(line)))
                pos += len(line) + 1
        units: list[tuple[list[str], list[tuple[int, int]]]] = []
        for start, end in bounds:
            start, end = max(0, min(start, n)), max(0, min(end, n))
            if end <= start:
                continue
            words: list[str] = []
            offsets: list[tuple[int, int]] = []
            cursor = start
            for tok in self._tokenize(text[start:end]):
                if not tok:
                    continue
                i = text.find(tok, cursor, end)
                if i < 0:
                    continue  # tokenizer changed the token: leave it out, keep the cursor
                cursor = i + len(tok)
                if tok.isspace() or not self._usable(tok):
                    continue
                words.append(tok)
                offsets.append((i, cursor))
            if words:
                units.append((words, offsets))
        return units

    def predict_labels(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels of many tokenised sentences, through ``predict()`` in batches."""
        self.load()
        out: list[list[str]] = []
        with self._predict_lock:
            for i in range(0, len(sentences), _SENTENCES_PER_CALL):
                chunk = [list(s) for s in sentences[i: i + _SENTENCES_PER_CALL]]
                out.extend(self._recognizer.predict(chunk, batch_size=self.batch_size))
        return out

    def predict_spans(self, text: str, sentences: Sequence[Sentence]) -> list[Span3]:
        """Entity spans ``(start, end, type)`` in ``text``, sorted, non-overlapping; types are
        PERSON / ORG / LOC / MISC. Spans never cross a sentence boundary."""
        if not text:
            return []
        self.load()
        units = self._units(text, sentences)
        if not units:
            return []
        all_labels = self.predict_labels([words for words, _ in units])
        spans: list[Span3] = []
        for (words, offsets), labels in zip(units, all_labels, strict=True):
            if len(labels) != len(words):
                log.warning("CAMeL NER returned %d labels for %d words", len(labels), len(words))
            spans.extend(spans_from_bio(offsets, labels))
        spans.sort()
        return spans


_DEFAULTS: dict[Path, CamelNER] = {}
_DEFAULTS_LOCK = threading.Lock()


def default_ner() -> CamelNER:
    """The process-wide CamelNER for the currently detected model folder."""
    path = camel_ner_model_path()
    with _DEFAULTS_LOCK:
        ner = _DEFAULTS.get(path)
        if ner is None:
            ner = _DEFAULTS[path] = CamelNER(path)
        return ner


# --- merging -------------------------------------------------------------------------------------


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _MARKS


def _letters(s: str) -> int:
    return sum(1 for ch in s if ch.isalpha() and ch not in _MARKS)


def _clean(s: str) -> str:
    return " ".join(s.translate(_CLEAN_TABLE).split())


def _skip_marks(s: str, i: int) -> int:
    while i < len(s) and s[i] in _MARKS:
        i += 1
    return i


def _strip_clitic(surface: str) -> tuple[int, str]:
    """(offset where the name starts, name to look up) for a span's surface.

    A leading conjunction و/ف and/or preposition ب/ل/ك (optionally with tatweel: "بـ") is dropped when
    what remains has 2+ letters, unless the surface itself is a known name (واشنطن، وليد، لبنان).
    ب/ل/ك alone are dropped only before the article ال or when the rest is a known name — many
    foreign names start with them. "لل" keeps its second ل in the span and looks up ال + rest.
    """
    g = gazetteer()
    words = surface.split()
    if not words:
        return 0, surface
    first = words[0]
    if g.lookup(surface) is not None or g.given_name(first) is not None or g.lookup(first) is not None:
        return 0, surface
    # candidate starts: after و/ف, after ب/ل/ك (each possibly after و/ف)
    cands: list[tuple[int, bool]] = []  # (offset, conjunction only)
    conj_end = 0
    if first[0] in "وف":
        conj_end = _skip_marks(first, 1)
        cands.append((conj_end, True))
    if conj_end < len(first) and first[conj_end] in "بلك":
        cands.append((_skip_marks(first, conj_end + 1), False))
    best: tuple[int, str] | None = None
    for off, conj_only in cands:
        rest_first = first[off:]
        rest = surface[off:]
        if _letters(rest_first) < 2:
            continue
        names = [rest]
        if rest_first.startswith("ل") and first[off - 1: off] == "ل" and not rest_first.startswith("ال"):
            names.append("ال" + surface[_skip_marks(surface, off + 1):])  # لل → ال: "للأمم المتحدة"
        for name in names:
            if g.lookup(name) is not None or g.lookup(name.split()[0]) is not None:
                return off, name
        if g.given_name(rest_first) is not None:
            return off, rest
        if conj_only or names[-1].startswith("ال"):
            best = (off, names[-1])
    return best if best is not None else (0, surface)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not _is_word_char(text[start]):
        start += 1
    while end > start and not _is_word_char(text[end - 1]):
        end -= 1
    return start, end


def merge_entities(
    text: str, rule_mentions: Sequence[EntityMention], camel_spans: Sequence[Span3]
) -> list[EntityMention]:
    """Rule mentions plus the model's spans that overlap none of them.

    Rule mentions are kept as they are (they carry gazetteer and canonicalisation results). A model span
    is trimmed of punctuation, stripped of an attached clitic, dropped if it overlaps a rule mention (or
    an earlier model span), and added with ``source="camel"``: canonical name, English label and type
    of a rule mention with the same canonical key when there is one, else of the gazetteer entry, else
    the surface (one spelling per key) and its transliteration. Result: sorted by offset,
    non-overlapping, ``text[m.start:m.end] == m.text`` for every mention.
    """
    n = len(text)
    rules: list[EntityMention] = []
    last_end = -1
    for m in sorted(rule_mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.end > m.start and m.start >= last_end:
            rules.append(m)
            last_end = m.end
        else:
            log.debug("overlapping rule mention dropped: %r", m)
    starts = [m.start for m in rules]
    ends = [m.end for m in rules]

    def hits_rule(s: int, e: int) -> bool:
        i = bisect.bisect_right(ends, s)  # first rule ending after s
        return i < len(rules) and starts[i] < e

    by_key: dict[str, EntityMention] = {}
    for m in rules:
        for name in (m.canonical, m.text):
            k = canonical_key(name)
            if k and k not in by_key:
                by_key[k] = m

    g = gazetteer()
    # (start, end, type, lookup name)
    found: list[tuple[int, int, str, str]] = []
    camel_end = -1
    for s, e, typ in sorted(camel_spans):
        typ = typ if typ in ENTITY_TYPES else _TYPE_OF.get(str(typ).upper().split("-")[-1], "")
        if not typ:
            continue
        s, e = _trim(text, max(0, s), min(n, e))
        if e <= s or "\n" in text[s:e]:
            continue
        off, lookup = _strip_clitic(text[s:e])
        s += off
        s, e = _trim(text, s, e)
        if _letters(text[s:e]) < 2 or s < camel_end or hits_rule(s, e):
            continue
        found.append((s, e, typ, lookup))
        camel_end = e

    # names: a rule mention's, else the gazetteer's, else one spelling per key among the model's
    resolved: list[tuple[str, str, str] | None] = []
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    keys: list[str] = []
    for _s, _e, _typ, lookup in found:
        k = canonical_key(lookup)
        keys.append(k)
        rule = by_key.get(k)
        entry = g.lookup(lookup)
        if rule is not None:
            resolved.append((rule.canonical, rule.label_en, rule.type))
        elif entry is not None:
            resolved.append((entry.canonical, entry.label_en, entry.type))
        else:
            resolved.append(None)
            forms[k][_clean(lookup)] += 1
    chosen = {k: max(c, key=lambda f: (c[f], len(f.split()), len(f))) for k, c in forms.items()}

    camel: list[EntityMention] = []
    for (s, e, typ, _lookup), k, res in zip(found, keys, resolved, strict=True):
        if res is not None:
            canonical, label, typ = res
        else:
            canonical = chosen.get(k) or _clean(text[s:e])
            label = transliterate(canonical)
        camel.append(EntityMention(text[s:e], typ, canonical, label, s, e, "camel"))
    return sorted(rules + camel, key=lambda m: (m.start, m.end))


def extract_with_camel(
    text: str,
    sentences: Sequence[Sentence],
    rule_mentions: Sequence[EntityMention],
    ner: CamelNER | None = None,
) -> list[EntityMention]:
    """The article's mentions with the CAMeL model's spans arbitrated in.

    The model's spans go through the same arbitration as the CRF tagger's (:func:`sahifa.nlp.entities.
    extract_entities` with ``camel_spans``; :func:`sahifa.nlp.arbiter.combine`): they may override a rule
    span they disagree with, back or veto a weak one, or add a name no one else found, under the one
    policy. ``rule_mentions`` (what :func:`~sahifa.nlp.entities.extract_entities` returned for ``text``)
    come back unchanged (sorted) when no model is installed, or when it fails. ``ner`` defaults to
    :func:`default_ner` when :func:`camel_ner_available`. Never raises on article content.
    (:func:`merge_entities` is the plain union under the rules, kept for comparison.)
    """
    rules = sorted(rule_mentions, key=lambda m: (m.start, m.end))
    if not text:
        return rules
    if ner is None:
        if not camel_ner_available():
            return rules
        ner = default_ner()
    try:
        spans = ner.predict_spans(text, sentences)
    except Exception as exc:  # noqa: BLE001 - the model is optional: never lose the rule results
        log.warning("CAMeL NER skipped: %s", exc)
        return rules
    return extract_entities(text, camel_spans=spans)
