"""English for a quote's speaker (or a figure's source) that the engine linked to no entity, for a reader
who does not read Arabic (#13).

Such a speaker is one of three things:

* a role (مصادر مطلعة → "informed sources"): :func:`~.labels_roles.describe_role` puts it into English;
* a person the entity engine did not find, written as a name or as a title and a name (بارنز; وزيرة العدل
  لوريتا لينش; د. طريف الأعمى): the name part is labelled as a PERSON by the resolver, with the label's
  source kept, so a transliterated guess is shown as one (italics, "transliterated guess");
* a phrase the quote engine took for a speaker by mistake (ثلاثة أرباع، آنذاك، الله عليك): no English,
  so the interface shows the Arabic as written and says it is Arabic. Precision first: a wrong English name
  on a quote is worse than the Arabic.

Which words begin a name is read from data, not listed here: the gazetteer's given names (hand list and
Wikidata), its title cues (``cues.tsv``: وزير, الدكتور, د.), the glossary's role words, the hand lists of
words never in a name (``lexicon.txt``, ``common_words.txt``) and Arramooz (:mod:`.lexicon`: a word it knows
only as a common word does not begin a name; one it does not know, such as a foreign name, may).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.arabic import fold, strip_article
from . import lexicon
from .gazetteer import gazetteer, tokens_of
from .labels_match import sanitize_label
from .labels_roles import _CLITIC_ARTICLE, _modifier, _words
from .labels_sources import Label

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .labels_resolver import LabelResolver

__all__ = ["MAX_NAME_WORDS", "name_part", "speaker_label"]

#: the most words the name part of a speaker may have (a given name, a father's name, a family name, one more)
MAX_NAME_WORDS = 4
#: words inside a name that begin none: بن، ابن، عبد، أبو، آل (folded)
_PARTICLES = frozenset({"بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ال", "ام"})
#: "son of", "daughter of" (folded): they join a given name to the father's, so they begin no name, and the
#: word before them is a given name even when it is also a common word (سفر "travel", نور "light")
_NASAB = frozenset({"بن", "بنت"})
#: Arramooz's share of proper-noun uses (tenths) from which a word it knows begins a name (النعمان 9, ريال 4)
_PROPER_SHARE = 5
_STRIP = "\"'«»“”()[]،,:؛!?؟"
#: the English of title cues that name a relative, not the speaker's office: والدة X is X's mother, not X
_KIN = frozenset({"mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt"})
#: inflectional endings of common words (a dual, a plural, a verb's plural) whose stem, when Arramooz knows it
#: as a common word, makes the word a common one too (رسالتين، مسارين، فعلوا)
_ENDINGS = (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", ""), ("ون", ""), ("وا", ""))


def _kin(g: Gazetteer, key: str) -> bool:
    return any(len(toks) == 1 and getattr(cue, "en", "") in _KIN for toks, cue in g.cues.get(key, ()))


def _plural_role(resolver: LabelResolver, key: str) -> bool:
    """A plural role noun (مسؤولون، مصادر، أهالي): a group, which no one person's name follows."""
    gl = resolver.glossary
    hit = gl.roles.get((strip_article(key),)) if gl is not None else None
    return hit is not None and hit[1] == "pl"


def _title_cue(g: Gazetteer, key: str) -> bool:
    """A title cue of the gazetteer (وزير، الدكتور، د.)."""
    for k in (key, strip_article(key), key.rstrip(".")):
        for toks, cue in g.cues.get(k, ()):
            if len(toks) == 1 and getattr(cue, "role", "").startswith("title"):
                return True
    return False


def _role_word(g: Gazetteer, resolver: LabelResolver, key: str) -> bool:
    """A glossary role noun (مسؤول، خبير), or a role adjective or a nationality (الأمريكي) as
    :func:`~.labels_roles._modifier` reads one."""
    gl = resolver.glossary
    if gl is not None:
        return (strip_article(key),) in gl.roles or _modifier(gl, g, key)
    return key in g.nationalities or strip_article(key) in g.nationalities


def _title(g: Gazetteer, resolver: LabelResolver, key: str) -> bool:
    """A person's title or a role word: a title cue (:func:`_title_cue`) or a role word (:func:`_role_word`)."""
    return _title_cue(g, key) or _role_word(g, resolver, key)


def _inflected_common(key: str) -> bool:
    for ending, stem_end in _ENDINGS:
        if len(key) > len(ending) + 2 and key.endswith(ending):
            r = lexicon.entry(key[:-len(ending)] + stem_end)
            if r is not None and "p" not in r[0]:
                return True
    return False


def _never_in_name(g: Gazetteer, key: str) -> bool:
    """A word no name has: not Arabic letters (a digit, an acronym with dots), a function word or a frequent
    common word of the hand lists, a clitic with the article, an object pronoun suffix (أبرزها)."""
    bare = strip_article(key)
    if (not all("\u0621" <= c <= "\u064a" for c in key.rstrip(".")) or len(bare) < 2
            or key in g.lexicon or bare in g.lexicon or key in g.common or bare in g.common):
        return True
    if key.startswith(_CLITIC_ARTICLE) or (len(key) >= 5 and key.endswith(("ها", "هم", "هما"))):
        return key not in g.given_names
    return False


def _begins_name(g: Gazetteer, key: str) -> bool:
    """A given name, a word Arramooz mostly reads as a proper noun, or a word it does not know at all (most
    foreign names: لوريتا، بارنز is known as one)."""
    if _never_in_name(g, key):
        return False
    bare = strip_article(key)
    if key in g.given_names or key in g.given_extra or (bare != key and bare in g.given_names):
        return True
    r = lexicon.reading(key)
    if r is None:
        return not _inflected_common(key)
    return "p" in r[0] and r[1] >= _PROPER_SHARE


