"""Unit tests for the pure figure grouping in sahifa.core.facts."""

from __future__ import annotations

from sahifa.core.facts import (
    FigureFact,
    arabic_counted_key,
    counted_keys,
    english_counted_key,
    group_figures,
    is_reported_differently,
)


def fig(
    article_id: int,
    value: float | int | None,
    counted: str | None = "مقاتل",
    counted_en: str | None = None,
    *,
    kind: str = "count",
    unit: str | None = None,
    source: str | None = None,
    vague: bool = False,
    start: int = 0,
) -> FigureFact:
    return FigureFact(
        article_id, f"article {article_id}", 0, str(value), value, None, kind, unit, counted, counted_en,
        None, vague, start, start + 3, source,
    )


def test_two_articles_disagreeing_form_a_group() -> None:
    groups = group_figures([fig(1, 300, "مقاتل", "fighters"), fig(2, 500, "مقاتلين")])
    assert len(groups) == 1
    g = groups[0]
    assert [f.value for f in g.figures] == [300, 500]
    assert g.kind == "count" and g.unit is None
    assert g.counted_en == "fighters"
    assert g.values == ((300.0, None), (500.0, None))


def test_same_value_everywhere_is_not_reported_differently() -> None:
    assert group_figures([fig(1, 300), fig(2, 300), fig(3, 300.0)]) == []


def test_one_origin_with_two_values_is_not_a_conflict() -> None:
    # one article, no attribution: "300 fighters ... later 2000 fighters" is not a disagreement between sources
    assert group_figures([fig(1, 300, start=0), fig(1, 500, start=50)]) == []


def test_two_sources_within_one_article_disagree() -> None:
    groups = group_figures([fig(1, 300, source="المرصد"), fig(1, 500, source="قسد", start=40)])
    assert len(groups) == 1 and len(groups[0].figures) == 2
    assert group_figures([fig(1, 300, source="المرصد"), fig(1, 500, start=40)]) == []  # one unnamed


def test_different_counted_things_kinds_and_units_stay_apart() -> None:
    figs = [
        fig(1, 300, "مقاتل"), fig(2, 2000, "مدني"),          # different things
        fig(3, 5, "كيلومتر", kind="distance", unit="km"),
        fig(4, 5000, "كيلومتر", kind="distance", unit="m"),  # different unit
    ]
    assert group_figures(figs) == []


def test_years_and_dates_are_never_grouped() -> None:
    assert group_figures([fig(1, 2018, "عام", kind="year"), fig(2, 2019, "عام", kind="year")]) == []


def test_english_key_links_different_arabic_wordings() -> None:
    groups = group_figures([fig(1, 10, "شخص", "people"), fig(2, 12, "أشخاص", "persons")])
    assert len(groups) == 1


def test_linking_is_transitive_through_either_key() -> None:
    # a–b share the Arabic key, b–c share the English key
    a = fig(1, 200, "مدنيين", None)
    b = fig(2, 250, "مدني", "civilians")
    c = fig(3, 300, "أهالي", "civilian")
    groups = group_figures([a, b, c])
    assert len(groups) == 1 and len(groups[0].figures) == 3


def test_vague_figures_join_by_their_value_but_do_not_count_as_values() -> None:
    assert group_figures([fig(1, 300), fig(2, 400, vague=True)]) == []
    groups = group_figures([fig(1, 300), fig(2, 500), fig(3, 400, vague=True), fig(4, None, vague=True)])
    assert len(groups) == 1
    assert [f.value for f in groups[0].figures] == [300, 500, 400]  # vague ones last; no value: left out
    assert len(groups[0].values) == 2


def test_figures_of_very_different_size_are_different_facts() -> None:
    """3 fighters who surrendered and 150,000 who once held the land are not one disagreement; reports of
    one figure differ by less than MAGNITUDE (×2), and so does every group, link by link or not."""
    figs = [fig(1, 3), fig(2, 4), fig(1, 300, start=9), fig(2, 500, start=9), fig(3, 150_000)]
    groups = group_figures(figs)
    assert [[f.value for f in g.figures] for g in groups] == [[3, 4], [300, 500]]
    assert group_figures([fig(1, 0), fig(2, 5)]) == []  # zero is comparable only with zero
    assert len(group_figures([fig(1, 300), fig(2, 600)])) == 1  # ×2 is still comparable
    assert group_figures([fig(1, 300), fig(2, 601)]) == []
    assert group_figures([fig(1, 300), fig(2, 2000)]) == []  # was one group at ×10
    # a chain 300 – 500 – 800: each link ×2 or less, the whole ×2.7: only one pair is a group
    chain = group_figures([fig(1, 300), fig(2, 500), fig(3, 800)])
    assert [[f.value for f in g.figures] for g in chain] == [[300, 500]]


def test_figures_of_different_stories_stay_apart() -> None:
    """Articles are in one story when they share a topic (their most-mentioned entities)."""
    figs = [fig(1, 300), fig(2, 400), fig(3, 500)]
    topics = {1: {"الباغوز", "داعش"}, 2: {"غزة"}, 3: {"داعش", "قسد"}}
    groups = group_figures(figs, topics=topics)
    assert [[f.article_id for f in g.figures] for g in groups] == [[1, 3]]
    assert group_figures(figs, topics={}) == []  # no topics: only figures of one article link
    two_sources = [fig(1, 300, source="المرصد"), fig(1, 400, source="قسد", start=9)]
    assert len(group_figures(two_sources, topics={})) == 1


def test_injected_normaliser_is_used_for_arabic_keys() -> None:
    strip_alef = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
    figs = [fig(1, 3, "أسير"), fig(2, 4, "اسير")]
    assert group_figures(figs) == []
    assert len(group_figures(figs, norm=lambda s: s.translate(strip_alef))) == 1


def test_groups_sorted_largest_first() -> None:
    figs = [fig(1, 1, "مدني"), fig(2, 2, "مدني"), fig(3, 3, "مقاتل"), fig(4, 4, "مقاتل"), fig(5, 5, "مقاتل")]
    groups = group_figures(figs)
    assert [len(g.figures) for g in groups] == [3, 2]


def test_counted_keys() -> None:
    assert arabic_counted_key("المقاتلين") == "مقاتل"
    assert arabic_counted_key("مقاتلا") == "مقاتل"
    assert arabic_counted_key("مقاتل") == "مقاتل"
    assert english_counted_key("Fighters") == "fighter"
    assert english_counted_key("civilian casualties") == "civilian casualty"
    assert english_counted_key("people") == "person"
    assert english_counted_key("bus") == "bus"
    assert counted_keys(None, "  ") == (None, None)


def test_is_reported_differently_needs_values_and_origins() -> None:
    assert not is_reported_differently([fig(1, 1)])
    assert is_reported_differently([fig(1, 1), fig(2, 2)])
    assert not is_reported_differently([fig(1, 1), fig(2, None, vague=True)])
