"""The number lexicon lives in resources/lexicon/numbers/*.tsv (read by numbers_lexicon.py), not in the engine.

These tests read the data files on their own (as a linguist editing them would) and check that the
engine uses exactly what they say, that every file documents its columns, and that a broken row is
reported with its file and line instead of being misread.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from sahifa.nlp import numbers_lexicon as lexicon
from sahifa.nlp.numbers import COUNTED_NOUNS, extract_numbers, normalize_word

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT / "resources" / "lexicon" / "numbers"


def _rows(name: str) -> list[list[str]]:
    text = (LEXICON / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_data_file_documents_its_columns_and_has_rows() -> None:
    files = sorted(LEXICON.glob("*.tsv"))
    assert len(files) >= 10
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:6]
        assert head[0].startswith("#"), path.name
        assert any("columns:" in line for line in head), f"{path.name}: header must say what the columns are"
        assert _rows(path.name), path.name


def test_data_files_are_found_through_the_package_resources() -> None:
    # the installed package reads them this way (pyproject ships sahifa.resources' **/*)
    packaged = resources.files("sahifa.resources").joinpath("lexicon", "numbers")
    assert sorted(p.name for p in packaged.iterdir() if p.name.endswith(".tsv")) == \
        sorted(p.name for p in LEXICON.glob("*.tsv"))


def test_counted_nouns_come_from_the_data_file() -> None:
    rows = _rows("counted_nouns.tsv")
    assert len(rows) > 200
    expected: dict[str, str] = {}
    for singular, plurals, duals, english in rows:
        forms = [w for cell in (singular, plurals, duals) if cell != "-" for w in cell.split()]
        for form in forms:
            expected.setdefault(normalize_word(form).removeprefix("ال"), english)  # the first line wins
    for key, english in expected.items():
        assert COUNTED_NOUNS[key] == english, key
    assert extract_numbers("قتل 12 مدنيا")[0].counted_en == expected[normalize_word("مدني")]


def test_units_and_currency_adjectives_come_from_the_data_files() -> None:
    for kind, unit, singulars, plurals, duals in _rows("units.tsv"):
        for word in f"{singulars} {plurals} {duals}".split():
            if word != "-":
                assert lexicon._UNITS[normalize_word(word)] == (kind, unit)
    for code, adjectives in _rows("currency_adjectives.tsv"):
        for word in adjectives.split():
            assert lexicon._CURRENCY_ADJ[normalize_word(word)] == code


def test_word_classes_file_feeds_the_grammar() -> None:
    rows = _rows("word_classes.tsv")
    assert {cls for _word, cls in rows} == set(lexicon._WORD_CLASS_NAMES)
    for word, cls in rows:
        assert normalize_word(word) in lexicon._CLASS[cls]
    assert normalize_word("لست") in lexicon._NEVER_NUMBERS
    assert extract_numbers("لست أدري") == []


def test_a_broken_row_names_its_file_and_line() -> None:
    text = "# columns: a\tb\nواحد\t1\nاثنان 2\n"
    with pytest.raises(ValueError, match=r"cardinals.tsv, line 3: expected 2 tab-separated columns, found 1"):
        lexicon._parse_rows(text, "cardinals.tsv", 2)


def test_value_cells_accept_integers_decimals_and_fractions() -> None:
    assert lexicon._lexicon_number("1000") == 1000 and isinstance(lexicon._lexicon_number("1000"), int)
    assert lexicon._lexicon_number("0.5") == 0.5
    assert lexicon._lexicon_number("1/3") == 1 / 3
    assert extract_numbers("ثلث مليون")[0].value == 333333.333333


def test_the_grammars_named_word_classes_are_the_data_files() -> None:
    """The small word sets the grammar names (once written in the code) are read from word_classes.tsv."""
    named = {"bare_ordinal_skip": lexicon._BARE_ORDINAL_SKIP, "not_after_bare_ordinal": lexicon._NOT_AFTER_BARE_ORDINAL,
             "year_noun": lexicon._YEAR_NOUNS, "unit_abbreviation": lexicon._ABBREVIATIONS,
             "daytime": lexicon._DAYTIME, "kunya": lexicon._KUNYA}
    rows = _rows("word_classes.tsv")
    for cls, members in named.items():
        assert members == {normalize_word(word) for word, c in rows if c == cls}, cls
    assert extract_numbers("أول أمس") == []                                  # not_after_bare_ordinal
    assert [m.kind for m in extract_numbers("عام 1534")] == ["year"]         # year_noun
