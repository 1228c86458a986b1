"""Place names put into English (:class:`PlaceLabels`, a base of
:class:`~sahifa.nlp.labels_resolver.LabelResolver`): GeoNames by key, by consonant skeleton, by a long
vowel more or less and by sound; a country's short form; a compass or age adjective after a known place;
a small place on the diminutive pattern; and the English name lists by sound, read on first need."""

from __future__ import annotations

import gc
import re
import threading
from pathlib import Path

from ..core.arabic import strip_article
from .gazetteer import gazetteer
from .labels_compose import Composer
from .labels_local import local_named_place
from .labels_match import sanitize_label
from .labels_parts import place_skeletons
from .labels_phrases import _ARAB_COUNTRIES
from .labels_shared import SHARED, _vowel_variants
from .labels_sound import ARAB_ONLY, SoundIndex
from .labels_sources import (
    GAZETTEER,
    GEONAMES,
    GLOSSARY,
    NAME_LIST,
    TRANSLITERATION,
    Label,
    _ar_skeleton,
    _Damaged,
    _default_names_dir,
    _geonames_entry,
    _key,
    _read_table,
    _subsequence,
    _Table,
    _warn_once,
    fold,
)
from .translit import place_diminutive, place_of_person

_COMPASS = {fold(ar): en for ars, en in (("الغربي الغربية", "West"), ("الشرقي الشرقية", "East"),
                                          ("الشمالي الشمالية", "North"), ("الجنوبي الجنوبية", "South"),
                                          # a place's old quarter or new town, named as a place the same way
                                          # (الدرعية التاريخية → Historic Diriyah, القاهرة الجديدة → New Cairo)
                                          ("التاريخي التاريخية", "Historic"), ("القديم القديمة", "Old"),
                                          ("الجديد الجديدة", "New"))
            for ar in ars.split()}
_AGES = frozenset({"Historic", "Old", "New"})

VARIANT_POPULATION = 100_000
_AR_VOWEL_GROUPS = re.compile("[اويى]+")
_EN_VOWEL_GROUPS = re.compile("[aeiouy]+")


