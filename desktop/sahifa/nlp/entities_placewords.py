"""The dictionary's word on a place the head-word rules named: "places" that are one common word.

The place detectors take the word after a head-word (منطقة، مناطق، إدارة، ناحية، مدينة، قاعدة، جبال …) or after
a preposition in a place's context for a place's name, and the engine then copies that name to the article's
other places. On real news the word is often no name at all (seen on unannotated SaudiNewsNet articles, session
13, and in a blind batch's false positives), and one wrong mention becomes four:

- a verbal noun (مناطق النفوذ "areas of influence", إدارة المرور "the traffic department", من ناحية الأداء "as
  for the performance", إدارة الاختلاف "managing disagreement", دولة الخلافة "the caliphate state");
- a very frequent common noun (مناطق الجسم "areas of the body", إدارة المهرجان "the festival's management",
  إدارة الغرفة "the chamber's board", عاصمة الدنيا "the capital of the world");
- an indefinite feminine adjective that agrees with the head (قرية هادئة "a quiet village", جبال شاهقة "towering
  mountains", قاعدة جماهيرية "a fan base", بولاية خامسة "a fifth term");
- a verb (كمدينة تزخر "as a city rich in", ساحة تستوعب "a square that holds").

Arramooz (:mod:`sahifa.nlp.lexicon`) knows these words and knows that they are never proper nouns. Places
named by such a word exist, and they are named after an administrative head: محافظة حجة، محافظة الدرب، مركز
القصب، حي الشرطة، ميناء عصب. So the check is skipped after those heads, and for any word the gazetteer or a
given-name list knows.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_words import _DIRS, _LOC_PREPS, _R_LOC, _given, _Raw, _verb_shaped
from .lexicon import reading

__all__ = ["common_place_word", "common_reading_of_place", "dateline_outlets", "nationality_as_place", "without_copies_of"]

_AL = "ال"
#: heads of administrative units and concrete places whose names are often common words (محافظة حجة، مركز الوقف،
#: حي الشرطة، ميناء عصب، مخيم الهول), folded: after them the word is the place's name
_ADMIN_HEADS = frozenset({"محافظه", "مركز", "ميناء", "حي", "قريه", "بلده", "مديريه", "اقليم", "بلديه", "احياء",
                          # and of cities and concrete places named by a word: مدينة الأبيض، مخيم الهول، شارع الهرم
                          "مدينه", "مخيم", "مخيمات", "سجن", "شارع", "طريق", "جبل", "جبال", "وادي", "جزيره", "حديقه", "منتزه"})
#: the Kingdom (المملكة): Saudi Arabia in Saudi news, a place the gold always tags (مناطق المملكة)
_HOME = frozenset({"المملكه"})
#: a verbal noun's least frequency level (6: some 1,000 times in Arramooz's list); a common noun's (9: 30,000)
_MASDAR_LEVEL = 6
_NOUN_LEVEL = 9
#: the least frequency level of the masculine of an agreeing feminine adjective (7: some 3,000 times)
_ADJECTIVE_LEVEL = 7


def _admin_head(eng: _Engine, r: _Raw) -> bool:
    k = r.t0
    if k == 0 or eng.toks[k].brk:
        return False
    return any(fk in _ADMIN_HEADS for _o, fk, _st in eng.toks[k - 1].info.forms)


#: feminine heads of places, folded (مدينة، منطقة، ولاية …)
_FEM_HEADS = frozenset({"مدينه", "منطقه", "ولايه", "بلده", "قريه", "محافظه", "جزيره"})


def _feminine_head(eng: _Engine, r: _Raw) -> bool:
    k = r.t0
    if k == 0 or eng.toks[k].brk:
        return False
    return any(fk in _FEM_HEADS for _o, fk, _st in eng.toks[k - 1].info.forms)


def common_place_word(eng: _Engine, r: _Raw) -> bool:
    """A one-word place of the head-word or context rules (how "loc") that Arramooz knows as a verbal noun, a very
    frequent common noun (after no administrative head), an agreeing adjective or a verb and never as a proper
    noun, unknown to the gazetteer and no given name."""
    if r.type != "LOC" or r.how != "loc" or r.t1 - r.t0 != 1:
        return False
    tok = eng.toks[r.t0]
    if tok.info.kind != "a" or eng.gaz_at(r.t0) is not None:
        return False
    key = next((k for off, k, _st in tok.info.forms if tok.start + off == r.start), tok.info.key)
    if key in _HOME or _given(eng.g, key) or _given(eng.g, key.removeprefix(_AL)):
        return False
    if eng.contiguous(r.t1) and eng.toks[r.t1].info.key.startswith(_AL) \
            and eng.toks[r.t1].info.key in eng.g.nationalities:
        return False  # مدينة حجة اليمنية: a country's adjective after the word shows it names a place
    if _possessed_noun(key):
        return True
    rd = reading(key)
    if rd is None:  # تستوعب، تستورد: a long imperfect verb the dictionary has only as its stem
        if len(key) == 4 and key[0] in "تي":  # سجن يندد به الجميع: ي + a past the dictionary knows only as a verb
            stem = reading(key[1:])
            return stem is not None and stem[0] == "v"
        return len(key) >= 5 and key[0] in "تي" and not key.startswith(_AL) and _verb_shaped(key)
    tags, share, level = rd
    if "p" in tags or share > 0:
        return False
    if tags == "v":
        return share == 0  # تزخر (not ضبا, read as an inflected verb: Duba)
    if not key.startswith(_AL) and tok.text.rstrip(AR_DIACRITICS).endswith("ة") and "a" in tags \
            and set(tags) <= {"a", "n", "s"}:
        base = reading(key[:-1])  # قرية هادئة، قاعدة جماهيرية: a frequent adjective agrees with the head
        return base is not None and "a" in base[0] and base[2] >= _ADJECTIVE_LEVEL  # (not قرية بطينة)
    if _admin_head(eng, r):  # محافظة حجة، حي الشرطة
        return False
    if share < 0:  # an inflection the frequency list lacks: a plural or dual of a common noun is still one
        return _plural_of_common(key) and not _after_area(eng, r)  # (إدارة الجوازات، إدارة الناديين; not
        # منطقة الفلاحات: an area is named by a plural: the fields, the villas)
    if key.startswith(_AL) and not key.endswith("ه") and "a" in tags and _feminine_head(eng, r):
        return False  # مدينة الأبيض: a masculine adjective cannot describe a feminine head: it is the name
    if "m" in tags and level >= _MASDAR_LEVEL:
        return True
    return level >= _NOUN_LEVEL


#: possessive pronoun suffixes (folded) that no place's name ends with: ميدان عملها "the field of her work"
_POSSESSIVES = ("هما", "ها", "هم", "هن", "كم")


def _possessed_noun(key: str) -> bool:
    """``key`` (folded, no article) is a common noun with a possessive pronoun: the stem, or its ة form (حياتها:
    حياة), is a word Arramooz knows that the frequency list never has as a proper noun (عملها: عمل). A name is definite in itself and
    takes no possessive, so the word is no place's name."""
    if key.startswith(_AL):
        return False
    for suf in _POSSESSIVES:
        stem = key.removesuffix(suf)
        if stem == key or len(stem) < 3:
            continue
        for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else ""):
            rd = reading(form) if form else None
            if rd is not None and rd[1] == 0:  # (عمل is listed as a name too, but never used as one)
                return True
        return False
    return False


