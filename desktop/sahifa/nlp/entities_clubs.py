"""Clubs named like their city or region, typed by the words around them in sports news (session 17), a pass over
the rule and tagger mentions after :mod:`entities_edges`.

Read on the train articles of real news: a Saudi or a foreign club named like a place (نجران، الخليج، ليون،
برشلونة، الدرعية) stayed the place where the article did not name it with its head-word (نادي نجران), which the
engine's one-sense pass needs. In sports news (:attr:`_Scan.sports`: two sports words) the context says which it
is (12 mentions in train):

- **a word of the game right before it** (:data:`_CLUB_CUES`): a player or the ranks of X (لاعبي الدرعية، صفوف
  ليون), its team or coach (فريقه ليون، مدرب X), a match against X (أمام نجران، ضد X، ستواجه برشلونة، مواجهة X);
  not the plural أندية (أندية الرياض: the clubs of the city), nor a place that begins a longer name (أمام ليما سول);
- **a list of clubs** (التعاون، الشباب، الخليج، الفتح): a place between, before or after clubs the gazetteer
  knows, joined by a comma or و, is one of them.

Only a city or a region of the gazetteer: a country standing for its team stays LOC (the README: فازت ماليزيا).
"""

from __future__ import annotations

from ..core.arabic import fold
from . import lexicon
from .entities_engine import _Engine
from .entities_words import _Raw

__all__ = ["clubs_by_context"]

#: words of the game right before a club named like its place (folded, clitics stripped, indefinite): a player, the
#: ranks, the team, the coach, the fans, a match against it
_CLUB_CUES = frozenset(fold(w) for w in (
    "لاعب لاعبي لاعبو لاعبا صفوف فريق فريقه فريقها ناديي مدرب مدربا مهاجم مدافع حارس جماهير "
    "مواجهة مواجهته يواجه تواجه واجه واجهت ستواجه سيواجه مباراة لقاء ضد أمام"
).split())
#: kinds of the gazetteer's places that a club may be named after (not a country: its national team stays LOC)
_CLUB_PLACES = frozenset(("city", "region"))
_LIST_MARKS = frozenset(("،", ","))


def _cue_before(eng: _Engine, r: _Raw) -> bool:
    """The word right before mention r (same sentence, no mark between) is a word of the game."""
    if r.t0 == 0 or eng.toks[r.t0].brk or r.start != eng.toks[r.t0].start:
        return False
    prev = eng.toks[r.t0 - 1]
    if prev.info.kind != "a":
        return False
    # indefinite, in construct with the name (لاعبي الدرعية): الفريق الرياض is the team and the city it leaves
    return any(key in _CLUB_CUES for _off, key, _st in prev.info.forms)


def _name_goes_on(eng: _Engine, k: int) -> bool:
    """Token k may continue a foreign name (سان، سول، كاوبوي): name-like and no common word of the dictionary (a
    word it knows only as a proper noun counts as a name's: سيتي)."""
    if not eng.name_like(k):
        return False
    rd = lexicon.reading(eng.toks[k].info.key)
    return rd is None or "p" in rd[0]


def _club(r: _Raw | None) -> bool:
    return r is not None and r.type == "ORG" and r.entry is not None and r.entry.kind == "club"


def _in_club_list(eng: _Engine, r: _Raw, by_end: dict[int, _Raw], by_start: dict[int, _Raw]) -> bool:
    """Mention r and a club of the gazetteer are next to each other in a list (a comma between, or a و on the
    second)."""
    toks = eng.toks
    wa = r.start != toks[r.t0].start and toks[r.t0].text[:1] == "و"
    before = by_end.get(r.t0 - 1) if wa else (
        by_end.get(r.t0 - 2) if r.t0 >= 2 and toks[r.t0 - 1].text in _LIST_MARKS else None)
    after = by_start.get(r.t1 + 1) if r.t1 < eng.n and toks[r.t1].text in _LIST_MARKS else None
    if after is None and r.t1 < eng.n:
        nxt = by_start.get(r.t1)
        if nxt is not None and nxt.start != toks[r.t1].start and toks[r.t1].text[:1] == "و":
            after = nxt
    return _club(before) or _club(after)


def clubs_by_context(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """In sports news, a city or region of the gazetteer that a word of the game precedes or that stands in a list
    of clubs is the club named after it: ORG (see the module's docstring)."""
    if not any(r.type == "LOC" and r.entry is not None and r.entry.kind in _CLUB_PLACES for r in raws) \
            or not eng.sports:
        return raws
    by_end = {r.t1 - 1: r for r in raws}
    by_start = {r.t0: r for r in raws}
    out = raws
    for q, r in enumerate(raws):
        if r.type != "LOC" or r.entry is None or r.entry.kind not in _CLUB_PLACES or r.how != "gaz":
            continue
        if not (_cue_before(eng, r) or _in_club_list(eng, r, by_end, by_start)):
            continue
        if _name_goes_on(eng, r.t1) and r.t1 not in by_start:
            continue  # أمام ليما سول، باريس سان جرمان: the place begins a longer club's name, left to the tagger
        if out is raws:
            out = list(raws)
        club = eng.g.city_clubs.get(" ".join(fold(eng.text[r.start:r.end]).split()))
        out[q] = _Raw(r.start, r.end, r.t0, r.t1, "ORG", club, "org", r.alias_of)
    return out
