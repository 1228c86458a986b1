"""The label resolver (:class:`LabelResolver`): a canonical name and its type → an English
:class:`~sahifa.nlp.labels_sources.Label`, trying the sources strongest first."""

from __future__ import annotations

import gc
import logging
import re
import threading
from pathlib import Path

from ..core.arabic import strip_article
from .gazetteer import gazetteer
from .labels_chinese import chinese_label as _chinese
from .labels_chinese import may_be_chinese as _may_be_chinese
from .labels_compose import Composer
from .labels_famous import famous_label
from .labels_german import german_word
from .labels_loan import designation, inner_initial, latin_initials, loan_final_o
from .labels_local import local_named_place, ruling_house_member
from .labels_match import project_label, sanitize_label
from .labels_national import airline_entry
from .labels_ordinal import ordinal_first
from .labels_parts import _alike, _newspaper_units, _shortened, place_skeletons
from .labels_phrases import _ARAB_COUNTRIES
from .labels_roles import describe_role
from .labels_shared import (
    _FIRST_LATIN,
    SHARED,
    _has_article,
    _Shared,
    _vowel_variants,
)
from .labels_sound import ARAB_ONLY, GIVEN, SURNAME, SoundIndex, arabic_key, latin_key, skeleton
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
    fold,
)
from .labels_states import official_state
from .labels_trade import trade_label
from .translit import (
    arab_word,
    diminutive,
    foreign_word,
    place_diminutive,
    place_of_person,
    transliterate,
    transliterate_word,
)

log = logging.getLogger("sahifa.nlp.labels")  # one logger for the labeller (its warnings name it)

# ---------------------------------------------------------------------------------------------------
# the resolver
# how a person's name unit was found, weakest first; a name's source is its weakest unit's
# (_RARE: a spelling the name index attests fewer than TRUST times, the last resort before a guess)
_GUESS, _SOUND, _RARE, _KNOWN = 0, 1, 2, 3
# how closely (vowel slots, :func:`.labels_sound.similarity`) a word must sound like a name of the English
# list for the name to take it; the list's own threshold (0.8) lets a vowel of three differ (آرسين ~ Wierson)
CLOSE = 0.85
_UNIT_SOURCE = {_GUESS: TRANSLITERATION, _SOUND: NAME_LIST, _RARE: NAME_INDEX, _KNOWN: NAME_INDEX}
_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "ابو": "Abu", "ابي": "Abi", "ال": "Al", "ذو": "Dhu",
              "ذي": "Dhi"}
_COMPASS = {fold(ar): en for ars, en in (("الغربي الغربية", "West"), ("الشرقي الشرقية", "East"),
                                          ("الشمالي الشمالية", "North"), ("الجنوبي الجنوبية", "South"),
                                          # a place's old quarter or new town, named as a place the same way
                                          # (الدرعية التاريخية → Historic Diriyah, القاهرة الجديدة → New Cairo)
                                          ("التاريخي التاريخية", "Historic"), ("القديم القديمة", "Old"),
                                          ("الجديد الجديدة", "New"))
            for ar in ars.split()}
_AGES = frozenset({"Historic", "Old", "New"})
# a ruler's ordinal after the name: الثاني → II … الرابع عشر → XIV (masculine and feminine forms)
_REGNAL = {fold(ar): roman for ars, roman in (
    ("الأول الأولى", "I"), ("الثاني الثانية", "II"), ("الثالث الثالثة", "III"), ("الرابع الرابعة", "IV"),
    ("الخامس الخامسة", "V"), ("السادس السادسة", "VI"), ("السابع السابعة", "VII"), ("الثامن الثامنة", "VIII"),
    ("التاسع التاسعة", "IX"), ("العاشر العاشرة", "X"), ("الحادي_عشر الحادية_عشرة", "XI"),
    ("الثاني_عشر الثانية_عشرة", "XII"), ("الثالث_عشر الثالثة_عشرة", "XIII"), ("الرابع_عشر الرابعة_عشرة", "XIV"),
    ("الخامس_عشر الخامسة_عشرة", "XV"), ("السادس_عشر السادسة_عشرة", "XVI")) for ar in (w.replace("_", " ") for w in ars.split())}


