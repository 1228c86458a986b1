"""The dictionary's word on a person's mention: "people" that are one common word or two.

Judged on the People sidebar of random unannotated SaudiNewsNet articles (sessions 9 and 10), the last
non-people the engine still gave were ordinary words: a given name that is also an adjective, a noun or a verb
(حسن "good", جميل "beautiful", رفعت "she raised") followed by another common word (حسن السيرة "of good conduct",
رفعت مضاعف "raised the multiple"), or one common word alone (بشري "human", سالما "safe", بخطف "of kidnapping").
The hand lists know too few words to see it; Arramooz does (:mod:`sahifa.nlp.lexicon`: 48,000 words, each with
the share of its uses that are as a proper noun).

A mention is judged only without the context that makes a name of a common word: a title, a nationality or a
speech verb right before it (الدكتور حسن، قال كريم), or a longer name of the article that holds the word
(كريم النصيري … كريم). Then:

- **Two words** (:func:`common_pair`): the first a given name that is mostly a common word in Arramooz's
  frequency list (كريم، جميل، أمين، عادل: a proper noun less than six times in ten), or a verb's feminine past
  (رفعت، طلعت), and the second a word the list never saw as a proper noun (مضاعف، الزمام), no given name, no
  family nisba (العلمي، الشمري), no known name or place; or the first any given name that is also a common
  word (حسن) and the second a definite feminine noun, a verbal noun of a derived form or a plural (حسن السيرة،
  حسن الإنصات): never a family name.
- **One word** (:func:`common_word`): a frequent word (or ب، ل and one) that is never a proper noun is no one's
  name alone; nor is a given name that is a proper noun less than three times in ten (جميل، غالب) after ب or
  ل or in the construct state (بجميل العادات، غالب ذلك الوقت), not as a subject (وتحدث أمين طويلا: Amin).
  A word with the article alone is left to the models (المسلم والبيشي: family names).
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_words import _FUNCTION_WORDS, _R_TITLE, _SPEECH, _given, _Raw, _verb_shaped
from .lexicon import Reading, entry, reading

__all__ = ["accusative_first", "common_gaz_word", "common_pair", "common_word", "past_verb"]

_AL = "ال"
#: first letters of the verbal nouns of derived verb forms (إفعال، افتعال، انفعال، استفعال، تفعيل، تفاعل), folded,
#: after the article: never a family name
_DERIVED_MASDAR = ("ا", "ت")
#: endings of the dual and plural nisba nouns of professions (الإعلاميتان، الإعلاميون، الفنيين), folded
_ROLE_PLURALS = ("يتان", "يتين", "يان", "يين", "يون", "يات")
#: given names that are mostly common words: the most their proper-noun share (tenths) may be
_AMBIGUOUS_SHARE = 5
#: … for a given name to be read as a common word when it stands alone
_LONE_SHARE = 2
#: the frequency level (:data:`sahifa.nlp.lexicon.Reading`) of a common word after a given name (7: 3,000 times)
_PAIR_LEVEL = 7
#: … of a common word alone (8: 10,000 times)
_LONE_LEVEL = 8


def _common(r: Reading | None, level: int) -> bool:
    """A common word that Arramooz's frequency list never saw as a proper noun (less than one time in ten) and
    saw at least at ``level`` (7: some 3,000 times; rarer dictionary words are names as often: هذلول، مغربل)."""
    return r is not None and r[0] != "p" and r[1] == 0 and r[2] >= level


def _context(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A title, a nationality or a speech verb right before the mention, or a title detector found it, or a
    longer person's mention of the article holds its first word: then its words are a name."""
    if r.how == "title":
        return True
    toks = eng.toks
    g = eng.g
    prev = r.t0 - 1
    joined = r.start > toks[r.t0].start  # مالي وبشري، ، فحسن الإنصات: a clitic starts another phrase
    if prev >= 0 and not toks[r.t0].brk and not joined:
        if toks[prev].text in ("(", "«", '"', "“", "،", ":", ","):
            return True  # a name in brackets or in a list is named as one: (حسن الرداد)، الفنانات: رنا …
        for _o, key, stripped in toks[prev].info.forms:
            if key in g.cues or key in g.nationalities or key in _SPEECH or (key[:1] == "و" and key[1:] in _SPEECH):
                return True
            if key.startswith(_AL) and key[2:] in g.cues:
                return True
            if key.startswith(_AL) and len(key) >= 7 and key.endswith(_ROLE_PLURALS):
                return True  # والإعلاميتان خلود النمر: a plural or dual nisba of a profession before names
            if not stripped and key.startswith(_AL) and len(key) >= 5 and reading(key) is None and key not in g.by_key \
                    and key not in g.nationalities and not key.endswith(("ي", "ت")):
                return True  # الكابتن، البروفيسور: a title no list knows (not a family nisba: الشمري; not التقطت)
        for k in range(prev - 1, max(-1, r.t0 - 5), -1):  # المتحدث باسم الحملة كريم بالي: a title and its complement
            if toks[k + 1].brk or toks[k].info.kind != "a" or toks[k + 1].info.key in _FUNCTION_WORDS:
                break  # (المدرب المخضرم أن ناديه: a function word ends the title's phrase)
            if eng.cue_at(k, _R_TITLE) is not None:
                return True
    nxt = r.t1 + 1 if r.t1 < len(toks) and toks[r.t1].text == "،" else r.t1
    if nxt < len(toks) and not toks[nxt].brk and eng.cue_at(nxt, _R_TITLE) is not None:
        return True  # هادي البحرة عضو وفد الائتلاف: a role after it
    if toks[r.t0].text[:1] == "و" and any(o.type == "PERSON" and o.t1 == r.t0 for o in raws):
        return True  # حمزة ومعاذ: a list of people
    first = {key for _o, key, _st in toks[r.t0].info.forms}  # (وشايع … محمد شايع)
    n = r.t1 - r.t0
    return any(o is not r and o.type == "PERSON" and o.t1 - o.t0 > n
               and any(key in first for k in range(o.t0, o.t1) for _o, key, _st in toks[k].info.forms)
               for o in raws)


