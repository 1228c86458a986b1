"""The CRF's native inference (:mod:`sahifa.nlp.crfmodel` + the C extension ``sahifa.nlp._crf``) is
python-crfsuite's to the last bit: the same labels and the same marginal of every label at every token,
on the feature sequences the tagger builds for the seeds and real news, with the shipped model (whatever
model is shipped: it is read from the file at load time). python-crfsuite is the reference."""

from __future__ import annotations

import importlib.util
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sahifa.core.articles import load_article, load_folder
from sahifa.nlp import crfmodel, entities, tagger
from tests.helpers import realnews

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "resources" / "models" / "ner" / tagger.MODEL_NAME
BUILT = importlib.util.find_spec("sahifa.nlp._crf") is not None
needs_native = pytest.mark.skipif(not BUILT, reason="sahifa.nlp._crf is not built (setup.py build_ext)")


@pytest.fixture
def fresh() -> Iterator[None]:
    tagger.reset()
    yield
    tagger.reset()


def _sequences() -> Iterator[tuple[list[Any], list[str], list[str], int, int]]:
    arts, errors = load_folder(ROOT / "seeds")
    assert arts and not errors
    texts = [a.text for a in arts]
    if realnews.corpus_available():
        texts += [load_article(p).text for p in realnews.corpus_files(60)]
    for text in texts:
        eng, raws = entities._rule_raws(text)
        rule_tags, gaz_tags = entities.tagger_tags(eng, raws)
        for a, b in tagger.sequences(eng.toks):
            yield eng.toks, rule_tags, gaz_tags, a, b


@needs_native
def test_native_labels_and_marginals_are_crfsuites(fresh: None) -> None:
    import pycrfsuite

    assert tagger.load() is not None  # the model's feature list (what encoded_features keeps)
    ref = pycrfsuite.Tagger()
    ref.open(str(MODEL))
    native = crfmodel.open_native(MODEL.read_bytes())
    assert native.labels() == ref.labels()
    labels = ref.labels()
    seqs = tokens = named = 0
    for seq in _sequences():
        names, ends = tagger.flat_features(*seq)  # what tagger.tag hands the native tagger
        got = native.tag_flat(names, ends)
        flat_marginals = [[native.marginal(y, t) for y in labels] for t in range(len(ends))]
        xseq = tagger.encoded_features(*seq)  # what it hands python-crfsuite
        assert [x for f in xseq for x in f] == names and len(xseq) == len(ends)
        assert got == ref.tag(xseq) == native.tag(xseq)
        for t in range(len(xseq)):
            want = [ref.marginal(y, t) for y in labels]
            assert [native.marginal(y, t) for y in labels] == want == flat_marginals[t]
        seqs += 1
        tokens += len(xseq)
        named += sum(1 for y in got if y != "O")
    # str items too (what pycrfsuite also takes), and names the model does not know are skipped alike
    xseq = [[x.decode() for x in f] + ["no-such-attribute"] for f in tagger.encoded_features(*next(_sequences()))]
    assert native.tag(xseq) == ref.tag(xseq)
    assert [native.marginal("O", t) for t in range(len(xseq))] == [ref.marginal("O", t) for t in range(len(xseq))]
    assert seqs >= 100 and tokens >= 2000 and named > 0


@needs_native
def test_the_tagger_uses_the_native_inference_when_built(fresh: None) -> None:
    from sahifa import SOURCE_REASON
    from sahifa.nlp import _crf

    got = tagger.load()
    if SOURCE_REASON is None:
        assert isinstance(got, _crf.Tagger)
        # every feature handed over is a model attribute, as the tagger's own attribute-name object (an identity
        # hit in its dict): a rule or gazetteer tag the model dropped (g=I-MISC with session 11's model) counts
        # for nothing and is not handed over at all
        keys = {k: k for k in got.attributes()}
        names = [x for seq in _sequences() for x in tagger.flat_features(*seq)[0]]
        assert len(names) > 1000 and all(keys.get(x) is x for x in names)
        assert any(x.startswith(b"g=") for x in names) and any(x.startswith(b"rh=") for x in names)
    else:  # the engine runs from source (SAHIFA_PURE=1, a stale build): the library's inference
        assert type(got).__module__.startswith("pycrfsuite")


