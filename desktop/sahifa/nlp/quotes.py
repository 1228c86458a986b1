"""Who said what: attributed direct and reported speech in Arabic news text.

Rule based, pure Python, no Qt and no NLP library (a CAMeL parse costs ~100x more and adds nothing
for the closed vocabulary of attribution in news Arabic). Works on the cleaned ``Article.text`` and its
sentences; every span is a character offset into that text.

Pipeline, per sentence that contains a speech cue or a quotation mark:

1. The text is compared without diacritics and tatweel (``أكّد`` = ``أكد``, ``مضيفًا`` = ``مضيفا``); an
   offset map brings every span back to the original text, so ``text[q.start:q.end] == q.quote``.
2. Tokens are words and single punctuation marks; quotation marks are paired (“…”, «…», "…") and
   cues inside a quotation are ignored.
3. Each cue is one of
   * a speech verb (قال، أكد، أوضح، أشار إلى، حذر من، أعلن، كتب، ذكر، أفاد، كشف، اعتبر، رأى …, past and
     present, masculine/feminine/plural, with a و/ف clitic): the speaker is the noun phrase after it
     (verb–subject) or before it (``وكان X قد أشار``، ``لكن X، أكدت``، ``مصادر رسمية صرحت``), and the
     content starts after إن/أن/بأن, a colon, the verb's preposition, or an opening quotation mark;
   * a continuation (مضيفًا، مشيرًا إلى، موضحًا، مؤكدًا، معتبرًا، وأضاف، وتابع … without a subject): the
     speaker is the one of the sentence or the last speaker of the article;
   * a source attribution (وفقًا لـ، وفق، حسب، بحسب، حسبما أفاد، نقلًا عن، نقلت عن): the content is the
     main clause of the sentence;
   * a nominal cue (تصريح/إعلان X بأن …).
4. Quoted spans of 4+ words (or introduced by the cue itself) become direct quotes; shorter quoted
   words without a cue are scare quotes and ignored. A reported clause whose content opens with a
   direct quote yields the direct quote only (one Quote per content).
5. Speakers are linked to entities: the entity overlapping the speaker span, else the entity that
   the speaker's head noun refers back to (``المرصد`` → ``المرصد السوري لحقوق الإنسان``,
   ``الصحيفة`` → the last newspaper), else None. A PERSON entity inside a long appositive speaker
   trims it to the name (``دان كوتس مدير الاستخبارات …`` → ``دان كوتس``).

The function never raises: malformed input yields fewer quotes, not an exception.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from operator import add

from sahifa.core.model import EntityMention, Quote, Sentence

from .normalize import remember

__all__ = ["extract_quotes", "extract_quotes_until"]

log = logging.getLogger(__name__)

# --- lexicon (diacritic-free forms) ------------------------------------------------------------

# lemma → (surface forms, preposition that may introduce a non-clausal complement)
_VERBS: dict[str, tuple[str, str | None]] = {
    "قال": ("قال قالت قالوا قالا قلن يقول تقول يقولون", None),
    "أضاف": ("أضاف أضافت أضافوا أضافا يضيف تضيف يضيفون", None),
    "أكد": ("أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون اكد اكدت", "على"),
    "أوضح": ("أوضح أوضحت أوضحوا يوضح توضح يوضحون اوضح اوضحت", None),
    "أشار": ("أشار أشارت أشاروا يشير تشير يشيرون اشار اشارت", "إلى"),
    "لفت": ("لفت لفتت يلفت تلفت", "إلى"),
    "نوه": ("نوه نوهت ينوه تنوه", "إلى"),
    "صرح": ("صرح صرحت صرحوا يصرح تصرح", None),
    "كتب": ("كتب كتبت كتبوا يكتب تكتب", None),
    "أفاد": ("أفاد أفادت أفادوا يفيد تفيد افاد افادت", None),
    "ذكر": ("ذكر ذكرت ذكروا يذكر تذكر", None),
    "حذر": ("حذر حذرت حذروا يحذر تحذر يحذرون", "من"),
    "أعلن": ("أعلن أعلنت أعلنوا يعلن تعلن اعلن اعلنت", None),
    "كشف": ("كشف كشفت كشفوا يكشف تكشف", None),
    "تابع": ("تابع تابعت", None),
    "اعتبر": ("اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون", None),
    "رأى": ("رأى رأت رأوا يرى ترى يرون", None),
    "شدد": ("شدد شددت شددوا يشدد تشدد", "على"),
    "نفى": ("نفى نفت نفوا ينفي تنفي", None),
    "رجح": ("رجح رجحت رجحوا يرجح ترجح", None),
    "زعم": ("زعم زعمت زعموا يزعم تزعم", None),
    "ادعى": ("ادعى ادعت ادعوا يدعي تدعي", None),
    "أردف": ("أردف أردفت", None),
    "وصف": ("وصف وصفت", None),
    "أعرب": ("أعرب أعربت", "عن"),
    "علق": ("علق علقت علقوا يعلق تعلق", None),
    "أبان": ("أبان أبانت ابان ابانت", None),
    "بين": ("بين بينت بينوا يبين تبين", None),  # "بيّن": only with a clitic and a subject (see _verb)
    "أورد": ("أورد أوردت اورد اوردت يورد تورد", None),
    "أبلغ": ("أبلغ أبلغت أبلغوا ابلغ ابلغت", None),
    "تحدث": ("تحدث تحدثت تحدثوا يتحدث تتحدث", "عن"),  # "تحدث عن «…»": a quotation only
    "رد": ("رد ردت ردوا", "على"),
    "روى": ("روى روت يروي تروي", None),
    "استطرد": ("استطرد استطردت", None),
    "استدرك": ("استدرك استدركت", None),
}
# verbs whose complement after their preposition counts only as a quotation ("تحدث عن «…»", not
# "تحدث عن الوضع"), and verbs that are also common nouns or prepositions ("بين" between, "رد" a reply)
_PREP_QUOTE_ONLY = frozenset({"تحدث", "رد"})
_AMBIGUOUS_VERBS = frozenset({"بين", "رد"})
# Verbs that often mean something else ("تابع" follow, "ذكر" male) only count without a subject

# participle → (lemma, preposition)
_PARTICIPLES: dict[str, tuple[str, str | None]] = {}
for _stem, _lemma, _prep in (
    ("مضيف", "أضاف", None),
    ("مشير", "أشار", "إلى"),
    ("موضح", "أوضح", None),
    ("مؤكد", "أكد", "على"),
    ("معتبر", "اعتبر", None),
    ("لافت", "لفت", "إلى"),
    ("مبين", "بين", None),
    ("منوه", "نوه", "إلى"),
    ("محذر", "حذر", "من"),
    ("مشدد", "شدد", "على"),
    ("قائل", "قال", None),
    ("متابع", "تابع", None),
    ("مستدرك", "استدرك", None),
):
    for _suffix in ("ا", "ة", "ين", "ان", "تين"):
        _PARTICIPLES[_stem + _suffix] = (_lemma, _prep)

_VERB_FORMS: dict[str, tuple[str, str | None]] = {}
for _lemma, (_forms, _prep) in _VERBS.items():
    for _f in _forms.split():
        _VERB_FORMS[_f] = (_lemma, _prep)

# source attributions: the token itself, then what may follow before the source
_SOURCES = {"حسب", "بحسب", "وفق", "وفقا", "طبقا", "حسبما", "نقلا", "استنادا"}
_NOMINAL = {"تصريح", "تصريحات", "إعلان", "تأكيد", "تحذير"}
_NAQL = {"نقلت", "نقل", "نقلوا", "تنقل", "ينقل"}  # "نقلت (X) عن Y"

_PARTICLE = re.compile(r"^(?:[بل]?[أإا]ن|ف[إأا]ن)(?:ه|ها|هم|هما|هن|نا|ني)?$")
_PREPS = frozenset(
    "في على عن من إلى الى مع حول خلال عبر أمام امام لدى منذ قبل بعد حتى عند ضمن بين إثر اثر عقب "
    "غداة أثناء اثناء تجاه نحو بشأن حيال وسط داخل خارج فوق تحت".split()
)
_STOP = frozenset(
    "قد لقد كان كانت كانوا ما لا لم لن الذي التي الذين والذي والتي والذين اللذين اللتين اللواتي وهو وهي هو هي أيضا ايضا "
    "كذلك بدوره بدورها بدورهم اليوم أمس امس الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء "
    "الخميس الجمعة السبت مساء صباح ظهر ليلة فجر صباحا مساء يوم الأسبوع الاسبوع الشهر العام حاليا مؤخرا "
    "سابقا لاحقا فيه فيها فيهم تغريدة تدوينة منشورا رسالة مقالا بيانا تقريرا كلمة خطابا تصريحا تصريحات "
    "مقابلة حديثا صدر صادر الصادر صدرت نشر نشرت قوله قولها قولهم إنه انه أنه إنها أنها بأنه لذلك حين بينما فيما كما وكما لكن ولكن "
    "أما اما إذ اذ حيث بعدما عندما تعليقا ردا".split()
)
_ADDRESSEE = frozenset(
    "وكالة شبكة صحيفة قناة موقع إذاعة اذاعة تلفزيون وسائل الصحفيين الصحافيين الصحافة مراسل مجلة "
    "الوكالة الشبكة القناة الصحيفة الموقع المجلة التلفزيون الإذاعة مراسلي مراسلة".split()
)
_QUANT = frozenset("أكثر اكثر عدد بعض أحد احد إحدى احدى كثير العديد مجموعة".split())
# heads of indefinite speakers that may stand first in a subject–verb sentence
_SPEAKER_NOUNS = frozenset(
    "مصادر مصدر مسؤول مسؤولون مسئول مسؤولة قيادي قياديون ناشطون نشطاء ناشط شهود شاهد سكان مراقبون "
    "محللون خبراء خبير مراسل مراسلون متحدث متحدثة مصادر تقارير تقرير وسائل مواقع صحف صحيفة وكالة شبكة "
    "مقاتل مقاتلون عمال أطباء طبيب جنود ضابط مواطنون دبلوماسيون دبلوماسي وزير وزيرة رئيس نائب".split()
)
_SOURCE_BLACKLIST = frozenset(
    "القانون الخطة خطة الاتفاق اتفاق الدستور الحاجة النظام القرار قرار الشروط المعايير الجدول البرنامج "
    "التوقيت الأصول القواعد الطلب الظروف الأحوال الاحوال المادة الترتيب الأولوية الحالة نوع "
    "مكان المكان الوقت حجم نسبة".split()
)
# a role phrase between a title and the name: "النائب عن الحزب X فلان"، "الأستاذ في جامعة X فلان"
_ROLE_PREPS = frozenset("في عن لدى باسم".split())
_ROLE_CLITICS = "لب"  # "الأمين العام لمجلس التعاون فلان"، "أستاذ الطب بجامعة X فلان"
# words that make the phrase after a title an event, not a role ("قال الرئيس في اتصال مع …")
_EVENT_WORDS = frozenset(
    "مع إلى الى على خلال أمام امام عبر بعد قبل اتصال اتصالا لقاء مؤتمر اجتماع مقابلة حديث حوار رسالة "
    "بيان كلمة تصريح تصريحات خطاب تغريدة منشور جلسة زيارة".split()
)
_NOT_COMPLEMENT = frozenset("رغم برغم بعد قبل منذ لأن لان حتى من كما مع دون".split())
_CLAUSE_BREAK = frozenset({"حين", "بينما", "فيما", "لكن", "ولكن", "كما", "في", "و", "وذلك"})
_EDGE_TRIM = frozenset(".،,;؛!?؟:-–—")
_SENT_BREAK = re.compile(r"[.!?؟\n]")
_SENT_PUNCT = frozenset(".!?؟…;؛")
_TRAIL_PUNCT = frozenset(".،,;؛!?؟:-–—")

_OPENERS = {"“": "”", "«": "»", "„": "“", "‹": "›"}
_QUOTE_CHARS = '"“”«»„‹›'

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_WINDOW = 160  # characters after the last cue that are tokenized word by word
_QUOTE_RE = re.compile("[" + re.escape(_QUOTE_CHARS) + "]")


_CUE_WORDS = frozenset(set(_VERB_FORMS) | set(_PARTICIPLES) | _SOURCES | _NOMINAL | _NAQL)
# every cue as a whitespace-delimited token may carry a clitic and a trailing mark: a set
# intersection with ``text.split()`` finds the sentences worth tokenizing in a few microseconds.
_CUE_TOKENS = frozenset(
    pre + w + post
    for w in _CUE_WORDS
    for pre in ("", "و", "ف", "ك", "وف", "فو", "وو")
    for post in ("", "،", ":", ",", "؛")
)


# --- tokens ------------------------------------------------------------------------------------


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Sent:
    start: int  # normalized offsets
    end: int
    toks: list[str]
    st: list[int]
    en: list[int]
    inq: list[int]  # index of the quotation pair containing the token, or -1
    pairs: list[tuple[int, int]]  # (opening mark token, closing mark token)
    words: list[int]  # cumulative word counts (prefix sums), len = len(toks) + 1
    opens: list[int]  # [o for o, _ in pairs]: pairs are in text order and disjoint, so both are sorted
    closes: list[int]  # [c for _, c in pairs]

    def __init__(self, start: int, end: int, toks: list[str], st: list[int], en: list[int], inq: list[int], pairs: list[tuple[int, int]], words: list[int]) -> None:
        self.start = start
        self.end = end
        self.toks = toks
        self.st = st
        self.en = en
        self.inq = inq
        self.pairs = pairs
        self.words = words
        self.opens = [o for o, _ in pairs]
        self.closes = [c for _, c in pairs]


def _pair_opening_at(s: _Sent, j: int) -> int:
    """Index in s.pairs of the quotation opened by token j, or -1 (a bisection: a run-on sentence
    can hold thousands of quotations, and a scan per cue made it quadratic)."""
    i = bisect_left(s.opens, j)
    return i if i < len(s.opens) and s.opens[i] == j else -1


def _pair_closing_at(s: _Sent, j: int) -> int:
    """Index in s.pairs of the quotation closed by token j, or -1."""
    i = bisect_left(s.closes, j)
    return i if i < len(s.closes) and s.closes[i] == j else -1


_CHUNK_CACHE: dict[str, tuple[tuple[int, str], ...]] = {}


def _chunk_pieces(chunk: str) -> tuple[tuple[int, str], ...]:
    """(offset, token) of the tokens of a chunk of text without " " or "\n"."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    find = chunk.find
    for tok in _TOKEN.findall(chunk):
        pos = find(tok, pos)
        pieces.append((pos, tok))
        pos += len(tok)
    return tuple(pieces)


