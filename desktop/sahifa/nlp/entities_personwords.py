"""Words that are no one's name, whatever stands around them (session 11).

Judged on the People lists of 200 unannotated SaudiNewsNet articles (session 11), the one-word "people" the
engine still gave were mostly words of the sentence that a title or a role next to them made look like names:

- **A verb in the subject's place** (:func:`_future_verb`, :func:`_pure_verb`): the future of an imperfect verb
  (مكتب رئيس المجلس سيحدد جلسة، وأي لاعب سنقدم له "we will offer") and a word the dictionary knows only as a
  verb (دشن أمير المنطقة: verb-subject order, the title after the verb being its subject's).
- **A common word after a title** (:func:`_titled_word`): a title detector takes the word after it for a name
  (ويضحك المخرج معلقا "commenting"، المواطنة موجودة "exists"، التعاون الإسلامي فرقة العمل، القاضي تحيز "was
  biased"، بذل رئيس الوزراء قصارى جهده "his utmost"); a feminine word in ـة, a frequent adjective or noun, or an
  indefinite accusative in ـا that the dictionary never saw as a proper noun is no name (a given name, a known
  name, a family nisba are).
- **A noun with "his"** (:func:`_his_word`): قوله "his saying", كلامه after a nationality adjective (قائد الحرس
  الثوري الإيراني قوله): the dictionary's common word and ه, never a proper noun.
- **"My father"** (:func:`_my_father`): أبي written with hamza is the kunya's genitive only before a name (أبي
  بكر، أبي طالب); alone or before another word (فوافق أبي، وعقب أبي ضاحكا) it is "my father". (آبي, Abe, is
  written with madda.)

And one name the detectors miss (:func:`speech_subjects`): a given name alone between a speech verb and its
complementizer (وأكد سعيد أن، وأشار حسين إلى أن، وقالت أمل إن) is the speaker, a person (the gold conventions tag
a person named by one name); the slot makes even a given name that is also a word (سعيد "happy") a name.

Session 14 (#12), from the People lists of 400 more unannotated articles: word forms no name takes
(:func:`no_name_form`, :func:`form_tail`: a sound plural of a nisba or a participle in م، و + a verbal noun, the
first person's future written سأ, a form III imperfect: دبلوماسيون أوروبيون، وانتماء وحب، رمضان سأتابع، مبدعين
ننافس) and a foreign speaker's family name alone (:func:`_speaker_surname`).

Each check looks at the mention alone; the caller (:func:`sahifa.nlp.entities_veto.checked`) drops the mention
when one holds. A word the article also writes inside a longer person's name is left alone (جانيت يلين … يلين).
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_pronouns import pronoun_word
from .entities_words import _FUNCTION_WORDS, _SPEECH, _covered, _given, _Raw, _verb_shaped, _with_added
from .lexicon import Reading, entry, reading

__all__ = ["clitic_head", "conjunction_head", "form_tail", "lam_verb", "list_people", "nisba_surname_copies", "no_name_form",
           "no_name_phrase", "no_name_word", "prep_noun_tail", "role_tail", "speech_subjects",
           "verb_tail"]


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


def _pure_verb(key: str, text: str) -> bool:
    """A word (folded ``key``, written ``text``) the dictionary knows only as a verb, frequent and never a proper
    noun (دشن، افتتح، استقبل), written as a verb: no article (العايش، الزوي: family names the reader strips to a
    verb) and no final ي (أنطوي: a foreign name; the verb انطوى ends in ى)."""
    if key.startswith("ال") or text.rstrip(AR_DIACRITICS).endswith("ي"):
        return False
    r = reading(key)
    return r is not None and r[0] == "v" and r[1] == 0 and r[2] >= 6


def _agreeing_past(key: str, text: str) -> bool:
    """A verb's past with the ending of its subject, feminine ـت, dual ـا or plural ـوا (انتزعت، أوقفا، فرّوا
    "took", "both stopped"), which the dictionary knows only as that inflection of a frequent verb never a
    proper noun: the verb of the name before it, no family name (رفعت، مدحت are given names: checked before)."""
    if key.startswith("ال") or text.rstrip(AR_DIACRITICS).endswith("ي"):
        return False
    r = reading(key)
    if r is None or r[0] != "v" or r[1] != -1:
        return False
    for end in ("وا", "ت", "ا"):
        if key.endswith(end) and len(key) - len(end) >= 3:
            if any(c in "اي" for c in key[1: -len(end)]):
                return False  # جاريت، هانت (Jarrett, Hunt): a long vowel inside is a foreign name's as often
            stem = reading(key[: -len(end)])
            level = 6 if end == "ت" else 8  # (ـا ends foreign names too: سوفا is no dual of سوف "will")
            return stem is not None and "v" in stem[0] and "p" not in stem[0] and stem[1] <= 0 and stem[2] >= level
    return False


#: object pronouns on a verb ("you", "him", "her", "them", "us"), as written
_OBJECT_SUFFIXES = ("كما", "كم", "ك", "ها", "هم", "ه", "نا")


def _object_verb(key: str, text: str) -> bool:
    """An imperfect verb with an object pronoun (يمكنك "enables you", تشجعه "encourages him"): the word without
    the suffix, as written (ه, not the ة of a name), has four letters or more and an imperfect verb's shape
    (not يانيك: a long vowel after ي)."""
    bare = text.rstrip(AR_DIACRITICS)
    for suf in _OBJECT_SUFFIXES:
        if bare.endswith(suf) and len(key) - len(suf) >= 4:
            return _verb_shaped(key[: len(key) - len(suf)])
    return False


def _feminine_adjective(text: str, key: str) -> bool:
    """A word in ـة that the dictionary knows only as an adjective, never a proper noun (معتمدة، حالمة): it
    describes the noun before it; no family name is one."""
    if text.rstrip(AR_DIACRITICS)[-1:] != "ة" or len(key) < 4 or key.startswith("ال"):
        return False
    r = reading(key)
    return r is not None and "a" in r[0] and not set(r[0]) - {"a", "s"} and r[1] <= 0 \
        and _base_no_name(key)


#: particles of European family names, folded: a word after them is a name's (لويس فان جال: جال "roamed")
_PARTICLES = frozenset({"فان", "فون", "دي", "دا", "دو", "ديل", "لا", "لو", "دوس", "ابو", "بن", "ابن", "ال"})


def _titled(eng: _Engine, k: int) -> bool:
    """A title stands right before token k (للرئيسة بارك: Park, though بارك is "blessed")."""
    if k == 0 or eng.toks[k].brk:
        return False
    return any(key in eng.g.cues or key[2:] in eng.g.cues for _o, key, _st in eng.toks[k - 1].info.forms)


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
    if text.endswith("ة") or (key.endswith("ا") and "a" in rd[0]):
        return True
    # a frequent adjective or noun, never a proper noun (رئيس الوزراء اليوناني قصارى جهده، القاضي تحيز، مدير منفذ
    # بنغازي; not مدلج، عبدي: rarer words, names too)
    return rd[1] == 0 and rd[2] >= 7 and ("a" in rd[0] or "n" in rd[0])


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
    if nxt.info.kind != "a" or not nxt.text[:1].isalpha():
        return True  # أبي، منذ البداية: a mark ends it (the Arabic comma is in the Arabic block)
    if _given(eng.g, nxt.info.key) or eng.gaz_at(r.t0 + 1) is not None:
        return False
    text = nxt.text.rstrip(AR_DIACRITICS)
    if text[:1] in "وكل" and len(nxt.info.forms) > 1 and reading(nxt.info.key) is None:
        return True  # أبي وعلمت، أبي للإسلام: a clitic starts the next phrase
    rd = reading(nxt.info.key)  # ضاحكا، إعلانا، هواية: a common word (not هريرة، أصيبعة: rare words, names)
    return rd is not None and "p" not in rd[0] and (text.endswith("ا") or rd[2] >= 7)


def _to_me(eng: _Engine, r: _Raw) -> bool:
    """A mention of two words or more that starts with لي "to me" before a definite noun that is no family nisba
    (أضاف لي الابتعاث تغيير مفاهيم "studying abroad changed … for me"): the preposition, not the name Lee (لي
    نيلسون: a foreign family name has no article)."""
    if r.t1 - r.t0 < 2 or r.start != eng.toks[r.t0].start or eng.toks[r.t0].info.key != "لي":
        return False
    nxt = eng.toks[r.t0 + 1]
    return nxt.info.key.startswith("ال") and len(nxt.info.key) >= 4 and nxt.text.rstrip(AR_DIACRITICS)[-1:] != "ي"


def no_name_word(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A person's mention (not a gazetteer name) whose word is a verb, a common word after a title, a word with
    "his", or "my father": no one's name (see the module's docstring)."""
    if r.type != "PERSON" or r.entry is not None or r.how == "gaz":
        return False
    if _my_father(eng, r) or _to_me(eng, r):
        return True
    if r.t1 - r.t0 != 1 or eng.toks[r.t0].info.kind != "a":
        return False
    key = _stem(eng, r)
    if _given(eng.g, key) or eng.gaz_at(r.t0) is not None:
        return False
    text = eng.text[r.start:eng.toks[r.t0].end]
    if _pure_verb(key, text) and not (_titled(eng, r.t0) and len(key) == 3 and text[:1] not in "أاإ"):
        # (after a title a three-letter verb of the first form may be a foreign name: للرئيسة بارك، الرئيس ماكي سال;
        # a derived form is a verb there too: الفنان أنجز، البطريرك أعدم)
        # (the article may write it in a longer mention that ends with it: فيصل بن خالد دشن, see verb_tail)
        return not any(o.type == "PERSON" and o.t1 - o.t0 >= 2 and not verb_tail(eng, o)
                       and any(eng.toks[j].info.key == key for j in range(o.t0, o.t1)) for o in raws)
    if _in_longer_name(eng, raws, key):
        return False
    return _future_verb(key) or _titled_word(eng, r, key) or _his_word(eng, r, key)