@needs_native
def test_native_attribute_objects_and_copies_agree(fresh: None) -> None:
    """The native tagger finds its own attribute-name objects by address (what the tagger's memo hands it)
    and any other bytes or str by value: the same labels and marginals either way, python-crfsuite's."""
    import pycrfsuite

    assert tagger.load() is not None
    ref = pycrfsuite.Tagger()
    ref.open(str(MODEL))
    native = crfmodel.open_native(MODEL.read_bytes())
    own = {k: k for k in native.attributes()}  # (a copy of its dictionary: the same key objects)
    labels = ref.labels()
    hits = seqs = 0
    for seq in _sequences():
        names, ends = tagger.flat_features(*seq)
        as_own = [own.get(x, x) for x in names]
        copies = [bytes(bytearray(x)) for x in names]  # equal values, other objects
        hits += sum(1 for x in as_own if x in own)
        assert not any(a is b for a, b in zip(as_own, copies, strict=True))
        xseq = tagger.encoded_features(*seq)
        want = ref.tag(xseq)
        want_m = [[ref.marginal(y, t) for y in labels] for t in range(len(ends))]
        for given in (as_own, copies, [x.decode() for x in names] + ["no-such-attribute"]):
            flat_ends = ends if len(given) == len(names) else [*ends[:-1], len(given)]
            assert native.tag_flat(given, flat_ends) == want
            assert [[native.marginal(y, t) for y in labels] for t in range(len(ends))] == want_m
        seqs += 1
        if seqs >= 60:
            break
    assert seqs >= 30 and hits > 1000


@needs_native
def test_native_rows_give_the_flat_features_items(fresh: None) -> None:
    """``tag_rows`` (the features assembled in C from the tagger's per-word and per-rule-tag rows, what
    ``tagger.tag`` hands the native tagger) gives the labels and marginals of ``tag_flat`` over
    ``flat_features`` (tagger._flat's definition) on every sequence: the same items in the same order
    (the state scores are summed in item order, so an item out of place changes a marginal's last bits)."""
    crf = tagger.load()
    if not hasattr(crf, "tag_rows"):
        pytest.skip("the engine runs from source: python-crfsuite")
    words = tagger._memo_words()
    labels = crf.labels()
    seqs = 0
    for seq in _sequences():
        toks, rule_tags, gaz_tags, a, b = seq
        want = crf.tag_flat(*tagger.flat_features(*seq))
        want_m = [[crf.marginal(y, t) for y in labels] for t in range(b - a)]
        assert tagger._tag_rows(crf.tag_rows, words, toks, rule_tags, gaz_tags, a, b) == want
        assert [[crf.marginal(y, t) for y in labels] for t in range(b - a)] == want_m
        seqs += 1
    assert seqs >= 100
    with pytest.raises(ValueError):
        crf.tag_rows([], [""], [], [], [], b"", b"")  # one entry per token in every list
    with pytest.raises(TypeError):
        crf.tag_rows([(1,)], [""], [False], [((), "O", b"", b"")], [b""], b"", b"")  # a row is a 7-tuple


@needs_native
def test_native_refuses_bad_calls() -> None:
    native = crfmodel.open_native(MODEL.read_bytes())
    with pytest.raises(ValueError):
        native.marginal("O", 0)  # no sequence yet
    assert native.tag([]) == []
    native.tag([[b"w=x"], [b"w=y"]])
    with pytest.raises(ValueError):
        native.marginal("O", 2)
    with pytest.raises(ValueError):
        native.marginal("B-NOPE", 0)
    with pytest.raises(TypeError):
        native.tag([[1.5]])
    with pytest.raises(ValueError):
        native.tag_flat([b"w=x"], [2])  # an item ending beyond the names
    with pytest.raises(ValueError):
        native.marginal("O", 0)  # (a failed call leaves no sequence)
    assert native.tag_flat([b"w=x", b"w=y"], [1, 2]) == native.tag([[b"w=x"], [b"w=y"]])
    assert set(native.attributes().values()) == set(range(len(native.attributes())))


@needs_native
def test_native_refuses_damaged_files() -> None:
    data = MODEL.read_bytes()
    assert len(crfmodel.open_native(data).labels()) >= 2
    off_arefs = struct.unpack_from("<I", data, 44)[0]  # the attributes' reference lists
    first = struct.unpack_from("<I", data, off_arefs + 12)[0]  # where the first attribute's list is
    for bad in (data[: len(data) // 2], b"lCRF" + b"\0" * 200, b"", data[:8] + b"XXXX" + data[12:],
                data[:200] + bytes(1000) + data[1200:],  # feature records zeroed: their labels do not match
                _put(data, off_arefs + 12, 0xFFFFFFF0),  # a list beyond the file
                _put(data, first + 4, 0xFFFFFF)):  # a feature id beyond the features
        with pytest.raises(ValueError):
            crfmodel.open_native(bad)


def _put(data: bytes, at: int, value: int) -> bytes:
    return data[:at] + struct.pack("<I", value) + data[at + 4:]
