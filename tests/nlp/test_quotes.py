"""Attributed quotes (sahifa.nlp.quotes): real sentences from the seeds and other news topics."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from sahifa.core.articles import build_article
from sahifa.core.model import Article, EntityMention, Quote
from sahifa.nlp.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@cache
def seed(prefix: str) -> Article:
    path = next(p for p in sorted(SEEDS.glob(f"{prefix}_*.txt")) if not p.name.endswith(".en.txt"))
    return build_article(str(path), path.read_text(encoding="utf-8"))


def art(text: str) -> Article:
    return build_article("/tmp/t.txt", "عنوان الخبر\n" + text)


def quotes_of(a: Article, entities: tuple[EntityMention, ...] = ()) -> list[Quote]:
    return extract_quotes(a.text, a.sentences, entities)


def ents(text: str, *items: tuple[str, str, str]) -> tuple[EntityMention, ...]:
    """Fake entity mentions: every occurrence of each (surface, type, canonical)."""
    out = []
    for surface, typ, canonical in items:
        pos = text.find(surface)
        while pos >= 0:
            out.append(EntityMention(surface, typ, canonical, canonical, pos, pos + len(surface)))
            pos = text.find(surface, pos + 1)
    return tuple(out)


def find(qs: list[Quote], content: str) -> Quote:
    hits = [q for q in qs if content in q.quote]
    assert hits, f"no quote contains {content!r}; got {[(q.speaker, q.quote[:40]) for q in qs]}"
    return hits[0]


def assert_spans(text: str, qs: list[Quote]) -> None:
    for q in qs:
        assert text[q.start : q.end] == q.quote
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker


# --- seeds: (seed, content snippet, expected speaker, direct) ----------------------------------

SEED_CASES = [
    # reported speech, verb–subject
    ("000", "الشاحنات تنقل النساء", "الصحيفة البريطانية", False),
    ("000", "قرابة 1000 من مقاتلي داعش", "مسؤول عسكري أمريكي", False),  # intervening phrase
    ("000", "المفاوضات بين من تبقى", "المرصد", False),
    ("000", "الهزائم المتلاحقة", "الصحيفة الإسرائيلية", False),
    ("001", "مئات المدنيين خرجوا", "مواقع وشبكات روسية", False),
    ("001", "حوالي 400 شخص", "شبكة “فرات بوست”", False),
    ("001", "سيتم الإعلان عنها", "الرئيس الأمريكي دونالد ترامب", False),
    ("001", "200 امرأة وطفل", "خدا ساراتوفا", False),
    ("003", "طلب داعش بالانتقال", "المرصد السوري لحقوق الإنسان", False),
    ("003", "احتمال عودة من تبقى", "محللون ومراقبون", False),  # حذر X من
    ("004", "26 قاطرة مقطورة", "مراسل شبكة آسو الإخبارية", False),
    ("004", "ملف قيادات داعش", "مصدر عسكري", False),
    ("004", "بين المتبقين مقاتلين", "المصدر العسكري", False),
    # subject–verb
    ("001", "تنظيم داعش يمتلك آلافًا", "دان كوتس مدير الاستخبارات الوطنية الأمريكية", False),
    ("002", "تمكنت من صدهم", "قوات سوريا الديمقراطية", False),
    ("004", "الدفعة التي خرجت يشكلون", "مصادر رسمية", False),
    ("004", "تكون الدفعة التي خرجت بينها", "مصادر غير رسمية", False),
    ("001", "كل المواطنين الألمان", "ألمانيا", True),  # أما ألمانيا …، فتؤكد
    # source attributions
    ("000", "تم نقل حوالي 300 مدني", "تقارير إعلامية", False),
    ("000", "أكثر من 1200 شخص قبلو العرض", "عمال الإغاثة المتواجدين", False),
    ("000", "تمشيط المناطق المزروعة", "المرصد السوري لحقوق الإنسان", False),  # حسبما أفاد
    ("000", "من تبقى من أفراد التنظيم", "مصادر ميدانية", False),
    ("000", "ما بين 150 ألف", "تقرير استخباراتي إسرائيلي", False),  # نقلت عن
    ("003", "لا يزال نحو 300 متطرف", 'وكالة "أسوشييتد برس"', False),
    ("003", "طلب مقاتلو داعش توفير", "مصدر مطلع", False),
    ("003", "سيكون تحرير باغوز", "المراسل", False),
    ("003", "الجهاديين الباقين", "ديفيد بيرنان", False),  # نقلًا عن X، كتب Y أن: the writer
    ("002", "الكثير من الانتحاريين", "مقاتل", True),  # وفق X، "…" (short but attributed)
    # direct quotes
    ("001", "عزل المدنيين في الجيب", "القوات الكردية", True),
    ("001", "التأجيل جاء بسبب", "المرصد السوري", True),  # إن: “…”
    ("001", "انتصار بنسبة مئة بالمئة", "الرئيس الأمريكي دونالد ترامب", True),  # كتب … تويتر: “…”
    ("001", "ربما لا يزال أكثر قدرة", "الجنرال فرانك ماكنزي", True),
    ("002", "حقق مقاتلونا تقدمًا", "قوات سوريا الديمقراطية", True),  # بيانًا قالت فيه: "…"
    ("002", "شنّ مقاتلونا هجومًا", "البيان", True),
    ("002", "تقدمت قواتنا اليوم", "مدير المركز الإعلامي لقوات سوريا الديمقراطية مصطفى بالي", True),
    ("002", "شن داعش هجومين مضادين", "قيادي ميداني", True),  # وكان X قال
    ("002", "قد يكون هذا آخر هجوم", "القيادي الكردي جياكر أمد", True),
    ("002", "بفضل عمليات قوات", "المتحدث باسم التحالف شون راين", True),
    ("003", "لا يزال لدى داعش قادة", "جوزف فوتيل القائد الأعلى للقيادة المركزية الأمريكية", True),
    ("004", "يمكن رؤية عناصر داعش", "المراسل", True),
    # continuations → the last speaker
    ("001", "العملية ترافقت", "شبكة “فرات بوست”", False),  # وأضافت أن
    ("001", "التمشيط يتزامن", "المرصد السوري", True),  # وأضاف أن “…”
    ("001", "طلبوا ممرًا آمنًا لهم", "المرصد السوري", False),  # مشيرًا إلى أن
    ("002", "حاول شن هجوم معاكس", "مدير المركز الإعلامي لقوات سوريا الديمقراطية مصطفى بالي", True),
    # ("002", "مقتل أربعة مقاتلين", …): "أشار إلى مقتل …", a noun-phrase report, optional in the real-news
    # conventions and no quote since session 14 (quotes_npreport)
    ("002", "الهجوم الثاني كان أقوى", "قيادي ميداني", True),  # مشيرًا إلى أن "…"
    ("002", "قتل بعضهم قبل الوصول", "مقاتل", True),  # وقال إنه "…"
    ("002", "بدأت اللحظات الأخيرة", "القيادي الكردي جياكر أمد", True),  # مضيفًا "…"
    ("002", "تواصل شن الضربات", "المتحدث باسم التحالف شون راين", True),
    ("002", "لا يُسمح للعدو", "المتحدث باسم التحالف شون راين", True),  # موضحًا أنه "…"
    ("004", "تفضل كمبادرة", "مصادر مطلعة", True),  # new sentence starting with مضيفًا
    # nominal cue and short quoted words inside a reported clause
    ("002", '"ثلاثة آلاف متشدد" استسلموا', "بالي", False),
    ("002", 'الولايات المتحدة "متفائلة جدًّا"', "مستشار الأمن القومي للبيت الأبيض جون بولتون", False),
]


@pytest.mark.parametrize(("prefix", "content", "speaker", "direct"), SEED_CASES)
def test_seed_quotes(prefix: str, content: str, speaker: str, direct: bool) -> None:
    a = seed(prefix)
    q = find(quotes_of(a), content)
    assert q.speaker == speaker
    assert q.direct is direct


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_spans_and_order(prefix: str) -> None:
    a = seed(prefix)
    qs = quotes_of(a)
    assert qs
    assert_spans(a.text, qs)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    # one quote per content
    for x, y in zip(qs, qs[1:], strict=False):
        assert x.end <= y.start or (x.start, x.end) != (y.start, y.end)


def test_direct_content_is_inside_the_marks() -> None:
    a = seed("001")
    q = find(quotes_of(a), "انتصار بنسبة مئة")
    assert q.quote == "انتصار بنسبة مئة بالمئة، الخلافة على وشك السقوط"
    assert q.cue == "كتب"
    assert a.text[q.start - 1] == "“" and a.text[q.end] == "”"


def test_reported_content_starts_after_the_particle_and_drops_the_full_stop() -> None:
    a = seed("000")
    q = find(quotes_of(a), "المفاوضات بين من تبقى")
    assert q.quote.startswith("المفاوضات")
    assert q.quote.endswith("حتى اللحظة")
    assert q.cue == "قال"
    assert a.text[q.speaker_start : q.speaker_end] == "المرصد"


def test_scare_quotes_are_not_quotes() -> None:
    for prefix in ("001", "002", "004"):
        for q in quotes_of(seed(prefix)):
            assert q.quote not in (
                "فرات بوست",
                "الباجوز",
                "الخلافة",
                "الكردية",
                "العشرات",
                "تويتر",
                "قاطرة ومقطورة",
                "أبو بكر البغدادي",
                "خلافة",
            )


def test_non_speech_sentences_yield_nothing() -> None:
    a = seed("002")
    qs = quotes_of(a)
    for text in ("إقامة", "ويرجح أنهم خرجوا", "خرجوا خلال الساعات الأخيرة"):
        assert not any(text in q.quote for q in qs), text
    a = seed("003")
    assert not any("داعش لن يسمح لهم" in q.quote for q in quotes_of(a))  # ويعتقد أن: impersonal


def test_source_cues_are_named() -> None:
    a = seed("000")
    qs = quotes_of(a)
    assert find(qs, "تم نقل حوالي 300").cue == "حسب"
    assert find(qs, "أكثر من 1200 شخص").cue == "وفقًا لـ" or find(qs, "أكثر من 1200 شخص").cue.startswith("وفق")
    assert find(qs, "تمشيط المناطق").cue == "حسبما أفاد"
    assert find(qs, "ما بين 150 ألف").cue == "نقلت عن"


# --- seed-level precision / recall --------------------------------------------------------------

# (seed, speaker, content snippet) — every attributed statement of the seeds, by hand.
SEED_GOLD = [
    ("000", "الصحيفة البريطانية", "الشاحنات تنقل"),
    ("000", "تقارير إعلامية", "تم نقل حوالي"),
    ("000", "عمال الإغاثة", "أكثر من 1200"),
    ("000", "مسؤول عسكري أمريكي", "قرابة 1000"),
    ("000", "المرصد السوري لحقوق الإنسان", "تمشيط المناطق"),
    ("000", "المرصد", "المفاوضات بين"),
    ("000", "مصادر ميدانية", "من تبقى من أفراد"),
    ("000", "مصادر ميدانية", "باتجاه البادية"),
    ("000", "أجهزة الاستخبارات العالمية", "احتمالية عودة"),
    ("000", "تقرير استخباراتي إسرائيلي", "ما بين 150"),
    ("000", "الصحيفة الإسرائيلية", "الهزائم"),
    ("001", "مواقع وشبكات روسية", "مئات المدنيين"),
    ("001", "فرات بوست", "حوالي 400"),
    ("001", "فرات بوست", "العملية ترافقت"),
    ("001", "القوات الكردية", "عزل المدنيين"),
    ("001", "دونالد ترامب", "سيتم الإعلان"),
    ("001", "المرصد السوري", "التأجيل جاء"),
    ("001", "المرصد السوري", "التمشيط يتزامن"),
    ("001", "المرصد السوري", "من تبقى من عناصر"),
    ("001", "جيا فرات", "قواته تحاصر"),
    ("001", "دونالد ترامب", "انتصار بنسبة"),
    ("001", "دان كوتس", "تنظيم داعش يمتلك"),
    ("001", "فرانك ماكنزي", "ربما لا يزال"),
    ("001", "مراقبون", "إعادة الجهاديين"),
    ("001", "بلجيكا", "السلطات تريد"),
    ("001", "ألمانيا", "كل المواطنين"),
    ("001", "بريطانيا", "عودة هؤلاء"),
    ("001", "خدا ساراتوفا", "200 امرأة"),
    ("002", "قوات سوريا الديمقراطية", "تمكنت من صدهم"),
    ("002", "قوات سوريا الديمقراطية", "نهاية"),
    ("002", "قوات سوريا الديمقراطية", "حقق مقاتلونا"),
    ("002", "البيان", "شنّ مقاتلونا"),
    ("002", "البيان", "مقتل"),
    ("002", "مصطفى بالي", "تقدمت قواتنا"),
    ("002", "مصطفى بالي", "حاول شن"),
    ("002", "مصطفى بالي", "مقتل أربعة"),
    ("002", "قيادي ميداني", "شن داعش هجومين"),
    ("002", "قيادي ميداني", "الهجوم الثاني"),
    ("002", "مقاتل", "الكثير من الانتحاريين"),
    ("002", "مقاتل", "قتل بعضهم"),
    ("002", "جياكر أمد", "قد يكون هذا"),
    ("002", "جياكر أمد", "بدأت اللحظات"),
    ("002", "بالي", "ثلاثة آلاف"),
    ("002", "بالي", "بشكل جماعي"),
    ("002", "شون راين", "بفضل عمليات"),
    ("002", "شون راين", "تواصل شن"),
    ("002", "شون راين", "لا يُسمح"),
    ("002", "جون بولتون", "الولايات المتحدة"),
    ("003", "أسوشييتد برس", "لا يزال نحو 300"),
    ("003", "ديفيد بيرنان", "الجهاديين الباقين"),
    ("003", "مصدر مطلع", "طلب مقاتلو داعش"),
    ("003", "المرصد السوري لحقوق الإنسان", "طلب داعش"),
    ("003", "موقع دير الزور 24", "قبل يومين"),
    ("003", "موقع دير الزور 24", "بتحرير عشرة"),
    ("003", "مراسل", "يتلهف مسؤولون"),  # "وحب مراسل": a typo for وحسب, known miss
    ("003", "المراسل", "طرد داعش"),
    ("003", "المراسل", "سيكون تحرير"),
    ("003", "جوزف فوتيل", "لا يزال لدى داعش"),
    ("003", "دونالد ترامب", "إطلاق سراح"),
    ("003", "محللون ومراقبون", "احتمال عودة"),
    ("004", "مراسل شبكة آسو", "26 قاطرة"),
    ("004", "مصادر", "وجهة العربات"),
    ("004", "مصادر رسمية", "الدفعة التي خرجت يشكلون"),
    ("004", "مصادر غير رسمية", "بينها قياديين"),
    ("004", "المراسل", "نحو (2000)"),
    ("004", "المراسل", "خط الجبهة"),
    ("004", "المراسل", "يمكن رؤية"),
    ("004", "مصادر عسكرية", "وقف القتال"),
    ("004", "المراسل", "بين الذين خرجوا"),
    ("004", "المراسل", "كانوا بدون أسلحة"),
    ("004", "مصدر عسكري", "ملف قيادات"),
    ("004", "مصدر عسكري", "قسم متبقي"),
    ("004", "المصدر العسكري", "بين المتبقين"),
    ("004", "مصادر مطلعة", "لديهما رغبة"),
    ("004", "مصادر مطلعة", "تفضل كمبادرة"),
    ("004", "أكثر من مصدر", "أبو بكر البغدادي وقياديين"),
]


def _match(gold_speaker: str, snippet: str, q: Quote) -> bool:
    return snippet in q.quote and (gold_speaker in q.speaker or q.speaker in gold_speaker)


def test_seed_precision_recall() -> None:
    tp = fp = 0
    matched: set[int] = set()
    for prefix in ("000", "001", "002", "003", "004"):
        gold = [(i, g) for i, g in enumerate(SEED_GOLD) if g[0] == prefix]
        for q in quotes_of(seed(prefix)):
            hit = next((i for i, g in gold if i not in matched and _match(g[1], g[2], q)), None)
            if hit is None:
                fp += 1
            else:
                tp += 1
                matched.add(hit)
    precision = tp / (tp + fp)
    recall = tp / len(SEED_GOLD)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"\nseed quotes: P={precision:.2f} R={recall:.2f} F1={f1:.2f} ({tp}/{len(SEED_GOLD)}, fp={fp})")
    assert f1 >= 0.85


# --- other topics -------------------------------------------------------------------------------

OTHER_CASES = [
    # economy: verb–subject with a person name and a title
    (
        "وقال وزير المالية محمد معيط إن العجز سيتراجع إلى 7% خلال العام المقبل.",
        "وزير المالية محمد معيط",
        "العجز سيتراجع إلى 7% خلال العام المقبل",
        False,
        "قال",
    ),
    # sports: أكد + أن
    (
        "أكد مدرب المنتخب أن الفريق جاهز لمواجهة تونس يوم الجمعة.",
        "مدرب المنتخب",
        "الفريق جاهز لمواجهة تونس يوم الجمعة",
        False,
        "أكد",
    ),
    # health: guillemets, speaker after
    (
        "«اللقاح آمن وفعال لكل الفئات العمرية»، قال المتحدث باسم وزارة الصحة للصحفيين.",
        "المتحدث باسم وزارة الصحة",
        "اللقاح آمن وفعال لكل الفئات العمرية",
        True,
        "قال",
    ),
    # health: بحسب after a direct quote
    (
        '"نسبة الشفاء تجاوزت تسعين في المئة" بحسب منظمة الصحة العالمية.',
        "منظمة الصحة العالمية",
        "نسبة الشفاء تجاوزت تسعين في المئة",
        True,
        "بحسب",
    ),
    # feminine verb with a colon
    (
        "وقالت وزيرة التخطيط هالة السعيد: «معدل النمو بلغ 5.6% في الربع الأخير».",
        "وزيرة التخطيط هالة السعيد",
        "معدل النمو بلغ 5.6% في الربع الأخير",
        True,
        "قالت",
    ),
    # plural verb, present tense
    (
        "ويقول خبراء الاقتصاد إن التضخم سيبقى مرتفعا حتى نهاية العام.",
        "خبراء الاقتصاد",
        "التضخم سيبقى مرتفعا حتى نهاية العام",
        False,
        "يقول",
    ),
    # حذر X من
    (
        "وحذر البنك الدولي من تباطؤ النمو في الدول النامية.",
        "البنك الدولي",
        "تباطؤ النمو في الدول النامية",
        False,
        "حذر",
    ),
    # أوضح with diacritics and tanween
    ("وأوضحَ رئيسُ النادي أنّ الصفقة ستُحسم قريبًا.", "رئيسُ النادي", "الصفقة ستُحسم قريبًا", False, "أوضحَ"),
    # وفقا لـ + comma
    (
        "ووفقا لبيانات البنك المركزي، ارتفعت الاحتياطيات الأجنبية إلى 35 مليار دولار.",
        "بيانات البنك المركزي",
        "ارتفعت الاحتياطيات الأجنبية إلى 35 مليار دولار",
        False,
        "وفقا لـ",
    ),
    # كتب … على تويتر
    (
        'وكتب اللاعب محمد صلاح على تويتر: "سنعود أقوى من أي وقت مضى".',
        "اللاعب محمد صلاح",
        "سنعود أقوى من أي وقت مضى",
        True,
        "كتب",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "cue"), OTHER_CASES)
def test_other_topics(text: str, speaker: str, content: str, direct: bool, cue: str) -> None:
    a = art(text)
    qs = quotes_of(a)
    assert_spans(a.text, qs)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.speaker, q.quote, q.direct, q.cue) == (speaker, content, direct, cue)


def test_continuation_across_sentences_and_paragraphs() -> None:
    a = art(
        "وقال وزير الصحة خالد عبد الغفار إن المستشفيات مستعدة لاستقبال المرضى.\n"
        "وأضاف أن الوزارة وفرت ألف سرير إضافي في المحافظات.\n"
        'مشيرا إلى أن "حملة التطعيم ستبدأ الأسبوع المقبل في كل المدارس".'
    )
    qs = quotes_of(a)
    assert [q.speaker for q in qs] == ["وزير الصحة خالد عبد الغفار"] * 3
    assert [q.direct for q in qs] == [False, False, True]
    assert qs[1].cue == "أضاف" and qs[1].quote.startswith("الوزارة وفرت")
    assert qs[2].quote == "حملة التطعيم ستبدأ الأسبوع المقبل في كل المدارس"


def test_short_quoted_words_without_a_cue_are_ignored() -> None:
    a = art('وأطلقت الحكومة مبادرة "حياة كريمة" في القرى الأكثر فقرا. وشارك نادي "الزمالك" في البطولة.')
    assert quotes_of(a) == []


def test_long_bare_quotation_continues_the_last_speaker() -> None:
    a = art(
        'وقال رئيس الوزراء إن الحكومة ستخفض الأسعار.\n"لن نسمح بأي زيادة جديدة في أسعار الخبز هذا العام".'
    )
    qs = quotes_of(a)
    assert [q.speaker for q in qs] == ["رئيس الوزراء", "رئيس الوزراء"]
    assert qs[1].direct and qs[1].quote.startswith("لن نسمح")


def test_no_cue_no_quote() -> None:
    a = art("ارتفعت أسعار الذهب في الأسواق المحلية اليوم. وتراجع الدولار أمام الجنيه.")
    assert quotes_of(a) == []


# --- entities -----------------------------------------------------------------------------------


def test_speaker_links_to_the_entity_it_overlaps_and_is_trimmed_to_the_name() -> None:
    a = seed("001")
    e = ents(
        a.text,
        ("دان كوتس", "PERSON", "دان كوتس"),
        ("فرانك ماكنزي", "PERSON", "فرانك ماكنزي"),
        ("فرات بوست", "ORG", "فرات بوست"),
    )
    qs = quotes_of(a, e)
    assert_spans(a.text, qs)
    q = find(qs, "تنظيم داعش يمتلك")
    assert (q.speaker, q.speaker_canonical) == ("دان كوتس", "دان كوتس")
    q = find(qs, "ربما لا يزال أكثر قدرة")
    # speakers are written without titles (gold conventions): "الجنرال" goes
    assert (q.speaker, q.speaker_canonical) == ("فرانك ماكنزي", "فرانك ماكنزي")
    assert find(qs, "العملية ترافقت").speaker_canonical == "فرات بوست"


def test_head_noun_refers_back_to_an_entity() -> None:
    a = seed("000")
    e = ents(
        a.text,
        ("الجارديان", "ORG", "الغارديان"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "المرصد السوري لحقوق الإنسان"),
        ("جيروزاليم بوست", "ORG", "جيروزاليم بوست"),
    )
    qs = quotes_of(a, e)
    assert find(qs, "الشاحنات تنقل").speaker_canonical == "الغارديان"  # الصحيفة البريطانية
    assert find(qs, "المفاوضات بين").speaker_canonical == "المرصد السوري لحقوق الإنسان"  # المرصد
    assert find(qs, "الهزائم المتلاحقة").speaker_canonical == "جيروزاليم بوست"  # الصحيفة الإسرائيلية
    assert find(qs, "ما بين 150 ألف").speaker_canonical is None  # a new, unnamed report
    assert find(qs, "قرابة 1000").speaker_canonical is None


def test_statement_and_family_name_link() -> None:
    a = seed("002")
    e = ents(
        a.text,
        ("قوات سوريا الديمقراطية", "ORG", "قوات سوريا الديمقراطية"),
        ("مصطفى بالي", "PERSON", "مصطفى بالي"),
    )
    qs = quotes_of(a, e)
    assert find(qs, "شنّ مقاتلونا").speaker_canonical == "قوات سوريا الديمقراطية"  # البيان
    assert find(qs, "ثلاثة آلاف متشدد").speaker_canonical == "مصطفى بالي"  # بالي


def test_without_entities_nothing_links() -> None:
    assert all(q.speaker_canonical is None for q in quotes_of(seed("002")))


def test_bad_entities_are_ignored() -> None:
    a = seed("002")
    bogus = (
        EntityMention("x", "PERSON", "x", "x", -5, 3),
        EntityMention("x", "PERSON", "x", "x", 10, 5),
        EntityMention("x", "PERSON", "x", "x", 0, 10**9),
    )
    assert len(quotes_of(a, bogus)) == len(quotes_of(a))


# --- robustness and speed -----------------------------------------------------------------------


def test_empty_and_odd_inputs() -> None:
    assert extract_quotes("", ()) == []
    a = seed("004")
    # no sentences given: paragraphs are used
    assert extract_quotes(a.text, ()) != []
    # sentences whose offsets do not fit the text
    assert extract_quotes("قال", seed("004").sentences) == []
    assert extract_quotes('قال X: "', ()) == []
