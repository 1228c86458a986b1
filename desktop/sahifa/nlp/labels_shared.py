"""Module-level pieces of the label resolver (:mod:`sahifa.nlp.labels_resolver`), split from it for its
800-line limit (session 14): the packaged tables shared by every resolver of a process and the short forms of
countries (issue #13: read once per process), and the spelling helpers of a name's first letter and vowels."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import TypeAlias

from .gazetteer import gazetteer
from .labels_sound import SoundIndex
from .labels_sources import _Glossary, _GulfNames, _NameIndex, _Table, fold

_STATE_WORDS = ("جمهورية", "دولة", "مملكة", "سلطنة", "إمارة")
_ISLANDS = "جزر"  # جزر المالديف → Maldives, named short as المالديف

# the Latin letters a name's first Arabic letter is romanised with (ح → h, ق → q/k/g, ع → a vowel)
_FIRST_LATIN = {"ب": "bp", "ت": "t", "ث": "tsh", "ج": "jg", "ح": "h", "خ": "k", "د": "d", "ذ": "dtz", "ر": "r",
                "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "dtz", "غ": "g", "ف": "f",
                "ق": "qkg", "ك": "kc", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "wuo", "ي": "yie"}

_LONG_VOWELS = "اوي"
_FINAL_VOWELS = "اهةى"


def _vowel_variants(key: str) -> Iterator[str]:
    """``key`` with one long vowel (ا و ي) dropped or added after its first letter, or its final vowel
    (ا ه ة ى) written another way."""
    for i in range(1, len(key)):
        if key[i] in _LONG_VOWELS:
            yield key[:i] + key[i + 1:]
        for v in _LONG_VOWELS:
            if key[i - 1] != v and key[i] != v:
                yield key[:i] + v + key[i:]
    if key[-1] in _FINAL_VOWELS:
        for v in _FINAL_VOWELS:
            if v != key[-1]:
                yield key[:-1] + v


def _has_article(latin: str, word: str) -> bool:
    """Whether a spelling of a family name with the article (ال…) writes the article: Al-/El- or glued,
    or assimilated to the letter after it (السبسي → Essebsi). The Gulf press writes it, so a spelling
    without it (اليونسي → Younsi) gets it (Al-Younsi)."""
    if latin[:2].casefold() in ("al", "el"):
        return True
    return len(latin) > 2 and latin[0] in "AaEe" and latin[1].casefold() in _FIRST_LATIN.get(word[2:3], "")


# what every resolver of a process shares (issue #13: the pipeline's resolver and labels.resolver() would
# each read every table): the packaged tables the first resolver on them read, and the short forms of
# countries built from a glossary; one instance, :data:`SHARED`
_Shared: TypeAlias = tuple[dict[str, str] | _Table, dict[str, str] | _Table, _Glossary | None, _GulfNames | None,
                          _NameIndex | None, dict[str, SoundIndex | None]]
_NOT_IMPORTED = object()


class SharedTables:
    """The tables a process's label resolvers share, read or built once (:data:`SHARED`).

    * the packaged tables (geonames, world names, glossary, Gulf names, name index, sound tables), by the
      options a resolver reads them with (:meth:`tables`, :meth:`keep`); they are never changed once read;
    * the short forms of countries, one dict per glossary (:meth:`short_countries`): the gazetteer is one
      per process, and a resolver's glossary is read once and never changed.

    :meth:`clear` forgets both (the speed benchmark's cold runs, tests)."""

    def __init__(self) -> None:
        self._tables: dict[tuple[bool, bool, int], _Shared] = {}
        # id(glossary) → (the glossary, held so that its id is not reused; its short forms)
        self._short: dict[int, tuple[_Glossary | None, dict[str, str]]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(use_index: bool, use_model: bool) -> tuple[bool, bool, int]:
        """The options, and the romanizer's module as imported now (one object for a process's life;
        another when it is made unimportable, as a test does: then the index is read again, and fails
        as it would in a new process)."""
        return use_index, use_model, id(sys.modules.get("arabic_name_romanizer", _NOT_IMPORTED))

    def tables(self, use_index: bool, use_model: bool) -> _Shared | None:
        """The packaged tables a resolver with these options read before, or None."""
        return self._tables.get(self._key(use_index, use_model))

    def keep(self, use_index: bool, use_model: bool, tables: _Shared) -> None:
        """Keep what a resolver read (the first one's, if two read at once); the key is taken after the
        read, which may have imported the romanizer."""
        self._tables.setdefault(self._key(use_index, use_model), tables)

    def short_countries(self, glossary: _Glossary | None) -> dict[str, str]:
        """Folded short form → English of every country the gazetteer knows by its official form (جمهورية
        مالي) or as islands (جزر المالديف) whose short form is no word of ``glossary`` nor a gazetteer
        name (see LabelResolver._country_short_form); built once per glossary."""
        hit = self._short.get(id(glossary))
        if hit is not None and hit[0] is glossary:
            return hit[1]
        states = {fold(w) for w in _STATE_WORDS}
        islands = fold(_ISLANDS)
        words = glossary.words if glossary is not None else {}
        short: dict[str, str] = {}
        for key, entry in gazetteer().by_key.items():
            first, _, rest = key.partition(" ")
            if entry.kind != "country" or not rest:
                continue
            if first in states or (first == islands and (rest,) not in words
                                   and gazetteer().lookup(rest) is None):
                short.setdefault(rest, entry.label_en)
        with self._lock:
            if len(self._short) >= 8:  # tests make resolvers on many glossaries: keep a few
                self._short.clear()
            self._short[id(glossary)] = (glossary, short)
        return short

    def clear(self) -> None:
        """Forget every shared table: the next resolver reads its own (a cold run)."""
        with self._lock:
            self._tables.clear()
            self._short.clear()


#: the one instance of a process
SHARED = SharedTables()
