"""Issue "Install and first run": `--entity` by part of a name, `sahifa export` saying where its file
went, and `sahifa analyze` reporting an article analysed partially as saved, not skipped.

The library is built through the Library API with hand-made analyses (the real normalisers wired in
by ``sahifa.services.library.open_library``), so the look-ups are tested on known entities; the CLI runs in
process against it (SAHIFA_HOME).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from sahifa.cli import main
from sahifa.core.articles import build_article
from sahifa.core.model import Analysis, Article, EntityMention, Note
from sahifa.services.library import open_library
from sahifa.storage.library import default_norm
from sahifa.storage.lookup import look_up

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_6b3e9877ce30b531.txt"

# (path, text, [(surface, canonical, type, English label)])
ARTICLES = [
    ("/news/obama.txt", "زيارة إلى القاهرة\nقال الرئيس الأمريكي باراك أوباما إن الزيارة مهمة.",
     [("القاهرة", "القاهرة", "LOC", "Cairo"), ("باراك أوباما", "باراك أوباما", "PERSON", "Barack Obama")]),
    ("/news/biden.txt", "تصريح جديد\nقال جو بايدن إن المرصد السوري لحقوق الإنسان أصدر تقريرا.",
     [("جو بايدن", "جو بايدن", "PERSON", "Joe Biden"),
      ("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights")]),
]
MICHELLE = ("/news/michelle.txt", "زيارة إلى لندن\nزارت ميشيل أوباما لندن أمس.",
            [("ميشيل أوباما", "ميشيل أوباما", "PERSON", "Michelle Obama"), ("لندن", "لندن", "LOC", "London")])


def _article(path: str, text: str, ents: list[tuple[str, str, str, str]]) -> tuple[Article, Analysis]:
    art = build_article(path, text, sha1=path)
    mentions = []
    for surface, canonical, etype, label in ents:
        start = text.index(surface)
        mentions.append(EntityMention(surface, etype, canonical, label, start, start + len(surface)))
    return art, Analysis(entities=tuple(mentions))


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SAHIFA_HOME", str(home))
    return home


def _fill(home: Path, *articles: tuple[str, str, list[tuple[str, str, str, str]]], notes: bool = False) -> None:
    with open_library(home / "library.db") as lib:
        for path, text, ents in articles:
            art, analysis = _article(path, text, ents)
            lib.save_article(art, analysis, folder="/news")
            if notes:  # a note on the sentence naming the person
                start = text.index("\n") + 1
                lib.add_note(Note(path, start, len(text), "yellow", f"note on {Path(path).stem}"))


def _key(home: Path, name: str) -> str:
    with open_library(home / "library.db") as lib:
        key = lib.resolve_entity(name)
    assert key is not None
    return key


# --- --entity: a name part, ambiguity, suggestions -------------------------------------------------


@pytest.mark.parametrize("name", ["Obama", "obama", "OBAMA", "Barack", "باراك", "بَاراك"])
def test_facts_entity_by_one_word_of_its_name(home: Path, name: str, capsysbinary: Any) -> None:
    _fill(home, *ARTICLES)
    assert main(["facts", "--entity", name, "--json"]) == 0
    captured = capsysbinary.readouterr()
    doc = json.loads(captured.out)
    assert captured.err.decode() == f"sahifa: {name!r} is taken as Barack Obama · باراك أوباما (PERSON, 1 article)\n"
    assert doc["filter"] == [_key(home, "Barack Obama")]
    assert [a["path"] for a in doc["articles"]] == ["/news/obama.txt"]


def test_arabic_name_part_is_folded(home: Path, capsysbinary: Any) -> None:
    """"الانسان" (bare alef) finds the canonical spelt "الإنسان"; a word of the English label too."""
    _fill(home, *ARTICLES)
    expected = _key(home, "المرصد السوري لحقوق الإنسان")
    for name in ("الانسان", "Observatory", "human rights"):
        assert main(["facts", "--entity", name, "--json"]) == 0, name
        assert json.loads(capsysbinary.readouterr().out)["filter"] == [expected], name


def test_ambiguous_name_part_lists_the_candidates(home: Path, capsys: Any) -> None:
    _fill(home, *ARTICLES, MICHELLE)
    assert main(["facts", "--entity", "Obama"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines[0] == "sahifa: 'Obama' could be 2 entities; give one of these names to --entity:"
    assert sorted(line.split(" · ")[0].strip() for line in lines[1:]) == ["Barack Obama", "Michelle Obama"]
    assert all("(PERSON, 1 article)" in line for line in lines[1:])
    assert main(["facts", "--entity", "Michelle Obama", "--json"]) == 0  # the full name still decides


def test_unknown_name_suggests_the_closest_in_both_scripts(home: Path, capsys: Any) -> None:
    _fill(home, *ARTICLES)
    assert main(["facts", "--entity", "Obamma"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sahifa: no entity called 'Obamma' in the library; did you mean: Barack Obama · ")
    assert err.count("\n") == 1 and "Biden" not in err
    assert main(["facts", "--entity", "بايدين"]) == 2  # Arabic misspelling → the Arabic name's entity
    err = capsys.readouterr().err
    assert "did you mean: Joe Biden · جو بايدن" in err and "Obama" not in err
    assert main(["facts", "--entity", "Zzyzx"]) == 2  # nothing close: the plain sentence
    assert capsys.readouterr().err == "sahifa: no entity called 'Zzyzx' in the library\n"


def test_export_entity_by_name_part(home: Path, capsysbinary: Any) -> None:
    _fill(home, *ARTICLES, notes=True)
    assert main(["export", "-f", "json", "--entity", "Obama"]) == 0
    notes = json.loads(capsysbinary.readouterr().out)
    assert [n["note"] for n in notes] == ["note on obama"]
    assert notes[0]["entities"] == ["Barack Obama · باراك أوباما"]


def test_export_ambiguous_and_unknown_entity(home: Path, capsys: Any) -> None:
    _fill(home, *ARTICLES, MICHELLE, notes=True)
    assert main(["export", "-f", "json", "--entity", "Michele Obama"]) == 2  # misspelt: a suggestion
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(
        "sahifa export: no entity called 'Michele Obama' in the library; did you mean: Michelle Obama · ")
    assert main(["export", "-f", "json", "--entity", "Obama"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("sahifa export: 'Obama' could be 2 entities")


def test_look_up_matches_whole_words_only() -> None:
    """"Bar" is not a word of "Barack Obama": no part match (a suggestion at most)."""
    rows = [_Row("k1", "باراك أوباما", "Barack Obama"), _Row("k2", "القاهرة", "Cairo")]
    assert look_up("Bar", rows, default_norm).matches == ()
    assert [r.key for r in look_up("obama", rows, default_norm).matches] == ["k1"]
    assert [r.key for r in look_up("Cairro", rows, default_norm).suggestions] == ["k2"]


def test_look_up_never_joins_two_names() -> None:
    """Consecutive words are looked for inside one name: "John Smith" is not label + alias."""
    rows = [_Row("k1", "سميث", "Smith", ("John",)), _Row("k2", "جون سميث", "John Smith")]
    assert [r.key for r in look_up("john smith", rows, default_norm).matches] == ["k2"]
    assert [r.key for r in look_up("smith john", rows, default_norm).matches] == []
    assert [r.key for r in look_up("smith", rows, default_norm).matches] == ["k1", "k2"]  # listed, in order
    # a normaliser that drops NUL still works (names are then folded one by one)
    drops_nul = lambda text: default_norm(text).replace("\x00", "")  # noqa: E731
    assert [r.key for r in look_up("john", rows, drops_nul).matches] == ["k1", "k2"]
    assert [r.key for r in look_up("smith john", rows, drops_nul).matches] == []


class _Row:
    def __init__(self, key: str, canonical: str, label_en: str, aliases: tuple[str, ...] = ()) -> None:
        self.key, self.canonical, self.label_en, self.aliases = key, canonical, label_en, aliases


# --- export with no notes ----------------------------------------------------------------------------


def test_empty_export_names_the_file_and_says_it_replaced_one(home: Path, tmp_path: Path, capsys: Any) -> None:
    _fill(home, *ARTICLES)
    out = tmp_path / "notes.csv"
    assert main(["export", "--out", str(out)]) == 0
    assert capsys.readouterr().err == (
        f"sahifa export: no notes to export; {out} holds an empty CSV export (0 notes).\n")
    out.write_text("id,passage\n1,an earlier export\n", encoding="utf-8")
    assert main(["export", "--out", str(out)]) == 0
    assert capsys.readouterr().err == (
        f"sahifa export: no notes to export; {out} holds an empty CSV export (0 notes); "
        "the earlier file of that name was replaced.\n")
    assert "an earlier export" not in out.read_text(encoding="utf-8-sig")


def test_export_over_an_existing_file_says_so(home: Path, tmp_path: Path, capsys: Any) -> None:
    _fill(home, *ARTICLES, notes=True)
    out = tmp_path / "notes.md"
    out.write_text("old", encoding="utf-8")
    assert main(["export", "--out", str(out)]) == 0
    assert capsys.readouterr().err == f"Exported 2 note(s) to {out}; the earlier file of that name was replaced\n"


# --- analyze: an article analysed partially is saved, and said so -----------------------------------


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "long.txt")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    return folder


def test_analyze_partial_is_a_warning_and_counted_as_analysed(home: Path, folder: Path, capsys: Any) -> None:
    # a tiny budget is spent by the entity stage of any article (see tests/test_ingest_hardening.py)
    assert main(["analyze", str(folder), "--article-seconds", "0.000001"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1] == "1 articles analysed, 1 skipped."
    err = captured.err.splitlines()
    assert f"skipped {folder / 'broken.txt'}: " in captured.err
    partial = [line for line in err if line.startswith("analysed partially (saved): ")]
    assert partial and partial[0].startswith(f"analysed partially (saved): {folder / 'long.txt'}: stopped after ")
    assert not any(line.startswith(f"skipped {folder / 'long.txt'}") for line in err)


def test_analyze_json_marks_partial(home: Path, folder: Path, capsys: Any) -> None:
    assert main(["analyze", str(folder), "--json", "--article-seconds", "0.000001"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [a["path"] for a in doc["articles"]] == [str(folder / "long.txt")]
    by_path = {e["path"]: e for e in doc["errors"]}
    assert by_path[str(folder / "long.txt")]["partial"] is True
    assert by_path[str(folder / "long.txt")]["error"].startswith("analysed partially: ")
    assert by_path[str(folder / "broken.txt")]["partial"] is False


def test_analyze_budget_from_the_environment(home: Path, folder: Path, capsys: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "broken.txt").unlink()
    monkeypatch.setenv("SAHIFA_ARTICLE_SECONDS", "0.000001")
    assert main(["analyze", str(folder)]) == 0
    assert "analysed partially (saved): " in capsys.readouterr().err
    assert main(["analyze", str(folder), "--article-seconds", "0"]) == 0  # 0: no limit, over the variable
    captured = capsys.readouterr()
    assert "analysed partially" not in captured.err
    assert captured.out.splitlines()[-1] == "1 articles analysed, 0 skipped."


@pytest.mark.parametrize("value", ["-1", "abc", "inf", "nan"])
def test_article_seconds_must_be_seconds(value: str, capsys: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x.txt", "--article-seconds", value])
    assert exc.value.code == 2
    assert "is not a number of seconds" in capsys.readouterr().err


def test_analyze_help_documents_partial(capsys: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    assert '"partial": true' in text and "--article-seconds" in text and "SAHIFA_ARTICLE_SECONDS" in text
