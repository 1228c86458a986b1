"""The sentence frame of a figure: two figures are one fact reported differently only when their
sentences tell one event (issue #14: "100, 300, 400, 1,200 and 2,000 people within one story" were one
group). Written examples; each fails on the old grouping (counted noun, story and ×10 size only)."""

from __future__ import annotations

from pathlib import Path

from sahifa.core.articles import build_article
from sahifa.core.facts import (
    FigureFact,
    FigureFrame,
    frame_words,
    frames_shared,
    group_figures,
    nearest_year,
    qualifiers_compatible,
)
from sahifa.core.model import Analysis, EntityMention, NumberMention
from sahifa.storage.library import Library

from ..storage.test_library import key, norm


def frame(article: int, sentence: int, entities: set[str], words: str, years: frozenset[int] = frozenset(),
          qualifier: str | None = None, common: frozenset[str] = frozenset()) -> FigureFrame:
    return FigureFrame((article, sentence), qualifier, entities=frozenset(entities), common=frozenset(common),
                       words={w: w for w in words.split()}, years=frozenset(years))


def fig(article: int, value: int, fr: FigureFrame, counted: str = "شخص", qualifier: str | None = None) -> FigureFact:
    return FigureFact(article, f"a{article}", fr.sentence[1], str(value), value, None, "count", None, counted,
                      "people", qualifier, False, 10 * value, 10 * value + 3, None, None, fr)


def test_frame_words_keep_the_event_and_drop_particles_counted_noun_and_entities() -> None:
    s = "وأكد المرصد السوري لحقوق الإنسان أن المقاومة الشعبية أسرت أمس 45 حوثيا في عدن"
    start = s.index("45")
    words = frame_words(s, start, start + 2, counted="حوثيا", skip=[(s.index("المرصد"), s.index(" أن"))])
    assert set(words.values()) == {"المقاومة", "الشعبية", "أسرت", "عدن"}  # not أمس, أن, في, حوثيا, nor the observatory
    assert frame_words(s, start, start + 2, counted="حوثيا", window=1) == {}  # أمس, حوثيا: nothing of the event


def test_the_year_next_to_a_figure_dates_it() -> None:
    # "... من عام 2015 إلى 153.4 ألف عقار ... عام 2014 التي بلغت 179.8 ألف"
    years = [(10, 14, 2015), (60, 64, 2014)]
    assert nearest_year(years, 18, 26) == {2015}
    assert nearest_year(years, 75, 83) == {2014}
    assert nearest_year(years, 300, 305) == frozenset()  # too far to say


def test_bounds_must_allow_the_other_value() -> None:
    assert qualifiers_compatible((19000, None, "more_than"), (20000, None, "approx"))
    assert not qualifiers_compatible((3000, None, "more_than"), (540, None, None))
    assert not qualifiers_compatible((50, None, "up_to"), (80, None, None))
    assert qualifiers_compatible((25, None, "more_than"), (26, None, "at_least"))
    assert qualifiers_compatible((40, None, None), (45, None, None))  # two values: a disagreement


def test_frames_share_an_entity_and_words_in_different_sentences_of_one_year() -> None:
    a = frame(1, 2, {"الكويت", "مسجد الإمام الصادق"}, "تفجير منطقة")
    b = frame(2, 5, {"الكويت", "مسجد الإمام الصادق"}, "منطقة الهجوم")
    assert frames_shared(a, b) == ("الكويت", "مسجد الإمام الصادق", "منطقة")
    assert frames_shared(a, frame(1, 2, {"الكويت"}, "تفجير منطقة")) is None  # one sentence
    assert frames_shared(a, frame(2, 5, set(), "تفجير منطقة")) is None  # no entity in common
    assert frames_shared(frame(1, 1, {"الكويت"}, "تفجير منطقة"), frame(2, 1, {"الكويت"}, "منطقة")) is None  # one word
    dated = frame(1, 3, {"الكويت"}, "تفجير منطقة", {2015})
    assert frames_shared(dated, frame(2, 3, {"الكويت"}, "تفجير منطقة", {2014})) is None
    assert frames_shared(dated, frame(2, 3, {"الكويت"}, "تفجير منطقة")) is not None  # undated: no clash


