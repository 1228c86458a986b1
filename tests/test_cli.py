"""The command line contract: `sahifa analyze --json`, `sahifa facts`, errors as sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SAHIFA_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "sahifa", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    home = tmp_path_factory.mktemp("home")
    result = run("analyze", str(SEEDS), "--json", home=home)
    assert result.returncode == 0, result.stderr
    return home, json.loads(result.stdout)


def test_version() -> None:
    out = subprocess.run([sys.executable, "-m", "sahifa", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("sahifa ")


def test_analyze_json_contract(analysed: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    _home, doc = analysed
    assert set(doc) >= {"articles", "errors"} and doc["errors"] == []
    articles = doc["articles"]
    assert len(articles) == 5
    titles = {a["title"] for a in articles}
    assert "أيام داعش الأخيرة في صور" in titles
    for a in articles:
        assert {"path", "title", "source", "published", "text", "entities", "numbers", "quotes"} <= set(a)
        text = a["text"]
        assert "Connect with us" not in text and "حجم الخط" not in text and "No stories found." not in text
        for e in a["entities"]:
            assert {"text", "type", "canonical", "label_en", "start", "end"} <= set(e)
            assert text[e["start"]:e["end"]] == e["text"]
            assert e["type"] in ("PERSON", "ORG", "LOC", "MISC")
            assert not e["text"].startswith(("بريف", "لقوات", "وقال"))
        for n in a["numbers"]:
            assert {"text", "value", "kind", "unit", "start", "end"} <= set(n)
            assert text[n["start"]:n["end"]] == n["text"]
        for q in a["quotes"]:
            assert {"speaker", "speaker_canonical", "cue", "quote", "direct", "start", "end"} <= set(q)
            assert text[q["start"]:q["end"]] == q["quote"]
    by_title = {a["title"]: a for a in articles}
    first = by_title["أيام داعش الأخيرة في صور"]
    values = {(n["text"], n["value"], n["kind"], n["unit"]) for n in first["numbers"]}
    assert ("200 مليون دولار", 200_000_000, "money", "USD") in values
    assert any(n["value"] == 300 and n["counted"] == "مدني" for n in first["numbers"])
    ents = {(e["text"], e["canonical"]) for e in first["entities"]}
    assert ("قسد", "قوات سوريا الديمقراطية") in ents
    assert any(q["speaker"] == "المرصد" and not q["direct"] for q in first["quotes"])


def test_facts_json_and_entity_filter(analysed: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    home, _doc = analysed
    result = run("facts", "--json", home=home)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    trump = next(e for e in facts["entities"] if e["label_en"] == "Donald Trump")
    assert trump["type"] == "PERSON" and trump["articles"] == 4 and len(trump["article_ids"]) == 4
    assert "ترامب" in trump["aliases"]
    assert facts["figures"] and facts["quotes"]
    assert any(len(g["figures"]) >= 2 for g in facts["figure_groups"])
    # any alias filters; AND with the English label of another entity
    sdf = run("facts", "--json", "--entity", "قسد", home=home)
    assert sdf.returncode == 0
    filtered = json.loads(sdf.stdout)
    assert filtered["filter"] and len(filtered["entities"]) <= len(facts["entities"])
    both = json.loads(run("facts", "--json", "--entity", "ترامب", "--entity", "Syrian Democratic Forces", home=home).stdout)
    assert all(q["article_id"] in set(trump["article_ids"]) for q in both["quotes"])
    missing = run("facts", "--entity", "لا يوجد هذا الكيان", home=home)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "no entity" in missing.stderr


def test_nonexistent_path_is_a_sentence(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "nope"), home=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
