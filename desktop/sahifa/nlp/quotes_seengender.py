"""The gender the article itself gives each person it names, for the quote engine's agreement check.

A name's own gender (:func:`~sahifa.nlp.quotes_gender.name_gender`) is unknown for names of either sex
(أمل، جهاد), foreign names and unlisted ones; the article settles it where it writes the person with a
gendered title right before the name ("الإعلامية العراقية أمل صقر", "الدكتورة", "المهندس"; the titles
of the gazetteer's cues, a feminine one being a masculine title with ة) or makes the name the subject of a
gendered speech verb ("تقول فلانة"، "قالت فلانة"، "فلانة أكدت"). Each mention's evidence is counted per
person (the canonical name, which the short mentions share); a person with evidence of one gender only
has that gender. It fills in for the name's own gender (the trusted given-name lists), which comes first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.arabic import DIACRITICS_RE, fold
from ..core.model import EntityMention
from ..core.once import Once
from .gazetteer import Cue, gazetteer
from .quotes_gender import name_gender, verb_gender
from .quotes_lexicon import _VERB_FORMS

_WORD = re.compile(r"\w+|[^\w\s]")
_LOOK = 60  # characters before a mention read for its title or verb
_SKIP = frozenset(("السابق", "السابقه", "الراحل", "الراحله"))  # "الوزيرة السابقة فلانة": the title before


def _load_titles() -> frozenset[str]:
    """Folded one-word person titles of the gazetteer's cues ("الاعلاميه", "الدكتور", "الشيخ")."""
    out: set[str] = set()
    for first, rows in gazetteer().cues.items():
        for toks, cue in rows:
            if len(toks) == 1 and isinstance(cue, Cue) and cue.role in ("title", "title_direct") and len(first) > 2:
                out.add(first)
    return frozenset(out)


_TITLE_SET: Once[frozenset[str]] = Once(_load_titles)


def _title_gender(word: str) -> str | None:
    """"f" for a feminine title (a masculine title with ة: "الإعلامية", "الدكتورة"), "m" for a masculine
    one ("المهندس", "الشيخ"); None for other words and for titles that end in ة with no masculine form
    ("العلامة", "سماحة": a man's)."""
    titles = _TITLE_SET.get()
    key = fold(word[1:] if word[:1] in "وف" and fold(word[1:]) in titles else word)
    if key not in titles:
        return None
    if key.endswith("ه"):
        return "f" if key[:-1] in titles else None
    return "m"


def _verb_gender(word: str) -> str | None:
    """The gender of a singular speech verb form ("قالت", "وتقول" f; "قال", "أكد" m); None otherwise."""
    form = word[1:] if word[:1] in "وف" and word[1:] in _VERB_FORMS else word
    found = _VERB_FORMS.get(form)
    if found is None:
        return None
    present = form[:1] in "يت" and not found[0].startswith(form[:1])
    return verb_gender("verb", form, found[0], present)


def _evidence(text: str, e: EntityMention) -> str | None:
    """What the words around one mention say of the person's gender (see the module's note)."""
    window = text[max(0, e.start - _LOOK) : e.start]
    window = window[window.rfind("\n") + 1 :]  # not across a line break: a headline's last word is no title of
    before = _WORD.findall(DIACRITICS_RE.sub("", window))  # the name that opens the next paragraph
    k = len(before) - 1
    nat = gazetteer().nationalities
    while k >= 0 and (fold(before[k]) in nat or fold(before[k]) in _SKIP):
        k -= 1  # "الإعلامية العراقية فلانة": the title before the nationality
    if k >= 0:
        g = _title_gender(before[k])
        if g is not None:  # not after a definite noun it may qualify: "رئيس اللجنة الإعلامية فلان"
            return None if k > 0 and before[k - 1].startswith(("ال", "وال")) else g
        if k == len(before) - 1:
            g = _verb_gender(before[k])  # "قالت فلانة": the name is the verb's subject
            if g is not None:
                return g
    if before and before[-1][0].isalnum():
        return None  # "أمثال فلان تقول": a name inside a phrase is not the subject of the verb after it
    after = _WORD.findall(DIACRITICS_RE.sub("", text[e.end : e.end + 20]))
    return _verb_gender(after[0]) if after else None  # "فلانة أكدت": the verb after its subject


def seen_genders(text: str, ents: Sequence[EntityMention]) -> dict[str, str]:
    """The article's persons (canonical names) whose mentions give one gender only → "m" or "f"."""
    votes: dict[str, set[str]] = {}
    for e in ents:
        if e.type != "PERSON":
            continue
        g = _evidence(text, e)
        if g is not None:
            votes.setdefault(e.canonical or e.text, set()).add(g)
    return {name: next(iter(gs)) for name, gs in votes.items() if len(gs) == 1}


def person_gender(seen: dict[str, str], text: str, canonical: str | None) -> str | None:
    """A person's gender: their given name's when the name tells (a trusted list), else what the article
    says of them (:func:`seen_genders`)."""
    own = name_gender(text)
    if own is not None:
        return own
    if canonical is not None and not set(text.split()) <= set(canonical.split()):
        return None  # "عائلة عبد العزيز": a speaker that only names the person is not that person
    return seen.get(canonical or text)
