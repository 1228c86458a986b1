"""Statistical entity tagger: a linear-chain CRF (python-crfsuite) stacked on the rule engine.

The CRF is trained (``packaging/train_tagger.py``) on NewsFANE Gold (170K tokens of real Arabic newswire)
plus hand-annotated real Saudi news, and it sees the rule engine's own output as features (*stacking*): for
each token the rule engine's BIO tag, type and how it found it, gazetteer membership, given-name,
nationality, common-word and trigger-word flags, and word/affix features of the token and its neighbours.
:mod:`sahifa.nlp.arbiter` then combines rule spans and CRF spans. Tokens are the rule engine's own tokens
(one tokenisation, shared): the training script re-tokenises NewsFANE's text the same way.

The model file (``resources/models/ner/sahifa-ner.crfsuite``, CC BY-SA 3.0 — see the LICENSE file beside
it) is loaded lazily, once per process, on the first article: read into :mod:`sahifa.nlp._crf` (crfsuite's
inference without python-crfsuite's per-string conversion, see :mod:`sahifa.nlp.crfmodel`; tens of ms)
when that extension is built, else opened by ``pycrfsuite.Tagger.open`` (a few ms). Its sidecar
``sahifa-ner.json`` records the SHA-256 of the model and the feature version: a missing, truncated or
foreign file is detected *before* crfsuite (or the reader) reads it (crfsuite trusts its input), one warning
is logged, and the rules run alone with the same output contract. python-crfsuite stays the trainer
(``packaging/train_tagger.py``) and the reference the native inference is tested against.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Final

from ..core.arabic import strip_article
from .entities_words import _Tok, _verb_shaped
from .gazetteer import gazetteer

__all__ = ["FEATURE_VERSION", "LABELS", "CrfSpan", "Tagged", "encoded_features", "features", "flat_features", "load",
           "model_path", "sequences", "tag", "spans_from_labels"]

log = logging.getLogger(__name__)

#: bump when :func:`features` changes: a model trained on other features is refused (foreign).
#: 5: no ``k=a``/``k=d`` (every Arabic word has one ``len=``, every number one ``dl=``), no ``-1r=O``/``+1r=O``
#: (every token but the first has one ``-1r=``, the first has ``BOS``; likewise ``+1r=`` and ``EOS``): a
#: linear model represents the same scores without them (their weights fold into the others; with a weak L1
#: the fit differs: train with c1 1.0, resources/models/ner/README.md), and a real article hands crfsuite ~27 %
#: fewer strings
FEATURE_VERSION = 5
LABELS = ("O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MODEL_NAME = "sahifa-ner.crfsuite"
META_NAME = "sahifa-ner.json"
_ENV = "SAHIFA_NER_MODEL"  # tests and the training script point the tagger at another model file
_SENT_END: Final = frozenset({".", "؟", "?", "!", "؛"})


def model_path() -> Path:
    """Where the model is read from (``$SAHIFA_NER_MODEL`` or the packaged resource)."""
    env = os.environ.get(_ENV)
    if env:
        return Path(env)
    return Path(_packaged_path())


def _packaged_path() -> str:
    """The packaged model's path, found once per process (``importlib.resources`` took ~0.2 ms, and
    :func:`load` asks for the path on every article)."""
    if not _State.packaged:
        _State.packaged = str(resources.files("sahifa.resources").joinpath("models", "ner", MODEL_NAME))
    return _State.packaged


# ---------------------------------------------------------------------------------------------------
# loading
class _State:
    # class-level state of the process (ClassVar: mypyc compiles this module)
    lock: ClassVar[threading.Lock] = threading.Lock()
    tagger: ClassVar[Any] = None  # once loaded: sahifa.nlp._crf.Tagger, or pycrfsuite.Tagger (see _open)
    tried: ClassVar[bool] = False
    path: ClassVar[str] = ""
    pid: ClassVar[int] = -1
    known: ClassVar[frozenset[str] | None] = None  # attributes with a weight in the model (others are not computed)
    #: the native tagger's attribute names by themselves (see _Memo.canon); None with python-crfsuite
    canon: ClassVar[dict[bytes, bytes] | None] = None
    packaged: ClassVar[str] = ""  # the packaged model's path (:func:`_packaged_path`)


def _check(path: Path) -> str | None:
    """Why the model at ``path`` cannot be used (None: it can): :func:`sahifa.nlp.crfmodel.check`."""
    from . import crfmodel

    return crfmodel.check(path, path.with_name(META_NAME), FEATURE_VERSION)


def load() -> Any:
    """The process's CRF tagger, loaded on first use; None when no usable model (one warning logged).

    Safe under fork (the ingest process pool): a child re-opens the model rather than share the parent's
    handle."""
    st = _State
    env = os.environ.get(_ENV)
    where = str(Path(env)) if env else _packaged_path()
    if st.tried and st.pid == os.getpid() and st.path == where:
        return st.tagger
    path = model_path()
    with st.lock:
        if st.tried and st.pid == os.getpid() and st.path == str(path):
            return st.tagger
        st.tagger = None
        why = _check(path)
        if why is None:
            try:
                tagger = _open(path)
                if tuple(tagger.labels()) and not set(tagger.labels()) <= set(LABELS):
                    why = f"{path.name} has labels this Sahifa does not know"
                else:
                    st.tagger = tagger
                    attrs = json.loads(path.with_name(META_NAME).read_text(encoding="utf-8")).get("attributes")
                    st.known = frozenset(attrs) if attrs else None
                    names = getattr(tagger, "attributes", None)
                    st.canon = {k: k for k in names()} if names is not None else None
                    _word_feats.cache_clear()
                    _ctx_feats.cache_clear()
                    _ctx4.cache_clear()
                    _Memo.reset(st.known, st.canon)
            except ImportError:
                why = "python-crfsuite is not installed"
            except Exception as exc:  # noqa: BLE001 — any failure of the native loader: rules alone
                why = f"crfsuite could not open it ({exc})"
        if why is not None:
            log.warning("entity tagger model not used, entities come from the rules alone: %s", why)
        st.tried = True
        st.pid = os.getpid()
        st.path = str(path)
        return st.tagger


def _open(path: Path) -> Any:
    """A tagger over the model file: crfsuite's inference in :mod:`sahifa.nlp._crf` when it is built
    (:mod:`sahifa.nlp.crfmodel`: the same labels and marginals without python-crfsuite's string conversion),
    else a ``pycrfsuite.Tagger``. Both answer ``tag(xseq)``, ``marginal(label, t)`` and ``labels()``."""
    from . import crfmodel

    if crfmodel.native_available():
        return crfmodel.open_native(path.read_bytes())
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def reset() -> None:
    """Forget the loaded model (tests: switch model files)."""
    with _State.lock:
        _State.tagger = None
        _State.tried = False


# ---------------------------------------------------------------------------------------------------
# features
# The feature extractor reads the entity engine's own token records (entities_words._Tok, as its tokeniser
# made them): the surface, its analysis (folded key, clitic-stripped folded keys, kind a|l|d|p) and whether
# it starts a line. One path for tagging, training and the tests: no view tuple per token.


@lru_cache(maxsize=200_000)
def _word_feats(key: str, stripped: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """Features of a word that do not depend on context (cached per distinct word)."""
    return _only_known(_word_feature_list(key, stripped, kind))


def _word_feature_list(key: str, stripped: tuple[str, ...], kind: str) -> list[str]:
    """:func:`_word_feats` before the model's filter (every feature the definition gives, in order)."""
    g = gazetteer()
    f: list[str] = [f"w={key}"]
    if kind != "a":
        if kind == "d":
            f.append(f"dl={min(len(key), 5)}")  # (no k=d: every number has one dl=)
        else:
            f.append(f"k={kind}")
        return f
    n = len(key)
    f.append(f"len={min(n, 8)}")  # (no k=a: every Arabic word has one len=)
    f.append(f"p2={key[:2]}")
    f.append(f"p3={key[:3]}")
    f.append(f"s2={key[-2:]}")
    f.append(f"s3={key[-3:]}")
    base = strip_article(key)
    if base != key:
        f.append(f"b={base}")
        f.append("al")
    lex = g.lexicon
    is_lex = key in lex or base in lex
    bases = [strip_article(s) for s in stripped]  # made once: the lexicon and gz1 look-ups below reuse them
    for s, sb in zip(stripped, bases):  # noqa: B905 (same length: bases is made from stripped)
        f.append(f"st={s}")
        is_lex = is_lex or s in lex or sb in lex
        if sb != s:
            f.append(f"sb={sb}")
            f.append("cl+al")
    forms = (key, *stripped)
    if is_lex:
        f.append("lex")
    if key in g.given_names:
        gn = g.given_names[key]
        f.append("gn_amb" if gn.ambiguous else "gn")
    elif not g.given_names.keys().isdisjoint(stripped):
        f.append("gn_cl")
    if key in g.nationalities or not g.nationalities.keys().isdisjoint(stripped):
        f.append("nat")
    if key in g.common:
        f.append("cw")  # a frequent word never inside a name (NewsFANE)
    elif not g.common.isdisjoint(stripped):
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
        for s, sb in zip(stripped, bases):  # noqa: B905
            ent = g.by_key.get(s) or g.by_key.get(sb)
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
    return _only_known([rel + x for x in _ctx_parts(key, kind)])


def _ctx_parts(key: str, kind: str) -> list[str]:
    """What a word gives a neighbour, before the neighbour's relative position is put in front."""
    if kind == "p":
        return [f"w={key}"]
    if kind != "a":
        return [f"k={kind}"]
    g = gazetteer()
    f = [f"w={key}"]
    for toks, cue in g.cues.get(key, ()):
        if len(toks) == 1:
            f.append(f"cue={getattr(cue, 'role', '')}")
            break
    if key in g.given_names:
        f.append("gn")
    if key in g.nationalities:
        f.append("nat")
    if key in g.lexicon or strip_article(key) in g.lexicon:
        f.append("lex")
    return f


@lru_cache(maxsize=200_000)
def _ctx4(key: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The features a word gives its neighbours at -2, -1, +1, +2 (one cache look-up per token; the word's
    look-ups done once for the four)."""
    parts = _ctx_parts(key, kind)
    return (_only_known(["+2" + x for x in parts]), _only_known(["+1" + x for x in parts]),
            _only_known(["-1" + x for x in parts]), _only_known(["-2" + x for x in parts]))


_NO_PAIRS: dict[str, bytes] = {}  # (never written) a word that ends no bg=/rw= pair the model knows


class _WordMemo:
    """What one surface contributes to :func:`flat_features`, read with one look-up per token: its own
    features, what it gives its neighbours at +2, +1, -1 and -2, and the model's ``bg=PREV|KEY`` and
    ``rw=BIO|KEY`` pairs ending in its key (by PREV, by BIO), which were two more text-keyed look-ups per
    token (``pairs`` by key) before they were kept here."""

    __slots__ = ("own", "p2", "p1", "m1", "m2", "bg", "rw", "row")

    def __init__(self, own: tuple[bytes, ...], p2: tuple[bytes, ...], p1: tuple[bytes, ...],
                 m1: tuple[bytes, ...], m2: tuple[bytes, ...], bg: dict[str, bytes], rw: dict[str, bytes]) -> None:
        self.own = own
        self.p2 = p2
        self.p1 = p1
        self.m1 = m1
        self.m2 = m2
        self.bg = bg
        self.rw = rw
        # the same as one tuple, what the native tagger's tag_rows reads (a variable-length tuple type: mypyc
        # keeps it as the one object, where a fixed-length one would be rebuilt at every read)
        self.row: tuple[object, ...] = (own, p2, p1, m1, m2, bg, rw)


class _Memo:
    """What :func:`encoded_features` reuses across tokens and articles (reset when a model is loaded), every
    feature already UTF-8 encoded (python-crfsuite copies a ``bytes`` feature as it is, and encodes a ``str``
    one anew on every call):

    - ``words``: by surface (a view's key, clitic readings and kind are its surface's), a :class:`_WordMemo`:
      the word's own features, what it gives its neighbours (:func:`_word_feats`, :func:`_ctx4`) and the
      ``pairs`` ending in its key: one dict look-up per token instead of two cached calls and two look-ups;
    - ``rules``: by rule tag (``B-ORG/how``, ``O``), its ``r=``/``rt=``/``rh=`` features (``r=O`` for O), its
      BIO part and the ``-1r=``/``+1r=`` features it gives its neighbours (none for O: see
      :data:`FEATURE_VERSION`);
    - ``gaz``: by gazetteer tag, its ``g=`` feature;
    - with a model that lists its features, every one of these went through ``attr``: a feature the model
      does not know (a rule's ``how`` added since it was trained, a gazetteer tag it never saw) counts for
      nothing in crfsuite and is not handed over (``bos``/``eos`` likewise);
    - ``pairs``: the model's ``bg=PREV|KEY`` and ``rw=BIO|KEY`` features by KEY, then by PREV or BIO (None
      when the model does not list its features: every pair is then kept), so that no pair string is
      built per token only to find that the model does not know it;
    - ``canon``: with the native tagger (:mod:`sahifa.nlp.crfmodel`), its attribute names by themselves:
      every memoised feature is the very ``bytes`` object that keys the tagger's attribute dictionary, so
      its look-up there is an identity hit (no comparison of the bytes); None with python-crfsuite.
    """

    words: ClassVar[dict[str, _WordMemo]] = {}
    #: the model's features (``known``) as their memoised bytes: one look-up filters and encodes a feature
    #: (None when the model does not list its features); ``ctx``: those of the features a word gives its
    #: neighbours at +2, +1, -1 and -2, by what follows the prefix (no prefixed string built to look them up)
    attr: ClassVar[dict[str, bytes] | None] = None
    ctx: ClassVar[list[dict[str, bytes]]] = []
    rules: ClassVar[dict[str, tuple[tuple[bytes, ...], str, bytes, bytes]]] = {}
    rule_rows: ClassVar[dict[str, tuple[object, ...]]] = {}  # ``rules``' entries as tag_rows reads them
    gaz: ClassVar[dict[str, bytes]] = {}
    pairs: ClassVar[dict[str, dict[str, dict[str, bytes]]] | None] = None
    known: ClassVar[frozenset[str] | None] = None  # the model features the memo was made for
    canon: ClassVar[dict[bytes, bytes] | None] = None  # the tagger's attribute names the memo was made for
    bos: ClassVar[bytes] = b"BOS"
    eos: ClassVar[bytes] = b"EOS"

    @staticmethod
    def reset(known: frozenset[str] | None, canon: dict[bytes, bytes] | None = None) -> None:
        _Memo.known = known
        _Memo.canon = canon
        _Memo.words = {}
        _Memo.rules = {}
        _Memo.rule_rows = {}
        _Memo.gaz = {}
        _Memo.bos = _canonical(b"BOS")
        _Memo.eos = _canonical(b"EOS")
        if known is None:
            _Memo.pairs = None
            _Memo.attr = None
            _Memo.ctx = []
            return
        attr: dict[str, bytes] = {}
        ctx: list[dict[str, bytes]] = [{}, {}, {}, {}]
        for a in known:
            b = _canonical(a.encode())
            attr[a] = b
            at = _CTX_PREFIXES.get(a[:2], -1)
            if at >= 0:
                ctx[at][a[2:]] = b
        _Memo.attr = attr
        _Memo.ctx = ctx
        _Memo.bos = attr.get("BOS", b"")
        _Memo.eos = attr.get("EOS", b"")
        pairs: dict[str, dict[str, dict[str, bytes]]] = {"bg=": {}, "rw=": {}}
        for a, b in attr.items():
            head = a[:3]
            if head in pairs:
                rest = a[3:]
                at = rest.find("|")
                while at >= 0:  # every reading: a word may itself be "|"
                    pairs[head].setdefault(rest[at + 1:], {})[rest[:at]] = b
                    at = rest.find("|", at + 1)
        _Memo.pairs = pairs


_MEMO_MAX = 200_000  # surfaces kept in _Memo.words
_CTX_PREFIXES: Final = {"+2": 0, "+1": 1, "-1": 2, "-2": 3}  # _Memo.ctx's order (that of _ctx4)


def _known_bytes(f: list[str], attr: dict[str, bytes]) -> tuple[bytes, ...]:
    """``_enc(_only_known(f))`` with the model's features in ``attr`` (:attr:`_Memo.attr`): one look-up each."""
    out: list[bytes] = []
    for x in f:
        b = attr.get(x)
        if b is not None:
            out.append(b)
    return tuple(out)


def _new_word_memo(key: str, stripped: tuple[str, ...], kind: str) -> _WordMemo:
    """What a new surface contributes (:class:`_WordMemo`): :func:`_word_feats` and :func:`_ctx4`, encoded.
    With a model that lists its features, straight from the definitions through :attr:`_Memo.attr` and
    :attr:`_Memo.ctx` (the same features in the same order, without the per-word caches, the filter's set
    and the encoding of features the model does not know: a first pass over new text makes one per word)."""
    pairs = _Memo.pairs
    bg_by = _NO_PAIRS
    rw_by = _NO_PAIRS
    if pairs is not None:
        bg_by = pairs["bg="].get(key, _NO_PAIRS)
        rw_by = pairs["rw="].get(key, _NO_PAIRS)
    attr = _Memo.attr
    if attr is None:
        c4 = _ctx4(key, kind)
        return _WordMemo(_enc(_word_feats(key, stripped, kind)), _enc(c4[0]), _enc(c4[1]), _enc(c4[2]),
                         _enc(c4[3]), bg_by, rw_by)
    # what the word gives its neighbours at +2, +1, -1, -2 (the features of each in the parts' order; a loop
    # over the four, compiled, is as fast as four unrolled probes: 7.66 against 7.91 µs a new word)
    outs: list[list[bytes]] = [[], [], [], []]
    for x in _ctx_parts(key, kind):
        for c, o in zip(_Memo.ctx, outs):  # noqa: B905 (four and four)
            got = c.get(x)
            if got is not None:
                o.append(got)
    return _WordMemo(_known_bytes(_word_feature_list(key, stripped, kind), attr), tuple(outs[0]), tuple(outs[1]),
                     tuple(outs[2]), tuple(outs[3]), bg_by, rw_by)


def _canonical(b: bytes) -> bytes:
    """``b``, as the object that keys the native tagger's attribute dictionary when it has one."""
    canon = _Memo.canon
    if canon is None:
        return b
    return canon.get(b, b)


def _enc(f: tuple[str, ...]) -> tuple[bytes, ...]:
    canon = _Memo.canon
    if canon is None:
        return tuple([x.encode() for x in f])
    out: list[bytes] = []
    for x in f:
        b = x.encode()
        out.append(canon.get(b, b))
    return tuple(out)


def _model_bytes(f: str) -> bytes:
    """One feature as the memo hands it to the tagger (:func:`_enc`); b"" when the model lists its features
    and not this one (a feature the model does not know counts for nothing: it is not handed over)."""
    attr = _Memo.attr
    if attr is None:
        return _canonical(f.encode())
    return attr.get(f, b"")


def _rule_info(rt: str) -> tuple[tuple[bytes, ...], str, bytes, bytes]:
    """A rule tag's own features, its BIO part and what it gives the tokens after and before it (b"": none),
    each through the model's filter (:func:`_model_bytes`)."""
    got = _Memo.rules.get(rt)
    if got is None:
        bio, _, how = rt.partition("/")
        names = ("r=O",) if rt == "O" else (f"r={bio}", f"rt={bio[2:]}", f"rh={how}")
        own = tuple([b for b in (_model_bytes(x) for x in names) if b])
        if rt == "O":
            got = (own, bio, b"", b"")
        else:
            got = (own, bio, _model_bytes("-1r=" + bio), _model_bytes("+1r=" + bio))
        _Memo.rules[rt] = got
    return got


def _gaz_feature(gt: str) -> bytes:
    """A gazetteer tag's ``g=`` feature (b"": the model does not know it)."""
    got = _Memo.gaz.get(gt)
    if got is None:
        got = _model_bytes(f"g={gt}")
        _Memo.gaz[gt] = got
    return got


def features(toks: Sequence[_Tok], rule_tags: Sequence[str], gaz_tags: Sequence[str], a: int = 0,
             b: int = -1) -> list[list[str]]:
    """CRF features of the tokens ``toks[a:b]`` (b < 0: to the end), one list per token. ``rule_tags`` and
    ``gaz_tags``: BIO tags of every token of ``toks`` (with how: ``B-PERSON/title``) from the rule engine's
    output and from the gazetteer lookup. (The strings of :func:`encoded_features`, which the tagger hands
    to crfsuite.)"""
    return [[x.decode() for x in f] for f in encoded_features(toks, rule_tags, gaz_tags, a, b)]


def encoded_features(toks: Sequence[_Tok], rule_tags: Sequence[str], gaz_tags: Sequence[str], a: int = 0,
                     b: int = -1) -> list[list[bytes]]:
    """:func:`features`, UTF-8 encoded (python-crfsuite takes ``bytes`` as they are: no encoding per call)."""
    flat, ends = flat_features(toks, rule_tags, gaz_tags, a, b)
    return _split(flat, ends)


def _split(flat: list[bytes], ends: list[int]) -> list[list[bytes]]:
    """One list of features per token, from :func:`flat_features`' form."""
    out: list[list[bytes]] = []
    start = 0
    for end in ends:
        out.append(flat[start:end])
        start = end
    return out


def _memo_words() -> dict[str, _WordMemo]:
    """:attr:`_Memo.words`, after a reset of the memo when another model (or none) was loaded since."""
    if _Memo.known is not _State.known or _Memo.canon is not _State.canon:
        _Memo.reset(_State.known, _State.canon)
    return _Memo.words


def _word_memo(words: dict[str, _WordMemo], surface: str, key: str, stripped: tuple[str, ...],
               kind: str) -> _WordMemo:
    w = words.get(surface)
    if w is None:
        w = _new_word_memo(key, stripped, kind)
        if len(words) >= _MEMO_MAX:
            words.clear()
        words[surface] = w
    return w


def flat_features(toks: Sequence[_Tok], rule_tags: Sequence[str], gaz_tags: Sequence[str], a: int = 0,
                  b: int = -1) -> tuple[list[bytes], list[int]]:
    """:func:`encoded_features` as one list and where each token's features end in it (what the native
    tagger takes: no list per token), read from the tokeniser's records.

    (Compiled by mypyc: each token's memo entry is read once into flat lists; a fixed-length tuple would be
    unpacked, type-checked field by field, at every read from a list.)"""
    if b < 0:
        b = len(toks)
    words = _memo_words()
    # per token: its key, whether it starts a line and its surface's memo (own features, what it gives the
    # token 2 before it (as +2), 1 before (+1), 1 after (-1), 2 after (-2), the pairs ending in its key)
    keys: list[str] = []
    starts: list[bool] = []
    memo: list[_WordMemo] = []
    for k in range(a, b):
        t = toks[k]
        info = t.info
        keys.append(info.key)
        starts.append(t.brk)
        w = words.get(t.text)  # (the memo's hit inline: one call per new surface only, see _word_memo)
        if w is None:
            w = _word_memo(words, t.text, info.key, info.stripped, info.kind)
        memo.append(w)
    return _flat(keys, starts, memo, rule_tags, gaz_tags, a)


def _flat(keys: list[str], starts: list[bool], memo: list[_WordMemo], rule_tags: Sequence[str],
          gaz_tags: Sequence[str], a: int) -> tuple[list[bytes], list[int]]:
    """The features of the tokens whose keys, line starts and word memos are given, the first of them at
    ``a`` in ``rule_tags`` and ``gaz_tags``."""
    n = len(keys)
    bos = _Memo.bos
    eos = _Memo.eos
    pairs = _Memo.pairs  # None: the model does not list its features, every pair is kept
    # per token: its rule features, its rule BIO, and what its rule tag gives the token after it and before it
    r_own: list[tuple[bytes, ...]] = []
    r_bio: list[str] = []
    r_m1: list[bytes] = []
    r_p1: list[bytes] = []
    rules = _Memo.rules
    for i in range(a, a + n):
        ri = rules.get(rule_tags[i])  # (the memo's hit inline: _rule_info makes a missing entry)
        if ri is None:
            ri = _rule_info(rule_tags[i])
        r_own.append(ri[0])
        r_bio.append(ri[1])
        r_m1.append(ri[2])
        r_p1.append(ri[3])
    flat: list[bytes] = []
    ends: list[int] = []
    for i in range(n):
        key = keys[i]
        wi = memo[i]
        flat.extend(wi.own)
        flat.extend(r_own[i])
        if r_bio[i] != "O":
            if pairs is None:
                flat.append(f"rw={r_bio[i]}|{key}".encode())
            elif wi.rw:
                rw = wi.rw.get(r_bio[i])
                if rw is not None:
                    flat.append(rw)
        gt = gaz_tags[a + i]
        if gt != "O":
            g = _gaz_feature(gt)
            if g:
                flat.append(g)
        if (i == 0 or starts[i]) and bos:
            flat.append(bos)
        if i > 0:
            flat.extend(memo[i - 1].m1)
            r = r_m1[i - 1]
            if r:
                flat.append(r)
            if pairs is None:
                flat.append(f"bg={keys[i - 1]}|{key}".encode())
            elif wi.bg:
                bg = wi.bg.get(keys[i - 1])
                if bg is not None:
                    flat.append(bg)
            if i > 1:
                flat.extend(memo[i - 2].m2)
        if i + 1 < n:
            flat.extend(memo[i + 1].p1)
            r = r_p1[i + 1]
            if r:
                flat.append(r)
            if i + 2 < n:
                flat.extend(memo[i + 2].p2)
        elif eos:
            flat.append(eos)
        ends.append(len(flat))
    return flat, ends


def sequences(toks: Sequence[_Tok]) -> list[tuple[int, int]]:
    """Split a token list into CRF sequences [i, j): at line breaks and after sentence-final marks."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(toks)
    for i in range(n):
        t = toks[i]
        if i > start and t.brk:
            out.append((start, i))
            start = i
        if t.text in _SENT_END:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out


# ---------------------------------------------------------------------------------------------------
# tagging
@dataclass(slots=True, init=False, unsafe_hash=True)
class CrfSpan:
    """A span the CRF found (never changed once made).

    (``init=False`` and an explicit ``__init__``: mypyc compiles it, where the dataclass-generated one ran as
    interpreted bytecode at every construction; ``unsafe_hash``: hashable by value as a frozen one was.)"""

    t0: int  # token range [t0, t1)
    t1: int
    type: str
    conf: float  # mean marginal probability of the span's labels

    def __init__(self, t0: int, t1: int, type: str, conf: float) -> None:
        self.t0 = t0
        self.t1 = t1
        self.type = type
        self.conf = conf


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class Tagged:
    spans: list[CrfSpan]
    p_out: list[float]  # per token under a rule span: probability that it is outside any entity (O)

    def __init__(self, spans: list[CrfSpan], p_out: list[float]) -> None:
        self.spans = spans
        self.p_out = p_out


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


_QUOTES: Final = frozenset("«»“”\"")


def _has_candidate(toks: Sequence[_Tok], rule_tags: Sequence[str], gaz_tags: Sequence[str], a: int,
                   b: int) -> bool:
    """Could the CRF find anything in tokens [a, b)? Not in a sentence with no rule mention, no gazetteer
    word, no given name, no Latin word and no quotation mark: cross-validated on real news, the CRF finds
    (almost) nothing there, and skipping such sentences saves a third of its time."""
    given = gazetteer().given_names
    for i in range(a, b):
        if rule_tags[i] != "O" or gaz_tags[i] != "O":
            return True
        t = toks[i]
        info = t.info
        kind = info.kind
        if kind == "l" or (kind == "p" and t.text in _QUOTES):
            return True
        if kind == "a" and (info.key in given or not given.keys().isdisjoint(info.stripped)):
            return True
    return False


def tag(tagger: Any, toks: Sequence[_Tok], rule_tags: Sequence[str], gaz_tags: Sequence[str],
        every: bool = False) -> Tagged:
    """Tag one article's tokens (the rule engine's own records) with the CRF: spans with confidences, and
    P(O) per token (under rule spans). Sentences with no candidate (:func:`_has_candidate`) are skipped
    unless ``every``. No slices per sentence: the features are read from the whole article's lists."""
    spans: list[CrfSpan] = []
    p_out = [1.0] * len(toks)
    flat = getattr(tagger, "tag_flat", None)
    rows = getattr(tagger, "tag_rows", None)
    with _State.lock:  # a crfsuite Tagger holds the current sequence: one article at a time
        words = _memo_words()
        if _Memo.pairs is None:
            rows = None  # (the model does not list its features: every pair string is made, _flat)
        for a, b in sequences(toks):
            if not every and not _has_candidate(toks, rule_tags, gaz_tags, a, b):
                continue
            if rows is not None:  # the native tagger assembles the features from the memo's rows
                labels = _tag_rows(rows, words, toks, rule_tags, gaz_tags, a, b)
            else:
                names, ends = flat_features(toks, rule_tags, gaz_tags, a, b)
                # the native tagger takes one list of features; python-crfsuite, one list per token
                labels = flat(names, ends) if flat is not None else tagger.tag(_split(names, ends))
            _read_labels(tagger, labels, rule_tags, a, b, spans, p_out)
    return Tagged(spans, p_out)


def _tag_rows(rows: Any, words: dict[str, _WordMemo], toks: Sequence[_Tok], rule_tags: Sequence[str],
              gaz_tags: Sequence[str], a: int, b: int) -> list[str]:
    """The native tagger's labels of tokens [a, b), the features assembled in C (``_crf.c``'s ``tag_rows``:
    :func:`_flat`'s definition, item for item) from each token's word row, key, line start, rule-tag row
    (:func:`_rule_info` as a tuple) and ``g=`` name (b"": none)."""
    keys: list[str] = []
    starts: list[bool] = []
    wrows: list[tuple[object, ...]] = []
    rrows: list[tuple[object, ...]] = []
    gaz: list[bytes] = []
    rule_rows = _Memo.rule_rows
    for k in range(a, b):
        t = toks[k]
        info = t.info
        keys.append(info.key)
        starts.append(t.brk)
        w = words.get(t.text)
        if w is None:
            w = _word_memo(words, t.text, info.key, info.stripped, info.kind)
        wrows.append(w.row)
        rt = rule_tags[k]
        rr = rule_rows.get(rt)
        if rr is None:
            ri = _rule_info(rt)
            rr = (ri[0], ri[1], ri[2], ri[3])
            rule_rows[rt] = rr
        rrows.append(rr)
        gt = gaz_tags[k]
        gaz.append(b"" if gt == "O" else _gaz_feature(gt))
    got: list[str] = rows(wrows, keys, starts, rrows, gaz, _Memo.bos, _Memo.eos)
    return got


def _read_labels(tagger: Any, labels: Sequence[str], rule_tags: Sequence[str], a: int, b: int,
                 spans: list[CrfSpan], p_out: list[float]) -> None:
    """After tagging tokens [a, b): P(O) of those under a rule span into ``p_out``, the spans into ``spans``."""
    for i in range(a, b):
        if rule_tags[i] != "O":  # the arbiter reads P(O) only under rule spans
            p_out[i] = tagger.marginal("O", i - a)
    for t0, t1, typ in spans_from_labels(labels, a):
        probs = [tagger.marginal(labels[k - a], k - a) for k in range(t0, t1)]
        spans.append(CrfSpan(t0, t1, typ, sum(probs) / len(probs)))