# titles the gazetteer's English may start with, and the Arabic words (folded) that write them
_TITLES = {en: frozenset(fold(w) for w in ar.split()) for en, ar in (
    ("King", "الملك ملك العاهل"), ("Prince", "الأمير أمير"), ("Sheikh", "الشيخ شيخ"), ("Queen", "الملكة ملكة"),
    ("Emir", "الأمير أمير"), ("Pope", "البابا بابا"))}
_HONORIFICS = frozenset(fold(w) for w in ("الشريف", "الشريفة", "المبارك", "المباركة", "المكرمة"))
_GLUED_ARTICLE = re.compile(r"^[AE]l(?=[a-z]{3})")


VARIANT_POPULATION = 100_000
_AR_VOWEL_GROUPS = re.compile("[اويى]+")
_EN_VOWEL_GROUPS = re.compile("[aeiouy]+")


# letters a foreign name's Arabic spelling does not use: ARAB_ONLY but ق, which the Gulf press writes for
# a foreign hard g (رودريقو Rodrigo, هيقيتا Higuita: ق is read g in the Gulf's Arabic), and the feminine
# ending ة (مقولة is an Arab word)
_NOT_FOREIGN = (ARAB_ONLY - {"ق"}) | {"ة"}
# a European particle inside a foreign name, written lower-case as English writes it (لويس فان جال → Louis
# van Gaal, not the Vietnamese Phan a name index holds for فان; دي stays: English writes De Gea, De Rossi)
_WESTERN_PARTICLES = {"فان": "van", "فون": "von", "دا": "da", "دير": "der"}
class LabelResolver(Composer):
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
        self._roles: dict[tuple[str, str], Label | None] = {}
        self.geonames: dict[str, str] | _Table = {}  # folded Arabic → English<TAB>country<TAB>population
        self.world: dict[str, str] | _Table = {}
        self.glossary: _Glossary | None = None
        self.gulf: _GulfNames | None = None
        self.index: _NameIndex | None = None
        self._skeleton_index: dict[str, str] | _Table | None = None
        self._unit_memo: dict[str, tuple[str, int]] = {}
        self._arab_memo: dict[str, bool] = {}  # see _arab_given
        self._listed_memo: dict[str, bool] = {}  # see _western_word
        self._short_countries: dict[str, str] | None = None
        self._sounds: dict[str, SoundIndex | None] = {}  # None: the list is damaged or missing

    # -- loading --------------------------------------------------------------------------------------
    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            shared = SHARED.tables(self._use_index, self._use_model) if self._dir is None else None
            if shared is not None:
                self._take_tables(shared)
                self._loaded = True
                return
            names = self._dir or _default_names_dir()
            paused = gc.isenabled()
            gc.disable()  # tens of thousands of short-lived rows: see _sound_index
            try:
                self._load_tables(names)
            finally:
                if paused:
                    gc.enable()
            if self._dir is None:  # what was read, not the resolver (a test may switch one of its own off)
                SHARED.keep(self._use_index, self._use_model,
                            (self.geonames, self.world, self.glossary, self.gulf, self.index, self._sounds))
            self._loaded = True

    def _take_tables(self, shared: _Shared) -> None:
        """The packaged tables another resolver of this process has read (issue #13: the pipeline's
        resolver and ``labels.resolver()`` each read every table). They are never changed once read;
        the sound tables are read on first need into a dict both share. The memos stay per resolver."""
        self.geonames, self.world, self.glossary, self.gulf, self.index, self._sounds = shared

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
    def ensure_loaded(self) -> None:
        """Read the tables (not the sound tables, read on first need) now, once: a caller that reads the
        glossary itself (:mod:`.labels_speakers`) before any label is asked for."""
        if not self._loaded:
            self._load()

    def resolve(self, canonical: str, typ: str) -> Label:
        """The best label for a canonical name of type PERSON/ORG/LOC/MISC. Never raises."""
        key = (canonical, typ)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        self.ensure_loaded()
        try:
            label = self._resolve(canonical, typ)
            if label.source == TRANSLITERATION and typ != "PERSON":  # الجمهورية اليمنية → Yemen (labels_states)
                state = official_state(canonical)
                if state is not None:
                    label = Label(sanitize_label(state), GAZETTEER)
            if typ == "ORG":  # a company named by its trade: X للتأمين → X Insurance (labels_trade)
                label = trade_label(self, canonical, label)
            elif typ == "LOC" and label.source in (TRANSLITERATION, GEONAMES):  # كنتاكي → Kentucky (labels_famous)
                label = famous_label(self, canonical, label)
            if label.source == TRANSLITERATION and (model := designation(canonical)) is not None:
                label = Label(model, label.source)  # إف-16 → F-16, not Af1a6 (labels_loan)
            if label.source == TRANSLITERATION:  # a loanword's final و is o (labels_loan)
                loan = loan_final_o(canonical, label.text)
                if loan is not None:
                    label = Label(loan, label.source)
            if typ == "PERSON":  # an initial spelled as its letter's name: كيفن إيه هاسيت → Kevin A. Hassett
                initials = latin_initials(canonical, label.text)
                if initials is not None:
                    label = Label(initials, label.source)
            if typ == "PERSON":  # a Gulf ruling house's member is a Sheikh (labels_local)
                titled = ruling_house_member(canonical, label.text)
                if titled is not None:
                    label = Label(titled, label.source)
        except Exception:
            log.exception("English label for %r failed; transliterating", canonical)
            label = Label(sanitize_label(transliterate(canonical)), TRANSLITERATION)
        if len(self._cache) < self.CACHE_SIZE:
            self._cache[key] = label
        return label

    def describe(self, text: str) -> Label | None:
        """An English description of a speaker or source named by its role (مصادر مطلعة → "informed
        sources"; :func:`~.labels_roles.describe_role`), or None. Never raises."""
        key = (text, "")
        if key in self._roles:
            return self._roles[key]
        self.ensure_loaded()
        try:
            label = describe_role(self, text)
        except Exception:
            log.exception("English description of %r failed", text)
            label = None
        if len(self._roles) < self.CACHE_SIZE:
            self._roles[key] = label
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
        if typ == "ORG":  # an outlet named by a place or a word the gazetteer holds as one (الرياض)
            outlet = self._outlet(name)
            if outlet is not None:
                return outlet
        entry = gazetteer().lookup(name) or (airline_entry(name) if typ == "ORG" else None)
        if entry is None and typ != "PERSON" and " " in name and fold(name.rsplit(" ", 1)[1]) in _HONORIFICS:
            # المسجد النبوي الشريف, المسجد الأقصى المبارك: an honorific English names leave out
            shorter = self._resolve(name.rsplit(" ", 1)[0], typ)
            if shorter.source != TRANSLITERATION:
                return shorter
        if entry is not None:
            if typ == "PERSON" and entry.type == "PERSON":
                untitled = self._untitled(name, entry.label_en)
                if untitled is not None:
                    return untitled
            elif typ == "PERSON":
                given = self._given_not_place(name)
                if given is not None:
                    return given
            return Label(sanitize_label(entry.label_en), GAZETTEER)
        if typ != "PERSON":
            unglued = self._unglued(name)
            if unglued is not None:  # لوزارة الصحة → وزارة الصحة: Ministry of Health, not "Luzara Al-Saha"
                return self._resolve(unglued, typ)
        label: Label | None = None
        if typ == "PERSON":
            label = self._regnal(name) or (_chinese(name) if _may_be_chinese(name) else None) or self._person(name)
        elif typ == "LOC":
            label = self._country_short_form(name) or self._place(name) or self._compass(name) \
                or self._local_place(name) or self._composed(name, typ) or self._small_place(name)
        else:
            label = (self._dated_event(name) if typ == "MISC" else None) \
                or ordinal_first(name, self._composed(name, typ)) or self._loaned(name)
            if label is None and typ in ("MISC", "ORG"):
                label = self._headless(name, names=typ == "ORG")
            if label is None and len(name.split()) <= 2:
                label = self._place(name, by_sound=False)  # a club or outlet named by its town: نانسي → Nancy
        if label is not None and label.text:
            return label
        return Label(sanitize_label(self._guess(name, typ)), TRANSLITERATION)

    def _local_place(self, name: str) -> Label | None:
        """A square, park or street named by one common noun (ساحة العدل → Al-Adl Square; labels_local)."""
        text = local_named_place(self.glossary, name)
        return Label(sanitize_label(text), TRANSLITERATION) if text else None  # the noun: a reading

    def _regnal(self, name: str) -> Label | None:
        """A ruler's or pope's name with its ordinal (بطليموس الثاني → Ptolemy II, لويس الرابع عشر → Louis
        XIV): the name, then the number in Roman numerals; None without an ordinal at the end. (The
        Qatari family آل ثاني is written with آل, not the article.)"""
        words = name.split()
        for n in (2, 1):
            if len(words) > n:
                roman = _REGNAL.get(fold(" ".join(words[-n:])))
                if roman is not None:
                    ruler = self._resolve(" ".join(words[:-n]), "PERSON")
                    return Label(f"{ruler.text} {roman}", ruler.source) if ruler.text else None
        return None

    def _given_not_place(self, name: str) -> Label | None:
        """A person named by one word the gazetteer holds as a place or a body (خليل: Hebron, هند: India,
        رائد: the club Al Raed): the given name, when the name index spells it; None: keep the
        gazetteer's label (a place of two words tagged as a person, خميس مشيط, stays the place)."""
        if " " in name:
            return None
        person = self._person(name)
        return person if person is not None and person.source == NAME_INDEX else None

    def _untitled(self, name: str, english: str) -> Label | None:
        """A person the gazetteer names by a title (King Salman) written without it (سلمان بن عبدالعزيز
        آل سعود): the name as written, when the name index spells it and it holds the gazetteer's name
        (Salman bin Abdulaziz); None: keep the gazetteer's label (عبد الله الثاني stays King Abdullah II).
        Only a name written in full, with its house (آل سعود): the bare chain (سلمان بن عبدالعزيز) is the
        titled name in the train gold 15 times of 18, the full name 12 of 29 (session 13)."""
        title, _, rest = english.partition(" ")
        words = _TITLES.get(title)
        folded = fold(name).split()
        if words is None or not rest or any(w in words for w in folded) or len(folded) < 2 or folded[-2] != "ال":
            return None
        person = self._person(name)
        if person is None or person.source != NAME_INDEX:
            return None
        if not set(rest.split()) <= set(person.text.split()):
            return None
        return person

    def _unglued(self, name: str) -> str | None:
        """A name whose first word carries a preposition glued to a head-word of the glossary (لوزارة,
        بوزارة → وزارة; لمؤسسة, the ل of للمؤسسة, → المؤسسة) → the name without it; None when that word is
        a head, or a name, itself (لجنة, لندن, ليالي)."""
        first, _, rest = name.partition(" ")
        gl = self.glossary
        if gl is None or len(first) < 4 or first[0] not in "لب":
            return None
        heads = gl.heads
        candidates = ("ال" + first[1:], first[1:]) if first[0] == "ل" else (first[1:],)
        found = next((c for c in candidates if (fold(c),) in heads), None)
        if found is None or (fold(first),) in heads or gazetteer().lookup(first) is not None \
                or self.geonames.get(_key(first)) is not None:
            return None
        return f"{found} {rest}".strip()

    def _guess(self, name: str, typ: str) -> str:
        if self._fallback is not None:
            return self._fallback(name, typ)
        return transliterate(name)

    # places
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
        found = self._sound_alike(units, self._arab_reading(units, [self._unit(unit) for unit in units]))
        parts: list[str] = []
        weakest = _KNOWN
        foreign = _NOT_FOREIGN.isdisjoint(name) and not any(u.startswith("ال") or " " in u for u in units)
        for unit, (text, how) in zip(units, found, strict=True):
            if 0 < len(parts) < len(units) - 1 and unit in _WESTERN_PARTICLES and not _NOT_FOREIGN & set(name):
                text = _WESTERN_PARTICLES[unit]
            if text and how == _GUESS and unit.endswith("وف") and len(unit) >= 5 and text.endswith("uf"):
                text = text[:-2] + "ov"  # a Slavic surname's -ov (ألخانوف → Alkhanov, not Alkhanuf)
            if how == _GUESS and foreign and (german := german_word(unit)) is not None:
                text = german  # ش + a consonant first: German St-, Schw- (شفاينشتايجر → Schweinsteiger)
            if text:
                parts.append(text)
                weakest = min(weakest, how)
        if not parts:
            return None
        if len(units) > 1 and weakest >= _RARE:
            full = index.full(units)
            if full is not None and full[1] >= index.TRUST:
                words = full[0].split()
                if len(words) == len(units):  # Thamer Alhameed → Thamer Al-Hameed, word by word
                    words = [self._article_form((w, 0), u)[0] for w, u in zip(words, units, strict=True)]
                return Label(sanitize_label(" ".join(words)), NAME_INDEX)
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
            if " " in unit or unit.startswith("ال") or not _NOT_FOREIGN.isdisjoint(unit):
                return found
        guessed = any(how == _GUESS for _, how in found)
        arab = [how >= _RARE and self._arab_given(unit) for unit, (_, how) in zip(units, found, strict=True)]
        if not guessed and all(arab):
            return found  # an Arab name: no need of the English list
        sound = self._sound_index()
        if sound is None:
            return found
        # a known word's place on the English list counts only for a word Arab sources do not hold, unless a
        # word is guessed (then every known word must be listed): no list search for محمد in Robert Mohammed
        listed = [how >= _RARE and (guessed or not ar) and self._western_word(text)
                  for (text, how), ar in zip(found, arab, strict=True)]
        western = any(lst and not ar for lst, ar in zip(listed, arab, strict=True))
        if not western and not (guessed and all(lst or how == _GUESS or inner_initial(units, i)
                                                   for i, (lst, (_, how)) in enumerate(zip(listed, found, strict=True)))):
            return found
        matches = []
        last = len(units) - 1
        for i, (unit, (text, how), lst, ar) in enumerate(zip(units, found, listed, arab, strict=True)):
            respell = western and how >= _RARE and not lst and not ar and latin_key(text) != arabic_key(unit)
            # the first word is a given name, the last a surname (جيرود: Giroud, not the given name Jerrod)
            role = GIVEN if i == 0 else SURNAME if i == last else None
            matches.append(sound.lookup(unit, role=role) if (how == _GUESS or respell)
                           and not inner_initial(units, i) else None)
        # a name is matched by sound only when every word nothing else knows sounds closely like a name of
        # the list: one loose or missing match (آرسين ~ Wierson) makes the whole a guess, each such word
        # spelled as foreign names are, and marked as a guess (not "Wierson Finger" as a known name)
        # (an initial, كيه in فيليب كيه ديك, is no word to match: latin_initials writes it as K.)
        trusted = all(m is not None and m[1] >= CLOSE for i, (m, (_, how)) in enumerate(zip(matches, found, strict=True))
                      if how == _GUESS and not inner_initial(units, i))
        out = []
        for unit, (text, how), match in zip(units, found, matches, strict=True):
            if how == _GUESS:
                if match is not None and trusted:
                    out.append((match[0], _SOUND))
                else:  # a foreign word no list knows closely: spelled as such names are
                    out.append((foreign_word(unit) or text, _GUESS))
            elif match is not None and match[1] >= CLOSE:  # a stray spelling respelled (جولي → Julie)
                out.append((match[0], _SOUND))
            else:
                out.append((text, how))
        return out

    def _arab_reading(self, units: list[str], found: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The guessed words of an Arab name (one with a family name with the article, a particle, or a
        given name Arab sources hold) read as Arabic words (:func:`~.translit.arab_word`: جلوي بن محمد →
        Jalawi, not "Jlawi"), before :meth:`_sound_alike` may find the name foreign and spell them so."""
        if not any(how == _GUESS for _, how in found):
            return found
        arab = any(unit.startswith("ال") or fold(unit.split()[0]) in _PARTICLES for unit in units) \
            or any(how >= _RARE and self._arab_given(unit) for unit, (_, how) in zip(units, found, strict=True))
        if not arab:
            return found
        out = []
        for unit, (text, how) in zip(units, found, strict=True):
            if how == _GUESS and " " not in unit and text == transliterate_word(unit):
                text = arab_word(unit)
            out.append((text, how))
        return out

    def _western_word(self, english: str) -> bool:
        """Whether one English word is a name of the Census list (western_names.tsv); memoised per word
        (a search of its sound group when it is not listed as written: ~0.1 ms; issue #13)."""
        hit = self._listed_memo.get(english)
        if hit is None:
            sound = self._sound_index()
            hit = sound is not None and sound.has_name(english)
            if len(self._listed_memo) < _MEMO_SIZE:
                self._listed_memo[english] = hit
        return hit

    def _arab_given(self, unit: str) -> bool:
        """Whether a name word is an Arab given name (the gazetteer's given names, the Gulf spellings);
        memoised per word: a person's name asks it of every unit (محمد in one name of five), three
        look-ups and a fold each time (issue #13)."""
        hit = self._arab_memo.get(unit)
        if hit is None:
            hit = self._arab_given_uncached(unit)
            if len(self._arab_memo) < _MEMO_SIZE:
                self._arab_memo[unit] = hit
        return hit

    def _arab_given_uncached(self, unit: str) -> bool:
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
            if how == _GUESS and len(toks) == 2 and rest == transliterate_word(toks[1]):
                rest = arab_word(toks[1])  # after a particle, an Arab name: آل كركمان → Al Karkaman
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
        found = self._word_spelling(word)
        return self._article_form(found, word) if word.startswith("ال") else found

    def _article_form(self, hit: tuple[str, int], word: str) -> tuple[str, int]:
        """A spelling of a family name with the article (ال…) in the press's Al- form: the article glued
        to the name is split off (Alhamrani → Al-Hamrani, Elsayed → Al-Sayed). Not a Western name whose
        Arabic spelling starts with the same letters (الكسندر → Alexander, الفريد → Alfred: the Latin letter
        after "Al" must be one the Arabic letter after ال is written with, and the word not a common
        Western name)."""
        text = hit[0]
        if word.startswith("ال") and _GLUED_ARTICLE.match(text) \
                and text[2] in _FIRST_LATIN.get(word[2:3], "aeiou") and not self._common_western(text):
            return "Al-" + text[2:3].upper() + text[3:], hit[1]
        return hit

    def _common_western(self, english: str) -> bool:
        """Whether one word is a common name of the Census list (at least one bearer in 100,000: Alfred,
        Albert; not the Arab-American Alhameed, 0.06)."""
        sound = self._sound_index()
        if sound is None:
            return False
        return any(name == english and weight >= 1.0 for name, _key, weight in
                   sound.candidates(skeleton(latin_key(english))))

    def _word_spelling(self, word: str) -> tuple[str, int]:
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
        if hit is not None and not _has_article(hit[0], word):
            # السقا → Sakka, اليونسي → Younsi: the bare name as its region writes it; the Gulf press writes
            # the article (Al-Sakka), and the attested spelling of the name itself stays
            bare = hit[0]
            if bare[:1] in "Ll" and word[2:3] in "اأإآع" and len(bare) > 2:
                bare = bare[1:]  # العادي → Laadi, العبيدي → Labidi: the article's l glued to a vowel
            hit = ("Al-" + bare[:1].upper() + bare[1:], hit[1])
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
        key = index._key(unit)
        central = gulf.central(key)  # (None: the press agrees)
        if central is None:
            text = gulf.prefer(key, current)
        else:  # the project's spelling stays when it is alike to the central one
            text = None if current is not None and _alike(current, central) else central
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
