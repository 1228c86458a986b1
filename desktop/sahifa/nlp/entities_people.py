"""The entity engine's person detectors: gazetteer hits, given names with their surnames, names after a
title or a nationality adjective, and apposition (``جيا فرات قائد …``)."""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS, clean, fold
from .entities_givenunits import unit_given
from .entities_pedigree import given_before_pedigree, titled_pedigree, word_father
from .entities_scan import _Scan
from .entities_titlewords import common_after_title, head_of_construct, possessed_next, verb_after_title
from .entities_words import _AL, _KUNYA, _PARTICLES, _PRI, _R_TITLE, _SPEECH, _VERB_SLOT, _accusative, _Raw
from .lexicon import entry, reading
from .numbers_lexicon import _ORDINALS

# closing quotation marks between a noun and its adjective: «الجوازات» السعودية
_CLOSE_MARKS = frozenset("»\"”’')")

# words that often follow a full name (what the person said, did or is)
_NAME_END = frozenset({"ان", "انه", "انها", "في", "عن", "علي", "الي", "من", "مع", "الذي", "قائلا", "مشيرا", "مؤكدا"})


# prepositions that take an adjective's complement: (تيم نونان) المنتمي إلى …، المسؤول عن … — after a
# nisba-shaped word they make it an adjective, not a family name
# adjectives of a player's or official's role between his nationality and his name (الفرنسي السابق X)
_NAT_MODIFIERS = frozenset({"السابق", "الدولي", "الشاب", "المخضرم", "الجديد", "الشهير", "المعروف", "الاصل"})

# compound given names (folded): X الدين، X الحق
_COMPOUNDS = frozenset(f"{head} الدين" for head in (
    "نور", "محيي", "محي", "عز", "سيف", "صلاح", "علاء", "بهاء", "جمال", "كمال", "شمس", "نصر", "فخر", "تاج",
    "زين", "شرف", "بدر", "عماد", "خير", "حسام", "نجم", "شهاب", "نظام", "تقي", "معين", "برهان", "سعد", "ضياء",
    "محب", "قطب", "امين", "ركن", "مجد", "عصام", "بدر", "فتح")) | frozenset(
    f"{head} الحق" for head in ("ضياء", "شمس", "نور", "انوار", "ظهور", "نصر", "جاد"))

# words of a military rank's branch or qualification between the rank and the name (الفريق أول ركن X، اللواء
# طيار ركن X، العقيد مظلي X، اللواء مهندس X، الفريق بحري X), folded: part of the title, never of the name
_RANK_QUALIFIERS = frozenset({"ركن", "الركن", "طيار", "الطيار", "بحري", "مظلي", "مهندس", "دكتور", "طبيب"})
# the military ranks (folded cues) that such a qualifier may follow
_RANKS = frozenset({"المشير", "الفريق", "الفريق اول", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب",
                    "الملازم", "الملازم اول", "العماد"})

# "the one of" opening a family name (ذو الفقار، ذو النون), folded
_DHU = frozenset({"ذو", "ذي", "ذا"})

# pronoun suffixes that a foreign name does not end with (صدمتنا، درجاتها، لهم)
_PRONOUN_ENDS = ("ها", "هم", "هما", "كم", "كما", "هن", "تنا", "ته")

# particles of European family names (دي خيا، فان دايك، دا سيلفا، ديل بييرو), folded: not the last word of a name
_EURO_PARTICLES = frozenset({"دي", "دا", "دو", "ديل", "فان", "فون", "دوس"})

# the particles of a pedigree: after them comes the father's (or mother's) given name
_PEDIGREE = frozenset({"بن", "بنت"})

_ADJ_COMPLEMENT = frozenset({"الي", "علي", "عن", "من", "في", "مع", "لدي", "ب"})

# function words that fold like a definite noun (إلى → الي، إلا، الآن، الذي): a country after them is the country
_AL_FUNCTION = frozenset({"الي", "الا", "الان", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                          "اللاتي", "اللواتي", "اللائي"})

# nationalities and peoples of the region that are also Arab family names (حسين البلوشي، محمد التركي), folded:
# after a given name and before the name's end they are the family name (not Western ones: نانسي الفرنسي)
_NISBA_SURNAMES = frozenset(fold(w) for w in (
    "البلوشي التركي المصري اليمني الشامي العراقي السوري الكردي المغربي الفارسي الهندي العجمي البخاري الأفغاني "
    "السندي الحضرمي العماني الحجازي النجدي الجزائري التونسي الليبي السوداني اللبناني الفلسطيني الأردني "
    "البحريني الكويتي القطري الإماراتي الموريتاني الصومالي الإيراني الباكستاني").split())

# regions named by an adjective (folded): الشرقية is the Eastern Province only where it is no adjective
_REGION_ADJ = frozenset({"الشرقيه"})


def _dictionary_noun(key: str) -> bool:
    """The dictionary knows the word as written as a noun or an adjective (لجان "committees", a plural it has
    with no frequency; بابا "dad"; فعلي "actual"): then a word that starts with ل، ب or ف is that word, not a
    particle and a given name (ل + جان "for Jean", ب + أبا، ف + علي). (Not a verb: لعز الدين is ل + عز الدين; not و, which joins names
    in lists: وصفاء سلطان.)"""
    e = entry(key)
    return e is not None and ("n" in e[0] or "a" in e[0])


