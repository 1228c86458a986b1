"""Quote rules of session 15 drawn from blind batch 10 (short sentences written for these tests): a name
that begins with ل right after a speech verb speaks; a sentence opened by a participle names no subject."""

from __future__ import annotations

from sahifa.nlp.quotes_lamnames import lam_person
from tests.helpers.quote_text import mentions, pairs, quotes


def test_a_surname_that_begins_with_lam_speaks() -> None:
    text = "وقال لامبارد عقب الفوز على ضيفه امس السبت: «نريد البقاء في صفوف الفريق هذا الموسم»."
    assert pairs(quotes(text, "لامبارد")) == [("لامبارد", "نريد البقاء في صفوف الفريق هذا الموسم")]
    text2 = "وأضاف لوكاكو أن الفريق جاهز للمباراة المقبلة أمام الهلال."
    assert pairs(quotes(text2, "لوكاكو")) == [("لوكاكو", "الفريق جاهز للمباراة المقبلة أمام الهلال")]


def test_told_to_a_person_is_no_speaker() -> None:
    # boundary: the mention starts after the ل ("told Sami"): the ل is the preposition
    text = "وقال لسامي: «الفريق جاهز للمباراة»."
    assert all(q.speaker != "لسامي" for q in quotes(text, "سامي"))
    ents = mentions(text, "سامي")
    k = text.find("لسامي")
    assert not lam_person("لسامي", k, ents, [e.start for e in ents], lambda i: i)
    ents2 = mentions(text, "لسامي")
    assert lam_person("لسامي", k, ents2, [e.start for e in ents2], lambda i: i)
    assert not lam_person("للوزير", 0, ents2, [e.start for e in ents2], lambda i: i)


# --- a sentence opened by a participle names objects, not the subject (quotes_chain) ---------------------

def test_a_participle_sentence_names_no_subject() -> None:
    text = ("وأكد مدير المكتب سامي الحربي أن الاستعدادات اكتملت لإقامة الملتقى في موعده. "
            "مثمناً موافقة الأمير خالد العمري على البرامج الشبابية التي تنفذ في كافة المناطق. "
            "موضحاً أن فعاليات الملتقى ستبدأ مساء الخميس وتستمر لمدة ستة أيام.")
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert ("سامي الحربي", "فعاليات الملتقى ستبدأ مساء الخميس وتستمر لمدة ستة أيام") in got
    assert all(sp != "خالد العمري" for sp, _ in got)


def test_participle_lead_boundaries() -> None:
    from sahifa.nlp.quotes_chain import participle_lead
    assert participle_lead("مثمناً موافقة الأمير ")
    assert participle_lead("ومشيرا إلى دور ")
    assert not participle_lead("مؤخرا قال ")  # an adverb of that shape
    assert not participle_lead("وقال ")
    assert not participle_lead("مثمنا")  # nothing after it
