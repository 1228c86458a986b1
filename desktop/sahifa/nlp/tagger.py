"""Statistical entity tagger: a linear-chain CRF (python-crfsuite) stacked on the rule engine.

The rules (:mod:`sahifa.nlp.entities`) were tuned on a handful of articles; on real news they invent
people out of verbs and common-noun pairs and miss organisations. The CRF is trained
(``packaging/train_tagger.py``) on NewsFANE Gold (170K tokens of real Arabic newswire) plus
hand-annotated real Saudi news, and it sees the rule engine's own output as features (*stacking*): for
each token the rule engine's BIO tag, type and how it found it, gazetteer membership, given-name,
nationality, common-word and trigger-word flags, and word/affix features of the token and its neighbours.
:mod:`sahifa.nlp.arbiter` then combines rule spans and CRF spans.

Tokens are the rule engine's own tokens (one tokenisation, shared): the training script re-tokenises
NewsFANE's text the same way, so features mean the same thing at training and run time.

The model file (``resources/models/ner/sahifa-ner.crfsuite``, CC BY-SA 3.0 — see the LICENSE file beside
it) is loaded lazily, once per process, on the first article (``pycrfsuite.Tagger.open`` maps the file:
a few ms). Its sidecar ``sahifa-ner.json`` records the SHA-256 of the model and the feature version: a
missing, truncated or foreign file is detected *before* crfsuite reads it (crfsuite trusts its input), one
warning is logged, and the rules run alone with the same output contract.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from ..core.arabic import strip_article
from .entities_words import _verb_shaped
from .gazetteer import gazetteer

__all__ = ["FEATURE_VERSION", "LABELS", "CrfModel", "CrfSpan", "Tagged", "features", "load", "model_path", "sequences",
           "tag", "spans_from_labels"]

log = logging.getLogger(__name__)

#: bump when :func:`features` changes: a model trained on other features is refused (foreign)
FEATURE_VERSION = 4
LABELS = ("O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MODEL_NAME = "sahifa-ner.crfsuite"
META_NAME = "sahifa-ner.json"
_ENV = "SAHIFA_NER_MODEL"  # tests and the training script point the tagger at another model file
_SENT_END = frozenset({".", "؟", "?", "!", "؛"})


def model_path() -> Path:
    """Where the model is read from (``$SAHIFA_NER_MODEL`` or the packaged resource)."""
    env = os.environ.get(_ENV)
    if env:
        return Path(env)
    return Path(str(resources.files("sahifa.resources").joinpath("models", "ner", MODEL_NAME)))


# ---------------------------------------------------------------------------------------------------
# loading
class _State:
    # class-level state of the process (ClassVar: mypyc compiles this module)
    lock: ClassVar[threading.Lock] = threading.Lock()
    tagger: ClassVar[Any] = None  # pycrfsuite.Tagger once loaded
    tried: ClassVar[bool] = False
    path: ClassVar[str] = ""
    pid: ClassVar[int] = -1
    known: ClassVar[frozenset[str] | None] = None  # attributes with a weight in the model (others are not computed)


def _check(path: Path) -> str | None:
    """Why the model at ``path`` cannot be used (None: it can)."""
    meta_path = path.with_name(META_NAME)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot read {path} ({exc.strerror or exc})"
    if data[:4] != b"lCRF":
        return f"{path} is not a CRFsuite model"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"its description {meta_path.name} is missing or unreadable ({exc})"
    if not isinstance(meta, dict):
        return f"{meta_path.name} is not a model description"
    if meta.get("feature_version") != FEATURE_VERSION:
        return (f"it was trained for feature version {meta.get('feature_version')}, this Sahifa needs "
                f"{FEATURE_VERSION}")
    if meta.get("sha256") != hashlib.sha256(data).hexdigest():
        return f"{path.name} is damaged or was replaced (its checksum does not match {meta_path.name})"
    return None


def load() -> Any:
    """The process's CRF tagger, loaded on first use; None when no usable model (one warning logged).

    Safe under fork (the ingest process pool): a child re-opens the model rather than share the parent's
    handle."""
    path = model_path()
    st = _State
    if st.tried and st.pid == os.getpid() and st.path == str(path):
        return st.tagger
    with st.lock:
        if st.tried and st.pid == os.getpid() and st.path == str(path):
            return st.tagger
        st.tagger = None
        why = _check(path)
        if why is None:
            try:
                attrs = json.loads(path.with_name(META_NAME).read_text(encoding="utf-8")).get("attributes")
                known = frozenset(attrs) if attrs else None
                model = CrfModel(path.read_bytes(), known)
                if not set(model.labels) <= set(LABELS):
                    why = f"{path.name} has labels this Sahifa does not know"
                else:
                    st.tagger = model
                    st.known = known
                    _word_feats.cache_clear()
                    _ctx_feats.cache_clear()
                    _ctx4.cache_clear()
            except Exception as exc:  # noqa: BLE001 — any failure to read the model: rules alone
                why = f"it could not be read ({exc})"
        if why is not None:
            log.warning("entity tagger model not used, entities come from the rules alone: %s", why)
        st.tried = True
        st.pid = os.getpid()
        st.path = str(path)
        return st.tagger


def reset() -> None:
    """Forget the loaded model (tests: switch model files)."""
    with _State.lock:
        _State.tagger = None
        _State.tried = False


# ---------------------------------------------------------------------------------------------------
# features
# Tokens are given to the feature extractor as _TokView tuples built by the entity engine:
# (surface, folded key, clitic-stripped folded keys, kind a|l|d|p, starts a line)
TokView = tuple[str, str, tuple[str, ...], str, bool]


@lru_cache(maxsize=200_000)
def _word_feats(key: str, stripped: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """Features of a word that do not depend on context (cached per distinct word)."""
    return _only_known(_word_feat_list(key, stripped, kind))


def _word_feat_list(key: str, stripped: tuple[str, ...], kind: str) -> list[str]:
    """:func:`_word_feats` before the model's filter."""
    g = gazetteer()
    f: list[str] = [f"w={key}", f"k={kind}"]
    if kind != "a":
        if kind == "d":
            f.append(f"dl={min(len(key), 5)}")
        return f
    n = len(key)
    f.append(f"len={min(n, 8)}")
    f.append(f"p2={key[:2]}")
    f.append(f"p3={key[:3]}")
    f.append(f"s2={key[-2:]}")
    f.append(f"s3={key[-3:]}")
    base = strip_article(key)
    if base != key:
        f.append(f"b={base}")
        f.append("al")
    for s in stripped:
        f.append(f"st={s}")
        sb = strip_article(s)
        if sb != s:
            f.append(f"sb={sb}")
            f.append("cl+al")
    forms = (key, *stripped)
    lex = g.lexicon
    if any(k in lex or strip_article(k) in lex for k in forms):
        f.append("lex")
    if key in g.given_names:
        gn = g.given_names[key]
        f.append("gn_amb" if gn.ambiguous else "gn")
    elif any(s in g.given_names for s in stripped):
        f.append("gn_cl")
    if key in g.nationalities or any(s in g.nationalities for s in stripped):
        f.append("nat")
    if key in g.common:
        f.append("cw")  # a frequent word never inside a name (NewsFANE)
    elif any(s in g.common for s in stripped):
        f.append("cw_cl")
    if key not in g.given_names and _verb_shaped(key):
        f.append("vs")
    for k in forms:
        for toks, cue in g.cues.get(k, ()):
            if len(toks) == 1:
                f.append(f"cue={getattr(cue, 'role', '')}")
                break
    ent = g.by_key.get(key) or g.by_key.get(base)
    if ent is None:
        for s in stripped:
            ent = g.by_key.get(s) or g.by_key.get(strip_article(s))
            if ent is not None:
                break
    if ent is not None:
        f.append(f"gz1={ent.type}")
    if key[:1] in "يتنا" and n >= 4 and not key.startswith("ال"):
        f.append(f"v={key[:1]}")
    return f


