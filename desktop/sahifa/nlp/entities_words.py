"""The entity engine's words: word lists, the per-surface analysis, the tokeniser and the raw mention.

Part of the rule-based entity engine (:mod:`sahifa.nlp.entities` describes the whole pipeline). Everything
here depends on a token's surface alone, so it is computed once per distinct surface and cached across
articles: its folded key and clitic readings (:func:`_info`), which detectors may start at it
(:func:`_triggers`), and whether it could be part of a name (:func:`_name_like_surface`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.arabic import AR_DIACRITICS, TATWEEL, fold, loose_word, strip_article
from .gazetteer import Entry, Gazetteer, gazetteer
from .normalize import chunked

_AR = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff\u064b-\u065f\u0670\u0640"
_TOKEN_RE = re.compile(rf"[{_AR}]+|[A-Za-z]+(?:['’\-][A-Za-z]+)*|[0-9\u0660-\u0669]+|\S")
# (gap, token) pairs: the tokens of one scan of the text, each with the gap before it (whitespace and the
# bidi marks U+200E/U+200F), so a single findall yields every token, its offset and any line break.
# (Finding tokens alone and their offsets with str.find is faster in pure Python but slower compiled.)
_PAIR_RE = re.compile(
    rf"([\s\u200e\u200f]*)([{_AR}]+|[A-Za-z]+(?:['’\-][A-Za-z]+)*|[0-9\u0660-\u0669]+|[^\s\u200e\u200f])")
_SPACE_CHARS = frozenset(" \t\n\r\f\v\u2029\u2028\u00a0\u200f\u200e\u202f\u2009\u3000\x1c\x1d\x1e\x1f\x85\u1680"
                         "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u200a\u205f")
_DIAC_SET = frozenset(AR_DIACRITICS + TATWEEL)
# a harakah anywhere in a word: one regex search (frozenset.isdisjoint made a string per character)
_DIAC_RE = re.compile(f"[{AR_DIACRITICS}]")
_OPEN_Q = frozenset("“\"«'‘„")
_CLOSE_Q = {"“": "”", '"': '"', "«": "»", "'": "'", "‘": "’", "„": "“"}
_AL = "ال"


# ---------------------------------------------------------------------------------------------------
# tokens
@dataclass(slots=True, init=False, unsafe_hash=True)
class _Info:
    """Per-surface analysis, cached across articles (never changed once made).

    (``init=False`` and an explicit ``__init__``: mypyc compiles it, where the dataclass-generated one ran as
    interpreted bytecode at every construction; ``unsafe_hash``: hashable by value as a frozen one was.)"""

    kind: str  # a (Arabic) | l (Latin) | d (digits) | p (punctuation)
    key: str  # folded surface
    forms: tuple[tuple[int, str, bool], ...]  # (char offset, folded key, clitic stripped?) best first
    has_diac: bool
    loose: tuple[str, ...] = ()  # loose_word(key) of each form (propagation keys)
    stripped: tuple[str, ...] = ()  # the folded keys of the clitic-stripped forms (the CRF's view of the word)

    def __init__(self, kind: str, key: str, forms: tuple[tuple[int, str, bool], ...], has_diac: bool,
                 loose: tuple[str, ...] = (), stripped: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.key = key
        self.forms = forms
        self.has_diac = has_diac
        self.loose = loose
        self.stripped = stripped


# The per-surface analyses below are kept in plain dicts, each emptied when it reaches _MEMO_MAX surfaces (a
# bound on memory for folders of unusual text): compiled, a hit is one native call and one look-up, where an
# lru_cache hit was a generic call into the wrapper and a move in its recency list. They are pure functions of
# the surface (and of the process's gazetteer), so what is kept never changes a result.
_MEMO_MAX = 200_000


def _given(g: Gazetteer, key: str) -> bool:
    """A folded word is a given name: in the gazetteer's list or its Wikidata-derived extra list."""
    return key in g.given_names or key in g.given_extra


