"""A reported clause ends where the writer opens a clause of his own after a comma: a participle that
reports nothing (the speaker's doing), a source attribution that names a source, "حيث" before another
speech verb, a verb whose subject is named right after it. Short sentences written for these tests."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

NAME = "سامي الحربي"


def _said(text: str, *names: str) -> list[str]:
    return [q for sp, q in pairs(quotes(text, NAME, *names)) if sp == NAME]


def test_a_participle_with_no_content_ends_the_clause() -> None:
    text = "وقال سامي الحربي إن العمل في المشروع مستمر دون توقف، لافتا إلى ضرورة الالتزام بالتعليمات."
    assert _said(text) == ["العمل في المشروع مستمر دون توقف"]


def test_a_source_that_names_a_source_ends_the_clause() -> None:
    text = "وقال سامي الحربي إن الطريق سيفتح أمام السيارات غدا، وفقا لمنظمي المعرض."
    assert _said(text) == ["الطريق سيفتح أمام السيارات غدا"]


def test_a_measure_is_no_source() -> None:
    text = "وقال سامي الحربي إن القبول يتم للجميع في الجامعة، وفق ضوابط محددة تعلنها الجامعة."
    assert _said(text) == ["القبول يتم للجميع في الجامعة، وفق ضوابط محددة تعلنها الجامعة"]


def test_another_report_after_haythu_ends_the_clause() -> None:
    text = "وقال سامي الحربي إن القصف طال الأحياء السكنية ليلا، حيث أعلن مكتب الصحة عن مقتل عشرة مدنيين."
    assert _said(text) == ["القصف طال الأحياء السكنية ليلا"]


def test_a_verb_with_its_own_titled_subject_ends_the_clause() -> None:
    text = ("وقال سامي الحربي إن البرنامج يضم دورات ثقافية وفنية متنوعة، وقدم الدكتور خالد المطيري "
            "الشكر للحضور.")
    assert _said(text, "خالد المطيري") == ["البرنامج يضم دورات ثقافية وفنية متنوعة"]


def test_a_list_of_names_goes_on() -> None:
    text = "وقال سامي الحربي إن الفائزين بالجائزة هم خالد المطيري، وماجد العتيبي."
    assert _said(text, "خالد المطيري", "ماجد العتيبي") == ["الفائزين بالجائزة هم خالد المطيري، وماجد العتيبي"]


def test_a_participle_form_heading_a_noun_phrase_goes_on() -> None:
    text = "وقال سامي الحربي إنك ترى عند الخروج من الصالة، لافتة موضوعة على الطريق."
    assert _said(text) == ["إنك ترى عند الخروج من الصالة، لافتة موضوعة على الطريق"]


def test_a_speech_verb_with_its_own_named_subject_ends_the_clause() -> None:
    text = ("وقال سامي الحربي إن المسلسل لقي نجاحا كبيرا منذ البداية، أعربت سارة العلي عن سعادتها "
            "بالآراء التي تسمعها.")
    assert _said(text, "سارة العلي") == ["المسلسل لقي نجاحا كبيرا منذ البداية"]
