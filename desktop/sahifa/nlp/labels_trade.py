"""A company named by its name and its trade (issue #13): NAME + لـ + the trade, no head-word (بروج
للتأمين, أرامكو للتجارة, مونستر للمشروبات, سبائك الكويت لتجارة المعادن الثمينة). English puts the trade after
the name, as the company's own English name does (Malath Insurance, Aramco Trading, Monster Beverage):
"Bruj Insurance", not the letter-by-letter "Bruj Llatamin".

Only when every word of the trade is a glossary word (``resources/names/glossary.tsv``: التأمين →
Insurance; a phrase in English order by the resolver's head-less composition: تجارة المعادن الثمينة →
Precious Metals Commerce) and no word of the name before it starts a head-word of the glossary (a شركة,
جمعية, مركز … has its own composition). The name is read as the resolver reads it alone when a known source
names it (اليونيسكو → UNESCO), else by the resolver's fallback (a company's name is no town: بروج → Bruj, not
Brugge)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .labels_match import sanitize_label
from .labels_sources import GAZETTEER, GLOSSARY, ORIGINAL, TRANSLITERATION, Label, _Glossary, fold

if TYPE_CHECKING:
    from .labels_resolver import LabelResolver

__all__ = ["trade_company", "trade_label"]


def _prefix_has_head(glossary: _Glossary, toks: list[str]) -> bool:
    keys = [fold(t) for t in toks]
    for n in range(1, min(len(keys), glossary.max_len) + 1):
        head = tuple(keys[:n])
        if head in glossary.heads or (head[0].startswith("ال") and (head[0][2:], *head[1:]) in glossary.heads):
            return True
    return False


def _trade(glossary: _Glossary, headless: Callable[..., Label | None], toks: list[str]) -> str | None:
    """The English of a trade phrase (its ل already taken off), or None when a word is unknown."""
    if len(toks) == 1:
        key = fold(toks[0])
        for k in (key, "ال" + key if not key.startswith("ال") else key[2:]):
            hit = glossary.words.get((k,))
            if hit is not None and hit[1] == "noun":
                return hit[0]
        return None
    label = headless(" ".join(toks))
    return label.text if label is not None else None


def trade_company(glossary: _Glossary, headless: Callable[..., Label | None],
                  guess: Callable[[str, str], str], name: str) -> str | None:
    """"NAME Trade" for an ORG name NAME + ل + trade (module doc), or None."""
    toks = name.split()
    for i in range(1, len(toks)):
        tok = toks[i]
        if not tok.startswith("ل") or len(tok) < 4:
            continue
        # للتأمين = ل + التأمين (the article's alef drops); لتجارة = ل + تجارة (a construct)
        field = "ال" + tok[2:] if tok.startswith("لل") else tok[1:]
        english = _trade(glossary, headless, [field, *toks[i + 1:]])
        if not english or any(_prefix_has_head(glossary, toks[j:i]) for j in range(i)):
            return None
        prefix = guess(" ".join(toks[:i]), "ORG").strip()
        return f"{prefix} {english}" if prefix else None
    return None


def trade_label(resolver: LabelResolver, canonical: str, label: Label) -> Label:
    """The resolver's late reading of an ORG label from transliteration: "NAME Trade" for a company named
    by its trade (:func:`trade_company`), the name as a known source names it or as the resolver guesses it;
    else ``label``."""
    if label.source != TRANSLITERATION or resolver.glossary is None:
        return label

    def name_of(part: str, typ: str) -> str:
        known = resolver.resolve(part, typ)
        return known.text if known.source in (GAZETTEER, GLOSSARY, ORIGINAL) else resolver._guess(part, typ)

    trade = trade_company(resolver.glossary, resolver._headless, name_of, canonical)
    return Label(sanitize_label(trade), TRANSLITERATION) if trade else label