def _mostly_common_given(eng: _Engine, key: str, most: int) -> bool:
    """A given name that the frequency list sees as a proper noun at most ``most`` times in ten (كريم، جميل),
    or a verb's feminine past (رفعت "she raised")."""
    r = reading(key)
    if r is None or r[0] == "p":
        return False
    if 0 <= r[1] <= most:
        return True
    return "v" in r[0] and key.endswith("ت") and r[1] == 10  # a name and, conjugated, a verb


def _no_name(eng: _Engine, k: int) -> bool:
    """Token k is no given name, no known name or place and no family nisba (العلمي، الشمري: written with ي)."""
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or _given(eng.g, key) or eng.gaz_at(k) is not None:
        return False
    return not (key.startswith(_AL) and tok.text.rstrip(AR_DIACRITICS)[-1:] == "ي")


def _never_surname(eng: _Engine, k: int) -> bool:
    """Token k is a definite feminine noun (السيرة), a definite verbal noun of a derived verb (الإنصات، التعامل)
    or a plural (العادات) that the dictionary knows: never a family name."""
    tok = eng.toks[k]
    key = tok.info.key
    r = reading(key)
    if r is None and key.startswith(_AL) and _masdar_shape(key[2:]) and not _given(eng.g, key[2:]) \
            and key not in eng.g.by_key:
        return True  # الابتعاث، الاستقطاب: a verbal noun of a derived form the dictionary lacks
    if r is None or not key.startswith(_AL) or len(key) < 5:
        return False
    bare = tok.text.rstrip(AR_DIACRITICS)
    if bare.endswith("ات") and r[1] == -1 and "p" not in r[0]:
        return True  # العادات، المعنويات: the plural of a common noun
    return _common(r, _PAIR_LEVEL - 1) and (bare.endswith("ة") or (
        "m" in r[0] and key[2] in _DERIVED_MASDAR and len(key) >= 6))