def verb_tail(eng: _Engine, r: _Raw) -> bool:
    """A person's mention of two words or more whose last word the dictionary knows only as a verb (فيصل بن خالد
    دشن "inaugurated") or a complementizer (هيفاء بأن "that"): the name ends before it."""
    if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.entry is not None:
        return False
    k = r.t1 - 1
    key = eng.toks[k].info.key
    if key in _COMPLEMENTIZERS and key != "الي" and (key != "بان" or eng.toks[k].text[:2] == "بأ"):
        return True  # وقالت هيفاء بأن: "that", no family name (أحمد بان: Ban, written without hamza)
    if eng.toks[k].info.kind != "a" or eng.toks[k - 1].info.key in _PARTICLES or _given(eng.g, key) \
            or eng.gaz_at(k) is not None:
        return False
    if _agreeing_past(key, eng.toks[k].text) or _feminine_adjective(eng.toks[k].text, key):
        return True  # هادي انتزعت، خالد بن عبدالعزيز أوقفا؛ حكومة شينزو آبي معتمدة على …
    if _object_verb(key, eng.toks[k].text):
        return True  # شارع محمد محمود يمكنك "you can"
    if not _pure_verb(key, eng.toks[k].text):
        return False
    # after two words or one, only a verb of a derived form written as one (أوصى، اكتشف، استند: not سال، عايش,
    # family names of two-word mentions: ماكي سال، ناصر عايش)
    return r.t1 - r.t0 >= 3 or (len(key) >= 4 and eng.toks[k].text[:1] in "أاإ")


