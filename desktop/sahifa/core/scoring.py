"""Score extracted entities, numbers and quotes against hand-annotated gold files.

Pure Python, no third-party imports. Gold files live in ``tests/data/gold/`` (format in its README);
predictions are one article object of ``sahifa analyze PATH --json`` (only ``entities``, ``numbers``
and ``quotes`` are read). Offsets are ignored: gold files record surfaces, in text order, so that a
change to text cleaning does not invalidate them.

Matching is one-to-one and greedy, gold items in text order, each taking the first still-unmatched
prediction that fits (for quotes: the best-fitting one). Gold items marked ``"optional": true`` are
matched in a second pass, after every required item has had its chance.

Surface normalisation (entities, vague numbers, speakers, quote tokens): Arabic diacritics, tatweel
and the dagger alef are removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; quotation marks, brackets and
punctuation are dropped; Arabic-Indic digits → ASCII; whitespace is collapsed. No prefix is stripped.

* **entities** — a prediction matches a gold item when its normalised surface equals the normalised
  gold ``text`` or one of the gold ``alt`` surfaces, AND the types are equal. Because both lists are
  matched in order, the i-th occurrence of a surface pairs with the i-th occurrence (count-based).
* **numbers** — a prediction matches when the values are numerically equal (``3 == 3.0``); when either
  side's kind is ``date`` or ``year`` the kinds must be equal too. A gold ``value`` of null (vague
  quantities such as مئات, undated months) matches a prediction whose value is null and whose
  normalised surface equals, contains or is contained in the gold surface.
* **quotes** — a prediction matches when the speakers match AND the quote contents overlap with a
  token-level F1 ≥ ``QUOTE_F1_THRESHOLD`` (0.5). Speakers match when their ``speaker_canonical`` values
  are equal (non-empty), or when one normalised speaker contains the other — compared as strings, and
  also after removing the definite article ال from every word (so "المراسل" matches "مراسل شبكة آسو").
  An empty predicted speaker matches nothing.
* **optional gold items** — an unmatched optional item is not a false negative; a prediction that
  matches one is neither a true nor a false positive (it is simply not counted).

Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean; 0.0 when undefined
(an empty denominator), except that a category with nothing predicted and nothing expected scores 1.0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .arabic import score_norm, strip_article

CATEGORIES: tuple[str, ...] = ("entities", "numbers", "quotes")
QUOTE_F1_THRESHOLD = 0.5


def normalize(text: str | None) -> str:
    """Normalised form of an Arabic surface used for every comparison in this module
    (:func:`sahifa.core.arabic.score_norm`)."""
    return score_norm(text)


def tokens(text: str | None) -> list[str]:
    return normalize(text).split()


def token_f1(a: str | None, b: str | None) -> float:
    """Bag-of-tokens F1 between two texts (0.0 when either is empty)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    counts: dict[str, int] = {}
    for t in ta:
        counts[t] = counts.get(t, 0) + 1
    common = 0
    for t in tb:
        if counts.get(t, 0) > 0:
            counts[t] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def _strip_article(norm: str) -> str:
    return " ".join(strip_article(w) for w in norm.split())


def speakers_match(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    pc, gc = normalize(pred.get("speaker_canonical")), normalize(gold.get("speaker_canonical"))
    if pc and gc and pc == gc:
        return True
    ps, gs = normalize(pred.get("speaker")), normalize(gold.get("speaker"))
    if not ps or not gs:
        return False
    if ps in gs or gs in ps:
        return True
    ps2, gs2 = _strip_article(ps), _strip_article(gs)
    return bool(ps2 and gs2) and (ps2 in gs2 or gs2 in ps2)


# --- per-category match predicates ---------------------------------------------------------------

def entity_match(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> float:
    if pred.get("type") != gold.get("type"):
        return 0.0
    surface = normalize(pred.get("text"))
    if not surface:
        return 0.0
    accepted = {normalize(gold.get("text"))} | {normalize(a) for a in gold.get("alt") or ()}
    return 1.0 if surface in accepted else 0.0


def _as_number(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def number_match(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> float:
    pk, gk = pred.get("kind"), gold.get("kind")
    if (pk in ("date", "year") or gk in ("date", "year")) and pk != gk:
        return 0.0
    gv, pv = _as_number(gold.get("value")), _as_number(pred.get("value"))
    if gv is None or pv is None:
        if gv is not None or pv is not None:
            return 0.0
        ps = normalize(pred.get("text"))
        accepted = [normalize(gold.get("text"))] + [normalize(a) for a in gold.get("alt") or ()]
        return 1.0 if ps and any(g and (ps == g or ps in g or g in ps) for g in accepted) else 0.0
    return 1.0 if abs(gv - pv) <= 1e-9 * max(1.0, abs(gv)) else 0.0


def quote_match(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> float:
    if not speakers_match(pred, gold):
        return 0.0
    f1 = token_f1(gold.get("quote"), pred.get("quote"))
    return f1 if f1 >= QUOTE_F1_THRESHOLD else 0.0


MATCHERS = {"entities": entity_match, "numbers": number_match, "quotes": quote_match}


# --- scoring -------------------------------------------------------------------------------------

def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    if tp == fp == fn == 0:
        p = r = f = 1.0
    else:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def match_items(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], category: str
) -> tuple[list[tuple[int, int]], list[int], list[int], set[int]]:
    """Align items of one category.

    Returns (pairs of (gold index, predicted index) for required gold items, unmatched required gold
    indices, unmatched predicted indices, predicted indices that matched optional gold items).
    """
    match = MATCHERS[category]
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    missed: list[int] = []
    ignored: set[int] = set()
    best_only = category == "quotes"
    for optional_pass in (False, True):
        for gi, g in enumerate(gold):
            if bool(g.get("optional")) != optional_pass:
                continue
            best, best_score = -1, 0.0
            for pi, p in enumerate(predicted):
                if pi in used:
                    continue
                s = match(p, g)
                if s > best_score:
                    best, best_score = pi, s
                    if not best_only:
                        break
            if best < 0:
                if not optional_pass:
                    missed.append(gi)
                continue
            used.add(best)
            if optional_pass:
                ignored.add(best)
            else:
                pairs.append((gi, best))
    unmatched = [pi for pi in range(len(predicted)) if pi not in used]
    return pairs, missed, unmatched, ignored


def score(predicted_article: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per-category tp/fp/fn/precision/recall/f1 of one predicted article against its gold file."""
    result: dict[str, dict[str, Any]] = {}
    for cat in CATEGORIES:
        pred_items = list(predicted_article.get(cat) or [])
        gold_items = list(gold.get(cat) or [])
        pairs, missed, unmatched, _ignored = match_items(pred_items, gold_items, cat)
        result[cat] = _prf(len(pairs), len(unmatched), len(missed))
    return result


def score_many(
    pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> dict[str, dict[str, Any]]:
    """Micro-averaged scores over (predicted_article, gold) pairs: counts are summed, then P/R/F1."""
    totals = {cat: [0, 0, 0] for cat in CATEGORIES}
    for pred, gold in pairs:
        one = score(pred, gold)
        for cat in CATEGORIES:
            totals[cat][0] += one[cat]["tp"]
            totals[cat][1] += one[cat]["fp"]
            totals[cat][2] += one[cat]["fn"]
    result = {cat: _prf(*totals[cat]) for cat in CATEGORIES}
    tp = sum(t[0] for t in totals.values())
    fp = sum(t[1] for t in totals.values())
    fn = sum(t[2] for t in totals.values())
    result["all"] = _prf(tp, fp, fn)
    return result