def _skip_marks(s: str, i: int) -> int:
    while i < len(s) and s[i] in _DIAC_SET:
        i += 1
    return i


_INFO_MEMO: dict[str, _Info] = {}


def _info(surface: str) -> _Info:
    """:func:`_analysed`, kept per surface (see :data:`_MEMO_MAX`)."""
    got = _INFO_MEMO.get(surface)
    if got is None:
        got = _analysed(surface)
        if len(_INFO_MEMO) >= _MEMO_MAX:
            _INFO_MEMO.clear()
        _INFO_MEMO[surface] = got
    return got


def _analysed(surface: str) -> _Info:
    c0 = surface[0]
    if c0.isascii() and c0.isalpha():
        return _Info("l", surface, ((0, surface, False),), False, (surface,))
    if c0.isdigit():
        return _Info("d", surface, ((0, surface, False),), False, (surface,))
    if not ("\u0600" <= c0 <= "\u06ff"):
        return _Info("p", surface, ((0, surface, False),), False, (surface,))
    key = fold(surface)
    forms: list[tuple[int, str, bool]] = [(0, key, False)]
    seen = {key}
    # conjunction و / ف, then preposition ب / ل / ك (optionally followed by tatweel: "بـ")
    starts: list[int] = [0]
    if surface[0] in "وف":
        starts.append(_skip_marks(surface, 1))
    for st in list(starts):
        if st < len(surface) and surface[st] in "بلك":
            starts.append(_skip_marks(surface, st + 1))
    for st in starts[1:]:
        rest = surface[st:]
        rk = fold(rest)
        if len(rk) < 2:
            continue
        if rk not in seen:
            forms.append((st, rk, True))
            seen.add(rk)
        # لل → ل + (ا)ل: the name starts after "لل", its key gets the article back (the clitics folded only then)
        if rk.startswith("ل") and len(rk) > 2 and not rk.startswith("ال") and fold(surface[:st]).endswith("ل"):
            st2 = _skip_marks(surface, st + 1)
            k2 = _AL + fold(surface[st2:])
            if k2 not in seen and len(k2) > 3:
                forms.append((st, k2, True))  # span keeps the article's ل: "لبيت الأبيض"
                seen.add(k2)
    has_diac = _DIAC_RE.search(surface) is not None
    return _Info("a", key, tuple(forms), has_diac, tuple([loose_word(k) for _o, k, _s in forms]),
                 tuple([k for _o, k, st in forms if st]))


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Tok:
    """One token. A native class once compiled (mypyc): built with one allocation and read field by field
    without a type check; a named tuple (~3× cheaper to build in pure Python) cost a tuple, a call of
    ``tuple.__new__`` and a copy per token, and a checked tuple read at every field access."""

    start: int
    end: int
    text: str
    info: _Info
    brk: bool  # a line break separates it from the previous token

    def __init__(self, start: int, end: int, text: str, info: _Info, brk: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.info = info
        self.brk = brk


# A text is mostly words separated by single spaces: split it on "\n" and " " (C speed) and tokenise each
# space-free chunk once — news repeats its words, so a chunk's tokens come from its shared record
# (sahifa.nlp.normalize.Chunk) and the regex runs only on chunks not seen before. Same tokens as one _PAIR_RE
# scan of the whole text (tested), at about half the cost: the regex engine's per-character class tests were
# most of the tokenising time.
_Piece = tuple[int, str, _Info, int, bool]  # offset in the chunk, token, info, detector mask, break before


# a chunk that is one Arabic word and nothing else (two new chunks in three): _PAIR_RE would find it alone,
# with no gap before it; its one piece is made without the scan, the pair, and a copy of the word
_ONE_WORD_RE = re.compile(rf"[{_AR}]+")


def _chunk_pieces(chunk: str) -> tuple[tuple[_Piece, ...], bool]:
    """The chunk's tokens, and whether a paragraph separator (U+2029) follows the last one."""
    if _ONE_WORD_RE.fullmatch(chunk) is not None:
        return ((0, chunk, _info(chunk), _triggers(chunk), False),), False
    pieces: list[_Piece] = []
    pos = 0
    brk = False
    for gap, w in _PAIR_RE.findall(chunk):
        brk = False
        if gap:
            pos += len(gap)
            brk = "\u2029" in gap  # "\n" cannot be inside a chunk
        pieces.append((pos, w, _info(w), _triggers(w), brk))
        pos += len(w)
    return tuple(pieces), "\u2029" in chunk[pos:]


def _tokenise(text: str, starts: list[tuple[int, int]] | None = None) -> list[_Tok]:
    """Tokens of ``text``; ``starts`` (if given) receives (token index, detector mask) of every token
    at which some detector may start (and of sports words, see :attr:`_Engine.sports`)."""
    # (no local aliases of bound methods: compiled, out.append is a direct C call)
    out: list[_Tok] = []
    if starts is None:
        starts = []
    first = True
    split = chunked(text)
    chunks = split.chunks
    offsets = split.starts
    ci = 0
    for line_end in split.line_ends:
        while ci < line_end:
            rec = chunks[ci]
            hit: tuple[tuple[_Piece, ...], bool] | None = rec.ent
            if hit is None:
                hit = _chunk_pieces(rec.text)
                rec.ent = hit
            pieces, trailing_break = hit
            pos = offsets[ci]
            for off, w, info, mask, brk in pieces:
                if brk:
                    first = True
                if mask:
                    starts.append((len(out), mask))
                start = pos + off
                out.append(_Tok(start, start + len(w), w, info, first))
                first = False
            if trailing_break:
                first = True
            ci += 1
        first = True  # the line ended
    return out


# ---------------------------------------------------------------------------------------------------
# raw mentions
@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Raw:
    start: int  # char offsets
    end: int
    t0: int  # token range [t0, t1)
    t1: int
    type: str
    entry: Entry | None
    how: str  # gaz | title | name | org | media | loc | appos | prop | acro
    alias_of: int  # index of the raw mention this one is an alias of (acronyms)

    def __init__(self, start: int, end: int, t0: int, t1: int, type: str, entry: Entry | None = None,
                 how: str = "gaz", alias_of: int = -1) -> None:
        self.start = start
        self.end = end
        self.t0 = t0
        self.t1 = t1
        self.type = type
        self.entry = entry
        self.how = how
        self.alias_of = alias_of


def _kept(raws: list[_Raw], keep: list[int]) -> list[_Raw]:
    """The mentions at the indices ``keep``, in that order, as new objects whose ``alias_of`` points into the
    new list (-1 when the mention it pointed to is not kept)."""
    new_index = {old: new for new, old in enumerate(keep)}
    out: list[_Raw] = []
    for old in keep:
        r = raws[old]
        alias = new_index.get(r.alias_of, -1) if r.alias_of >= 0 else -1
        out.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, alias))
    return out


