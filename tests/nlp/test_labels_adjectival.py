"""A family name that is an Arabic adjective with the article (ال + C1 C2 ي C3, the adjective pattern
faʿīl) read as the adjective, Al-Tabeeb, not on the diminutive pattern fuʿayl (Al-Tubaib) that Saudi family
names nothing knows are otherwise read on (issue #13). The names are from unannotated SaudiNewsNet articles
(session 17), none from a gold set."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import LabelResolver
from sahifa.nlp.labels_adjectival import adjectival_surname

from .test_labels import needs_index


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


@pytest.mark.parametrize(("arabic", "latin"), [
    ("الطبيب", "Al-Tabeeb"),   # طبيب "physician"
    ("العظيم", "Al-Azeem"),    # an ع first is A
    ("السريع", "Al-Sarea"),    # an ع last is -ea
])
def test_an_adjective_of_the_lexicon_is_read_faeel(arabic: str, latin: str) -> None:
    assert adjectival_surname(arabic) == latin


@pytest.mark.parametrize("arabic", ["الهذيل", "القحيص", "المجيش", "الحسين", "طبيب", "الطبيبة"])
def test_no_adjective_reading_for_other_words(arabic: str) -> None:
    # no common adjective (a diminutive: هذيل, قحيص; مجيش has no frequency; حسين a proper noun only),
    # no article, not the pattern
    assert adjectival_surname(arabic) is None


@needs_index
@pytest.mark.parametrize(("arabic", "family"), [
    ("حمد الطبيب", "Al-Tabeeb"),          # was Al-Tubaib
    ("فريدريك العظيم", "Al-Azeem"),       # was Al-Ozaim
    ("بدر العبد الكريم", "Al-Kareem"),    # was Al-Kuraim (the name index's rare Al-Abdulkarim is no reading)
])
def test_a_family_name_that_is_an_adjective(res: LabelResolver, arabic: str, family: str) -> None:
    assert res.resolve(arabic, "PERSON").text.endswith(" " + family)


@needs_index
@pytest.mark.parametrize(("arabic", "family"), [
    ("فيصل الهذيل", "Al-Hudhail"),        # no adjective: the diminutive
    ("سعد القحيص", "Al-Quhais"),
    ("سليمان الخضير", "Al-Khudair"),      # an adjective the name index attests as the diminutive
])
def test_a_diminutive_stays(res: LabelResolver, arabic: str, family: str) -> None:
    assert res.resolve(arabic, "PERSON").text.endswith(" " + family)
