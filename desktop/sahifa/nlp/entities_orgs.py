"""The entity engine's helpers for organisation names: a body named for what it does to a place (``هيئة تطوير
مدينة الرياض``، ``الهيئة العليا لتطوير مدينة الرياض``), a name in Latin script after a head-word (``شركة
Stower``), and where a body's name ends: a known body before a complement, a common noun in construct, a
directorate named by the known body it belongs to."""

from __future__ import annotations

from ..core.arabic import fold, strip_article
from . import lexicon
from .entities_people import _People
from .entities_words import (
    _AL,
    _LAM_STOP,
    _MEDIA_NAMED,
    _OPEN_Q,
    _ORG_ADJ,
    _PRI,
    _R_TITLE,
    _SEASONS,
    _STOP_AL,
    _TIME_ADJ,
    _Raw,
)
from .gazetteer import Entry

# participles that link a body to another (التابعة لـ، المعنية بـ، المسؤولة عن): never part of its name (folded)
_LINKING_ADJ = frozenset({"التابع", "التابعه", "المعني", "المعنيه", "المختص", "المختصه", "المسؤول", "المسؤوله",
                          "المكلف", "المكلفه", "المنبثق", "المنبثقه", "المشرف", "المشرفه", "المسؤولين",
                          "الملحق", "الملحقه"})

# a ministry's directorate named by its sector and its place (صحة الرياض، تعليم جدة; cues.tsv): only that
_SECTOR_HEADS = frozenset({"صحه", "تعليم", "مرور", "جوازات", "فنون"})

# heads of company names: the name is the proper words after them; the head is often dropped later on
_COMPANY_HEADS = frozenset({"شركه", "مجموعه"})

# indefinite heads of public bodies whose name may end with their country (هيئة الغابات الأمريكية; folded)
_PUBLIC_HEADS = frozenset({"هيئه", "وكاله", "اداره", "وزاره", "مكتب", "مجلس", "مؤسسه", "مصلحه", "دائره", "سلطه",
                           "مفوضيه", "لجنه", "صندوق", "معهد", "مركز", "اكاديميه", "جمعيه", "رابطه", "نقابه"})

# indefinite heads of public bodies named by a construct of common nouns (هيئة حقوق الإنسان، صندوق تنمية الموارد
# البشرية; folded). Not إدارة، منظمة، رئاسة, also verbal nouns (إدارة مخاطر السيولة), nor movements and parties
# (حركة رؤوس الأموال، حزب أقصى اليمين)
_CONSTRUCT_HEADS = frozenset({"هيئه", "مجلس", "لجنه", "صندوق", "جمعيه", "رابطه", "مؤسسه", "اتحاد", "نقابه",
                              "مفوضيه", "امانه", "بلديه", "عماده", "مديريه", "معهد", "كليه", "محكمه", "اكاديميه",
                              "وزاره"})
# words that are no common noun of a name (مؤسسة أحد المحسنين، جماعة من المتطرفين; folded)
_NOT_CONSTRUCT = frozenset({"احد", "غير", "ضد", "من", "كل", "بعض", "جميع", "ذات", "عده", "اي", "نفس", "عدد"})

# adjectives that describe an agency without naming it (وكالة الأنباء الرسمية، وكالة الأنباء الحكومية; folded)
_DESCRIPTIVE_ADJ = frozenset({"الرسميه", "الرسمي", "الحكوميه", "الحكومي", "المحليه", "المحلي", "الاجنبيه",
                              "الاجنبي", "العربيه", "العالميه", "الشهيره", "الرئيسيه"})

# indefinite heads of a directorate named by the body it belongs to (مديرية الدفاع المدني; folded), and of a
# hospital or ministry named by the body it runs (مستشفى الحرس الوطني، وزارة الحرس الوطني: session 14)
_OFFICE_HEADS = frozenset({"مديريه", "اداره", fold("مستشفى"), fold("وزارة")})