def _only_known(f: list[str]) -> tuple[str, ...]:
    """The features the loaded model has weights for (all of them when it does not say, or training)."""
    known = _State.known
    return tuple(f) if known is None else tuple(x for x in f if x in known)


@lru_cache(maxsize=200_000)
def _ctx_feats(key: str, kind: str, rel: str) -> tuple[str, ...]:
    """Features a word gives its neighbour at relative position ``rel`` (cached per word)."""
    return _only_known(_ctx_feat_list(key, kind, rel))


def _ctx_feat_list(key: str, kind: str, rel: str) -> list[str]:
    """:func:`_ctx_feats` before the model's filter."""
    if kind == "p":
        return [f"{rel}w={key}"]
    if kind != "a":
        return [f"{rel}k={kind}"]
    g = gazetteer()
    f = [f"{rel}w={key}"]
    for toks, cue in g.cues.get(key, ()):
        if len(toks) == 1:
            f.append(f"{rel}cue={getattr(cue, 'role', '')}")
            break
    if key in g.given_names:
        f.append(f"{rel}gn")
    if key in g.nationalities:
        f.append(f"{rel}nat")
    if key in g.lexicon or strip_article(key) in g.lexicon:
        f.append(f"{rel}lex")
    return f


@lru_cache(maxsize=200_000)
def _ctx4(key: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The features a word gives its neighbours at -2, -1, +1, +2 (one cache look-up per token)."""
    return _ctx_feats(key, kind, "+2"), _ctx_feats(key, kind, "+1"), _ctx_feats(key, kind, "-1"), \
        _ctx_feats(key, kind, "-2")


def features(toks: Sequence[TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str]) -> list[list[str]]:
    """CRF features of one sequence. ``rule_tags``/``gaz_tags``: BIO tags (with how: ``B-PERSON/title``)
    from the rule engine's output and from the gazetteer lookup at each token."""
    n = len(toks)
    known = _State.known
    out: list[list[str]] = []
    # ctx[i]: what token i gives the token 2 before it, 1 before, 1 after, 2 after
    ctx = [_ctx4(t[1], t[3]) for t in toks]
    bios = [t.partition("/")[0] for t in rule_tags]
    for i in range(n):
        surf, key, stripped, kind, brk = toks[i]
        f = list(_word_feats(key, stripped, kind))
        rt = rule_tags[i]
        if rt != "O":
            bio, _, how = rt.partition("/")
            f.append(f"r={bio}")
            f.append(f"rt={bio[2:]}")
            f.append(f"rh={how}")
            rw = f"rw={bio}|{key}"
            if known is None or rw in known:
                f.append(rw)
        else:
            f.append("r=O")
        gt = gaz_tags[i]
        if gt != "O":
            f.append(f"g={gt}")
        if i == 0 or brk:
            f.append("BOS")
        if i > 0:
            f.extend(ctx[i - 1][2])
            f.append("-1r=" + bios[i - 1])
            bg = f"bg={toks[i - 1][1]}|{key}"
            if known is None or bg in known:
                f.append(bg)
            if i > 1:
                f.extend(ctx[i - 2][3])
        if i + 1 < n:
            f.extend(ctx[i + 1][1])
            f.append("+1r=" + bios[i + 1])
            if i + 2 < n:
                f.extend(ctx[i + 2][0])
        else:
            f.append("EOS")
        out.append(f)
    return out


def sequences(toks: Sequence[TokView]) -> list[tuple[int, int]]:
    """Split a token list into CRF sequences [i, j): at line breaks and after sentence-final marks."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(toks)
    for i in range(n):
        if i > start and toks[i][4]:
            out.append((start, i))
            start = i
        if toks[i][0] in _SENT_END and i + 1 - start >= 1:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


# ---------------------------------------------------------------------------------------------------
# tagging
@dataclass(frozen=True, slots=True)
class CrfSpan:
    t0: int  # token range [t0, t1)
    t1: int
    type: str
    conf: float  # mean marginal probability of the span's labels


@dataclass(slots=True)
class Tagged:
    spans: list[CrfSpan]
    p_out: list[float]  # per token under a rule span: probability that it is outside any entity (O)


def spans_from_labels(labels: Sequence[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """BIO labels → [(t0, t1, type)]; an I- without a B- starts a span."""
    out: list[tuple[int, int, str]] = []
    start = -1  # the open span's first token (-1: none open)
    typ = ""
    for i, lab in enumerate(labels):
        if lab == "O":
            if start >= 0:
                out.append((offset + start, offset + i, typ))
            start = -1
            continue
        bio, t = lab[0], lab[2:]
        if bio == "B" or start < 0 or t != typ:
            if start >= 0:
                out.append((offset + start, offset + i, typ))
            start, typ = i, t
    if start >= 0:
        out.append((offset + start, offset + len(labels), typ))
    return out


_QUOTES = frozenset("«»“”\"")


def _has_candidate(toks: Sequence[TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str], a: int,
                   b: int) -> bool:
    """Could the CRF find anything in tokens [a, b)? Not in a sentence with no rule mention, no gazetteer
    word, no given name, no Latin word and no quotation mark: cross-validated on real news, the CRF finds
    (almost) nothing there, and skipping such sentences saves a third of its time."""
    given = gazetteer().given_names
    for i in range(a, b):
        if rule_tags[i] != "O" or gaz_tags[i] != "O":
            return True
        t = toks[i]
        kind = t[3]
        if kind == "l" or (kind == "p" and t[0] in _QUOTES):
            return True
        if kind == "a" and (t[1] in given or any(s in given for s in t[2])):
            return True
    return False


def tag(tagger: Any, toks: Sequence[TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str],
        every: bool = False) -> Tagged:
    """Tag one article's tokens with the CRF: spans with confidences, and P(O) per token (under rule spans).
    Sentences with no candidate (:func:`_has_candidate`) are skipped unless ``every``. ``tagger``: the
    :class:`CrfModel` that :func:`load` returns, or a ``pycrfsuite.Tagger`` (training, tests)."""
    if isinstance(tagger, CrfModel):
        return tagger.tag(toks, rule_tags, gaz_tags, every)
    spans: list[CrfSpan] = []
    p_out = [1.0] * len(toks)
    with _State.lock:  # a crfsuite Tagger holds the current sequence: one article at a time
        for a, b in sequences(toks):
            if not every and not _has_candidate(toks, rule_tags, gaz_tags, a, b):
                continue
            feats = features(toks[a:b], rule_tags[a:b], gaz_tags[a:b])
            labels = tagger.tag(feats)
            for i in range(a, b):
                if rule_tags[i] != "O":  # the arbiter reads P(O) only under rule spans
                    p_out[i] = tagger.marginal("O", i - a)
            for t0, t1, typ in spans_from_labels(labels, a):
                probs = [tagger.marginal(labels[k - a], k - a) for k in range(t0, t1)]
                spans.append(CrfSpan(t0, t1, typ, sum(probs) / len(probs)))
    return Tagged(spans, p_out)


# ---------------------------------------------------------------------------------------------------
# the model read in Python, and crfsuite's inference reproduced operation for operation
#
# python-crfsuite spends most of an article's tagging time converting ~10,000 feature strings to C++
# strings and hashing them into its attribute dictionary. :class:`CrfModel` reads the same model file
# (crfsuite's crf1d format: a header, the features as (type, src, dst, weight) records, the label and
# attribute dictionaries in CQDB form, and each label's and attribute's list of features) and keeps a
# weight vector per attribute. A token's state scores are crfsuite's sums, in crfsuite's order (its
# attributes in item order, 0.0 + w1 + w2 …), so the part from the word alone is summed once per distinct
# word and reused; Viterbi and the scaled forward-backward pass follow crf1d_context.c line by line (same
# operations on IEEE doubles, same tie-breaking), so labels and marginals are the library's own, to the
# last bit (tests/nlp/test_tagger_fast.py compares them on real news).
_NEG_MAX = -1.7976931348623157e308  # -DBL_MAX, crfsuite's initial Viterbi score
_CACHE_MAX = 200_000  # distinct words whose state-score vectors are kept
Vec = tuple[float, ...]
#: a word's state-score sum, and the vectors it gives its neighbours at -2, -1, +1, +2
_WordEntry = tuple[Vec, tuple[tuple[Vec, ...], tuple[Vec, ...], tuple[Vec, ...], tuple[Vec, ...]]]


def _cqdb_strings(data: bytes, base: int, count: int) -> list[str]:
    """The strings of a CQDB chunk at ``base``, by id (its backward array: id → record offset)."""
    chunk, size, _flag, order, bwd_size, bwd_off = struct.unpack_from("<4sIIIII", data, base)
    if chunk != b"CQDB" or order != 0x62445371 or base + size > len(data) or bwd_size != count or not bwd_off:
        raise ValueError("damaged dictionary")
    out = [""] * count
    for i, (off,) in enumerate(struct.iter_unpack("<I", data[base + bwd_off: base + bwd_off + 4 * count])):
        ident, ksize = struct.unpack_from("<II", data, base + off)
        if ident != i or ksize < 1:
            raise ValueError("damaged dictionary")
        out[i] = data[base + off + 8: base + off + 7 + ksize].decode("utf-8")
    return out


def _refs(data: bytes, off: int, chunk_id: bytes, count: int) -> list[list[int]]:
    """A CRFsuite reference chunk: for each label or attribute, the ids of its features."""
    chunk, _size, num = struct.unpack_from("<4sII", data, off)
    if chunk != chunk_id or num < count:
        raise ValueError("damaged feature references")
    out: list[list[int]] = []
    for (at,) in struct.iter_unpack("<I", data[off + 12: off + 12 + 4 * count]):
        (k,) = struct.unpack_from("<I", data, at)
        out.append([x for (x,) in struct.iter_unpack("<I", data[at + 4: at + 4 + 4 * k])])
    return out


class CrfModel:
    """A CRFsuite (crf1d) model read from its file; tags like ``pycrfsuite.Tagger`` with identical results.

    ``known``: the attributes the model's description lists (what :func:`features` keeps); None: all."""

    def __init__(self, data: bytes, known: frozenset[str] | None) -> None:
        (magic, size, mtype, version, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, off_lrefs,
         off_arefs) = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
        if magic != b"lCRF" or mtype != b"FOMC" or version != 100 or size != len(data) or not n_labels:
            raise ValueError("not a CRFsuite crf1d model")
        self.labels = _cqdb_strings(data, off_labels, n_labels)
        attrs = _cqdb_strings(data, off_attrs, n_attrs)
        chunk, _size, n_feat = struct.unpack_from("<4sII", data, off_feat)
        if chunk != b"FEAT" or off_feat + 12 + 20 * n_feat > len(data):
            raise ValueError("damaged features")
        feats = list(struct.iter_unpack("<IIId", data[off_feat + 12: off_feat + 12 + 20 * n_feat]))
        L: int = int(n_labels)
        self.n_labels: int = L
        #: transition weights, flat: trans[i * L + j] from label i to label j (and their exponentials)
        trans = [0.0] * (L * L)
        for i, fids in enumerate(_refs(data, off_lrefs, b"LFRF", L)):
            for fid in fids:
                _typ, src, dst, w = feats[fid]
                if src != i or dst >= L:
                    raise ValueError("damaged transition feature")
                trans[i * L + dst] = float(w)
        self.trans: list[float] = trans
        self.exp_trans: list[float] = [math.exp(w) for w in trans]
        #: every attribute's state weights (only attributes with a nonzero weight: adding 0.0 is a no-op)
        self.vec: dict[str, Vec] = {}
        for aid, fids in enumerate(_refs(data, off_arefs, b"AFRF", n_attrs)):
            v = [0.0] * L
            seen: set[int] = set()
            for fid in fids:
                _typ, src, dst, w = feats[fid]
                if src != aid or dst >= L or dst in seen:  # one weight per (attribute, label)
                    raise ValueError("damaged state feature")
                seen.add(dst)
                v[dst] = float(w)
            if any(x != 0.0 for x in v):
                self.vec[attrs[aid]] = tuple(v)
        #: the ones :func:`features` keeps (``known``) that the model has
        self.kvec: dict[str, Vec] = self.vec if known is None else {
            a: v for a, v in self.vec.items() if a in known}
        if "O" not in self.labels:
            raise ValueError("the model has no O label")
        self.o_id: int = self.labels.index("O")
        # the pair features (bg=PREV|KEY, rw=BIO|KEY) indexed by KEY then by the first part, so that no
        # string is built per token: every way of splitting the name at a "|" is indexed (a word may be "|")
        self._pairs: dict[str, dict[str, dict[str, Vec]]] = {"bg=": {}, "rw=": {}}
        for a, vv in self.kvec.items():
            head = a[:3]
            if head in self._pairs:
                rest = a[3:]
                at = rest.find("|")
                while at >= 0:
                    self._pairs[head].setdefault(rest[at + 1:], {})[rest[:at]] = vv
                    at = rest.find("|", at + 1)
        self._bos = self.vec.get("BOS")
        self._eos = self.vec.get("EOS")
        self._words: dict[str, _WordEntry] = {}
        self._rule: dict[str, tuple[list[Vec], str, Vec | None, Vec | None]] = {}
        self._lock = threading.Lock()

    # -- state scores -------------------------------------------------------------------------------
    def _word(self, tok: TokView) -> _WordEntry:
        """For one word (cached by surface: a view's key, clitic readings and kind are its surface's): the
        state scores of its context-free features (crfsuite's running sum after them, from 0.0), and the
        weight vectors of what it gives its neighbours at -2, -1, +1, +2 (:func:`_ctx4`)."""
        got = self._words.get(tok[0])
        if got is not None:
            return got
        key, stripped, kind = tok[1], tok[2], tok[3]
        kvec = self.kvec
        L = self.n_labels
        acc = [0.0] * L
        for a in _word_feat_list(key, stripped, kind):
            v = kvec.get(a)
            if v is not None:
                for y in range(L):
                    acc[y] += v[y]
        parts: list[tuple[Vec, ...]] = []
        for rel in ("+2", "+1", "-1", "-2"):
            vs: list[Vec] = []
            for a in _ctx_feat_list(key, kind, rel):
                v = kvec.get(a)
                if v is not None:
                    vs.append(v)
            parts.append(tuple(vs) if vs else ())
        out = (tuple(acc), (parts[0], parts[1], parts[2], parts[3]))
        if len(self._words) >= _CACHE_MAX:
            self._words.clear()
        self._words[tok[0]] = out
        return out

    def _rule_of(self, rt: str) -> tuple[list[Vec], str, Vec | None, Vec | None]:
        """For a rule tag (``B-ORG/how`` or ``O``): the vectors of its ``r=``, ``rt=``, ``rh=`` (or ``r=O``)
        in that order, its BIO part, and the vectors of ``-1r=BIO`` and ``+1r=BIO`` it gives its neighbours."""
        got = self._rule.get(rt)
        if got is None:
            bio, _, how = rt.partition("/")
            names = ["r=O"] if rt == "O" else [f"r={bio}", f"rt={bio[2:]}", f"rh={how}"]
            got = ([self.vec[a] for a in names if a in self.vec], bio, self.vec.get("-1r=" + bio),
                   self.vec.get("+1r=" + bio))
            self._rule[rt] = got
        return got

    def states(self, toks: Sequence[TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str]) -> list[list[float]]:
        """The state score of each label at each token: what crfsuite computes from :func:`features`
        (same attributes, same order of summation)."""
        n = len(toks)
        L = self.n_labels
        vec = self.vec
        bg = self._pairs["bg="]
        rw = self._pairs["rw="]
        words = [self._word(t) for t in toks]
        rules = [self._rule_of(t) for t in rule_tags]
        out: list[list[float]] = []
        for i in range(n):
            tok = toks[i]
            key = tok[1]
            base, _ctx = words[i]
            rule = rules[i]
            parts: list[Vec] = list(rule[0])
            if rule_tags[i] != "O":
                d = rw.get(key)
                if d is not None:
                    v = d.get(rule[1])
                    if v is not None:
                        parts.append(v)
            gt = gaz_tags[i]
            if gt != "O":
                v = vec.get(f"g={gt}")
                if v is not None:
                    parts.append(v)
            if (i == 0 or tok[4]) and self._bos is not None:
                parts.append(self._bos)
            if i > 0:
                parts.extend(words[i - 1][1][2])
                v = rules[i - 1][2]
                if v is not None:
                    parts.append(v)
                d = bg.get(key)
                if d is not None:
                    v = d.get(toks[i - 1][1])
                    if v is not None:
                        parts.append(v)
                if i > 1:
                    parts.extend(words[i - 2][1][3])
            if i + 1 < n:
                parts.extend(words[i + 1][1][1])
                v = rules[i + 1][3]
                if v is not None:
                    parts.append(v)
                if i + 2 < n:
                    parts.extend(words[i + 2][1][0])
            elif self._eos is not None:
                parts.append(self._eos)
            row = [0.0] * L
            for y in range(L):
                acc = base[y]
                for p in parts:
                    acc += p[y]
                row[y] = acc
            out.append(row)
        return out

    # -- inference (crf1d_context.c) ----------------------------------------------------------------
    def viterbi(self, state: list[list[float]]) -> list[int]:
        """crf1dc_viterbi: the best label path (first maximum wins ties)."""
        T = len(state)
        L = self.n_labels
        trans = self.trans
        prev = list(state[0])
        back: list[list[int]] = [[0] * L]
        for t in range(1, T):
            st = state[t]
            cur = [0.0] * L
            bk = [0] * L
            for j in range(L):
                best = _NEG_MAX
                arg = -1
                for i in range(L):
                    score: float = prev[i] + trans[i * L + j]
                    if best < score:
                        best = score
                        arg = i
                if arg >= 0:
                    bk[j] = arg
                cur[j] = best + st[j]
            back.append(bk)
            prev = cur
        path = [0] * T
        best = _NEG_MAX
        for i in range(L):
            if best < prev[i]:
                best = prev[i]
                path[T - 1] = i
        for t in range(T - 2, -1, -1):
            path[t] = back[t + 1][path[t + 1]]
        return path

    def marginals(self, state: list[list[float]]) -> tuple[list[list[float]], list[list[float]], list[float]]:
        """crf1dc_exp_state + crf1dc_alpha_score + crf1dc_beta_score: (alpha, beta, scale); the marginal of
        label l at t is alpha[t][l] * beta[t][l] / scale[t] (crf1dc_marginal_point)."""
        T = len(state)
        L = self.n_labels
        et = self.exp_trans
        ex: list[list[float]] = []
        for row in state:
            ex.append([math.exp(x) for x in row])
        scale = [0.0] * T
        alpha: list[list[float]] = []
        cur = list(ex[0])
        s = 0.0
        for j in range(L):
            s += cur[j]
        sc = 1.0 / s if s != 0.0 else 1.0
        for j in range(L):
            cur[j] *= sc
        scale[0] = sc
        alpha.append(cur)
        for t in range(1, T):
            prev = cur
            st = ex[t]
            cur = [0.0] * L
            s = 0.0
            for j in range(L):
                acc = 0.0
                for i in range(L):
                    acc += prev[i] * et[i * L + j]
                v: float = acc * st[j]
                cur[j] = v
                s += v
            sc = 1.0 / s if s != 0.0 else 1.0
            for j in range(L):
                cur[j] *= sc
            scale[t] = sc
            alpha.append(cur)
        beta: list[list[float]] = [cur] * T
        nxt = [scale[T - 1]] * L
        beta[T - 1] = nxt
        for t in range(T - 2, -1, -1):
            st = ex[t + 1]
            row = [nxt[j] * st[j] for j in range(L)]
            cur = [0.0] * L
            sct = scale[t]
            for i in range(L):
                acc = 0.0
                base = i * L
                for j in range(L):
                    acc += et[base + j] * row[j]
                cur[i] = acc * sct
            beta[t] = cur
            nxt = cur
        return alpha, beta, scale

    def tag(self, toks: Sequence[TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str],
            every: bool = False) -> Tagged:
        """As :func:`tag` with a ``pycrfsuite.Tagger`` of the same model, without the library."""
        spans: list[CrfSpan] = []
        p_out = [1.0] * len(toks)
        labels = self.labels
        o_id = self.o_id
        with self._lock:  # the caches are shared
            for a, b in sequences(toks):
                if not every and not _has_candidate(toks, rule_tags, gaz_tags, a, b):
                    continue
                state = self.states(toks[a:b], rule_tags[a:b], gaz_tags[a:b])
                path = self.viterbi(state)
                found = spans_from_labels([labels[k] for k in path], a)
                ruled = [i for i in range(a, b) if rule_tags[i] != "O"]
                if not ruled and not found:
                    continue
                alpha, beta, scale = self.marginals(state)
                for i in ruled:
                    t = i - a
                    p_out[i] = alpha[t][o_id] * beta[t][o_id] / scale[t]
                for t0, t1, typ in found:
                    probs = [alpha[k - a][path[k - a]] * beta[k - a][path[k - a]] / scale[k - a]
                             for k in range(t0, t1)]
                    spans.append(CrfSpan(t0, t1, typ, sum(probs) / len(probs)))
        return Tagged(spans, p_out)
