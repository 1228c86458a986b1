"""The facts document built by SQLite (sahifa.storage.facts_json) says what the Library's fact methods say.

A random library (figures with ranges, vague and REAL values, quotes covering figures, speakers linked
to entities that are then renamed, merged and deleted, dated and undated articles with equal titles) is
read both ways and compared field by field: the document is the Library's facts, reshaped (articles
listed once, groups pointing into the figures list).
"""

from __future__ import annotations

import dataclasses
import io
import json
import random
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis, EntityMention, NumberMention, Quote
from sahifa.services.notes_export import english_titles_for
from sahifa.storage.facts_json import FactsDocument
from sahifa.storage.library import Library, LibraryError

from .test_library import key, norm

SPEAKERS = ["المرصد السوري", "قوات سوريا الديمقراطية", "وزارة الدفاع", "مصدر محلي", "البنتاغون"]
PLACES = ["الباغوز", "دير الزور", "الرقة"]
COUNTED = [("مقاتل", "fighters"), ("مقاتلين", None), ("المقاتلين", "Fighters"), ("مدني", "civilians"),
           (None, "civilians"), ("شخص", "people"), ("أشخاص", "person"), ("  ", None), ("", "")]
VALUES: list[float | int | None] = [300, 2000, 300, 1 / 3, 2.5, 2_500_000.0, 1e21, 12, 0, None, 7]
KINDS = ["count", "count", "count", "money", "percent", "year"]


SOURCES = ["gazetteer", "transliteration", "name-index", ""]


def random_library(path: Path, seed: int, n_articles: int = 14) -> Library:
    rng = random.Random(seed)
    english = random.Random(-seed)  # the English (its own stream: the rest stays as it was)
    machine: list[tuple[int, int]] = []  # (article number, sentences) to translate after saving
    lib = Library(path, key_func=key, search_norm=norm)
    sentence = "قال المتحدث إن القوات تقدمت في المنطقة بعد معارك عنيفة مع التنظيم."
    for i in range(n_articles):
        raw = f"عنوان {i % 4}\n\n" + "\n".join(sentence for _ in range(6))
        art = build_article(f"/news/{i:02d}.txt", raw, sha1=f"sha{i}")
        how = english.choice(["none", "reference", "machine"])
        if how == "reference":  # the sample's kind: one English paragraph per paragraph
            reference = tuple(f" Title {i} \nsecond line" if p.index == 0 else f"Paragraph {p.index} of {i}."
                              for p in art.paragraphs)
            art = build_article(f"/news/{i:02d}.txt", raw, sha1=f"sha{i}", reference_en=reference)
        elif how == "machine":
            machine.append((i, len(art.sentences)))
        art = dataclasses.replace(
            art, title=f"عنوان {i % 4}", source=rng.choice([None, "عنب بلدي"]),
            published=rng.choice([None, "2019-03-01", "2019-03-02", f"2019-04-{i + 1:02d}"]),
        )
        text_len = len(art.text)
        entities = [EntityMention(p, "LOC", p, english.choice([f"{p} EN", ""]), 0, len(p),
                                  label_source=english.choice(SOURCES))
                    for p in rng.sample(PLACES, rng.randint(1, 3))]
        # and a place in every sentence, so that figures of one story share an entity around them
        place = PLACES[i % len(PLACES)]
        entities += [EntityMention(place, "LOC", place, "", s.start, s.start + len(place)) for s in art.sentences[1:]]
        quotes: list[Quote] = []
        for q in range(rng.randint(0, 4)):
            start = 10 + q * 80
            speaker = rng.choice(SPEAKERS)
            canonical = speaker if rng.random() < 0.7 else None
            if canonical:
                entities.append(EntityMention(speaker, "ORG", speaker, english.choice([f"{speaker} EN", speaker]),
                                              start, start + len(speaker), label_source=english.choice(SOURCES)))
            quotes.append(Quote(speaker, canonical, rng.choice(["قال", "أكد"]), f"نص {q}", rng.random() < 0.5,
                                start, min(start + 60, text_len)))
        numbers: list[NumberMention] = []
        for start in sorted(rng.sample(range(5, text_len - 5), rng.randint(0, 9))):
            value = rng.choice(VALUES)
            counted, counted_en = rng.choice(COUNTED)
            numbers.append(NumberMention(
                f"{value}", value, rng.choice(KINDS), rng.choice([None, None, "USD"]), start, start + 3,
                counted, counted_en, rng.choice([None, "approx", "range"]), value is None or rng.random() < 0.1,
                rng.choice([None, None, value, 5000]),
            ))
        lib.save_article(art, Analysis(tuple(entities), tuple(numbers), tuple(quotes)), folder="/news")
    ids = {a.path: a.id for a in lib.articles()}
    for i, n in machine:  # a stored machine translation, sentence by sentence
        lib.index_english(ids[f"/news/{i:02d}.txt"], [f"Machine {i}.{s}" for s in range(n)])
    # corrections: a speaker renamed, two merged, one deleted ("not an entity")
    lib.rename_entity(key("المرصد السوري"), canonical="المرصد السوري لحقوق الإنسان")
    lib.merge_entities(key("قوات سوريا الديمقراطية"), key("وزارة الدفاع"))
    lib.delete_entity(key("البنتاغون"))
    return lib