#: "area" (folded): an area may be named by a plural (منطقة الفلاحات، منطقة الفيلات الحمر)
_AREA_HEADS = frozenset({"منطقه", "مناطق"})


def _after_area(eng: _Engine, r: _Raw) -> bool:
    k = r.t0
    if k == 0 or eng.toks[k].brk:
        return False
    return any(fk in _AREA_HEADS for _o, fk, _st in eng.toks[k - 1].info.forms)


#: endings of a sound plural and a dual (folded): الجوازات، الناديين، الطرفان
_PLURAL_ENDINGS = ("ات", "ين", "ان")


def _plural_of_common(key: str) -> bool:
    """``key`` (folded) is the definite sound plural or dual of a word Arramooz knows as a common noun, a verbal
    noun or an adjective and never as a proper noun: الجوازات (جواز), الناديين (نادي). Names of places are not
    made so (those that are, البحرين، العمارات, are the gazetteer's or follow an administrative head)."""
    if not key.startswith(_AL):
        return False
    stem = key[len(_AL):]
    for ending in _PLURAL_ENDINGS:
        single = stem.removesuffix(ending)
        if single == stem or len(single) < 3:
            continue
        for form in (single, single + "ه"):  # الشركات: شركة
            rd = reading(form)
            if rd is not None and "p" not in rd[0] and set(rd[0]) & {"n", "m", "a"}:
                return True
    return False


