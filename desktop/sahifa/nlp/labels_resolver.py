"""The label resolver (:class:`LabelResolver`): a canonical name and its type → an English
:class:`~sahifa.nlp.labels_sources.Label`, trying the sources strongest first."""

from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path

from .gazetteer import gazetteer
from .labels_chinese import chinese_label as _chinese
from .labels_chinese import may_be_chinese as _may_be_chinese
from .labels_famous import famous_label
from .labels_loan import designation, latin_initials, loan_final_o
from .labels_local import ruling_house_member
from .labels_match import project_label, sanitize_label
from .labels_national import airline_entry
from .labels_ordinal import ordinal_first
from .labels_parts import _shortened
from .labels_people import CLOSE, PersonLabels
from .labels_roles import describe_role
from .labels_shared import SHARED, _has_article, _Shared
from .labels_sound import SoundIndex
from .labels_sources import (
    GAZETTEER,
    GEONAMES,
    NAME_INDEX,
    ORIGINAL,
    PROJECTION,
    TRANSLITERATION,
    Fallback,
    Label,
    _Damaged,
    _default_names_dir,
    _Glossary,
    _GulfNames,
    _has_arabic,
    _key,
    _load_glossary,
    _load_gulf,
    _NameIndex,
    _read_table,
    _Table,
    _warn_once,
    fold,
)
from .labels_spans import spanned_label
from .labels_states import official_state
from .labels_trade import trade_label
from .translit import transliterate

# re-exported: tests and callers read them here (the person and place halves live in labels_people and
# labels_places since session 17)
__all__ = ["CLOSE", "LabelResolver", "_has_article"]

log = logging.getLogger("sahifa.nlp.labels")  # one logger for the labeller (its warnings name it)

# ---------------------------------------------------------------------------------------------------
# the resolver
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


class LabelResolver(PersonLabels):
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
            if label is None:  # no head-word, a known place or body inside: بايرن ميونيخ → Bayran Munich
                label = spanned_label(self, name, typ)
        if label is not None and label.text:
            return label
        return Label(sanitize_label(self._guess(name, typ)), TRANSLITERATION)

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

