"""Last checks on the arbitrated mentions of one article: a person's mention that the words around it or in
it show to be no person.

Judged on the People sidebar of 40 random SaudiNewsNet articles (session 8; 157 distinct "people", 26 of them
not people), these errors need the words *around* a name, which neither the rules' name detectors nor the
CRF's spans look at once they have chosen:

- **A name after a place's or an institution's head-word** names that place or institution: شارع سليمان
  باشا (a street), حي الشيخ رضوان (a district), مدرسة بن يوسف (a school), مستشفى الملك خالد. The mention
  becomes the place (LOC), body (ORG) or award (MISC) with its head-word, as the gold conventions write them
  (``ملعب محمد الخامس``: LOC, no PERSON; ``مستشفى الملك خالد``: ORG).
- **Words a name cannot be** (:func:`_not_a_person`): a word after a verbal particle (لم ينس), a dual verb
  (يبحثان), a lone nationality after an indefinite noun (مسؤول يمني), a word with "his" (قوله), a passive
  participle (مدفوعة); and أم before a word that is no given name, the conjunction "or" (أم يداوم النزيف،
  متعب أم يداوم), not the kunya Umm (أم محمد). Such a mention is dropped.
- **An office, not a name** (:func:`_office`): أمير، أمين، محافظ، وكيل are given names (Amir, Amin) and the
  offices of a region's governor, mayor and deputy; before a region's head-word or a place (أمير منطقة
  مكة، أمين الرياض) the word is the office. Such a one-word mention is dropped.
- **A preposition fused to the last word** (:func:`_prep_tail`) **or a verb** (:func:`_verb_word`): a name's
  last word does not carry ب or ل with a definite word, a place or a plural nisba (نايف البكري لصحافيين،
  الملك سعود بعنيزة) and is no imperfect verb (عثمان طه يخط، ماجد عبدالله لايعني): that word is taken off
  the mention; a given name left alone without a title before it is dropped, and so is a lone verb (يهيئ).
- **Session 9b, from the People lists of unannotated SaudiNewsNet articles:** a verb inside a name
  (:func:`_inner_verb`: سعيد يعين خالد الفهد) splits it into the people before and after it; a preposition
  written alone (لـ«سبق»، ل"الرياض", not the initial in مارك ل. سميث), ب or ل fused to an indefinite common noun
  (:func:`_prep_common`: عقيل بقرارات، آبي بمناسبة، أندرسن بوصفه) or a future verb (آبي سيعبر) after a name ends
  it, the name before staying; a common noun with "his, their" after it (:func:`_possessed`: الدكتور سمير كلامه)
  is taken off, and a common word left alone is dropped (حسن تعامله); a word with "its" before a name (نجمه
  الشمراني) is taken off; a place after a family name (:func:`_place_tail`: خالد الفيصل الطائف) is taken off,
  not a place in the family name's slot (عبدالله بن محمد السويد، خليل عبدالله الخليل).
  A one-word person that is an imperfect verb or ب، ل، ك with a common word (:func:`_lone_word_no_name`: أمير
  القصيم يشيد، الرئيس التونسي بمناسبة) is dropped, unless the article writes it in a longer name (جانيت يلين).
  An indefinite accusative in ـا after a name (:func:`_accusative_tail`: هادي قرارا، تشيفتشي سلوكا) is taken
  off; a mention holding two people of a list (:func:`_second_name`: ماركو والكويتي أحمد سالم، ماجد الفرحان
  عبدالله الدرويش) is split.
- **Session 13, from the blind train batches and the People lists of 700 unannotated articles:** a role noun
  before its complement ends a name of three words (رجب نبيل مدافع وادي دجلة), and so do ب/ل with a frequent
  dictionary noun (مؤيد لانفصال) and an imperfect verb with an object (محمد محمود يمكنك); ل/ك fused to a
  name's first word leaves the mention (لبولانكو) and لحسن الحظ is no one; a name's own و stays (ويبر، وجدان);
  ل/ف with an imperfect verb alone is no one (ليغادر); and the copies of a word the checks took off a name, of a
  name that became a street, or of a compound's second half (عبد الرحمن → الرحمن) go
  (:mod:`sahifa.nlp.entities_personwords`, :func:`_without_stale_copies`).
- **Session 14, from the People lists of 400 more unannotated articles:** a mention whose first word is a form
  no name takes (a sound plural of a nisba or a participle in م، و + a verbal noun, سأ + a verb, a form III
  imperfect: دبلوماسيون أوروبيون، وانتماء وحب) is dropped, and such a last word is taken off (رمضان سأتابع)
  (:func:`sahifa.nlp.entities_personwords.no_name_form`, :func:`~sahifa.nlp.entities_personwords.form_tail`).
- **A generic head-word and an adjective** (:func:`_description`): الشركة الأمريكية، الشركة المنفذة، شركة
  إلكترونية، القيادة الرشيدة، الإدارة الطبية، المؤسسة المالية، الحكومة الرشيدة describe a company, a
  leadership, a department or a government; they name none (a company's name follows an indefinite شركة:
  شركة أبل). Such an organisation's mention is dropped.
- **A region named by an adjective, used as one**: الشرقية (the Eastern Province) after a definite noun or a
  place is its adjective (الجهة الشرقية، ألمانيا الشرقية), whoever proposed it.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS, fold
from .entities_cliticnouns import clitic_noun_tail, lead_no_name, lead_rest_stays
from .entities_engine import _Engine
from .entities_foreign import foreign_pairs, waw_surnames
from .entities_lexical import accusative_first, common_gaz_word, common_pair, common_word, past_verb
from .entities_people import _REGION_ADJ
from .entities_personedges import dual_phrase, good_manners, without_era, without_on, without_prayer
from .entities_personrules import (
    adjective_after_nationality,
    disease_names,
    pedigree_given_name,
    religious_titles,
)
from .entities_personwords import (
    clitic_head,
    conjunction_head,
    form_tail,
    lam_verb,
    list_people,
    nisba_surname_copies,
    no_name_form,
    no_name_phrase,
    no_name_word,
    prep_noun_tail,
    role_tail,
    speech_subjects,
    verb_tail,
)
from .entities_placewords import (
    common_place_word,
    common_reading_of_place,
    nationality_as_place,
    without_copies_of,
)
from .entities_pronouns import without_pronoun_words
from .entities_words import _SPEECH, _given, _kept, _Raw, _Tok, _verb_shaped
from .gazetteer import Gazetteer

__all__ = ["checked"]

#: head-words of places named after a person (the name that follows is the place's), folded
_PLACE_HEADS = frozenset({"شارع", "طريق", "ميدان", "ساحه", "حي", "دوار", "جسر", "مسجد", "جامع", "نفق", "ممشي",
                          "حديقه", "منتزه", "ملعب", "استاد", "مطار", "ميناء", "قصر", "برج"})
#: head-words of institutions named after a person, folded
_BODY_HEADS = frozenset({"مدرسه", "مستشفي", "مستوصف", "جامعه", "كليه", "معهد", "مركز", "مؤسسه", "مكتبه", "داره"})
#: head-words of named awards and competitions (MISC in the gold conventions), folded
_MISC_HEADS = frozenset({"جائزه", "كاس", "مهرجان"})  # (not بطولة: "بطولة أحمد" is "starring Ahmed" in film
# credits); مهرجان بسمة العيد: a festival named like a person
#: after these a word is a verb (لم ينس، قد يبحث، فلما رفعت، أني أثير): no name starts there, folded
_VERB_PARTICLES = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "قد", "وقد", "فقد", "لقد", "سوف", "وسوف", "لما", "ولما",
                             "فلما", "كي", "لكي", "اني", "انني", "اننا", "اننى", "انى"})
#: honorifics that may stand between the head-word and the name (حي الشيخ رضوان، مستشفى الملك خالد)
_HONORIFICS = frozenset({"الشيخ", "الامام", "الامير", "الاميره", "الملك", "السيده", "سيدي", "السيد",
                         "الشهيد", "الرئيس", "المغفور", "الحاج"})


#: given names that are also offices (أمير Amir, أمين Amin …), folded: before a region they are the office
_OFFICE_NAMES = frozenset({"امير", "امين", "امينه", "محافظ", "وكيل", "مساعد", "نائب"})  # (أمينة بغداد: the mayor)
#: head-words of the regions and towns an office is of (أمير منطقة الرياض، أمين محافظة جدة), folded
_REGION_HEADS = frozenset({"منطقه", "محافظه", "مدينه", "امانه", "بلديه", "مركز", "قريه", "مقاطعه", "ولايه",
                           "اقليم", "اماره", "حي"})
#: endings of plural nisba nouns (صحافيين، إعلاميون): after a fused preposition, no name (not -ين or -ون
#: alone: بلانكفين، بورجون are family names)
_PLURAL_ENDS = ("يين", "يون")


#: head-words that take a proper name only when indefinite and followed by it (شركة أبل); with an adjective
#: alone they describe (الشركة الأمريكية، قيادة رشيدة، الإدارة الطبية), folded, without the article
_GENERIC_HEADS = frozenset({"شركه", "قياده", "اداره", "مؤسسه", "وزاره", "منظمه", "حكومه"})



def _head(tok: _Tok) -> tuple[str, int] | None:
    """(LOC, ORG or MISC, char offset of the head-word) when the token is a head-word, a clitic allowed
    before it (بشارع، ولمستشفى: the clitic stays outside the name)."""
    for off, key, _stripped in tok.info.forms:
        for heads, typ in ((_PLACE_HEADS, "LOC"), (_BODY_HEADS, "ORG"), (_MISC_HEADS, "MISC")):
            if key in heads:
                return typ, tok.start + off
    return None


def _verb_form(key: str, g: Gazetteer) -> bool:
    """A dual or plural imperfect verb (يبحثان، يقولون): ي, a consonant, and ان/ون at the end (not ت: ترومان)."""
    return (5 <= len(key) <= 7 and key[0] == "ي" and key[1] not in "اوي" and key.endswith(("ان", "ون"))
            and key not in g.given_names)


def _not_a_person(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A person's mention the words around it or in it show to be no name."""
    toks = eng.toks
    g = eng.g
    prev = r.t0 - 1
    if prev >= 0 and not toks[r.t0].brk and toks[prev].info.key in _VERB_PARTICLES:
        return True  # لم ينس المشرفون، أني أثير أسئلة: a verb
    keys = [toks[k].info.key for k in range(r.t0, r.t1)]
    if any(_verb_form(k, g) for k in keys):
        return True  # خادم الحرمين ورئيس وزراء لبنان يبحثان
    if len(keys) == 2:
        entry = g.by_key.get(keys[1])
        if entry is not None and entry.type == "LOC" and keys[0].endswith("ت") and keys[1] not in g.given_names:
            return True  # رفعت مصر السعر: "Egypt raised" (a verb of the feminine past like the names رفعت، مدحت)
    if len(keys) == 1:
        key = keys[0]
        fuller = any(o.type == "PERSON" and o.t1 - o.t0 >= 2 and any(toks[k].info.key == key
                                                                      for k in range(o.t0, o.t1))
                     for o in raws)
        prev_key = toks[prev].info.key if prev >= 0 and not toks[r.t0].brk else ""
        if key in g.nationalities and not fuller and prev_key and not prev_key.startswith("ال") \
                and toks[prev].info.kind == "a":
            return True  # مسؤول يمني، صحفي تركي: an adjective agreeing with an indefinite noun (اللواء تركي: a name)
        forms = [k for _o, k, _st in toks[r.t0].info.forms]
        if fuller or any(k in g.given_names for k in forms) or prev_key in g.nationalities or prev_key in g.cues:
            return False  # (البرازيلي بيليه، الدكتورة درية: a nationality or a title vouches for a name)
        bare = toks[r.t0].text.rstrip(AR_DIACRITICS)
        if bare.endswith("ه") and any(len(k) >= 4 and k.endswith("ه") and (
                k[:-1] in g.lexicon or k[:-1] in g.common or k[:-1] in g.cues) for k in forms):
            return True  # قوله، ورجاله: a word and "his" (بيليه، معاوية: names)
        if bare.endswith("ة") and len(key) == 6 and key[0] == "م" and key[2] != "ا" and key[3] == "و":
            return True  # الأستاذ مدفوعة، مملوكة للدولة: a passive participle (مفعولة), no name
    return False


