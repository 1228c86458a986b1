"""Quote rules of session 10, round 3: speakers on news the engine has not seen (short sentences written
for these tests: no article text of the corpus is copied here)."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

LEAD = "وقال سامي الحربي إن الفريق جاهز للموسم. "

# --- a participle takes the named subject of the verb opening its clause --------------------------------


def test_a_participle_takes_the_subject_of_the_verb_opening_its_clause() -> None:
    text = LEAD + ("وفي كلمته أمام المجلس، كأول وزير يحضر الجلسة، استعرض خالد المطيري خطة الوزارة، "
                   "مؤكدا أنها لم تتغير منذ سنوات.")
    got = pairs(quotes(text, "سامي الحربي", "خالد المطيري"))
    assert got[1:] == [("خالد المطيري", "أنها لم تتغير منذ سنوات")]


def test_a_participle_after_ma_and_a_verb_with_a_named_subject() -> None:
    text = LEAD + 'وكان السؤال عن الخطة، وهو ما أكده خالد المطيري، قائلا: "الخطة جاهزة تماما".'
    got = pairs(quotes(text, "سامي الحربي", "خالد المطيري"))
    assert got[1:] == [("خالد المطيري", "الخطة جاهزة تماما")]


def test_a_name_after_a_preposition_noun_is_not_a_clause_subject() -> None:
    text = LEAD + "وأقيم الحفل، بحضور خالد المطيري، مؤكدا أن العمل مستمر."
    got = pairs(quotes(text, "سامي الحربي", "خالد المطيري"))
    assert got[1:] == [("سامي الحربي", "العمل مستمر")]


# --- a participle after a nested unnamed report goes with the outer report's subject --------------------


def test_a_participle_after_a_nested_report_takes_the_outer_speaker() -> None:
    text = LEAD + "وشدد على أن البعض يقول إن الإدارة لم تدفع الرواتب، مؤكدا أن الرواتب ستدفع قريبا."
    got = pairs(quotes(text, "سامي الحربي"))
    assert ("سامي الحربي", "الرواتب ستدفع قريبا") in got
    assert ("البعض", "الرواتب ستدفع قريبا") not in got


# --- a subject before "X وقال" ends before the verb it governs -------------------------------------------


def test_the_subject_of_a_coordinated_verb_stops_at_the_first_verb() -> None:
    text = LEAD + "لكن المدرب رفض ذلك وقال إن اللاعبين متعبون."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got[1:] == [("المدرب", "اللاعبين متعبون")]


def test_a_participle_that_agrees_only_with_the_nested_speaker_keeps_it() -> None:
    text = ("وقالت الوزارة في بيان إن الاجتماع كان مثمرا، مضيفة أن الجانب المصري شدد على ضرورة الحوار، "
            "معتبرا أن الحوار هو الحل الوحيد.")
    got = pairs(quotes(text, orgs=("الوزارة",)))
    assert ("الجانب المصري", "الحوار هو الحل الوحيد") in got


# --- a name in apposition after a comma is the speaker ---------------------------------------------------


def test_a_name_in_apposition_after_the_post_speaks() -> None:
    text = "وقررت الشرطة عدم شراء البرنامج، حيث قال المتحدث باسمها، خالد المطيري، إنه لا يناسب احتياجاتها."
    assert pairs(quotes(text, "خالد المطيري")) == [("خالد المطيري", "إنه لا يناسب احتياجاتها")]


# --- speech written straight after a named speaker, with no إن or marks ----------------------------------


def test_unmarked_speech_after_a_named_speaker() -> None:
    text = "وقال المدير العام للمنتجع خالد المطيري نحن سعداء بهذه الجائزة التي حصلنا عليها."
    assert pairs(quotes(text, "خالد المطيري")) == [("خالد المطيري", "نحن سعداء بهذه الجائزة التي حصلنا عليها")]


def test_a_post_after_the_name_is_not_unmarked_speech() -> None:
    text = "وقال خالد المطيري رئيس اللجنة الفنية إن الخطة جاهزة."
    assert pairs(quotes(text, "خالد المطيري")) == [("خالد المطيري", "الخطة جاهزة")]


def test_marked_speech_later_in_the_sentence_blocks_unmarked_speech() -> None:
    text = 'وقال خالد المطيري زيارة وهو أحد المنظمين "المهرجان ناجح هذا العام".'
    got = pairs(quotes(text, "خالد المطيري"))
    assert ("خالد المطيري", "زيارة وهو أحد المنظمين") not in got
    assert all(not q.startswith("زيارة") for _, q in got)


def test_a_verb_whose_root_ends_in_ta_is_masculine_for_the_nested_rule() -> None:
    text = "ولفت الخبراء إلى أن الدراسات الأخيرة أشارت إلى أن السياحة نمت كثيرا، مشيرا إلى أن الإنفاق زاد."
    got = pairs(quotes(text))
    assert ("الخبراء", "الإنفاق زاد") in got


# --- a plea after a comma ends the reported clause -------------------------------------------------------


def test_a_plea_participle_ends_the_reported_clause() -> None:
    text = "وبين خالد المطيري أن الأمن نعمة كبيرة على البلاد، سائلا الله أن يديمها على الجميع."
    assert pairs(quotes(text, "خالد المطيري")) == [("خالد المطيري", "الأمن نعمة كبيرة على البلاد")]


def test_a_plea_inside_a_quotation_does_not_end_it() -> None:
    text = 'وقال خالد المطيري: "الأمن نعمة كبيرة، داعيا الجميع للحفاظ عليه".'
    got = pairs(quotes(text, "خالد المطيري"))
    assert got == [("خالد المطيري", "الأمن نعمة كبيرة، داعيا الجميع للحفاظ عليه")]


def test_a_plea_that_is_a_cue_keeps_its_own_quote() -> None:
    text = 'وحذر خالد المطيري من أن «الأوضاع قد تسوء سريعا»، داعيا إلى «إعلان حالة الطوارئ فورا».'
    got = pairs(quotes(text, "خالد المطيري"))
    assert ("خالد المطيري", "إعلان حالة الطوارئ فورا") in got