def _covered(n: int, raws: list[_Raw]) -> bytearray:
    """A byte per token of the article (``n`` tokens): 1 where one of ``raws`` covers it."""
    covered = bytearray(n)
    for r in raws:
        for k in range(r.t0, r.t1):
            covered[k] = 1
    return covered


def _with_added(raws: list[_Raw], added: list[_Raw]) -> list[_Raw]:
    """``raws`` with the new mentions ``added`` (which cover no token of theirs), in order of offset, ``alias_of``
    kept pointing at the same mentions."""
    if not added:
        return raws
    both = raws + added
    return _kept(both, sorted(range(len(both)), key=lambda q: both[q].start))


_PRI = {"gaz": 3, "title": 2, "name": 2, "appos": 2, "org": 1, "media": 1, "loc": 1}
_PRON_SUFFIXES = ("ها", "هم", "هما", "كم", "كما", "نا", "هن")
_PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "ولد"})
_KUNYA = frozenset({"ابو", "ابي", "ابا", "ام"})
_NAME_PREPS = frozenset({"في", "لدي", "باسم", "عن", "ب", "داخل", "ضمن"})
_LOC_PREPS = frozenset({"في", "من", "الي", "باتجاه", "قرب", "نحو", "داخل", "بلده", "وفي", "ومن"})
_REL_LOC = frozenset({"الواقعه", "الواقع", "تقع", "يقع"})
_DIRS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "بريف", "ريف"})
_GENERIC_MEDIA = frozenset({"موقع", "منصه"})
_WEAK_AL_OK = frozenset({"الجيش", "الحكومه"})
# speech verbs: a name right after one is the speaker ("قال سلطان الجابر")
_SPEECH = frozenset(fold(w) for w in (
    "قال قالت أكد أكدت صرح صرحت أعلن أعلنت أضاف أضافت أوضح أوضحت أشار أشارت ذكر ذكرت أفاد أفادت "
    "كشف كشفت نفى نفت حذر حذرت دعا دعت شدد شددت اعتبر اعتبرت رأى رأت تابع تابعت أردف أردفت لفت لفتت "
    "طالب طالبت رد ردت علق علقت أعرب أعربت وصف وصفت اتهم اتهمت يقول تقول يرى ترى التقى استقبل زار "
    "بحسب حسب وفق وفقا لسان").split())
