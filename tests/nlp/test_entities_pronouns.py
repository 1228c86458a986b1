"""Words with an attached pronoun are no part of a person's name (entities_pronouns; session 15, #12)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_pronouns import pronoun_word
from tests.helpers.people import people, proposed_people


def _word(text: str, word: str) -> bool:
    eng, _raws = _rule_raws(text)
    return pronoun_word(eng, next(k for k, t in enumerate(eng.toks) if t.text == word))


@pytest.mark.parametrize("word", ["معي", "عليهم", "لديه", "مسؤوليتي", "ومهمتي", "صلاتك", "حكومتنا", "منتقدوها", "ابنتي"])
def test_a_preposition_or_a_noun_with_a_pronoun(word: str) -> None:
    assert _word(f"وقال الرجل إن {word} كلام.", word)


@pytest.mark.parametrize("word", ["منى", "علي", "سامي", "مالك", "كونتي", "الشمري", "الجوكم", "جيلهم", "بينك", "مها", "سلامة"])
def test_names_are_no_words_with_a_pronoun(word: str) -> None:
    assert not _word(f"وقال الرجل إن {word} كلام.", word)


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("وكانت نادية معي في الرحلة الأولى إلى القاهرة.", "نادية معي", ["نادية"]),
    ("وقال في مؤتمر صحفي إن مسؤوليتي ومهمتي هي التأكد من الأمر.", "مسؤوليتي ومهمتي", []),
    ("وحضرت هند ابنتي الحفل مع صديقاتها.", "هند ابنتي", ["هند"]),
    ("ونصحه بحسن عبادتك في كل وقت.", "حسن عبادتك", []),
])
def test_a_word_with_a_pronoun_is_cut_off_a_proposed_person(text: str, name: str, kept: list[str]) -> None:
    assert proposed_people(text, name) == kept


def test_a_plural_with_its_pronoun_after_a_speech_verb_is_no_speaker() -> None:
    assert people("وتعتمد الخطة على الأسواق، ويقول منتقدوها إن قلة استفادت منها.", tagger=False) == []


def test_a_family_name_in_ati_is_no_noun_with_my() -> None:
    # نجاتي is not نجاة + "my" (ـاتي); ابنتي "my daughter" still is a noun with "my" (above)
    text = "ويأتي ترشيحه داخل مجلس الإدارة برئاسة سمير نجاتي للموسم الجديد."
    assert not _word(text, "نجاتي")
    assert proposed_people(text, "سمير نجاتي") == ["سمير نجاتي"]


def test_a_speaker_s_foreign_family_name_stays() -> None:
    assert people("وقال الخبير ديفيد كوتالوار إن السوق ستتعافى. وأضاف كوتالوار أن الأسعار سترتفع.", tagger=False) \
        == ["ديفيد كوتالوار", "كوتالوار"]
