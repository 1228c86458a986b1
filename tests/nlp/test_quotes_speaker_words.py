"""Which words right after a speech verb are its speaker: a name that begins with ل (a surname, not "told
X"), and من بين (the preposition "from between", not the verb بيّن). Sentences written for these tests,
names invented."""

from __future__ import annotations

from sahifa.nlp.quotes_lamnames import lam_person
from sahifa.nlp.quotes_phrases import _Entities
from tests.helpers.quote_text import mentions, pairs, quotes
from tests.nlp.test_quotes import art, quotes_of

# --- a name that begins with ل right after a speech verb speaks (quotes_lamnames) ------------------------


def test_a_surname_that_begins_with_lam_speaks() -> None:
    text = "وقال لامبارد عقب الفوز على ضيفه امس السبت: «نريد البقاء في صفوف الفريق هذا الموسم»."
    assert pairs(quotes(text, "لامبارد")) == [("لامبارد", "نريد البقاء في صفوف الفريق هذا الموسم")]
    text2 = "وأضاف لوكاكو أن الفريق جاهز للمباراة المقبلة أمام الهلال."
    assert pairs(quotes(text2, "لوكاكو")) == [("لوكاكو", "الفريق جاهز للمباراة المقبلة أمام الهلال")]


def test_told_to_a_person_is_no_speaker() -> None:
    # boundary: the mention starts after the ل ("told Sami"): the ل is the preposition
    text = "وقال لسامي: «الفريق جاهز للمباراة»."
    assert all(q.speaker != "لسامي" for q in quotes(text, "سامي"))
    k = text.find("لسامي")
    assert not lam_person("لسامي", k, _Entities(text, mentions(text, "سامي")))
    ents2 = _Entities(text, mentions(text, "لسامي"))
    assert lam_person("لسامي", k, ents2)
    assert not lam_person("للوزير", 0, ents2)


def test_person_starts_at() -> None:
    text = "وقال لسامي إن شركة الوادي جاهزة"
    ents = _Entities(text, mentions(text, "سامي") + mentions(text, "شركة الوادي", typ="ORG"))
    at = text.find("سامي")
    assert ents.person_starts_at(at)
    assert not ents.person_starts_at(at - 1)  # the ل before the mention
    assert not ents.person_starts_at(at + 1)  # inside the mention
    assert not ents.person_starts_at(text.find("شركة"))  # an ORG begins there
    assert not _Entities(text, []).person_starts_at(at)


# --- من بين is the preposition "from between", not the verb بيّن -----------------------------------------


def test_min_bayn_is_the_preposition_not_the_verb() -> None:
    # "من بين شفتيه" (from between his lips): بين after من is the preposition, never the verb بيّن, so the
    # words after it are no speaker (an unannotated column gave the phrase after "من بين" as the speaker of
    # 7 quotes, passed on to the continuations after it)
    qs = quotes_of(art("وكان ينتظر الحكم من بين شفتي الرجل وراح يمر بأصابعه بين الأوراق، ثم سألني: هل انتهيت من العمل؟"))
    assert [q.speaker for q in qs] == []  # was "شفتي الرجل وراح يمر بأصابعه", cue بين
    qs = quotes_of(art("واختار المدرب من بين اللاعبين أن يلعب الحارس الجديد في المباراة."))
    assert [q.speaker for q in qs] == []  # was "اللاعبين"
    # the verb still opens a clause after a clause opener
    qs = quotes_of(art("ومن جانبه بين الوزير أن المشروع سيكتمل خلال عامين."))
    assert [(q.speaker, q.cue) for q in qs] == [("الوزير", "بين")]


# --- how it was said is no speaker (quotes_lexicon._MANNER_HEADS) ------------------------------------------


def test_a_manner_word_after_the_verb_is_no_speaker_even_as_a_mention() -> None:
    # the entity engine may read a manner word as a name ("بأسى"): the closed class wins
    text = "فغاب صوت المخرج ثواني ثم قال بأسى: «هل كان الفيلم سيئا إلى هذا الحد؟»."
    assert all(q.speaker != "بأسى" for q in quotes(text, "بأسى"))


