"""Property tests: quote extraction never raises and its spans always fit the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sahifa.core.articles import build_article
from sahifa.core.model import EntityMention, Sentence
from sahifa.nlp.quotes import extract_quotes

# Arabic letters, diacritics, punctuation that matters to the extractor, and whole cue words.
_ALPHABET = st.sampled_from(list('ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ًٌٍَُِّْـ،:؛.؟!"“”«»()\n 0123456789'))
_WORDS = st.sampled_from(
    [
        "وقال",
        "قالت",
        "إن",
        "أن",
        "بأن",
        "وأضاف",
        "مضيفًا",
        "مشيرا",
        "إلى",
        "وفقًا",
        "لـ",
        "للمرصد",
        "حسب",
        "بحسب",
        "حسبما",
        "أفاد",
        "نقلت",
        "عن",
        "نقلاً",
        "كتب",
        "على",
        "تويتر",
        "المرصد",
        "السوري",
        "وكان",
        "قد",
        "أشار",
        "أما",
        "فتؤكد",
        "تصريح",
        "إعلان",
        "حذر",
        "من",
        '"',
        "“",
        "”",
        "«",
        "»",
        ":",
        "،",
        ".",
        "\n",
        "فإن",
        "الصحيفة",
        "مصدر",
        "عسكري",
        "في",
        "ل",
    ]
)
_TEXT = st.lists(st.one_of(_WORDS, st.text(_ALPHABET, max_size=6)), max_size=80).map(" ".join)


def _check(text: str, quotes: list) -> None:
    n = len(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= n
        assert text[q.start : q.end] == q.quote
        assert q.quote.strip() == q.quote
        assert isinstance(q.speaker, str) and q.speaker
        assert (q.speaker_start is None) == (q.speaker_end is None)
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert 0 <= q.speaker_start < q.speaker_end <= n
            assert text[q.speaker_start : q.speaker_end] == q.speaker
    spans = [(q.start, q.end) for q in quotes]
    assert len(spans) == len(set(spans))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(raw: str) -> None:
    a = build_article("/tmp/x.txt", raw)
    _check(a.text, extract_quotes(a.text, a.sentences))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_news_like_text(raw: str) -> None:
    a = build_article("/tmp/x.txt", raw)
    _check(a.text, extract_quotes(a.text, a.sentences))


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=6))
def test_arbitrary_entities_and_sentences(raw: str, spans: list[tuple[int, int]]) -> None:
    a = build_article("/tmp/x.txt", raw)
    entities = [
        EntityMention(a.text[s:e] or "x", t, "c", "c", s, e)
        for (s, e), t in zip(spans, ["PERSON", "ORG", "LOC", "MISC", "BAD", "PERSON"], strict=False)
    ]
    sentences = [Sentence(i, 0, s, e, "") for i, (s, e) in enumerate(spans)]
    _check(a.text, extract_quotes(a.text, a.sentences, entities))
    _check(a.text, extract_quotes(a.text, sentences, entities))
