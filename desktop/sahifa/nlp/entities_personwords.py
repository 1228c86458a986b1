"""Words that are no one's name, whatever stands around them (session 11).

Judged on the People lists of 200 unannotated SaudiNewsNet articles (session 11), the one-word "people" the
engine still gave were mostly words of the sentence that a title or a role next to them made look like names:

- **A verb in the subject's place** (:func:`_future_verb`, :func:`_pure_verb`): the future of an imperfect verb
  (مكتب رئيس المجلس سيحدد جلسة، وأي لاعب سنقدم له "we will offer") and a word the dictionary knows only as a
  verb (دشن أمير المنطقة: verb-subject order, the title after the verb being its subject's).
- **A common word after a title** (:func:`_titled_word`): a title detector takes the word after it for a name
  (ويضحك المخرج معلقا "commenting"، المواطنة موجودة "exists"، التعاون الإسلامي فرقة العمل); a feminine word in
  ـة, an adjective alone, or an indefinite accusative in ـا that the dictionary never saw as a proper noun is no
  name (a given name, a known name, a family nisba are).
- **A noun with "his"** (:func:`_his_word`): قوله "his saying", كلامه after a nationality adjective (قائد الحرس
  الثوري الإيراني قوله): the dictionary's common word and ه, never a proper noun.
- **"My father"** (:func:`_my_father`): أبي written with hamza is the kunya's genitive only before a name (أبي
  بكر، أبي طالب); alone or before another word (فوافق أبي، وعقب أبي ضاحكا) it is "my father". (آبي, Abe, is
  written with madda.)

Each check looks at the mention alone; the caller (:func:`sahifa.nlp.entities_veto.checked`) drops the mention
when one holds. A word the article also writes inside a longer person's name is left alone (جانيت يلين … يلين).
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_words import _given, _Raw
from .lexicon import Reading, reading

__all__ = ["no_name_word", "verb_tail"]


def _never_proper(r: Reading | None) -> bool:
    """The dictionary knows the word and never as a proper noun (its share of proper uses is 0 or unknown)."""
    return r is not None and "p" not in r[0] and r[1] <= 0


def _in_longer_name(eng: _Engine, raws: list[_Raw], key: str) -> bool:
    """The article writes the word inside a person's mention of two words or more (جانيت يلين … يلين)."""
    toks = eng.toks
    return any(o.type == "PERSON" and o.t1 - o.t0 >= 2 and any(toks[j].info.key == key for j in range(o.t0, o.t1))
               for o in raws)


def _stem(eng: _Engine, r: _Raw) -> str:
    """The folded word of a one-word mention as the mention starts it (a clitic و، ف، ب، ل outside it)."""
    tok = eng.toks[r.t0]
    for off, key, _st in tok.info.forms:
        if tok.start + off == r.start:
            return key
    return tok.info.key


def _future_verb(key: str) -> bool:
    """س + an imperfect verb of three or four letters (سيحدد، سنقدم، سنصل): the verb's prefix ي، ت، ن, then no
    long vowel in the next letter (nor, in four letters, in the one after: سيمون، ستروس are names); no word
    ending in a vowel (سيلفا)."""
    if len(key) not in (4, 5) or key[0] != "س" or key[1] not in "يتن" or key[-1] in "اوي" or key[2] in "اوي":
        return False
    return len(key) == 4 or key[3] not in "اوي"


def _pure_verb(key: str) -> bool:
    """A word the dictionary knows only as a verb, frequent and never a proper noun (دشن، افتتح، استقبل)."""
    r = reading(key)
    return r is not None and r[0] == "v" and r[1] == 0 and r[2] >= 6


#: particles of European family names, folded: a word after them is a name's (لويس فان جال: جال "roamed")
_PARTICLES = frozenset({"فان", "فون", "دي", "دا", "دو", "ديل", "لا", "لو", "دوس", "ابو", "بن", "ابن", "ال"})


