"""The tagger's own CRF inference (:class:`sahifa.nlp.tagger.CrfModel`) gives python-crfsuite's results to
the last bit: the same Viterbi labels and the same marginal probabilities, on the seeds and on real news."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahifa.core.articles import load_article, load_folder
from sahifa.nlp import entities, tagger
from tests.helpers import realnews

ROOT = Path(__file__).resolve().parents[2]
pycrfsuite = pytest.importorskip("pycrfsuite")


def _texts() -> list[str]:
    arts, errors = load_folder(ROOT / "seeds")
    assert arts and not errors
    texts = [a.text for a in arts]
    if realnews.corpus_available():
        texts += [load_article(p).text for p in realnews.corpus_files(260)[200:260]]
    return texts


@pytest.fixture(scope="module")
def models() -> tuple[tagger.CrfModel, object]:
    tagger.reset()
    mine = tagger.load()
    assert isinstance(mine, tagger.CrfModel)
    lib = pycrfsuite.Tagger()
    lib.open(str(tagger.model_path()))
    assert list(lib.labels()) == mine.labels
    return mine, lib


def test_labels_and_marginals_are_crfsuites(models: tuple[tagger.CrfModel, object]) -> None:
    mine, lib = models
    seqs = tokens = 0
    for text in _texts():
        eng, raws = entities._rule_raws(text)
        views, rule_tags, gaz_tags = entities.tagger_view(eng, raws)
        for a, b in tagger.sequences(views):
            v, r, g = views[a:b], rule_tags[a:b], gaz_tags[a:b]
            want = lib.tag(tagger.features(v, r, g))  # type: ignore[attr-defined]
            state = mine.states(v, r, g)
            assert [mine.labels[k] for k in mine.viterbi(state)] == want
            alpha, beta, scale = mine.marginals(state)
            for t in range(b - a):
                for y, lab in enumerate(mine.labels):
                    assert alpha[t][y] * beta[t][y] / scale[t] == lib.marginal(lab, t)  # type: ignore[attr-defined]
            seqs += 1
            tokens += b - a
    assert seqs >= 100 and tokens >= 2000


def test_tag_is_the_same_with_either(models: tuple[tagger.CrfModel, object]) -> None:
    mine, lib = models
    found = 0
    for text in _texts():
        eng, raws = entities._rule_raws(text)
        views, rule_tags, gaz_tags = entities.tagger_view(eng, raws)
        for every in (False, True):
            got = tagger.tag(mine, views, rule_tags, gaz_tags, every)
            assert got == tagger.tag(lib, views, rule_tags, gaz_tags, every)
            found += len(got.spans)
    assert found > 0


@pytest.mark.parametrize("cut", [0, 48, 1000, -100])
def test_a_damaged_file_is_refused(cut: int) -> None:
    data = tagger.model_path().read_bytes()
    with pytest.raises(ValueError):  # load() logs it and the rules run alone
        tagger.CrfModel(data[:cut] if cut else b"lCRF" + b"\0" * 200, None)