# function words (prepositions, particles, pronoun forms) that are never inside a person's name
#: function words as they are spelt (with their hamza: entities_crfspans tells أمام "before" from إمام "imam" by it)
_FUNCTION_SPELT = tuple((
    "في من إلى الى على عن مع بين حتى منذ عند لدى ضد نحو عبر دون بعد قبل فوق تحت أمام خلف ثم أو بل لكن إلا غير "
    "سوى لا لم لن ما هل إن أن إني إنني أنني لأن لأني لكني إننا أننا إنك أنك إنه أنه إنها أنها قد لقد سوف هو هي هم "
    "هن أنا نحن أنت أنتم يا أيها أيتها هذا هذه ذلك تلك الذي التي كل بعض أي كما مثل عليك عليكم علينا عليه عليها "
    "عليهم إليك إليكم إلينا إليه إليها لك لكم لنا له لها لهم منك منكم منا منه منها منهم عنك عنكم عنا عنه عنها "
    "معك معكم معنا معه معها بك بكم بنا به بها بهم فيك فيكم فينا فيه فيها فيهم لدينا لديه لديها").split())
_FUNCTION_WORDS = frozenset(fold(w) for w in _FUNCTION_SPELT)
# before these a "given name" that is also a common word is a verb or adjective (بينما عادل موسى …)
_VERB_SLOT = frozenset(fold(w) for w in "بينما فيما حين حيث ثم قد لقد كما عندما بعدما لما إذ إذا لكي كي لن لم".split())
# relative pronouns and other function words that never continue a name
_STOP_AL = frozenset(fold(w) for w in "الذي التي الذين اللذين اللتين اللاتي اللواتي الآن الان إلى الى".split())
# heads of institutions often named after a person: جامعة محمد بن زايد، مستشفى الملك فهد
_PERSON_NAMED = frozenset(fold(w) for w in (
    "جامعة الجامعة مستشفى المستشفى مجمع مؤسسة المؤسسة مركز معهد مدرسة كلية جائزة مسجد مطار مدينة قاعدة").split())
# compound place-name prefixes: أم كدادة، عين التينة، تل أبيض، أولاد تايمة، سيدي بوزيد
_PLACE_PREFIX = frozenset(fold(w) for w in (
    "أم أبو ابو عين تل دير رأس راس بئر بير خان ود أولاد اولاد بني سيدي جسر كفر بيت برج مرج سوق قصر وادي "
    "ذي حاسي عرب بنت سيد ميت شبرا منية كوم نجع عزبة").split())