def _named_after(eng: _Engine, raws: list[_Raw], r: _Raw) -> _Raw | None:
    """The place, body or award a person's mention names, from its head-word on (شارع محمد فريد، حي الشيخ
    رضوان، منطقة السيدة زينب); None when no free head-word stands right before it."""
    toks = eng.toks
    h = r.t0 - 1
    honorific = h >= 0 and not toks[r.t0].brk and toks[h].info.key in _HONORIFICS
    if honorific:
        h -= 1
    if h < 0 or toks[h + 1].brk:
        return None
    head = _head(toks[h])
    if head is None and honorific and toks[h].info.key in ("منطقه", "مقام"):
        head = ("LOC", toks[h].start)  # منطقة السيدة زينب، مقام الإمام علي: a place named after a saint
    if head is None and honorific:
        for off, key, _st in toks[h].info.forms:
            if key == "مدينه":  # مدينة الملك خالد العسكرية، مدينة الملك عبدالله للطاقة: a city or a body named
                return _city_named_after(eng, raws, r, h, toks[h].start + off)  # after a king or a prince
    if head is not None and toks[h].info.key == "طريق" and h >= 1 and toks[h - 1].info.key in ("عن", "وعن"):
        return None  # عن طريق محمد: "by way of Mohammed"
    if head is None or any(o.t0 <= k < o.t1 for o in raws for k in range(h, r.t0)):
        return None
    return _Raw(head[1], r.end, h, r.t1, head[0], None, "head", -1)