def _masdar_shape(stem: str) -> bool:
    """A folded word (without the article) shaped like the verbal noun of a derived verb: افتعال (ابتعاث،
    اصطلاح), انفعال (انطلاق), استفعال (استقطاب), تفعيل (تطوير), تفاعل (تعاون). Such a word is never a family
    name (those are nisbas in ـي, given names and nouns of the simple forms: الجاسر، العساف، الفيصل)."""
    if stem[-1:] in ("ي", "ه", "ا") or not stem.isalpha():
        return False
    n = len(stem)
    if n == 7:
        return stem.startswith("است") and stem[5] == "ا"
    if n == 6:
        return stem[0] == "ا" and stem[4] == "ا" and (stem[2] in "تطد" or stem[1] == "ن")
    if n == 5 and stem[0] == "ت":
        return stem[3] == "ي" or (stem[2] == "ا" and stem[1] not in "اوي")
    return False


def _feminine_adjective(eng: _Engine, k: int) -> bool:
    """Token k is a feminine adjective in ـة that the dictionary knows only as an adjective (or a nisba
    adjective), never as a proper noun (نزهة حالمة "a dreamy outing", شريفة خالية "clean, free of …", نادية
    الجالسة "Nadia, who sat"): after a given name it agrees with it as with a noun; no family name is a
    feminine adjective."""
    tok = eng.toks[k]
    if tok.text.rstrip(AR_DIACRITICS)[-1:] != "ة" or len(tok.info.key) < 4:
        return False
    r = reading(tok.info.key)
    return r is not None and "a" in r[0] and not set(r[0]) - {"a", "s"} and r[1] <= 0 \
        and _base_no_name(tok.info.key)


def _and_common(eng: _Engine, k: int) -> bool:
    """Token k is و and a frequent common word (عرفان وامتنان "gratitude and thanks"): the second of two nouns,
    never a family name."""
    tok = eng.toks[k]
    if tok.text[:1] != "و" or len(tok.info.forms) < 2 or reading(tok.info.key) is not None:
        return False
    _off, stem, _st = tok.info.forms[1]
    return len(stem) >= 3 and not _given(eng.g, stem) and _common(reading(stem), _PAIR_LEVEL)


def past_verb(eng: _Engine, r: _Raw) -> bool:
    """A person's mention of two words or more whose first word is a frequent verb's feminine past (الممثلة قرأت
    مقاطع "the actress read passages"), no given name or known name: after a title too, a verb is no name."""
    if r.t1 - r.t0 < 2:
        return False
    tok = eng.toks[r.t0]
    key = tok.info.key
    if r.start != tok.start or len(key) != 4 or not key.endswith("ت") or _given(eng.g, key) \
            or eng.gaz_at(r.t0) is not None or entry(key) is not None:
        return False
    stem = entry(key[:-1])
    return stem is not None and "v" in stem[0] and stem[1] == 0 and stem[2] >= _LONE_LEVEL


