"""Tests of the extraction scorer (sahifa.core.scoring) and of the gold annotation files."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest

from sahifa.core.articles import load_article
from sahifa.core.model import ENTITY_TYPES, NUMBER_KINDS
from sahifa.core.scoring import normalize, score, score_many, speakers_match, token_f1
from tests.helpers import realnews

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIRS = {
    ROOT / "tests" / "data" / "gold": ROOT / "seeds",
    ROOT / "tests" / "data" / "gold" / "unseen": ROOT / "tests" / "data" / "unseen",
    ROOT / "tests" / "data" / "gold" / "heldout2": ROOT / "tests" / "data" / "heldout2",
    ROOT / "tests" / "data" / "gold" / "dev": ROOT / "tests" / "data" / "dev",
    ROOT / "tests" / "data" / "gold" / "dev2": ROOT / "tests" / "data" / "dev2",
    # real news: gold in the repository, articles read from ../shared (never copied here)
    realnews.REAL_GOLD / "train": realnews.corpus_dir(),
    realnews.REAL_GOLD / "tune": realnews.corpus_dir(),
    realnews.REAL_GOLD / "heldout": realnews.corpus_dir(),
    realnews.REAL_GOLD / "fresh": realnews.corpus_dir(),
    realnews.REAL_GOLD / "fresh2": realnews.corpus_dir(),
}
GOLD_FILES = sorted(p for d in GOLD_DIRS for p in d.glob("*.json"))
REAL_GOLD_DIRS = tuple(realnews.REAL_GOLD / part for part in realnews.PARTS)


def _needs_corpus(gold_path: Path) -> None:
    """Real-news gold needs ../shared; CI always has it (a missing corpus there is a failure)."""
    if gold_path.parent in REAL_GOLD_DIRS and not realnews.corpus_available():
        if os.environ.get("CI"):
            pytest.fail(f"the real-news corpus is missing: {realnews.corpus_dir()}")
        pytest.skip(f"the real-news corpus is not beside this checkout ({realnews.corpus_dir()})")


def ent(text, typ="LOC", **kw):
    return {"text": text, "type": typ, "canonical": text, "label_en": "", **kw}


def num(text, value, kind="count", **kw):
    base = {"text": text, "value": value, "kind": kind, "unit": None, "counted": None,
            "qualifier": None, "value_max": None, "vague": value is None}
    return {**base, **kw}


def quote(speaker, q, direct=False, canonical=None, **kw):
    return {"speaker": speaker, "speaker_canonical": canonical, "cue": "قال", "quote": q,
            "direct": direct, **kw}


def counts(result, cat):
    return result[cat]["tp"], result[cat]["fp"], result[cat]["fn"]


# --- normalisation -----------------------------------------------------------------------------

def test_normalize_folds_arabic_variants_and_punctuation():
    assert normalize("إدلِب") == normalize("ادلب")
    assert normalize("مكتبةٌ") == "مكتبه"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("“داعش”") == "داعش"
    assert normalize("الـقـاهرة") == "القاهره"
    assert normalize("٤٥٠") == "450"
    assert normalize("  قوات   سوريا\nالديمقراطية ") == "قوات سوريا الديمقراطيه"
    assert normalize(None) == ""


def test_token_f1():
    assert token_f1("a b c d", "a b c d") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert token_f1("a b", "c d") == 0.0
    assert token_f1("", "a") == 0.0


# --- entities ----------------------------------------------------------------------------------

GOLD_E = {"entities": [ent("سوريا"), ent("داعش", "ORG", alt=["تنظيم داعش"]), ent("سوريا")]}


def test_entities_perfect():
    r = score({"entities": [ent("سوريا"), ent("داعش", "ORG"), ent("سوريا")]}, GOLD_E)
    assert counts(r, "entities") == (3, 0, 0)
    assert r["entities"]["precision"] == r["entities"]["recall"] == r["entities"]["f1"] == 1.0


def test_entities_missing_and_extra():
    r = score({"entities": [ent("سوريا"), ent("العراق")]}, GOLD_E)
    assert counts(r, "entities") == (1, 1, 2)
    assert r["entities"]["precision"] == 0.5
    assert r["entities"]["recall"] == pytest.approx(1 / 3)


def test_entities_occurrences_are_counted():
    # three predicted occurrences of a surface that occurs twice in gold: one false positive
    r = score({"entities": [ent("سوريا"), ent("سوريا"), ent("سوريا"), ent("داعش", "ORG")]}, GOLD_E)
    assert counts(r, "entities") == (3, 1, 0)


def test_entities_type_must_match():
    r = score({"entities": [ent("داعش", "LOC")]}, {"entities": [ent("داعش", "ORG")]})
    assert counts(r, "entities") == (0, 1, 1)


def test_entities_alt_surface_and_normalisation():
    r = score({"entities": [ent("سوريا"), ent("تنظيم داعش", "ORG"), ent("سوريا")]}, GOLD_E)
    assert counts(r, "entities") == (3, 0, 0)
    r = score({"entities": [ent("إدلب")]}, {"entities": [ent("ادلب")]})
    assert counts(r, "entities") == (1, 0, 0)
    # a surface that is neither the gold text nor an alt does not match
    r = score({"entities": [ent("تنظيم داعش الإرهابي", "ORG")]}, {"entities": [ent("داعش", "ORG")]})
    assert counts(r, "entities") == (0, 1, 1)


def test_optional_gold_items_are_neutral():
    gold = {"entities": [ent("سوريا"), ent("المرصد", "ORG", optional=True)]}
    # optional item not predicted: no false negative
    assert counts(score({"entities": [ent("سوريا")]}, gold), "entities") == (1, 0, 0)
    # optional item predicted: neither tp nor fp
    r = score({"entities": [ent("سوريا"), ent("المرصد", "ORG")]}, gold)
    assert counts(r, "entities") == (1, 0, 0)
    # a second prediction of the same optional surface is a false positive
    r = score({"entities": [ent("سوريا"), ent("المرصد", "ORG"), ent("المرصد", "ORG")]}, gold)
    assert counts(r, "entities") == (1, 1, 0)


# --- numbers -----------------------------------------------------------------------------------

def test_numbers_value_match_int_float_and_kind_rules():
    gold = {"numbers": [num("3 كيلومتر", 3, "distance", unit="km"), num("عام 2014", 2014, "year"),
                        num("200 مليون دولار", 200000000, "money")]}
    pred = {"numbers": [num("3", 3.0, "count"), num("2014", 2014, "year"), num("200 مليون", 2e8, "money")]}
    assert counts(score(pred, gold), "numbers") == (3, 0, 0)
    # a year predicted as a plain count does not match
    pred = {"numbers": [num("3", 3), num("2014", 2014, "count"), num("200 مليون", 2e8, "money")]}
    assert counts(score(pred, gold), "numbers") == (2, 1, 1)
    # wrong value
    pred = {"numbers": [num("3", 3), num("2014", 2014, "year"), num("200", 200, "money")]}
    assert counts(score(pred, gold), "numbers") == (2, 1, 1)


def test_numbers_vague():
    gold = {"numbers": [num("مئات", None, counted="المدنيين"), num("عشرات", None)]}
    pred = {"numbers": [num("مئات المدنيين", None), num("عشرات", None)]}
    assert counts(score(pred, gold), "numbers") == (2, 0, 0)
    # null vs a value never matches; null with a different surface never matches
    pred = {"numbers": [num("مئات", 100), num("آلاف", None)]}
    assert counts(score(pred, gold), "numbers") == (0, 2, 2)


def test_numbers_optional_and_duplicates():
    gold = {"numbers": [num("300", 300), num("300", 300), num("أسبوعين", 2, "duration", optional=True)]}
    pred = {"numbers": [num("300", 300), num("أسبوعين", 2, "duration")]}
    assert counts(score(pred, gold), "numbers") == (1, 0, 1)


# --- quotes ------------------------------------------------------------------------------------

GOLD_Q = {"quotes": [
    quote("مصطفى بالي", "تقدمت قواتنا اليوم وسيطرت على نقاط عدة", True, "مصطفى بالي"),
    quote("المرصد", "المفاوضات لم تسفر عن أي نتائج حتى اللحظة", False, "المرصد السوري لحقوق الإنسان"),
]}


def test_quotes_perfect_and_speaker_containment():
    pred = {"quotes": [
        quote("مدير المركز الإعلامي مصطفى بالي", "تقدمت قواتنا اليوم وسيطرت على نقاط عدة", True),
        quote("المرصد السوري", "إن المفاوضات لم تسفر عن أي نتائج حتى اللحظة", False,
              "المرصد السوري لحقوق الإنسان"),
    ]}
    assert counts(score(pred, GOLD_Q), "quotes") == (2, 0, 0)


def test_quotes_overlap_threshold():
    # 4 of 7 gold tokens: recall 4/7, precision 1 → F1 ≈ 0.73 ≥ 0.5
    pred = {"quotes": [quote("مصطفى بالي", "تقدمت قواتنا اليوم وسيطرت")]}
    assert counts(score(pred, GOLD_Q), "quotes") == (1, 0, 1)
    # 1 of 7 gold tokens: F1 = 0.25 < 0.5
    pred = {"quotes": [quote("مصطفى بالي", "تقدمت")]}
    assert counts(score(pred, GOLD_Q), "quotes") == (0, 1, 2)
    # half the predicted tokens are noise and only 2 of 7 gold tokens are found: F1 ≈ 0.36
    pred = {"quotes": [quote("مصطفى بالي", "تقدمت قواتنا في الشمال أمس")]}
    assert counts(score(pred, GOLD_Q), "quotes") == (0, 1, 2)


def test_quotes_speaker_must_match():
    pred = {"quotes": [quote("شون راين", "تقدمت قواتنا اليوم وسيطرت على نقاط عدة", True)]}
    assert counts(score(pred, GOLD_Q), "quotes") == (0, 1, 2)
    pred = {"quotes": [quote("", "تقدمت قواتنا اليوم وسيطرت على نقاط عدة", True)]}
    assert counts(score(pred, GOLD_Q), "quotes") == (0, 1, 2)
    # definite article ignored for containment: "المراسل" ~ "مراسل شبكة آسو"
    assert speakers_match({"speaker": "مراسل شبكة آسو"}, {"speaker": "المراسل"})
    assert speakers_match({"speaker": "x", "speaker_canonical": "بالي"}, {"speaker": "y", "speaker_canonical": "بالي"})
    assert not speakers_match({"speaker": None}, {"speaker": "المراسل"})


def test_optional_quote():
    gold = {"quotes": [quote("بالي", "ساعة الحسم أصبحت أقرب من أي وقت مضى", True, optional=True)]}
    assert counts(score({"quotes": []}, gold), "quotes") == (0, 0, 0)
    r = score({"quotes": [quote("بالي", "ساعة الحسم أصبحت أقرب من أي وقت مضى", True)]}, gold)
    assert counts(r, "quotes") == (0, 0, 0)


# --- totals ------------------------------------------------------------------------------------

def test_empty_categories_and_score_many():
    assert score({}, {})["quotes"]["f1"] == 1.0
    r = score({"entities": [ent("سوريا")]}, {})
    assert counts(r, "entities") == (0, 1, 0)
    assert r["entities"]["precision"] == 0.0 and r["entities"]["f1"] == 0.0
    pairs = [
        ({"entities": [ent("سوريا")]}, {"entities": [ent("سوريا")]}),
        ({"entities": [ent("العراق")]}, {"entities": [ent("سوريا")]}),
        ({"numbers": [num("3", 3)]}, {"numbers": [num("3", 3)]}),
    ]
    total = score_many(pairs)
    assert counts(total, "entities") == (1, 1, 1)
    assert total["entities"]["f1"] == pytest.approx(0.5)
    assert counts(total, "numbers") == (1, 0, 0)
    assert counts(total, "all") == (2, 1, 1)


# --- gold files ----------------------------------------------------------------------------------

def test_gold_files_exist():
    stems = {p.stem for p in GOLD_FILES}
    seeds = {p.stem for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".en.txt")}
    assert seeds and seeds <= stems, f"seeds without gold: {sorted(seeds - stems)}"
    assert len(list((ROOT / "tests" / "data" / "gold" / "unseen").glob("*.json"))) >= 4


def test_real_news_gold_is_split_once_and_spread() -> None:
    """At least 20 real articles in each part, no article in two parts, at least ten outlets in each."""
    parts = {}
    for d in REAL_GOLD_DIRS:
        parts[d.name] = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in d.glob("*.json")}
    assert all(len(files) >= 20 for files in parts.values()), {k: len(v) for k, v in parts.items()}
    for a, b in itertools.combinations(parts, 2):
        assert not parts[a] & parts[b], (a, b, sorted(parts[a] & parts[b]))
    for files in parts.values():
        assert len({f.split("/")[1] for f in files}) >= 10


def _find_in_order(text: str, needle: str, cursor: int) -> int:
    return text.find(needle, cursor)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_valid(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) >= {"file", "entities", "numbers", "quotes"}
    _needs_corpus(gold_path)
    article_path = GOLD_DIRS[gold_path.parent] / gold["file"]
    if gold_path.parent in REAL_GOLD_DIRS:  # named DATE_OUTLET_NNNN after DATE/OUTLET/NNNN.txt
        assert gold_path.stem == gold["file"].removesuffix(".txt").replace("/", "_")
    else:
        assert article_path.stem == gold_path.stem
    text = load_article(article_path).text
    problems: list[str] = []

    cursor = 0
    for i, e in enumerate(gold["entities"]):
        assert set(e) >= {"text", "type", "canonical", "label_en"}, e
        assert e["type"] in ENTITY_TYPES, e
        assert isinstance(e["canonical"], str) and e["canonical"] and isinstance(e["label_en"], str)
        assert isinstance(e.get("alt", []), list) and isinstance(e.get("optional", False), bool)
        pos = _find_in_order(text, e["text"], cursor)
        if pos < 0:
            problems.append(f"entity {i} {e['text']!r} not found (in order)")
        else:
            cursor = pos + len(e["text"])

    cursor = 0
    for i, n in enumerate(gold["numbers"]):
        assert set(n) >= {"text", "value", "kind", "unit", "counted", "qualifier", "value_max", "vague"}, n
        assert n["kind"] in NUMBER_KINDS, n
        assert n["value"] is None or isinstance(n["value"], (int, float)), n
        assert n["value_max"] is None or isinstance(n["value_max"], (int, float)), n
        assert isinstance(n["vague"], bool), n
        if n["vague"]:
            assert n["value"] is None, n
        if n["kind"] == "date" and n["value"] is not None:
            assert isinstance(n["value"], int) and str(n["unit"]).startswith(str(n["value"])), n
        assert n["qualifier"] in (None, "approx", "more_than", "less_than", "up_to", "at_least", "range"), n
        pos = _find_in_order(text, n["text"], cursor)
        if pos < 0:
            problems.append(f"number {i} {n['text']!r} not found (in order)")
        else:
            cursor = pos + 1

    cursor = 0
    for i, q in enumerate(gold["quotes"]):
        assert set(q) >= {"speaker", "speaker_canonical", "cue", "quote", "direct"}, q
        assert isinstance(q["direct"], bool) and q["speaker"] and q["cue"] and q["quote"], q
        pos = _find_in_order(text, q["quote"], cursor)
        if pos < 0:
            problems.append(f"quote {i} {q['quote'][:40]!r} not found (in order)")
            continue
        cursor = pos + 1
        window = text[max(0, pos - 300): pos + len(q["quote"]) + 300]
        if q["cue"] not in window:
            problems.append(f"quote {i}: cue {q['cue']!r} not near the quote")

    assert not problems, "\n".join(problems)


def test_gold_scores_perfectly_against_itself():
    """A prediction identical to the gold (optional items included) gets P = R = F1 = 1."""
    pairs = []
    for p in GOLD_FILES:
        gold = json.loads(p.read_text(encoding="utf-8"))
        pairs.append(({k: gold[k] for k in ("entities", "numbers", "quotes")}, gold))
    total = score_many(pairs)
    for cat in ("entities", "numbers", "quotes"):
        assert total[cat]["fp"] == 0 and total[cat]["fn"] == 0, cat