def _after_particle(eng: _Engine, raws: list[_Raw], key: str) -> bool:
    """The article writes the word in a person's mention right after a family-name particle (فان جال)."""
    toks = eng.toks
    return any(o.type == "PERSON" and any(toks[j].info.key == key and toks[j - 1].info.key in _PARTICLES
                                          for j in range(o.t0 + 1, o.t1)) for o in raws)


def _titled_word(eng: _Engine, r: _Raw, key: str) -> bool:
    """A word a title detector took for a name that is a common word of the sentence: a feminine word in ـة
    (موجودة، فرقة), an adjective alone, or an indefinite accusative in ـا (معلقا) of the dictionary, never a proper
    noun; not a family nisba (ال…ي) nor a word with the article (family names: الجبير)."""
    if r.how != "title" or key.startswith("ال") or len(key) < 4:
        return False
    text = eng.toks[r.t0].text.rstrip(AR_DIACRITICS)
    rd = reading(key)
    if rd is None:
        if key.endswith("ا"):
            base = reading(key[:-1])
            return _never_proper(base) and base is not None and "a" in base[0] and not _given(eng.g, key[:-1])
        return False
    if not _never_proper(rd):
        return False
    return text.endswith("ة") or rd[0] == "a" or (key.endswith("ا") and "a" in rd[0])


def _his_word(eng: _Engine, r: _Raw, key: str) -> bool:
    """A common word and "his" (قوله، كلامه): written with ه, the whole word never a proper noun in the dictionary
    and the word without ه a common one (not a name: بيليه، معاوية)."""
    text = eng.toks[r.t0].text.rstrip(AR_DIACRITICS)
    if not text.endswith("ه") or len(key) < 4:
        return False
    rd = reading(key)
    base = reading(key[:-1])
    return _never_proper(rd) and base is not None and "p" not in base[0] and not _given(eng.g, key[:-1])


def _my_father(eng: _Engine, r: _Raw) -> bool:
    """The mention starts with أبي written with hamza, alone or before a word that is no given name: "my father"
    (the kunya's genitive is أبي + a name: أبي بكر)."""
    tok = eng.toks[r.t0]
    if tok.text.rstrip(AR_DIACRITICS).rstrip("،,")[-3:] != "أبي" or eng.text[r.start:tok.end].rstrip("،,") != "أبي":
        return False  # (لأبي هواية: the clitic outside the mention)
    if r.t1 - r.t0 == 1:
        return True
    nxt = eng.toks[r.t0 + 1]
    return not _given(eng.g, nxt.info.key) and eng.gaz_at(r.t0 + 1) is None


def no_name_word(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A person's mention (not a gazetteer name) whose word is a verb, a common word after a title, a word with
    "his", or "my father": no one's name (see the module's docstring)."""
    if r.type != "PERSON" or r.entry is not None or r.how == "gaz":
        return False
    if _my_father(eng, r):
        return True
    if r.t1 - r.t0 != 1 or eng.toks[r.t0].info.kind != "a":
        return False
    key = _stem(eng, r)
    if _given(eng.g, key) or eng.gaz_at(r.t0) is not None:
        return False
    if _pure_verb(key):  # (also when a longer mention ends with it: فيصل بن خالد دشن, see verb_tail)
        return not _after_particle(eng, raws, key)
    if _in_longer_name(eng, raws, key):
        return False
    return _future_verb(key) or _titled_word(eng, r, key) or _his_word(eng, r, key)


def verb_tail(eng: _Engine, r: _Raw) -> bool:
    """A person's mention of two words or more whose last word the dictionary knows only as a verb (فيصل بن خالد
    دشن "inaugurated"): the name ends before it."""
    if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.entry is not None:
        return False
    k = r.t1 - 1
    key = eng.toks[k].info.key
    return eng.toks[k].info.kind == "a" and eng.toks[k - 1].info.key not in _PARTICLES and not _given(eng.g, key) \
        and eng.gaz_at(k) is None and _pure_verb(key)