def _tokenize(nt: str, start: int, end: int, limit: int | None = None) -> _Sent:
    """Words and marks of nt[start:end]; past ``limit`` only coarse segments split at quote marks.

    Every attribution sits before ``limit`` (the last cue + a window), so the rest of a long sentence
    is only content: keeping it as a few segments halves the cost of an article.
    """
    cut = end
    if limit is not None and limit < end:
        cut = nt.find(" ", limit, end)
        if cut < 0:
            cut = end
    # split on "\n" and " " (C speed) and tokenise each space-free chunk once (cached: news repeats its
    # words); the same tokens as _TOKEN.findall(nt, start, cut) (tested), about twice as fast
    toks: list[str] = []
    st: list[int] = []
    cache = _CHUNK_CACHE
    get = cache.get
    pos = start
    for line in nt[start:cut].split("\n"):
        for chunk in line.split(" "):
            if chunk:
                pieces = get(chunk)
                if pieces is None:
                    pieces = remember(cache, chunk, _chunk_pieces)
                for off, tok in pieces:
                    st.append(pos + off)
                    toks.append(tok)
            pos += len(chunk) + 1
    counts: list[int] = list(map(str.isalnum, toks))
    if cut < end:
        pos = cut
        for m in _QUOTE_RE.finditer(nt, cut, end):
            _segment(nt, pos, m.start(), toks, st, counts)
            toks.append(m.group())
            st.append(m.start())
            counts.append(0)
            pos = m.end()
        _segment(nt, pos, end, toks, st, counts)
    en = list(map(add, st, map(len, toks)))
    n = len(toks)
    inq = [-1] * n
    pairs: list[tuple[int, int]] = []
    open_idx = -1
    open_ch = ""
    for i in [bisect_left(st, m.start()) for m in _QUOTE_RE.finditer(nt, start, end)]:
        t = toks[i]
        if open_idx < 0:
            if t not in "»›":
                open_idx, open_ch = i, t
            continue
        closes = (
            (open_ch == '"' and t == '"')
            or (open_ch in "“”„" and t in "“”")
            or (open_ch == "«" and t == "»")
            or (open_ch == "‹" and t == "›")
        )
        if closes:
            if i - open_idx > 1:
                pairs.append((open_idx, i))
                inq[open_idx + 1 : i] = [len(pairs) - 1] * (i - open_idx - 1)
            open_idx = -1
    words = list(accumulate(counts, initial=0))
    return _Sent(start, end, toks, st, en, inq, pairs, words)