def accusative_first(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A person's mention of two words or more whose first word is an indefinite accusative adjective in ـا
    (عرضا مغريا لضم: "a tempting offer to sign"): a frequent adjective of the dictionary with ا, no given name,
    with no title before it (الرئيس سلفا كير: Salva Kiir, though سلفا is "in advance")."""
    if r.t1 - r.t0 < 2 or r.start != eng.toks[r.t0].start:
        return False
    key = eng.toks[r.t0].info.key
    if len(key) < 4 or not key.endswith("ا") or entry(key) is not None or _given(eng.g, key) \
            or eng.gaz_at(r.t0) is not None:
        return False
    prev = r.t0 - 1
    if prev >= 0 and not eng.toks[r.t0].brk and any(k in eng.g.cues or k[2:] in eng.g.cues
                                                      for _o, k, _st in eng.toks[prev].info.forms):
        return False
    stem = entry(key[:-1])
    if stem is None or "a" not in stem[0] or "p" in stem[0] or not _common(stem, _PAIR_LEVEL):
        return False
    nxt = eng.toks[r.t0 + 1]  # a word or a clitic after it, not an unknown word (سلفا كير: Salva Kiir)
    return reading(nxt.info.key) is not None or (nxt.text[:1] in "ولبف" and len(nxt.info.forms) > 1)


def common_pair(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A two-word person's mention that is a given name used as a common word and another common word (حسن
    السيرة، رفعت مضاعف), with no title, nationality or speech verb before it."""
    if r.t1 - r.t0 != 2 or _context(eng, raws, r):
        return False
    tok = eng.toks[r.t0]
    first = next((k for off, k, _st in tok.info.forms if tok.start + off == r.start), "")  # (ف)حسن الإنصات
    second = r.t0 + 1
    if not _given(eng.g, first) or not _no_name(eng, second) or len(eng.toks[second].info.key) < 3:
        return False
    r1 = reading(first)
    if r1 is not None and r1[0] == "p":
        return False  # (محمد: only ever a name)
    if _never_surname(eng, second) or _and_common(eng, second) or _feminine_adjective(eng, second):
        return True
    return r1 is not None and _mostly_common_given(eng, first, _AMBIGUOUS_SHARE) and _common(reading(eng.toks[second].info.key),
                                                                          _PAIR_LEVEL)


#: demonstratives, and words before a noun in the construct state (كل غالي), folded
_DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه", "تلك", "هذين", "هاتين", "اولئك", "هؤلاء"})
_QUANTIFIERS = frozenset({"كل", "بكل", "لكل", "وكل", "جميع", "بعض"})


def _adjective(r: Reading | None) -> bool:
    """Only an adjective, very frequent (level 9: 30,000 times), never a proper noun (جاهز، مستعد)."""
    return r is not None and r[0] == "a" and _common(r, _LONE_LEVEL + 1)


def _construct(eng: _Engine, k: int) -> bool:
    """Token k is a noun in the construct state: a definite common word or a demonstrative follows it on the line
    (جميل العادات، غالب ذلك الوقت), or a quantifier precedes it (بكل غالي)."""
    toks = eng.toks
    if k > 0 and not toks[k].brk and toks[k - 1].info.key in _QUANTIFIERS:
        return True
    nxt = k + 1
    if nxt >= len(toks) or toks[nxt].brk or toks[nxt].info.kind != "a":
        return False
    key = toks[nxt].info.key
    if key in _DEMONSTRATIVES:
        return True
    r = reading(key)  # a definite common word (العادات), not a family name (تركي العلي، غالب الشمري)
    return key.startswith(_AL) and len(key) >= 4 and r is not None and r[0] != "p" and 0 <= r[1] <= 2 \
        and not eng.family_name(nxt)


def common_word(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A one-word person's mention that is a common word (بشري، سالما), ب or ل and one (بخطف، بدأب), or a given
    name that is mostly a common word (جميل), with no title, nationality or speech verb before it and no longer
    name of the article holding it."""
    if r.t1 - r.t0 != 1:
        return False
    context = _context(eng, raws, r)
    tok = eng.toks[r.t0]
    if tok.info.kind != "a" or eng.gaz_at(r.t0) is not None:
        return False
    key = tok.info.key
    if key.startswith(_AL):  # الشمري، المسلم: a family name alone (one that is a word too: المسلم والبيشي والحمد),
        return not context and _never_surname(eng, r.t0)  # but not الضيافة، السيرة
    if not _given(eng.g, key) and entry(key) is None and len(key) >= 4 and r.start == tok.start:
        base = entry(key[:-1])
        if key.endswith("ت") and base is not None and "v" in base[0] and _common(base, _PAIR_LEVEL):
            return True  # (اللاعب) طرقت أبواب المحكمة: a verb's feminine past
        if not context and tok.text.rstrip(AR_DIACRITICS).endswith("ه") and base is not None \
                and not _given(eng.g, key[:-1]) and _common(base, _LONE_LEVEL):
            return True  # ناديه "his club" (a name is written with ة: نادية)
    if tok.text[:1] == "ل" and len(tok.info.forms) > 1 and not _given(eng.g, key) and reading(key) is None:
        stem = tok.info.forms[1][1]
        if len(stem) >= 4 and stem[0] in "يت" and _verb_shaped(stem) and not _given(eng.g, stem):
            return True  # (اللاعب) ليتسنى، لتتمكن: ل and an imperfect verb, "so that"
    forms = tok.info.forms[:1] if _given(eng.g, key) or reading(key) is not None else tok.info.forms
    for _off, k, stripped in forms:
        if stripped and len(k) < 3:
            continue
        if context and not (stripped and tok.text[:1] in "بل") and not (not stripped and _adjective(reading(k))):
            continue  # (الفريق بدأب، والمتهم بخطف: after a title too, a preposition and a common word are no name)
        if _given(eng.g, k):
            if _mostly_common_given(eng, k, _LONE_SHARE) and (stripped or _construct(eng, r.t0)):
                return True  # بجميل العادات، غالب ذلك الوقت، بكل غالي: a word (not وتحدث أمين طويلا: Amin)
            continue
        rd = reading(k)
        if _common(rd, _LONE_LEVEL) and not (stripped and tok.text[:1] in "بل" and rd is not None and "s" in rd[0]):
            return True  # (بلاتيني: ب and a nisba adjective are as often a foreign name)
    if len(key) >= 4 and key.endswith("ا") and entry(key) is None and not _given(eng.g, key):
        stem = key[:-1]  # سالما، منفردا: an indefinite accusative (الشاب سالما "safe": after a title too)
        rs = reading(stem)
        return (_given(eng.g, stem) and rs is not None and rs[0] != "p" and ("a" in rs[0] or not context)) \
            or (not context and _common(rs, _LONE_LEVEL))
    return False


#: prepositions after which a definite word is their object (في الصدر "in the chest"), folded
_OBJECT_PREPS = frozenset({"في", "من", "علي", "الي", "عن", "وفي", "ومن", "فوق", "تحت", "حول", "داخل"})


def common_gaz_word(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A one-word person the gazetteer knows (الصدر Sadr, البرهان Burhan) that is written like a frequent definite
    common noun and stands where the noun does: after a preposition (برصاصتين في الصدر "in the chest") or in
    the construct state after an indefinite noun (مقدمة الصدر "the front of the chest"), with no title before it
    and no longer name of the article ending with it (مقتدى الصدر … الصدر)."""
    if r.t1 - r.t0 != 1 or r.type != "PERSON" or r.t0 == 0:
        return False
    toks = eng.toks
    tok = toks[r.t0]
    key = tok.info.key
    if r.start != tok.start or not key.startswith(_AL) or tok.brk:
        return False
    rd = reading(key)
    if rd is None or rd[1] > 3 or rd[2] < 8 or not ("n" in rd[0] or "m" in rd[0]):
        return False
    if any(o is not r and o.type == "PERSON" and o.t1 - o.t0 >= 2 and toks[o.t1 - 1].info.key == key for o in raws):
        return False
    prev = toks[r.t0 - 1]
    pk = prev.info.key
    if prev.info.kind != "a" or pk in eng.g.cues or pk in eng.g.nationalities or pk.startswith(_AL):
        return False
    if pk in _OBJECT_PREPS:
        return True
    pr = reading(pk)  # مقدمة، منطقة: an indefinite common noun, never a verb or a name
    return pr is not None and "n" in pr[0] and "v" not in pr[0] and "p" not in pr[0] and pr[1] <= 0 \
        and not _given(eng.g, pk)


def _base_no_name(key: str) -> bool:
    """The masculine of a feminine word (مشرفة → مشرف) is no proper noun more than twice in ten: مشرفة is a
    family name as often as an adjective (أيمن مشرفة), حالمة، معتمدة are not."""
    base = reading(key[:-1])
    return base is None or base[1] <= 2
