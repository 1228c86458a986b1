"""A quote speaker's link checked against the type of the entity it points to (#13).

The quote engine links a definite speaker word back to the entity its latest earlier mention names
(الصحيفة → the newspaper named before, البيان → the body that issued it). For a common noun that is right;
for a person's family name it is not: in "… اللواء سفر بن أحمد الغامدي أن حرس الحدود …" the later speaker
الغامدي reached the ORG حرس الحدود through the mention of الغامدي standing next to it, when the entity
engine had missed the person. A person's name never refers to an organisation or a place, so a speaker
that is a name (:func:`~.labels_speakers.name_part` reads the whole phrase as one, and the gazetteer does
not know it as a body or a place) keeps a link to a non-PERSON entity only when that entity's own mention
is the speaker (their spans overlap) or contains the speaker's words (الأهرام → صحيفة الأهرام). Otherwise
the link is dropped: the Quotes tab shows the speaker's own English, and no wrong entity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sahifa.core.arabic import fold
from sahifa.core.model import EntityMention, Quote

from .gazetteer import gazetteer

if TYPE_CHECKING:
    from .labels_resolver import LabelResolver

__all__ = ["checked_speaker_links", "wrong_type_link"]


def wrong_type_link(resolver: LabelResolver, q: Quote, ents: Sequence[EntityMention]) -> bool:
    """Whether ``q``'s speaker is a person's name linked to an entity of another type that neither is nor
    contains the speaker as written."""
    canonical = q.speaker_canonical
    if canonical is None or not q.speaker:
        return False
    mentions = [e for e in ents if e.canonical == canonical]
    if not mentions or any(e.type == "PERSON" for e in mentions):
        return False
    start, end = q.speaker_start, q.speaker_end
    if start is not None and end is not None and any(e.start < end and start < e.end for e in mentions):
        return False
    words = [fold(w) for w in q.speaker.split()]
    if any(all(w in fold(e.text) for w in words) for e in mentions):
        return False
    from .labels_speakers import name_part  # (the label stack loads on first use)

    name = name_part(resolver, q.speaker)
    if name is None or name != q.speaker.strip():
        return False
    entry = gazetteer().lookup(name)
    return entry is None or entry.type == "PERSON"


def checked_speaker_links(resolver: LabelResolver, quotes: tuple[Quote, ...],
                          ents: Sequence[EntityMention]) -> tuple[Quote, ...]:
    """The quotes with every link of a person's name to an entity of another type dropped
    (:func:`wrong_type_link`)."""
    if not any(q.speaker_canonical is not None for q in quotes):
        return quotes
    return tuple(replace(q, speaker_canonical=None) if wrong_type_link(resolver, q, ents) else q for q in quotes)
