"""Whom the words were told, after the speaker's name: "وقال فلان لعدد من المقربين إليه إن …" — a
quantifier with the preposition ل before من ends the speaker phrase (not "رئيس تنفيذي لإحدى الشركات", a
post's complement). Short sentences written for these tests: no corpus text."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_quantified_addressee_is_not_part_of_the_speaker() -> None:
    text = "وقال الحربي لعدد من المقربين إليه إنه يعتزم الاستقالة من منصبه."
    assert pairs(quotes(text)) == [("الحربي", "إنه يعتزم الاستقالة من منصبه")]


def test_a_group_addressed_after_a_name_the_entities_missed() -> None:
    text = "وقال الحربي لمجموعة من الصحفيين إن الفريق جاهز للموسم."
    assert pairs(quotes(text)) == [("الحربي", "الفريق جاهز للموسم")]


def test_a_quantifier_in_a_post_stays_in_the_speaker() -> None:
    text = "وأكد رئيس تنفيذي لإحدى شركات التأمين أن الأسعار ارتفعت كثيرا."
    assert [sp for sp, _ in pairs(quotes(text))] == ["رئيس تنفيذي لإحدى شركات التأمين"]