def document(lib: Library, keys: list[str], **kwargs: Any) -> dict[str, Any]:
    out = io.BytesIO()
    with FactsDocument(lib, keys, **kwargs) as doc:
        doc.write_json(out)
    parsed: dict[str, Any] = json.loads(out.getvalue().decode("utf-8"))
    return parsed


def expected(lib: Library, keys: list[str]) -> dict[str, Any]:
    """The document as the Library's own fact methods describe it; the English as the exports cite a
    title and the Quotes tab shows a quote (its English and its speaker's entity label)."""
    figures = lib.figures(entity_keys=keys)
    quotes = lib.quotes(entity_keys=keys)
    articles = lib.articles(entity_keys=keys)
    entities = lib.entities(entity_keys=keys)
    titles_en = english_titles_for(lib, [SimpleNamespace(article_id=a.id) for a in articles])
    labels = lib.entity_labels(list({*(e.key for e in entities), *(q.speaker_key for q in quotes if q.speaker_key),
                                     *(f.source_key for f in figures if f.source_key)}))

    def label(key: str | None) -> str | None:
        return (labels[key][0] or None) if key else None

    def source(key: str) -> str | None:
        return (labels[key][1] or None) if labels[key][0] else None
    position = {(f.article_id, f.start): i for i, f in enumerate(figures)}

    def row(obj: Any) -> dict[str, Any]:
        d = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        d.pop("article_title", None)
        d.pop("frame", None)  # what the grouping saw of its sentence, not a field of the document
        return d

    return {
        "filter": keys,
        "articles": [{"id": a.id, "title": a.title, "title_en": titles_en.get(a.id), "source": a.source,
                      "published": a.published, "path": a.path} for a in articles],
        "entities": [{**row(e), "label_source": source(e.key), "article_ids": list(e.article_ids),
                      "aliases": list(e.aliases)} for e in entities],
        "figures": [{**row(f), "source_en": label(f.source_key)} for f in figures],
        "figure_groups": [
            {"counted": g.counted, "counted_en": g.counted_en, "kind": g.kind, "unit": g.unit,
             "figures": [position[(f.article_id, f.start)] for f in g.figures], "shared": list(g.shared)}
            for g in lib.figure_groups(entity_keys=keys, figures=figures)
        ],
        "quotes": [{**row(q), "speaker_en": label(q.speaker_key), "quote_en": (en[0].strip() or None) if en else None}
                   for q, en in zip(quotes, lib.quotes_english(quotes), strict=True)],
    }


