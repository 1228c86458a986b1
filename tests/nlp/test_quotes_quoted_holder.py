"""A speaker named in quotation marks after the post he holds ("وقال مدير عام مكتب الصحة “فلان” …"): the
quoted name speaks. Short sentences written for these tests: no corpus text."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_quoted_name_after_the_post_speaks_unmarked_speech() -> None:
    text = "وقال مدير عام مكتب الصحة بالمحافظة “خالد المطيري” سقط عشرات الجرحى في القصف الأخير."
    assert pairs(quotes(text, "خالد المطيري")) == [("خالد المطيري", "سقط عشرات الجرحى في القصف الأخير")]


def test_a_quoted_name_set_off_by_semicolons() -> None:
    text = 'أكد المتحدث الرسمي بالمديرية العامة للمياه المكلف؛ "خالد المطيري"؛ تصحيح المشكلة في الحي.'
    assert pairs(quotes(text, "خالد المطيري")) == [("خالد المطيري", "تصحيح المشكلة في الحي")]


def test_a_quoted_name_the_entities_missed_with_a_known_given_name() -> None:
    text = "وقال مدير عام مكتب الصحة بالمحافظة “الخضر السالمي” سقط عشرات الجرحى في القصف الأخير."
    assert [sp for sp, _ in pairs(quotes(text))] == ["الخضر السالمي"]


def test_a_quoted_name_after_a_complementizer_is_the_speech() -> None:
    text = "وقال مدير المكتب إن «خالد المطيري» سيصل غدا إلى المدينة."
    assert pairs(quotes(text, "خالد المطيري")) == [("مدير المكتب", "«خالد المطيري» سيصل غدا إلى المدينة")]


def test_a_quoted_name_after_one_of_a_group_is_the_speech() -> None:
    text = "ويقول أحد القادة الأمنيين «خالد المطيري» لديه اليوم عدد كبير من المساعدين."
    assert ("خالد المطيري", "لديه اليوم عدد كبير من المساعدين") not in pairs(quotes(text, "خالد المطيري"))
    text = "ويقول أحد القادة الأمنيين: «خالد المطيري» لديه اليوم عدد كبير من المساعدين."
    assert [sp for sp, _ in pairs(quotes(text, "خالد المطيري"))] == ["أحد القادة الأمنيين"]
