"""The quote engine's noun phrases (the speaker after or before a cue, names after titles) and its
view of the article's entity mentions (:class:`_Entities`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from ..core.arabic import DIACRITICS_RE
from ..core.model import EntityMention
from .gazetteer import gazetteer
from .quotes_bounds import is_initial
from .quotes_lexicon import (
    _ADDRESSEE,
    _CUE_TOKENS,
    _PREPS,
    _QUANT,
    _QUOTE_CHARS,
    _SPEAKER_NOUNS,
    _SPEAKING_TO,
    _STOP,
    _VERB_FORMS,
    study_head,
)
from .quotes_plurals import people_plural, plural_verb
from .quotes_tokens import _INFO_NOUNS, _bare, _is_particle, _pair_opening_at, _Sent, _strip_clitic

# --- noun phrases ------------------------------------------------------------------------------


def _van(toks: list[str], i: int, j: int, limit: int) -> bool:
    """Whether "فان" at token j of a noun phrase starting at i is the Dutch "van" of a name ("وقال فان جال",
    "روبن فان بيرسي"), not فإن written without its hamza ("وحسب المصادر فان القصف"): a bare word (no ال)
    follows it, and it opens the phrase or follows a bare word."""
    if toks[j] != "فان" or j + 1 >= limit:
        return False
    nxt = toks[j + 1]
    if not nxt[0].isalpha() or nxt.startswith("ال") or nxt in ("هناك", "هنالك") or _is_particle(nxt):
        return False
    return j == i or (toks[j - 1][0].isalpha() and not toks[j - 1].startswith("ال"))


# nouns whose first letter is ل, not the preposition ("أكدت لجنة الحكام أن": a subject, not whom it was told)
_LAM_NOUNS = frozenset("لجنة لجان لاعب لاعبة لاعبو لاعبون لاعبين لواء لبنان ليبيا لندن".split())


def _given_name(t: str) -> bool:
    gn = gazetteer().given_name(t)
    return gn is not None and not gn.ambiguous


# عن with a pronoun right after a speech verb: whom the words are about, never the speaker
_AN_PRONOUNS = frozenset("عنه عنها عنهم عنهما عنا عني عنك".split())


def _np_forward(s: _Sent, i: int, limit: int, max_words: int = 9, allow_lam: bool = False) -> tuple[int, int]:
    """Speaker noun phrase starting at token i → [i, j) (j == i when there is none)."""
    toks = s.toks
    if i < limit and toks[i] in _AN_PRONOUNS:  # "تقول عنا أننا": no subject at all
        hit = _strip_clitic(toks[i - 1], _VERB_FORMS) if i > 0 else None
        if hit is None or _VERB_FORMS[hit[0]][0] not in ("قال", "كتب"):
            return i, i  # "الحسابات التي أعلنت عنها الوزارة": what was announced, not a report
        i += 1  # "كتب عنه فلان": about whom, then the subject
    skipped = i > 0 and toks[i - 1] in _AN_PRONOUNS
    j = i
    nwords = 0
    if i < limit and toks[i] in ("ل", "لـ") and allow_lam:
        j += 1
    while j < limit:
        t = toks[j]
        if not t[0].isalnum():
            if t in _QUOTE_CHARS and s.inq[j] < 0:
                # a short quoted name inside the phrase: شبكة “فرات بوست”; or the whole name, when what
                # follows the marks is not content: قالت "بوينج": إن / وأكد "البلوي" أن
                p = _pair_opening_at(s, j)
                if p >= 0 and s.closes[p] < limit and s.words[s.closes[p]] - s.words[j] <= 4:
                    c = s.closes[p]
                    if j > i or skipped or (c + 1 < limit and (toks[c + 1] in ":؛،," or _is_particle(toks[c + 1]))):
                        j = c + 1
                        nwords += 1
                        continue
                    if allow_lam:  # a source's quoted name is the whole source ("وبحسب «رويترز» من المتوقع …",
                        j = c + 1  # "…، حسب «رويترز».")
                        break
                break
            if t == "(" and j > i and (toks[j - 1] in _ADDRESSEE or "ال" + toks[j - 1] in _ADDRESSEE):
                # "بحسب صحيفة (جارديان)", "قناة (العربية)": an outlet's name in brackets after its head noun
                c = j + 1
                while c < limit and c - j <= 4 and toks[c][0].isalnum():
                    c += 1
                if j + 1 < c < limit and toks[c] == ")":
                    j = c + 1
                    nwords += 1
                    continue
                break
            if t == "." and j > i and j + 1 < limit and is_initial(toks[j - 1]) and toks[j + 1][0].isalpha():
                j += 1  # "سارة إم. الخطيب": the full stop of an initial
                continue
            break
        if t in ("أول", "اول") and j + 1 < limit and toks[j + 1] == "من":
            break  # "قال أول من أمس": a time, not a speaker
        if j == i and t in _BI_DEMONSTRATIVES:
            break  # "وقال بهذا الخصوص «…»", "وقال بهذا الشأن:": a phrase of topic, the subject is the pronoun
        if j == i and t in _SPEAKING_TO and j + 1 < limit and (toks[j + 1][0] == "ل" or toks[j + 1] in ("إلى", "الى")):
            break  # "وقالت متحدثة لشبكة X «…»": speaking to an outlet (a circumstance), not "a spokeswoman"
        if t in _PREPS:
            if t == "من" and j > i and toks[j - 1] in _QUANT:
                j += 1
                continue
            if t == "في" and j > i and _number(toks[j - 1]) and j + 1 < limit and toks[j + 1] in _HUNDRED:
                j += 2  # "3 في المائة قالوا": a share of those asked, the speaker
                nwords += 2
                continue
            break
        if t in ("العام", "العامة") and j > i and _bare(toks[j - 1]) in _GENERAL_TITLES:
            nwords += 1  # "المدير العام", "الأمين العام": a title, not "the year"
            j += 1
            continue
        if t in _STOP or (_is_particle(t) and not _van(toks, i, j, limit)) or (
                t in _CUE_TOKENS and not (j > i and _bare(toks[j - 1]) in _INFO_NOUNS)):
            break  # a cue ends the phrase, not an adjective after an information noun ("مصادر مؤكدة")
        if t[0] == "ل" and not (j == i and allow_lam) and t not in _LAM_NOUNS and not (
                j == i and _given_name(t)):  # "قالت لبنى فلان": a name, not "told …"
            rest = "ال" + t[2:] if t.startswith("لل") else t[1:]
            if rest in _ADDRESSEE or (rest in _QUANT and j + 1 < limit and toks[j + 1] == "من") or rest in ("", "ـ") or (j == i and not (
                    j + 2 < limit and is_initial(toks[j + 1]) and toks[j + 2] == ".")):
                break  # "قال لوكالة …", "قال فلان لعدد من المقربين" (whom he told; not "رئيس لإحدى الشركات",
                # "مدير لمجموعة X"); not a name with an initial ("قالت لورين إم. كيلي")
        nwords += 1
        j += 1
        if nwords >= max_words:
            break
    return i, j


_HUNDRED = frozenset(("المائة", "المئة"))


def _number(t: str) -> bool:
    """A number token, with or without a و clitic ("و3")."""
    t = t[1:] if t[:1] == "و" else t
    return t[:1].isdigit()


def percent_subject(toks: list[str], first: int, end: int) -> bool:
    """Whether the phrase [first, end) before a verb is a share of people: "و3 في المائة فقط قالوا"."""
    return first + 2 < end and _number(toks[first]) and toks[first + 1] == "في" and toks[first + 2] in _HUNDRED


# ب with a demonstrative and its noun opens a phrase of topic, never a subject (بهذا الخصوص، بهذا الشأن;
# not "صرح بذلك فلان", where the subject follows)
_BI_DEMONSTRATIVES = frozenset("بهذا بهذه".split())
# indefinite heads of a one-word role before a preposition ("قال أستاذ بجامعة X فلان")
_ROLE_NOUNS = frozenset(
    "أستاذ استاذ أستاذة عضو عضوة نائبة باحث باحثة محلل محللة مستشار مستشارة سفير سفيرة ممثل ممثلة "
    "مندوب مندوبة قائد مدير مديرة أمين محافظ عميد مسؤولة ناطق ناطقة رئيسة قاض قاضي طبيبة خبيرة".split()
)
_GO_ON = frozenset("مضى ومضى مضت ومضت عاد وعاد عادت وعادت راح وراح أخذ وأخذ".split())
# heads of a post held by one person (bare, without ال): such a speaker is its holder when named nearby
_HOLDER_ROLES = frozenset(
    "كبير رئيس رئيسة مدير مديرة وزير وزيرة متحدث متحدثة ناطق ناطقة أمين نائب سفير سفيرة مستشار "
    "قائد محافظ أمير عميد مفوض منسق مندوب ممثل وكيل مدرب".split()
)
_HOLDER_WINDOW = 1500  # characters around a role speaker searched for the sentence naming its holder
_PRONOUNS = frozenset(("هو", "هي", "هم"))
_HONORIFICS = frozenset("سموه سموها معاليه معاليها فضيلته سعادته سعادتها دولته فخامته".split())
_GENERAL_TITLES = frozenset("مدير أمين نائب مدعي مراقب مفتش منسق قائد مفوض مشرف رئيس".split())
_KANA = frozenset("كان كانت وكان وكانت فكان فكانت كانوا وكانوا".split())
_CONJ = frozenset("لكن ولكن حين بينما فيما وفيما إذ كما وكما".split())
_AMMA = frozenset(("أما", "اما", "وأما", "واما"))


def _sv_subject(s: _Sent, cue: int, clitic: int, ents: _Entities) -> tuple[int, int] | None:
    """Subject before the verb: ``وكان X قد أشار``, ``لكن X، أكدت``, ``مصادر رسمية صرحت``."""
    toks = s.toks
    # "أما ألمانيا …، فتؤكد": the topic of أما is the subject of the ف-verb
    # ("أما فلان فقد أكد أن": ف on قد)
    fa = cue - 1 if cue > 0 and toks[cue - 1] in ("فقد", "فإنه", "فانه") else cue
    if (clitic and toks[cue][0] == "ف") or fa < cue:
        lead = 0
        while lead < fa and toks[lead] in ("،", ","):
            lead += 1
        if lead < fa and toks[lead] in _AMMA:
            a, b = _np_forward(s, lead + 1, fa, max_words=6)
            return (a, b) if b > a else None
    if clitic and toks[cue][0] in "فو" and cue > 0 and toks[cue - 1] in ("،", ","):
        return None  # "…، فأكد أن", "مهما كانت الظروف، وأكد أن": the subject is the one of the clause
        # before, not a phrase in it
    j = cue - 1
    while j >= 0 and toks[j] in ("قد", "،", ","):
        j -= 1
    if j >= 1 and toks[j] in ("أن", "ان", "وأن", "وان") and toks[j - 1] in ("سبق", "وسبق"):
        j -= 2  # "البعض منهم سبق وأن قال": the subject is before "سبق"
    end = j + 1
    k = j
    boundary = "start"
    while k >= 0:
        t = toks[k]
        if t in ("،", ",", ":", "؛", ";", ")", "("):
            boundary = "comma"
            break
        if t in _KANA:
            boundary = "kana"
            break
        if t in _CONJ or t in _AMMA:
            boundary = "conj"
            break
        if _is_particle(t) and (not t.startswith("ف") or t in ("فإن", "فان")):  # "فإن الباحثين أكدوا أن"
            # "… أن المديرية العامة أعلنت أنه": the subject of a nested report, when the verb reports
            # a clause ("غير أن خبراء يحذرون من استمرار …" is an opinion, not a report)
            nxt = toks[cue + 1] if cue + 1 < len(toks) else ""
            p = _pair_opening_at(s, cue + 1)
            quoted = p >= 0 and s.words[s.closes[p]] - s.words[cue + 1] >= 4  # not "أضافت "156" رحلة"
            # a past verb right after a short subject reports too ("أن الوزيرة شددت على …")
            form = toks[cue][clitic:]
            prep = _VERB_FORMS[form][1] if form in _VERB_FORMS else None
            past = (
                not _is_present(form) and prep is not None and nxt == prep and s.words[cue] - s.words[k + 1] <= 3
            )  # not "أن الشركة أضافت 156 رحلة": the verb's own preposition follows
            colon = ":" in toks[cue + 1 : cue + 5] and not _is_present(form)  # "أن فلان قال في خطابه: …"
            # the verb's own preposition and a complementizer: "غير أن الاختصاصيين يشيرون إلى أن …"
            prep_that = _is_present(form) and prep is not None and nxt == prep and cue + 2 < len(toks) \
                and _is_particle(toks[cue + 2]) and s.words[cue] - s.words[k + 1] <= 3 \
                and _speaking_head(toks[k + 1], ents.overlapping_orig(s.st[k + 1], s.en[k + 1]) is not None)
            if not (nxt == ":" or quoted or _is_particle(nxt) or past or colon or prep_that):
                return None
            boundary = "particle"
            break
        if s.inq[k] >= 0 or t in _QUOTE_CHARS:
            return None
        k -= 1
    first = k + 1
    if first + 1 < end and toks[first] in ("هناك", "هنالك") and study_head(toks[first + 1 : end]):
        first += 1  # "إلا أن هناك دراسة سابقة أوضحت أن": the study
    if first >= end or end - first > 10:
        return None
    head = toks[first]
    if boundary in ("conj", "kana") and (_bare(head) in _NOT_SUBJECTS or head.startswith(("بال", "لل"))):
        return None  # "لكن سرعان ما ظهرت قطع تؤكد", "كانت هناك تفاصيل تؤكد": no subject, an evidence
    if boundary in ("start", "comma", "particle"):
        head_bare = head[1:] if head[0] == "و" and len(head) > 3 else head
        known = (
            head_bare.startswith("ال")
            or head_bare in _SPEAKER_NOUNS
            or head_bare in _QUANT  # "أحد الأطباء", "بعض المسؤولين"
            or study_head([head_bare])  # "أن أبحاثا سابقة أشارت إلى أن"
            or head_bare in _HONORIFIC_HEADS  # "أن سمو أمير المنطقة قال في خطابه: …"
            or ents.overlapping_orig(s.st[first], s.en[first]) is not None  # the head itself, not a
            # name further on in a clause ("… عاشت أسوأ أيامها إبان خطبتها من فلان، أكدت")
            or (plural_verb(toks[cue][clitic:]) and people_plural(head_bare, toks[first + 1] if first + 1 < end else ""))
            or percent_subject(toks, first, end)  # "و3 في المائة فقط قالوا: إنهم …": a share of those asked
            # "فإن مصممي البرنامج …، أكدوا أن": a plural verb after a sound plural of persons (quotes_plurals)
        )
        if not known or (head[0] == "و" and not head.startswith("وال") and head_bare not in _SPEAKER_NOUNS
                         and not _number(head)):
            return None  # "وتواصل …": most likely a verb
        if head_bare.startswith("ال") and boundary == "comma":
            return None  # "…، القوات تقول": too loose
    a, b = _np_forward(s, first, end)
    if b == a:
        return None
    if clitic and toks[cue][0] == "و" and b - a >= 3 and toks[a].startswith("ال") and s.inq[a] < 0 \
            and ents.overlapping_orig(s.st[a], s.en[a]) is None:
        # "لكن الموظف رفض ذلك وقال إن": وقال joins a verb after the subject, which ends at the first
        # word without the article (the verb), not at the cue
        e = a + 1
        while e < b and toks[e].startswith("ال"):
            e += 1
        if e < b and e < end and toks[e][0].isalpha() and not toks[e].startswith(("و", "ف", "ب", "ل")) \
                and not _is_particle(toks[e]):
            b = e
    return a, b


def _speaking_head(head: str, entity: bool) -> bool:
    """Whether a subject's head can speak: a named entity, a speaker noun ("المسؤولين" in _SPEAKER_NOUNS), a
    study ("الدراسات"), a quantifier ("بعض"), or a sound masculine plural, which names people
    ("الاختصاصيين"، "المحللون"; not "الواقع يشير إلى أن", "الأزمات تشير إلى أن": things that indicate)."""
    bare = head[2:] if head.startswith("ال") and len(head) > 3 else head
    return entity or bare in _SPEAKER_NOUNS or bare in _QUANT or study_head([head]) or (
        len(bare) >= 5 and bare.endswith(("ين", "ون")))


# words that open no subject after لكن/كان: adverbs and the existential "there is"
_NOT_SUBJECTS = frozenset("سرعان هناك هنالك ربما دائما أيضا ايضا عادة غالبا أحيانا احيانا فعلا حقا".split())

_HONORIFIC_HEADS = frozenset("سمو معالي فضيلة سعادة فخامة".split())

_RELATIVE = frozenset("الذين اللواتي اللاتي".split())  # people only: not "الأمر الذي يشير إلى"


def _antecedent(s: _Sent, rel: int) -> tuple[int, int] | None:
    """The noun right before the relative pronoun at ``rel``, definite or a speaker noun, with a
    quantifier before it ("بعض النواب الذين", "المسؤولين الذين"), or None."""
    toks = s.toks
    a = rel - 1
    t = toks[a]
    if s.inq[a] >= 0 or not t[0].isalnum() or not (t.startswith(("ال", "وال")) or _bare(t) in _SPEAKER_NOUNS):
        return None
    if a > 0 and _bare(toks[a - 1]) in _QUANT:
        a -= 1
    return a, rel


def _names_follow(s: _Sent, j: int, n: int) -> bool:
    """Whether token j (right after a quotation) shows the quotation was a name, not content: a
    complementizer or a colon follows (""خالد بن حماد البلوي"؛ أن …")."""
    while j < n and s.toks[j] in ("؛", "،", ","):
        j += 1
    return j < n and (s.toks[j] == ":" or _is_particle(s.toks[j]))


def _is_present(form: str) -> bool:
    return form[0] in "يت" and form not in ("تابع", "تابعت")


# titles and honorifics written before a name ("عقيد جمعان بن دايس", "الدكتور خالد …")
_TITLES = frozenset(
    "الدكتور الدكتورة د المهندس المهندسة م الأستاذ الأستاذة الاستاذ الشيخ الشيخة الأمير الأميرة الامير "
    "العقيد عقيد اللواء لواء العميد عميد الفريق المقدم مقدم الرائد النقيب نقيب الملازم المستشار "
    "السفير القاضي الإمام الامام السيد السيدة الحاج معالي سمو فضيلة سعادة".split()
)
# words after which a name is someone other than the speaker (bare forms, without ال)
_RELATIONAL = frozenset(
    "مستشار مستشارة نجل ابن ابنة زوجة زوج شقيق شقيقة والد والدة محامي محامية مكتب مقرب مقربة مقربون "
    "مقربين أوساط مصادر مصدر حملة عائلة أسرة أنصار مؤيدو مؤيدي باسم عن مساعدو".split()
)


def _name_tail(toks: list[str], a: int, b: int) -> int:
    """First token of a name at the end of the speaker phrase [a, b) when no entity marks it: the
    word before "بن/بنت" ("… محمد بن عبدالله الجعيثن"), else the words after the last title
    ("… عقيد جمعان الغامدي"); a when there is none (a title-less phrase is kept whole)."""
    for k in range(a + 1, b - 1):
        if toks[k] in ("بن", "بنت") and toks[k - 1][0].isalnum() and not toks[k - 1].startswith("ال"):
            return k - 1 if k - 1 > a else a
    for k in range(b - 2, a - 1, -1):
        if toks[k] in _TITLES:
            first = toks[k + 1]
            if 1 <= b - k - 1 <= 4 and first[0].isalnum() and not first.startswith(("ال", "لل")):
                return k + 1
            break
    return a


# the paper reached someone, who then speaks without a subject of his own ("تواصلت «الصحيفة» مع رئيس
# اللجنة فلان …، فأكد أن", "وفي اتصال هاتفي مع فلان، أوضح أن"): the one reached is the speaker
_CONTACT = frozenset(
    "تواصلت تواصل اتصلت اتصل التقت التقى حاورت حاور سألت سأل اتصال اتصالا حديث لقاء حوار".split()
)


_WHO = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())

_OBJECT_PREPS = frozenset("على في من إلى الى عن تجاه حيال".split())


def _possessed_object(s: _Sent, a: int) -> bool:
    """Whether the word right after a speech verb is its object, a noun with a possessive pronoun
    before a preposition ("أكد حرصه على الحضور", "أكدت دعمها للقرار"): the verb's subject is the
    pronoun's referent, not that noun. Kin, roles and spokesmen keep speaking ("وقال نجله لـ…")."""
    toks = s.toks
    t = toks[a]
    if a + 1 >= len(toks) or len(t) < 4 or t.startswith(("ال", "و")) or not t.endswith(("ه", "ها", "هم")):
        return False
    stem = t[:-2] if t.endswith(("ها", "هم")) else t[:-1]
    if stem.endswith("ت"):
        stem = stem[:-1] + "ة"  # "سعادته" → "سعادة"
    if stem in _RELATIONAL or stem in _ROLE_NOUNS or stem in _HOLDER_ROLES or stem in _SPEAKER_NOUNS \
            or stem.rstrip("ة") in _HOLDER_ROLES:
        return False
    nxt = toks[a + 1]
    return nxt in _OBJECT_PREPS or nxt.startswith(("لل", "بال", "لـ", "بـ"))  # not a name ("كزافييه برتران")