def test_an_entity_mentioned_everywhere_is_weak_evidence() -> None:
    """"Boko Haram" and "killed" in two sentences are not one event; "Suruc" and "killed" with "border"
    are (an entity the library mentions everywhere weighs half)."""
    common = frozenset({"بوكو حرام", "نيجيريا"})
    a = frame(1, 1, {"بوكو حرام", "نيجيريا"}, "قتل قرية", common=common)
    b = frame(2, 1, {"بوكو حرام", "نيجيريا"}, "قتل هجوم", common=common)
    assert frames_shared(a, b) is None  # 0.5 + 0.5 + 1 < 3
    assert frames_shared(frame(1, 1, {"بوكو حرام", "نيجيريا"}, "قتل قرية"),
                         frame(2, 1, {"بوكو حرام", "نيجيريا"}, "قتل هجوم")) is not None  # not common: 1 + 1 + 1
    c = frame(3, 1, {"بوكو حرام", "داماتورو"}, "قتل قرية", common=common)
    d = frame(4, 1, {"بوكو حرام", "داماتورو"}, "قتل قرية", common=common)
    assert frames_shared(c, d) == ("بوكو حرام", "داماتورو", "قتل", "قرية")  # 0.5 + 1 + 2


def test_the_issues_example_is_no_group_and_a_real_disagreement_says_why() -> None:
    """One story (Aden), "people" counted five times in different events: no group. Two articles on
    one bombing, 27 and 30 killed: one group, with what linked them."""
    story = [
        fig(1, 100, frame(1, 1, {"عدن"}, "أصيب قصف")),
        fig(1, 300, frame(1, 2, {"عدن", "الحوثي"}, "نزح حي")),
        fig(2, 400, frame(2, 1, {"عدن"}, "اعتقل الأمن")),
        fig(2, 1200, frame(2, 4, {"اليمن"}, "مساعدات وصلت")),
        fig(3, 2000, frame(3, 2, {"عدن"}, "شارك مظاهرة")),
    ]
    assert group_figures(story) == []
    bombing = [fig(4, 27, frame(4, 1, {"سروج", "تركيا"}, "انفجار أسفر")),
               fig(5, 30, frame(5, 2, {"سروج", "تركيا"}, "انفجارا أسفر"))]
    (group,) = group_figures(story + bombing)
    assert [f.value for f in group.figures] == [27, 30]
    assert group.shared == ("تركيا", "سروج", "أسفر")


def test_a_library_groups_by_sentence_frames(tmp_path: Path) -> None:
    """End to end: the storage layer builds frames from the stored text, mentions and dates."""
    texts = {
        "/a.txt": "تفجير سروج\n\nقالت وزارة الداخلية إن انفجارا في بلدة سروج قرب الحدود أسفر عن مقتل 27 شخصا.\n"
                  "وفي حادث آخر في سروج شارك 40 شخصا في مسيرة.",
        "/b.txt": "سروج\n\nذكرت وزارة الداخلية أن انفجارا في بلدة سروج قرب الحدود أسفر عن مقتل 30 شخصا.\n"
                  "واعتقلت الشرطة في سروج 22 شخصا بعد الحادث.",
    }
    lib = Library(tmp_path / "library.db", key_func=key, search_norm=norm)
    for path, raw in texts.items():
        art = build_article(path, raw)
        text = art.text
        mentions = []
        for name, etype in (("سروج", "LOC"), ("وزارة الداخلية", "ORG")):
            at = text.find(name)
            while at >= 0:
                mentions.append(EntityMention(name, etype, name, "", at, at + len(name)))
                at = text.find(name, at + 1)
        numbers = []
        for value in (27, 30, 40, 22):
            at = text.find(f"{value} شخصا")
            if at >= 0:
                numbers.append(NumberMention(str(value), value, "count", None, at, at + 2, "شخصا", "people"))
        lib.save_article(art, Analysis(tuple(mentions), tuple(numbers), ()), folder="/")
    groups = lib.figure_groups(figures=lib.figures())
    assert [[f.value for f in g.figures] for g in groups] == [[27, 30]]  # not 40 marchers nor 22 arrested
    assert {"سروج", "وزارة الداخلية"} <= set(groups[0].shared) and "أسفر" in groups[0].shared
    lib.close()