class PlaceLabels(Composer):
    """The place half of the label resolver; the resolver provides the tables (see its ``__init__``)."""

    _dir: Path | None
    _lock: threading.Lock
    _sounds: dict[str, SoundIndex | None]
    _short_countries: dict[str, str] | None
    _skeleton_index: dict[str, str] | _Table | None

    def _local_place(self, name: str) -> Label | None:
        """A square, park or street named by one common noun (ساحة العدل → Al-Adl Square; labels_local)."""
        text = local_named_place(self.glossary, name)
        return Label(sanitize_label(text), TRANSLITERATION) if text else None  # the noun: a reading

    def _country_short_form(self, name: str) -> Label | None:
        """A country the gazetteer knows only by its official form (جمهورية مالي) or as islands (جزر
        المالديف) named short (مالي, المالديف); not when the short form is a common word (جزر القمر is
        Comoros, القمر the Moon)."""
        short = self._short_countries
        if short is None:
            short = self._short_countries = SHARED.short_countries(self.glossary)
        hit = short.get(_key(name))
        return Label(sanitize_label(hit), GAZETTEER) if hit is not None else None

    def _small_place(self, name: str) -> Label | None:
        """A one-word place nothing knows on the diminutive pattern (بريدة → Buraidah) or named after a
        person (الفيصلية → Al-Faisaliyah; not a word of the glossary: العقارية is no Al-Agariyah): a guess."""
        if " " in name:
            return None
        small = place_diminutive(name)
        if small is None and (self.glossary is None or (fold(name),) not in self.glossary.words):
            small = place_of_person(name)
        return Label(sanitize_label(small), TRANSLITERATION) if small else None

    def _compass(self, name: str) -> Label | None:
        """A known place with a compass adjective after it: البقاع الغربي → West Bekaa, القدس الشرقية
        → East Jerusalem (English puts the direction first, as a name, not "Western Bekaa"); so too an
        old quarter or a new town (الدرعية التاريخية → Historic Diriyah), not of a common word that a
        place is also named (المدينة القديمة is the old city, not Old Medina)."""
        words = name.split()
        direction = _COMPASS.get(fold(words[-1])) if len(words) > 1 else None
        if direction is None:
            return None
        rest = " ".join(words[:-1])
        if direction in _AGES and self.glossary is not None:
            key = tuple(_key(rest).split())
            if key in self.glossary.heads or key in self.glossary.words:
                return None
        entry = gazetteer().lookup(rest)
        if direction in _AGES and entry is not None and entry.kind == "country":
            return None  # مصر القديمة is ancient Egypt (or a Cairo district), not "Old Egypt"
        place = Label(sanitize_label(entry.label_en), GAZETTEER) if entry is not None and entry.type == "LOC" \
            else self._place(rest)
        return Label(f"{direction} {place.text}", GLOSSARY) if place is not None else None  # composed

    def _place(self, name: str, *, by_sound: bool = True) -> Label | None:
        if not self.geonames:
            return None
        key = _key(name)
        for k in (key, strip_article(key), "ال" + key):
            hit = self.geonames.get(k)
            if hit is not None:
                return Label(sanitize_label(_geonames_entry(hit)[0]), GEONAMES)
        foreign = self._foreign_g(key)
        if foreign is not None:
            return Label(sanitize_label(foreign[0]), foreign[1])
        skeleton = _ar_skeleton(key)
        if len(skeleton) >= 5 and " " not in key:
            fuzzy = self._skeletons().get(skeleton)
            if fuzzy is not None:
                place_key, _, english = fuzzy.partition("\t")
                body, place_body = strip_article(key), strip_article(place_key)
                # only long vowels written in one spelling and not the other: بتسبرغ ⊂ بيتسبرغ, but
                # not كامبرويل (Camberwell) ~ كيمبرلي (Kimberley) or غرفتين ~ غرافتون (Grafton)
                if _subsequence(body, place_body) or _subsequence(place_body, body):
                    return Label(sanitize_label(english), GEONAMES)
        if by_sound:
            variant = self._place_variant(key)
            if variant is not None:
                return variant
        return self._place_by_sound(key) if by_sound else None  # not for brands: Kindle is no Kendall

    def _place_variant(self, key: str) -> Label | None:
        """A foreign city spelled with one long vowel more or less than GeoNames' Arabic name, or with
        its final vowel written another way (زيوريخ ~ زيورخ, Zurich; كويتا ~ كويته, Quetta): one word,
        no article and no letter only Arabic words have, and one city outside the Arab world of at least
        VARIANT_POPULATION people answers (a guess at a village is worse than a transliteration), whose
        English name sounds as many vowels as the article's spelling writes."""
        if " " in key or len(key) < 4 or key.startswith("ال") or not ARAB_ONLY.isdisjoint(key):
            return None
        if self.glossary is not None and (key,) in self.glossary.words:
            return None
        found: set[str] = set()
        for variant in _vowel_variants(key):
            hit = self.geonames.get(variant)
            if hit is None:
                continue
            english, country, pop = hit.split("\t")
            if country not in _ARAB_COUNTRIES and pop.isdigit() and int(pop) >= VARIANT_POPULATION \
                    and len(_AR_VOWEL_GROUPS.findall(key[1:])) <= len(_EN_VOWEL_GROUPS.findall(english.lower())):
                found.add(english)  # every vowel the article writes is sounded: بورنو is not Brno
        return Label(sanitize_label(found.pop()), GEONAMES) if len(found) == 1 else None

    def _place_by_sound(self, key: str) -> Label | None:
        """A foreign place GeoNames has no Arabic name for, by the sound of its one word (كاربونديل →
        Carbondale): four consonants at least, no article, vowels fitting at 0.9 (:mod:`.labels_sound`)."""
        if " " in key or key.startswith("ال"):
            return None
        sound = self._sound_index("place_sounds.tsv")
        match = sound.lookup(key, min_consonants=4, threshold=0.9) if sound is not None else None
        return Label(sanitize_label(match[0]), NAME_LIST) if match is not None else None

    def _skeletons(self) -> dict[str, str] | _Table:
        """One-word GeoNames names by consonant skeleton → ``Arabic key<TAB>English`` (see
        :func:`place_skeletons`): ``place_skeletons.tsv``, generated from geonames_ar.tsv; built from
        GeoNames on the first miss (~15–40 ms) when that file is damaged (one warning)."""
        if self._skeleton_index is None:
            names = self._dir or _default_names_dir()
            try:
                self._skeleton_index = _read_table(names / "place_skeletons.tsv", 3, sentinel=True)
            except _Damaged as exc:
                _warn_once(f"skeletons:{names}", f"{exc}; built from geonames_ar.tsv instead (slower)")
                self._skeleton_index = place_skeletons(self.geonames.items())
        return self._skeleton_index

    def _sound_index(self, file: str = "western_names.tsv") -> SoundIndex | None:
        """An English name list by sound (western_names.tsv, place_sounds.tsv), read on the first name
        that needs it (~15 ms); None when it is damaged or missing (one warning)."""
        if file not in self._sounds:
            with self._lock:
                if file not in self._sounds:
                    names = self._dir or _default_names_dir()
                    paused = gc.isenabled()
                    gc.disable()  # 19,000 short-lived rows: a full collection of a big process's heap
                    try:          # mid-load would cost ten times the load itself
                        self._sounds[file] = SoundIndex(_read_table(names / file, 2, sentinel=True))
                    except _Damaged as exc:
                        _warn_once(f"{file}:{names}", f"{file}: {exc}; names it would match by sound keep "
                                                      "their transliteration")
                        self._sounds[file] = None
                    finally:
                        if paused:
                            gc.enable()
        return self._sounds[file]