def without_copies_of(raws: list[_Raw], dropped: set[int]) -> set[int]:
    """The indices of the engine's copies (how "prop") of the mentions ``dropped``: they copied a word that is no
    name, and go with it."""
    return {i for i, r in enumerate(raws) if r.how == "prop" and r.alias_of in dropped}


#: folded words after a place that are never a noun it is the construct of: times and compass adjectives
#: (في حماة الخميس، ريف حماة الشمالي)
_AFTER_PLACE = frozenset({
    "اليوم", "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "امس", "الشمالي",
    "الجنوبي", "الشرقي", "الغربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الكبري", "الجديده", "القديمه"})
#: prepositions and adverbs of place and time that Arramooz also reads as nouns (عبر بريده الإلكتروني)
_PREPOSITIONS = frozenset({
    "عبر", "خلال", "حول", "ضمن", "عند", "لدي", "بين", "داخل", "خارج", "امام", "وراء", "بعد", "قبل", "منذ", "مع",
    "عن", "علي", "في", "من", "الي", "دون", "تحت", "فوق", "حتي", "نحو", "لدى", "على", "إلى"})
#: Arramooz's tags of a noun, a verbal noun, an adjective or a nisba
_NOMINAL = frozenset("nmas")
#: the least frequency level of a place's word read as a noun before an indefinite noun (9: 30,000 times)
_CONSTRUCT_LEVEL = 9
#: the least frequency level of the noun a place's word in ـه is "his …" of (8: 10,000 times: بريد، حديث)
_POSSESSED_LEVEL = 8


def _word(eng: _Engine, k: int) -> str:
    """Token k's folded word: the first of its forms the dictionary knows (ومقاتلات → مقاتلات), else as written."""
    info = eng.toks[k].info
    return next((fk for _off, fk, _st in info.forms if reading(fk) is not None), info.key)


def _place_context(eng: _Engine, k: int, start: int) -> bool:
    """Token k (its word from offset ``start``) stands where a place stands: after a locative preposition, a
    compass word or a place's head-word (في حماة، ريف حماة، مدينة مشهد), or with ب (بحماة، بالدرعية)."""
    tok = eng.toks[k]
    if "ب" in tok.text[:start - tok.start]:
        return True
    if k == 0 or eng.toks[k].brk or eng.toks[k - 1].info.kind != "a":
        return False
    prev = eng.toks[k - 1].info.key
    return prev in _LOC_PREPS or prev in _DIRS or eng.cue_at(k - 1, _R_LOC) is not None


def _feminine_adjective(key: str) -> bool:
    """``key`` (folded, indefinite) is the feminine of a frequent adjective that is never a proper noun: حديثة
    "modern" (the Iraqi town Haditha)."""
    if not key.endswith("ه") or key.startswith(_AL):
        return False
    rd = reading(key[:-1])
    return rd is not None and "a" in rd[0] and "p" not in rd[0] and rd[1] == 0 and rd[2] >= _ADJECTIVE_LEVEL


def _nisba_country(eng: _Engine, k: int, key: str) -> bool:
    """تركية، سورية (a country spelled as its nationality's feminine) after an indefinite feminine noun or
    adjective: the adjective that agrees with it (مقاتلات تركية "Turkish jets", ليرة تركية، بلدة تركية), not the
    country (في سورية، شمال سورية)."""
    if not key.endswith("يه") or key[:-1] not in eng.g.nationalities or key.startswith(_AL):
        return False
    return _after_feminine(eng, k)