@pytest.fixture(params=[1, 2, 3, 4])
def lib(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    library = random_library(tmp_path / "library.db", request.param)
    yield library
    library.close()


def test_document_is_the_librarys_facts(lib: Library) -> None:
    doc = document(lib, [])
    want = expected(lib, [])
    assert doc == want
    assert doc["figures"] and doc["quotes"]
    # the English is there where the article has some (reference or machine), null elsewhere, never ""
    assert {a["title_en"] is None for a in doc["articles"]} == {True, False}
    assert {q["quote_en"] is None for q in doc["quotes"]} == {True, False}
    assert any(q["speaker_en"] for q in doc["quotes"]) and any(e["label_source"] for e in doc["entities"])
    english = ("title_en", "label_source", "speaker_en", "quote_en", "source_en")
    assert all(item.get(k) != "" for kind in doc.values() if isinstance(kind, list) for item in kind
               if isinstance(item, dict) for k in english)
    # the corrections reached the quotes' speakers (and so the figures' sources: compared above)
    linked = {q["speaker_key"]: q["speaker_display"] for q in doc["quotes"] if q["speaker_key"]}
    assert linked and linked.get(key("المرصد السوري"), "المرصد السوري لحقوق الإنسان") == "المرصد السوري لحقوق الإنسان"
    assert key("وزارة الدفاع") not in linked and key("البنتاغون") not in linked


def test_entity_filter(lib: Library) -> None:
    for place in PLACES:
        doc = document(lib, [key(place)])
        assert doc == expected(lib, [key(place)])
        ids = {a["id"] for a in doc["articles"]}
        entity = next(e for e in document(lib, [])["entities"] if e["key"] == key(place))
        assert ids == set(entity["article_ids"])
        assert all(f["article_id"] in ids for f in doc["figures"])
        assert all(q["article_id"] in ids for q in doc["quotes"])
    both = [key("الباغوز"), key("الرقة")]
    assert document(lib, both) == expected(lib, both)


def test_python_encoding_matches_sqlite_encoding(lib: Library) -> None:
    """Without SQLite's JSON functions the document is encoded by Python: the same document."""
    assert document(lib, [], sql_json=False) == document(lib, [], sql_json=True)


def test_groups_point_into_the_figures_list(tmp_path: Path) -> None:
    lib = random_library(tmp_path / "library.db", 7, n_articles=30)
    # the random library's figures are no one fact (a group needs one event told twice): two reports of
    # one bombing among them, filed under other titles so that their figures sit amid the others
    for n, (title, value) in enumerate((("عنوان 1", 27), ("عنوان 3", 30))):
        verb = "قالت" if n == 0 else "ذكرت"
        art = build_article(f"/news/bomb{n}.txt", f"{title}\n\n{verb} وزارة الداخلية إن انفجارا في بلدة سروج "
                                                   f"قرب الحدود أسفر عن مقتل {value} شخصا.")
        text = art.text
        mentions = tuple(EntityMention(name, etype, name, "", text.index(name), text.index(name) + len(name))
                         for name, etype in (("وزارة الداخلية", "ORG"), ("سروج", "LOC")))
        at = text.index(f"{value} شخصا")
        numbers = (NumberMention(str(value), value, "count", None, at, at + 2, "شخصا", "people"),)
        lib.save_article(art, Analysis(tuple(sorted(mentions, key=lambda m: m.start)), numbers, ()), folder="/news")
    doc = document(lib, [])
    assert doc["figure_groups"], "the library should have figures reported differently"
    for g in doc["figure_groups"]:
        members = [doc["figures"][i] for i in g["figures"]]
        assert len(members) >= 2 and {(f["kind"], f["unit"]) for f in members} == {(g["kind"], g["unit"])}
        assert len({(f["value"], f["value_max"]) for f in members if not f["vague"]}) >= 2
    lib.close()


def test_real_values_survive_exactly(tmp_path: Path) -> None:
    lib = Library(tmp_path / "library.db", key_func=key, search_norm=norm)
    art = build_article("/a.txt", "عنوان\n\nقال المتحدث إن ثلث مليون شخص نزحوا من المنطقة بعد المعارك.")
    values: list[float | int | None] = [1 / 3, 333333.3333333333, 2_500_000.0, 1e21, 0.1 + 0.2, -4.5, 7, 2**62, None]
    numbers = tuple(NumberMention("x", v, "count", None, i, i + 1, "شخص", None, value_max=v) for i, v in enumerate(values))
    lib.save_article(art, Analysis((), numbers, ()), folder="/")
    doc = document(lib, [])
    assert [f["value"] for f in doc["figures"]] == values
    assert [f["value_max"] for f in doc["figures"]] == values
    assert [type(f["value"]) for f in doc["figures"]] == [type(v) for v in values]
    assert doc == expected(lib, [])
    lib.close()


def test_empty_library_is_a_valid_document(tmp_path: Path) -> None:
    lib = Library(tmp_path / "library.db", key_func=key, search_norm=norm)
    assert document(lib, []) == {"filter": [], "articles": [], "entities": [], "figures": [],
                                 "figure_groups": [], "quotes": []}
    lib.close()


def test_two_documents_on_one_connection(lib: Library) -> None:
    """Each document has its own temporary table: closing one leaves the other working."""
    with FactsDocument(lib, []) as first:
        with FactsDocument(lib, []):
            pass
        assert len(list(first.quote_rows())) == len(lib.quotes())
    assert not lib.store.conn.in_transaction  # nothing left open that would block the next write
    lib.mark_read(1)


def test_sqlite_errors_become_library_errors(lib: Library) -> None:
    with FactsDocument(lib, []) as doc:
        lib.store.conn.execute("DROP TABLE quotes")
        with pytest.raises(LibraryError):
            doc.write_json(io.BytesIO())


def test_text_helpers(lib: Library) -> None:
    with FactsDocument(lib, []) as doc:
        assert doc.count("numbers") == len(lib.figures()) and doc.count("quotes") == len(lib.quotes())
        rows = list(doc.quote_rows(limit=3))
        assert [r[6] for r in rows] == [q.quote for q in lib.quotes()[:3]]
        groups = doc.figure_groups()
        assert [g for g, _ in groups] == expected(lib, [])["figure_groups"]
        titles = doc.titles([r[4] for _, rows in groups for r in rows])
        assert all(titles.values())