def _dictionary_role(key: str) -> bool:
    """A noun or participle the dictionary saw 10,000 times or more (level 8) and never as a proper noun, with no
    other reading (مدافع "defender", خريج "graduate"; not a verb nor a nisba: تركي، مشار)."""
    r = reading(key)
    return r is not None and r[1] <= 0 and r[2] >= 8 and "n" in r[0] and not set(r[0]) - {"a", "n", "m"}


def role_tail(eng: _Engine, r: _Raw) -> bool:
    """A person's mention of three words or more that ends with an indefinite role noun before its complement (رجب
    نبيل مدافع وادي دجلة "Ragab Nabil, defender of Wadi Degla"; جمال قاسم خريج معهد "a graduate of"): the name
    ends before it.
    Not a given name (مساعد، سلطان), nor the name after a pedigree particle (بن مساعد), nor a known name."""
    if r.type != "PERSON" or r.t1 - r.t0 < 3 or r.entry is not None or r.how == "gaz":
        return False  # (after one word the noun is a family name as often: أشرف حامل)
    k = r.t1 - 1
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or key.startswith("ال") or eng.toks[k - 1].info.key in _PARTICLES \
            or _given(eng.g, key) or eng.gaz_at(k) is not None:
        return False
    nxt = k + 1  # the role's complement follows (حنان ماضي إلى، ميشال فرعون في: family names before a preposition)
    if nxt >= len(eng.toks) or eng.toks[nxt].brk or eng.toks[nxt].info.kind != "a" \
            or eng.toks[nxt].info.key in _FUNCTION_WORDS:
        return False
    after = eng.toks[nxt].info.key
    if after[:1] == "و" and _given(eng.g, after[1:]):
        return False  # مريم مقدم وهادي سعيدي: a list of names (Moghadam)
    return _dictionary_role(key)


def prep_noun_tail(eng: _Engine, r: _Raw) -> bool:
    """A person's mention of two words or more whose last word is ب or ل fused to an indefinite noun or verbal
    noun of four letters or more that the dictionary saw 10,000 times or more and never as a proper noun (مؤيد
    لانفصال "for the secession", الطيب بأولوية): the name ends before it. Not با…
    (باسلمة: a family name), nor بن، بو، لو، لل, nor a word the dictionary knows as an adjective only (بلاتيني)."""
    if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.entry is not None or r.how == "gaz":
        return False
    k = r.t1 - 1
    tok = eng.toks[k]
    text = tok.text.rstrip(AR_DIACRITICS)
    if tok.info.kind != "a" or text[:1] not in "بل" or text[:2] in ("با", "بن", "بو", "لو", "لل") \
            or eng.toks[k - 1].info.key in _PARTICLES:
        return False
    key = tok.info.key
    if _given(eng.g, key) or eng.gaz_at(k) is not None:
        return False
    stem = key[1:]
    if len(stem) < 4 or _given(eng.g, stem):
        return False
    rd = reading(stem)
    return rd is not None and rd[1] <= 0 and rd[2] >= 8 and "p" not in rd[0] and bool(set(rd[0]) & {"n", "m"})


def _common_construct_head(key: str, nxt: str) -> bool:
    """``key`` (a given name that is also a word: حسن "goodness") before a definite word the dictionary knows as a
    common word, never a proper noun (الحظ، النوايا): a construct of two common words, لحسن الحظ "fortunately"."""
    head, tail = reading(key), reading(nxt)
    return head is not None and bool(set(head[0]) & {"a", "n", "m"}) and nxt.startswith("ال") \
        and tail is not None and "p" not in tail[0] and tail[1] <= 0