# the administrative head-words written before a known place inside an organisation's name
_PLACE_HEADS = frozenset({"منطقه", "محافظه", "مدينه", "المنطقه", "المدينه", "المحافظه"})


# honorific epithets that go with a sacred noun inside a body's name (جمعية تحفيظ القرآن الكريم، المصحف الشريف;
# folded): the name ends after them, not before (not الشريفين: خادم الحرمين الشريفين is a title)
_EPITHETS = frozenset({"الكريم", "الشريف", "المطهره", "المبارك"})

# prepositions a verbal noun governs (للمشاركة في، للمحافظة على): they open its object, not a name's words
_CLAUSE_PREPS = frozenset({"في", "علي", "عن", "من", "الي", "مع", "ضد"})

# ordinals, which number a body's session or rank (المجلس الأول، الدورة الثانية) and do not name it (folded)
_ORDINALS = frozenset(fold(w) for w in (
    "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة "
    "الثامن الثامنة التاسع التاسعة العاشر العاشرة الأخير الأخيرة").split())


def _common_noun(key: str) -> bool:
    """An indefinite common noun in Arramooz (سوق، هيئة), seldom a proper noun there (not عكاظ)."""
    rd = lexicon.reading(key)
    return rd is not None and ("n" in rd[0] or "m" in rd[0]) and 0 <= rd[1] <= 2 and not key.startswith("ال")


def _common_def(key: str) -> bool:
    """A definite common noun in Arramooz (الفضاء، الطاقة، الأنباء), seldom a proper noun there (not الأناضول)."""
    rd = lexicon.reading(key)
    return rd is not None and ("n" in rd[0] or "m" in rd[0]) and rd[1] <= 2


def _adjective(key: str) -> bool:
    """A definite adjective or participle in Arramooz and no noun there (المشاركة، المستقلة)."""
    rd = lexicon.reading(key)
    return rd is not None and "a" in rd[0] and "n" not in rd[0] and rd[1] <= 2


def _imperfect_verb(key: str) -> bool:
    """An imperfect verb in Arramooz (تعي، تتعاطى): a verb reading alone, or an unknown word whose stem after
    the prefix ي/ت is a verb (the dictionary lists verbs in the past)."""
    if key[:1] not in ("ي", "ت") or key.startswith("ال"):
        return False
    rd = lexicon.reading(key)
    if rd is not None:
        return rd[0] == "v"
    stem = lexicon.reading(key[1:]) if len(key) >= 4 else None
    return stem is not None and "v" in stem[0] and "p" not in stem[0]


def _verbal_noun(key: str) -> bool:
    """A verbal noun of the تفعيل pattern (تطوير، تنمية، تأهيل): what a body does, written before its object."""
    return len(key) in (5, 6) and key[0] == "ت" and key[3] == "ي" and not key.startswith("ال")


