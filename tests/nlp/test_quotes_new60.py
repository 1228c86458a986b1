"""Quote classes found on the 60 real-train articles annotated in session 7: curricula, standards and
teachings after حسب/وفق/استنادًا إلى are no source; "قال كل من X وY" names X and Y; "قال عنه X" is
said by X. The sentences are written for these tests; no corpus text is copied."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_curriculum_or_a_standard_is_no_source() -> None:
    assert quotes("وتعرض المنصة دروسا قصيرة للطلاب حسب منهج الوزارة بالفصل والمادة.") == []
    assert quotes("وقبلت الجامعة المتقدمين حسب معايير القبول المعلنة في الدليل.") == []
    assert quotes("وتعد المشروبات الغازية بحسب التصنيف الغذائي من الأطعمة الضارة.") == []
    assert quotes("واستنادا إلى تعاليم الدين نرفض هذا السلوك في الأماكن العامة.") == []
    # a body or a report after حسب still speaks
    assert [sp for sp, _ in pairs(quotes("وارتفعت الأسعار خمسة في المئة حسب تقرير البنك المركزي."))] == [
        "تقرير البنك المركزي"]


def test_kull_min_names_the_speakers() -> None:
    found = pairs(quotes("وقال كل من سامي الأحمد وخالد العمر إن الخطوات الأخيرة تعطي مؤشرا إيجابيا."))
    assert found == [("سامي الأحمد وخالد العمر", "الخطوات الأخيرة تعطي مؤشرا إيجابيا")]


def test_qala_anhu_x_is_said_by_x() -> None:
    found = pairs(quotes("وزار الوفد القلعة التي قال عنها المؤرخ الشهير: «إنها مفتاح المدينة كلها»."))
    assert [sp for sp, _ in found] == ["المؤرخ الشهير"]
