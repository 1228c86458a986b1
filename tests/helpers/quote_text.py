"""Quotes of short sentences written for the tests: the article, the person/organisation mentions the
entity engine would give (every occurrence of each name), and the extractor's (speaker, quote) pairs."""

from __future__ import annotations

from sahifa.core.articles import build_article
from sahifa.core.model import Article, EntityMention, Quote
from sahifa.nlp.quotes import extract_quotes


def art(text: str) -> Article:
    return build_article("/tmp/t.txt", "عنوان الخبر\n" + text)


def mentions(text: str, *names: str, typ: str = "PERSON") -> list[EntityMention]:
    out = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            out.append(EntityMention(name, typ, name, name, pos, pos + len(name)))
            pos = text.find(name, pos + 1)
    return out


def quotes(text: str, *names: str, orgs: tuple[str, ...] = ()) -> list[Quote]:
    a = art(text)
    ents = mentions(a.text, *names) + mentions(a.text, *orgs, typ="ORG")
    return extract_quotes(a.text, a.sentences, sorted(ents, key=lambda e: e.start))


def pairs(qs: list[Quote]) -> list[tuple[str, str]]:
    return [(q.speaker, q.quote) for q in qs]
