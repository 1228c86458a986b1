"""A speaker named in quotation marks after the role phrase: "وقال مدير عام مكتب الصحة بالمحافظة “فلان”
سقط …", "أكد المتحدث الرسمي بالمديرية المكلف؛ "فلان"؛ تصحيح …". Writers set the holder's name off in
quotation marks; the quoted words are then the speaker, not the start of what was said."""

from __future__ import annotations

from .gazetteer import gazetteer
from .quotes_clauses import _CIRCUMSTANCE, _WHEN_CLAUSE
from .quotes_lexicon import _PREPS
from .quotes_phrases import _HOLDER_ROLES
from .quotes_speakers import _Speakers
from .quotes_tokens import _bare, _is_particle, _pair_opening_at, _Sent

_SETOFF = ("؛", "،", ",")
_MAX_WORDS = 4  # words of a quoted name


def _person_quoted(x: _Speakers, s: _Sent, j: int, c: int) -> bool:
    """Whether the quotation between marks j and c holds one person's name: exactly one PERSON of the entities,
    or two to four words whose first is a given name of the gazetteer ("“الخضر فلان”": the entities may not
    know a name that only a quotation sets off)."""
    words = s.toks[j + 1 : c]
    if len(words) < 2:
        return False  # "«سواس»": one quoted word is an outlet's or a body's name as often as a person's
    lo, hi = x.orig(s.st[j + 1]), x.orig(s.en[c - 1])
    people = x.ents.persons_inside(lo, hi)
    if len(people) == 1 and people[0].start == lo and people[0].end == hi:
        return True
    first = words[0][2:] if words[0].startswith("ال") else words[0]
    return 2 <= len(words) <= _MAX_WORDS and all(w.isalpha() for w in words) and gazetteer().given_name(first) is not None \
        and x.ents.overlapping_orig(lo, hi) is None


def quoted_holder(x: _Speakers, s: _Sent, a: int, b: int, limit: int) -> tuple[int, int, int] | None:
    """For a speaker phrase [a, b) after the verb: (first, end, after) of a person's name quoted after its
    first two words (the role; a comma or a semicolon may set the name off) — the name's tokens [first, end)
    and the token after its closing mark (and after a semicolon or comma there); None when there is none.
    The quotation holds a person's name (:func:`_person_quoted`), no more than ``_MAX_WORDS`` words, and
    closes before ``limit``."""
    toks = s.toks
    if _bare(toks[a]) not in _HOLDER_ROLES:
        return None  # a post one person holds ("مدير عام مكتب …", "المتحدث الرسمي"), not "أحد القادة", "المصادر"
    j = a + 2
    while j <= b and j < len(toks) and _pair_opening_at(s, j) < 0:
        if not (toks[j][0].isalpha() or toks[j] in _SETOFF) or _is_particle(toks[j]) or toks[j] in _PREPS:
            return None  # the role phrase is words only, no complementizer ("أن «فلان» …")
        j += 1
    p = _pair_opening_at(s, j) if j < len(toks) else -1
    if p < 0:
        return None
    c = s.closes[p]
    if c >= limit or c - j < 2 or s.words[c] - s.words[j + 1] > _MAX_WORDS or not _person_quoted(x, s, j, c):
        return None
    after = c + 1
    if after < len(toks) and toks[after] in _SETOFF:
        after += 1
    return j + 1, c, after


def unmarked_after(s: _Sent, k: int) -> bool:
    """Whether token k (after a quoted holder's name) opens speech written with no marker: a word that is no
    preposition, particle or conjunction ("“فلان” سقط ألف قتيل", not "“فلان” في تصريح …")."""
    if k >= len(s.toks) or s.inq[k] >= 0:
        return False
    t = s.toks[k]
    return t[0].isalpha() and " " not in t and t not in _PREPS and not _is_particle(t) and t[0] not in "وف" \
        and t not in _CIRCUMSTANCE and t not in _WHEN_CLAUSE