def clitic_head(eng: _Engine, raws: list[_Raw], r: _Raw) -> _Raw | None:
    """A person's mention whose first word carries the preposition ل or ك (خلفا لعمارة بن يونس، سلّم الشعار
    لبولانكو، كتّاب كعبدالقدوس الأنصاري): the mention without it, when the word without it is a given name, a
    particle of a European name (لفان جال) or a word the article writes alone in a person's mention, and the word
    with it is no given name (لطفي، كمال، ليلى). When that given name is a common word before a definite common
    word (لحسن الحظ "fortunately", لحسن النوايا), no one: None. Otherwise the mention as it was."""
    if r.type != "PERSON" or r.entry is not None or r.how == "gaz" or r.start != eng.toks[r.t0].start:
        return r
    tok = eng.toks[r.t0]
    text = tok.text
    if text[:1] not in "لك" or text[:2] in ("لل", "ال") or len(tok.info.key) < 4:
        return r
    g = eng.g
    key = tok.info.key
    toks = eng.toks
    stem = key[1:]
    if text[:1] == "ل" and _given(g, stem) and r.t0 + 1 < len(toks) and not toks[r.t0 + 1].brk \
            and _common_construct_head(stem, toks[r.t0 + 1].info.key):
        return None  # (before the check of the whole word: لحسن is also the Maghrebi given name Lahcen)
    if _given(g, key) or eng.gaz_at(r.t0, clitics=False) is not None or any(
            o.type == "PERSON" and o is not r and any(toks[j].info.key == key for j in range(o.t0 + 1, o.t1))
            for o in raws):
        return r  # (جيم كرافت … وأوضح كرافت: the article writes the word as a name elsewhere)
    if not _given(g, stem) and stem not in ("فان", "فون") and not any(
            o.type == "PERSON" and o is not r and any(toks[j].info.key == stem for j in range(o.t0, o.t1))
            for o in raws):
        return r
    return _Raw(r.start + 1, r.end, r.t0, r.t1, r.type, r.entry, r.how, r.alias_of)


def conjunction_head(eng: _Engine, r: _Raw) -> _Raw:
    """A person's mention that starts after the و of its first word, as the conjunction "and": the mention with
    the و when it belongs to the name, which is a given name with it and none without it (وجدان، not جدان), or
    which leaves a word no Arabic word or name begins so, a bare ا or ي that the dictionary and the name lists
    do not know (ويبر → يبر، وانج → انج، واوين → اوين: Weber, Wang, Owen; not the article: والسدحان). Otherwise
    the mention as it was."""
    if r.type != "PERSON" or r.entry is not None or r.how == "gaz":
        return r
    tok = eng.toks[r.t0]
    if tok.text[:1] != "و" or r.start != tok.start + 1 or len(tok.info.key) < 4:
        return r
    g = eng.g
    key = tok.info.key
    stem = key[1:]
    if _given(g, stem) or eng.gaz_at(r.t0) is not None and eng.gaz_at(r.t0, clitics=False) is None:
        return r
    if _verb_shaped(stem) or _object_verb(stem, tok.text[1:]):
        return r  # ويمكنك: "and you can"
    if not _given(g, key) and not (tok.text[1:2] in ("ا", "ي") and tok.text[1:3] != "ال" and reading(stem) is None
                                   and stem not in g.common and stem not in g.lexicon):
        return r
    return _Raw(tok.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, r.alias_of)


def lam_verb(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A one-word person's mention that is ل or ف fused to an imperfect verb of four or five letters (ليغادر "to
    leave", فيحتقر "and so he despises"): ي, then no long vowel, and no final vowel (ليندسي، ليونيل are names);
    no given name or known name with or without the particle, and no word the article writes in a longer
    person's mention."""
    if r.type != "PERSON" or r.t1 - r.t0 != 1 or r.entry is not None or r.how == "gaz":
        return False
    tok = eng.toks[r.t0]
    key = tok.info.key
    if tok.text[:1] not in "لف" or r.start != tok.start or not 5 <= len(key) <= 6:
        return False
    stem = key[1:]
    if stem[0] != "ي" or stem[1] in "اوي" or stem[-1] in "اويه" or _given(eng.g, key) or _given(eng.g, stem) \
            or eng.gaz_at(r.t0) is not None or stem in eng.g.common:
        return False
    if tok.text[:1] == "ف" and len(key) < 6:
        return False  # فيدال، فيفا: ف + ي and three letters is as often a foreign name (فيحتقر: a derived verb)
    past = (entry(stem[1:]), entry("ا" + stem[1:]))  # يغادر → غادر، يحتقر → احتقر: the dictionary knows the verb
    if not any(e is not None and "v" in e[0] for e in past):
        return False
    return not _in_longer_name(eng, raws, key)


#: what follows the speaker of a speech verb (أن، إن، إنه، إلى أن), folded; the verb's object is no such word
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "الي", "بان", "بانه", "بانها", "بانهم"})
#: a speech verb's keys without و (the verbs of :data:`sahifa.nlp.entities_words._SPEECH`; not بحسب، وفق: prepositions)
_SPEECH_VERBS = frozenset(_SPEECH - {"بحسب", "حسب", "وفق", "وفقا", "لسان", "التقي", "استقبل", "زار"})