class _Orgs(_People):
    """Organisation-name helpers."""

    def season(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """A season or feast with a known place right after it, a town's festival (في صيف الشرقية، زوار عيد
        النعيرية، وصيف الباحة): MISC. Without a place it is no name (صيف العام الماضي، هذا عيد حفيدتي)."""
        for off, key, _st in self.toks[i].info.forms:
            if key in _SEASONS and self.contiguous(i + 1):
                gz = self.gaz_at(i + 1, clitics=False)
                if gz is not None and gz[0] == 0 and gz[2].type == "LOC":
                    return gz[1], _PRI["org"], [self.raw(i, off, gz[1], "MISC", None, "misc")]
        return None

    def festival_word(self, k: int, j: int) -> bool:
        """Is token k an indefinite word of a festival's name that starts at token j: an unknown word, not after
        the place that ends the name, or a season first (مهرجان صيف الشرقية، مهرجان عيد الباحة)?"""
        if self.plain_name(k):
            return not self.follows_place(k, j)
        return k == j and self.toks[k].info.key in _SEASONS

    def follows_place(self, k: int, j: int) -> bool:
        """Does a known place (from token j on) end right before token k? A festival's name ends with its
        place unless a ل-complement follows (مهرجان صيف الشرقية، not … الشرقية حضورا)."""
        for a in (k - 1, k - 2):
            if a >= j:
                hit = self.gaz_at(a)
                if hit is not None and hit[1] == k and hit[2].type == "LOC":
                    return True
        return False

    def title_alone(self, k: int) -> int | None:
        """End token of a person's title standing for the person at token k, with no name after it (كأس
        الملك، كأس ولي العهد، كأس خادم الحرمين الشريفين: a cup named after the office), or None."""
        cue = self.cue_at(k, _R_TITLE)
        if cue is None or cue[0] != 0 or self.toks[k].info.kind != "a":
            return None
        return cue[1]

    def agency_name(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """A public agency named by what it deals with (وكالة الفضاء الأوروبية، وكالة الطاقة الدولية، وكالة
        الأنباء الرسمية الإيرانية، وكالة الفضاء والطيران الأمريكية): the indefinite head وكالة, a definite common
        noun, more definite words (و + a definite word too) and an adjective last, head-word included. Not a news
        agency named by a proper name (وكالة الأناضول: the outlet's own name) nor a bare وكالة السفر."""
        if j >= self.n or not self.contiguous(j) or self.gaz_at(j, clitics=False) is not None:
            return None
        gz = self.gaz_at(i)
        if gz is not None and gz[2].type == "ORG":
            return None  # وكالة الأنباء السعودية: the gazetteer's name
        key = self.toks[j].info.key
        if key == "انباء" and j + 2 < self.n and self.toks[j + 1].text in _OPEN_Q and not self.toks[j + 1].brk:
            q = self.quoted(j + 1)  # وكالة أنباء "الأناضول": the quoted name alone
            if q is None or not all(self.toks[t].info.kind in "al" for t in range(q[0], q[1])):
                return None
            gz = self.gaz_at(q[0], clitics=False)
            entry = gz[2] if gz is not None and gz[1] == q[1] and gz[2].type == "ORG" else None
            return q[1] + 1, _PRI["org"], [self.raw(q[0], 0, q[1], "ORG", entry, "gaz" if entry else "media")]
        if key == "انباء" and self.contiguous(j + 1):  # وكالة أنباء فارس، وكالة أنباء الإمارات: the name after it
            gz = self.gaz_at(j + 1, clitics=False)
            nxt = self.toks[j + 1].info.key
            end = gz[1] if gz is not None and gz[0] == 0 else j + 2 if self.name_like(j + 1) \
                and nxt not in self.g.nationalities and not nxt.endswith("يه") else 0  # (وكالة أنباء إيرانية)
            return (end, _PRI["org"], [self.raw(i, off, end, "ORG", None, "org")]) if end else None
        if not key.startswith(_AL) or key in _STOP_AL or key in self.g.nationalities or not _common_def(key):
            return None
        k = j + 1
        last_adj = -1
        while k < self.n and k - j < 5 and self.contiguous(k) and self.toks[k].info.kind == "a":
            key = self.toks[k].info.key
            bare = key[1:] if key.startswith("وال") and len(key) > 4 else key
            if not bare.startswith(_AL) or bare in _STOP_AL or bare in _TIME_ADJ or bare in _LINKING_ADJ \
                    or self.cue_at(k) is not None:
                break
            if bare is key and (key in self.g.nationalities or key in _ORG_ADJ or key.endswith(("ي", "يه"))) \
                    and key not in _DESCRIPTIVE_ADJ:
                last_adj = k
            k += 1
        if last_adj < 0:
            return None
        end = last_adj + 1
        if end + 1 < self.n and self.toks[end].info.key == "لشؤون" and self.contiguous(end) \
                and self.contiguous(end + 1):  # وكالة الرئاسة العامة لشؤون المسجد النبوي: its remit
            gz = self.gaz_at(end + 1, clitics=False)
            e = gz[1] if gz is not None and gz[0] == 0 else end + 1
            while e < self.n and e - end <= 3 and self.contiguous(e) and self.toks[e].info.key.startswith(_AL) \
                    and self.toks[e].info.key not in _STOP_AL and self.toks[e].info.key not in _TIME_ADJ:
                e += 1  # (المسجد النبوي: the definite words of the remit)
            if e > end + 1:
                end = e
        return end, _PRI["org"], [self.raw(i, off, end, "ORG", None, "org")]

    def lex_adjective(self, k: int, nisba_only: bool = False) -> bool:
        """Token k is a definite adjective of the dictionary that goes on a body's name after its noun (لجنة المنح
        الجامعية، لجنة التنمية الاجتماعية الأهلية، مركز الجودة الشاملة): a nisba with an adjective or nisba reading
        in Arramooz, or an adjective that is no noun there. Not a comparative (الأكثر، الأكبر), a participle of the
        مـ or فاعل pattern (المنعقد، الصادر، الواقع: they describe an occasion), an adjective of time, an ordinal,
        a linking participle, a nationality or a head-word. With ``nisba_only`` (after a word that may be a name:
        شركة جازبروم العملاقة describes the company) only a nisba."""
        key = self.toks[k].info.key
        if self.toks[k].info.kind != "a" or not key.startswith(_AL) or len(key) < 5 or key in _STOP_AL \
                or key in _TIME_ADJ or key in _LINKING_ADJ or key in _ORDINALS or key in self.g.nationalities \
                or self.cue_at(k) is not None:
            return False
        rd = lexicon.reading(key)
        if rd is None:
            return False
        if key.endswith(("ي", "يه")) and len(key) >= 6:
            return "a" in rd[0] or "s" in rd[0]
        stem = key[2:].removesuffix("ه")
        if nisba_only or stem.startswith(("م", "ا")) or (len(stem) == 4 and stem[1] == "ا"):
            return False  # المنعقد، الأكثر، الواقع
        return "a" in rd[0] and "n" not in rd[0]

    def nat_homograph(self, k: int) -> bool:
        """Token k is a nationality that is also a common adjective (المالية "financial" and Malian, العربية):
        inside a body's name it is the adjective (هيئة السوق المالية، مؤسسة رناد العربية), not a nationality to
        trim."""
        return self.tok_lex(k)

    def common_construct(self, k: int) -> int:
        """End token of an indefinite common noun at token k in construct with a definite noun after it, the
        name of a public body after its head (هيئة حقوق الإنسان، هيئة كبار العلماء، صندوق تنمية الموارد البشرية),
        with the adjectives after it (nothing else follows in the name), or 0.
        Neither word is another head (مجلس إدارة الشركة، مجلس أمناء الجامعة: a board of something) or a name."""
        tok = self.toks[k]
        key = tok.info.key
        if tok.info.kind != "a" or key.startswith(_AL) or key in _NOT_CONSTRUCT or self.cue_at(k) is not None \
                or self.given(key) or not self.contiguous(k + 1) or self.gaz_at(k) is not None:
            return 0
        rd = lexicon.reading(key)
        if rd is None or not ("n" in rd[0] or "m" in rd[0]):
            return 0
        nxt = self.toks[k + 1]
        nk = nxt.info.key
        if not nk.startswith(_AL) or len(nk) <= 3 or nk in _STOP_AL or nk in _TIME_ADJ or nk in self.g.nationalities \
                or self.cue_at(k + 1) is not None or self.given(nk) or nxt.info.kind != "a":
            return 0
        gz = self.gaz_at(k + 1, clitics=False)
        end = gz[1] if gz is not None and gz[0] == 0 else k + 2
        while end < self.n and end - k < 7 and self.contiguous(end) and self.toks[end].info.kind == "a":
            ak = self.toks[end].info.key  # its adjectives: البشرية، الأمريكية، العامة، المشاركة
            if ak.startswith("وال") and len(ak) > 4 and ak[1:] not in _STOP_AL and self.cue_at(end) is None \
                    and self.gaz_at(end) is None and self.contiguous(end + 1) is not None:
                end += 1  # a coordinated noun: جمعية هدية الحاج والمعتمر، لجنة تقييم المنشآت والإيواء السياحي
                continue
            if not ak.startswith(_AL) or ak in _TIME_ADJ or ak in _STOP_AL or self.cue_at(end) is not None or not (
                    ak in self.g.nationalities or ak in _ORG_ADJ or ak in _EPITHETS
                    or (ak.endswith(("يه", "ي")) and len(ak) >= 5)
                    or _adjective(ak)):
                break
            end += 1
        if self.toks[end - 1].info.key.startswith("وال") and end - 1 > k + 1:
            end -= 1  # (not a coordinated noun last: هيئة مكافحة الفساد والجهات …)
        return end

    def adjective_outlet(self, first_key: str, j: int, parts: list[str]) -> tuple[int, int, list[_Raw]] | None:
        """An outlet named by a definite nisba adjective right after its indefinite head (صحيفة الاقتصادية، قناة
        الإخبارية، مجلة الثقافية): the adjective is the name; not a nationality (قناة فرنسية describes one)."""
        if first_key not in _MEDIA_NAMED or not parts or parts[0] != "adj" or not self.contiguous(j):
            return None
        key = self.toks[j].info.key
        if not key.startswith(_AL) or not key.endswith("يه") or len(key) < 6 or key in self.g.nationalities:
            return None
        return j + 1, _PRI["media"], [self.raw(j, 0, j + 1, "ORG", None, "media")]

    def outlet_end(self, j: int, end: int) -> int:
        """The end of an outlet's name starting at token j without the country or city after it (صحيفة الوطن
        السعودية → الوطن، صحيفة النهار البيروتية → النهار: the nationality or the city's nisba describes it)."""
        while end - 1 > j and (self.toks[end - 1].info.key in self.g.nationalities or self.place_nisba(end - 1)):
            end -= 1
        return end

    def place_nisba(self, k: int) -> bool:
        """Token k is the definite nisba of a known city or region that is no nationality (اللندنية، البيروتية،
        الباريسي): the stem without ال and ي/ية is a place of the gazetteer."""
        key = self.toks[k].info.key
        if self.toks[k].info.kind != "a" or not key.startswith(_AL) or key in self.g.nationalities:
            return False
        stem = key[2:-2] if key.endswith("يه") else key[2:-1] if key.endswith("ي") else ""
        if len(stem) < 3:
            return False
        entry = self.g.lookup_as(stem, "LOC")
        return entry is not None and entry.kind in ("city", "region")

    def described_outlet(self, first_key: str, j: int) -> tuple[int, int, list[_Raw]] | None:
        """An outlet named by one or two definite common words and described by its country or city right after
        (صحيفة الخبر الجزائرية، صحيفة الحياة اللندنية، مجلة النوم الأمريكية): the words before the nationality are
        the name, as the head and the description are not (a description alone would be الصحيفة الجزائرية). Not a
        nisba adjective first (قناة الفضائية المصرية: adjective_outlet's), nor a word the gazetteer knows."""
        if first_key not in _MEDIA_NAMED:
            return None
        k = j
        while k < self.n and k - j < 2 and self.contiguous(k):
            key = self.toks[k].info.key
            if self.toks[k].info.kind != "a" or not key.startswith(_AL) or len(key) < 4 or key in _STOP_AL \
                    or key.endswith(("ي", "يه")) or self.gaz_at(k) is not None or self.cue_at(k) is not None:
                break
            k += 1
        if k == j or not self.contiguous(k) or not (self.toks[k].info.key in self.g.nationalities or self.place_nisba(k)):
            return None
        return k + 1, _PRI["media"], [self.raw(j, 0, k, "ORG", None, "media")]

    def nisba_adjective(self, k: int) -> bool:
        """Token k is an indefinite nisba adjective in Arramooz (يومية، محلية، أسبوعية)."""
        key = self.toks[k].info.key
        if not key.endswith("يه") or key.startswith(_AL):
            return False
        rd = lexicon.reading(key)
        return rd is not None and ("s" in rd[0] or "a" in rd[0]) and rd[1] <= 2

    def agreeing_adjective(self, k: int) -> bool:
        """Token k is an indefinite feminine adjective of Arramooz agreeing with an outlet's head (صحيفة ناطقة
        بالإنجليزية، مجلة منوعة، صحيفة حريصة على …): it describes the outlet, it does not name it (but قناة نسمة: a
        noun; موقع مكتبة الكونغرس: a noun in construct with the definite word after it)."""
        key = self.toks[k].info.key
        if not key.endswith("ه") or key.startswith(_AL) or len(key) < 4 \
                or (self.contiguous(k + 1) and self.toks[k + 1].info.key.startswith(_AL)):
            return False
        rd = lexicon.reading(key)
        return rd is not None and "a" in rd[0]

    def governor_office(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """The governor's office of a region or a governorate (إمارة منطقة مكة المكرمة، إمارة محافظة جدة): إمارة
        before منطقة or محافظة and a place is a body (ORG, the place inside it), not the emirate (إمارة دبي)."""
        if self.toks[j].info.key not in ("منطقه", "محافظه"):
            return None
        loc = self.det_loc(j)  # type: ignore[attr-defined]
        if loc is None or not loc[2] or loc[2][-1].type != "LOC":
            return None
        return loc[0], _PRI["org"], [self.raw(i, off, loc[0], "ORG", None, "org")]

    def lam_purpose(self, k: int) -> bool:
        """Token k is ل + a common or verbal noun (لوصف، لبيع) with a definite object after it: what a thing is for
        (منصة لوصف الميزات، موقع لبيع السيارات), never the start of its name (but صحيفة لوموند: ل + no word)."""
        forms = self.toks[k].info.forms
        if self.toks[k].text[:1] != "ل" or len(forms) < 2 or forms[1][0] != 1 or not self.contiguous(k + 1) \
                or not self.toks[k + 1].info.key.startswith(_AL):
            return False  # (its object follows: شركة ليمان بروزرز is a name)
        rd = lexicon.reading(forms[1][1])
        return rd is not None and ("m" in rd[0] or "n" in rd[0]) and rd[1] <= 2

    def lam_clause(self, k: int) -> bool:
        """Token k is ل + a definite verbal noun with its preposition right after it (للمشاركة في، للمحافظة على):
        the purpose of what the sentence says (هيئة الصادرات للمشاركة في المعارض، وافق عليه مجلس الوزراء
        للمحافظة على التراث), not the rest of the name of a body whose head is indefinite (a definite head with
        its adjective is named so: الجمعية السعودية للمحافظة على التراث; the caller asks only after an indefinite
        head)."""
        forms = self.toks[k].info.forms
        if not self.toks[k].text.startswith("لل") or len(forms) < 2 or not self.contiguous(k + 1):
            return False
        fk = next((key for off, key, _st in forms if off and key.startswith(_AL)), "")  # للمشاركة → المشاركه
        if not fk or self.toks[k + 1].info.key not in _CLAUSE_PREPS:
            return False
        rd = lexicon.reading(fk)
        return rd is not None and "m" in rd[0]

    def common_words(self, j: int, k: int) -> bool:
        """Tokens j..k-1 are definite words the gazetteer does not know (الوزراء، الصادرات، التجارة والصناعة): a
        body named by what it deals with, not by a place or a proper name (مصرف الإمارات، مركز ويست غيت)."""
        return all(self.toks[q].info.key.startswith(("ال", "وال")) and self.gaz_at(q) is None for q in range(j, k))

    def lam_field(self, k: int) -> int:
        """Tokens (2) of a field after a body's nationality or adjective: ل + a short common noun and the definite
        noun it governs (الجمعية السعودية لطب العيون، الجمعية الخيرية لرعاية الأيتام), which
        :meth:`lam_phrase` leaves to words of four letters or more; 0 when there is none."""
        if not self.lam_purpose(k) or len(self.toks[k].info.forms[1][1]) >= 4:
            return 0
        nk = self.toks[k + 1].info.key
        if len(nk) <= 3 or nk in _STOP_AL or nk in _LAM_STOP or nk in _TIME_ADJ or nk in self.g.nationalities \
                or self.gaz_at(k + 1) is not None or self.cue_at(k + 1) is not None:
            return 0  # (الاتحاد الدولي لعقد الجمعية العمومية: another body; المؤسسة العامة لجسر الملك فهد: a title)
        return 2

    def country_body(self, first_key: str, parts: list[str], k: int) -> bool:
        """A public body named by what it deals with and its country (هيئة الغابات الأمريكية، هيئة الطيران المدني
        الأردنية): an indefinite head, common nouns (an agreeing adjective among them) and a nationality last. Not
        a company (شركة الطيران الإماراتية describes an airline) nor a party or movement named by a common word
        (حركة النهضة التونسية: the nationality describes it). The nationality (token k - 1) is no common word
        too (هيئة الأوراق المالية: "financial", not Malian)."""
        return first_key in _PUBLIC_HEADS and len(parts) >= 2 and parts[-1] == "nat" \
            and parts[0] == "noun" and all(p in ("noun", "adj") for p in parts[:-1]) and not self.tok_lex(k - 1)

    def known_before_complement(self, i: int, k: int) -> tuple[int, int, list[_Raw]] | None:
        """The known organisation starting at token i when an organisation's span i..k runs past its end
        into a ل-complement (الاتحاد الأوروبي للمطالب اليونانية، مجلس الأمن الدولي الداعمة لعودة الشرعية):
        a name the gazetteer knows is complete, what follows it describes what it does (a longer known
        name, الاتحاد الأوروبي لكرة القدم, is matched by the gazetteer itself)."""
        gz = self.gaz_at(i)
        if gz is None or gz[2].type != "ORG" or gz[2].kind == "club" or not i + 1 < gz[1] < k:
            return None  # (a one-word club, الاتحاد, heads longer names: الاتحاد السعودي لكرة القدم)
        if not any(self.toks[q].text[:1] == "ل" for q in range(gz[1], k)) or self.paren_acronym(k):
            return None  # (التحالف الدولي للطاقة المتجددة (IRENA): an acronym vouches for the longer name)
        return gz[1], _PRI["org"], [self.raw(i, gz[0], gz[1], "ORG", gz[2], "gaz")]

    def known_office(self, i: int, off: int, first_key: str, gz: tuple[int, int, Entry]) -> tuple[int, int, list[_Raw]] | None:
        """A directorate or department named by the public body it runs, head-word included (مديرية الدفاع
        المدني، إدارة الجوازات): the gazetteer's government body right after an indefinite administrative head."""
        if first_key not in _OFFICE_HEADS or gz[2].kind != "gov" or gz[0] != 0:
            return None
        return gz[1], _PRI["org"], [self.raw(i, off, gz[1], "ORG", None, "org")]

    def national_branch(self, i: int, off: int, gz: tuple[int, int, Entry]) -> tuple[int, int, list[_Raw]] | None:
        """A country's own society of an international movement: an indefinite head, the movement the gazetteer
        knows and the country's nationality (هيئة الهلال الأحمر السعودي، جمعية الهلال الأحمر القطري), the whole
        span, head-word included (the movement alone is another body)."""
        end = gz[1]
        if gz[0] != 0 or gz[2].kind != "intl" or not self.contiguous(end) \
                or self.toks[end].info.key not in self.g.nationalities:
            return None
        return end + 1, _PRI["org"], [self.raw(i, off, end + 1, "ORG", None, "org")]

    def known_lam(self, k: int, parts: list[str]) -> int:
        """Tokens of a ل-complement that is a known government body right after a head and its adjective
        (الإدارة العامة للدفاع المدني، المديرية العامة للجوازات), or 0."""
        if not parts or any(p != "adj" for p in parts):
            return 0
        gz = self.gaz_at(k)
        if gz is None or gz[2].type != "ORG" or gz[2].kind != "gov" or gz[0] == 0:
            return 0
        return gz[1] - k

    def construct_next(self, k: int) -> int:
        """End token of the word in construct with the common indefinite noun at token k - 1 inside an
        organisation's name (هيئة سوق المال، أمانة سوق عكاظ): a definite word or a known name right after
        it; 0 if none (an indefinite common noun does not end a body's name)."""
        prev = self.toks[k - 1].info.key
        if not _common_noun(prev) or not self.contiguous(k):
            return 0
        gz = self.gaz_at(k, clitics=False)
        if gz is not None and gz[0] == 0:
            return gz[1]
        key = self.toks[k].info.key
        if key.startswith("ال") and len(key) > 3 and key not in self.g.nationalities and not self.given(key):
            return k + 1
        return 0

    def latin_name(self, i: int, j: int, first_key: str, definite: bool) -> tuple[int, int, list[_Raw]] | None:
        """A name in Latin script after an organisation's head-word: ``شركة Stower``, ``موقع kickstarter``
        (the name alone), or after a company described first: ``الشركة الصينية الناشئة "Zuk"`` (the quoted
        name; the description is no name)."""
        k = j
        if definite:
            if strip_article(first_key) not in _COMPANY_HEADS:
                return None
            while k < self.n and k - j < 3 and self.contiguous(k) and self.toks[k].info.key.startswith(_AL) \
                    and (self.toks[k].info.key in self.g.nationalities or self.toks[k].info.key.endswith("ه")):
                k += 1  # agreeing adjectives: الصينية، الناشئة
            if k == j or k >= self.n or self.toks[k].brk or self.toks[k].text not in _OPEN_Q:
                return None
            q = self.quoted(k)
            if q is None or not all(self.toks[t].info.kind in "ld" for t in range(q[0], q[1])) \
                    or self.toks[q[0]].info.kind != "l":
                return None
            return q[1] + 1, _PRI["org"], [self.raw(q[0], 0, q[1], "ORG", None, "org")]
        if k >= self.n or self.toks[k].brk or self.toks[k].info.kind != "l":
            return None
        end = k
        while end < self.n and end - k < 4 and not self.toks[end].brk and self.toks[end].info.kind in "ld" \
                and (self.toks[end].info.kind == "l" or end > k):
            end += 1
        gz = self.gaz_at(k, clitics=False)
        entry = gz[2] if gz is not None and gz[1] == end and gz[2].type == "ORG" else None
        return end, _PRI["org"], [self.raw(k, 0, end, "ORG", entry, "gaz" if entry is not None else "org")]

    def verbal_place(self, k: int, lam: bool) -> int:
        """End token of "verbal noun + a known place" at token k (with ``lam``: the verbal noun written
        with ل: لتطوير مدينة الرياض), or 0. The place may come with its administrative head-word."""
        if not self.contiguous(k) or not self.contiguous(k + 1):
            return 0
        tok = self.toks[k]
        key = tok.info.key
        if lam:
            if tok.text[:1] != "ل" or len(tok.info.forms) < 2:
                return 0
            key = tok.info.forms[1][1]
        if not _verbal_noun(key) or self.gaz_at(k) is not None:
            return 0
        gz = self.gaz_at(k + 1, clitics=False)  # تطوير المنطقة الشرقية
        if gz is None and self.toks[k + 1].info.key in _PLACE_HEADS and self.contiguous(k + 2):
            gz = self.gaz_at(k + 2, clitics=False)  # تطوير مدينة الرياض
        if gz is None or gz[0] != 0 or gz[2].type != "LOC":
            return 0
        return gz[1]