_FEM_LOC_PLURAL = frozenset({"احياء", "مناطق", "جبال", "جزر", "قري", "مدن", "بلدات", "مخيمات"})
# a definite noun right after these (indefinite) heads is the place's name: مدينة الأبيض، حي الدقي
_TRIBE_HEADS = frozenset({"قبيله", "عشيره", "قبائل"})
_LOC_HEAD_NAMED = frozenset({"ميناء", "مطار", "مرفا"})  # ميناء جيهان: named like a person
_MEDIA_NAMED = frozenset({"صحيفه", "جريده", "مجله", "قناه", "اذاعه"})  # صحيفة "الخبر"، قناة "الشروق"
_LOC_HEAD_TAKES_DEF = frozenset({"مدينه", "بلده", "قريه", "مخيم", "حي", "محافظه", "اقليم", "قضاء", "ناحيه"})
# definite words after ل that end an organisation name rather than continue it (للمرة، للعام)
_LAM_STOP = frozenset(fold(w) for w in (
    "المرة العام السنة اليوم الشهر الأسبوع الحظة الفترة الوقت المدة الحكومة الدولة البلاد المنطقة الرئيس "
    "الصحفيين الصحافيين الصحفي الإعلام الجزيرة العربية التلفزيون الإذاعة").split())
# adjectives of time that follow a ل-complement without being part of the name (للانتخابات المقبلة)
_TIME_ADJ = frozenset(fold(w) for w in (
    "المقبل المقبلة الماضي الماضية الجديد الجديدة الحالي الحالية السابق السابقة الأخير الأخيرة القادم القادمة "
    "المرتقب المرتقبة المبكرة").split())
# adjectives without the nisba ending that continue an organisation name (لحماية المال العام)
_ORG_ADJ = frozenset(fold(w) for w in (
    "العام العامة الأعلى العليا الخاص الخاصة الحر الحرة المستقل المستقلة المتحدة الموحد الموحدة الكبرى "
    "الأساسي العالمي").split())
_SPORT_WORDS = frozenset(fold(w) for w in (
    "مباراة المباراة مباريات الدوري دوري ملعب مدرب المدرب الجولة هدف بهدف الهدف أهداف الشوط لاعب اللاعب "
    "المنتخب منتخب تعادل ركلة كأس البطولة بطولة الفريق فريق الملعب الأندية اللاعبين لاعبي المهاجم مهاجم "
    "الحارس حارس الاحتراف").split())
_MISC_NOUNS = frozenset(fold(w) for w in (
    "أبطال ابطال أمم امم الأمم السوبر الممتاز الأبطال النخبة المحترفين الاتحاد الرابطة القارات "
    "الخليج العرب").split())
_MISC_LAM = frozenset(fold(w) for w in "للمحترفين للأندية للاندية للناشئين للشباب للسيدات للرجال".split())
_FESTIVALS = frozenset({"مهرجان"})
# seasons and feasts that name a town's festival with its place (صيف الشرقية، عيد النعيرية), folded
_SEASONS = frozenset({"صيف", "عيد"})
# heads of named events (ملتقى السياحة المعرفية، معرض مشكاة التفاعلي) and of treaties named by a city (اتفاق الطائف)
_EVENTS = frozenset({"ملتقي", "معرض", "مؤتمر", "منتدي"})
_TREATIES = frozenset({"اتفاق", "اتفاقيه"})
_ADVERB_HEADS = frozenset(fold(w) for w in "بشكل بصورة بصفة بطريقة".split())
_FEM_LOC_HEADS = frozenset({"مدينه", "قريه", "بلده", "محافظه", "ولايه", "منطقه", "بلديه", "ناحيه", "جزيره",
                            "عاصمه", "دوله", "جمهوريه", "مملكه", "اماره", "بحيره", "صحراء", "هضبه", "ساحه"})

