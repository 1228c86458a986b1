"""Participles that report speech only when a complementizer or a colon follows them.

Besides the participles of the common speech verbs (quotes_lexicon._PARTICIPLES: "مشيرا"، "مؤكدا"), a
speaker's حال after a comma is often the participle of a verb of informing, expecting, hoping, hinting or
claiming: "…، مفيدا أن البلدية تسعى …", "…، متوقعا أن يكون الصيف أكثر هدوءا", "…، مؤملا أن تكون المشاركة
…", "…، ملمحا إلى أن …", "…، مدعين أنهم …". These words are also plain adjectives or nouns ("مفيد"
useful, "متوقع" expected, "المدعي العام" the prosecutor, "موجها الشكر"), so they are a cue only when what
follows is a clause of what was said: a complementizer (أن/بأن/إن, after the verb's own preposition when it
has one) or a colon / an opening quotation mark right after them.

Leaf module (no import from the other quotes modules), read by quotes_lexicon (the cue words) and
quotes_tokens (the check at each occurrence).
"""

from __future__ import annotations

import re

# stem (without the case/number ending) → (lemma, preposition)
_STEMS: tuple[tuple[str, str, str | None], ...] = (
    ("مفيد", "أفاد", None),  # informing: "مفيدا أن"
    ("متوقع", "توقع", None),  # expecting: "متوقعا أن"
    ("مؤمل", "أمل", None),  # hoping: "مؤملا أن"
    ("متمني", "تمنى", None),  # wishing: "متمنيا أن"
    ("ملمح", "ألمح", "إلى"),  # hinting: "ملمحا إلى أن"
    ("مستبعد", "استبعد", None),  # ruling out: "مستبعدا أن"
    ("مرجح", "رجح", None),  # deeming likely: "مرجحا أن"
    ("مدعي", "ادعى", None),  # claiming: "مدعيا أن"
    ("مدع", "ادعى", None),  # "مدعين أنهم" (the weak ي falls before ين)
    ("كاشف", "كشف", "عن"),  # revealing: "كاشفا أنه", "كاشفا عن أن" (not "كاشفا عن وجهه")
    ("معتقد", "اعتقد", None),  # believing: "معتقدا أن" (not "معتقدات" beliefs, not "المعتقد")
)
_ENDINGS = ("ا", "ة", "ين", "ان", "تين")

MARKED_PARTICIPLES: dict[str, tuple[str, str | None]] = {}
for _stem, _lemma, _prep in _STEMS:
    for _end in _ENDINGS:
        MARKED_PARTICIPLES.setdefault(_stem + _end, (_lemma, _prep))

# copulas and their sisters whose predicate a participle may be ("كان … متوقعا", "أصبح من المتوقع")
_COPULAS = frozenset(
    "كان كانت كانوا يكون تكون يكونون أصبح أصبحت اصبح اصبحت يصبح تصبح بات باتت ظل ظلت ليس ليست لازال مازال "
    "مازالت لايزال مايزال يبدو بدا بدت".split()
)


def _bare(t: str) -> str:
    return t[1:] if len(t) > 3 and t[0] in "وف" else t


_COMPLEMENTIZER = re.compile(r"^(?:[بل]?[أإا]ن)(?:ه|ها|هم|هما|هن|نا|ني)?$")
_OPENING = frozenset(':«“"„‹')


def marked_complement(toks: list[str], i: int, prep: str | None, clitic: int) -> bool:
    """Whether the marked participle at ``i`` is a حال followed by what was said: a complementizer right
    after it (after its preposition when it has one: "ملمحا إلى أن") or a colon / an opening quotation
    mark. Not the predicate of a copula a few words before ("وكان الطالب متوقعا أن ينجح", "ليس مفيدا أن")."""
    if clitic == 0:
        for t in reversed(toks[max(0, i - 3):i]):
            if not t[0].isalnum():
                break  # "… ليست للبيع، متمنية أن": a comma ends the copula's clause
            if _bare(t) in _COPULAS:
                return False
    k = i + 1
    if k < len(toks) and prep is not None and toks[k] in (prep, "الى" if prep == "إلى" else prep):
        k += 1
    if k >= len(toks):
        return False
    return toks[k] in _OPENING or _COMPLEMENTIZER.match(toks[k]) is not None