def _segment(nt: str, a: int, b: int, toks: list[str], st: list[int], counts: list[int]) -> None:
    chunk = nt[a:b]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    toks.append(stripped)
    st.append(a + lead)
    counts.append(len(stripped.split()))


def _strip_clitic(tok: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, int] | None:
    """Find tok (or tok without a leading و/ف/ك, or two of them) in table → (form, clitic length)."""
    if tok in table:
        return tok, 0
    if len(tok) > 2 and tok[0] in "وفك":
        if tok[1:] in table:
            return tok[1:], 1
        if len(tok) > 3 and tok[1] in "وف" and tok[2:] in table:
            return tok[2:], 2
    return None


def _strip_clitic_set(tok: str, table: frozenset[str] | set[str]) -> tuple[str, int] | None:
    if tok in table:
        return tok, 0
    if len(tok) > 2 and tok[0] in "وف":
        if tok[1:] in table:
            return tok[1:], 1
        if len(tok) > 3 and tok[1] in "وف" and tok[2:] in table:
            return tok[2:], 2
    return None


def _starts_with_quote(nt: str, a: int, b: int) -> bool:
    head = nt[a : min(b, a + 3)].lstrip("و ")
    return bool(head) and head[0] in _QUOTE_CHARS


def _is_word(t: str) -> bool:
    return t[0].isalnum()


def _is_particle(t: str) -> bool:
    return len(t) <= 7 and _PARTICLE.match(t) is not None


def _bare(t: str) -> str:
    """Strip و/ف and a definite article for comparisons of head nouns."""
    if len(t) > 3 and t[0] in "وف" and t[1:3] == "ال":
        t = t[1:]
    if len(t) > 3 and t.startswith("ال"):
        t = t[2:]
    return t


# --- cues --------------------------------------------------------------------------------------


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Cue:
    idx: int  # token index
    kind: str  # verb | part | source | nominal | naql
    lemma: str
    prep: str | None
    clitic: int  # length of the و/ف clitic in the token
    cue_end: int = -1  # last token index of the cue phrase (inclusive)

    def __init__(self, idx: int, kind: str, lemma: str, prep: str | None, clitic: int, cue_end: int = -1) -> None:
        self.idx = idx
        self.kind = kind
        self.lemma = lemma
        self.prep = prep
        self.clitic = clitic
        self.cue_end = cue_end


_CLAUSE_OPENERS = frozenset("حيث كما فيما بينما ثم لكن ولكن من جهته جانبه جهتها جانبها بدوره بدورها".split())


def _verb_position(toks: list[str], i: int, clitic: int) -> bool:
    """A word that is a verb only sometimes ("بين" between / "بيّن" explained, "رد" a reply / replied)
    counts as one where a clause starts: after و/ف, at the start of the sentence, after punctuation
    or after a clause opener ("حيث بين", "من جانبه رد")."""
    if i == 0 or not toks[i - 1][0].isalnum():
        return True
    return clitic > 0 and toks[i - 1] in _CLAUSE_OPENERS or toks[i - 1] in _CLAUSE_OPENERS


def _find_cues(s: _Sent) -> list[_Cue]:
    cues: list[_Cue] = []
    toks = s.toks
    n = len(toks)
    consumed = -1  # last token of a source phrase ("وفقا لما ذكرت"): its verb is not a cue of its own
    for i, t in enumerate(toks):
        if i <= consumed or s.inq[i] >= 0 or t not in _CUE_TOKENS:
            continue
        hit = _strip_clitic(t, _VERB_FORMS)
        if hit is not None:
            lemma, prep = _VERB_FORMS[hit[0]]
            if lemma in _AMBIGUOUS_VERBS and not _verb_position(toks, i, hit[1]):
                continue
            cues.append(_Cue(i, "verb", lemma, prep, hit[1], i))
            continue
        hit = _strip_clitic(t, _PARTICIPLES)
        if hit is not None:
            lemma, prep = _PARTICIPLES[hit[0]]
            cues.append(_Cue(i, "part", lemma, prep, hit[1], i))
            continue
        src = _strip_clitic_set(t, _SOURCES)
        if src is not None:
            form = src[0]
            j = i
            if form in ("نقلا", "استنادا"):
                if j + 1 < n and toks[j + 1] in ("عن", "إلى", "الى"):
                    j += 1
                else:
                    continue
            elif form == "حسبما":
                # حسبما أفاد/ذكر/قال X
                if j + 1 < n and _strip_clitic(toks[j + 1], _VERB_FORMS) is not None:
                    j += 1
                else:
                    continue
            elif j + 1 < n and toks[j + 1] in ("ما", "لما"):
                # بحسب ما ذكرت X / وفقا لما أفاد به X
                if j + 2 < n and _strip_clitic(toks[j + 2], _VERB_FORMS) is not None:
                    j += 2
                    if j + 1 < n and toks[j + 1] in ("به", "بها"):
                        j += 1
                else:
                    continue
            elif form in ("وفقا", "طبقا") and j + 1 < n and toks[j + 1] in ("ل", "لـ"):
                j += 1
            cues.append(_Cue(i, "source", form, None, src[1], j))
            consumed = j
            continue
        nom = _strip_clitic_set(t, _NOMINAL)
        if nom is not None:
            cues.append(_Cue(i, "nominal", nom[0], None, nom[1], i))
            continue
        naql = _strip_clitic_set(t, _NAQL)
        if naql is not None:
            # نقلت عن Y / نقلت وكالة X عن Y
            for k in range(i + 1, min(n, i + 7)):
                if toks[k] == "عن":
                    cues.append(_Cue(i, "naql", "نقل", None, naql[1], k))
                    break
                if toks[k] in "،,:.":
                    break
    return cues


# --- noun phrases ------------------------------------------------------------------------------