#: given names that are a preposition after a speech verb when written with ى or after a verb that takes one (أكد
#: على أن "stressed that": على folds to علي; قال لي إن "told me that": لي is Lee too), folded
_PREPOSITION_NAMES = frozenset({"علي", "الي", "لي", "بي"})
#: speech verbs that take على (شدد علي أن: على written with ي), folded
_ALA_VERBS = frozenset({"اكد", "اكدت", "واكد", "واكدت", "شدد", "شددت", "وشدد", "وشددت", "قال", "وقال", "قالت",
                        "وقالت", "ذكر", "وذكر", "اكدوا", "يقول", "تقول", "ويقول", "وتقول", "رد", "ورد", "ردت"})


def speech_subjects(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with a person added for each given name alone, on no mention, right after a speech verb
    (with و or ف or none) and right before a complementizer (وأكد سعيد أن، وأضاف حسين إن، وأشار جمال إلى أن):
    the verb's subject; so is a foreign family name no list knows in the same slot (:func:`_speaker_surname`:
    وأوضح كوتالوار أن، وقالت هيتل إن; session 14); not when two full names of the article start with it (which one is meant is left open, as
    for copies: :mod:`sahifa.nlp.entities_firstnames`). In order, ``alias_of`` kept pointing at the same mentions."""
    toks = eng.toks
    g = eng.g
    covered = _covered(eng.n, raws)
    firsts: dict[str, set[str]] = {}  # given name → the full names it starts in the article
    for r in raws:
        if r.type == "PERSON" and r.t1 - r.t0 >= 2:
            firsts.setdefault(toks[r.t0].info.key, set()).add(" ".join(toks[j].info.key for j in range(r.t0, r.t1)))
    added: list[_Raw] = []
    for k in range(1, eng.n - 1):
        tok = toks[k]
        if covered[k] or tok.brk or toks[k + 1].brk or tok.info.kind != "a":
            continue
        # the slot first (a speech verb before, a complementizer after): cheap, and rare, where the word tests
        # below (:func:`_speaker_surname`) are not; every test is pure, so the order does not change the result
        prev = toks[k - 1].info.key
        if not (prev in _SPEECH_VERBS or (prev[:1] in "وف" and prev[1:] in _SPEECH_VERBS)):
            continue
        if toks[k + 1].info.key not in _COMPLEMENTIZERS or covered[k + 1]:
            continue
        if tok.info.key not in g.given_names:
            if not _speaker_surname(eng, k):
                continue
        elif tok.info.key in ("لي", "بي") or (tok.info.key in _PREPOSITION_NAMES and (
                tok.text[-1:] != "ي" or toks[k - 1].info.key in _ALA_VERBS)):
            continue
        if len(tok.info.forms) > 1 and tok.info.key[:1] in "وفبلك" and tok.info.forms[1][1] in g.given_names:
            continue  # ولاء / و + لاء: a clitic reading as likely as the name
        if eng.gaz_at(k) is not None or len(firsts.get(tok.info.key, ())) >= 2:
            continue  # (فهد الشمري … فهد العتيبي … وأكد فهد أن: which one is left open)
        added.append(_Raw(tok.start, tok.end, k, k + 1, "PERSON", None, "speech"))
    return _with_added(raws, added)


def _speaker_surname(eng: _Engine, k: int) -> bool:
    """Token k is a word of four letters or more that no list, the dictionary nor the gazetteer knows, in none of
    its clitic readings, and no verb's shape (:func:`_foreign_word`: كوتالوار، فسيير): between a speech verb and
    its complementizer (وأوضح كوتالوار أن، وأكد فسيير على أن) it is the speaker's family name, a foreign one
    (session 14: the blind batches call a foreign speaker by the family name alone after naming him once)."""
    key = eng.toks[k].info.key
    g = eng.g
    if any(key.endswith(suf) and (reading(key[: -len(suf)]) is not None or key[: -len(suf)] in _FUNCTION_WORDS)
           for suf in _SPEAKER_PRONOUNS):
        return False  # يرى بعضهم أن "some of them": a word with "their", no name
    if pronoun_word(eng, k):
        return False  # يقول منتقدوها إن "its critics": a plural noun with "its" (entities_pronouns)
    return len(key) >= 4 and _foreign_word(eng, k, 0) and key not in g.common and key not in g.cues \
        and key not in g.nationalities and key not in _SPEECH and not eng.is_lex(key)


#: pronoun suffixes "their, her, our, your" on a common word in the speaker's slot (بعضهم، كلها، معظمنا)
_SPEAKER_PRONOUNS = ("هما", "هم", "ها", "هن", "كم", "نا")


#: honorific titles (folded) before a family name standing for a person (الدكتور التركي، الشيخ المصري)
_HONORIFICS = frozenset({"الدكتور", "الدكتوره", "د", "الشيخ", "المهندس", "الاستاذ", "السيد", "الامير", "معالي"})
#: what may follow a speech verb's subject (a complementizer, a comma, a colon)
_AFTER_SPEAKER = _COMPLEMENTIZERS | {"،", ",", ":", "إن", "ان"}


def nisba_surname_copies(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with a person added for each family name that is also a nationality adjective (التركي،
    المصري، البلوشي) standing alone where a person stands: after an honorific title (وكشف الدكتور التركي) or
    between a speech verb and its complement (وأوضح التركي، أن …), when the article wrote a person's full name
    ending with it (عبدالله بن عبدالمحسن التركي). The propagation of family names (pass 2) leaves nationality
    words out, as "الرئيس التركي" is "the Turkish president"; the full name in the article and the slot make it the
    person's. The copy is an alias of the full name. In order, ``alias_of`` kept pointing at the same mentions."""
    toks = eng.toks
    g = eng.g
    surnames: dict[str, int] = {}
    for idx, r in enumerate(raws):
        if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.alias_of >= 0:
            continue
        key = toks[r.t1 - 1].info.key
        if key in g.nationalities and key.startswith("ال") and _given(g, toks[r.t0].info.key):
            surnames.setdefault(key, idx)
    if not surnames:
        return raws
    covered = _covered(eng.n, raws)
    added: list[_Raw] = []
    for k in range(1, eng.n):
        tok = toks[k]
        if covered[k] or tok.brk or tok.info.kind != "a" or tok.info.key not in surnames or covered[k - 1]:
            continue
        prev = toks[k - 1]
        pk = prev.info.key
        if prev.info.kind != "a":
            continue
        titled = pk in _HONORIFICS or any(st and sk in _HONORIFICS for _o, sk, st in prev.info.forms)
        spoken = (pk in _SPEECH_VERBS or (pk[:1] in "وف" and pk[1:] in _SPEECH_VERBS)) and k + 1 < eng.n \
            and not toks[k + 1].brk and (toks[k + 1].text in _AFTER_SPEAKER or toks[k + 1].info.key in _AFTER_SPEAKER)
        if not (titled or spoken):
            continue
        added.append(_Raw(tok.start, tok.end, k, k + 1, "PERSON", None, "prop", surnames[tok.info.key]))
    return _with_added(raws, added)