def _after_feminine(eng: _Engine, k: int) -> bool:
    """Token k follows an indefinite feminine noun or adjective (ـة، ـات) that it may agree with."""
    if k == 0 or eng.toks[k].brk or eng.toks[k - 1].info.kind != "a":
        return False
    prev = _word(eng, k - 1)
    written = eng.toks[k - 1].text.rstrip(AR_DIACRITICS)  # as written: فبدأت (a verb) folds to …ات
    if prev.startswith(_AL) or not written.endswith(("ة", "ات")) or len(prev) < 4 or eng.gaz_at(k - 1) is not None \
            or _given(eng.g, prev):
        return False
    rd = reading(prev)  # a noun or an adjective (not فبدأت سورية: a verb)
    return rd is not None and bool(set(rd[0]) & _NOMINAL) and rd[0] != "v"


def _followed_by_noun(eng: _Engine, k: int, word: str, level: int) -> bool:
    """Token k+1 makes token k a noun's construct or a noun described: a definite word that is no place, no
    nationality, no time or compass word (حماة الوطن، بريده الإلكتروني), or for a very frequent noun an
    indefinite common noun (مشهد وداع)."""
    j = k + 1
    if not eng.contiguous(j) or eng.toks[j].info.kind != "a" or eng.gaz_at(j) is not None:
        return False
    nxt = eng.toks[j]
    key = nxt.info.key
    rd = reading(key)
    if rd is None or not set(rd[0]) & _NOMINAL:  # التي، الذي: no noun
        return False
    if key.startswith(_AL):
        if not nxt.text.startswith("ال") or key in _AFTER_PLACE or key in eng.g.nationalities:
            return False
        if word.startswith(_AL):  # الطبقة الوسطى: a frequent noun and its adjective (not
            return level >= _CONSTRUCT_LEVEL and "a" in rd[0]  # الكعبة المشرفة، الشرقية النسب)
        if key.endswith("ي") and k > 0 and not eng.toks[k].brk and eng.toks[k - 1].info.kind == "a":
            prev = reading(_word(eng, k - 1))  # سوق أبها الرمضاني: the adjective is the noun's before the place
            if prev is not None and "n" in prev[0] and not _word(eng, k - 1).startswith(_AL) \
                    and _word(eng, k - 1) not in _PREPOSITIONS:
                return False
        return not key.endswith("يه")  # حماة السورية: a feminine adjective agrees with a city
    if word.startswith(_AL) or level < _CONSTRUCT_LEVEL or _given(eng.g, key):  # مياه النيل مباشرة
        return False
    return "p" not in rd[0] and bool(set(rd[0]) & {"n", "m"}) and rd[2] >= _NOUN_LEVEL - 2


def _before_possessed(eng: _Engine, k: int) -> bool:
    """Token k+1, with no clitic, is a frequent common noun (never a proper noun) with a possessive pronoun."""
    j = k + 1
    if not eng.contiguous(j) or eng.toks[j].info.kind != "a" or eng.gaz_at(j) is not None:
        return False
    nxt = eng.toks[j]
    return nxt.info.forms[0][0] == 0 and len(nxt.info.forms) == 1 and reading(nxt.info.key) is None \
        and _possessed_frequent(nxt.info.key)


def _possessed_frequent(key: str) -> bool:
    """``key`` (folded) is a frequent common noun (never a proper noun) with a possessive pronoun: رأسه، رأسها."""
    for suf in _POSSESSIVES + ("ه",):
        stem = key.removesuffix(suf)
        if stem != key and len(stem) >= 2:
            rd = reading(stem)
            return rd is not None and "n" in rd[0] and rd[1] == 0 and rd[2] >= _POSSESSED_LEVEL
    return False


def _clitic_verb(word: str) -> bool:
    """The whole word (folded), which the engine read as the preposition ك and a place, is a verb the dictionary
    knows and nothing else (كسرت "she broke", not ك + سرت), or a frequent verb that is never a proper noun with an
    object pronoun (كسبها "won it", not ك + سبها). Not after و: واسيا is و + آسيا, not "consoled"."""
    if not word.startswith("ك"):
        return False
    rd = reading(word)
    if rd is not None and rd[0] == "v":
        return True
    for suf in _OBJECTS:  # كسبها "won it", not ك + Sabha: a frequent verb and its object pronoun
        stem = word.removesuffix(suf)
        if stem != word and len(stem) >= 3:
            srd = reading(stem.removesuffix("ت") if stem.endswith("ت") and len(stem) >= 4 else stem)
            return srd is not None and "v" in srd[0] and srd[1] == 0 and srd[2] >= _VERB_LEVEL
    return False