def _interlocutor(s: _Sent, cue: int, joined: bool) -> tuple[int, int] | None:
    """Tokens of whom the paper contacted (the noun phrase after مع) in the words before ``cue``, when
    no other speech verb stands between and the verb continues that clause (``joined``: "فأكد"، "وقال"),
    or the phrase ends right before it ("في اتصال مع فلان، أوضح"); None when the sentence has no such
    contact (not "أجريت لقاء مع أخي …، كل من شاهده قال إن": the verb has a subject of its own)."""
    toks = s.toks
    for j in range(cue - 1, -1, -1):
        t = toks[j]
        if t in _CUE_TOKENS:
            return None  # an attribution between: the contact is not what the verb continues
        if t != "مع" or s.inq[j] >= 0:
            continue
        k = j - 1
        while k >= 0 and k >= j - 4 and not (toks[k] in _CONTACT or (toks[k][0] in "وف" and toks[k][1:] in _CONTACT)):
            k -= 1
        if k < 0 or k < j - 4 or (k > 0 and toks[k - 1] in _WHO):
            return None  # (the contact verb, then at most its subject and an adjective before مع; not "الذي
            #           حاور أوباما حول اتفاقه مع إيران، قال": whom a relative clause's verb reached)
        a, b = _np_forward(s, j + 1, cue, max_words=12)
        if b == a or s.words[cue] - s.words[j] > 25:
            return None
        if not joined and any(t[0].isalnum() for t in toks[b:cue]):
            return None
        return a, b
    return None


