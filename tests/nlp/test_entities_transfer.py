"""Entity rules written in session 7 for patterns of real news (issue #12), with sentences written for the
tests: each guard fails on the engine before its fix."""

from __future__ import annotations

from sahifa.nlp import entities
from sahifa.nlp.tagger import CrfSpan


def _chosen_spans(text: str, name: str, conf: float) -> list[tuple[str, str, str]]:
    """The mentions kept when the model alone proposed ``name`` (its first occurrence) as a person."""
    eng, raws = entities._rule_raws(text)
    start = text.index(name)
    t0 = next(i for i, t in enumerate(eng.toks) if t.start == start)
    t1 = next(i for i, t in enumerate(eng.toks) if t.end == start + len(name)) + 1
    out = entities.apply_choice(text, eng, raws, [CrfSpan(t0, t1, "PERSON", conf)])
    return [(text[r.start:r.end], r.type, r.how) for r in out]


def test_a_model_name_is_found_again_by_its_family_name() -> None:
    text = ("وقالت الممثلة كاترينا بولسون إن الفيلم جاهز للعرض. وأضافت بولسون أنها سعيدة بالنتيجة، "
            "وكانت كاترينا بولسون قد وصلت أمس.")
    out = _chosen_spans(text, "كاترينا بولسون", 0.95)
    assert out == [("كاترينا بولسون", "PERSON", "crf"), ("بولسون", "PERSON", "crf"),
                   ("كاترينا بولسون", "PERSON", "crf")]


def test_an_unsure_model_name_is_not_copied() -> None:
    text = "وقالت الممثلة كاترينا بولسون إن الفيلم جاهز للعرض. وأضافت بولسون أنها سعيدة بالنتيجة."
    assert _chosen_spans(text, "كاترينا بولسون", 0.7) == [("كاترينا بولسون", "PERSON", "crf")]


def test_a_family_name_copy_takes_the_given_name_before_it() -> None:
    text = "وتوفي المواطن فهد بن سالم بن ناصر المطرودي أمس. وكان فهد المطرودي يعمل في التعليم."
    out = _chosen_spans(text, "فهد بن سالم بن ناصر المطرودي", 0.95)
    assert ("فهد المطرودي", "PERSON", "crf") in out


def test_a_family_name_that_is_a_common_word_is_not_copied() -> None:
    # the model's name ends with a word that alone is a common noun: its other occurrences stay nouns
    text = "وقال الباحث سامر الأمل إن الدراسة انتهت. ويبقى الأمل قائما في العلاج."
    out = _chosen_spans(text, "سامر الأمل", 0.95)
    assert out == [("سامر الأمل", "PERSON", "crf")]
