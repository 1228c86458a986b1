"""The gender the article shows for a person (a gendered title before the name, a gendered speech verb with
the name as its subject) decides the agreement of a subject-less verb when the name itself does not tell
(أمل، جهاد, foreign names). Short sentences written for these tests: no corpus text."""

from __future__ import annotations

from sahifa.core.model import EntityMention
from sahifa.nlp.quotes_gender import name_gender
from sahifa.nlp.quotes_seengender import seen_genders
from tests.helpers.quote_text import pairs, quotes


def _person(text: str, name: str) -> list[EntityMention]:
    out = []
    pos = text.find(name)
    while pos >= 0:
        out.append(EntityMention(name, "PERSON", name, name, pos, pos + len(name)))
        pos = text.find(name, pos + 1)
    return out


def test_a_masculine_verb_does_not_take_a_woman_the_article_titles() -> None:
    text = ("وقالت الإعلامية أمل الخطيب إن الحملة كانت قاسية. وأشادت بتقرير أصدره المركز، "
            "وقد أكد فيه أن الصحافيين في خطر دائم.")
    got = pairs(quotes(text, "أمل الخطيب"))
    assert ("أمل الخطيب", "الحملة كانت قاسية") in got
    assert ("أمل الخطيب", "الصحافيين في خطر دائم") not in got


def test_a_feminine_verb_skips_a_man_the_article_titles() -> None:
    text = ("وكان الممثل جهاد سعد قد قال إن العمل ممتع. وتحدثت الممثلة سارة العلي عن المسلسل. "
            "وعن زملائها أمثال جهاد سعد تقول: «الجميع أساتذة كبار في المهنة».")
    got = pairs(quotes(text, "جهاد سعد", "سارة العلي"))
    assert ("سارة العلي", "الجميع أساتذة كبار في المهنة") in got
    assert ("جهاد سعد", "الجميع أساتذة كبار في المهنة") not in got


def test_the_gender_seen_from_a_verb_with_the_name_as_subject() -> None:
    text = "تقول أمل الخطيب إن الأمر صعب. وقال كارينو لي إن الحل قريب."
    ents = _person(text, "أمل الخطيب") + _person(text, "كارينو لي")
    assert seen_genders(text, sorted(ents, key=lambda e: e.start)) == {"أمل الخطيب": "f", "كارينو لي": "m"}


def test_an_adjective_of_a_definite_noun_is_no_title() -> None:
    text = "وقال جهاد سعد إن العمل ممتع. وأوضح رئيس اللجنة الإعلامية جهاد سعد أن الفعاليات مستمرة."
    assert seen_genders(text, _person(text, "جهاد سعد")) == {"جهاد سعد": "m"}  # "قال", and "الإعلامية" is no title


def test_a_speaker_that_only_names_the_person_keeps_its_own_gender() -> None:
    text = ("وقال جهاد سعد إن المشروع تأخر. وقالت عائلة جهاد سعد في بيان إن الحادث مؤلم، "
            "مؤكدة أن التحقيق مستمر.")
    got = pairs(quotes(text, "جهاد سعد"))
    assert any(q == "التحقيق مستمر" for _, q in got)


def test_a_compound_of_abd_is_a_mans_name() -> None:
    assert name_gender("عبدالعزيز الخريجي") == "m"
    assert name_gender("عبدالرحمن السالم") == "m"


def test_a_headlines_last_word_is_no_title_of_the_next_paragraphs_name() -> None:
    # (review, session 17) the words looked at before a name stop at a line break
    text = "حوار مع الإعلامية\nكارينو لي قال إن الحل قريب."
    assert seen_genders(text, _person(text, "كارينو لي")) == {"كارينو لي": "m"}