# --- entities ----------------------------------------------------------------------------------


class _Entities:
    def __init__(self, text: str, entities: Sequence[EntityMention]) -> None:
        ok: list[EntityMention] = []
        n = len(text)
        for e in entities:
            try:
                if 0 <= e.start < e.end <= n and e.type in ("PERSON", "ORG", "LOC", "MISC"):
                    ok.append(e)
            except (AttributeError, TypeError):
                continue
        ok.sort(key=lambda e: (e.start, -e.end))
        self.items = ok
        self.starts = [e.start for e in ok]
        # PERSON name endings (last word, last two words) → indices in items (built on first use)
        self.endings: dict[str, list[int]] | None = None

    def overlapping_orig(self, start: int, end: int) -> EntityMention | None:
        """Best entity overlapping [start, end): PERSON first, then ORG, then the longest."""
        best: EntityMention | None = None
        best_key = (-1, -1)
        hi = bisect_left(self.starts, end)
        for e in self.items[max(0, hi - 40) : hi]:
            if e.end > start and e.start < end:
                rank = {"PERSON": 3, "ORG": 2, "MISC": 1}.get(e.type, 0)
                key = (rank, e.end - e.start)
                if key > best_key:
                    best, best_key = e, key
        return best

    def persons_inside(self, start: int, end: int) -> list[EntityMention]:
        return self.inside(start, end, "PERSON")

    def person_starts_at(self, offset: int) -> bool:
        """Whether a PERSON mention begins exactly at the original offset ``offset``."""
        k = bisect_left(self.starts, offset)
        while k < len(self.items) and self.items[k].start == offset:
            if self.items[k].type == "PERSON":
                return True
            k += 1
        return False

    def inside(self, start: int, end: int, typ: str) -> list[EntityMention]:
        """The entities of type ``typ`` within [start, end)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [e for e in self.items[lo:hi] if e.type == typ and e.end <= end]

    def last_before(self, pos: int, count: int) -> list[EntityMention]:
        """The last ``count`` entities that start before ``pos`` (a slice of that length, not a copy
        of every earlier entity: called per mention, a copy made long articles quadratic)."""
        hi = bisect_left(self.starts, pos)
        return self.items[max(0, hi - count) : hi]

    def last_person_ending_with(self, words: str, pos: int) -> EntityMention | None:
        """The last PERSON starting before ``pos`` whose name (without diacritics) ends with the
        space-separated ``words`` (one or two of them), found in an index of name endings built once
        instead of by walking back over every earlier entity."""
        index = self.endings
        if index is None:
            index = self.endings = {}
            for i, e in enumerate(self.items):
                if e.type != "PERSON":
                    continue
                name = DIACRITICS_RE.sub("", e.text).split()
                for k in (1, 2):
                    if len(name) >= k:
                        index.setdefault(" ".join(name[-k:]), []).append(i)
        found = index.get(words)
        if not found:
            return None
        j = bisect_left(found, bisect_left(self.starts, pos)) - 1
        return self.items[found[j]] if j >= 0 else None


def _masdar_subject(s: _Sent, i: int, named: Callable[[int], bool]) -> tuple[int, int] | None:
    """Tokens of the subject standing right before a verbal noun cue at i ("جدد رئيس الوزراء فلان
    تأكيده على أن", "دفع السؤال وزير الخارجية إلى التأكيد بأن"): back from the noun (or its إلى) over a
    noun phrase — definite words, titles, speaker nouns, names, and an indefinite head before a definite
    word ("وزير الخارجية") — up to the verb before it. None when the word before is no noun phrase's end
    (a pronoun subject: "وجدد تأكيده", "ويذهب إلى القول") or the noun follows a preposition ("بتأكيدها").
    ``named(j)``: whether an entity mention overlaps token j."""
    toks = s.toks
    if toks[i].startswith("ب"):
        return None
    b = i - 1 if i > 0 and toks[i - 1] in ("إلى", "الى") else i

    def nominal(j: int) -> bool:
        t = toks[j]
        return t.startswith("ال") or t in _TITLES or _bare(t) in _SPEAKER_NOUNS or _bare(t) in _ROLE_NOUNS or named(j)

    a = b
    while a > 0 and b - a < 8:
        j = a - 1
        t = toks[j]
        if not t[0].isalnum() or t in _PREPS or t in _STOP or _is_particle(t) or s.inq[j] >= 0:
            break
        if nominal(j) or (a < b and toks[a].startswith("ال") and not t.startswith("ال") and j > 0 and toks[j - 1][0].isalnum()):
            a = j  # a noun phrase's word, or the indefinite head of a construct ("وزير الخارجية")
            continue
        break
    if a == b or a == 0:
        return None  # nothing nominal, or no verb before it (the verbal noun is the sentence's subject)
    return a, b
