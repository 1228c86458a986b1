"""A person's name as a quote speaker never links to a body or a place (sahifa.nlp.labels_links, #13): a
train article's later speaker "الغامدي" (a family name) had been linked to the ORG حرس الحدود through the
mention of the name standing next to it. The names here are invented."""

from __future__ import annotations

import math

import pytest

from sahifa.core.articles import build_article
from sahifa.core.model import EntityMention, Quote
from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import LabelResolver
from sahifa.nlp.labels_links import checked_speaker_links, wrong_type_link
from sahifa.nlp.pipeline import analyse


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for, use_name_index=False)


def _ent(text: str, typ: str, start: int) -> EntityMention:
    return EntityMention(text, typ, text, "", start, start + len(text), "rule")


def _q(speaker: str, canonical: str | None, start: int | None = 500) -> Quote:
    return Quote(speaker, canonical, "قال", "…", False, 600, 610, start,
                 None if start is None else start + len(speaker))


ORG = _ent("حرس الحدود", "ORG", 100)


def test_a_family_name_loses_its_link_to_a_body(res: LabelResolver) -> None:
    q = _q("الكفخاتي", "حرس الحدود")
    assert wrong_type_link(res, q, [ORG])
    assert checked_speaker_links(res, (q,), [ORG])[0].speaker_canonical is None


@pytest.mark.parametrize("speaker", [
    "الحرس",        # a common noun refers back to the body (the rule is for names only)
    "حرس الحدود",   # the body itself
])
def test_a_body_word_keeps_its_link(res: LabelResolver, speaker: str) -> None:
    assert not wrong_type_link(res, _q(speaker, "حرس الحدود"), [ORG])


def test_a_link_by_overlap_or_to_a_person_is_kept(res: LabelResolver) -> None:
    assert not wrong_type_link(res, _q("الكفخاتي", "حرس الحدود", start=100), [ORG])  # the mention is the speaker
    person = _ent("زيد الكفخاتي", "PERSON", 200)
    assert not wrong_type_link(res, _q("الكفخاتي", "زيد الكفخاتي"), [person])


def test_pipeline_unlinks_the_family_name_from_the_body() -> None:
    # the shape of the train article: a title, a name the engine may miss, the body right after it, and
    # later the family name alone as a speaker
    text = ("أعلن حرس الحدود أمس عن خطة جديدة.\n\nوذكر قائد حرس الحدود في منطقة عسير اللواء سفر بن أحمد الكفخاتي "
            "أن الدفاع عن الوطن شرف عظيم، ونحن هنا نعمل بلا توقف. وقال الكفخاتي: الحدود السعودية آمنة ولن يتمكن "
            "أحد من اختراقها مهما حاول ذلك.")
    a = analyse(build_article("/t/x.txt", "خبر\n\n" + text), budget_s=math.inf)
    spoken = [q for q in a.quotes if q.speaker == "الكفخاتي"]
    assert spoken, a.quotes
    types = {e.canonical: e.type for e in a.entities}
    assert all(q.speaker_canonical is None or types.get(q.speaker_canonical) == "PERSON" for q in spoken)
