"""The label resolver (:class:`LabelResolver`): a canonical name and its type → an English
:class:`~sahifa.nlp.labels_sources.Label`, trying the sources strongest first."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from ..core.arabic import fold, strip_article
from .gazetteer import gazetteer
from .labels_match import project_label, sanitize_label
from .labels_parts import _newspaper_units, _render, _Seg, _shortened, place_skeletons
from .labels_sound import ARAB_ONLY, SoundIndex, arabic_key, latin_key
from .labels_sources import (
    _MEMO_SIZE,
    GAZETTEER,
    GEONAMES,
    GLOSSARY,
    NAME_INDEX,
    NAME_LIST,
    ORIGINAL,
    PROJECTION,
    TRANSLITERATION,
    Fallback,
    Label,
    _ar_skeleton,
    _Damaged,
    _default_names_dir,
    _geonames_entry,
    _Glossary,
    _GulfNames,
    _has_arabic,
    _key,
    _load_glossary,
    _load_gulf,
    _NameIndex,
    _read_table,
    _subsequence,
    _Table,
    _warn_once,
)
from .translit import diminutive, transliterate, transliterate_word

log = logging.getLogger("sahifa.nlp.labels")  # one logger for the labeller (its warnings name it)

# ---------------------------------------------------------------------------------------------------
# the resolver
# how a person's name unit was found, weakest first; a name's source is its weakest unit's
# (_RARE: a spelling the name index attests fewer than TRUST times, the last resort before a guess)
_GUESS, _SOUND, _RARE, _KNOWN = 0, 1, 2, 3
_UNIT_SOURCE = {_GUESS: TRANSLITERATION, _SOUND: NAME_LIST, _RARE: NAME_INDEX, _KNOWN: NAME_INDEX}
_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "ابو": "Abu", "ابي": "Abi", "ال": "Al", "ذو": "Dhu",
              "ذي": "Dhi"}
_STATE_WORDS = ("جمهورية", "دولة", "مملكة", "سلطنة", "إمارة")
_CONJ = "و"
_COMPASS = {fold(ar): en for ars, en in (("الغربي الغربية", "West"), ("الشرقي الشرقية", "East"),
                                          ("الشمالي الشمالية", "North"), ("الجنوبي الجنوبية", "South"))
            for ar in ars.split()}


class LabelResolver:
    """Resolves (canonical Arabic name, type) → :class:`Label`, caching per name.

    ``names_dir`` (default: the packaged ``resources/names``) holds geonames_ar.tsv, world_names.tsv and
    glossary.tsv. ``fallback(canonical, type)`` is today's labeller (the entity engine's ``_label_for``):
    when no source knows a name, its label is the fallback's, marked ``transliteration``. Without a
    fallback, :func:`sahifa.nlp.translit.transliterate` is used. ``use_name_index=False`` skips the
    romanizer (tests, Python < 3.11); ``use_model=True`` lets its ONNX model guess units nothing knows.
    Thread-safe: loading is locked, the cache is a plain dict (atomic get/set).
    """

    CACHE_SIZE = 200_000

    def __init__(self, names_dir: Path | None = None, *, fallback: Fallback | None = None,
                 use_name_index: bool = True, use_model: bool = False) -> None:
        self._dir = names_dir
        self._fallback = fallback
        self._use_index = use_name_index
        self._use_model = use_model
        self._lock = threading.Lock()
        self._loaded = False
        self._cache: dict[tuple[str, str], Label] = {}
        self.geonames: dict[str, str] | _Table = {}  # folded Arabic → English<TAB>country<TAB>population
        self.world: dict[str, str] | _Table = {}
        self.glossary: _Glossary | None = None
        self.gulf: _GulfNames | None = None
        self.index: _NameIndex | None = None
        self._skeleton_index: dict[str, str] | _Table | None = None
        self._unit_memo: dict[str, tuple[str, int]] = {}
        self._short_countries: dict[str, str] | None = None
        self._sounds: dict[str, SoundIndex | None] = {}  # None: the list is damaged or missing

    # -- loading --------------------------------------------------------------------------------------
    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            names = self._dir or _default_names_dir()
            paused = gc.isenabled()
            gc.disable()  # tens of thousands of short-lived rows: see _sound_index
            try:
                self._load_tables(names)
            finally:
                if paused:
                    gc.enable()
            self._loaded = True

    def _load_tables(self, names: Path) -> None:
        """Every resource but the sound tables (read on first need); each one that is damaged or missing is
        switched off with one warning."""
        try:
            # English is sanitised where a label is made, not for all 10,000 rows at load
            # a dict: places are looked up ten thousand times in a cold run over 1,000 articles
            self.geonames = _read_table(names / "geonames_ar.tsv", 4, sentinel=False).as_dict()
        except _Damaged as exc:
            _warn_once(f"geonames:{names}", f"{exc}; places keep their transliteration")
        try:
            self.world = _read_table(names / "world_names.tsv", 2, sentinel=False)
        except _Damaged as exc:
            _warn_once(f"world:{names}", f"{exc}; foreign names keep their transliteration")
        try:
            self.glossary = _load_glossary(names / "glossary.tsv")
        except _Damaged as exc:
            _warn_once(f"glossary:{names}", f"{exc}; institutions keep their transliteration")
        if self._use_index:
            try:
                self.gulf = _load_gulf(names / "gulf_names.tsv")
            except _Damaged as exc:
                _warn_once(f"gulf:{names}", f"{exc}; people keep the index's spellings")
            self.index = _NameIndex(self._use_model, names)

    # -- public ----------------------------------------------------------------------------------------
    def resolve(self, canonical: str, typ: str) -> Label:
        """The best label for a canonical name of type PERSON/ORG/LOC/MISC. Never raises."""
        key = (canonical, typ)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if not self._loaded:
            self._load()
        try:
            label = self._resolve(canonical, typ)
        except Exception:
            log.exception("English label for %r failed; transliterating", canonical)
            label = Label(sanitize_label(transliterate(canonical)), TRANSLITERATION)
        if len(self._cache) < self.CACHE_SIZE:
            self._cache[key] = label
        return label

    def candidates(self, canonical: str, typ: str) -> list[str]:
        """Distinct English forms worth looking for in a translation: the resolved label and the plain
        transliteration (for :func:`project_label`)."""
        out: list[str] = []
        for text in (self.resolve(canonical, typ).text, sanitize_label(transliterate(canonical))):
            if text and text not in out:
                out.append(text)
        return out

    def project(self, canonical: str, typ: str, english_sentence: str, surface: str = "") -> Label | None:
        """The label as the aligned English sentence writes it, or None (see :func:`project_label`)."""
        cands = self.candidates(canonical, typ)
        if surface and surface != canonical:
            cands += [c for c in self.candidates(surface, typ) if c not in cands]
        text = project_label(cands, english_sentence)
        if not text:
            return None
        current = self.resolve(canonical, typ).text
        if _shortened(text, current):
            return None  # the sentence names it short (Bush, Syrian Observatory): the full label stays
        return Label(text, PROJECTION)

    # -- resolution ------------------------------------------------------------------------------------
    def _resolve(self, canonical: str, typ: str) -> Label:
        name = " ".join(sanitize_label(canonical).split())
        if not name:
            return Label("", TRANSLITERATION)
        if not _has_arabic(name):
            return Label(name, ORIGINAL)
        entry = gazetteer().lookup(name)
        if entry is not None:
            return Label(sanitize_label(entry.label_en), GAZETTEER)
        label: Label | None = None
        if typ == "PERSON":
            label = self._person(name)
        elif typ == "LOC":
            label = self._country_short_form(name) or self._place(name) or self._compass(name) \
                or self._composed(name, typ)
        else:
            label = self._composed(name, typ)
            if label is None and len(name.split()) <= 2:
                label = self._place(name, by_sound=False)  # a club or outlet named by its town: نانسي → Nancy
        if label is not None and label.text:
            return label
        return Label(sanitize_label(self._guess(name, typ)), TRANSLITERATION)

    def _guess(self, name: str, typ: str) -> str:
        if self._fallback is not None:
            return self._fallback(name, typ)
        return transliterate(name)

    # places
    def _country_short_form(self, name: str) -> Label | None:
        """A country the gazetteer knows only by its official form (جمهورية مالي) named short (مالي)."""
        if self._short_countries is None:
            states = {fold(w) for w in _STATE_WORDS}
            short: dict[str, str] = {}
            for key, entry in gazetteer().by_key.items():
                first, _, rest = key.partition(" ")
                if entry.kind == "country" and first in states and rest:
                    short.setdefault(rest, entry.label_en)
            self._short_countries = short
        hit = self._short_countries.get(_key(name))
        return Label(sanitize_label(hit), GAZETTEER) if hit is not None else None

    def _compass(self, name: str) -> Label | None:
        """A known place with a compass adjective after it: البقاع الغربي → West Bekaa, القدس الشرقية
        → East Jerusalem (English puts the direction first, as a name, not "Western Bekaa")."""
        words = name.split()
        direction = _COMPASS.get(fold(words[-1])) if len(words) > 1 else None
        if direction is None:
            return None
        rest = " ".join(words[:-1])
        entry = gazetteer().lookup(rest)
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
        return self._place_by_sound(key) if by_sound else None  # not for brands: Kindle is no Kendall

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

    # people
    def _person(self, name: str) -> Label | None:
        """A person's name as a newspaper prints it (:func:`_newspaper_units`), unit by unit; when every
        unit is attested, the spelling of the whole name wins if at least TRUST people bear it
        (عبد ربه منصور هادي → Abdrabbuh, not Abd Rabo, Mansour Hadi). Names with a unit nothing knows
        (most foreign names) are not in the Arab-world name index: no query for them."""
        index = self.index
        if index is None or not index.ok:
            return None  # without the name index, people keep today's label
        units = _newspaper_units(index.units(name))
        found = self._sound_alike(units, [self._unit(unit) for unit in units])
        parts: list[str] = []
        weakest = _KNOWN
        for text, how in found:
            if text:
                parts.append(text)
                weakest = min(weakest, how)
        if not parts:
            return None
        if len(units) > 1 and weakest >= _RARE:
            full = index.full(units)
            if full is not None and full[1] >= index.TRUST:
                return Label(sanitize_label(full[0]), NAME_INDEX)
        return Label(sanitize_label(" ".join(parts)), _UNIT_SOURCE[weakest])

    def _sound_alike(self, units: list[str], found: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """A foreign name's words → the English names that sound like them (:mod:`.labels_sound`).
        Only for a name that looks foreign: two words at least, none with the article, a particle or a
        letter Western names are not spelled with (ح ع ص ض ط ظ ق ذ). Then

        * when every word the other sources know is itself a name of the English list (Robert, not
          Zuhair), the words nothing knows are matched;
        * when one of them is a Western name of the list that Arab sources do not hold as a given name
          (Brad, Angelina — not Sami, Adam), the name is Western: a word another source spells in a
          way that does not sound as the Arabic is written (جولي → Giuly, ويل → Oueil: French and stray
          spellings) is matched too, when a name of the list sounds like it; a spelling that sounds
          as written stays (ليام → Liam)."""
        if len(units) < 2:
            return found
        for unit in units:
            if " " in unit or unit.startswith("ال") or not ARAB_ONLY.isdisjoint(unit):
                return found
        guessed = any(how == _GUESS for _, how in found)
        arab = [how >= _RARE and self._arab_given(unit) for unit, (_, how) in zip(units, found, strict=True)]
        if not guessed and all(arab):
            return found  # an Arab name: no need of the English list
        sound = self._sound_index()
        if sound is None:
            return found
        listed = [how >= _RARE and sound.has_name(text) for text, how in found]
        western = any(lst and not ar for lst, ar in zip(listed, arab, strict=True))
        if not western and not (guessed and all(lst or how == _GUESS
                                                   for lst, (_, how) in zip(listed, found, strict=True))):
            return found
        out = []
        for unit, (text, how), lst, ar in zip(units, found, listed, arab, strict=True):
            respell = western and how >= _RARE and not lst and not ar and latin_key(text) != arabic_key(unit)
            match = sound.lookup(unit) if how == _GUESS or respell else None
            out.append((match[0], _SOUND) if match is not None else (text, how))
        return out

    def _western_word(self, english: str) -> bool:
        """Whether one English word is a name of the Census list (western_names.tsv)."""
        sound = self._sound_index()
        return sound is not None and sound.has_name(english)

    def _arab_given(self, unit: str) -> bool:
        """Whether a name word is an Arab given name (the gazetteer's given names, the Gulf spellings)."""
        if gazetteer().given_name(unit) is not None:
            return True
        index = self.index
        return self.gulf is not None and index is not None and bool(self.gulf.groups(index._key(unit)))

    def _unit(self, unit: str) -> tuple[str, int]:
        hit = self._unit_memo.get(unit)
        if hit is None:
            hit = self._unit_uncached(unit)
            if len(self._unit_memo) < _MEMO_SIZE:
                self._unit_memo[unit] = hit
        return hit

    def _unit_uncached(self, unit: str) -> tuple[str, int]:
        """English for one name unit (a word, or a particle group: بن عبد العزيز, عبد الله, آل سعود).

        A particle is written by the newspaper convention (bin, bint, ibn, Abu, Al) and the name after
        it resolved on its own; compound given names (عبد الله, نصر الدين) are looked up whole."""
        toks = unit.split()
        if len(toks) == 1:
            return self._word(toks[0])
        head = fold(toks[0])
        if head in _PARTICLES:
            rest, how = self._unit(" ".join(toks[1:]))
            if head == "ال":  # آل الشيخ → Al-Sheikh, آل سعود → Al Saud
                return (rest if rest.startswith("Al-") else f"Al {rest}"), how
            return f"{_PARTICLES[head]} {rest}", how
        index = self.index
        given = gazetteer().given_name("".join(toks))
        if given is not None:  # عبد العزيز → عبدالعزيز
            return self._gulf_spelling(unit, given.en) or given.en, _KNOWN
        gulf = self._gulf_spelling(unit, None)
        if gulf is not None:
            return gulf, _KNOWN
        hit = index.unit(unit) if index is not None else None
        if hit is not None:
            return hit[0], _KNOWN
        return transliterate(unit), _GUESS

    def _word(self, word: str) -> tuple[str, int]:
        """One name word: the gazetteer's given names (the project's spellings) first, except for a
        family name with the article, where the name index's attested surname spelling wins; then a
        spelling the name index attests TRUST times, arabnamer's world names, the index's weak spelling,
        a guess (which :meth:`_person` may replace by a name that sounds like it)."""
        index = self.index
        surname = word.startswith("ال")
        gulf = self._gulf_spelling(word, None) if surname else None
        if gulf is not None:
            return gulf, _KNOWN
        hit = index.unit(word) if index is not None and surname else None
        if hit is not None and hit[1] >= _NameIndex.TRUST:
            return hit[0], _KNOWN
        given = gazetteer().given_name(word)
        if given is not None:
            return self._gulf_spelling(word, given.en) or given.en, _KNOWN
        gulf = self._gulf_spelling(word, None) if not surname else None
        if gulf is not None:
            return gulf, _KNOWN
        if index is not None and not surname:
            hit = index.unit(word)
        if hit is not None and hit[1] >= _NameIndex.TRUST:
            return hit[0], _KNOWN
        world = self.world.get(fold(word))
        if world is not None and (not surname or world.startswith("Al-") or self._western_word(world)):
            # a word with the article: arabnamer's Al- forms and Western names (اليخاندرو → Alejandro);
            # its others are a European reading of an Arab family name (الشيخ → Alcheikh) or drop its
            # article (الاحمدي → Ahmadi)
            return world, _KNOWN
        small = diminutive(word) if surname else None
        if small is not None:  # Saudi family names: الدحيم is Al-Duhaim, not the index's rare Al-Daheem
            return small, _GUESS
        if hit is not None:
            return hit[0], _RARE
        guess = index.model(word) if index is not None else None
        return (guess or transliterate_word(word)), _GUESS

    def _gulf_spelling(self, unit: str, current: str | None) -> str | None:
        """The Gulf press's spelling of a name unit when it should replace ``current`` (see
        :meth:`~.labels_sources._GulfNames.prefer`): وليد → Waleed, سعيد → Saeed, العتيبي → Al-Otaibi;
        None: keep ``current`` (محمد → Mohammed)."""
        gulf, index = self.gulf, self.index
        if gulf is None or index is None or not index.ok:
            return None
        text = gulf.prefer(index._key(unit), current)
        return sanitize_label(text) if text else None

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

    # institutions, events, places named by a phrase
    def _composed(self, name: str, typ: str) -> Label | None:
        gl = self.glossary
        if gl is None:
            return None
        toks = name.split()
        keys = [fold(t) for t in toks]
        whole = gl.words.get(tuple(keys))
        # one adjective alone names a paper or a club (الاقتصادية → Al-Eqtisadiah, not "Economic")
        if whole is not None and not (len(keys) == 1 and whole[1] == "adj"):
            return Label(whole[0], GLOSSARY)
        pattern = self._pattern(toks, keys)
        if pattern is not None:
            return pattern
        segs = self._headed(toks, keys, top=True, typ=typ)
        if segs is None:
            return None
        text, known = segs
        return Label(sanitize_label(text), GLOSSARY if known else TRANSLITERATION)

    def _pattern(self, toks: list[str], keys: list[str]) -> Label | None:
        assert self.glossary is not None
        starts = self.glossary.pattern_starts
        if starts is not None and (not keys or keys[0] not in starts):
            return None  # no pattern starts with this word (most names)
        g = gazetteer()
        for template, english in self.glossary.patterns:
            if len(template) > len(keys):
                continue
            slots: dict[str, str] = {}
            ok = True
            i = 0
            for t_i, t in enumerate(template):
                if t == "{NAT}":
                    nat = g.nationalities.get(keys[i]) if i < len(keys) else None
                    if nat is None:
                        ok = False
                        break
                    slots["{NAT}"] = nat.en
                    i += 1
                elif t == "{X}":
                    rest = len(template) - t_i - 1
                    j = len(keys) - rest
                    if j <= i:
                        ok = False
                        break
                    text, known = self._phrase_text(toks[i:j], keys[i:j])
                    if not known:
                        ok = False
                        break
                    slots["{X}"] = text
                    i = j
                else:
                    if i >= len(keys) or keys[i] != t:
                        ok = False
                        break
                    i += 1
            if ok and i == len(keys):
                out = english
                for slot, value in slots.items():
                    out = out.replace(slot, value)
                return Label(sanitize_label(out), GLOSSARY)
        return None

    def _head_at(self, keys: Sequence[str], i: int) -> tuple[int, str, str] | None:
        assert self.glossary is not None
        heads = self.glossary.heads
        for n in (3, 2, 1):
            if i + n <= len(keys):
                span = tuple(keys[i:i + n])
                hit = heads.get(span) or heads.get((strip_article(span[0]), *span[1:]))
                if hit is not None:
                    return n, hit[0], hit[1]
        return None

    def _headed(self, toks: list[str], keys: list[str], *, top: bool, typ: str) -> tuple[str, bool] | None:
        """A name that starts with a head-word, in English order (see the glossary's header)."""
        if not top:
            pattern = self._pattern(toks, keys)
            if pattern is not None:
                return pattern.text, True
        head = self._head_at(keys, 0)
        if head is None:
            return self._directional(toks, keys)
        n, head_en, style = head
        if style == "local":  # أمانة [منطقة] الرياض → Riyadh Municipality
            inner = self._head_at(keys, n)
            if inner is not None and inner[2] == "drop" and n + inner[0] < len(keys):
                n += inner[0]
            style = "pre"
        segs = self._segments(toks[n:], keys[n:])
        if not segs:
            return None
        known = all(s.known for s in segs)
        # split: [head adjectives] complement [adjectives] [for …] [in place]
        for_part: list[_Seg] = []
        in_part: list[_Seg] = []
        main: list[_Seg] = []
        target = main
        for s in segs:
            if s.kind == "for" and target is main:
                target = for_part
            elif s.kind == "in":
                target = in_part
            target.append(s)
        nat = [s.text for s in main if s.kind == "nat"]
        main = [s for s in main if s.kind != "nat"]
        head_adjs: list[str] = []
        while main and main[0].kind == "adj":
            head_adjs.append(main.pop(0).text)
        tail_adjs: list[str] = []
        if main and main[-1].kind == "adj" and any(s.kind in ("name", "country") for s in main):
            while main and main[-1].kind == "adj":
                tail_adjs.insert(0, main.pop().text)
        complement = _render(main)
        adjs = " ".join(reversed(head_adjs + tail_adjs))
        for_text = _render(for_part)
        in_text = " ".join(s.text for s in in_part if s.kind != "in")
        if style == "of":
            core = " ".join(x for x in (adjs, head_en) if x)
            if not complement and for_text.startswith("for "):  # المديرية العامة للجوازات → … of Passports
                for_text = "of " + for_text[4:]
            if complement:  # a known proper name goes in front (Obama Administration), anything else
                proper = all(s.kind == "name" and s.known for s in main)  # after (Embassy of Egypt)
                core = f"{complement} {core}" if proper else f"{core} of {complement}"
        elif style in ("prefix", "native"):
            if style == "native":  # Mount Uhud, but Jabal Umm Draj: a local name keeps its Arabic head
                english, _, native = head_en.partition("|")
                head_en = english if all(s.known for s in main) else native
            core = " ".join(x for x in (head_en, complement, adjs) if x)
        elif style == "name":
            if all(seg.kind in ("noun", "adj", "nat") for seg in main + [_Seg(a, "adj", True) for a in head_adjs]) \
                    and not for_part and not in_part:
                return None  # a paper or club named by a common word is a proper name: صحيفة الرياضي → Al-Riyadhi
            core = " ".join(x for x in (complement, adjs) if x)
        elif style == "team":
            core = " ".join(x for x in (complement, adjs, head_en) if x)
        elif style == "drop" and top and typ == "LOC":
            core = " ".join(x for x in (adjs, complement) if x)
        else:
            core = " ".join(x for x in (complement, adjs, head_en) if x)
        # an institution's place or parent body after it (مستشفى … بجدة, إدارة … بوزارة العدل): English papers
        # name the institution without it (National Guard Hospital); an event keeps its place
        parts = [" ".join(nat), "" if top and typ == "ORG" and complement else in_text, core, for_text]
        text = " ".join(p for p in parts if p)
        return (text[:1].upper() + text[1:], known) if text else None

    def _directional(self, toks: list[str], keys: list[str]) -> tuple[str, bool] | None:
        """غرب أفريقيا → West Africa; جنوب شرق آسيا → Southeast Asia."""
        g = gazetteer()
        for n in (2, 1):
            if len(keys) > n:
                for cue_toks, cue in g.cues.get(keys[0], []):
                    if cue_toks == tuple(keys[:n]) and getattr(cue, "role", "") == "dir":
                        where = str(getattr(cue, "en", "")).replace(" of", "").strip()
                        rest, known = self._phrase_text(toks[n:], keys[n:])
                        if not rest:
                            return None
                        compact = where.replace("south", "South").replace("north", "North")
                        compact = compact.replace("east", "East").replace("west", "West")
                        compact = compact.replace("central", "Central")
                        compact = compact[:1].upper() + compact[1:].lower() if " " not in compact else compact
                        return f"{compact} {rest}", known
        return None

    def _phrase_text(self, toks: Sequence[str], keys: Sequence[str]) -> tuple[str, bool]:
        segs = self._segments(list(toks), list(keys))
        return _render(segs), all(s.known for s in segs)

    def _lookup_span(self, toks: Sequence[str], keys: Sequence[str], i: int,
                     after_word: bool = False) -> tuple[int, _Seg] | None:
        """The longest known phrase starting at ``i``: glossary, gazetteer names, GeoNames places.
        ``after_word``: a nationality form after another word is the adjective (وزارة التعليم
        السعودية → Saudi), not the country its feminine spells (السعودية → Saudi Arabia)."""
        assert self.glossary is not None
        g = gazetteer()
        gl = self.glossary
        if after_word and (keys[i],) not in gl.words:
            nat = g.nationalities.get(keys[i])
            if nat is not None:
                return 1, _Seg(nat.en, "nat", True)
        longest = min(len(keys) - i, max(gl.max_len, g.max_len))
        for n in range(longest, 0, -1):
            span = tuple(keys[i:i + n])
            hit = gl.words.get(span)
            if hit is not None:
                return n, _Seg(hit[0], hit[1], True)
            joined = " ".join(span)
            entry = g.by_key.get(joined)
            if entry is not None:
                return n, _Seg(entry.label_en, "country" if entry.kind == "country" else "name", True)
            place = self.geonames.get(joined)
            if place is not None and (n > 1 or len(joined) > 3):
                return n, _Seg(_geonames_entry(place)[0], "name", True)
            gg = g.glossary.get(joined)
            if gg is not None:
                en, pos = gg
                if pos == "phrase":
                    return n, _Seg(en, "for" if en.startswith("for ") else "noun", True)
                return n, _Seg(en, "adj" if pos == "adj" else "noun", True)
        nat = g.nationalities.get(keys[i])
        if nat is not None:
            return 1, _Seg(nat.en, "nat", True)
        return None

    def _segments(self, toks: list[str], keys: list[str]) -> list[_Seg]:
        """Translate a complement word by word into tagged segments (longest known phrase first)."""
        assert self.glossary is not None
        gl = self.glossary
        g = gazetteer()
        out: list[_Seg] = []
        i = 0
        while i < len(keys):
            k = keys[i]
            span = self._lookup_span(toks, keys, i, after_word=bool(out))
            # a head inside a complement: أمانة [منطقة الرياض]; it outranks a one-word gazetteer name
            # (الاتحاد the club) when a name follows it
            head = self._head_at(keys, i) if span is None or span[0] == 1 else None
            if head is not None:
                end = self._name_run_end(keys, i + head[0])
                sub = self._headed(toks[i:end], keys[i:end], top=False, typ="") if end > i + head[0] else None
                if sub is not None:
                    out.append(_Seg(sub[0], "name", sub[1]))
                    i = end
                    continue
            if span is not None:
                n, seg = span
                out.append(seg)
                i += n
                continue
            # clitics: و (and), ل/لل (for), ب/بال (in), when what follows is a word we know
            clitic = self._clitic(toks, keys, i)
            if clitic is not None:
                marker, rest_tok = clitic
                toks = toks[:i] + [rest_tok] + toks[i + 1:]
                keys = keys[:i] + [fold(rest_tok)] + keys[i + 1:]
                if marker == "in" and self._head_at(keys, i) is not None:
                    # بالاتحاد السعودي لكرة القدم: the parent body, to the end of the name
                    sub = self._headed(toks[i:], keys[i:], top=False, typ="")
                    if sub is not None:
                        out += [_Seg("in", "in", True), _Seg(sub[0], "name", sub[1])]
                        break
                out.append(_Seg(marker, marker if marker in ("and", "for") else "in", True))
                continue
            if k in ("في",):
                out.append(_Seg("in", "prep", True))
                i += 1
                continue
            title = gl.titles.get(k)
            if title is not None:
                end = self._name_run_end(keys, i + 1)
                person = self._person(" ".join(toks[i + 1:end])) if end > i + 1 else None
                if person is not None:
                    out.append(_Seg(f"{title} {person.text}", "name", not person.is_guess))
                    i = end
                    continue
                if end == i + 1:  # كأس الملك → King's Cup
                    out.append(_Seg(title, "name", True))
                    i += 1
                    continue
            if g.given_name(k) is not None and self.index is not None and self.index.ok:
                end = self._name_run_end(keys, i + 1)
                person = self._person(" ".join(toks[i:end]))
                if person is not None:
                    out.append(_Seg(person.text, "name", not person.is_guess))
                    i = end
                    continue
            out.append(_Seg(transliterate(toks[i]), "name", False))
            i += 1
        return out

    def _clitic(self, toks: list[str], keys: list[str], i: int) -> tuple[str, str] | None:
        tok, k = toks[i], keys[i]
        if len(k) < 3:
            return None
        options: list[tuple[str, str]] = []
        if k.startswith("لل"):
            options.append(("for", "ال" + tok[2:]))
        elif k.startswith("ل"):
            options.append(("for", tok[1:]))
        if k.startswith("بال"):
            options.append(("in", tok[1:]))
        elif k.startswith("ب"):
            options.append(("in", tok[1:]))
        if k.startswith(_CONJ):
            options.append(("and", tok[1:]))
        for marker, rest in options:
            rk = fold(rest)
            probe = [rest] + list(toks[i + 1:])
            pkeys = [rk] + list(keys[i + 1:])
            if self._lookup_span(probe, pkeys, 0) is not None or self._head_at(pkeys, 0) is not None \
                    or (marker != "in" and rk.startswith("ال") and len(rk) > 4):
                return marker, rest
        return None

    def _name_run_end(self, keys: Sequence[str], i: int) -> int:
        """End of a run of name words from ``i``: stops at a glossary word, a nationality, a head-word,
        في/و, or ب + a known place after the first word (مستشفى الملك خالد بتبوك: the name is خالد)."""
        assert self.glossary is not None
        g = gazetteer()
        j = i
        while j < len(keys):
            k = keys[j]
            if (k,) in self.glossary.words or k in g.nationalities or g.glossary.get(k) is not None \
                    or self._head_at(keys, j) is not None:
                break
            if k in ("في", "و"):
                break
            if j > i and self._in_place(k):
                break
            j += 1
        return j

    def _in_place(self, key: str) -> bool:
        """Whether a folded word is ب + a known place (بتبوك, بالرياض): "in Tabuk", not a name."""
        if len(key) < 5 or not key.startswith("ب"):
            return False
        rest = key[1:]
        if rest in self.geonames:
            return True
        entry = gazetteer().by_key.get(rest)
        return entry is not None and entry.type == "LOC"