_T_GAZ, _T_CUE, _T_NAME, _T_PREP, _T_NL, _T_ORG, _T_LOC, _T_MISC = 1, 2, 4, 8, 16, 32, 64, 128
_T_SPORT = 256  # not a detector: the token is a sports word (_Engine.sports)
_R_TITLE = frozenset({"title", "title_direct"})
_R_ORG = frozenset({"org_strong", "org_weak", "org_media"})
_R_LOC = frozenset({"loc", "loc_full"})
_R_LOC1 = frozenset({"loc"})
_R_MISC = frozenset({"misc", "work"})
_R_HEADS = frozenset({"org_strong", "org_weak", "org_media", "loc"})
_ROLE_BIT = {"title": _T_CUE, "title_direct": _T_CUE, "org_strong": _T_ORG, "org_weak": _T_ORG,
             "org_media": _T_ORG, "loc": _T_LOC, "loc_full": _T_LOC, "misc": _T_MISC,
             "work": _T_MISC}


_TRIGGERS_MEMO: dict[str, int] = {}


def _triggers(surface: str) -> int:
    """:func:`_triggers_of`, kept per surface (see :data:`_MEMO_MAX`)."""
    got = _TRIGGERS_MEMO.get(surface)
    if got is None:
        got = _triggers_of(surface)
        if len(_TRIGGERS_MEMO) >= _MEMO_MAX:
            _TRIGGERS_MEMO.clear()
        _TRIGGERS_MEMO[surface] = got
    return got


def _triggers_of(surface: str) -> int:
    """Which detectors can start at a token with this surface (most words start none)."""
    g = gazetteer()
    info = _info(surface)
    mask = 0
    for _off, k, _st in info.forms:
        if k in g.entries:
            mask |= _T_GAZ
        for _toks, cue in g.cues.get(k, ()):
            mask |= _ROLE_BIT.get(getattr(cue, "role", ""), 0)
        if k in g.given_names or k in _KUNYA or k == "عبد" or k in g.given_extra:
            mask |= _T_NAME
    if info.has_diac and g.marked:
        mask |= _T_GAZ
    if info.key in _LOC_PREPS:
        mask |= _T_PREP
    if info.kind == "a" and not info.key.startswith(_AL) and (_name_like_surface(surface) or _foreign_eh(surface)):
        mask |= _T_NL
    if any(fk in _SEASONS for _o, fk, _st in info.forms):
        mask |= _T_MISC  # صيف الشرقية: a festival when a place follows
    if info.key in _SPORT_WORDS or any(st and fk in _SPORT_WORDS for _o, fk, st in info.forms):
        mask |= _T_SPORT  # also after a clitic: والمنتخب، بالملعب
    return mask


def _foreign_eh(surface: str) -> bool:
    """A long unknown word ending in يه, as foreign names are written (أوليفيه، أندريه، ماتيه), which the
    pronoun-suffix check of :func:`_name_like_surface` turns away: a detector may still try a name there."""
    k = _info(surface).key
    return len(k) >= 6 and surface.rstrip(AR_DIACRITICS).endswith("يه") and not _known_reading(surface, "any") \
        and not _common_reading(surface)


_ACCUSATIVE_MEMO: dict[str, bool] = {}


def _accusative(surface: str) -> bool:
    """:func:`_accusative_of`, kept per surface (see :data:`_MEMO_MAX`)."""
    got = _ACCUSATIVE_MEMO.get(surface)
    if got is None:
        got = _accusative_of(surface)
        if len(_ACCUSATIVE_MEMO) >= _MEMO_MAX:
            _ACCUSATIVE_MEMO.clear()
        _ACCUSATIVE_MEMO[surface] = got
    return got


