"""Label cost, round 2 (issue #13): what the resolver builds once per process, and the cheap checks it
asks before a costlier one. Output does not change (benchmarks/label_identity.py); these tests hold the
sharing and the checks' soundness. Names are from training examples or invented."""

from __future__ import annotations

from itertools import product

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import LabelResolver
from sahifa.nlp.labels_chinese import chinese_name, may_be_chinese
from sahifa.nlp.labels_shared import SHARED

from .test_labels import needs_index


def test_two_default_resolvers_share_the_packaged_tables() -> None:
    """The pipeline's resolver and labels.resolver() (both on the packaged tables) read them once."""
    a = LabelResolver(fallback=_label_for)
    b = LabelResolver()
    assert a.resolve("الرياض", "LOC").text == b.resolve("الرياض", "LOC").text == "Riyadh"
    assert a.geonames and a.geonames is b.geonames
    assert a.glossary is not None and a.glossary is b.glossary
    assert a.world is b.world and a.gulf is b.gulf and a.index is b.index
    assert a._cache is not b._cache and a._unit_memo is not b._unit_memo  # memos stay per resolver


def test_a_resolver_on_its_own_tables_reads_them(tmp_path) -> None:
    """A names directory given explicitly (tests, a damaged copy) is read by its own resolver."""
    import shutil

    from sahifa.nlp.labels_sources import _default_names_dir

    names = tmp_path / "names"
    shutil.copytree(_default_names_dir(), names)
    own = LabelResolver(names)
    default = LabelResolver()
    assert own.resolve("الرياض", "LOC").text == default.resolve("الرياض", "LOC").text
    assert own.geonames is not default.geonames


def test_country_short_forms_built_once_per_glossary() -> None:
    a, b = LabelResolver(), LabelResolver(fallback=_label_for)
    assert a.resolve("مالي", "LOC").text == "Mali"
    assert b.resolve("المالديف", "LOC").text == "Maldives"
    assert a._short_countries is b._short_countries is SHARED.short_countries(a.glossary)
    assert "مالي" in a._short_countries


def test_the_chinese_check_never_turns_a_chinese_reading_away() -> None:
    """may_be_chinese is False only where chinese_name is None: every two- and three-word combination of
    Arabic syllable spellings and Arab and Western name words."""
    words = ["هو", "جين", "تاو", "جيانغ", "تسه", "مين", "تشي", "بينغ", "وين", "جيا", "باو", "لي", "كيم", "بان",
             "كي", "مون", "محمد", "علي", "جون", "كيري", "آن", "أو", "كزياو", "تشوان", "قاسم", "شينغ", "يانغ"]
    names = [" ".join(p) for n in (1, 2, 3, 4) for p in product(words[:14] if n == 4 else words, repeat=n)]
    read = [n for n in names if chinese_name(n) is not None]
    assert len(read) > 100  # the check is exercised on real readings
    assert all(may_be_chinese(n) for n in read)
    assert not may_be_chinese("محمد بن سلمان") and not may_be_chinese("عبدالله التركي")


@needs_index
def test_memoised_checks_answer_as_the_first_time() -> None:
    res = LabelResolver(fallback=_label_for)
    res.resolve("محمد العنزي", "PERSON")
    for unit in ("محمد", "سلمان", "روبرت", "جولي", "شفاينشتايجر"):
        first = res._arab_given(unit)
        assert first == res._arab_given_uncached(unit) == res._arab_given(unit)
    assert res._arab_given("محمد") and not res._arab_given("شفاينشتايجر")
    for english in ("Robert", "Liam", "Mohammed", "Zuhair"):
        sound = res._sound_index()
        assert sound is not None
        assert res._western_word(english) == sound.has_name(english) == res._western_word(english)
    assert res._western_word("Robert")


def test_a_table_switched_off_in_one_resolver_stays_in_the_next() -> None:
    """What is shared is what the first resolver read, not the resolver: a test or a caller that switches
    a table off in its own resolver leaves the next one whole."""
    from sahifa.nlp import labels_shared

    labels_shared.SHARED.clear()
    first = LabelResolver()
    first.resolve("الرياض", "LOC")
    kept = first.glossary
    first.glossary = None
    second = LabelResolver()
    second.resolve("جدة", "LOC")
    assert kept is not None and second.glossary is kept


def test_clearing_the_shared_tables_makes_the_next_resolver_read_its_own() -> None:
    """SHARED.clear() (the speed benchmark's cold runs): the next resolver reads the tables anew, and the
    one after it shares what that one read; the short forms of countries are built anew too."""
    first = LabelResolver()
    first.resolve("الرياض", "LOC")
    short = SHARED.short_countries(first.glossary)
    SHARED.clear()
    second, third = LabelResolver(), LabelResolver()
    second.resolve("جدة", "LOC")
    third.resolve("الدمام", "LOC")
    assert second.glossary is not None and second.glossary is not first.glossary
    assert third.glossary is second.glossary
    assert SHARED.short_countries(first.glossary) is not short
