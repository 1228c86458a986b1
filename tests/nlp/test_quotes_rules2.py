"""General quote rules added while tuning on the dev2 set (short synthetic sentences)."""

from __future__ import annotations

from sahifa.core.articles import build_article
from sahifa.core.model import Article, EntityMention, Quote
from sahifa.nlp.quotes import extract_quotes


def art(text: str) -> Article:
    return build_article("/tmp/t.txt", "عنوان الخبر\n" + text)


def persons(text: str, *names: str) -> tuple[EntityMention, ...]:
    out = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            out.append(EntityMention(name, "PERSON", name, name, pos, pos + len(name)))
            pos = text.find(name, pos + 1)
    return tuple(sorted(out, key=lambda e: e.start))


def quotes(text: str, *names: str) -> list[Quote]:
    a = art(text)
    return extract_quotes(a.text, a.sentences, persons(a.text, *names))


def test_speaker_is_the_name_after_a_role_phrase() -> None:
    for text, name in (
        ("وقال النائب عن حزب الخضر سامر يوسف إن الموازنة لن تمر.", "سامر يوسف"),
        ("وقالت الأستاذة في جامعة الخرطوم هالة عثمان إن العينة صغيرة جدًّا.", "هالة عثمان"),
        ("وقال الأمين العام لاتحاد المصارف رامي خوري إن السيولة متوفرة.", "رامي خوري"),
        ("وأكد السفير لدى المنظمة الدولية مازن قاسم أن بلاده ملتزمة بالقرار.", "مازن قاسم"),
    ):
        qs = quotes(text, name)
        assert len(qs) == 1 and qs[0].speaker == name, (text, [(q.speaker, q.quote) for q in qs])


def test_role_phrase_does_not_jump_over_an_event() -> None:
    # "في اتصال مع X": X is the other party, not the speaker
    text = "وقال الرئيس في اتصال مع نظيره سامر يوسف إن الحدود ستفتح قريبًا."
    qs = quotes(text, "سامر يوسف")
    # the president's words are found, and they are his (an empty result fails)
    assert [(q.speaker, q.quote) for q in qs] == [("الرئيس", "الحدود ستفتح قريبًا")]


def test_quote_before_hakadha_and_the_cue() -> None:
    text = "«لن نتراجع عن هذا القرار مهما كانت الضغوط»، هكذا علق الوزير كريم حداد على الانتقادات."
    qs = quotes(text, "كريم حداد")
    assert [(q.speaker, q.direct) for q in qs] == [("الوزير كريم حداد", True)] or \
        [(q.speaker, q.direct) for q in qs] == [("كريم حداد", True)]
    assert qs[0].quote.startswith("لن نتراجع")


def test_subjectless_verb_takes_the_person_named_earlier_in_its_sentence() -> None:
    text = ("وقال الوزير نبيل عامر إن الأسعار ستنخفض.\n"
            "وفي المساء، انتقد المعارض سليم حداد سياسة الحكومة بشدة، وقال إن البطالة تتفاقم.")
    qs = quotes(text, "نبيل عامر", "سليم حداد")
    q = next(q for q in qs if "البطالة" in q.quote)
    assert q.speaker == "سليم حداد"