def test_a_manner_word_after_the_name_is_cut_from_the_speaker() -> None:
    text = "سألته سامية عن أنسب الطرق لاستثمار المال، فقال لها سامي بهدوء: «افتحي لك دكانا صغيرا في الحي»."
    assert pairs(quotes(text, "سامي")) == [("سامي", "افتحي لك دكانا صغيرا في الحي")]
    text2 = "وسألت البائع عن الباقي، فقال الرجل ببساطة: «الضيفة تركت لي جنيها ومضت من غير أن تأخذ الباقي»."
    assert [q.speaker for q in quotes(text2)] == ["الرجل"]  # was "الرجل ببساطة"


# --- "لفت النظر/الانتباه إلى أن": the attention drawn is the object ----------------------------------------


def test_the_attention_drawn_is_no_speaker() -> None:
    text = ("وأوضح سامي العتيبي أن الألعاب الشعبية تحظى بإقبال كبير. "
            "ولفت النظر إلى أن الألعاب الشعبية استطاعت استعادة هويتها.")
    assert [sp for sp, _ in pairs(quotes(text, "سامي العتيبي"))] == ["سامي العتيبي", "سامي العتيبي"]
    text2 = "ولفت الوزير الانتباه إلى أن المشروع سيكتمل خلال عامين."
    assert [q.speaker for q in quotes(text2)] == ["الوزير"]  # was "الوزير الانتباه"


# --- a phrase right after the verb that is no subject: the speaker is the one before --------------------

def test_a_topic_phrase_with_bi_and_a_demonstrative_is_not_the_speaker() -> None:
    # "وقال بهذا الخصوص «…»": a phrase of topic; the verb's subject is the pronoun (batch-11 speaker
    # "بهذا الخصوص")
    qs = quotes("وأوضح سالم الحربي أن الطريق مغلق. وقال بهذا الخصوص «الوضع لا يحتمل التأجيل في الوقت الراهن».",
                "سالم الحربي")
    assert pairs(qs)[-1] == ("سالم الحربي", "الوضع لا يحتمل التأجيل في الوقت الراهن")
    qs = quotes("وأوضح سالم الحربي أن الطريق مغلق. وقال بهذا الشأن إن الوضع لا يحتمل التأجيل.", "سالم الحربي")
    assert pairs(qs)[-1] == ("سالم الحربي", "الوضع لا يحتمل التأجيل")


def test_speaking_to_an_outlet_is_a_circumstance_not_a_spokeswoman() -> None:
    # "وقالت متحدثة لشبكة X «…»": she said, speaking to X (batch-11 speaker "متحدثة"); "متحدثة باسم X" is
    # still a spokeswoman
    qs = quotes("ودعت هند الكعبي العملاء إلى الهدوء. وقالت متحدثة لشبكة النهار التلفزيونية «إن المصارف آمنة "
                "تماما ولا داعي للقلق».", "هند الكعبي")
    assert [q.speaker for q in qs] == ["هند الكعبي"]
    qs = quotes("وأكد سالم الحربي أن الطريق مغلق. وقال متحدثا للصحفيين إن المصارف آمنة تماما.", "سالم الحربي")
    assert pairs(qs)[-1] == ("سالم الحربي", "المصارف آمنة تماما")
    qs = quotes("وقالت متحدثة باسم الوزارة إن المصارف آمنة تماما ولا داعي للقلق.")
    assert [q.speaker for q in qs] == ["متحدثة باسم الوزارة"]


def test_a_share_of_those_asked_is_the_speaker() -> None:
    # "و3 في المائة فقط قالوا: إنهم …": a percentage before a verb is its subject (a train miss: the verb
    # took the speaker of the sentence before); after the verb the share runs through "في المائة"
    qs = quotes("وقال 40 في المائة من المشاركين إنهم يثقون بالنظام الجديد. و3 في المائة فقط قالوا: إنهم غير "
                "متأكدين من ذلك.")
    assert [q.speaker for q in qs] == ["40 في المائة", "و3 في المائة فقط"]
    qs = quotes("لكن 12 في المئة يقولون إن النظام بطيء جدا.")
    assert [q.speaker for q in qs] == ["12 في المئة"]
