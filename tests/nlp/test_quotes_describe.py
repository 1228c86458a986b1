""""وصف X بأنه …": X is what is described, not who describes, when a subject stands before the verb or the
verb's subject is a pronoun and X is a definite thing (session 9, quo2). Short sentences written for these
tests: no article text of the corpus is copied here."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_subject_before_the_verb_describes_the_object() -> None:
    text = "لكن وزير المالية سامي العتيبي وصف الميزانية بأنها «الأكبر في تاريخ البلاد حتى الآن»."
    assert pairs(quotes(text, "سامي العتيبي")) == [("سامي العتيبي", "الأكبر في تاريخ البلاد حتى الآن")]


def test_a_pronoun_subject_describes_a_definite_thing() -> None:
    text = "وقال سامي العتيبي إن الإنفاق سيرتفع هذا العام. كما وصف الميزانية الجديدة بأنها الأكبر في تاريخ البلاد."
    assert [q.speaker for q in quotes(text, "سامي العتيبي")] == ["سامي العتيبي", "سامي العتيبي"]


def test_a_demonstrative_object_is_described() -> None:
    text = "وقال سامي العتيبي إن الوفد وصل صباح اليوم. ووصف هذه الزيارة بأنها «خطوة أولى في طريق طويل جدا»."
    assert [q.speaker for q in quotes(text, "سامي العتيبي")] == ["سامي العتيبي", "سامي العتيبي"]


def test_a_source_right_after_the_verb_still_speaks() -> None:
    # boundary (passes on the old code too): "ووصفت مصادر حكومية القرار بأنه": verb, subject, object
    text = "ووصفت مصادر حكومية القرار بأنه مؤقت وسيراجع خلال شهر."
    qs = quotes(text)
    assert len(qs) == 1 and qs[0].speaker.startswith("مصادر حكومية")