def _base_no_name(key: str) -> bool:
    """The masculine of a feminine word (مشرفة → مشرف) is no proper noun more than twice in ten: مشرفة is a
    family name as often as an adjective (أيمن مشرفة), حالمة، معتمدة are not."""
    base = reading(key[:-1])
    return base is None or base[1] <= 2


# Session 12 (round 2), from the PERSON errors of blind batch 7: phrases of the sentence whatever stands before
# them (a title or a speech verb does not make them names).

#: relative pronouns, folded: the word right after one starts the relative clause, a verb (الذي فضل "who preferred")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي",
                        "اللائي"})
#: Latin letters spelled in Arabic, folded (بي كيه كيه PKK, سي إن إن CNN); none is a name alone in a row of them
_LETTERS = frozenset({"اي", "بي", "سي", "دي", "اف", "جي", "اتش", "كيه", "كي", "ال", "ام", "ان", "او", "كيو",
                      "ار", "اس", "تي", "يو", "في", "اكس", "واي", "زد", "ايه"})
#: letters no Arabic word is spelled as: one in the row makes it a spelled acronym (not في، ان، او، ال alone)
_LETTERS_ONLY = frozenset({"بي", "سي", "كيه", "اتش", "اف", "اكس", "ايه", "كيو", "زد", "ار", "اس", "ام", "تي", "جي"})


#: "possessor of", folded: the head of a construct (ذو الشخصية الجذابة "with the attractive personality")
_POSSESSORS = frozenset({"ذو", "ذا", "ذي", "ذات", "ذوي", "ذوو"})


def _spelled_letters(eng: _Engine, r: _Raw) -> bool:
    """A mention of two words or more that are all Latin letters spelled in Arabic (بي كيه كيه): an acronym."""
    keys = [eng.toks[k].info.key for k in range(r.t0, r.t1)]
    if len(keys) < 2 or not all(k in _LETTERS for k in keys) or not any(k in _LETTERS_ONLY for k in keys):
        return False
    nxt = r.t1  # (initials before a family name, دي أتش لورانس D. H. Lawrence, are a name's)
    if nxt >= len(eng.toks) or eng.toks[nxt].brk or eng.toks[nxt].info.kind != "a":
        return True
    rd = reading(eng.toks[nxt].info.key)
    return rd is not None and "p" not in rd[0]


def _after_relative(eng: _Engine, r: _Raw) -> bool:
    """A one-word mention right after a relative pronoun (المسؤول الذي فضل عدم الإفصاح "who preferred") that
    the dictionary knows as a verb too: the relative clause's verb, no name."""
    k = r.t0
    if r.t1 - k != 1 or k == 0 or eng.toks[k].brk or eng.toks[k - 1].info.key not in _RELATIVES:
        return False
    rd = reading(_stem(eng, r))
    return rd is not None and "v" in rd[0] and rd[1] <= 5


