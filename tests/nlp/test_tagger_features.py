"""The CRF's feature strings (:func:`sahifa.nlp.tagger.features`) are the model's: the memoised computation
gives, token for token and in the same order, what the plain definition below gives (the definition the
model was trained with; a model retrained on other features bumps FEATURE_VERSION)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from sahifa.core.arabic import strip_article
from sahifa.core.articles import load_article, load_folder
from sahifa.nlp import entities, tagger
from sahifa.nlp.gazetteer import gazetteer
from tests.helpers import realnews

ROOT = Path(__file__).resolve().parents[2]


# feature version 5: values a linear model does not need (every Arabic word has a len=, every number a dl=,
# every token but the first a -1r= and the first BOS; likewise +1r= and EOS), left out to hand crfsuite fewer
# strings
REDUNDANT = frozenset({"k=a", "k=d", "-1r=O", "+1r=O"})


def ctx(key: str, kind: str, rel: str) -> list[str]:
    """What a word gives its neighbour at ``rel``, as the model was trained (before the model's filter)."""
    if kind == "p":
        return list(tagger._only_known([f"{rel}w={key}"]))
    if kind != "a":
        return list(tagger._only_known([f"{rel}k={kind}"]))
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
    return list(tagger._only_known(f))


def reference(toks: Sequence[tagger.TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str]) -> list[list[str]]:
    n = len(toks)
    known = tagger._State.known

    def model(*names: str) -> list[str]:  # the model's filter: a feature it does not know is not handed over
        return [x for x in names if known is None or x in known]

    out: list[list[str]] = []
    for i in range(n):
        _surf, key, stripped, kind, brk = toks[i]
        f = list(tagger._word_feats(key, stripped, kind))
        rt = rule_tags[i]
        if rt != "O":
            bio, _, how = rt.partition("/")
            f += model(f"r={bio}", f"rt={bio[2:]}", f"rh={how}", f"rw={bio}|{key}")
        else:
            f += model("r=O")
        if gaz_tags[i] != "O":
            f += model(f"g={gaz_tags[i]}")
        if i == 0 or brk:
            f += model("BOS")
        if i > 0:
            f += ctx(toks[i - 1][1], toks[i - 1][3], "-1")
            if rule_tags[i - 1] != "O":
                f += model("-1r=" + rule_tags[i - 1].partition("/")[0])
            f += model(f"bg={toks[i - 1][1]}|{key}")
            if i > 1:
                f += ctx(toks[i - 2][1], toks[i - 2][3], "-2")
        if i + 1 < n:
            f += ctx(toks[i + 1][1], toks[i + 1][3], "+1")
            if rule_tags[i + 1] != "O":
                f += model("+1r=" + rule_tags[i + 1].partition("/")[0])
            if i + 2 < n:
                f += ctx(toks[i + 2][1], toks[i + 2][3], "+2")
        else:
            f += model("EOS")
        out.append(f)
    return out


def _texts() -> list[str]:
    arts, errors = load_folder(ROOT / "seeds")
    assert arts and not errors
    texts = [a.text for a in arts]
    texts.append("قال أحمد | محمد إن « الهيئة العامة » | في الرياض.\n| وأضاف خالد بن سلمان|")
    if realnews.corpus_available():
        texts += [load_article(p).text for p in realnews.corpus_files(240)[200:240]]
    return texts


@pytest.fixture
def fresh() -> Iterator[None]:
    tagger.reset()
    yield
    tagger.reset()
    tagger.load()


@pytest.mark.parametrize("listed", [True, False])
def test_features_are_the_definitions(listed: bool, fresh: None) -> None:
    assert tagger.load() is not None
    if not listed:
        tagger._State.known = None  # a model that does not list its features: every feature is kept
    seqs = pairs = 0
    for _ in range(2):  # the second time from the memo
        for text in _texts():
            eng, raws = entities._rule_raws(text)
            views, rule_tags, gaz_tags = entities.tagger_view(eng, raws)
            for a, b in tagger.sequences(views):
                got = tagger.features(views[a:b], rule_tags[a:b], gaz_tags[a:b])
                assert got == reference(views[a:b], rule_tags[a:b], gaz_tags[a:b])
                assert not any(x in REDUNDANT for f in got for x in f)
                seqs += 1
                pairs += sum(1 for f in got for x in f if x.startswith(("bg=", "rw=")))
    assert seqs >= 50 and pairs > 0


def test_the_tokeniser_records_give_the_views_features_and_tags(fresh: None) -> None:
    """The entity engine hands the CRF its own token records (tagger.tag_tokens): the same sequences,
    features, labels and marginals as the view tuples (tagger.tag) give."""
    from sahifa.nlp import entities_engine

    crf = tagger.load()
    assert crf is not None
    seqs = spans = 0
    for text in _texts():
        eng, raws = entities._rule_raws(text)
        views, rule_tags, gaz_tags = entities.tagger_view(eng, raws)
        assert entities_engine.tagger_tags(eng, raws) == (rule_tags, gaz_tags)
        assert tagger.token_sequences(eng.toks) == tagger.sequences(views)
        for a, b in tagger.sequences(views):
            assert tagger.token_flat_features(eng.toks, rule_tags, gaz_tags, a, b) == \
                tagger.flat_features(views[a:b], rule_tags[a:b], gaz_tags[a:b])
            seqs += 1
        for every in (False, True):
            got = tagger.tag_tokens(crf, eng.toks, rule_tags, gaz_tags, every)
            want = tagger.tag(crf, views, rule_tags, gaz_tags, every)
            assert got.spans == want.spans and got.p_out == want.p_out
            spans += len(got.spans)
    assert seqs >= 50 and spans > 20