def _begins_at(g: Gazetteer, keys: list[str], i: int) -> bool:
    """Whether ``keys[i]`` begins a name: a word that begins one (:func:`_begins_name`), or a word of Arabic
    letters before بن/بنت that is no function word and no clitic with the article (اللواء سفر بن أحمد …);
    بن/بنت themselves never begin one."""
    key = keys[i]
    if key in _NASAB:
        return False
    if _begins_name(g, key):
        return True
    if i + 1 < len(keys) and keys[i + 1] in _NASAB:
        bare = strip_article(key)
        return (bare == key and len(key) >= 2 and all("\u0621" <= c <= "\u064a" for c in key)
                and key not in g.lexicon and not key.startswith(_CLITIC_ARTICLE))
    return False


def _title_surname(g: Gazetteer, resolver: LabelResolver, name: list[str], j: int) -> bool:
    """Whether the title word ``name[j]`` is a family name (صالح القاضي، زيد الأمير): the last word of the
    name, with the article, after a given name; a title cue only, not a role or a nationality word
    (زيد الكفخاتي الأمريكي is a name and an adjective)."""
    key = name[j]
    if j != len(name) - 1 or not key.startswith("ال") or not _begins_name(g, name[0]):
        return False
    return not _role_word(g, resolver, key)


def _place_after_complement(resolver: LabelResolver, keys: list[str], i: int) -> bool:
    """Whether ``keys[i]`` names the place after a complement noun of places (the glossary's ``drop`` heads:
    منطقة، محافظة، مدينة، ولاية): أمين منطقة عسير صالح … — عسير continues the complement, it begins no name."""
    gl = resolver.glossary
    if gl is None or i < 2 or i + 1 >= len(keys):  # (a name must still follow)
        return False
    head = gl.heads.get((strip_article(keys[i - 1]),))
    return head is not None and head[1] == "drop" and not keys[i - 1].startswith("ال")


def name_part(resolver: LabelResolver, text: str) -> str | None:
    """The name in a speaker phrase: the whole phrase when it is a name (1–4 words, the first of which begins
    a name), or what follows a title and its complement (وزيرة العدل لوريتا لينش → لوريتا لينش). None
    when there is no name: a role, a common word, a phrase that does not begin with a title."""
    toks = _words(sanitize_label(text), _STRIP)
    if not toks:
        return None
    resolver.ensure_loaded()  # the glossary's roles and heads are read below
    g = gazetteer()
    keys = [fold(t) for t in toks]
    if _kin(g, keys[0]) or _plural_role(resolver, keys[0]):
        return None
    start = 0
    if _title(g, resolver, keys[0]):
        start = 1
        while start < len(keys) and (_title(g, resolver, keys[start]) or not _begins_at(g, keys, start)
                                     or _place_after_complement(resolver, keys, start)):
            start += 1  # the title's complement: وزيرة العدل، أمين منطقة عسير
    if start >= len(keys) or not _begins_at(g, keys, start):
        return None
    stop = _appositive_at(g, resolver, keys, start)
    name = keys[start:stop]
    if len(name) > MAX_NAME_WORDS or name[-1] in _PARTICLES:
        return None
    if start > 1 and len(name) == 1:  # a lone word after a complement ends it (قائد شرطة ولاية X; وزير النقل الأميركي)
        return None
    if any(_never_in_name(g, k) or (_title(g, resolver, k) and not _title_surname(g, resolver, name, j))
           for j, k in enumerate(name) if j > 0 and k not in _PARTICLES):
        return None
    return " ".join(toks[start:stop])


#: "one of" (folded): أحد/إحدى after a name opens an appositive (زيد الكفخاتي أحد قادة المعارضة)
_ONE_OF = frozenset({"احد", "احدي"})


def _appositive_at(g: Gazetteer, resolver: LabelResolver, keys: list[str], start: int) -> int:
    """Where the name that begins at ``start`` ends when an appositive follows it: a role or title word
    without the article (محلل، عضو، أستاذ) or أحد/إحدى, after a name of two words at least (زيد الكفخاتي
    محلل أسواق المال → زيد الكفخاتي); the phrase's end otherwise."""
    for j in range(start + 2, len(keys)):
        k = keys[j]
        if k in _ONE_OF or (not k.startswith("ال") and _title(g, resolver, k) and k not in g.nationalities):
            return j
    return len(keys)


def speaker_label(resolver: LabelResolver, text: str) -> Label | None:
    """English for a speaker linked to no entity: its role described (:meth:`LabelResolver.describe`), else the
    label of the name in it (:func:`name_part`) with its source, else None."""
    described = resolver.describe(text)  # loads the resolver's sources; cached
    if described is not None:
        return described
    name = name_part(resolver, text)
    if name is None:
        return None
    g = gazetteer()
    entry = g.lookup(name)
    if entry is not None and entry.type != "PERSON":
        # a place or a body said it (الخليج): its label when it is the whole speaker as the gazetteer writes
        # it; else (هند is India's name only with the article: الهند) no label rather than a wrong one
        exact = g.by_key.get(" ".join(tokens_of(name))) is entry
        return resolver.resolve(name, entry.type) if exact and name == " ".join(_words(sanitize_label(text), _STRIP)) else None
    label = resolver.resolve(name, "PERSON")
    return label if label.text else None