#: definite adjectives after "مدينة + a king's name" that make the city a place (a sports, military or economic
#: city); with another adjective or a ل-phrase it is a body (مدينة الملك فهد الطبية، مدينة الملك عبدالله للطاقة)
_CITY_PLACE_ADJ = frozenset({"الرياضيه", "العسكريه", "الاقتصاديه", "الجامعيه", "السكنيه", "الصناعيه"})


def _city_named_after(eng: _Engine, raws: list[_Raw], r: _Raw, h: int, start: int) -> _Raw | None:
    """مدينة + an honorific + a person's mention: the city, sports city, medical city or research body named after
    him (a name of the gold conventions' institutions, not a person), from مدينة to a definite feminine adjective
    after the name (الرياضية، الطبية) when one follows; None when the name has no such word after it nor a ل-phrase
    (مدينة الملك فهد alone may be a town's or a person's mention in a title: left as it was)."""
    toks = eng.toks
    if any(o.t0 <= k < o.t1 for o in raws for k in range(h, r.t0)):
        return None
    nxt = r.t1
    if nxt >= len(toks) or toks[nxt].brk or toks[nxt].info.kind != "a" or any(o.t0 <= nxt < o.t1 for o in raws):
        return None
    key = toks[nxt].info.key
    text = toks[nxt].text.rstrip(AR_DIACRITICS)
    if key.startswith("ال") and text.endswith("ة") and len(key) >= 6:
        typ = "LOC" if key in _CITY_PLACE_ADJ else "ORG"
        return _Raw(start, toks[nxt].end, h, nxt + 1, typ, None, "head", -1)
    if text.startswith("لل") and len(key) >= 5:
        end = nxt + 1  # للطاقة الذرية والمتجددة: the ل-phrase with its definite adjectives, as the name's
        while end < min(len(toks), nxt + 4) and not toks[end].brk and toks[end].info.kind == "a" \
                and (toks[end].text.startswith("وال") or (toks[end].text.startswith("ال") and toks[end].text.rstrip(
                    AR_DIACRITICS).endswith("ة"))) and toks[end].info.key not in eng.g.cues \
                and not any(o.t0 <= end < o.t1 for o in raws):
            end += 1
        return _Raw(start, toks[end - 1].end, h, end, "ORG", None, "head", -1)
    return None


def _or_inside(eng: _Engine, r: _Raw) -> bool:
    """The mention holds أم before a word that is no given name: "or" (متعب أم يداوم), not the kunya Umm."""
    toks = eng.toks
    return any(toks[k].info.key == "ام" and (k + 1 >= r.t1 or toks[k + 1].info.key not in eng.g.given_names)
               for k in range(r.t0, r.t1))


