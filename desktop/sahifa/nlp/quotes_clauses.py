"""Clause helpers of the quote extractor (split out of :mod:`quotes_extract`, which stays under the module size
limit): manner and circumstance words, relative clauses and studies before أن, pleas that end a reported
clause, a name in brackets after a body, where a new clause starts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .quotes_lexicon import (
    _NOT_COMPLEMENT,
    _OPENERS,
    _SENT_PUNCT,
    study_head,
)
from .quotes_npreport import NP_PREPS, noun_phrase_report
from .quotes_tokens import (
    _CLAUSE_WORDS,
    _bare,
    _is_particle,
    _Sent,
)

# words after a subject-less speech verb that open a circumstance before what was said
# (ب with a demonstrative: "وقال بهذا الخصوص «…»", a phrase of topic before what was said)
_CIRCUMSTANCE = frozenset("في خلال عبر أمام لدى عقب إثر اثر أثناء اثناء ضمن على بهذا بهذه".split())



def _is_manner(t: str) -> bool:
    """A participle of manner after the verb ("وأضاف قائلا", "وقال متسائلا", "وتابع ضاحكا")."""
    return (len(t) > 4 and t[0] == "م" and t[-1] == "ا") or t in ("قائلا", "قائلة")


_CHUNK_SPLIT = re.compile(r"[\s:«»\"“”.،؛]+")  # also "العلا.وأوضح": a full stop glued to the next cue
_COLON_QUOTE = re.compile(r':\s*[«“"]')
# verbs of saying proper (not of opinion: يرى، يعتبر): present and subject-less, still someone speaking
# when a colon, إن or a quotation follows ("ويقول: «…»")
_BEFORE_PRESENT = frozenset("قد لا ما لم لن هو هي هم وهو وهي وهم فهو فهي فهم كان كانت كانوا وكان وكانت ظل ظلت".split())
_SAYING_VERBS = frozenset("قال أضاف تابع أوضح أكد أشار لفت شدد استطرد أردف".split())
_KAMA = frozenset(("كما", "وكما"))
_QA_VERBS = frozenset({"أجاب", "سأل", "تساءل"})
_MARKERS = frozenset(": إن بأن إنه إنها بأنه بأنها".split())
# verbs of saying whose object "ذلك" points back at the sentence before ("أوضح ذلك مدير …")
_RETRO_VERBS = frozenset("قال أوضح أكد ذكر أعلن كشف صرح بين أفاد أبان".split())
# verbs that are mostly not speech ("وأكمل دورة المياه", "وزاد عدد …"): no clause boundary of their own
_NOT_ONLY_SPEECH = frozenset("زاد اختتم ختم أكمل استكمل".split())
_SAID_IT = frozenset("قاله قالته قالوه".split())
_WHEN_WORDS = frozenset("اليوم أمس امس الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت".split())
# "من المتوقع أن", "من المقرر أن": an impersonal expectation, not the complement of a speech verb
_IMPERSONAL = frozenset("المتوقع المقرر المنتظر المرجح المعروف الواضح المفترض الملاحظ".split())


_ABOVE = frozenset("آنفا انفا سلفا أعلاه اعلاه".split())
_WHEN_CLAUSE = frozenset("عندما حين حينما بعد قبل بعدما".split())  # "وقال عندما بدأ المحامي الحديث: «…»"


def _after_relative(s: _Sent, after: int, nxt: int) -> int | None:
    """Content start past a relative clause describing the speaker ("التقرير الذي صدر عن … أن"): the first
    أن/إن outside quotations (not "بعد أن", "من المتوقع أن") before the next cue, in the same sentence."""
    toks = s.toks
    for j in range(after + 2, min(nxt, after + 40)):
        t = toks[j]
        if t in _SENT_PUNCT and t not in "؛;":
            return None
        if s.inq[j] >= 0:
            continue
        if _is_particle(t) and not t.startswith(("ف", "ل")) and toks[j - 1] not in _NOT_COMPLEMENT \
                and toks[j - 1] not in _IMPERSONAL:
            return j + 1
    return None


def _study_before(s: _Sent, rel: int) -> tuple[int, int] | None:
    """A study named in the ten words before a relative pronoun at ``rel`` (its antecedent: "دراسة سابقة
    تم إجراؤها على الفئران والتي أشارت"): its head and up to two adjectives; None when there is none."""
    toks = s.toks
    x = rel - 1
    while x >= 0 and s.words[rel] - s.words[x] <= 10 and toks[x][0].isalnum():
        if study_head([toks[x]]) and s.inq[x] < 0:
            b = x + 1
            while b < rel and b - x <= 2 and toks[b][0].isalpha() and not toks[b].startswith("ال") \
                    and toks[b].endswith("ة") and not study_head([toks[b]]):
                b += 1  # "دراسة سابقة", "دراسة طبية": indefinite adjectives
            return x, b
        x -= 1
    return None


def _opens_sentence(s: _Sent, i: int) -> bool:
    """Whether only punctuation comes before token i (its clitic و/ف aside)."""
    return all(not t[0].isalnum() for t in s.toks[:i])


def _marked(s: _Sent, a: int, k: int) -> bool:
    """Whether what was said (token k on) is opened by a colon, إن/بأن or a quotation mark."""
    return any(t in _MARKERS for t in s.toks[a:k]) or (k < len(s.toks) and (s.toks[k] in _OPENERS or s.toks[k] == '"'))


def _glued_stop(s: _Sent, k: int, end: int) -> int:
    """End of a reported clause at a full stop glued to the next sentence ("في الشهر.وسيرتدي …": the
    splitter saw no break), outside quotations; not a decimal point (3.5) nor an abbreviation (د.)."""
    toks = s.toks
    for x in range(k + 1, end - 1):
        if toks[x] == "." and s.inq[x] < 0 and toks[x + 1][0].isalpha() and s.st[x + 1] == s.en[x] \
                and len(toks[x - 1]) > 2 and len(toks[x + 1]) > 2 and not toks[x - 1].isdigit() \
                and s.words[x] - s.words[k] >= 3:
            return x
    return end


# participles of a prayer or a wish after a comma: the writer's report of a plea, not the reported words
_PLEA = frozenset("سائلا سائلاً سائلة داعيا داعياً داعية متمنيا متمنياً متمنية".split())
# its accusative masculine forms end a clause even with no comma before ("… في الواحة داعيا الأطفال إلى …": the
# writer left it out); not داعية (also a noun, a preacher)
_PLEA_BARE = frozenset("سائلا سائلاً داعيا داعياً متمنيا متمنياً".split())


def _plea_stop(s: _Sent, k: int, end: int, cue_at: Sequence[int]) -> int:
    """End of a reported clause at "، سائلا الله …" / "، داعيا" / "، متمنيا" outside quotations (a plea
    taken as a cue of its own, or one followed by a quotation, "داعيا إلى «…»", is left as it was)."""
    for x in range(k + 2, end):
        if s.toks[x] in _PLEA and (s.toks[x - 1] in ("،", ",") or (
                s.toks[x] in _PLEA_BARE and s.toks[x - 1][0].isalnum() and s.words[x] - s.words[k] >= 4)) \
                and s.inq[x] < 0 and x not in cue_at:
            if any(s.inq[y] >= 0 or s.toks[y] in _OPENERS for y in range(x + 1, end)):
                return end  # "داعيا إلى «…»": the quoted words after the plea are the speaker's own
            return x - 1 if s.toks[x - 1] in ("،", ",") else x
    return end


# adverbs of the participle's shape (م…ا): when, how often, at what cost; not the speaker's doing
_PARTICIPLE_ADVERBS = frozenset("مؤخرا مجددا مسبقا مبكرا مطلقا مجانا مستقبلا مرارا مسبقا ممكنا مثلا مستمرا".split())


def _aside_stop(s: _Sent, k: int, end: int) -> int:
    """End of a reported clause at the writer's aside "، والأغرب أن …" / "، والأهم أن …": after a comma, a
    definite elative (الأفعل, with or without و) followed by أن, outside quotations."""
    toks = s.toks
    for x in range(k + 3, end - 1):
        t = toks[x][1:] if toks[x].startswith("وال") else toks[x]
        if len(t) == 6 and t.startswith(("الأ", "الا")) and toks[x - 1] in ("،", ",") and s.inq[x] < 0 \
                and toks[x + 1] in ("أن", "ان", "أنه", "أنها"):
            return x - 1
    return end


def _participle_stop(s: _Sent, k: int, end: int, cue_at: Sequence[int]) -> int:
    """End of a reported clause at a circumstantial participle of the speaker after a comma or a
    semicolon, outside quotations ("أكد أن الطريق سيفتح غدا، مطالبا بـ …", "…؛ مناشدا الجهات …"): the
    speaker's own doing (a حال of the subject, مُفعِلا / مُفاعِلا / مُتفعِّلا / مُستفعِلا), not a part of what
    was said. The participle must have a word after it ("…، مالطا، وإسبانيا" is a list) and the clause three
    words before it; a participle taken as a cue of its own is left to the cue."""
    toks = s.toks
    end = _aside_stop(s, k, end)
    for x in range(k + 1, end - 1):
        t = toks[x]
        if len(t) < 5 or t[0] != "م" or t[-1] != "ا" or toks[x - 1] not in ("،", ",", "؛") or s.inq[x] >= 0:
            continue
        if t.endswith(("ها", "نا", "هما", "اا")) or t in _PARTICIPLE_ADVERBS or (x in cue_at and not (
                x + 2 < len(toks) and toks[x + 1] in NP_PREPS and noun_phrase_report(toks, x + 2))):
            continue  # (a cue before a preposition and a noun phrase reports nothing: quotes_npreport)
        if not toks[x + 1][0].isalnum() or s.words[x] - s.words[k] < 3:
            continue
        return x - 1
    return end


_IYYA = frozenset("إياه إياها إياهم إياهما اياه اياها اياهم".split())  # the object of وصف before بـ«…»
# one-word heads of an organisation's kind that a name in brackets may follow ("قالت جماعة (X) للدفاع عن …")
_BRACKETED_HEADS = frozenset("جماعة منظمة صحيفة وكالة شبكة موقع حركة جمعية قناة مجلة شركة حزب مؤسسة هيئة مجموعة".split())


def _bracketed_name(s: _Sent, a: int, b: int, limit: int) -> int:
    """End of a speaker phrase [a, b) that is one head noun of an organisation's kind followed by its name
    in brackets ("جماعة (المساواة الآن)", "صحيفة (الغارديان)": up to five words): the index after the
    closing bracket; else b."""
    toks = s.toks
    n = min(limit, len(toks))
    if b - a != 1 or _bare(toks[a]) not in _BRACKETED_HEADS or b >= n or toks[b] != "(":
        return b
    for x in range(b + 1, min(n, b + 7)):
        if toks[x] == ")":
            return x + 1 if x > b + 1 else b
        if not toks[x][0].isalpha() or s.inq[x] >= 0:
            return b  # "(67 عاما)": an age or a date, not a name
    return b


def _new_clause(s: _Sent, i: int, j: int) -> bool:
    """Whether a conjunction opens another clause between tokens i and j ("أعلن X …، فيما دعا Y إلى «…»")."""
    return any(t in _CLAUSE_WORDS or t == "و" for t in s.toks[i:j])


# complementizers a writer may set off from a long speaker phrase with a semicolon ("أوضح X المشرف …؛ أنه")
_SEMI_THAT = frozenset("أن أنه أنها أنهم بأن بأنه بأنها إن إنه إنها".split())