#: object pronoun suffixes (folded), longest first; a place's name read off ك is rarely a verb's object
_OBJECTS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")
#: the least frequency level of the verb (7: some 3,000 times: كسب، كشف، كتب)
_VERB_LEVEL = 7


def common_reading_of_place(eng: _Engine, r: _Raw) -> bool:
    """A one-word place of the gazetteer that its context reads as the common word it also is: a nationality's
    feminine after a feminine noun (طائرات تركية), or a common noun (Arramooz: mostly not a proper noun) that is
    a construct or is described (حماة الوطن "the protectors of the homeland", مشهد وداع "a farewell scene",
    بريده الإلكتروني "his e-mail", حديثه للشورى no: only a definite or a noun after it), or a definite adjective
    after a definite noun (الاقتصاد القائم على التصدير). Never where a place stands (في، ريف، مدينة …)."""
    if r.type != "LOC" or r.how != "gaz" or r.t1 - r.t0 != 1 or r.entry is None or r.entry.type != "LOC":
        return False
    k = r.t0
    tok = eng.toks[k]
    key = next((fk for off, fk, _st in tok.info.forms if tok.start + off == r.start), tok.info.key)
    if _nisba_country(eng, k, key):
        return True
    if _feminine_adjective(key) and not _place_context(eng, k, r.start) and _after_feminine(eng, k):
        return True  # استراتيجية حديثة "a modern strategy", منتجات عقارية حديثة: not Haditha (في حديثة stays)
    if r.start != tok.start and _clitic_verb(tok.info.key):
        return True  # التي كسرت مستويات: the verb "broke", not ك + Sirte
    if r.entry.kind == "country":
        return False
    rd = reading(key)
    if rd is not None and rd[1] <= 3 and rd[2] >= _POSSESSED_LEVEL and not key.startswith(_AL) \
            and _before_possessed(eng, k):
        return True  # (في) مسقط رأسه "his birthplace": a common noun's construct before "his head", even after في
    if _place_context(eng, k, r.start):
        return False
    written = tok.text.rstrip(AR_DIACRITICS)
    if rd is not None and "p" not in rd[0] and key.startswith(_AL) and r.start == tok.start and k > 0 \
            and not tok.brk and eng.toks[k - 1].info.kind == "a":
        prev = eng.toks[k - 1].info.key
        before = eng.toks[k - 1].text.rstrip(AR_DIACRITICS)
        prd = reading(prev)
        adjective = ("a" in rd[0] and rd[2] >= _CONSTRUCT_LEVEL) or (  # الاقتصاد القائم
            "s" in rd[0] and written.endswith("ة") and before.endswith("ة"))  # القصيدة النبطية: a nisba agrees
        if adjective and before.startswith("ال") and prev not in eng.g.nationalities \
                and eng.gaz_at(k - 1) is None and prd is not None and "n" in prd[0]:
            return True  # an adjective agreeing with the definite noun before it
    if written.endswith("ه") and not key.startswith(_AL):
        base = reading(key[:-1])  # بريده "his mail", حديثه "his talk": a noun and a pronoun, not Buraidah
        if base is not None and "n" in base[0] and "p" not in base[0] and base[2] >= _POSSESSED_LEVEL:
            return _followed_by_noun(eng, k, key, 0)
    if rd is None and key.startswith("ب") and not _place_context(eng, k, r.start):
        stem = reading(key[1:])  # يقضي بعقوبة المتحرش: ب + "punishment", not Baqubah
        if stem is not None and "p" not in stem[0] and set(stem[0]) & {"n", "m"} and stem[2] >= _POSSESSED_LEVEL:
            return _followed_by_noun(eng, k, key[1:], 0)
    if rd is not None and key.startswith(_AL) and _adjective_reading(eng, k, rd):
        return True
    if rd is None or not (set(rd[0]) & {"n", "m", "a"}) or rd[1] > 3:
        return False
    return _followed_by_noun(eng, k, key, rd[2])