def _np_forward(s: _Sent, i: int, limit: int, max_words: int = 9, allow_lam: bool = False) -> tuple[int, int]:
    """Speaker noun phrase starting at token i → [i, j) (j == i when there is none)."""
    toks = s.toks
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
                    if j > i or (c + 1 < limit and (toks[c + 1] in ":؛،," or _is_particle(toks[c + 1]))):
                        j = c + 1
                        nwords += 1
                        continue
                break
            break
        if t in ("أول", "اول") and j + 1 < limit and toks[j + 1] == "من":
            break  # "قال أول من أمس": a time, not a speaker
        if t in _PREPS:
            if t == "من" and j > i and toks[j - 1] in _QUANT:
                j += 1
                continue
            break
        if t in ("العام", "العامة") and j > i and _bare(toks[j - 1]) in _GENERAL_TITLES:
            nwords += 1  # "المدير العام", "الأمين العام": a title, not "the year"
            j += 1
            continue
        if t in _STOP or _is_particle(t) or t in _CUE_TOKENS:
            break
        if t[0] == "ل" and not (j == i and allow_lam):
            rest = "ال" + t[2:] if t.startswith("لل") else t[1:]
            if j == i or rest in _ADDRESSEE or rest in ("", "ـ"):
                break
        nwords += 1
        j += 1
        if nwords >= max_words:
            break
    return i, j


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
    if clitic and toks[cue][0] == "ف":
        lead = 0
        while lead < cue and toks[lead] in ("،", ","):
            lead += 1
        if lead < cue and toks[lead] in _AMMA:
            a, b = _np_forward(s, lead + 1, cue, max_words=6)
            return (a, b) if b > a else None
    if clitic and toks[cue][0] == "ف" and cue > 0 and toks[cue - 1] in ("،", ","):
        return None  # "…، فأكد أن": the subject is the one of the clause before, not a phrase in it
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
        if _is_particle(t) and not t.startswith("ف"):
            # "… أن المديرية العامة أعلنت أنه": the subject of a nested report, when the verb reports
            # a clause ("غير أن خبراء يحذرون من استمرار …" is an opinion, not a report)
            nxt = toks[cue + 1] if cue + 1 < len(toks) else ""
            p = _pair_opening_at(s, cue + 1)
            quoted = p >= 0 and s.words[s.closes[p]] - s.words[cue + 1] >= 4  # not "أضافت "156" رحلة"
            if not (nxt == ":" or quoted or _is_particle(nxt)):
                return None
            boundary = "conj"
            break
        if s.inq[k] >= 0 or t in _QUOTE_CHARS:
            return None
        k -= 1
    first = k + 1
    if first >= end or end - first > 10:
        return None
    head = toks[first]
    if boundary in ("start", "comma"):
        head_bare = head[1:] if head[0] == "و" and len(head) > 3 else head
        known = (
            head_bare.startswith("ال")
            or head_bare in _SPEAKER_NOUNS
            or ents.overlapping_orig(s.st[first], s.en[end - 1]) is not None
        )
        if not known or (head[0] == "و" and not head.startswith("وال") and head_bare not in _SPEAKER_NOUNS):
            return None  # "وتواصل …": most likely a verb
        if head_bare.startswith("ال") and boundary == "comma":
            return None  # "…، القوات تقول": too loose
    a, b = _np_forward(s, first, end)
    if b == a:
        return None
    return a, b


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
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [e for e in self.items[lo:hi] if e.type == "PERSON" and e.end <= end]

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
                name = _DIACRITICS.sub("", e.text).split()
                for k in (1, 2):
                    if len(name) >= k:
                        index.setdefault(" ".join(name[-k:]), []).append(i)
        found = index.get(words)
        if not found:
            return None
        j = bisect_left(found, bisect_left(self.starts, pos)) - 1
        return self.items[found[j]] if j >= 0 else None


# --- the extractor -----------------------------------------------------------------------------


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Speaker:
    text: str
    canonical: str | None
    start: int | None  # original offsets
    end: int | None

    def __init__(self, text: str, canonical: str | None, start: int | None, end: int | None) -> None:
        self.text = text
        self.canonical = canonical
        self.start = start
        self.end = end


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Accepted:
    name: str  # the cue as written, without its clitic
    speaker: _Speaker
    k: int  # first content token; -1 once emitted
    clause: int  # first token of the attribution clause (ends the previous content)
    prio: int

    def __init__(self, name: str, speaker: _Speaker, k: int, clause: int, prio: int) -> None:
        self.name = name
        self.speaker = speaker
        self.k = k
        self.clause = clause
        self.prio = prio


class _QuoteSet:
    """The quotes of an article so far, each with its priority, in the order they were added.

    A new quote that overlaps an earlier one by at least half of the shorter of the two is the same
    content: the earliest such quote is replaced when the new one has a higher priority, else the new
    one is dropped. Comparing each new quote with every earlier one made an article of n quotes cost
    n² (a 0.8 MB article: 50 s). Here the quotes are filed by where they start, in buckets of
    ``1 << _BUCKET_SHIFT`` characters under a binary tree whose nodes keep an upper bound of the ends
    of the quotes below them: only quotes that start before the new one ends and end after it starts
    can overlap it, and the tree leads to those without visiting the others. Same result as the
    linear scan (property-tested against it).
    """

    __slots__ = ("buckets", "items", "max_end", "min_index", "size")

    def __init__(self, text_length: int) -> None:
        self.items: list[tuple[int, Quote]] = []  # (priority, quote), in the order added
        leaves = (max(0, text_length) >> _BUCKET_SHIFT) + 1
        size = 1
        while size < leaves:
            size *= 2
        self.size = size
        # node 1 is the root, node i's children are 2i and 2i+1, leaf b is node size + b; a node's value
        # is at least the end of every quote filed below it (never lowered: a replaced quote's end may
        # stay, which costs a visit, never a miss)
        self.max_end: list[int] = [0] * (2 * size)
        # and at most the smallest index in items of the quotes below it: once a duplicate is found,
        # subtrees of later quotes need no visit (a long quote over thousands of short ones)
        self.min_index: list[int] = [_MAX_INDEX] * (2 * size)
        self.buckets: dict[int, list[int]] = {}  # leaf → indices in items of the quotes starting there

    def _leaf(self, start: int) -> int:
        return min(max(0, start) >> _BUCKET_SHIFT, self.size - 1)

    def _file(self, k: int, start: int, end: int) -> None:
        leaf = self._leaf(start)
        self.buckets.setdefault(leaf, []).append(k)
        max_end, min_index = self.max_end, self.min_index
        node = self.size + leaf
        while node and (max_end[node] < end or min_index[node] > k):
            max_end[node] = max(max_end[node], end)
            min_index[node] = min(min_index[node], k)
            node >>= 1

    def conflict(self, start: int, end: int) -> int:
        """Index of the earliest quote that [start, end) duplicates, or -1."""
        if not self.items:
            return -1
        max_end, min_index = self.max_end, self.min_index
        items = self.items
        last_leaf = self._leaf(end - 1)  # a quote starting in a later bucket starts at or after end
        first = -1
        stack = [(1, 0, self.size)]  # (node, first leaf, number of leaves)
        while stack:
            node, lo, width = stack.pop()
            if lo > last_leaf or max_end[node] <= start or (first >= 0 and min_index[node] >= first):
                continue
            if width > 1:
                half = width >> 1
                stack.append((2 * node + 1, lo + half, half))
                stack.append((2 * node, lo, half))
                continue
            for k in self.buckets.get(lo, ()):
                q = items[k][1]
                overlap = min(q.end, end) - max(q.start, start)
                if overlap > 0 and overlap * 2 >= min(q.end - q.start, end - start) and (first < 0 or k < first):
                    first = k
        return first

    def add(self, prio: int, quote: Quote) -> bool:
        """Add ``quote`` unless it duplicates an earlier one of at least its priority; True if kept."""
        start, end = quote.start, quote.end
        k = self.conflict(start, end)
        if k < 0:
            self._file(len(self.items), start, end)
            self.items.append((prio, quote))
            return True
        p, old = self.items[k]
        if prio <= p:
            return False
        self.items[k] = (prio, quote)
        self.buckets[self._leaf(old.start)].remove(k)
        self._file(k, start, end)
        return True

    def all(self) -> list[Quote]:
        return [q for _, q in self.items]