def _office(eng: _Engine, r: _Raw, raws: list[_Raw] | None = None) -> bool:
    """A one-word mention that is an office before a region or a place (أمير منطقة مكة، أمين الرياض), or a
    two-word one that is an office and a place: one the gazetteer knows (أمين جدة) or one the article names as a
    place (أمير عسير … منطقة عسير)."""
    toks = eng.toks
    nxt = r.t1
    if r.t1 - r.t0 == 2 and toks[r.t0].info.key in _OFFICE_NAMES:
        hit = eng.gaz_at(r.t0 + 1, clitics=False)  # أمير عسير، أمين الرياض: the office of a place, no one's name
        if hit is not None and hit[0] == 0 and hit[1] == r.t1 and hit[2].type == "LOC":
            return True
        key = toks[r.t0 + 1].info.key
        return any(o.type == "LOC" and o.t1 - o.t0 == 1 and toks[o.t0].info.forms[-1][1] == key
                   and eng.text[o.start:o.end] == toks[r.t0 + 1].text for o in raws or ())
    if r.t1 - r.t0 != 1 or toks[r.t0].info.key not in _OFFICE_NAMES or nxt >= len(toks) or toks[nxt].brk:
        return False
    if any(key in _REGION_HEADS for _o, key, _st in toks[nxt].info.forms[:1]):
        return True
    hit = eng.gaz_at(nxt, clitics=False)
    return hit is not None and hit[0] == 0 and hit[2].type == "LOC"


def _prep_tail(eng: _Engine, r: _Raw) -> bool:
    """The mention's last word (after the first) is ب or ل fused to a definite word, a place or a plural nisba
    (لصحافيين، بعنيزة), not a name (بلال، لطفي: given names). An unknown or indefinite word after ب is no
    sign: family names are written so (برعي، بصفر، بالي، بالحارث)."""
    if r.t1 - r.t0 < 2:
        return False
    tok = eng.toks[r.t1 - 1]
    g = eng.g
    if tok.text[:1] not in "بل" or len(tok.info.forms) < 2 or _given(g, tok.info.key) \
            or eng.gaz_at(r.t1 - 1, clitics=False) is not None:
        return False
    off, stem, stripped = tok.info.forms[1]
    if not stripped or off != 1 or len(stem) < 3:
        return False
    if len(stem) >= 6 and stem.endswith(_PLURAL_ENDS):
        return True
    if stem.startswith("ال") and len(stem) >= 5 and (stem in g.common or eng.is_lex(stem) or stem in g.cues
                                                     or stem in g.nationalities):
        return True  # بالمدينة، للوزارة: a known definite word (not بالي، بالحارث: family names)
    hit = eng.gaz_at(r.t1 - 1)
    return hit is not None and hit[0] == 1 and hit[1] == r.t1


def _verb_word(eng: _Engine, k: int) -> bool:
    """Token k is an imperfect verb (يخط، يشيد، يهيئ; also after لا: لايعني), no known name or place."""
    key = eng.toks[k].info.key
    g = eng.g
    if _given(g, key) or eng.gaz_at(k) is not None:
        return False
    return _verb_shaped(key) or (key.startswith("لا") and _verb_shaped(key[2:])) or (
        len(key) == 3 and key[0] == "ي" and key[1] not in "اوي" and key not in g.common)


def _without_tail(eng: _Engine, r: _Raw) -> _Raw | None:
    """The mention without its last word; None when what is left is one given name with no title before it."""
    toks = eng.toks
    t1 = r.t1 - 1
    if t1 - r.t0 == 1:
        prev = r.t0 - 1
        titled = prev >= 0 and not toks[r.t0].brk and (toks[prev].info.key in eng.g.cues
                                                       or toks[prev].info.key in eng.g.nationalities)
        if not titled:
            return None
    return _Raw(r.start, toks[t1 - 1].end, r.t0, t1, r.type, r.entry, r.how, r.alias_of)


#: the pronoun suffixes "his, her, their" on a common noun (تعامله، انتمائهم)
_POSSESSIVE = ("هما", "هم", "ها", "ه")


def _bare_prep(eng: _Engine, tok: _Tok) -> bool:
    """A preposition written alone (لـ، بـــ، ل"الرياض"): no word of a name (not an initial: مارك ل. سميث)."""
    bare = tok.text.rstrip(AR_DIACRITICS)
    if bare.endswith("ـ"):
        return bare.rstrip("ـ") in ("ل", "ب")
    return bare in ("ل", "ب") and eng.text[tok.end:tok.end + 1] not in (".", "")


def _common(eng: _Engine, stem: str) -> bool:
    """A common word or the indefinite of a definite one (حل: الحل), folded."""
    g = eng.g
    return stem in g.common or ("ال" + stem) in g.common or eng.is_lex(stem)


def _possessed(eng: _Engine, k: int, min_stem: int) -> bool:
    """Token k is a common noun with "his, her, their" (تعامله، انتمائهم، نجمه), not a known name: written
    with ه (a name ends in ة: سلامة) and the word without the suffix is a common word."""
    tok = eng.toks[k]
    g = eng.g
    key = tok.info.key
    if _given(g, key) or eng.gaz_at(k) is not None:
        return False
    bare = tok.text.rstrip(AR_DIACRITICS)
    for suf in _POSSESSIVE:
        if bare.endswith(suf) and len(key) - len(suf) >= min_stem:
            stem = key[: len(key) - len(suf)]
            if stem.endswith("ا") and suf != "ه":
                stem = stem[:-1] + "ء" if stem[:-1] + "ء" in g.common else stem  # انتماءهم written انتمائهم
            if _common(eng, stem) and stem not in g.given_names:
                return True
    return False


