"""Western and other non-Arab given names and surnames written in Arabic letters (دونالد ترامب, جوش
إرنست), matched by sound against a frequency list of English-language names.

Why: the name index of ``arabic-name-romanizer`` holds people of Arab countries, Iran and Pakistan, and a
letter-by-letter transliteration of a foreign name is unrecognisable ("Dunald Taramb"). Arabic writes a
foreign name by its consonants, with ا و ي for the long (often also the stressed short) vowels. So
both the Arabic word and every English name of the list are reduced to the same phonetic key:

* consonant classes, the distinctions Arabic spelling of foreign names keeps (b/p → B, f/v → F, k/c/q →
  K, g/j → G, s/z → S, sh/ch → X, …), ``h`` dropped on both sides except at the start (silent in
  English spelling, ه a vowel sign at the end of Arabic words);
* vowel slots between the consonants: A (ا, a), O (و, o/u/w), I (ي, e/i/y), a run of them, or empty.

Candidates share the consonant skeleton exactly (one dict lookup); each is scored by its vowel slots (an
English short vowel Arabic leaves unwritten costs little, an Arabic long vowel with nothing in English
costs much) and the most frequent candidate whose score reaches :data:`THRESHOLD` wins.

The list is ``resources/names/western_names.tsv`` (``packaging/gen_western_names.py``): the U.S. Census
Bureau's 1990 given-name and surname frequency files (public domain) as shipped by the ``names`` package
(MIT), with the European and Latin American given names and surnames of the Faker package's person lists
(MIT) that the Census lacks (Thiago, Ciani). A name's frequency as a given name and as a surname are kept
apart: a name's first word is matched against given names, its last against surnames. One row per skeleton, its names with the keys computed by :func:`latin_key`; the resolver reads
the file lazily, on the first foreign name the other sources do not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

__all__ = ["GIVEN", "SURNAME", "THRESHOLD", "SoundIndex", "arabic_key", "latin_key", "skeleton"]

#: minimum vowel-slot similarity (1.0 = every slot agrees) for a candidate to be taken
THRESHOLD = 0.8
#: the roles of :meth:`SoundIndex.lookup`, and how much a name's frequency in the other role counts
GIVEN, SURNAME = "given", "surname"
OTHER_ROLE = 0.05
VOWELS = frozenset("AOI")

# --- Arabic -----------------------------------------------------------------------------------------
_AR = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "T", "ج": "G", "غ": "G",
    "گ": "G", "ڨ": "G", "خ": "K", "ق": "K", "ك": "K", "ر": "R", "ز": "S", "س": "S", "ص": "S", "ظ": "S",
    "ش": "X", "ف": "F", "ڤ": "F", "ل": "L", "م": "M", "ن": "N", "ح": "", "ه": "", "ع": "", "ء": "",
    "ا": "A", "آ": "A", "أ": "A", "ى": "A", "ة": "A", "إ": "I", "ئ": "I", "ي": "I", "ؤ": "O", "و": "O",
}
#: letters that Arabic spellings of Western names practically never use: a word with one is Arab
ARAB_ONLY = frozenset("حعصضطظقذ")
_AR_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


def arabic_key(word: str) -> str | None:
    """The phonetic key of one Arabic word (see the module doc), or None when it has a letter outside
    the table (a Latin letter, a digit)."""
    word = _AR_DIACRITICS.sub("", word).replace("تش", "ش")
    out: list[str] = []
    if word[:1] == "ه":  # an initial h is written (هاري, Harry); elsewhere ه is a vowel sign or silent
        out.append("H")
        word = word[1:]
    for ch in word:
        k = _AR.get(ch)
        if k is None:
            return None
        out.append(k)
    return _collapse(out)


# --- English ----------------------------------------------------------------------------------------
# ordered: the first pattern that matches at a position wins
_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), k) for p, k in (
    (r"^h(?=[aeiouy])", "H"), (r"^kn", "N"), (r"^wr", "R"), (r"^ps", "S"), (r"^wh", "O"), (r"^x", "S"), (r"^y(?=[aeiou])", "I"),
    (r"sch", "X"), (r"sh", "X"), (r"ch(?=[rl]|ae|ol)", "K"), (r"ch", "X"), (r"ph", "F"), (r"th", "T"),
    (r"^gh", "G"), (r"gh", ""), (r"ck", "K"), (r"x", "KS"), (r"c(?=[eiy])", "S"), (r"c", "K"),
    (r"q", "K"), (r"g", "G"), (r"j", "G"), (r"[sz]", "S"), (r"[fv]", "F"), (r"[bp]", "B"), (r"k", "K"),
    (r"d", "D"), (r"t", "T"), (r"h", ""),
    (r"e$", ""), (r"(?:ee|ea|ie|ei|ey|ay|ai)", "I"), (r"(?:oo|ou|ow|au|aw|oa|ue|ui)", "O"),
    (r"a", "A"), (r"[eiy]", "I"), (r"[ouw]", "O"), (r"l", "L"), (r"m", "M"), (r"n", "N"), (r"r", "R"),
))


def _first_letters(pattern: str) -> str:
    """The letters a rule's match can start with (a rule starts with a letter, a class or a group of
    alternative letter pairs, after an optional ``^``)."""
    p = pattern.removeprefix("^")
    if p.startswith("(?:"):
        return "".join(alt[0] for alt in p[3:p.index(")")].split("|"))
    if p.startswith("["):
        return p[1:p.index("]")]
    return p[0]


# the rules that can match at a letter, as one alternation per letter in the rules' order (Python's re
# takes the first alternative that matches): one match call per letter, over the two to eight rules that
# start with it instead of all forty (issue #13: latin_key cost ~50 µs a name with one alternation)
_LATIN_BY_LETTER: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    letter: (re.compile("|".join(f"({pat.pattern})" for pat, _ in rules)), tuple(key for _, key in rules))
    for letter in sorted({c for pat, _ in _LATIN_RULES for c in _first_letters(pat.pattern)})
    for rules in ([(pat, key) for pat, key in _LATIN_RULES if letter in _first_letters(pat.pattern)],)
}


def latin_key(name: str) -> str:
    """The phonetic key of one English name word (letters only; case and accents ignored)."""
    s = name.casefold()
    out: list[str] = []
    i = 0
    n = len(s)
    by_letter = _LATIN_BY_LETTER
    while i < n:
        rules = by_letter.get(s[i])
        if rules is not None:
            m = rules[0].match(s, i)
            if m is not None and m.lastindex is not None:  # (every rule consumes a letter)
                out.append(rules[1][m.lastindex - 1])
                i = m.end()
                continue
        i += 1  # not a letter, or one no rule names (accented, non-Latin): no sound
    return _collapse(out)


def _collapse(tokens: Iterable[str]) -> str:
    """Joined tokens, a letter repeated in a row written once."""
    out: list[str] = []
    for tok in tokens:
        for ch in tok:
            if not out or out[-1] != ch:
                out.append(ch)
    return "".join(out)


_NO_VOWELS = str.maketrans("", "", "AOI")


def skeleton(key: str) -> str:
    """The consonants of a key (what must agree exactly)."""
    return key.translate(_NO_VOWELS)


_CONSONANT = re.compile("[^AOI]")


def _slots(key: str) -> list[str]:
    """The vowels (or "") before each consonant and after the last one."""
    return _CONSONANT.split(key)


def similarity(ar_key: str, en_key: str) -> float:
    """How well the vowels of an English key fit an Arabic key with the same skeleton: 1 − cost per
    consonant; an English vowel Arabic leaves unwritten costs 0.25 (0.75 at the start or the end: Arabic
    writes an initial vowel with alef, a final one with a long-vowel letter), vowel runs two or more
    letters apart 0.5 more, an Arabic vowel with no English one 1, an English final a that Arabic does not
    write 1, two different vowels 0.5 (an initial alef carries any vowel; two runs that share a vowel
    agree)."""
    return _fit(_slots(ar_key), _slots(en_key))


def _fit(a: list[str], e: list[str]) -> float:
    """:func:`similarity` of vowel slots (an Arabic key's slots are split once per lookup)."""
    if len(a) != len(e):
        return 0.0
    cost = 0.0
    last = len(a) - 1
    for i, (va, ve) in enumerate(zip(a, e, strict=True)):
        if va == ve:
            continue  # the commonest case, at no cost (below, each test finds nothing to add)
        if abs(len(va) - len(ve)) >= 2:  # جويان is not John: its و and ي are consonants
            cost += 0.5
        if i == last and ve.endswith("A") and "A" not in va:
            cost += 1.0  # a final -a is written (ا ة ى): أوليفيه is not Olivia
            continue
        # a vowel in common (slots hold only A, O, I): باور ~ Power: او ~ ow-e
        if ("A" in va and "A" in ve) or ("O" in va and "O" in ve) or ("I" in va and "I" in ve):
            continue
        if not va:
            cost += 0.75 if i in (0, last) else 0.25
        elif not ve:
            cost += 1.0
        elif not (i == 0 and va == "A"):
            cost += 0.5
    return 1.0 - cost / max(1, len(a) - 1)


def _same_vowels(a: list[str], en_key: str) -> bool:
    """Whether an English key writes the very vowels of an Arabic key's slots ``a`` (an initial alef
    carries any vowel: أوليفر ~ Oliver)."""
    e = _slots(en_key)
    if a[1:] != e[1:]:
        return False
    return a[0] == e[0] or (a[0][:1] == "A" and a[0][1:] in ("", e[0]))


class Groups(Protocol):
    """What :class:`SoundIndex` reads its groups from: a dict, or the labeller's sorted table."""

    def get(self, key: str, default: str, /) -> str: ...


class SoundIndex:
    """English names by consonant skeleton; :meth:`lookup` an Arabic word.

    ``groups`` maps a skeleton to its candidates as the TSV stores them, ``English key weight`` joined
    by ``|``; a group is parsed on its first lookup (loading 19,000 groups costs ~10 ms, parsing all 90,000
    names would cost 30 times that)."""

    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self._parsed: dict[str, list[tuple[str, str, float]]] = {}
        self._memo: dict[str, tuple[str, float] | None] = {}
        self._names: dict[str, bool] = {}
        self._folded: dict[str, str] = {}  # skeleton → its group casefolded, for has_name
        self._items: dict[str, list[str]] = {}  # skeleton → its group's items, for lookup

    @classmethod
    def from_names(cls, rows: Iterable[tuple[str, str, float | tuple[float, float]]]) -> SoundIndex:
        """An index of (English, key, weight) rows (tests, the generator)."""
        return cls(group_rows(rows))

    def candidates(self, sk: str) -> list[tuple[str, str, float]]:
        """(English, key, weight) of the names with skeleton ``sk``, most frequent first."""
        out = self._parsed.get(sk)
        if out is None:
            out = []
            for item in self._groups.get(sk, "").split("|"):
                parts = item.split(" ")
                if len(parts) == 3:
                    try:
                        out.append((parts[0], parts[1], sum(_weights(parts[2]))))
                    except ValueError:
                        continue
            self._parsed[sk] = out
        return out

    def has_name(self, english: str) -> bool:
        """Whether ``english`` (one word) is a name of the list."""
        hit = self._names.get(english)
        if hit is None:  # a substring search of its group: no parse of a group of thousands of names
            sk = skeleton(latin_key(english))
            group = self._folded.get(sk)
            if group is None:
                raw = self._groups.get(sk, "")
                # written as listed (the commonest case): found without casefolding the whole group
                # (casefolding is per character, so a match as written is a match casefolded)
                if raw.startswith(english + " ") or f"|{english} " in raw:
                    if len(self._names) < 100_000:
                        self._names[english] = True
                    return True
                group = "|" + raw.casefold()
                if len(self._folded) < 100_000:
                    self._folded[sk] = group
            hit = f"|{english.casefold()} " in group
            if len(self._names) < 100_000:
                self._names[english] = hit
        return hit

    def lookup(self, word: str, *, min_consonants: int = 2, threshold: float = THRESHOLD,
               role: str | None = None) -> tuple[str, float] | None:
        """(English name, similarity) of the most frequent English name that sounds like ``word``
        (similarity ≥ ``threshold``), or None. Words with a letter of :data:`ARAB_ONLY`, or with
        fewer than ``min_consonants`` consonants, are not looked up.

        ``role`` (:data:`GIVEN` or :data:`SURNAME`): the word is a given name (a name's first word) or a
        surname (its last): a name's frequency in that role counts, its frequency in the other role only
        :data:`OTHER_ROLE` as much (جيرود as a surname is Giroud, not the given name Jerrod); None: both."""
        memo_key = f"{word}\t{min_consonants}\t{threshold}\t{role}"
        if memo_key in self._memo:
            return self._memo[memo_key]
        out = self._lookup(word, min_consonants, threshold, role)
        if len(self._memo) < 100_000:
            self._memo[memo_key] = out
        return out

    def _lookup(self, word: str, min_consonants: int, threshold: float,
                role: str | None) -> tuple[str, float] | None:
        if not ARAB_ONLY.isdisjoint(word):
            return None
        key = arabic_key(word)
        if key is None:
            return None
        if len(skeleton(key)) < min_consonants:
            return None
        best = self._best(key, threshold, role)
        if word.endswith("يه") and len(word) >= 4:
            # French -ier/-ié written ييه/يه (أوليفييه, ديدييه, مونبلييه): its silent r is a consonant
            # of the English key; the more frequent of the two readings wins
            silent_r = self._best(key + "R", threshold, role)
            if silent_r is not None and (best is None or silent_r[:2] > best[:2]):
                best = silent_r
        return (best[2], best[1]) if best is not None else None

    def _best(self, key: str, threshold: float, role: str | None) -> tuple[float, float, str] | None:
        """(rank, similarity, English) of the best candidate for an Arabic key, or None."""
        sk = skeleton(key)
        best: tuple[float, float, str] | None = None
        slots = _slots(key)
        fits: dict[str, float] = {}  # names of a group share keys (Jon, John): one fit per key
        items = self._items.get(sk)
        if items is None:  # split once per skeleton: words of one skeleton share it
            items = self._groups.get(sk, "").split("|")
            if len(self._items) < 100_000:
                self._items[sk] = items
        for item in items:  # most frequent first, parsed as needed
            parts = item.split(" ")
            if len(parts) != 3:
                continue
            english, en_key, weight_text = parts
            if best is None:  # nothing to outrank yet: a name that does not fit needs no weights parsed
                if _memo_fit(fits, slots, en_key) < threshold:
                    continue  # (as below: a weight that does not parse is skipped too)
            try:
                given, surname = _weights(weight_text)
            except ValueError:
                continue
            total = given + surname
            if best is not None and 4.0 * total < best[0]:
                break  # no later (rarer) name can outrank the best one (groups are sorted by total)
            if role == GIVEN:
                weight = given + OTHER_ROLE * surname
            elif role == SURNAME:
                weight = surname + OTHER_ROLE * given
            else:
                weight = total
            if best is not None and 4.0 * weight < best[0]:
                continue  # even a perfect fit (bonus 4) ranks below the best one: no fit to compute
            sim = _memo_fit(fits, slots, en_key)
            if sim < threshold:
                continue
            # the most frequent among the close fits; a fit vowel for vowel outweighs a 4× more frequent
            # one, a perfect fit of shared vowels (سياني ~ Sweeney: ia ~ ee) a 2× more frequent one
            bonus = 4.0 if sim >= 0.999 and _same_vowels(slots, en_key) else 2.0 if sim >= 0.999 else 1.0
            rank = (weight * bonus, sim, english)
            if best is None or rank[:2] > best[:2]:
                best = rank
        return best


def _memo_fit(fits: dict[str, float], slots: list[str], en_key: str) -> float:
    """The fit of an English key to the Arabic ``slots``, computed once per key (names of a group share
    keys: Jon, John) and kept in ``fits``."""
    sim = fits.get(en_key)
    if sim is None:
        sim = fits[en_key] = _fit(slots, _slots(en_key))
    return sim


def _weights(text: str) -> tuple[float, float]:
    """A stored weight → (as a given name, as a surname): ``given/surname``, or one number (a place, a
    name of either role) split evenly."""
    given, sep, surname = text.partition("/")
    if sep:
        return float(given), float(surname)
    half = float(text) / 2
    return half, half


def _weight_text(weight: float | tuple[float, float]) -> str:
    if isinstance(weight, tuple):
        return f"{_num(weight[0])}/{_num(weight[1])}"
    return f"{weight:.3f}"


def _num(x: float) -> str:
    """A weight, short: 3 significant digits (``232``, ``0.245``, ``0``)."""
    return f"{x:.3g}" if x else "0"


def _total(weight: float | tuple[float, float]) -> float:
    return sum(weight) if isinstance(weight, tuple) else weight


def group_rows(rows: Iterable[tuple[str, str, float | tuple[float, float]]]) -> dict[str, str]:
    """(English, key, weight) rows → skeleton → ``English key weight|…``, most frequent first; a weight is
    one number, or (as a given name, as a surname), stored ``given/surname``."""
    by: dict[str, list[tuple[str, str, float | tuple[float, float]]]] = {}
    for english, key, weight in rows:
        if isinstance(weight, tuple):  # sorted as stored, so that a reader sees the order it parses
            weight = (float(_num(weight[0])), float(_num(weight[1])))
        by.setdefault(skeleton(key), []).append((english, key, weight))
    return {sk: "|".join(f"{e} {k} {_weight_text(w)}" for e, k, w in sorted(c, key=lambda r: (-_total(r[2]), r[0])))
            for sk, c in by.items()}


def sound_table(name: str, source: str, rows: Sequence[tuple[str, str, float | tuple[float, float]]]) -> str:
    """The text of a sound table that a generator in ``packaging/`` writes (``place_sounds.tsv``,
    ``western_names.tsv``): a header line (``# name``, row and name counts, then ``source``: where the
    names come from and their licence), one ``skeleton<TAB>group`` line per skeleton (:func:`group_rows`),
    sorted, and ``# end``."""
    groups = group_rows(rows)
    lines = [f"# {name}\trows={len(groups)}\tnames={len(rows)}\t{source}"]
    lines += [f"{sk}\t{groups[sk]}" for sk in sorted(groups)]
    lines.append("# end")
    return "\n".join(lines) + "\n"
