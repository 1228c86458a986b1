"""Quote rules of session 10: speakers of real-news error classes (short sentences written for these
tests: no article text of the corpus is copied here)."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

LEAD = "وقال سامي الحربي إن الفريق جاهز للموسم. "

# --- a subject between فإن and the verb speaks, not the previous speaker ----------------------------------


def test_the_subject_after_fa_inna_speaks() -> None:
    text = LEAD + "وعلى الرغم من ذلك فإن الباحثين أكدوا أن الطريقة الحالية آمنة جدا."
    assert pairs(quotes(text, "سامي الحربي"))[1] == ("الباحثين", "الطريقة الحالية آمنة جدا")


# --- a noun with a possessive pronoun after the verb is its object, not its speaker -----------------------


def test_a_possessed_object_is_not_the_speaker() -> None:
    text = LEAD + "وأكد حرصه على دعم المدرب الجديد، وقال إن الإدارة ستوفر كل ما يحتاجه الفريق."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got[1:] == [("سامي الحربي", "الإدارة ستوفر كل ما يحتاجه الفريق")]


def test_amma_topic_speaks_after_a_possessed_object() -> None:
    text = LEAD + "أما أحمد العلي فقد أكد حرصه على الحضور مع ابنه، وقال «المكان يعكس الماضي الجميل لتاريخ المنطقة»."
    got = pairs(quotes(text, "سامي الحربي", "أحمد العلي"))
    assert got[1:] == [("أحمد العلي", "المكان يعكس الماضي الجميل لتاريخ المنطقة")]


def test_a_kin_noun_with_a_pronoun_still_speaks() -> None:
    # boundary of the rule above (passes on the old code too)
    text = LEAD + "وقال نجله للصحيفة إن والده بخير ويتلقى العلاج."
    assert pairs(quotes(text, "سامي الحربي"))[1] == ("نجله", "والده بخير ويتلقى العلاج")


def test_a_name_ending_in_ha_is_not_an_object() -> None:
    # boundary: an unrecognised name ending in ه before another name stays the speaker
    text = LEAD + "وقال كزافييه برتران إن الاتفاق جيد للجميع في أوروبا."
    assert pairs(quotes(text, "سامي الحربي"))[1] == ("كزافييه برتران", "الاتفاق جيد للجميع في أوروبا")