def _accusative_of(surface: str) -> bool:
    """Written with the tanween of an indefinite accusative (جزءًا، حربًا): a common noun or adjective,
    never a name."""
    return surface.endswith(("\u064bا", "ا\u064b"))


_NAME_LIKE_MEMO: dict[str, bool] = {}


def _name_like_surface(surface: str) -> bool:
    """:func:`_name_like_of`, kept per surface (see :data:`_MEMO_MAX`)."""
    got = _NAME_LIKE_MEMO.get(surface)
    if got is None:
        got = _name_like_of(surface)
        if len(_NAME_LIKE_MEMO) >= _MEMO_MAX:
            _NAME_LIKE_MEMO.clear()
        _NAME_LIKE_MEMO[surface] = got
    return got


def _name_like_of(surface: str) -> bool:
    """Could this word be (part of) a proper name, whatever its context? (Not a common word, no
    clitic + article, no pronoun suffix, not a cue.) Cached per surface like :func:`_triggers` (the
    scanner asks it of a token again and again: one look-up instead of the five cached calls it makes)."""
    g = gazetteer()
    k = _info(surface).key
    if len(k) < 2 or _known_reading(surface, "lex") or k in g.nationalities:
        return False
    if _accusative(surface):
        return False
    if k.startswith(("وال", "بال", "فال", "كال", "لل")) and len(k) > 4:
        return False
    if len(k) > 4 and k.endswith(_PRON_SUFFIXES):
        return False
    if len(k) > 3 and surface.rstrip(AR_DIACRITICS).endswith("ه") and not k.endswith("له"):
        return False  # a pronoun suffix (نظيره), not teh marbuta
    if k in g.cues or _common_reading(surface) or (_verb_shaped(k) and k not in g.given_names):
        return False
    return not _known_reading(surface, "any")


_COMMON_MEMO: dict[str, bool] = {}


def _common_reading(surface: str) -> bool:
    """:func:`_common_reading_of`, kept per surface (see :data:`_MEMO_MAX`)."""
    got = _COMMON_MEMO.get(surface)
    if got is None:
        got = _common_reading_of(surface)
        if len(_COMMON_MEMO) >= _MEMO_MAX:
            _COMMON_MEMO.clear()
        _COMMON_MEMO[surface] = got
    return got


def _common_reading_of(surface: str) -> bool:
    """Is the word, or a clitic reading of it, a frequent word that is never part of a name (the
    gazetteer's ``common`` list, from NewsFANE)? A reading counts after و/ف when 3+ letters remain and after
    ب/ل/ك when 4+ remain (لمواجهة، فبدأ، ومتلازمة; not بسام، كمال). A given name is never common."""
    g = gazetteer()
    info = _info(surface)
    if info.key in g.given_names:
        return False
    for _off, k, stripped in info.forms:
        if k in g.common and (not stripped or len(k) >= 4 or (len(k) >= 3 and surface[0] in "وف")):
            return True
    return False


def _verb_shaped(k: str) -> bool:
    """A folded word shaped like an imperfect verb (يتحدث، تعجز، نقوم، يهنئ، يستقبل) or a verb with a
    first-person object (أعجبني، يسعدني): not a name (given names are checked by the caller). Four-letter
    words with a long ا after the second letter are left alone: they are names as often (نصار، تمام)."""
    n = len(k)
    if n < 4 or k.startswith(_AL):
        return False
    if k[0] in "يتن":
        if n == 4 and k[1] not in "اي" and k[2] not in "اوي":
            return True  # تعجز، يوقع (not نصار، تمام)
        if n == 5 and k[1] in "تن" and k[2] not in "اوي":
            return True
        if n >= 5 and k[1:3] == "ست":
            return True  # يستمر، يستقبل
        if n >= 5 and k[1] not in "اوي" and k[2] == "ت":
            return True  # form VIII: يحتفل، يجتمع، تنتهي (not نتنياهو، يوتيوب)
        if n >= 5 and k[0] in "يت" and k[1] not in "اوي" and k.endswith("ون"):
            return True  # a plural imperfect: يحتفلون، يقولون
        if n >= 5 and k[0] == "ت" and k[-1] == "ت" and k[-2] not in "او":
            return True  # a feminine perfect of form V/VI: تبلورت، تحدثت، توقفت (not a name in ت…ت)
    if n >= 5 and k[0] == "س" and k[1] in "يتن":
        rest = k[1:]
        if (n >= 6 and _verb_shaped(rest)) or rest in gazetteer().common or rest in gazetteer().lexicon:
            return True  # the future prefix: سيستمر، ستنتهي، ستقوم (not سيلفا، سيرجي)
    return n >= 5 and k[0] in "ايتن" and k.endswith("ني") and not k.endswith("اني")