def _rare_adjective(key: str) -> bool:
    """The dictionary does not know the word, or saw it less than 100,000 times (level 9 and below: الشهري،
    الحربي; not الدولي، العالمي، الاجتماعي، التاريخي)."""
    r = reading(key)
    return r is None or r[2] <= 9


def _fused_abd(key: str) -> bool:
    """A folded word is عبد + a definite word written as one (عبدالمنعم، عبدالرؤوف، عبدالباسط "servant of the
    Bountiful …"): a compound given name whatever the list of given names holds, as عبد الرحمن written apart is
    (session 14: the lists have عبدالله، عبدالكريم but not every one of the divine names)."""
    return key.startswith("عبدال") and len(key) >= 8 and key[5] not in "اوي"


class _People(_Scan):
    """The person detectors."""

    def det_gaz(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        hit = self.gaz_at(i)
        if hit is None:
            return None
        off, end, entry = hit
        if end == i + 1:
            tok = self.toks[i]
            if _accusative(tok.text):
                return None  # دوماً (always), not Douma: a name takes no accusative tanween
            written = clean(tok.text[off:])
            if len(written) <= 2 and written != clean(entry.canonical):
                return None  # آب (August) folds like إب (Ibb): a two-letter name must be written as it is
            if entry.type == "LOC" and off == 0 and self.adjective_after_noun(i):
                return None  # الأندية السعودية، الكرة السعودية: the country's name is also the agreeing adjective
            if off == 1 and tok.text.startswith("لل") and len(clean(tok.text[off:])) <= 3:
                return None  # للحج = لـ + الحج (for the Hajj), not لـ + لحج (Lahij): لل is ل + the article
        return end, _PRI["gaz"], [self.raw(i, off, end, entry.type, entry, "gaz")]

    def adjective_after_noun(self, i: int) -> bool:
        """Token i (a one-word place name) is written like a definite nationality adjective (السعودية) and
        follows a definite word on the same line (``الأندية السعودية``, ``«الجوازات» السعودية``): an
        adjective agreeing with that noun, not the country. After a preposition or و it stays a place."""
        tok = self.toks[i]
        if tok.info.key in _REGION_ADJ and not tok.brk and i > 0 and self.toks[i - 1].info.kind == "a":
            return self.region_adjective(i)
        if tok.brk or tok.info.key not in self.g.nationalities or not tok.info.key.startswith(_AL):
            return False
        k = i - 1
        if k >= 0 and self.toks[k].info.kind == "p" and self.toks[k].text in _CLOSE_MARKS and not tok.brk:
            k -= 1
        if k < 0 or self.toks[k + 1].brk or self.toks[k].info.kind != "a":
            return False
        prev = self.toks[k].text.rstrip(AR_DIACRITICS)
        if prev.startswith(("لل", "بال", "وال", "فال", "كال", "وبال", "ولل")) and len(prev) > 5:
            return True  # للأفلام السعودية، بالمدارس السعودية: a preposition or و fused to the definite noun
        key = self.toks[k].info.key
        return prev.startswith(("ال", "أل", "إل")) and len(prev) > 3 and not (
            key in _AL_FUNCTION or (len(key) < 5 and self.is_lex(key)))  # إلى السعودية (not الأسر السعودية)

    def region_adjective(self, i: int) -> bool:
        """Token i is a region named by an adjective (الشرقية: the Eastern Province) right after a word on the
        same line: it is that word's adjective when the word is definite (الجهة الشرقية، بالحدود الشرقية) or
        a known place (ألمانيا الشرقية) or has a possessive (جبهته الشرقية); after an indefinite noun it is the
        region (صيف الشرقية، غرفة الشرقية)."""
        prev = self.toks[i - 1]
        if any(key.startswith(_AL) for _o, key, _st in prev.info.forms):
            return True
        if len(prev.info.key) >= 4 and prev.text.rstrip(AR_DIACRITICS).endswith(("ه", "ها", "هم", "هما", "كم", "نا")):
            return True  # جبهته الشرقية: a noun with a possessive is definite
        hit = self.gaz_at(i - 1)
        return hit is not None and hit[1] == i and hit[2].type == "LOC"

    def person_from(self, j: int, off: int, context: bool, soft: bool = False) -> tuple[int, list[_Raw]] | None:
        """A person name starting at token j (given name / kunya / compound عبد), or None.

        ``context`` (a title precedes): ambiguous given names and a lone given name are accepted.
        ``soft`` (a speech verb or a nationality adjective precedes): an ambiguous given name is
        accepted when a surname follows.
        """
        if not self.contiguous(j) and not (context and j < self.n and self.toks[j].info.kind == "a"):
            return None
        tok = self.toks[j]
        forms = tok.info.forms
        key = None
        for o, k, _ in forms:
            if o == off:
                key = k
                break
        if key is None:
            return None
        g = self.g
        gz = self.gaz_at(j)
        if gz is not None and gz[0] == off and gz[2].type == "PERSON":
            return gz[1], [self.raw(j, off, gz[1], "PERSON", gz[2], "gaz")]
        first_given = g.given_names.get(key)
        if first_given is None and key.startswith(_AL) and off == 0 and self.contiguous(j + 1) \
                and self.toks[j + 1].info.key in _PEDIGREE and self.pedigree_given(j + 2):
            first_given = g.given_names.get(key[2:])  # الوليد بن طلال، الحسن بن إبراهيم: the name with the article
        extra = first_given is None and key in g.given_extra and off == 0 and key not in _KUNYA \
            and key not in _PARTICLES and key != "عبد"
        if extra:
            first_given = g.given_extra[key]  # (ambiguous: needs a family name or a speech verb before it)
        if first_given is None and context and off == 0 and unit_given(key) and not self.is_lex(key) \
                and (self.family_name(j + 1) or self.word_nisba(j + 1)):
            first_given = g.given_names.get("محمد")  # الدكتورة عالية الغامدي: a Wikidata given name, a family name
        if first_given is None and off == 0 and _fused_abd(key):
            first_given = g.given_names.get("عبدالله")  # عبدالمنعم، عبدالرؤوف: عبد + a definite word, written as one
        k_end = j + 1
        if key == "عبد" and self.contiguous(j + 1) and self.toks[j + 1].info.key.startswith(_AL):
            k_end = j + 2  # عبد الرحمن
            first_given = first_given or g.given_names.get("محمد")
        elif key in _KUNYA and self.contiguous(j + 1) and self.toks[j + 1].info.kind == "a" \
                and not self.tok_lex(j + 1) and not self.gaz_at(j + 1, clitics=False):
            k_end = j + 2  # أبو بكر
            first_given = first_given or g.given_names.get("محمد")
        if first_given is None:
            return None
        if k_end == j + 1 and self.compound_tail(k_end):
            k_end += 1  # نور الدين، ضياء الحق: one given name
        if off == 0 and (first_given.ambiguous or len(key) < 4) and any(st and self.is_lex(sk) for _, sk, st in forms):
            return None  # بأن, لأن: a clitic + function word that folds like a name
        if key in g.given_yeh and tok.text.rstrip(AR_DIACRITICS).endswith("ى"):
            return None  # على (on), not علي (Ali); مرسى (marina), not مرسي (Morsi)
        bare = tok.text[off:].rstrip(AR_DIACRITICS)
        if bare.endswith("ه") and len(key) >= 4:
            stem = key[:-1]
            if stem in g.lexicon or stem in g.common or stem in g.cues:
                return None  # ناديه = نادي + ه (his club), not نادية (Nadia): a name is written with ة
        if first_given.ambiguous and not context:
            nxt = self.toks[k_end].info.key if self.contiguous(k_end) else ""
            ng = g.given_names.get(nxt)
            if not ((soft or (self.family_name(k_end) and not self.known_body(k_end))) and self.name_like(k_end)) \
                    and (ng is None or ng.ambiguous) \
                    and not (nxt in _PEDIGREE and (self.pedigree_given(k_end + 1) or self.name_like(k_end + 1))) \
                    and not (self.name_like(k_end) and self.role_after(k_end + 1)):  # وعادل الجبير وزير الخارجية
                return None  # (صالح بن محمد: a given name that is also a word, sure before بن + a given name)
        end = k_end
        surname_taken = False
        family_taken = False
        father_end = -1  # after a compound father's name (بن نور الدين) the family name may follow
        while end < self.n and (end - j < 5 or (end - j < 9 and (
                self.toks[end].info.key in _PARTICLES or self.toks[end - 2].info.key in _PEDIGREE))) \
                and self.contiguous(end):  # فيصل بن مشعل بن سعود بن عبدالعزيز: a long pedigree goes on, and
            # its family name after it (أمين بن علي بن راشد الغفيلي)
            nk = self.toks[end].info.key
            ng = g.given_names.get(nk)
            if ng is None and nk[:1] == "و" and self.gaz_at(end, clitics=False) is None and (
                    any(st and sk in g.given_names for _o, sk, st in self.toks[end].info.forms)
                    or (len(nk) >= 4 and nk[1] not in "اوي")):
                break  # حمزة ومعاذ، عبد الغني وهزازي: two people (a surname does not start with و + a name)
            if nk == "عبد" and self.contiguous(end + 1) and self.toks[end + 1].info.key.startswith(_AL):
                end += 2  # نبيل عبد الله
                continue
            if nk in _PARTICLES or nk in ("عبد",) or nk in _KUNYA:
                if self.contiguous(end + 1) and (self.name_like(end + 1) or (
                        nk in _PEDIGREE and self.pedigree_given(end + 1)) or (
                        nk in _PEDIGREE and context and end == k_end and titled_pedigree(self, end + 1)) or (
                        nk in _PEDIGREE and word_father(self, end + 1, after_bin=True)) or (
                        nk in _KUNYA and self.toks[end + 1].info.key.startswith(_AL)) or (
                        nk == "ال" and self.toks[end + 1].info.kind == "a" and (
                            self.toks[end + 1].info.key.startswith(_AL)
                            or not self.is_lex(self.toks[end + 1].info.key)))):
                    end += 2  # بن سالم; آل + a family name, also one that is a word (آل الشيخ); أبو الخير
                    if self.compound_tail(end):
                        end += 1  # بن نور الدين
                        father_end = end
                    if self.toks[end - 1].info.key == "عبد" and self.contiguous(end) \
                            and self.toks[end].info.key.startswith(_AL):
                        end += 1  # بن عبد الله
                    continue
                break
            if not surname_taken and self.compound_tail(end + 1) and (ng is not None or self.name_like(end)):
                end += 2  # خالد محيي الدين (طيب): a compound father's name, the family name may follow
                father_end = end
                continue
            if ng is not None and not ng.ambiguous and not surname_taken and self.name_like(end):
                end += 1
                continue
            if nk == "علي" and not surname_taken and self.toks[end].text.rstrip(AR_DIACRITICS).endswith("ي"):
                end += 1  # خالد علي (الحسن): Ali written with ي (the preposition is على)
                continue
            if end == k_end and not first_given.ambiguous and nk in _NISBA_SURNAMES and self.name_end(end + 1):
                end += 1  # الكويتي حسين البلوشي أن …: a family name that is also a nationality, then the end
                surname_taken = True
                continue
            if not surname_taken and self.dhu_name(end):
                end += 2  # صلاح ذو الفقار: ذو + a definite word is one family name
                surname_taken = True
                continue
            if end == k_end and context and not first_given.ambiguous and self.titled_family_word(end):
                end += 1  # الدكتور حامد الفقيه أن …: a family name that is also a word, after a title and a given name
                surname_taken = True
                continue
            if nk.startswith(_AL) and nk.endswith("يه") and len(nk) >= 6:
                break  # السلطان أحمد التاريخية: a feminine adjective is no surname
            if end == k_end and self.lam_noun(end):
                break  # (علاج) محسن لمرض السكري: ل + a common noun, not a family name
            if end == k_end and not surname_taken and (context or not first_given.ambiguous) \
                    and word_father(self, end, after_bin=False):
                end += 2  # عبدالرحمن خلف العنزي: a father's name that is a word, then the family nisba
                break
            if self.name_like(end):
                if surname_taken and not family_taken and nk.startswith(_AL) and self.family_name(end) \
                        and not self.toks[end - 1].info.key.startswith(_AL) \
                        and not (self.contiguous(end + 1) and self.toks[end + 1].info.key in _ADJ_COMPLEMENT):
                    end += 1  # عبدالرحمن عويد العنزي: given name, father's name, family nisba
                    family_taken = True
                    continue
                after_bin = (end - k_end >= 2 and self.toks[end - 2].info.key in _PARTICLES or end == father_end) \
                    and self.name_end(end + 1)
                if surname_taken or (end - k_end >= 2 and not (nk.startswith(_AL) and self.family_name(end))
                                     and not (after_bin and (nk.startswith(_AL) or self.plain_name(end)))):
                    # a second surname only for a nisba after a kunya/compound (أبو بكر البغدادي), or the
                    # family name after "بن + the father's name" (محمد بن حمود الشايع)
                    break
                end += 1
                surname_taken = True
                if nk in _EURO_PARTICLES and self.name_like(end) and not self.toks[end].info.key.startswith(_AL):
                    end += 1  # ديفيد دي خيا، فيرجيل فان دايك: the particle opens the family name, which goes on
                continue
            if ((end == k_end and not first_given.ambiguous) or (
                    end - k_end >= 2 and self.toks[end - 2].info.key in _PEDIGREE)) and self.word_nisba(end):
                end += 1  # ويحيى الشهري، …: a family nisba that is also an adjective ("monthly"), then the end
                surname_taken = True
                continue
            if end == k_end and not surname_taken and self.plain_name(end) and self.role_after(end + 1):
                end += 1  # عادل فقيه وزير الاقتصاد: a family name that is also a word, before the person's role
                surname_taken = True
                continue
            break
        if end == k_end and not context and k_end - j == 1:
            return None  # a lone given name without a title is too ambiguous
        if extra and (end == k_end or not ((self.family_name(end - 1) and not self.known_body(end - 1)) or context)):
            return None  # a Wikidata given name: only with a surname, a family nisba unless a title precedes
        if end == k_end and not context and key == "ام" and not soft:
            return None  # أم سدرة، أم خماس: without a title "أم X" names a place or a play as often as a woman
        return end, [self.raw(j, off, end, "PERSON", None, "name")]

    def known_body(self, k: int) -> bool:
        """Token k starts a known organisation or place (الأهلي، الهلال): shaped like a family nisba, it is
        not one after a given name that is also a word (لقاء الأهلي: the match with Al-Ahli)."""
        gz = self.gaz_at(k, clitics=False)
        return gz is not None and gz[0] == 0 and gz[2].type in ("ORG", "LOC")

    def role_after(self, k: int) -> bool:
        """Does a title or role (وزير، رئيس، مدير …) start at token k, or after a comma there?"""
        if k < self.n and self.toks[k].text == "،" and not self.toks[k].brk:
            k += 1
        if not self.contiguous(k):
            return False
        cue = self.cue_at(k, _R_TITLE)
        return cue is not None and cue[0] == 0

    def rank_qualifiers(self, i: int, j: int) -> int:
        """The token after the qualifiers of a military rank (ركن، طيار، مظلي، بحري، مهندس، دكتور) that follow the
        rank's cue spanning tokens i..j-1 (الفريق أول ركن عبدالرحمن البنيان → عبدالرحمن), or j when there are
        none or the cue is no military rank."""
        cue = " ".join(self.toks[k].info.key for k in range(i, j))
        if cue not in _RANKS:
            return j
        k = j
        while k < j + 2 and self.contiguous(k) and self.toks[k].info.key in _RANK_QUALIFIERS \
                and self.contiguous(k + 1) and self.toks[k + 1].info.kind == "a":
            k += 1
        return k

    def dhu_name(self, k: int) -> bool:
        """Tokens k, k+1 are ذو/ذي/ذا and a definite name-like word: one family name (ذو الفقار، ذو النون), not a
        function word (ذا الذي)."""
        if not self.contiguous(k) or self.toks[k].info.key not in _DHU or not self.contiguous(k + 1):
            return False
        nk = self.toks[k + 1].info.key
        return nk.startswith(_AL) and len(nk) >= 5 and nk not in _AL_FUNCTION and self.name_like(k + 1) \
            and nk not in self.g.cues and self.gaz_at(k + 1) is None

    def compound_tail(self, k: int) -> bool:
        """Token k is the second word of a compound given name (نور الدين، ضياء الحق)."""
        return k > 0 and self.contiguous(k) and self.toks[k - 1].info.key + " " + self.toks[k].info.key in _COMPOUNDS

    def pedigree_given(self, k: int) -> bool:
        """Token k, right after بن/بنت, is a given name (also one that is a word: بن علي، بن فرج، بن
        صالح); not the preposition على, which folds like علي."""
        if not self.contiguous(k) or self.toks[k].info.kind != "a":
            return False
        key = self.toks[k].info.key
        if key not in self.g.given_names and key not in self.g.given_extra:
            return False
        return not self.toks[k].text.rstrip(AR_DIACRITICS).endswith("ى")

    def lam_noun(self, k: int) -> bool:
        """Token k is ل fused to a common noun (لمرض، لعلاج), not a name that starts with ل (لطفي، لحدان)."""
        tok = self.toks[k]
        if tok.text[:1] != "ل" or len(tok.info.forms) < 2 or tok.info.key in self.g.given_names:
            return False
        stem = tok.info.forms[1][1]
        common = self.g.common
        return len(stem) >= 3 and (stem in common or _AL + stem in common or self.is_lex(stem)) \
            and tok.info.key not in common

    def name_end(self, k: int) -> bool:
        """Does a full name plausibly end before token k? (Punctuation or a line end, a complementizer, a
        title or head-word, or a word with a conjunction or preposition: محمد بن حمود الشايع، أن … / إن …
        / رئيس … / والمشرف … / لتذليل …; not "مشعل بن فهد المؤتمر صباح".)"""
        if k >= self.n or self.toks[k].brk or self.toks[k].info.kind != "a" or not self.toks[k].text[0].isalpha():
            return True  # (the Arabic comma and semicolon are in the Arabic block)
        key = self.toks[k].info.key
        if key in _NAME_END or key in self.g.cues:
            return True
        return key[:1] in "وفلب" and len(self.toks[k].info.forms) > 1

    def det_name(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        soft = False
        if i > 0 and not self.toks[i].brk:
            pk = self.toks[i - 1].info.key
            if pk in _VERB_SLOT:
                g0 = self.g.given_names.get(self.toks[i].info.key)
                if g0 is not None and g0.ambiguous:
                    return None  # بينما عادل موسى …: a verb, not a name
            soft = pk in _SPEECH or (self.toks[i - 1].info.kind == "a" and pk in self.g.nationalities
                                     and pk.startswith(_AL) and pk.endswith("ي"))
            if not soft and pk.startswith("و") and len(pk) > 3:
                soft = pk[1:] in _SPEECH
            if not soft and self.toks[i].text[:1] == "و" and self.raws and self.raws[-1].t1 == i \
                    and self.raws[-1].type == "PERSON" and self.raws[-1].t1 - self.raws[-1].t0 >= 2:
                soft = True  # عبد الفتاح عسيري وفهد المولد: a full name, then و + the next person's
        forms = self.toks[i].info.forms
        full = forms[0][1]
        if full in self.g.given_names or full in self.g.cues or full in self.g.entries or full in self.g.common \
                or self.is_lex(full) or (full[:1] in "لبف" and _dictionary_noun(full)):
            forms = forms[:1]  # كريم العلمي: not ك + ريم; ولاية (a word): not و + ل + آية; لجان: not ل + جان
        for off, _key, _stripped in forms:
            res = self.person_from(i, off, context=False, soft=soft)
            if res is not None:
                return res[0], _PRI["name"], res[1]
        return None

    def fallback_name(self, j: int) -> tuple[int, list[_Raw]] | None:
        """One or two unknown name-like words (after a title): جياكر أمد، قديروف."""
        tok = self.toks[j]
        forms = tok.info.forms
        if tok.text[:1] == "و" and len(forms) > 1 and tok.info.key not in self.g.given_names \
                and forms[1][1] in self.g.given_names:
            return self.person_from(j, forms[1][0], context=True)  # الألماني وكريم بنزيمة: a second person
        if not self.name_like(j, allow_al=False) or self.gaz_at(j) is not None:
            return None
        if tok.text[:1] == "و" and len(forms) > 1 and tok.info.key not in self.g.given_names:
            return None  # (الطفل) ومسرح الطفل، وعروضا: و + a word joins the next item, it does not name the titled
        if self.toks[j].info.key.startswith("است") and len(self.toks[j].info.key) >= 5:
            return None  # a form-X verb (استبعد، استعاد): "الفريق استبعد" is the team, not a general
        if self.prep_complement(j):
            return None  # عضو الاتحاد السعودي لكرة القدم، مدير الدفاع المدني بسكاكا العقيد …: ل/ب + a noun
        if (common_after_title(self, j) and not self.family_name(j + 1)
                and not (self.name_word(j + 1) and not common_after_title(self, j + 1))) \
                or verb_after_title(self, j) or possessed_next(self, j + 1):
            return None  # المهاجم يتوسّط …، العميد متقاعد: said of the titled, not his name (entities_titlewords);
            # but رئيسة النادي ملاك المنيف: a word that is a name too, before a family name
        if tok.text.rstrip(AR_DIACRITICS).endswith("ة"):
            r = reading(self.toks[j].info.key[:-1])
            nr = reading(self.toks[j + 1].info.key) if self.contiguous(j + 1) else None
            if r is not None and r[0] != "p" and r[1] == 0 and r[2] >= 8 and nr is not None and nr[0] != "p" \
                    and 0 <= nr[1] <= 2:
                # المدربة صاحبة متحف: the feminine of a frequent common word (صاحب "owner") in construct with a common
                # noun, no name (not الناطقة مرضية أفخم: a family name no dictionary knows)
                return None
        end = j + 1
        if word_father(self, end, after_bin=False):
            return end + 2, [self.raw(j, 0, end + 2, "PERSON", None, "title")]  # المواطن عقلا خلف العنزي
        if self.compound_tail(end):  # المخرج عز الدين (ذو الفقار): a compound given name the list lacks
            end += 1
            if self.dhu_name(end):
                end += 2
            elif self.family_name(end):
                end += 1
            return end, [self.raw(j, 0, end, "PERSON", None, "title")]
        nk = self.toks[end].info.key if end < self.n else ""
        if nk in _PARTICLES and nk != "ال" and self.contiguous(end) and self.contiguous(end + 1) \
                and self.toks[end + 1].info.kind == "a" and not self.tok_lex(end + 1):
            # الشاعر غلاب بن ود (الثبيتي)، هويشل بن عبد الله بن هويشل: a name does not end with بن; nor does it go on
            # over a line break (الرئيس قاديروف / ولد رمضان قاديروف: a headline, then "was born")
            while end + 1 < self.n and self.toks[end].info.key in _PARTICLES and self.toks[end].info.key != "ال" \
                    and self.contiguous(end) and self.contiguous(end + 1) and self.toks[end + 1].info.kind == "a" \
                    and not self.tok_lex(end + 1):
                end += 2
                if self.toks[end - 1].info.key == "عبد" and self.contiguous(end) \
                        and self.toks[end].info.key.startswith(_AL):
                    end += 1  # بن عبد الله
            if self.family_name(end):
                end += 1
            return end, [self.raw(j, 0, end, "PERSON", None, "title")]
        if self.name_like(end) and not nk.startswith(("ي", "ت")) and (not self.gaz_at(end) or self.gaz_nisba(end)) \
                and (not nk.startswith(_AL) or self.family_name(end)) and not common_after_title(self, end, True) \
                and not head_of_construct(self, end):
            end += 1  # a definite second word only when shaped like a family name (not دونيس التدريبات)
            if not nk.startswith(_AL) and self.family_name(end) and not (
                    self.contiguous(end + 1) and self.toks[end + 1].info.key in _ADJ_COMPLEMENT):
                end += 1  # المواطن فهيد مطلق الشمري: the name, the father's name, the family nisba
            elif end == j + 2 and self.name_word(j) and self.name_word(j + 1) and self.name_word(end) \
                    and self.toks[end].text[:1] != "و" and self.name_end(end + 1):
                end += 1  # للمخرج الإسباني غوم كوليت سيرا الذي …: a foreign name of three words, then its end
        return end, [self.raw(j, 0, end, "PERSON", None, "title")]

    def word_nisba(self, k: int) -> bool:
        """Token k is a definite nisba written with ي (الشهري "monthly", الرسمي) that ends a name (a comma, a line
        end, أن …): right after a given name that is no common word it is the family name, though it is an
        adjective too (يحيى الشهري). Not a nationality (محمد السعودي: checked with the region's surnames), nor an
        adjective as frequent as the ones of places and bodies named after someone (مطار الملك خالد الدولي، مركز
        الملك سلمان الاجتماعي: 100,000 times and more in the dictionary's frequency list)."""
        if not self.contiguous(k) or self.toks[k].info.kind != "a":
            return False
        key = self.toks[k].info.key
        return key.startswith(_AL) and len(key) >= 6 and self.toks[k].text.rstrip(AR_DIACRITICS)[-1:] == "ي" \
            and not key.endswith("يي") and key not in self.g.nationalities and key not in self.g.cues \
            and self.name_end(k + 1) and _rare_adjective(key)

    def titled_family_word(self, k: int) -> bool:
        """Token k is a definite word of the dictionary that it saw less than 100,000 times (level 9 and below:
        الفقيه، السبع، المولد; not اليوم، الماضي، العام), no ordinal (الملك هنري الثامن: a king's number), function
        word, title, nationality, known place or body, right before the end of a name (punctuation, a line end, أن، في … or a title): after a title and an
        unambiguous given name (الدكتور حامد الفقيه أن، العميد سعيد المولد،) it is the family name, as the gold
        annotates it (session 14, blind batches 4-8). The caller checks the title and the given name."""
        if not self.contiguous(k) or self.toks[k].info.kind != "a":
            return False
        key = self.toks[k].info.key
        if not key.startswith(_AL) or len(key) < 5 or self.toks[k].text.rstrip(AR_DIACRITICS).endswith("ة") \
                or key[2:] in _ORDINALS or key in _AL_FUNCTION or key in self.g.cues \
                or key in self.g.nationalities or self.known_body(k):
            return False
        gz = self.gaz_at(k, clitics=False)
        if gz is not None and gz[2].type != "PERSON":
            return False
        r = reading(key)
        if r is None or r[2] > 9:
            return False
        nxt = k + 1
        if nxt >= self.n or self.toks[nxt].brk or self.toks[nxt].info.kind != "a" or not self.toks[nxt].text[0].isalpha():
            return True
        nk = self.toks[nxt].info.key
        return nk in _NAME_END or nk in self.g.cues

    def gaz_nisba(self, k: int) -> bool:
        """Token k is a family nisba that the gazetteer knows as one person's name alone (المالكي، الحريري): after
        a titled given name it is that person's family name (مدير المراكز الصحية عبدالغني المالكي), not the
        famous bearer."""
        gz = self.gaz_at(k, clitics=False)
        return gz is not None and gz[0] == 0 and gz[1] == k + 1 and gz[2].type == "PERSON" and self.family_name(k)

    def prep_complement(self, j: int) -> bool:
        """Is token j the preposition ل or ب fused to an indefinite noun whose definite complement follows
        (لكرة القدم، بسكاكا العقيد، لحقوق الإنسان)? Then it is a prepositional phrase, not a name. (A name
        written with ب or ل as its first letter is a given name, or is followed by another part of the name.)"""
        tok = self.toks[j]
        if tok.info.kind != "a" or tok.text[0] not in "لب" or len(tok.info.forms) < 2 or tok.info.key in self.g.given_names:
            return False
        if len(tok.info.forms[1][1]) < 3 or not self.contiguous(j + 1):
            return False
        nk = self.toks[j + 1].info.key
        return nk.startswith(_AL) and len(nk) > 3 and nk not in self.g.nationalities and not self.family_name(j + 1) \
            and self.gaz_at(j + 1) is None

    def after_nationality(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """Two unknown words after a masculine nationality adjective (المهاجم البرازيلي ماتيوس كونيا)."""
        for q in (i, i + 1):
            if not self.plain_name(q) or self.gaz_at(q) is not None:
                return None
            k = self.toks[q].info.key
            if k.startswith(("ي", "ت", "ن", _AL)) or k.endswith("ات") or self.toks[q].text.rstrip(AR_DIACRITICS)[-1:] == "ة":
                return None  # a verb, a feminine or plural noun (but أوليفيه, written with ه, is a name)
        if possessed_next(self, i + 1, known_before=False):
            return None  # (رئيس الوزراء اليوناني) قصارى جهده: a phrase with "his", no name
        end = i + 2
        if self.contiguous(end) and self.plain_name(end):
            if self.name_word(end) and self.name_end(end + 1) and self.toks[end].text[:1] != "و":
                end += 1  # الإسباني غوم كوليت سيرا الذي …: a name of three words, then its end
            elif not self.accusative_pair(end):
                return None  # three unknown words: not sure where the name ends
        return end, _PRI["appos"], [self.raw(i, 0, end, "PERSON", None, "appos")]

    def accusative_pair(self, k: int) -> bool:
        """Tokens k and k + 1 are an indefinite accusative noun and its adjective, both ending in ا (عقدا
        جديدا، هدفا رائعا): what a name before them did, not a part of it."""
        if not self.contiguous(k + 1):
            return False
        a, b = (self.toks[q].text.rstrip(AR_DIACRITICS) for q in (k, k + 1))
        return len(a) >= 3 and len(b) >= 4 and a.endswith("ا") and b.endswith("ا") and not a.endswith("اا") \
            and a[-2:-1] not in "اوي" and b[-2:-1] not in "اوي"

    def name_word(self, q: int, off: int = 0, verb_prefix: bool = False) -> bool:
        """Token q (read after ``off`` letters of clitic) is an unknown word shaped like a foreign name: no
        article, no verb prefix, no feminine ة or plural ات, no known word."""
        if not self.contiguous(q) or self.toks[q].info.kind != "a":
            return False
        tok = self.toks[q]
        key = next((k for o, k, _ in tok.info.forms if o == off), None)
        if key is None or len(key) < 3 or key.startswith(_AL) or key.endswith(("ات", "يين", "يون")) \
                or (not verb_prefix and key.startswith(("ي", "ت", "ن"))) \
                or (key[0] == "م" and key.endswith(("ون", "ين")) and len(key) >= 6):  # محللون: a plural participle
            return False
        bare = tok.text.rstrip(AR_DIACRITICS)
        if bare[-1:] == "ة" or _accusative(tok.text) or key.endswith(_PRONOUN_ENDS) \
                or (key.endswith("ه") and not key.endswith("يه")):
            return False  # صدمتنا، درجاتها، قوله، سموه: a noun with a pronoun (but أوليفيه, أندريه are names)
        if off == 0 and (bare.startswith(("لل", "بال", "وال", "فال", "كال")) or (
                bare[:1] in "بلو" and len(tok.info.forms) > 1 and self.known_word(tok.info.forms[1][1], bare[0] == "و"))):
            return False  # للمرشح، لتركيا، بصوت، وتفوق: a preposition or و fused to a known word
        g = self.g
        if key in g.common or self.is_lex(key) or key in g.cues or key in g.nationalities or key in g.given_names:
            return False
        return (off > 0 or self.plain_name(q)) and self.gaz_at(q, clitics=off > 0) is None

    def known_word(self, key: str, verbs: bool) -> bool:
        """A common word, a function word, a head-word, a known name or (with ``verbs``) a verb-shaped word
        (وتفوق، ويعمل: after و; after ب a name may start with ي: بيليجوي)."""
        g = self.g
        return key in g.common or self.is_lex(key) or key in g.cues or key in g.entries \
            or key in g.nationalities or (verbs and key[:1] in "يتن")

    def foreign_pair(self, i: int, off: int, speech: bool = False) -> int:
        """End token of two (or, before a boundary, three) foreign-name words at token i, when a boundary
        follows them (punctuation, a line end, من/في, a complementizer), else 0. After a speech verb
        (``speech``) the name may start like an imperfect verb (يوهانس، توماس): the verb was just said."""
        if not (self.name_word(i, off, speech) and self.name_word(i + 1)):
            return 0
        if self.toks[i].info.key.endswith("ين") and self.toks[i + 1].info.key.endswith("ين"):
            return 0  # حادثين مروريين: a dual noun and its agreeing adjective
        end = i + 2
        if self.name_word(end) and self.toks[end].text[:1] != "و" and self.name_end(end + 1):
            end += 1  # آن كلير لوجاندر
        return end if self.name_end(end) or (self.contiguous(end) and self.toks[end].info.key in ("من", "في")) else 0

    def det_foreign(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """Two unknown words read as a foreign name where a person is expected: right after a speech verb
        (وقالت لورا كولانجيلو، من …) or after a person's full name and و (مايكل كورس، وتوري بيرش)."""
        if i == 0 or self.toks[i].brk:
            return None
        pk = self.toks[i - 1].info.key
        if pk in _SPEECH or (pk[:1] == "و" and pk[1:] in _SPEECH):
            end = self.foreign_pair(i, 0, speech=True)
            return (end, _PRI["appos"], [self.raw(i, 0, end, "PERSON", None, "appos")]) if end else None
        if self.toks[i].text[:1] != "و" or len(self.toks[i].info.forms) < 2 or not self.raws:
            return None
        last = self.raws[-1]
        gap = i - last.t1
        if last.type != "PERSON" or last.t1 - last.t0 < 2 or not (
                gap == 0 or (gap == 1 and self.toks[last.t1].text == "،")):
            return None
        end = self.foreign_pair(i, 1)
        return (end, _PRI["appos"], [self.raw(i, 1, end, "PERSON", None, "appos")]) if end else None

    def al_pedigree(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """At بن/بنت (token i): a given name written with the article just before it starts the name
        (الحسن بن إبراهيم رديف، الوليد بن طلال); no detector starts at such a word."""
        if i == 0 or self.toks[i].info.key not in _PEDIGREE or (self.raws and self.raws[-1].t1 > i - 1):
            return None
        key = self.toks[i - 1].info.key
        if not key.startswith(_AL) and self.contiguous(i - 1):
            end = given_before_pedigree(self, i)  # رئيس المركز نهار بن سعد العتيبي: a given name no list knows
            return (end, _PRI["name"], [self.raw(i - 1, 0, end, "PERSON", None, "name")]) if end else None
        if not key.startswith(_AL) or key[2:] not in self.g.given_names or not self.contiguous(i - 1):
            return None
        res = self.person_from(i - 1, 0, context=False, soft=True)
        return (res[0], _PRI["name"], res[1]) if res is not None else None

    def det_appos(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """NAME NAME + title (جيا فرات قائد …، دان كوتس مدير …)."""
        foreign = self.det_foreign(i) or self.al_pedigree(i)
        if foreign is not None:
            return foreign
        if i > 0 and not self.toks[i].brk:
            q = i - 1
            if self.toks[q].info.key in _NAT_MODIFIERS and q > 0 and not self.toks[q].brk:
                q -= 1  # الفرنسي السابق ميكايل سياني، البرازيلي الدولي …: an adjective of the role between
            pk = self.toks[q].info.key
            if pk.startswith(_AL) and pk.endswith("ي") and pk in self.g.nationalities:
                res = self.after_nationality(i)
                if res is not None:
                    return res
        k = i + 2
        if k < self.n and self.toks[k].text == "،":
            k += 1
        if k >= self.n or self.toks[k].info.key not in self.g.cues:
            return None
        if not (self.name_like(i, allow_al=False) and self.name_like(i + 1, allow_al=False)):
            return None
        if self.toks[i + 1].info.key in _KUNYA or self.toks[i + 1].info.key in _PARTICLES:
            return None  # محسن ابو (الخير): the name goes on after a kunya or بن
        if any(self.toks[q].text.rstrip(AR_DIACRITICS).endswith("ة") for q in (i, i + 1)):
            return None  # إمكانية وجود: nouns, not a name
        if self.gaz_at(i) or self.gaz_at(i + 1):
            return None
        if possessed_next(self, i + 1, known_before=False):
            return None  # (بهدف) نظيف سجله اللاعب: a word and a noun with "his", then who scored it
        k = i + 2
        if k < self.n and self.toks[k].text == "،":
            k += 1
        if k >= self.n or self.toks[k].brk and k == i + 2:
            return None
        cue = self.cue_at(k, _R_TITLE)
        if cue is None or cue[0] != 0 or self.weak_title(k):
            return None
        if self.toks[k].info.key == "خادم":
            return None  # (برنامج) ضيوف خادم الحرمين الشريفين: the honorific stands for the king; before it, a construct
        return i + 2, _PRI["appos"], [self.raw(i, 0, i + 2, "PERSON", None, "appos")]

    def titled_person(self, j: int) -> int | None:
        """End token of "direct title + name" at j (الملك عبد الله، الأمير فيصل بن فهد), or None."""
        cue = self.cue_at(j, _R_TITLE)
        if cue is None or cue[0] != 0 or cue[2].role != "title_direct":
            return None
        res = self.person_from(cue[1], 0, context=True)
        return res[0] if res is not None else None