_BUCKET_SHIFT = 6  # quotes are filed by their start in buckets of 64 characters
_MAX_INDEX = 1 << 60  # above every index in a _QuoteSet (and a short int for mypyc)


class _Extractor:
    def __init__(self, text: str, entities: Sequence[EntityMention]) -> None:
        self.text = text
        removed = [m.start() for m in _DIACRITICS.finditer(text)]
        if removed:
            self.nt = _DIACRITICS.sub("", text)
            self.removed = removed
            self.shifted = [r - k for k, r in enumerate(removed)]
        else:
            self.nt = text
            self.removed = []
            self.shifted = []
        self.ents = _Entities(text, entities)
        self.last: _Speaker | None = None
        self.last_sentence = -10
        self.quotes = _QuoteSet(len(text))
        self.speakers: list[_Speaker] = []
        self.refers: dict[tuple[str, int], str | None] = {}  # (head, mention offset) → what it names
        self.stopped = False  # run() was stopped before the last sentence

    # offsets
    def orig(self, i: int) -> int:
        if not self.shifted:
            return i
        return i + bisect_right(self.shifted, i)

    def norm(self, o: int) -> int:
        if not self.removed:
            return o
        return o - bisect_left(self.removed, o)

    # ------------------------------------------------------------------
    def run(self, sentences: Sequence[Sentence], stop: Callable[[], bool] | None = None) -> list[Quote]:
        """The article's quotes; ``stop()`` is asked before each sentence worth reading, and when it
        answers True the quotes found so far are returned and ``self.stopped`` is set."""
        n = len(self.text)
        bounds: list[tuple[int, int]] = []
        for s in sentences:
            try:
                a, b = int(s.start), int(s.end)
            except (AttributeError, TypeError, ValueError):
                continue
            a, b = max(0, a), min(n, b)
            if a < b:
                bounds.append((a, b))
        if not bounds and self.text.strip():
            pos = 0
            for line in self.text.split("\n"):
                if line.strip():
                    bounds.append((pos, pos + len(line)))
                pos += len(line) + 1
        bounds.sort()
        nt = self.nt
        hits: list[int] = []
        for word in _CUE_TOKENS.intersection(nt.split()):
            pos = nt.find(word)
            while pos >= 0:
                end = pos + len(word)
                if (pos == 0 or not nt[pos - 1].isalnum()) and (end >= len(nt) or not nt[end].isalnum()):
                    hits.append(pos)
                pos = nt.find(word, end)
        hits.sort()
        for si, (a, b) in enumerate(bounds):
            na, nb = self.norm(a), self.norm(b)
            lo = bisect_left(hits, na)
            if lo < len(hits) and hits[lo] < nb:
                if stop is not None and stop():
                    self.stopped = True
                    break
                hi = bisect_left(hits, nb) - 1
                self.sentence(si, _tokenize(nt, na, nb, hits[hi] + _WINDOW))
            elif self.last is not None and si - self.last_sentence <= 2 and _starts_with_quote(nt, na, nb):
                if stop is not None and stop():
                    self.stopped = True
                    break
                self.sentence(si, _tokenize(nt, na, nb))
        out = [self.named_holder(q) for q in self.quotes.all()]
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def named_holder(self, q: Quote) -> Quote:
        """A role speaker ("كبير الباحثين في المعهد") resolved to the person the text names as its
        holder nearby: the role written right after the name ("سيث بولاك، كبير الباحثين") or right
        before it ("كبير الباحثين سيث بولاك") in the sentences around (one look-up in a bounded
        window per quote). Unnamed sources ("مسؤول عسكري", "مصادر") stay as they are."""
        if q.speaker_start is None or q.speaker_end is None:
            return q
        ents = self.ents
        if ents.persons_inside(q.speaker_start, q.speaker_end):
            return q
        words = _DIACRITICS.sub("", q.speaker).split()
        if len(words) < 2 or not words[1].startswith("ال") or _bare(words[0]) not in _HOLDER_ROLES:
            return q  # "كبير الباحثين", "وزير العمل": a post one person holds; not "مسؤول عسكري", "الوزارة"
        key = " ".join(words[:2])
        nt, text = self.nt, self.text
        own = self.norm(q.speaker_start)
        lo, hi = max(0, own - _HOLDER_WINDOW), min(len(nt), own + _HOLDER_WINDOW)
        pos = nt.find(key, lo, hi)
        while pos >= 0:
            if pos != own:
                o0, o1 = self.orig(pos), self.orig(pos + len(key))
                for e in ents.last_before(o1 + 40, 6):
                    if e.type != "PERSON":
                        continue
                    before = text[e.end : o0]
                    after = text[o1 : e.start]
                    if (0 <= o0 - e.end <= 3 and before.strip() in ("،", ",", "")) or (
                        0 <= e.start - o1 <= 40 and not _SENT_BREAK.search(after) and "،" not in after
                    ):
                        return replace(
                            q, speaker=e.text, speaker_canonical=e.canonical, speaker_start=e.start, speaker_end=e.end
                        )
            pos = nt.find(key, pos + 1, hi)
        return q

    # ------------------------------------------------------------------
    def speaker_from(self, s: _Sent, a: int, b: int) -> _Speaker:
        """Tokens [a, b) → speaker with original offsets, entity trimming and linking."""
        toks = s.toks
        ents = self.ents
        if toks[a] in ("ل", "لـ") and b - a > 1:
            a += 1
        first = toks[a]
        cut = 0
        reconstructed = False
        if first.startswith("لل") and len(first) > 3:
            reconstructed = True
            cut = 1
        elif (
            first.startswith("ل")
            and len(first) > 3
            and a > 0
            and toks[a - 1] in ("وفقا", "طبقا", "ووفقا", "وطبقا")
        ):
            cut = 1
        ns, ne = s.st[a] + cut, s.en[b - 1]
        os_, oe = self.orig(ns), self.orig(ne)
        # a PERSON name inside a long appositive phrase: keep up to the name, and from it when what
        # comes before is a title or a role ("مدير المركز الدكتور خالد …"), not a relation
        # ("مستشار الرئيس فلان", "مصادر مقربة من فلان")
        persons = ents.persons_inside(self.orig(s.st[a]), oe)
        if persons:
            p = persons[0]
            if p.end < oe and p.end > os_:
                oe = p.end
            if p.start > os_ and p.end > os_ and not self._relational(s, a, p.start):
                os_ = p.start
                oe = p.end
                reconstructed = False
        else:
            name = _name_tail(toks, a, b)
            if name > a and not self._relational(s, a, self.orig(s.st[name])):
                os_ = self.orig(s.st[name])
                reconstructed = False
        # an entity that starts inside and runs a little past the phrase: extend to it
        e = ents.overlapping_orig(os_, oe)
        if e is not None and e.start >= self.orig(s.st[a]) and oe < e.end <= oe + 40:
            gap = self.text[oe : e.end]
            if "،" not in gap and "," not in gap and ":" not in gap:
                oe = e.end
        if oe - os_ > 2 and self.text[os_] in _QUOTE_CHARS and self.text[oe - 1] in _QUOTE_CHARS:
            os_, oe = os_ + 1, oe - 1  # a quoted name: "البلوي"
        surface = self.text[os_:oe]
        if reconstructed:
            surface = "ا" + surface
        canonical = self.link(surface, self.orig(s.st[a]), oe)
        if reconstructed:
            return _Speaker(surface, canonical, None, None)
        return _Speaker(surface, canonical, os_, oe)

    def _relational(self, s: _Sent, a: int, upto: int) -> bool:
        """Whether a word of the speaker phrase before original offset ``upto`` makes the name that
        follows someone other than the speaker ("مستشار الرئيس", "المتحدث باسم", "مصادر مقربة من")."""
        for k in range(a, len(s.toks)):
            if self.orig(s.st[k]) >= upto:
                break
            if _bare(s.toks[k]) in _RELATIONAL or s.toks[k] in _RELATIONAL:
                return True
        return False

    def link(self, surface: str, start: int, end: int) -> str | None:
        """Canonical entity for a speaker: overlapping entity, else what its head noun refers to."""
        ents = self.ents
        e = ents.overlapping_orig(start, end)
        if e is not None and (e.type != "LOC" or (e.start <= start and e.end >= end)):
            return e.canonical  # a place only when it is the whole speaker ("بلجيكا")
        if not ents.items:
            return None
        words = _DIACRITICS.sub("", surface).split()
        if not words:
            return None
        head = _bare(words[0].strip(_QUOTE_CHARS))
        if len(head) < 2:
            return None
        # the latest earlier mention of the head noun ("صحيفة جيروزاليم بوست", "المرصد السوري …",
        # "أصدرت قوات سوريا الديمقراطية بيانًا" for "البيان"), then the entity it names
        # only a definite head refers back ("الصحيفة"); "تقرير استخباراتي" introduces a new source
        if words[0].strip(_QUOTE_CHARS).startswith("ال"):
            found = self.refers_back(head, self.norm(start))
            if found is not None:
                return found
        # a bare family name of a person mentioned before ("بالي" → "مصطفى بالي")
        if len(words) <= 2:
            prev = ents.last_person_ending_with(" ".join(words), start)
            if prev is not None:
                return prev.canonical
        return None

    def refers_back(self, head: str, pos: int) -> str | None:
        """Canonical of the entity named by the latest mention of ``head`` before normalized offset
        ``pos`` that names one (see :meth:`names_at`), or None.

        Mentions are visited from ``pos`` backwards, each one found with ``rfind`` before the previous
        one. What a mention leads to does not depend on where the walk started, so it is remembered
        for every mention visited: an article repeating "الرئيس" that names nobody walks its mentions
        once, not once per speaker (that was quadratic in the article's length).
        """
        nt = self.nt
        memo = self.refers
        visited: list[int] = []
        result: str | None = None
        while pos > 0:
            pos = nt.rfind(head, 0, pos)
            if pos < 0:
                break
            key = (head, pos)
            if key in memo:
                result = memo[key]
                break
            visited.append(pos)
            result = self.names_at(head, pos)
            if result is not None:
                break
        for p in visited:
            memo[(head, p)] = result
        return result

    def names_at(self, head: str, pos: int) -> str | None:
        """The entity that the mention of ``head`` at normalized offset ``pos`` names, if it is a
        word of its own: one that contains it, that follows it closely ("صحيفة جيروزاليم بوست"), or
        that comes right before it in its sentence ("أصدرت قوات سوريا الديمقراطية بيانًا")."""
        nt = self.nt
        after = pos + len(head)
        if (after < len(nt) and nt[after].isalnum() and nt[after] != "ا") or (
            pos > 0
            and nt[pos - 1].isalnum()
            and nt[max(0, pos - 2) : pos] not in ("ال", "لل")
            and nt[pos - 1] not in "وفلب"
        ):
            return None
        o_head, o_after = self.orig(pos), self.orig(after)
        best: EntityMention | None = None
        for cand in self.ents.last_before(o_after + 60, 12):
            if cand.type not in ("ORG", "PERSON"):
                continue
            if cand.start <= o_head < cand.end:
                return cand.canonical  # the entity contains the head noun
            if 0 <= cand.start - o_after <= 40 and not _SENT_BREAK.search(self.text, o_after, cand.start):
                return cand.canonical  # "صحيفة جيروزاليم بوست", "شبكة “فرات بوست”"
            if 0 <= o_head - cand.end <= 60 and not _SENT_BREAK.search(self.text, cand.end, o_head):
                best = cand  # "أصدرت قوات سوريا الديمقراطية بيانًا"
        return best.canonical if best is not None else None

    def surface(self, s: _Sent, i: int, clitic: int) -> str:
        """Token i as written in the original text (diacritics kept), without its clitic."""
        return self.text[self.orig(s.st[i] + clitic) : self.orig(s.en[i])]

    def fallback_speaker(self, si: int, sentence_speaker: _Speaker | None) -> _Speaker | None:
        if sentence_speaker is not None:
            return sentence_speaker
        if self.last is not None and si - self.last_sentence <= 6:
            return self.last
        return None

    # ------------------------------------------------------------------
    def emit(self, prio: int, sp: _Speaker, cue: str, s: _Sent, a: int, b: int, direct: bool) -> bool:
        """Add a quote whose content is tokens [a, b) (for direct: the inside of a pair)."""
        toks = s.toks
        while b > a and (toks[b - 1] in _TRAIL_PUNCT or toks[b - 1] in ("و",)):
            b -= 1
        while a < b and toks[a] in _TRAIL_PUNCT:
            a += 1
        if b <= a or s.words[b] - s.words[a] < 2:
            return False
        if not direct:
            # unbalanced trailing opening mark or a lone quote mark at an edge
            if toks[b - 1] in _OPENERS:
                b -= 1
        start, end = self.orig(s.st[a]), self.orig(s.en[b - 1])
        text = self.text
        while end > start and (text[end - 1] in _EDGE_TRIM or text[end - 1].isspace()):
            end -= 1
        while end > start and (text[start] in _EDGE_TRIM or text[start].isspace()):
            start += 1
        if end <= start:
            return False
        quote = Quote(
            speaker=sp.text,
            speaker_canonical=sp.canonical,
            cue=cue,
            quote=self.text[start:end],
            direct=direct,
            start=start,
            end=end,
            speaker_start=sp.start,
            speaker_end=sp.end,
        )
        return self.quotes.add(prio, quote)

    def remember(self, sp: _Speaker, si: int) -> None:
        self.last = sp
        self.last_sentence = si
        self.speakers.append(sp)

    def emit_region(self, prio: int, sp: _Speaker, cue: str, s: _Sent, k: int, end: int) -> bool:
        """Content region tokens [k, end): direct quotes when it opens with one, else reported."""
        words = s.words
        first_direct = None
        # the quotations that open at or after k and close by end: pairs are in text order, so a
        # range of s.pairs (not a scan of all of them per content: quadratic in a run-on sentence)
        lo = bisect_left(s.opens, k)
        hi = bisect_right(s.closes, end, lo)
        for o, c in s.pairs[lo:hi]:
            # a short quotation counts only when it is the whole content ("وفق X، "…"")
            if words[c] - words[o] >= 4 or (o == k and c >= end - 1):
                first_direct = (o, c)
                break
        if first_direct is not None and words[first_direct[0]] - words[k] <= 3:
            got = False
            for o, c in s.pairs[lo:hi]:
                if words[c] - words[o] >= 4 or o == first_direct[0]:
                    got = self.emit(prio + 1, sp, cue, s, o + 1, c, True) or got
            if got:
                return True
        return self.emit(prio, sp, cue, s, k, end, False)

    # ------------------------------------------------------------------
    def content_start(self, s: _Sent, i: int, limit: int, prep: str | None, strict: bool) -> int | None:
        """First content token after the attribution (token i is right after speaker/cue)."""
        toks = s.toks
        n = min(limit, len(toks))
        if i < n and prep is not None and toks[i] == prep:
            if i + 1 < n and _is_particle(toks[i + 1]):
                return self._skip_colon(s, i + 2, n)
            return i + 1
        window = 4 if strict else 16
        j = i
        while j < n and j - i <= window:
            t = toks[j]
            if s.inq[j] >= 0:
                j += 1  # inside a quoted name or a quotation: its words are not the complementizer
                continue
            if t == ":":
                return j + 1
            if _is_particle(t) and not t.startswith("ف"):
                if j > 0 and toks[j - 1] in _NOT_COMPLEMENT:
                    j += 1
                    continue  # "رغم أنه", "بعد أن": not what was said
                return self._skip_colon(s, j + 1, n)
            if t in _OPENERS or t == '"':
                if j == i or (j > 0 and toks[j - 1] == ":"):
                    return j
                if not strict and j - i <= 1 and _pair_opening_at(s, j) >= 0:
                    return j
                p = _pair_opening_at(s, j)
                if (
                    not strict
                    and j - i <= 7
                    and p >= 0
                    and s.words[s.closes[p]] - s.words[j] >= 4
                    and not _names_follow(s, s.closes[p] + 1, n)
                ):
                    # "قالت X عن كتابها في بيان "…"", "قال X مشيرًا إلى Y «…»": a long quotation
                    # after a short circumstance is what was said
                    return j
            if t in _SENT_PUNCT and not (t in "؛;" and j == i):  # "… "فلان"؛ أن": a separator
                return None
            j += 1
        return None

    @staticmethod
    def _skip_colon(s: _Sent, j: int, n: int) -> int:
        while j < n and s.toks[j] in (":", "،", ","):
            j += 1
        return j

    # ------------------------------------------------------------------
    def sentence(self, si: int, s: _Sent) -> None:
        toks = s.toks
        n = len(toks)
        if n == 0:
            return
        cues = _find_cues(s)
        strong = [c.idx for c in cues if c.kind in ("verb", "part", "naql")]
        cue_at = [c.idx for c in cues]
        accepted: list[_Accepted] = []
        sentence_speaker: _Speaker | None = None
        for cue in cues:
            i = cue.idx
            nxt = strong[bisect_right(strong, i)] if bisect_right(strong, i) < len(strong) else n
            name = self.surface(s, i, cue.clitic)
            acc: _Accepted | None = None
            if cue.kind in ("verb", "part"):
                acc = self._verb(si, s, cue, nxt, name, sentence_speaker)
            elif cue.kind == "nominal":
                if i > 0 and toks[i - 1] in ("في", "خلال", "وفي"):
                    continue  # "في تصريح صحفي": circumstance, not attribution
                a, b = _np_forward(s, i + 1, nxt, max_words=8)
                if b == a:
                    continue
                j = b
                while j < min(n, b + 3) and not _is_particle(toks[j]):
                    j += 1
                if j >= n or not _is_particle(toks[j]) or toks[j].startswith("ف"):
                    continue
                acc = _Accepted(name, self.speaker_from(s, a, b), self._skip_colon(s, j + 1, n), i, 2)
            elif cue.kind == "naql":
                a, b = _np_forward(s, cue.cue_end + 1, nxt)
                if b == a:
                    continue
                k = self.content_start(s, b, nxt, None, False)
                if k is None:
                    continue
                acc = _Accepted(name + " عن", self.speaker_from(s, a, b), k, i, 2)
            else:
                acc = self._source(si, s, cue, cues, cue_at, name)
            if acc is not None:
                accepted.append(acc)
                sentence_speaker = acc.speaker
                self.remember(acc.speaker, si)
        # a content runs to the end of the sentence or to the clause of the next attribution
        for ai, acc in enumerate(accepted):
            if acc.k < 0:
                continue  # already emitted
            end = n
            for j in range(ai + 1, len(accepted)):  # not a slice: a copy per cue is quadratic in a run-on sentence
                if accepted[j].clause >= acc.k:  # a report nested right after the complementizer
                    end = accepted[j].clause
                    break
            while end > acc.k and (toks[end - 1] in _CLAUSE_BREAK or toks[end - 1] in _TRAIL_PUNCT):
                end -= 1
            self.emit_region(acc.prio, acc.speaker, acc.name, s, acc.k, end)
        if not cues:
            self._bare_quote(si, s)

    def _verb(
        self, si: int, s: _Sent, cue: _Cue, nxt: int, name: str, sentence_speaker: _Speaker | None
    ) -> _Accepted | None:
        toks = s.toks
        n = len(toks)
        i = cue.idx
        sp: _Speaker | None = None
        clause = i
        after = i + 1
        if after < n and toks[after] in ("فيه", "فيها", "فيهم"):
            after += 1
        if cue.kind == "verb" and after < n and (toks[after] in _PRONOUNS or toks[after] in _HONORIFICS):
            # "وقال هو وخبراء آخرون: …", "وقال سموه: …": the person spoken of before
            sp = self.pronoun_speaker(si, sentence_speaker, toks[after] in _HONORIFICS)
            after += 1
            if sp is None:
                return None
        elif cue.kind == "verb":
            a, b = _np_forward(s, after, nxt, max_words=14)
            if b > a:
                role = self.role_person(s, a, b, nxt)
                if role is not None:
                    a, b = role
                sp = self.speaker_from(s, a, b)
                after = b
            else:
                sv = _sv_subject(s, i, cue.clitic, self.ents)
                if sv is not None:
                    sp = self.speaker_from(s, sv[0], sv[1])
                    inside = self.ents.persons_inside(self.orig(s.st[sv[0]]), self.orig(s.en[sv[1] - 1]))
                    if inside and inside[0].start > self.orig(s.st[sv[0]]) and sp.start is not None:
                        # "انتقد المعارض فلان …، وقال": the person, not the clause before the verb
                        p = inside[0]
                        sp = _Speaker(p.text, self.link(p.text, p.start, p.end), p.start, p.end)
                    clause = sv[0]
                    while clause > 0 and toks[clause - 1] in _CLAUSE_BREAK:
                        clause -= 1
        # "…"، قال X  — the quotation comes before the verb
        if sp is not None and self._cue_after(s, cue, sp, name):
            self.remember(sp, si)
            return None
        strict = sp is None
        k = self.content_start(s, after, nxt, cue.prep, strict)
        if k is None or k >= n:
            return None
        if sp is None:
            if cue.kind == "verb" and _is_present(toks[i][cue.clitic :]) and not (
                i > 0 and _bare(toks[i - 1]) in _GO_ON
            ):
                return None  # "ويُعتقد أن" / "يُرجح أنها": impersonal ("ومضى يقول": the speaker before)
            if sentence_speaker is None and cue.kind == "verb":
                sp = self.subject_person(s, i)
            if sp is None:
                sp = self.fallback_speaker(si, sentence_speaker)
            if sp is None:
                return None
        return _Accepted(name, sp, k, clause, 3)

    def pronoun_speaker(self, si: int, sentence_speaker: _Speaker | None, honorific: bool) -> _Speaker | None:
        """The referent of a pronoun subject: the speaker before; for an honorific ("سموه", "معاليه")
        with no speaker yet, the first person the article names (the dignitary it is about)."""
        sp = self.fallback_speaker(si, sentence_speaker)
        if sp is not None or not honorific:
            return sp
        for e in self.ents.items:
            if e.type == "PERSON":
                return _Speaker(e.text, e.canonical, e.start, e.end)
        return None

    def role_person(self, s: _Sent, a: int, b: int, limit: int) -> tuple[int, int] | None:
        """Tokens of the PERSON that a title's role phrase leads to: in "قال النائب [a, b) عن الحزب X
        شيرزاد حسين إن" the noun phrase stops at عن; the speaker is the name after the role phrase."""
        toks = s.toks
        n = min(limit, len(toks))
        if b >= n:
            return None
        first = b
        if toks[b] in ("العام", "العامة") and b + 1 < n:
            b += 1  # الأمين العام، المدير العام (العام also ends a phrase as "the year")
        t = toks[b]
        if not (t in _ROLE_PREPS or t in ("،", ",") or (len(t) > 3 and t[0] in _ROLE_CLITICS)):
            return None
        if self.ents.persons_inside(self.orig(s.st[a]), self.orig(s.en[first - 1])):
            return None
        head = toks[a]
        if first - a == 1 and not (
            head.startswith("ال") or _bare(head) in _SPEAKER_NOUNS or head in _TITLES or head in _ROLE_NOUNS
        ):
            return None  # "قالت جولي عن كتاب فلانة": a name, not a role, before the preposition
        j = b
        commas = 0
        while j < n and j - b <= 12:
            t = toks[j]
            if t in ("،", ",") and commas == 0:
                commas += 1  # one comma: the name in apposition after the role ("…، سيث بولاك، إن")
                j += 1
                continue
            if not t[0].isalnum() or t in _STOP or _is_particle(t) or t in _CUE_TOKENS or t in _EVENT_WORDS:
                return None
            o0, o1 = self.orig(s.st[j]), self.orig(s.en[j])
            e = self.ents.overlapping_orig(o0, o1)
            if e is not None and e.type == "PERSON" and o0 <= e.start:
                k = j
                while k + 1 < n and self.orig(s.st[k + 1]) < e.end:
                    k += 1
                return j, k + 1
            j += 1
        return None

    def subject_person(self, s: _Sent, cue: int) -> _Speaker | None:
        """A verb without a subject of its own ("…، وقال إن", "حذر فيه من أن") whose sentence names a
        person before it: that person is the subject ("اتهم المتحدث … فلان الحكومة …، وقال إن")."""
        lo, hi = self.orig(s.st[0]), self.orig(s.st[cue])
        for e in self.ents.items[bisect_left(self.ents.starts, lo) : bisect_left(self.ents.starts, hi)]:
            if e.type != "PERSON" or e.end > hi:
                continue
            k = bisect_left(s.st, self.norm(e.start))
            if k < len(s.inq) and s.inq[k] >= 0:
                continue  # a name inside a quotation
            return _Speaker(e.text, self.link(e.text, e.start, e.end), e.start, e.end)
        return None

    def _cue_after(self, s: _Sent, cue: _Cue, sp: _Speaker, name: str) -> bool:
        """``"…"، قال X`` / ``"…" بحسب X``: a quotation that ends right before the cue."""
        j = cue.idx - 1
        if j >= 0 and s.toks[j] in ("هكذا", "وهكذا"):
            j -= 1  # "«…»، هكذا علق X"
        while j >= 0 and s.toks[j] in ("،", ","):
            j -= 1
        p = _pair_closing_at(s, j)
        if p >= 0 and s.words[j] - s.words[s.opens[p]] >= 2:
            return self.emit(4, sp, name, s, s.opens[p] + 1, j, True)
        return False

    def _source(
        self, si: int, s: _Sent, cue: _Cue, cues: list[_Cue], cue_at: list[int], name: str
    ) -> _Accepted | None:
        """A source attribution (وفقًا لـ، بحسب، نقلًا عن …); ``cue_at``: the token index of each cue
        (cues are in token order)."""
        toks = s.toks
        n = len(toks)
        a, b = _np_forward(s, cue.cue_end + 1, n, max_words=8, allow_lam=True)
        if b == a:
            return None
        first = toks[a]
        if first in ("ل", "لـ") and b - a > 1:
            first = toks[a + 1]
        elif first.startswith("لل"):
            first = "ال" + first[2:]
        elif first.startswith("ل") and cue.lemma in ("وفقا", "طبقا"):
            first = first[1:]
        head = _bare(first)
        if head in _SOURCE_BLACKLIST or "ال" + head in _SOURCE_BLACKLIST:
            return None
        sp = self.speaker_from(s, a, b)
        if cue.cue_end > cue.idx:
            name = " ".join([name] + [self.surface(s, k, 0) for k in range(cue.idx + 1, cue.cue_end + 1)])
        if (
            cue.lemma in ("وفقا", "طبقا")
            and not name.endswith("لـ")
            and (cue.cue_end + 1 < n and toks[cue.cue_end + 1].startswith("ل") or name.endswith(" ل"))
        ):
            name = (name[:-2] if name.endswith(" ل") else name) + " لـ"
        # the part after the attribution: after the comma that closes it, or after فإن
        j = b
        while (
            j < n
            and j - b <= 8
            and toks[j] not in ("،", ",", ":")
            and not (toks[j].startswith("ف") and _is_particle(toks[j]))
        ):
            if toks[j] in _SENT_PUNCT:
                break
            j += 1
        after_k: int | None = None
        if j < n and toks[j] in ("،", ",", ":"):
            after_k = j + 1
            if after_k < n and toks[after_k].startswith("ف") and _is_particle(toks[after_k]):
                after_k += 1
        elif j < n and toks[j].startswith("ف") and _is_particle(toks[j]):
            after_k = j + 1
        # the part before the attribution
        lead = 0
        while lead < cue.idx and toks[lead] in ("و", "ولكن", "لكن", "،", ",", "بينما", "فيما"):
            lead += 1
        before_end = cue.idx
        while before_end > lead and toks[before_end - 1] in _TRAIL_PUNCT:
            before_end -= 1
        before_words = s.words[before_end] - s.words[lead]
        after_words = s.words[n] - s.words[after_k] if after_k is not None else 0
        if after_k is not None and any(
            c.kind in ("verb", "naql")
            for c in cues[bisect_left(cue_at, after_k) : bisect_right(cue_at, after_k + 1)]
        ):
            return None  # "ونقلًا عن X، كتب Y أن …": the verb's speaker takes it
        if before_words >= 3 and after_words < 3:
            # "…" بحسب X  /  main clause، حسبما أفاد X
            p = _pair_closing_at(s, before_end - 1)
            if p >= 0 and s.opens[p] <= lead + 1 and s.words[before_end - 1] - s.words[s.opens[p]] >= 2:
                self.emit(2, sp, name, s, s.opens[p] + 1, before_end - 1, True)
                return _Accepted(name, sp, -1, cue.idx, 1)
            self.emit(1, sp, name, s, lead, before_end, False)
            return _Accepted(name, sp, -1, cue.idx, 1)
        if after_k is not None and after_words >= 2 and before_words < 3:
            return _Accepted(name, sp, after_k, cue.idx, 1)
        if before_words >= 3 and after_words >= 3:
            self.emit(1, sp, name, s, lead, n, False)
            return _Accepted(name, sp, -1, cue.idx, 1)
        return None

    def _bare_quote(self, si: int, s: _Sent) -> None:
        """A sentence that is one long quotation continues the previous speaker's words."""
        if self.last is None or si - self.last_sentence > 2 or not s.pairs:
            return
        toks = s.toks
        o, c = s.pairs[0]
        lead = 0
        while lead < o and toks[lead] in ("و",):
            lead += 1
        if o != lead or s.words[c] - s.words[o] < 4:
            return
        if any(t not in _TRAIL_PUNCT for t in toks[c + 1 :]):
            return
        self.emit(1, self.last, "", s, o + 1, c, True)


def extract_quotes(
    text: str, sentences: Sequence[Sentence], entities: Sequence[EntityMention] = ()
) -> list[Quote]:
    """Attributed quotes of an article, in text order. Pure, fast, never raises."""
    return extract_quotes_until(text, sentences, entities, None)[0]


def extract_quotes_until(
    text: str, sentences: Sequence[Sentence], entities: Sequence[EntityMention],
    stop: Callable[[], bool] | None,
) -> tuple[list[Quote], bool]:
    """(quotes, stopped): :func:`extract_quotes`, asking ``stop()`` before each sentence that may hold
    a quote; once it answers True, the quotes of the sentences before are returned with stopped=True
    (a time budget or a cancel: one very long article must not hold an analysis for minutes)."""
    if not text or not isinstance(text, str):
        return [], False
    try:
        extractor = _Extractor(text, entities)
        found = extractor.run(sentences, stop)
        return found, extractor.stopped
    except Exception:  # a reader must never crash on one odd article
        log.exception("quote extraction failed; no quotes for this article")
        return [], False