_KNOWN_MEMO: dict[str, int] = {}
_KNOWN_LEX = 1  # bits of :func:`_known_readings`
_KNOWN_ANY = 2


def _known_reading(surface: str, what: str) -> bool:
    """:func:`_known_reading_of`: one bit of :func:`_known_readings`."""
    return (_known_readings(surface) & (_KNOWN_LEX if what == "lex" else _KNOWN_ANY)) != 0


def _known_readings(surface: str) -> int:
    """:func:`_known_readings_of`, kept per surface (see :data:`_MEMO_MAX`)."""
    got = _KNOWN_MEMO.get(surface)
    if got is None:
        got = _known_readings_of(surface)
        if len(_KNOWN_MEMO) >= _MEMO_MAX:
            _KNOWN_MEMO.clear()
        _KNOWN_MEMO[surface] = got
    return got


def _known_reading_of(surface: str, what: str) -> bool:
    """Is the word, or a *credible* clitic reading of it, a common word ("lex") — or for "any" also a
    clitic reading that is a cue or gazetteer word? A reading counts when the conjunction و was
    stripped, or two clitics, or the rest is a function word of ≤ 2 letters or starts with ال: so
    "وقال"، "بأن"، "بالمنطقة" are known words but "فرات"، "كمال"، "بسام" (ف/ك/ب + a 3-letter word)
    stay names. (Only "any" looks at clitic readings alone: the word itself counts for "lex".)"""
    return (_known_readings_of(surface) & (_KNOWN_LEX if what == "lex" else _KNOWN_ANY)) != 0


def _lex_reading(g: Gazetteer, k: str) -> bool:
    """A folded reading is a lexicon word (with or without the article)."""
    lex = g.lexicon
    if k in lex or strip_article(k) in lex or (_AL + k) in lex:
        return True
    # an indefinite accusative (حربًا، جزءًا): the alif of the tanween is not part of the stem
    return len(k) > 3 and k.endswith("ا") and k[:-1] in lex


def _known_readings_of(surface: str) -> int:
    """Both answers of :func:`_known_reading_of` ("lex" → :data:`_KNOWN_LEX`, "any" → :data:`_KNOWN_ANY`)
    from one walk over the surface's readings, each reading's look-ups made once."""
    g = gazetteer()
    info = _info(surface)
    got = 0
    for off, k, stripped in info.forms:
        if not stripped:
            if not got & _KNOWN_LEX and _lex_reading(g, k):
                got |= _KNOWN_LEX
            continue
        credible = len(k) <= 2 or (k.startswith(_AL) and len(k) >= 4) or surface[0] == "و" \
            or len(fold(surface[:off])) >= 2
        cue = k in g.cues or k in g.entries
        if credible:
            if _lex_reading(g, k):
                got = _KNOWN_LEX | _KNOWN_ANY
            elif cue:
                got |= _KNOWN_ANY
        elif len(k) >= 4 and cue:  # لوكالة، بجامعة، بعنيزة
            got |= _KNOWN_ANY
        if got == _KNOWN_LEX | _KNOWN_ANY:
            break
    return got


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)
