"""The CRF's feature strings (:func:`sahifa.nlp.tagger.features`) are the model's: the memoised computation
gives, token for token and in the same order, what the plain definition below gives (the definition the
model was trained with; a model retrained on other features bumps FEATURE_VERSION)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

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


# a token as the definition reads it: (surface, folded key, clitic-stripped folded keys, kind a|l|d|p, starts a
# line), taken from the tokeniser's record (the tagger reads the records themselves)
TokView = tuple[str, str, tuple[str, ...], str, bool]


def views_of(toks: Sequence[Any]) -> list[TokView]:
    return [(t.text, t.info.key, t.info.stripped, t.info.kind, t.brk) for t in toks]


def reference(toks: Sequence[TokView], rule_tags: Sequence[str], gaz_tags: Sequence[str]) -> list[list[str]]:
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
            views = views_of(eng.toks)
            rule_tags, gaz_tags = entities.tagger_tags(eng, raws)
            for a, b in tagger.sequences(eng.toks):
                got = tagger.features(eng.toks, rule_tags, gaz_tags, a, b)
                assert got == reference(views[a:b], rule_tags[a:b], gaz_tags[a:b])
                assert not any(x in REDUNDANT for f in got for x in f)
                seqs += 1
                pairs += sum(1 for f in got for x in f if x.startswith(("bg=", "rw=")))
    assert seqs >= 50 and pairs > 0


def test_a_token_range_is_read_as_its_slice(fresh: None) -> None:
    """The tagger reads a sentence [a, b) out of the whole article's lists (no slices per sentence): the same
    features as the sentence's own slices give, and ``tag`` labels each sentence as crfsuite labels its
    features (every sentence: ``every``; the sentences with a candidate only, otherwise)."""
    crf = tagger.load()
    assert crf is not None
    seqs = spans = 0
    for text in _texts():
        eng, raws = entities._rule_raws(text)
        toks = eng.toks
        rule_tags, gaz_tags = entities.tagger_tags(eng, raws)
        want: dict[bool, list[tuple[int, int, str]]] = {False: [], True: []}
        for a, b in tagger.sequences(toks):
            got = tagger.flat_features(toks, rule_tags, gaz_tags, a, b)
            assert got == tagger.flat_features(toks[a:b], rule_tags[a:b], gaz_tags[a:b])
            labels = crf.tag(tagger._split(*got))
            for every in (False, True):
                if every or tagger._has_candidate(toks, rule_tags, gaz_tags, a, b):
                    want[every] += tagger.spans_from_labels(labels, a)
            seqs += 1
        for every in (False, True):
            got_spans = tagger.tag(crf, toks, rule_tags, gaz_tags, every).spans
            assert [(c.t0, c.t1, c.type) for c in got_spans] == want[every]
            spans += len(got_spans)
    assert seqs >= 50 and spans > 20