def _common_construct(eng: _Engine, r: _Raw) -> bool:
    """A mention whose first word the frequency list (almost) never saw as a proper noun (مالك "owner", خير
    "best", فضل) before a frequent common noun, never a proper one, no given, known or family name, no adjective
    (صديق شهيد, a worker's name): a noun in construct (مالك مطعم "a restaurant's owner", خير الجزاء "the best
    reward"), even after a title or a speech verb. The noun is the mention's second word or, for a one-word
    mention, a definite word right after it. (A family name that is a word too, حداد، نجار، is a proper noun
    often enough.)"""
    toks = eng.toks
    second = r.t0 + 1
    if r.t1 - r.t0 > 2 or second >= len(toks) or toks[second].brk or toks[second].info.kind != "a":
        return False
    key = toks[second].info.key
    first = _stem(eng, r)
    definite = key.startswith("ال")
    if (r.t1 == second and not definite) or first.startswith("ال") or key in _FUNCTION_WORDS:
        return False  # (the head of a construct is indefinite: الحربي إلى is a family name and "to")
    r1, r2 = reading(first), reading(key)
    if r1 is None or not 0 <= r1[1] <= (1 if definite else 0) or r1[2] < 8:
        return False  # (two indefinite words: the first never a proper noun; not راغب علامة, a singer)
    if definite and "a" not in r1[0] and first not in _POSSESSORS:
        return False  # خير الجزاء، ذو الشخصية: an adjective or ذو heads it (not a verbal noun: تيسير العيد, a name)
    if not definite and _titled(eng, r.t0):
        return False  # (الرئيس أشرف غني: a title vouches for two indefinite words)
    if r2 is None or "p" in r2[0] or "n" not in r2[0] or r2[1] != 0 or r2[2] < 8 or _given(eng.g, key) \
            or eng.gaz_at(second) is not None:
        return False
    return not (definite and (toks[second].text.rstrip(AR_DIACRITICS).endswith("ي") or eng.family_name(second)))


