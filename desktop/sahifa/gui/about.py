"""What an article is about, in English, for the article list of a reader who does not read Arabic.

An article with no English title (no translation model, no reference translation) is listed by its
Arabic title only: to an English reader, twenty such rows look alike. Each gets an English line built
from what the analysis already found: the English labels of the people, organisations and places it
mentions most (the labels the Entities tab shows, corrections applied), a transliterated guess marked
as one. Read on a worker thread (:func:`article_about` takes the open library); the model only shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import N_, tr

if TYPE_CHECKING:
    from sahifa.core.model import EntityMention
    from sahifa.services.library import Library

ABOUT_TYPES = ("PERSON", "ORG", "LOC")  # named things a reader tells articles apart by (not MISC)
BATCH = 200  # articles read with one query between two looks at ``stop``
ABOUT_NAMES = 3  # enough to tell articles apart; more would be cut at the list's width
GUESS_MARK = "(?)"
ABOUT_LINE = N_("About: {names}")


@dataclass(frozen=True, slots=True)
class AboutName:
    label: str   # the English label
    source: str  # where it comes from (label_source): "transliteration" is a guess


def article_about(lib: Library, article_ids: Sequence[int], *,
                  stop: Callable[[], bool] = lambda: False) -> dict[int, tuple[AboutName, ...]]:
    """For each article, its most mentioned people, organisations and places that have an English
    label (ties: the first named first), at most :data:`ABOUT_NAMES`; articles with none are left out.
    ``stop`` is asked between batches of :data:`BATCH` articles (a newer list is on its way); each batch
    is read with one query."""
    picked: dict[int, list[tuple[str, str]]] = {}  # article → (root key, label)
    ids = list(article_ids)
    for at in range(0, len(ids), BATCH):
        if stop():
            break
        batch = ids[at:at + BATCH]
        mentions = lib.entity_mentions_many(batch)
        for article_id in batch:
            names = _names(mentions.get(article_id, ()))
            if names:
                picked[article_id] = names
    sources = {k: src for k, (_label, src) in lib.entity_labels(
        sorted({k for names in picked.values() for k, _ in names})).items()}
    return {a: tuple(AboutName(label, sources.get(k, "")) for k, label in names) for a, names in picked.items()}


def _names(mentions: Iterable[tuple[EntityMention, str]]) -> list[tuple[str, str]]:
    """(root key, English label) of one article's most mentioned named things, at most ABOUT_NAMES."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, str]] = {}  # root → (order of first mention, label)
    for mention, root in mentions:
        label = (mention.label_en or "").strip()
        if mention.type not in ABOUT_TYPES or not label or label == mention.canonical or _arabic(label):
            continue
        counts[root] += 1
        first.setdefault(root, (len(first), label))
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k][0]))
    names: list[tuple[str, str]] = []
    for root in ranked:
        label = first[root][1]
        if all(label.casefold() != seen.casefold() for _k, seen in names):  # two keys, one name
            names.append((root, label))
        if len(names) == ABOUT_NAMES:
            break
    return names


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def about_line(names: Sequence[AboutName]) -> str:
    """"About: Riyadh, Ministry of Health, Khalid Al-Faisal (?)": a transliterated guess is marked."""
    shown = [n.label + (f" {GUESS_MARK}" if n.source == "transliteration" else "") for n in names]
    return tr(ABOUT_LINE).format(names=", ".join(shown))


def about_tooltip(names: Sequence[AboutName]) -> str:
    """The about line for a tooltip: each name with where its English comes from."""
    from .models import label_note

    shown = [f"{n.label} {label_note(n.source)}".rstrip() for n in names]
    return tr(ABOUT_LINE).format(names=", ".join(shown))