def _prep_common(eng: _Engine, r: _Raw) -> bool:
    """The mention's last word is ب or ل fused to an indefinite common noun of four letters or more (بمناسبة،
    بانهيار، بقرارات، لتدريب، بغيره), or a preposition alone (لـ): no name. Not بو… (بوشوشة، بوعلام:
    Maghrebi family names), nor a known name or place."""
    if r.t1 - r.t0 < 2:
        return False
    k = r.t1 - 1
    tok = eng.toks[k]
    if _bare_prep(eng, tok):
        return True
    g = eng.g
    text = tok.text.rstrip(AR_DIACRITICS)
    if text[:1] not in "بل" or text[:2] in ("بن", "لو") or text.startswith("ال"):
        return False
    key = tok.info.key
    if _given(g, key) or eng.gaz_at(k) is not None or key in g.lexicon:
        return False
    stem = key[1:]
    if stem.startswith("ال") or _given(g, stem):
        return False
    if len(stem) >= 4 and _common(eng, stem) and not text.startswith("بو"):
        return True  # (بوشوشة، بوعلام: Maghrebi family names)
    for suf in _POSSESSIVE:  # بغيره، بوصفه (not بو…), لصالحهم
        if stem.endswith(suf) and text.endswith(suf) and len(stem) - len(suf) >= 3 \
                and _common(eng, stem[: len(stem) - len(suf)]):
            return True
    return False


def _common_alone(eng: _Engine, k: int) -> bool:
    """Token k, left alone of a mention, is a common word (حسن "good", وحل "and solving") with no title
    before it."""
    toks = eng.toks
    prev = k - 1
    if prev >= 0 and not toks[k].brk and (toks[prev].info.key in eng.g.cues
                                          or toks[prev].info.key in eng.g.nationalities):
        return False
    g = eng.g
    return any(_common(eng, key) and key not in g.given_names for _o, key, _st in toks[k].info.forms)


def _place_tail(eng: _Engine, r: _Raw) -> bool:
    """A mention of three words or more whose last word is a place of the gazetteer, alone, not a nisba (ال…ي)
    after a family name of the same shape (خالد الفيصل الطائف: Khalid Al-Faisal in Taif)."""
    if r.t1 - r.t0 < 3:
        return False
    k = r.t1 - 1
    key = eng.toks[k].info.key
    g = eng.g
    before = eng.toks[k - 1].info.key
    if key.endswith("ي") or _given(g, key) or eng.toks[k].brk \
            or not before.startswith("ال") or before.endswith("ي"):
        return False  # a family name already (الفيصل) before it (not بن محمد السويد، عبدالله الخليل: families)
    hit = eng.gaz_at(k, clitics=False)
    return hit is not None and hit[0] == 0 and hit[1] == k + 1 and hit[2].type == "LOC"


def _future_verb(eng: _Engine, k: int) -> bool:
    """Token k is س + a four-letter imperfect verb (سيعبر، ستقوم), no known name or place (not سيلفا: a
    verb does not end in ا or و)."""
    key = eng.toks[k].info.key
    g = eng.g
    if len(key) != 5 or key[0] != "س" or key[1] not in "يتن" or key[-1] in "او" or _given(g, key) or eng.gaz_at(k) is not None:
        return False
    return _verb_shaped(key[1:])


