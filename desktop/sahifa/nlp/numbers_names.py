"""Number words that are names: a tribe or family named by a word that also reads as a dual of a unit
("قبيلة شهران", "آل شهران": the Shahran tribe, not two months). Used by ``numbers`` when it resolves
the mentions found; no state."""

from __future__ import annotations

import re

# words that introduce a tribe, clan or family name
_TRIBE_HEADS = frozenset(("قبيلة", "قبيله", "قبائل", "آل", "ال", "بني", "بنو", "عشيرة", "عشيره", "أبناء"))
_LAST_WORD = re.compile(r"([\u0621-\u064A]+)[^\u0621-\u064A]*$")


def _tribe_dual(text: str, start: int, end: int, kind: str) -> bool:
    """A nominative dual of a unit ("شهران", "عامان") that is a tribe's name: after قبيلة/آل/بني…, or in an
    article that also writes its nisba ("الشهراني", a member of the tribe: ال + the name + ي)."""
    if kind not in ("duration", "distance") or end - start < 4 or " " in text[start:end]:
        return False
    word = text[start:end]
    if not word.endswith("ان"):
        return False
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is not None and before.group(1) in _TRIBE_HEADS:
        return True
    return ("ال" + word + "ي") in text or ("ال" + word + "ية") in text


_FIRST_ADVERB = frozenset(("أولا", "أولاً", "اولا", "اولاً", "أوَّلاً", "أولًا"))
_SECOND_ADVERB = re.compile(r"ثانيا|ثانيًا|ثانياً")


def _first_adverb(text: str, start: int, end: int, kind: str) -> bool:
    """"أولا" inside a clause ("يرفضها الكونغرس أولا، وحينها", "برزت المطالبة أولاً في عام 2005") is the
    adverb "first, at first", not an ordinal: no enumeration follows (no ثانيا in the text, no colon after
    it) and it does not open a clause (a word, not a stop or line start, comes right before it; "أما أولا"
    opens one)."""
    if kind != "ordinal" or text[start:end] not in _FIRST_ADVERB or _SECOND_ADVERB.search(text) \
            or text[end : end + 3].lstrip()[:1] in (":", "-"):    # "وهما أولاً: تغذية الجسم" opens a list
        return False
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is None or before.end(1) != len(text[:start].rstrip()):
        return False                      # a stop, colon, bracket or the line start before it
    return before.group(1) not in ("أما", "اما", "وأما")


# a team or a rank the word "first" names: الفريق الأول / المنتخب الأول (the senior side), فريق أول (lieutenant
# general); with a clitic (للفريق، وبالمنتخب) or a possessive (فريقه، منتخبها)
_FIRST_TEAM = re.compile(r"(?:^|[\s\u00ab\"(])(?:و|ف)?(?:ب|ل|لل)?(?:ال)?(?:فريق|منتخب)(?:ه|ها|هم|نا)?\s+$")
_FIRST_WORDS = frozenset(("الأول", "الاول", "أول", "اول"))


def _first_team(text: str, start: int, end: int, kind: str) -> bool:
    """"الأول" right after فريق or منتخب is the name of a side or a rank, not an ordinal ("لاعبي الفريق الأول"
    the senior team's players, "المنتخب الأول" the senior national team, "الفريق أول" a lieutenant general): the
    gold counts at most an optional ordinal there."""
    if kind != "ordinal" or text[start:end] not in _FIRST_WORDS:
        return False
    return _FIRST_TEAM.search(text, max(0, start - 16), start) is not None