#: the least frequency level of an adjective or participle a place is named by (8: 10,000 times: الرمادي "grey",
#: القائم "standing, acting", المطروح "proposed")
_ADJECTIVE_PLACE_LEVEL = 8


def _adjective_reading(eng: _Engine, k: int, rd: tuple[str, int, int]) -> bool:
    """A definite place's word that Arramooz knows as a frequent adjective or participle and never as a proper
    noun, read as the adjective: followed by a second definite masculine adjective that is no nisba (والرمادي
    الداكن "and dark grey"; not والرمادي الواقعة غرب بغداد "Ramadi, which lies west of Baghdad": a city is
    feminine), or by a participle's complement, ب and a verbal noun (القائم بأعمال "the acting"; not الرمادي
    بيد التنظيم "Ramadi in the group's hands", nor a preposition: تقع الرمادي على بعد …). Where a place stands
    (في الرمادي، مدينة القائم) the caller has already kept it."""
    tags, share, level = rd
    if "a" not in tags or share != 0 or level < _ADJECTIVE_PLACE_LEVEL:
        return False
    j = k + 1
    if not eng.contiguous(j) or eng.toks[j].info.kind != "a" or eng.gaz_at(j) is not None:
        return False
    nxt = eng.toks[j]
    key = nxt.info.key
    if nxt.text.startswith("ب") and not key.startswith(_AL):
        noun = reading(key[1:])  # بأعمال: ب + verbal nouns (not الرمادي بيد التنظيم "in the hands of")
        return noun is not None and noun[0] == "m"
    if not nxt.text.startswith("ال") or key in _AFTER_PLACE or key in eng.g.nationalities \
            or key.endswith(("ي", "ه")):  # a nisba, or a feminine that agrees with a city (والرمادي الواقعة)
        return False
    nrd = reading(key)
    return nrd is not None and "a" in nrd[0] and nrd[1] == 0


def nationality_as_place(eng: _Engine, r: _Raw) -> bool:
    """A one-word "place" (the tagger's) that is a nationality adjective and no place's name: الشأن العراقي،
    الشعب اليوناني، المطالب اليونانية، العراقيين (السعودية stays: the gazetteer knows it as the country)."""
    if r.type != "LOC" or r.t1 - r.t0 != 1 or r.how not in ("crf", "prop"):
        return False
    tok = eng.toks[r.t0]
    key = next((fk for off, fk, _st in tok.info.forms if tok.start + off == r.start), tok.info.key)
    if key not in eng.g.nationalities or not key.startswith(_AL):  # مالي: Mali, and "Malian"
        return False
    gz = eng.gaz_at(r.t0)
    return gz is None or gz[2].type != "LOC"


#: dashes between a dateline's city and its source (جوهانسبورغ - «…»:)
_DASHES = frozenset({"-", "ـ", "–", "—"})
_OPENERS = frozenset({"«", '"', "“"})
_CLOSERS = frozenset({"»", '"', "”"})


def _dateline_source(eng: _Engine, r: _Raw) -> bool:
    """A gazetteer place that is the whole of a quotation between a dateline's dash and a colon: the newspaper
    or agency the dispatch comes from, named like a place (أثينا - «الشرق الأوسط»: …, "Athens - Asharq
    Al-Awsat:"), not the place."""
    toks = eng.toks
    a, b = r.t0, r.t1
    if r.type != "LOC" or r.how != "gaz" or a < 2 or b + 1 >= eng.n or r.start != toks[a].start:
        return False
    if toks[a - 1].text not in _OPENERS or toks[b].text not in _CLOSERS or not toks[b + 1].text.startswith(":"):
        return False
    return toks[a - 2].text in _DASHES and not any(toks[k].brk for k in range(a - 1, b + 2))


def dateline_outlets(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The places named as a dateline's source (see :func:`_dateline_source`) as the outlets (ORG) they are."""
    if not any(_dateline_source(eng, r) for r in raws):
        return raws
    out = []
    for r in raws:
        if _dateline_source(eng, r):
            r = _Raw(r.start, r.end, r.t0, r.t1, "ORG", None, "media", r.alias_of)
        out.append(r)
    return out