def _lone_word_no_name(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A one-word person's mention that is an imperfect verb (أمير القصيم يشيد، رئيس الوزراء يغادر: a headline's
    verb after an office) or ب، ل، ك fused to a common word (الرئيس التونسي بذكرى، مساعد المخرج كمخرج، السيدة
    برفقة), no known name or place."""
    if r.t1 - r.t0 != 1:
        return False
    k = r.t0
    tok = eng.toks[k]
    key = tok.info.key
    g = eng.g
    if _given(g, key) or eng.gaz_at(k) is not None:
        return False
    toks = eng.toks
    if any(o.type == "PERSON" and o.t1 - o.t0 >= 2 and any(toks[j].info.key == key for j in range(o.t0, o.t1))
           for o in raws):
        return False  # جانيت يلين … وقالت يلين: a family name the article writes in full
    if key[:1] == "ي" and 4 <= len(key) <= 6 and key[1] not in "اوي" and not _common(eng, key):
        return True  # يشيد، يغادر، يدشن (a name in ي… is a given name: يحيى، يزيد، يونس)
    text = tok.text.rstrip(AR_DIACRITICS)
    if text[:1] not in "بلك" or text[:2] in ("بو", "بن") or text.startswith("ال") or len(key) < 5:
        return False
    stem = key[1:]
    return not _given(g, stem) and _common(eng, stem)


def _accusative_tail(eng: _Engine, r: _Raw) -> bool:
    """The mention's last word is an indefinite accusative noun in ـا (فيصل بن عبدالعزيز ملكا، هادي قرارا:
    "as king", "a decree"): a common word with ا added, of four letters or written with its tanwin (ملكاً),
    no known name or place (not سيلفا، رضا، مايكل بينا)."""
    if r.t1 - r.t0 < 2:
        return False
    k = r.t1 - 1
    key = eng.toks[k].info.key
    g = eng.g
    if len(key) < 4 or not key.endswith("ا") or key.startswith("ال") or _given(g, key) or eng.gaz_at(k) is not None:
        return False
    stem = key[:-1]
    tanwin = "\u064b" in eng.toks[k].text  # ملكاً: the mark says it; without it, three letters are too few (بينا)
    return (tanwin or len(stem) >= 4) and not _given(g, stem) \
        and _common(eng, stem)


#: the second words of compound given names (سيف الدين، عبد الله), folded: no family name
_COMPOUND_SECONDS = frozenset({"الدين", "الله", "الاسلام", "الرحمن", "الرحيم", "العزيز", "الملك", "الحق"})


def _second_name(eng: _Engine, r: _Raw) -> int:
    """Where a second person starts inside a mention: after "and" with a nationality (ماركو والكويتي أحمد
    سالم: the nationality is no word of either), or a given name after a family name and before another
    (ماجد الفرحان عبدالله الدرويش: two people of a list). The token index of the second person's first word
    (after the nationality), or -1."""
    toks = eng.toks
    g = eng.g
    for k in range(r.t0 + 1, r.t1 - 1):
        tok = toks[k]
        if tok.text[:1] == "و" and len(tok.info.forms) > 1 and tok.info.forms[1][1] in g.nationalities:
            return k + 1
    if r.t1 - r.t0 < 4:
        return -1
    for k in range(r.t0 + 2, r.t1 - 1):
        before, key, after = toks[k - 1].info.key, toks[k].info.key, toks[k + 1].info.key
        if before.startswith("ال") and len(before) >= 5 and before not in _COMPOUND_SECONDS \
                and toks[k - 2].info.key not in ("عبد", "بن", "ابن", "ابو", "ال") \
                and key in g.given_names and after.startswith("ال") and after not in _COMPOUND_SECONDS:
            return k
    return -1


def _inner_verb(eng: _Engine, r: _Raw) -> int:
    """The first word inside a mention of three words or more (not its first or last) that is a verb (سعيد
    يعين خالد الفهد): its token index, or -1."""
    if r.t1 - r.t0 < 3:
        return -1
    g = eng.g
    for k in range(r.t0 + 1, r.t1 - 1):
        if _verb_word(eng, k):
            return k
        key = eng.toks[k].info.key
        if key[:1] in "يت" and 4 <= len(key) <= 5 and eng.toks[k + 1].info.key in g.given_names \
                and not _given(g, key) and key not in g.nationalities \
                and not _common(eng, key) and eng.gaz_at(k) is None:
            return k  # يعين خالد، تكرم نورة: ي/ت and a short word before a given name, no name nor place
    return -1


def _part(eng: _Engine, r: _Raw, t0: int, t1: int) -> _Raw | None:
    """The tokens [t0, t1) of a person's mention as a mention of their own: two words or more, or one given
    name after a title, or one family name (ال…ي); None otherwise."""
    toks = eng.toks
    if t1 <= t0:
        return None
    if t1 - t0 == 1:
        key = toks[t0].info.key
        prev = t0 - 1
        titled = prev >= 0 and not toks[t0].brk and (toks[prev].info.key in eng.g.cues
                                                     or toks[prev].info.key in eng.g.nationalities)
        family = key.startswith("ال") and key.endswith("ي") and len(key) >= 5 and key not in eng.g.nationalities
        if not ((titled and (_given(eng.g, key))) or family):
            return None
    start = toks[t0].start if t0 != r.t0 else r.start
    end = toks[t1 - 1].end if t1 != r.t1 else r.end
    return _Raw(start, end, t0, t1, r.type, r.entry, r.how, r.alias_of)


def _region_adjective(eng: _Engine, k: int) -> bool:
    """Token k is الشرقية used as an adjective: after a definite noun or a place (الجهة الشرقية), or with و
    after another such adjective (الضاحيتين الشمالية والشرقية)."""
    tok = eng.toks[k]
    if tok.info.key in _REGION_ADJ:
        return eng.adjective_after_noun(k)
    if tok.text[:1] != "و" or k == 0 or tok.brk or not any(key in _REGION_ADJ for _o, key, _st in tok.info.forms):
        return False
    prev = eng.toks[k - 1].info.key
    return prev.startswith("ال") and prev.endswith("يه")


def _description(eng: _Engine, r: _Raw) -> bool:
    """An organisation's mention that is a generic head-word and one adjective agreeing with it (الشركة
    الأمريكية، الشركة الناشئة، شركة إلكترونية، القيادة الرشيدة): a description, not a name."""
    if r.type != "ORG" or r.t1 - r.t0 != 2 or r.entry is not None:
        return False
    head, adj = eng.toks[r.t0], eng.toks[r.t0 + 1]
    definite = False
    for _o, key, _st in head.info.forms:
        bare = key[2:] if key.startswith("ال") else key
        if bare in _GENERIC_HEADS:
            definite = key.startswith("ال")
            break
    else:
        return False
    key = adj.info.key
    if adj.info.kind != "a" or eng.gaz_at(r.t0 + 1, clitics=False) is not None:
        return False
    written = adj.text.rstrip(AR_DIACRITICS)
    with_al = written.startswith("ال")  # as written: ألمانية، إلكترونية fold like ال + a word
    if key in eng.g.nationalities:
        return with_al == definite  # الشركة الأمريكية، شركة ألمانية
    if definite:  # الشركة المنفذة، الإدارة الطبية، القيادة الرشيدة: ال + a feminine adjective
        return with_al and written.endswith("ة") and len(key) >= 6
    return not with_al and written.endswith("ة") and len(key) >= 4  # شركة إلكترونية، قيادة رشيدة


def _split(eng: _Engine, r: _Raw, left_end: int, right_start: int) -> tuple[_Raw | None, _Raw | None]:
    """The mention's names before token ``left_end`` and from ``right_start`` on, the first one found first:
    (both), (one, None) or (None, None) when neither part is a name."""
    left, right = _part(eng, r, r.t0, left_end), _part(eng, r, right_start, r.t1)
    return (left, right) if left is not None else (right, None)

def checked(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions without the persons that are none and with the places, bodies and awards named after
    someone (others unchanged, in order, non-overlapping; ``alias_of`` points into the new list)."""
    kept: list[int] = []
    out = list(raws)
    extra: dict[int, _Raw] = {}  # a second person split off after mention i (سعيد يعين خالد الفهد)
    no_place = {i for i, r in enumerate(raws)
                if r.type == "LOC" and (common_place_word(eng, r) or common_reading_of_place(eng, r)
                                        or nationality_as_place(eng, r))}
    if no_place:  # مناطق النفوذ، إدارة المهرجان: a common word, and the engine's copies of it
        no_place |= without_copies_of(raws, no_place)
    no_place |= disease_names(eng, raws)  # فيروس كورونا: a disease, not a person
    for i, r in enumerate(raws):
        if i in no_place or _description(eng, r):
            continue
        if r.type == "LOC" and _region_adjective(eng, r.t0):
            continue  # الجهة الشرقية، ألمانيا الشرقية: the adjective, not the Eastern Province
        if r.type == "PERSON" and r.t1 - r.t0 == 1 and r.t0 > 0 and not eng.toks[r.t0].brk \
                and eng.toks[r.t0 - 1].info.kind == "d" and r.start == eng.toks[r.t0].start:
            continue  # 70.67 بنس (pence), not Pence: a word right after a number is its unit (not الدقيقة 14 وفابيان)
        if r.type == "PERSON" and r.how == "gaz" and common_gaz_word(eng, raws, r):
            continue  # برصاصتين في الصدر: "in the chest", not Sadr
        if r.type == "PERSON" and r.how != "gaz":
            head = clitic_head(eng, raws, r)
            if head is None:
                continue  # لحسن الحظ: "fortunately"
            if head is not r:
                out[i] = r = head  # لبولانكو: "to Polanco"
            head = conjunction_head(eng, r)
            if head is not r:
                out[i] = r = head  # ويبر: Weber, not "and Yabr"
            short = without_pronoun_words(eng, r)
            if short is None:
                continue  # معي، مسؤوليتي ومهمتي: a word with a pronoun is no name
            if short is not r:
                out[i] = r = short  # شعيب أصلاتك → شعيب
            out[i] = r = without_on(eng, r)  # المعروض على سابيلا → سابيلا
            short = without_prayer(eng, r)
            short = without_era(eng, raws, short) if short is not None and not good_manners(eng, r) \
                and not dual_phrase(eng, r) else None
            if short is None:
                continue  # رحمه الله alone; حكم النازي: a prayer or a period, no one's name
            if short is not r:
                out[i] = r = short  # ابن عباس رضي الله عنهما → عباس; في عهد السيسي → السيسي
            lead = lead_no_name(eng, r.t0) if r.t1 - r.t0 >= 2 else ""
            if lead:  # باختلاف جنس، سيدعم بلاتيني: no name opens so
                if not lead_rest_stays(eng, r.t0, r.t1, lead):
                    continue
                out[i] = r = _Raw(eng.toks[r.t0 + 1].start, r.end, r.t0 + 1, r.t1, r.type, r.entry, r.how, r.alias_of)
            if _or_inside(eng, r) or _not_a_person(eng, raws, r) or _office(eng, r, raws) or common_pair(eng, raws, r) \
                    or common_word(eng, raws, r) or past_verb(eng, r) or accusative_first(eng, raws, r) \
                    or no_name_word(eng, raws, r) or no_name_phrase(eng, raws, r) or no_name_form(eng, r) \
                    or adjective_after_nationality(eng, r):
                continue
            if r.t1 - r.t0 == 1 and (_verb_word(eng, r.t0) or _lone_word_no_name(eng, raws, r) or lam_verb(eng, raws, r)):
                continue  # يشيد، يهيئ: a verb the model took for a name; بذكرى: a preposition and a noun
            verb = _inner_verb(eng, r)
            if verb >= 0:  # سعيد يعين خالد الفهد: two people, or one, and no verb
                first, rest = _split(eng, r, verb, verb + 1)
                if first is None:
                    continue
                out[i] = r = first
                if rest is not None:
                    extra[i] = rest
            second = _second_name(eng, r)
            if second >= 0 and i not in extra:  # ماركو والكويتي أحمد سالم، ماجد الفرحان عبدالله الدرويش
                gap = second - 1 if eng.toks[second - 1].text[:1] == "و" and second - 1 > r.t0 else second
                first, rest = _split(eng, r, gap, second)
                if first is None:
                    continue
                out[i] = r = first
                if rest is not None:
                    extra[i] = rest
            if r.t1 - r.t0 >= 2 and _possessed(eng, r.t0, 3):  # نجمه الشمراني: "its star Al-Shamrani"
                short = _part(eng, r, r.t0 + 1, r.t1)
                if short is None:
                    continue
                out[i] = r = short
            if r.t1 - r.t0 >= 2 and _possessed(eng, r.t1 - 1, 4):
                r = _Raw(r.start, eng.toks[r.t1 - 2].end, r.t0, r.t1 - 1, r.type, r.entry, r.how, r.alias_of)
                if r.t1 - r.t0 == 1 and _common_alone(eng, r.t0):
                    continue  # حسن تعامله، وحل مشاكله: "his good manners", no one (الدكتور سمير كلامه: سمير)
                out[i] = r
            if _prep_tail(eng, r) or _place_tail(eng, r) or (r.t1 - r.t0 >= 2 and _verb_word(eng, r.t1 - 1)
                                                              and eng.toks[r.t1 - 2].info.key not in ("بن", "بنت")) \
                    or verb_tail(eng, r) or role_tail(eng, r) or form_tail(eng, r):
                short = _without_tail(eng, r)
                if short is None:
                    continue
                out[i] = r = short
            elif _prep_common(eng, r) or _accusative_tail(eng, r) or (r.t1 - r.t0 >= 2 and _future_verb(eng, r.t1 - 1)) \
                    or prep_noun_tail(eng, r):
                # قالت كشغري لـ«سبق»، يلقيه آبي بمناسبة، كان آبي سيعبر: the name before stays
                r = _Raw(r.start, eng.toks[r.t1 - 2].end, r.t0, r.t1 - 1, r.type, r.entry, r.how, r.alias_of)
                if _not_a_person(eng, raws, r):
                    continue  # مقاله بقوله: "his article"
                out[i] = r
            elif clitic_noun_tail(eng, r.t0, r.t1):  # سامي فالمساعدين، … بن مساعد تساؤلات: the name before stays
                if r.t1 - r.t0 == 2 and not _given(eng.g, fold(eng.text[r.start:eng.toks[r.t0].end])):
                    continue  # تشي بمدى، ادين بقتل: a verb, no name
                out[i] = r = _Raw(r.start, eng.toks[r.t1 - 2].end, r.t0, r.t1 - 1, r.type, r.entry, r.how, r.alias_of)
            place = _named_after(eng, raws, r)
            if place is not None:
                out[i] = place
        kept.append(i)
    kept = _without_orphan_copies(eng, raws, kept)
    kept = _without_stale_copies(eng, raws, out, kept, extra)
    if not extra:
        people = list_people(eng, speech_subjects(eng, _kept(out, kept)))
        return pedigree_given_name(eng, religious_titles(eng, foreign_pairs(eng, waw_surnames(eng, nisba_surname_copies(eng, people)))))
    order: list[_Raw] = []
    index: list[int] = []  # the old index each new mention comes from
    for i in kept:
        order.append(out[i])
        index.append(i)
        if i in extra:
            order.append(extra[i])
            index.append(-1)
    people = list_people(eng, speech_subjects(eng, _kept_split(order, index, frozenset(extra))))
    return pedigree_given_name(eng, religious_titles(eng, foreign_pairs(eng, waw_surnames(eng, nisba_surname_copies(eng, people)))))


