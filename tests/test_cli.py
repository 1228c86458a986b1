"""The command line contract: `sahifa analyze --json`, `sahifa facts`, errors as sentences."""

from __future__ import annotations

import json
import os
import re
import shutil
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
    news = tmp_path_factory.mktemp("news")  # the user's own folder: the bundled one goes to the sample library
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, news / seed.name)
    result = run("analyze", str(news), "--json", home=home)
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


ARTICLE_FIELDS = {"id", "title", "title_en", "source", "published", "path"}
FIGURE_FIELDS = {"article_id", "sentence_index", "text", "value", "value_max", "kind", "unit", "counted",
                 "counted_en", "qualifier", "vague", "start", "end", "source", "source_en", "source_key"}
QUOTE_FIELDS = {"article_id", "sentence_index", "speaker", "speaker_en", "speaker_key", "speaker_display", "cue",
                "quote", "quote_en", "direct", "start", "end"}
GROUP_FIELDS = {"counted", "counted_en", "kind", "unit", "figures", "shared"}
LABEL_SOURCES = {"gazetteer", "geonames", "name-index", "glossary", "projection", "original", "transliteration",
                 "user"}


def test_facts_json_and_entity_filter(analysed: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    home, analysis = analysed
    result = run("facts", "--json", home=home)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert list(facts) == ["filter", "articles", "entities", "figures", "figure_groups", "quotes"]
    # articles are listed once; everything else refers to them by id
    articles = {a["id"]: a for a in facts["articles"]}
    assert len(articles) == 5 and all(set(a) == ARTICLE_FIELDS for a in articles.values())
    analysed_by_path = {a["path"]: a for a in analysis["articles"]}
    assert {a["path"] for a in articles.values()} == set(analysed_by_path)

    trump = next(e for e in facts["entities"] if e["label_en"] == "Donald Trump")
    assert trump["type"] == "PERSON" and trump["articles"] == 4 and len(trump["article_ids"]) == 4
    assert set(trump["article_ids"]) <= set(articles) and trump["mentions"] >= 4
    assert "ترامب" in trump["aliases"]

    figures = facts["figures"]
    assert figures and all(set(f) == FIGURE_FIELDS for f in figures)
    for f in figures:  # each figure is where it says, in the sentence it says
        article = analysed_by_path[articles[f["article_id"]]["path"]]
        assert article["text"][f["start"]:f["end"]] == f["text"]
        sentence = article["sentences"][f["sentence_index"]]
        assert sentence["start"] <= f["start"] < sentence["end"]
    first_id = next(i for i, a in articles.items() if a["title"] == "أيام داعش الأخيرة في صور")
    assert any(f["article_id"] == first_id and f["value"] == 300 and f["counted"] == "مدني" for f in figures)
    assert any(f["source"] for f in figures)  # attributed figures carry their source

    # the sample's "100, 300, 400, 1,200 and 2,000 people" of one story are different events (issue #14):
    # no group (the grouping of one event is tested in test_facts_groups_one_event_reported_differently)
    assert facts["figure_groups"] == []

    quotes = facts["quotes"]
    assert quotes and all(set(q) == QUOTE_FIELDS and q["article_id"] in articles for q in quotes)
    assert any(q["speaker"] == "المرصد" and not q["direct"] for q in quotes)

    from sahifa.cli import FACTS_JSON_HELP  # `sahifa facts --help` documents every list and field

    documented = set(re.findall(r"\w+", FACTS_JSON_HELP))
    fields = (set(facts) | ARTICLE_FIELDS | FIGURE_FIELDS | QUOTE_FIELDS | set(facts["entities"][0])
              | GROUP_FIELDS)
    assert fields <= documented, fields - documented

    # any alias filters; AND with the English label of another entity
    sdf = run("facts", "--json", "--entity", "قسد", home=home)
    assert sdf.returncode == 0
    filtered = json.loads(sdf.stdout)
    sdf_entity = next(e for e in facts["entities"] if e["key"] == filtered["filter"][0])
    assert {a["id"] for a in filtered["articles"]} == set(sdf_entity["article_ids"])
    assert len(filtered["entities"]) <= len(facts["entities"])
    both = json.loads(run("facts", "--json", "--entity", "ترامب", "--entity", "Syrian Democratic Forces", home=home).stdout)
    both_ids = {a["id"] for a in both["articles"]}
    assert both_ids == set(trump["article_ids"]) & set(sdf_entity["article_ids"])
    assert all(q["article_id"] in both_ids for q in both["quotes"])
    assert all(f["article_id"] in both_ids for f in both["figures"])
    missing = run("facts", "--entity", "لا يوجد هذا الكيان", home=home)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "no entity" in missing.stderr


def test_facts_json_carries_the_english(analysed: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    """The sample has reference translations: every article has its English title, every quote its
    English, every quote by a known entity its speaker's English name; labels say where they come from."""
    home, _analysis = analysed
    facts = json.loads(run("facts", "--json", home=home).stdout)
    titles = {a["title"]: a["title_en"] for a in facts["articles"]}
    assert all(titles.values()), titles
    assert titles["أيام داعش الأخيرة في صور"] == "ISIS's last days in pictures"
    quotes = facts["quotes"]
    assert quotes and all(q["quote_en"] for q in quotes)
    linked = [q for q in quotes if q["speaker_key"]]
    assert linked and all(q["speaker_en"] for q in linked)
    # no guess for an unknown speaker; one named by its role is described, as the Quotes tab shows it
    unlinked = {q["speaker"]: q["speaker_en"] for q in quotes if not q["speaker_key"]}
    assert unlinked["مصادر مطلعة"] == "informed sources" and unlinked["مصدر عسكري"] == "a military source"
    assert unlinked["قيادي ميداني"] is None and unlinked["مقاتل"] is None
    from sahifa.services.facts import role_english
    assert unlinked == {s: role_english([s]).get(s) for s in unlinked}
    sources = {f["source"]: f["source_en"] for f in facts["figures"] if f["source"] and not f["source_key"]}
    assert sources["مسؤول عسكري أمريكي"] == "an American military official"
    observatory = next(q for q in quotes if q["speaker"] == "المرصد السوري لحقوق الإنسان")
    assert observatory["speaker_en"] == "Syrian Observatory for Human Rights"
    assert "Syrian Observatory" in observatory["quote_en"]
    entities = facts["entities"]
    assert all(e["label_source"] in LABEL_SOURCES for e in entities if e["label_en"])
    assert {"gazetteer", "transliteration"} <= {e["label_source"] for e in entities}
    labels = {e["key"]: e["label_en"] for e in entities}
    sourced = [f for f in facts["figures"] if f["source_key"]]
    assert sourced and all(f["source_en"] == labels[f["source_key"]] for f in sourced)
    assert all(f["source_en"] is None for f in facts["figures"] if not f["source_key"] and not f["source"])
    assert all(f["source_en"] == unlinked.get(f["source"], role_english([f["source"]]).get(f["source"]))
               for f in facts["figures"] if f["source"] and not f["source_key"])  # a role, as its quote's speaker
    for item in (*facts["articles"], *entities, *facts["figures"], *quotes):  # null, never an empty string
        assert "" not in {item.get(k) for k in ("title_en", "label_source", "speaker_en", "quote_en", "source_en")}


def test_facts_json_without_a_translation_says_null(tmp_path: Path) -> None:
    """An article with neither a reference nor a machine translation: no English title or quote (null),
    while its speakers keep their entities' English names."""
    news = tmp_path / "news"
    news.mkdir()
    seed = next(p for p in sorted(SEEDS.glob("*.txt")) if not p.name.endswith(".en.txt"))
    shutil.copy(seed, news / seed.name)  # without its .en.txt
    assert run("analyze", str(news), home=tmp_path / "home").returncode == 0
    facts = json.loads(run("facts", "--json", home=tmp_path / "home").stdout)
    assert [a["title_en"] for a in facts["articles"]] == [None]
    assert facts["quotes"] and all(q["quote_en"] is None for q in facts["quotes"])
    assert any(q["speaker_en"] for q in facts["quotes"] if q["speaker_key"])


def test_facts_text_summary(analysed: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    home, _doc = analysed
    result = run("facts", home=home)
    assert result.returncode == 0, result.stderr
    facts = json.loads(run("facts", "--json", home=home).stdout)
    out = result.stdout
    assert f"Entities ({len(facts['entities'])})" in out and "Donald Trump · دونالد ترامب" in out
    assert f"Figures ({len(facts['figures'])})" in out and f"Quotes ({len(facts['quotes'])})" in out
    assert "Reported differently" not in out  # the sample has none (see test_facts_json_and_entity_filter)


# Two written reports of one bombing that disagree on the toll (analysed by the real engine).
BOMBING = {
    "a.txt": "انفجار في سروج\n\nقالت وزارة الداخلية التركية إن انفجارا في بلدة سروج التركية قرب الحدود مع "
             "سوريا أسفر عن مقتل 27 شخصا وإصابة العشرات.\n",
    "b.txt": "تفجير سروج\n\nذكرت وزارة الداخلية التركية أن انفجارا في بلدة سروج التركية قرب الحدود مع "
             "سوريا أسفر عن مقتل 30 شخصا وإصابة العشرات.\n",
}


def test_facts_groups_one_event_reported_differently(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in BOMBING.items():
        (news / name).write_text(text, encoding="utf-8")
    assert run("analyze", str(news), home=tmp_path / "home").returncode == 0
    facts = json.loads(run("facts", "--json", home=tmp_path / "home").stdout)
    (group,) = facts["figure_groups"]
    assert set(group) == GROUP_FIELDS
    assert sorted(facts["figures"][i]["value"] for i in group["figures"]) == [27, 30]
    assert "سروج" in " ".join(group["shared"])  # what linked them: the place, and words around the toll
    out = run("facts", home=tmp_path / "home").stdout
    assert "Reported differently" in out and f"  {group['counted_en'] or group['counted']}: " in out


def test_facts_on_an_empty_library(tmp_path: Path) -> None:
    result = run("facts", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"filter": [], "articles": [], "entities": [], "figures": [],
                                         "figure_groups": [], "quotes": []}


def test_facts_imports_no_pipeline(analysed: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    """`sahifa facts` reads the library: no ingest pipeline, extractors, sqlite-utils or pandas."""
    home, _doc = analysed
    code = (
        "import sys, io, contextlib\n"
        "from sahifa.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['facts', '--json']) == 0 and main(['facts']) == 0\n"
        "heavy = ('sahifa.services.ingest', 'sahifa.services.ingest_workers', 'sahifa.nlp.pipeline', 'sahifa.nlp.numbers', 'sahifa.nlp.quotes',\n"
        "         'sqlite_utils', 'pandas', 'numpy', 'PySide6')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    env = dict(os.environ, SAHIFA_HOME=str(home))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_facts_opens_the_library_like_ingest(sahifa_home: Path) -> None:
    from sahifa.services.library import open_library, open_library_for_reading

    light, full = open_library_for_reading(), open_library()
    assert light.path == full.path == sahifa_home / "library.db"
    assert light.key_func is full.key_func and light.search_norm is full.search_norm
    assert light.read_only == full.read_only
    light.close()
    full.close()


def test_nonexistent_path_is_a_sentence(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "nope"), home=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr


def _canonical(stdout: str) -> str:
    return json.dumps(json.loads(stdout), ensure_ascii=False, indent=1) + "\n"


def test_analyze_json_is_streamed_in_the_canonical_layout(tmp_path: Path) -> None:
    """analyze writes each batch as it is saved; the bytes equal json.dumps(document, indent=1)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("0*.txt"))[:4]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    result = run("analyze", str(folder), "--json", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["articles"]) >= 2 and [e["path"] for e in doc["errors"]] == [str(folder / "broken.txt")]
    assert result.stdout == _canonical(result.stdout)

    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("analyze", str(empty), "--json", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"articles": [], "errors": []}
    assert result.stdout == _canonical(result.stdout)


def test_analyze_text_lists_each_article(tmp_path: Path) -> None:
    result = run("analyze", str(SEEDS), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 6 and all(" entities, " in line for line in lines[:5])
    assert lines[-1] == "5 articles analysed, 0 skipped."


def test_facts_json_answers_from_the_cache_analyze_built(tmp_path: Path) -> None:
    """`sahifa analyze` leaves a current facts cache; `facts --json` serves it byte for byte what a
    build gives, and a changed library is never answered from the old cache."""
    home = tmp_path / "home"
    folder = tmp_path / "news"
    folder.mkdir()
    seeds = sorted(p for p in SEEDS.glob("*.txt") if not p.name.endswith(".en.txt"))
    for seed in seeds[:3]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    assert run("analyze", str(folder), home=home).returncode == 0
    cached = list((home / "cache" / "facts").glob("*.json"))
    assert len(cached) == 1
    served = run("facts", "--json", home=home)
    assert served.returncode == 0, served.stderr
    cached[0].unlink()
    built = run("facts", "--json", home=home)  # a miss: built, printed, cached again
    assert built.returncode == 0, built.stderr
    assert built.stdout == served.stdout and json.loads(built.stdout)["articles"]
    assert cached[0].exists()
    # another article analysed: the next answer has it (the old cache is not served)
    extra = seeds[3]
    (folder / extra.name).write_bytes(extra.read_bytes())
    assert run("analyze", str(folder / extra.name), home=home).returncode == 0
    after = json.loads(run("facts", "--json", home=home).stdout)
    assert len(after["articles"]) == 4
    cached[0].write_bytes(cached[0].read_bytes()[:-10])  # a damaged cache is rebuilt, not served
    again = run("facts", "--json", home=home)
    assert again.returncode == 0 and json.loads(again.stdout) == after