def no_name_phrase(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A person's mention (not a gazetteer name) that is a spelled acronym, a relative clause's verb or a noun in
    construct with a common noun (see the functions above)."""
    if r.type != "PERSON" or r.entry is not None or r.how == "gaz":
        return False
    return _spelled_letters(eng, r) or _after_relative(eng, r) or _common_construct(eng, r)


def _foreign_word(eng: _Engine, k: int, off: int) -> bool:
    """Token k from char ``off`` on (after a clitic و) is a word the dictionary, the gazetteer and the function
    words do not know (شنيدرلين، فالكاو), or a given name for the first word of a pair: a foreign name's."""
    tok = eng.toks[k]
    if tok.info.kind != "a":
        return False
    key = next((key for o, key, _st in tok.info.forms if o == off), None)
    if key is None or len(key) < 3 or key.startswith("ال") or key.endswith(("ه", "وا")) or _verb_shaped(key):
        return False  # (وتقديره، وخصمه: "his"; طالبوا، ويحاضر: verbs)
    if key[-1:] == "ا" and reading(key[:-1]) is not None or key.endswith(("ين", "ان")) and reading(key[:-2]) is not None:
        return False  # وليا للعهد: an accusative; شهرين: a dual
    return not any(o >= off and (k2 in _FUNCTION_WORDS or reading(k2) is not None or k2 in eng.g.by_key
                                 or k2.startswith("ال")) for o, k2, _st in tok.info.forms)  # (بالفاشل، لمواقف)


def _pair_at(eng: _Engine, k: int, covered: bytearray, clitic: bool) -> _Raw | None:
    """Tokens k and k+1 as a person's two-word name, after و when ``clitic`` (…وباستيان شفانيشتيجر)."""
    toks = eng.toks
    if k < 0 or k + 1 >= eng.n or covered[k] or covered[k + 1] or toks[k].brk or toks[k + 1].brk:
        return None
    off = 1 if clitic else 0
    if clitic != (toks[k].text[:1] == "و") or not _foreign_word(eng, k, off) or not _foreign_word(eng, k + 1, 0):
        return None
    if toks[k + 1].text[:1] == "و" and toks[k + 1].text[1:2] not in "ياوٌ":
        return None  # زينيث وهوبلو: و and a word is the next item (not ويليامز، واتسون)
    return _Raw(toks[k].start + off, toks[k + 1].end, k, k + 2, "PERSON", None, "list")


def list_people(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with the other items of a list of people added: next to a person's mention of two words or
    more, joined by و (لضم ممفيس ديباي وباستيان شفانيشتيجر ومورجان شنيدرلين وماتيو دارميان، روبين فان بيرسي
    وراداميل فالكاو), a pair of words no dictionary, gazetteer or function-word list knows is another foreign
    person's name; the list's first item has no و. In order, ``alias_of`` kept pointing at the same mentions."""
    toks = eng.toks
    covered = _covered(eng.n, raws)
    added: list[_Raw] = []
    for r in raws:
        if r.type != "PERSON" or r.t1 - r.t0 < 2 or not _foreign_word(eng, r.t1 - 1, 0):
            continue  # (a foreign name's list: its family name is no word either)
        k = r.t1  # to the right: وراداميل فالكاو
        while (item := _pair_at(eng, k, covered, True)) is not None:
            added.append(item)
            covered[k] = covered[k + 1] = 1
            k += 2
        if r.start == toks[r.t0].start or toks[r.t0].text[:1] != "و":
            continue  # (the mention itself must be a later item: وماتيو دارميان)
        k = r.t0 - 2
        while k >= 0:
            item = _pair_at(eng, k, covered, True) or _pair_at(eng, k, covered, False)
            if item is None:
                break
            added.append(item)
            covered[k] = covered[k + 1] = 1
            if item.start == toks[k].start:
                break  # the list's first item
            k -= 2
    return _with_added(raws, added)


# Session 14 (#12): word forms no name takes, from the People lists of 400 unannotated SaudiNewsNet articles and
# the blind train batches: a verb's first person, a form III imperfect, a sound plural of an adjective, and a noun
# joined by و that the dictionary knows only as a verbal noun. Each is read from the word's shape and the
# dictionary, not from a list of words.

def _first_person_future(text: str) -> bool:
    """س + the first person's imperfect, written with its hamza (سأتابع، وسأقتل "I will follow, and I will kill"):
    no name is written with سأ at its start (foreign names are written with سا: سافيتش، سامنثا)."""
    bare = "".join(c for c in text if c not in AR_DIACRITICS)
    if bare[:1] in "وف" and bare[1:3] == "سأ":
        bare = bare[1:]
    return bare.startswith("سأ") and len(bare) >= 5


def _form3_imperfect(eng: _Engine, k: int) -> bool:
    """Token k is a form III imperfect of five letters (ننافس، يطالب، تشارك "we compete, he demands, she takes
    part"): ي، ت or ن, a consonant, ا, two consonants, no final ه (ة) or vowel; not a given name, a known name or
    place, nor a word the dictionary knows as a proper noun."""
    key = eng.toks[k].info.key
    if len(key) != 5 or key[0] not in "يتن" or key[1] in "اوي" or key[2] != "ا" or key[3] in "اويه" \
            or key[4] in "اويه" or _given(eng.g, key) or eng.gaz_at(k) is not None:
        return False
    r = reading(key)
    return r is None or "p" not in r[0]


def _adjective_plural(eng: _Engine, k: int) -> bool:
    """Token k is an indefinite sound masculine plural (ـون، ـين) of a nisba or a participle in م that the
    dictionary knows as an adjective, the plural itself no entry of it (دبلوماسيون، أوروبيون، مبدعين "diplomats,
    Europeans, creative ones"): a group of people, no one's name. The stem is a nisba or a frequent adjective
    (the dictionary saw it 10,000 times or more). Not a definite word (الشويهين: a family name),
    not a stem of another shape (جافين Gavin: جاف "dry"; ماكرون Macron: ماكر "cunning"; حسين، شاهين), not a given
    name, a known name or place."""
    key = eng.toks[k].info.key
    if len(key) < 5 or key.startswith("ال") or not key.endswith(("ون", "ين")) or entry(key) is not None \
            or _given(eng.g, key) or eng.gaz_at(k) is not None:
        return False
    base = key[:-2]
    if not (base.endswith("ي") or (base[0] == "م" and len(base) >= 4 and base[1] not in "اوي")):
        return False
    stem = entry(base)
    return stem is not None and ("a" in stem[0] or "s" in stem[0]) and "p" not in stem[0] \
        and ("s" in stem[0] or stem[2] >= 8)  # (هرميون Hermione: هرمي "pyramidal" is a rare adjective)


def _and_verbal_noun(eng: _Engine, k: int) -> bool:
    """Token k is و + a word the dictionary knows as a verbal noun and never as a proper noun (وانتماء، وحب،
    وإشراف، واستغفار "and belonging, and love, and supervision"): a list of nouns, no name joined to a name (not
    وليد، وائل، وعد: given names; not و + a name: that is a second person)."""
    tok = eng.toks[k]
    if tok.text[:1] != "و" or len(tok.info.forms) < 2 or _given(eng.g, tok.info.key) or eng.gaz_at(k) is not None:
        return False
    whole = reading(tok.info.key)
    if whole is not None and "p" in whole[0]:
        return False
    off, stem, stripped = tok.info.forms[1]
    if not stripped or off != 1 or _given(eng.g, stem) or tok.text[1:2] in "أإآ":
        return False  # (وألفيش: Alves with a hamza, not و + الفيش)
    r = reading(stem)
    return r is not None and "m" in r[0] and "p" not in r[0] and r[1] <= 0 and r[2] >= 5


def no_name_form(eng: _Engine, r: _Raw) -> bool:
    """A person's mention (not a gazetteer name) whose first word is a sound plural of an adjective, و + a verbal
    noun, the first person's future or a form III imperfect (:func:`_adjective_plural`, :func:`_and_verbal_noun`,
    :func:`_first_person_future`, :func:`_form3_imperfect`): no one."""
    if r.type != "PERSON" or r.entry is not None or r.how == "gaz":
        return False
    k = r.t0
    return _adjective_plural(eng, k) or _and_verbal_noun(eng, k) or _first_person_future(eng.toks[k].text) \
        or _form3_imperfect(eng, k)


def form_tail(eng: _Engine, r: _Raw) -> bool:
    """A person's mention of two words or more whose last word is one of the forms of :func:`no_name_form`
    (رمضان سأتابع، فلان ننافس، زويد وتلغيم، دعاء واستغفار): the name ends before it."""
    if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.entry is not None or r.how == "gaz":
        return False
    k = r.t1 - 1
    if eng.toks[k - 1].info.key in _PARTICLES:
        return False
    return _adjective_plural(eng, k) or _and_verbal_noun(eng, k) or _first_person_future(eng.toks[k].text) \
        or _form3_imperfect(eng, k)