def _without_orphan_copies(eng: _Engine, raws: list[_Raw], kept: list[int]) -> list[int]:
    """``kept`` without the shorter copies (how "prop") of a person's mention of two words or more that the
    checks dropped: the part of a "name" the engine copied to the article's other places (رغد الحياة →
    الحياة, "the comfort of life" → "life"; لي الابتعاث "to me, studying abroad" → الابتعاث) goes with the
    phrase it came from, as the arbiter drops the copies of a name it overrode. (A copy of a one-word mention
    is judged in its own place: الدكتور مصدق may be vetoed as a word after a title, سقوط مصدق still names him.
    Nor does a copy go that a speech verb introduces: وأضاف الصائغ أن … is someone, whatever the checks made of
    المرشد السياحي توفيق الصائغ.)"""
    keep = set(kept)
    out: list[int] = []
    for i in kept:
        r = raws[i]
        src = raws[r.alias_of] if r.how == "prop" and r.type == "PERSON" and 0 <= r.alias_of < len(raws) else None
        if src is not None and r.alias_of not in keep and src.type == "PERSON" and src.t1 - src.t0 >= 2 \
                and r.t1 - r.t0 < src.t1 - src.t0 and not _after_speech(eng, r.t0):
            continue
        out.append(i)
    return out


def _without_stale_copies(eng: _Engine, raws: list[_Raw], out: list[_Raw], kept: list[int],
                          extra: dict[int, _Raw]) -> list[int]:
    """``kept`` without the copies (how "prop") of a word that the checks took off the person's mention they
    copy: the engine copied the last word of محمد محمود يمكنك ("you can") to the article's other يمكنك as a
    family name; once the verb is off the mention, or the mention is a street or a body named after someone
    (شارع محمد محمود يمكنك), its shorter copies name no one (a copy after a speech verb stays, as in
    :func:`_without_orphan_copies`). And a copy of the second half of a compound given name (محمد بن عبد
    الرحمن → الرحمن، نور الدين → الدين) is no family name."""
    toks = eng.toks
    res: list[int] = []
    for i in kept:
        r = raws[i]
        a = r.alias_of
        if r.how == "prop" and r.type == "PERSON" and 0 <= a < len(raws) and raws[a].type == "PERSON" \
                and not _after_speech(eng, r.t0):
            if r.t1 - r.t0 == 1 and toks[r.t0].info.key in _COMPOUND_SECONDS:
                continue
            src, now = raws[a], out[a]
            if now.type != "PERSON" and src.t1 - src.t0 >= 2 and r.t1 - r.t0 < src.t1 - src.t0:
                continue  # شارع محمد محمود: a street's name, copied to its last word
            if a not in extra and (now.t0, now.t1) != (src.t0, src.t1):
                left = {toks[k].info.key for k in range(now.t0, now.t1)}
                gone = {toks[k].info.key for k in range(src.t0, src.t1)} - left
                forms = {stem for k in range(r.t0, r.t1) for _o, stem, _s in toks[k].info.forms}
                if forms & gone and not forms & left:
                    continue
        res.append(i)
    return res


def _after_speech(eng: _Engine, k: int) -> bool:
    """A speech verb (قال، أضاف، وأوضح) right before token k on its line."""
    if k == 0 or eng.toks[k].brk:
        return False
    key = eng.toks[k - 1].info.key
    return key in _SPEECH or (key[:1] == "و" and key[1:] in _SPEECH)


def _kept_split(order: list[_Raw], index: list[int], split: frozenset[int]) -> list[_Raw]:
    """The mentions in ``order`` as new objects, ``alias_of`` remapped from the old indices (``index``: the
    old index of each, -1 for a mention split off another, which is nobody's alias target). A copy of a
    mention that was split (``split``: old indices) is no alias of either part: it copied a name neither is
    (هادي يعين نايف البكري → هادي، نايف البكري: a later نايف البكري is not Hadi)."""
    new_index = {old: new for new, old in enumerate(index) if old >= 0 and old not in split}
    res: list[_Raw] = []
    for r in order:
        alias = new_index.get(r.alias_of, -1) if r.alias_of >= 0 else -1
        res.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, alias))
    return res
