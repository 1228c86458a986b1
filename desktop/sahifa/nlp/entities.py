"""Rule-based named-entity engine for Arabic news (PERSON / ORG / LOC).

Pipeline for one article (:func:`extract_entities`), all over one token list:

1. **Tokenise** with one regex (Arabic words with their diacritics, Latin words, digit runs, single
   punctuation marks). Each distinct surface is analysed once per process (``_info``, cached): its folded
   key and its *clitic readings* — و/ف + ب/ل/ك (+ "ـ") stripped, and لل → ال — each with the character
   offset where the name would start, so spans never include a clitic but keep an article that is part of
   the name ("بريف دير الزور" → "دير الزور", "لقوات سوريا الديمقراطية" → "قوات سوريا الديمقراطية").
2. **Pass 1, left to right**: at each token the detectors propose candidates and the one reaching
   furthest wins (ties: gazetteer > person patterns > organisation/location patterns):
   * the gazetteer (multi-word, token-trie lookup; countries, places, organisations, famous people);
   * person titles (``الرئيس الأمريكي``، ``وزير الخارجية المصري``، ``المتحدث باسم التحالف``،
     ``مدير المركز الإعلامي لقوات …``) → a complement of adjectives, nationalities and entities,
     then a name (a given name starts it; after a direct title any name-like word does);
   * given names (``جون``، ``مصطفى``، ``فلورانس``; compound ``عبد ال…``; kunya ``أبو …``) + surname;
   * organisation head-words (``وزارة الصحة السعودية``، ``المرصد السوري لحقوق الإنسان``, media heads
     whose span is the outlet's name: ``شبكة “فرات بوست”`` → ``فرات بوست``);
   * location head-words (``قرية الباغوز`` → ``الباغوز``);
   * apposition (``جيا فرات قائد …``: two name-like words right before a title) and two unknown words
     after a masculine nationality adjective (``المهاجم البرازيلي ماتيوس كونيا``);
   * people without a title: after a speech verb (``قال سلطان الجابر``) or a nationality adjective an
     ambiguous given name is accepted with a surname; so is one followed by a family-name-shaped word
     (a nisba ``العلمي`` or Maghrebi ``بنعلي``); never in a verb slot (``بينما عادل …``);
   * organisation complements: ل-phrases (``للانتخابات``، ``لحماية المال العام``) and و+ال coordination
     (``الأصالة والمعاصرة``) after strong heads; a definite head never takes an indefinite word
     (``المجلس حنفي جبالي``); a parenthesised acronym vouches for a span (``… (غافي)``);
   * competitions → MISC (``دوري أبطال آسيا``، ``كأس العالم 2026``); venues keep their head-word
     (``ملعب الأمير فيصل بن فهد``); place heads take compound names (``أم كدادة``، ``عين التينة``) and,
     after an indefinite head, a definite noun (``مدينة الأبيض``);
   * club names that are also common words (``الهلال``، ``النصر``; gazetteer kind ``club``) only count
     in sports news.
   Acronyms introduced after an organisation (``X (قسد)`` or ``X قسد``, checked against X's initials)
   become aliases.
3. **Pass 2, propagation**: names found through context in pass 1 are looked for everywhere else in the
   article (with clitics, with or without ال, ج/غ spelling variants), plus surnames of people found in
   full ("بالي" after "مصطفى بالي").
4. **Canonicalisation**: gazetteer entries keep their canonical name and English label; other mentions
   cluster by a loose key (folded, article stripped, ج→غ), one-word person mentions join the full name
   they end, shorter organisation names join the longer one they start, acronyms join their expansion,
   and near-identical foreign spellings (edit distance 1) merge. Canonical = the longest most frequent form.

:func:`link_across_articles` repeats step 4 over many articles; :func:`canonical_key` is the key the
database uses for corrections and ``--entity NAME``.

Cost: ~1.6 ms for a 6 KB article on a busy 2-core box (one regex ``findall`` for tokens, a per-surface
cache of analysis + detector mask, detectors visited only at trigger tokens, gazetteer lookups memoised
per article); tokenising is about a quarter of it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, NamedTuple

from ..core.model import EntityMention
from .gazetteer import Cue, Entry, Gazetteer, gazetteer
from .normalize import AR_DIACRITICS, TATWEEL, fold, remember, strip_article
from .translit import transliterate, transliterate_word

__all__ = ["canonical_key", "extract_entities", "link_across_articles"]

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
_OPEN_Q = frozenset("“\"«'‘„")
_CLOSE_Q = {"“": "”", '"': '"', "«": "»", "'": "'", "‘": "’", "„": "“"}
_AL = "ال"


# ---------------------------------------------------------------------------------------------------
# tokens
@dataclass(frozen=True, slots=True)
class _Info:
    """Per-surface analysis, cached across articles."""

    kind: str  # a (Arabic) | l (Latin) | d (digits) | p (punctuation)
    key: str  # folded surface
    forms: tuple[tuple[int, str, bool], ...]  # (char offset, folded key, clitic stripped?) best first
    has_diac: bool
    loose: tuple[str, ...] = ()  # _loose(key) of each form (propagation keys)


def _skip_marks(s: str, i: int) -> int:
    while i < len(s) and s[i] in _DIAC_SET:
        i += 1
    return i


@lru_cache(maxsize=200_000)
def _info(surface: str) -> _Info:
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
        # لل → ل + (ا)ل: the name starts after "لل", its key gets the article back
        prev = fold(surface[:st])
        if prev.endswith("ل") and rk.startswith("ل") and len(rk) > 2 and not rk.startswith("ال"):
            st2 = _skip_marks(surface, st + 1)
            k2 = _AL + fold(surface[st2:])
            if k2 not in seen and len(k2) > 3:
                forms.append((st, k2, True))  # span keeps the article's ل: "لبيت الأبيض"
                seen.add(k2)
    has_diac = any(ch in AR_DIACRITICS for ch in surface)
    return _Info("a", key, tuple(forms), has_diac, tuple(_loose(k) for _, k, _ in forms))


class _Tok(NamedTuple):
    """One token (a named tuple: ~3× cheaper to build than a slotted dataclass; built in bulk)."""

    start: int
    end: int
    text: str
    info: _Info
    brk: bool  # a line break separates it from the previous token


# A text is mostly words separated by single spaces: split it on "\n" and " " (C speed) and tokenise each
# space-free chunk once — news repeats its words, so a chunk's tokens come from this cache and the regex
# runs only on chunks not seen before. Same tokens as one _PAIR_RE scan of the whole text (tested), at
# about half the cost: the regex engine's per-character class tests were most of the tokenising time.
_Piece = tuple[int, str, _Info, int, bool]  # offset in the chunk, token, info, detector mask, break before
_CHUNK_CACHE: dict[str, tuple[tuple[_Piece, ...], bool]] = {}


def _chunk_pieces(chunk: str) -> tuple[tuple[_Piece, ...], bool]:
    """The chunk's tokens, and whether a paragraph separator (U+2029) follows the last one."""
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
    out: list[_Tok] = []
    append = out.append
    new = tuple.__new__
    tok = _Tok
    cache = _CHUNK_CACHE
    get = cache.get
    if starts is None:
        starts = []
    mark = starts.append
    first = True
    pos = 0
    for line in text.split("\n"):
        for chunk in line.split(" "):
            if chunk:
                hit = get(chunk)
                if hit is None:
                    hit = remember(cache, chunk, _chunk_pieces)
                pieces, trailing_break = hit
                for off, w, info, mask, brk in pieces:
                    if brk:
                        first = True
                    if mask:
                        mark((len(out), mask))
                    start = pos + off
                    append(new(tok, (start, start + len(w), w, info, first)))
                    first = False
                if trailing_break:
                    first = True
            pos += len(chunk) + 1
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
    "المنتخب منتخب تعادل ركلة كأس البطولة بطولة الفريق").split())
_MISC_NOUNS = frozenset(fold(w) for w in (
    "أبطال ابطال أمم امم الأمم الملك السوبر الممتاز الأبطال النخبة المحترفين الاتحاد الرابطة القارات "
    "الخليج العرب").split())
_MISC_LAM = frozenset(fold(w) for w in "للمحترفين للأندية للاندية للناشئين للشباب للسيدات للرجال".split())
_FESTIVALS = frozenset({"مهرجان"})
_ADVERB_HEADS = frozenset(fold(w) for w in "بشكل بصورة بصفة بطريقة".split())
_FEM_LOC_HEADS = frozenset({"مدينه", "قريه", "بلده", "محافظه", "ولايه", "منطقه", "بلديه", "ناحيه", "جزيره",
                            "عاصمه", "دوله", "جمهوريه", "مملكه", "اماره", "بحيره", "صحراء", "هضبه", "ساحه"})


class _Engine:
    def __init__(self, text: str) -> None:
        self.text = text
        self.g: Gazetteer = gazetteer()
        self.starts: list[tuple[int, int]] = []
        self.toks = _tokenise(text, self.starts)
        self.n = len(self.toks)
        self.raws: list[_Raw] = []
        self._gz: dict[int, tuple[int, int, Entry] | None] = {}
        self._sports: bool | None = None

    @property
    def sports(self) -> bool:
        """Is this sports news? Club names that are also common words (الهلال، النصر، الاتحاد) count
        only there. Computed on first need."""
        if self._sports is None:
            # two different sports words: one alone is too weak ("الفريق" of researchers,
            # "بشكل دوري" = periodically)
            seen: set[str] = set()
            for i, mask in self.starts:
                if mask & _T_SPORT and not self.adverbial(i):
                    seen.add(self.toks[i].info.key)
                    if len(seen) >= 2:
                        break
            self._sports = len(seen) >= 2
        return self._sports

    def adverbial(self, i: int) -> bool:
        """Token i is an adjective in an adverbial phrase: بشكل دوري، بصورة رسمية، بصفة مؤقتة."""
        return i > 0 and not self.toks[i].brk and self.toks[i - 1].info.key in _ADVERB_HEADS

    def weak_title(self, j: int) -> bool:
        """The one-letter abbreviation د without its dot: also a letter (فيتامين د)."""
        return self.toks[j].text == "د" and not (j + 1 < self.n and self.toks[j + 1].text == ".")

    # -- small predicates -------------------------------------------------------------------------
    def contiguous(self, j: int) -> bool:
        """Token j may continue a name started before it (exists, no line break, not punctuation)."""
        return j < self.n and not self.toks[j].brk and self.toks[j].info.kind in "al"

    def is_lex(self, key: str) -> bool:
        lex = self.g.lexicon
        return key in lex or strip_article(key) in lex or (_AL + key) in lex

    def tok_lex(self, j: int) -> bool:
        return _known_reading(self.toks[j].text, "lex")

    def nat(self, j: int) -> bool:
        return self.toks[j].info.key in self.g.nationalities

    def given(self, key: str) -> bool:
        return key in self.g.given_names

    def cue_at(self, j: int, roles: frozenset[str] | None = None) -> tuple[int, int, Cue] | None:
        """(form offset, end token, cue) of the longest cue starting at token j."""
        return self._phrase(self.g.cues, j, roles)

    def gaz_at(self, j: int, clitics: bool = True) -> tuple[int, int, Entry] | None:
        memo_key = j + j + clitics
        memo = self._gz
        if memo_key in memo:
            return memo[memo_key]
        res = self._gaz_at(j, clitics)
        memo[memo_key] = res
        return res

    def _gaz_at(self, j: int, clitics: bool) -> tuple[int, int, Entry] | None:
        tok = self.toks[j]
        info = tok.info
        if info.has_diac and self.g.marked:
            for off, _, _ in info.forms if clitics else info.forms[:1]:
                hit = self.g.marked.get(tok.text[off:].replace(TATWEEL, ""))
                if hit is not None:
                    return off, j + 1, hit
        res = self._phrase(self.g.entries, j, None, clitics)
        if res is None:
            return None
        off, end, value = res
        assert isinstance(value, Entry)
        return off, end, value

    def _phrase(self, index: dict[str, list[tuple[tuple[str, ...], Any]]], j: int, roles: frozenset[str] | None,
                clitics: bool = True) -> tuple[int, int, Any] | None:
        tok = self.toks[j]
        if tok.info.kind not in "al":
            return None
        best = None
        forms = tok.info.forms if clitics else tok.info.forms[:1]
        for off, key, _ in forms:
            bucket = index.get(key)
            if not bucket:
                continue
            for toks, value in bucket:
                if roles is not None and getattr(value, "role", None) not in roles:
                    continue
                if getattr(value, "kind", None) == "club" and not self.sports:
                    continue
                m = len(toks)
                if best is not None and m <= best[1] - j:
                    break
                ok = True
                for k in range(1, m):
                    jj = j + k
                    if jj >= self.n or self.toks[jj].brk or self.toks[jj].info.key != toks[k]:
                        ok = False
                        break
                if ok:
                    best = (off, j + m, value)
                    break
            if best is not None and off == 0:
                break  # the unstripped reading wins over clitic readings of the same length
        return best

    def name_like(self, j: int, allow_al: bool = True) -> bool:
        """Could token j be (part of) a proper name? Unknown, not a common word, no clitic+article."""
        if not self.contiguous(j):
            return False
        tok = self.toks[j]
        if tok.info.kind != "a":
            return False
        if not allow_al and tok.info.key.startswith(_AL):
            return False
        return _name_like_surface(tok.text)

    # -- emission helpers -------------------------------------------------------------------------
    def raw(self, t0: int, off: int, t1: int, typ: str, entry: Entry | None, how: str) -> _Raw:
        return _Raw(self.toks[t0].start + off, self.toks[t1 - 1].end, t0, t1, typ, entry, how)

    # -- detectors --------------------------------------------------------------------------------
    def det_misc(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """Named competitions: دوري أبطال آسيا، الدوري السعودي، دوري روشن السعودي للمحترفين، كأس العالم 2026."""
        cue = self.cue_at(i, _R_MISC)
        if cue is None or self.adverbial(i):
            return None
        off, j, c = cue
        title = self.work_title(j)
        if title is not None:  # فيلم «صراع في الوادي»، مهرجان "ليالي"، فيلم Chappie
            a, b, end = title
            return end, _PRI["org"], [self.raw(a, 0, b, "MISC", None, "misc")]
        if c.role == "work":
            return None
        if next(k for o, k, _ in self.toks[i].info.forms if o == off) in _FESTIVALS:
            return self.festival(i, off, j)
        first_key = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        definite = first_key.startswith(_AL)
        k = j
        proper = False
        while k < self.n and k - j < 6 and self.contiguous(k):
            key = self.toks[k].info.key
            if key in _MISC_NOUNS:
                k += 1
                continue
            gz = self.gaz_at(k, clitics=False)
            if gz is not None and gz[2].type == "LOC" and gz[0] == 0:
                k, proper = gz[1], True
                continue
            if key == "العالم" or key in self.g.nationalities:
                k, proper = k + 1, True
                continue
            if k > j and self.toks[k].text[0] == "ل" and not key.startswith(_AL):
                if key in _MISC_LAM:
                    k += 1
                    continue
                if key == "لكره" and self.contiguous(k + 1) and self.toks[k + 1].info.key == "القدم":
                    k += 2
                    continue
                break
            if not definite and k == j and self.plain_name(k) and not self.given(key):
                k, proper = k + 1, True  # دوري روشن، بطولة ويمبلدون
                continue
            break
        if not proper:
            return None
        if k < self.n and not self.toks[k].brk and self.toks[k].info.kind == "d" and len(self.toks[k].text) == 4:
            k += 1  # كأس العالم 2026
        return k, _PRI["org"], [self.raw(i, off, k, "MISC", None, "misc")]

    def festival(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """A named festival: مهرجان + up to six words of its name (مهرجان رأس تنورة للتراث والترفيه،
        مهرجان التراث والترفيه، مهرجان لوكارنو), stopping at a function word, a verb, a nisba adjective
        after the name (السينمائي، الدولي) or punctuation."""
        k = j
        while k < self.n and k - j < 6 and self.contiguous(k):
            tok = self.toks[k]
            key = tok.info.key
            if tok.info.kind != "a" or _verb_shaped(key) or key in self.g.given_names or _accusative(tok.text):
                break
            gz = self.gaz_at(k)
            if gz is not None and gz[2].type == "LOC":
                k = gz[1]
                continue
            if key.startswith(_AL):
                if k > j and key.endswith(("ي", "يه")) and len(key) > 5:
                    break  # السينمائي، الدولية
                k += 1
                continue
            if self.plain_name(k) or (key[:2] in ("لل", "وال") and len(key) > 4) or (
                    key[:1] == "و" and k > j and self.plain_name(k) is False and not self.is_lex(key)
                    and len(key) > 3):
                k += 1
                continue
            break
        if k == j:
            return None
        return k, _PRI["org"], [self.raw(i, off, k, "MISC", None, "misc")]

    def work_title(self, j: int) -> tuple[int, int, int] | None:
        """The title of a work or event right after its head-word at token j: a quotation of up to 12
        tokens (commas allowed) or a run of Latin words. (first token, end token, end of the match)."""
        if j >= self.n or self.toks[j].brk:
            return None
        t = self.toks[j]
        if t.info.kind == "l":
            b = j
            while b < self.n and b - j < 8 and not self.toks[b].brk and (
                    self.toks[b].info.kind in "ld" or (self.toks[b].text in (":", "-") and b > j)):
                b += 1
            return j, b, b
        if t.text not in _OPEN_Q:
            return None
        close = _CLOSE_Q.get(t.text, t.text)
        b = j + 1
        while b < self.n and b - j <= 12:
            tb = self.toks[b]
            if tb.brk:
                return None
            if tb.info.kind == "p" and (tb.text in (close, "”", "»", '"') or tb.text in _OPEN_Q):
                return (j + 1, b, b + 1) if b > j + 1 and tb.text in (close, "”", "»", '"') else None
            b += 1
        return None

    def det_gaz(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        hit = self.gaz_at(i)
        if hit is None:
            return None
        off, end, entry = hit
        if end == i + 1:
            tok = self.toks[i]
            if _accusative(tok.text):
                return None  # دوماً (always), not Douma: a name takes no accusative tanween
            written = _clean(tok.text[off:])
            if len(written) <= 2 and written != _clean(entry.canonical):
                return None  # آب (August) folds like إب (Ibb): a two-letter name must be written as it is
        return end, _PRI["gaz"], [self.raw(i, off, end, entry.type, entry, "gaz")]

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
        if off == 0 and (first_given.ambiguous or len(key) < 4) and any(st and self.is_lex(sk) for _, sk, st in forms):
            return None  # بأن, لأن: a clitic + function word that folds like a name
        if key == "علي" and tok.text.rstrip(AR_DIACRITICS).endswith("ى"):
            return None  # على (on), not علي (Ali)
        if first_given.ambiguous and not context:
            nxt = self.toks[k_end].info.key if self.contiguous(k_end) else ""
            ng = g.given_names.get(nxt)
            if not ((soft or self.family_name(k_end)) and self.name_like(k_end)) and (ng is None or ng.ambiguous):
                return None
        end = k_end
        surname_taken = False
        while end < self.n and end - j < 5 and self.contiguous(end):
            nk = self.toks[end].info.key
            ng = g.given_names.get(nk)
            if ng is None and nk[:1] == "و" and any(st and sk in g.given_names for _o, sk, st in
                                                   self.toks[end].info.forms):
                break  # حمزة ومعاذ: two people
            if nk == "عبد" and self.contiguous(end + 1) and self.toks[end + 1].info.key.startswith(_AL):
                end += 2  # نبيل عبد الله
                continue
            if nk in _PARTICLES or nk in ("عبد",) or nk in _KUNYA:
                if self.contiguous(end + 1) and (self.name_like(end + 1) or (
                        nk == "ال" and self.toks[end + 1].info.kind == "a" and (
                            self.toks[end + 1].info.key.startswith(_AL)
                            or not self.is_lex(self.toks[end + 1].info.key)))):
                    end += 2  # بن سالم; آل + a family name, also one that is a word (آل الشيخ)
                    continue
                break
            if ng is not None and not ng.ambiguous and not surname_taken and self.name_like(end):
                end += 1
                continue
            if nk == "علي" and not surname_taken and self.toks[end].text.rstrip(AR_DIACRITICS).endswith("ي"):
                end += 1  # خالد علي (الحسن): Ali written with ي (the preposition is على)
                continue
            if self.name_like(end):
                if surname_taken or (end - k_end >= 2 and not (nk.startswith(_AL) and self.family_name(end))):
                    # a second surname only for a nisba after a kunya/compound (أبو بكر البغدادي)
                    break
                end += 1
                surname_taken = True
                continue
            break
        if end == k_end and not context and k_end - j == 1:
            return None  # a lone given name without a title is too ambiguous
        return end, [self.raw(j, off, end, "PERSON", None, "name")]

    def family_name(self, j: int) -> bool:
        """A word shaped like a family name: a nisba (الدوسري، العلمي) or Maghrebi بن…/بو… (بنعلي)."""
        if not self.contiguous(j):
            return False
        k = self.toks[j].info.key
        if k in self.g.nationalities or k in self.g.given_names:
            return False
        if k.startswith(_AL):
            return len(k) >= 6 and k.endswith("ي") and not k.endswith("يي")
        return k.startswith(("بن", "بو")) and len(k) >= 5 and not k.endswith("ه")

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
        forms = self.toks[i].info.forms
        full = forms[0][1]
        if full in self.g.given_names or full in self.g.cues or full in self.g.entries or full in self.g.common \
                or self.is_lex(full):
            forms = forms[:1]  # كريم العلمي: not ك + ريم; ولاية (a word): not و + ل + آية
        for off, _key, _stripped in forms:
            res = self.person_from(i, off, context=False, soft=soft)
            if res is not None:
                return res[0], _PRI["name"], res[1]
        return None

    def det_title(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        cue = self.cue_at(i, _R_TITLE)
        if cue is None:
            return None
        _off, j, c = cue
        if j == i + 1 and self.weak_title(i):
            res = self.person_from(j, 0, context=True)  # "د محمد" but not "فيتامين د يرتبط"
            return None if res is None else (res[0], _PRI["title"], res[1])
        direct = c.role == "title_direct"
        subs: list[_Raw] = []
        mods = 0
        last = "title"
        while j < self.n and mods < 8:
            tok = self.toks[j]
            if tok.brk:
                break
            if tok.info.kind == "p":
                if tok.text in _OPEN_Q and j + 1 < self.n:
                    res = self.person_from(j + 1, 0, context=True) or self.fallback_name(j + 1)
                    if res is not None:
                        return res[0], _PRI["title"], subs + res[1]
                break
            key = tok.info.key
            # 1. a name (given name, kunya, famous person) — clitic-free only
            res = self.person_from(j, 0, context=True)
            if res is not None:
                return res[0], _PRI["title"], subs + res[1]
            # 2. an entity in the complement (وزير خارجية فرنسا، المتحدث باسم التحالف الدولي)
            gz = self.gaz_at(j)
            if gz is not None:
                off, end, entry = gz
                if entry.type == "PERSON":
                    return end, _PRI["title"], subs + [self.raw(j, off, end, "PERSON", entry, "gaz")]
                subs.append(self.raw(j, off, end, entry.type, entry, "gaz"))
                j, mods, last = end, mods + 1, "ent"
                continue
            org = self.det_org(j)
            if org is not None:
                subs.extend(org[2])
                j, mods, last = org[0], mods + 1, "ent"
                continue
            if key in self.g.nationalities:
                j, mods, last = j + 1, mods + 1, "nat"
                continue
            if self.g.cues.get(key) and self.cue_at(j, _R_HEADS):
                j, mods, last = j + 1, mods + 1, "head"
                continue
            if key in _NAME_PREPS:
                j, mods, last = j + 1, mods + 1, "prep"
                continue
            if self.tok_lex(j):
                if (key.startswith(_AL) and len(key) > 3) or any(
                        k.startswith(_AL) and len(k) > 3 for _, k, s in tok.info.forms if s):
                    j, mods, last = j + 1, mods + 1, "noun"
                    continue
                break
            # 3. an unknown word: a name only right after a direct title or after nationality / entity
            if (direct and (mods == 0 or last == "nat")) or last in ("nat", "ent"):
                fb = self.fallback_name(j)
                if fb is not None:
                    return fb[0], _PRI["title"], subs + fb[1]
            if key.startswith(_AL) and len(key) > 3 and last in ("title", "noun", "head"):
                j, mods, last = j + 1, mods + 1, "noun"  # وزير الخارجية، رئيس الأركان
                continue
            break
        return None

    def fallback_name(self, j: int) -> tuple[int, list[_Raw]] | None:
        """One or two unknown name-like words (after a title): جياكر أمد، قديروف."""
        if not self.name_like(j, allow_al=False) or self.gaz_at(j) is not None:
            return None
        if self.toks[j].info.key.startswith("است") and len(self.toks[j].info.key) >= 5:
            return None  # a form-X verb (استبعد، استعاد): "الفريق استبعد" is the team, not a general
        end = j + 1
        nk = self.toks[end].info.key if end < self.n else ""
        if self.name_like(end) and not nk.startswith(("ي", "ت")) and not self.gaz_at(end) \
                and (not nk.startswith(_AL) or self.family_name(end)):
            end += 1  # a definite second word only when shaped like a family name (not دونيس التدريبات)
        return end, [self.raw(j, 0, end, "PERSON", None, "title")]

    def after_nationality(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """Two unknown words after a masculine nationality adjective (المهاجم البرازيلي ماتيوس كونيا)."""
        for q in (i, i + 1):
            if not self.plain_name(q) or self.gaz_at(q) is not None:
                return None
            k = self.toks[q].info.key
            if k.startswith(("ي", "ت", "ن", _AL)) or k.endswith(("ه", "ات")):
                return None  # a verb, a feminine or plural noun
        nxt = i + 2
        if self.contiguous(nxt) and self.plain_name(nxt):
            return None  # three unknown words: not sure where the name ends
        return i + 2, _PRI["appos"], [self.raw(i, 0, i + 2, "PERSON", None, "appos")]

    def det_appos(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """NAME NAME + title (جيا فرات قائد …، دان كوتس مدير …)."""
        if i > 0 and not self.toks[i].brk:
            pk = self.toks[i - 1].info.key
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
        if any(self.toks[q].text.rstrip(AR_DIACRITICS).endswith("ة") for q in (i, i + 1)):
            return None  # إمكانية وجود: nouns, not a name
        if self.gaz_at(i) or self.gaz_at(i + 1):
            return None
        k = i + 2
        if k < self.n and self.toks[k].text == "،":
            k += 1
        if k >= self.n or self.toks[k].brk and k == i + 2:
            return None
        cue = self.cue_at(k, _R_TITLE)
        if cue is None or cue[0] != 0 or self.weak_title(k):
            return None
        return i + 2, _PRI["appos"], [self.raw(i, 0, i + 2, "PERSON", None, "appos")]

    def det_org(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        cue = self.cue_at(i, _R_ORG)
        if cue is None:
            return None
        off, j, c = cue
        head_key = self.toks[j - 1].info.key if j - 1 > i else None
        first_key = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        definite = first_key.startswith(_AL)
        role = c.role
        need_vouch = definite and role != "org_strong" and first_key not in _WEAK_AL_OK and head_key is None
        if need_vouch and "(" not in self.text[self.toks[i].end: self.toks[i].end + 120]:
            return None
        if definite and role == "org_media":
            return None
        # quoted name right after the head: شبكة “فرات بوست”، شركة "جي 42"
        if self.contiguous(j) is False and j < self.n and self.toks[j].text in _OPEN_Q and not self.toks[j].brk:
            if definite:
                return None  # النقابة "لم تُستشر": a quotation, not a name
            q = self.quoted(j)
            if q is not None:
                a, b = q
                if self.toks[a].info.kind == "a" and self.tok_lex(a) \
                        and not (strip_article(first_key) in _MEDIA_NAMED and b - a <= 3):
                    return None  # but newspapers are often named by common words: صحيفة "الخبر"
                gz = self.gaz_at(a)
                if gz is not None and gz[1] == b and gz[2].type == "ORG":
                    return b + 1, _PRI["org"], [self.raw(a, gz[0], b, "ORG", gz[2], "gaz")]
                return b + 1, _PRI["org"], [self.raw(a, 0, b, "ORG", None, "media")]
            return None
        parts: list[str] = []
        k = j
        ents: list[_Raw] = []
        g = self.g
        named_after = not definite and first_key in _PERSON_NAMED
        weak_al = definite and first_key in _WEAK_AL_OK
        while k < self.n and len(parts) < 8 and self.contiguous(k):
            tok = self.toks[k]
            key = tok.info.key
            if key in _STOP_AL:
                break
            if not parts:
                gz = self.gaz_at(k, clitics=False)
                if gz is not None and gz[2].type == "ORG":
                    # تنظيم داعش، موقع تويتر، فريق وكالة فرانس برس: just the known organisation
                    return gz[1], _PRI["org"], [self.raw(k, gz[0], gz[1], "ORG", gz[2], "gaz")]
            gz = self.gaz_at(k, clitics=False)
            if gz is not None and gz[2].type == "LOC":
                parts.append("ent")
                ents.append(self.raw(k, 0, gz[1], "LOC", gz[2], "gaz"))
                k = gz[1]
                if k < self.n and self.toks[k].info.kind == "d" and not self.toks[k].brk and role == "org_media":
                    parts.append("num")
                    k += 1
                continue
            if key in g.nationalities:
                parts.append("nat")
                k += 1
                continue
            if weak_al:
                break  # الجيش / الحكومة: only a nationality or a known place follows (الجيش السوداني)
            if named_after and not parts:
                tp_end = self.titled_person(k)
                if tp_end is not None:  # جامعة الملك عبد الله، مستشفى الأمير محمد بن عبد العزيز
                    parts.extend(["prop"] * (tp_end - k))
                    k = tp_end
                    continue
            if key in g.given_names and named_after and not parts:
                res = self.person_from(k, 0, context=True)
                if res is not None:  # جامعة محمد بن زايد
                    parts.extend(["prop"] * (res[0] - k))
                    k = res[0]
                    continue
            if key in g.given_names or (g.cues.get(key) and self.cue_at(k)):
                if not (parts and key.startswith(_AL) and key not in g.given_names):
                    break  # a title or another head starts here (القوات inside حزب القوات is fine)
            if parts and self.toks[k].text[0] == "ل" and not key.startswith(_AL):
                n_lp = self.lam_phrase(k) if role == "org_strong" or not any(
                    p in ("prop", "ent") for p in parts) else self.gloss_phrase(k)
                if n_lp:
                    parts.extend(["lp"] * n_lp)
                    k += n_lp
                    continue
                break
            if key.startswith(("و", "ف")) and any(s for _, _, s in tok.info.forms) and not self.name_like(k):
                # و + a definite word continues a coordinated name: الأصالة والمعاصرة، للقاحات والتحصين
                if parts and (role == "org_strong" or "lp" in parts) and key.startswith("وال") and len(key) > 4 \
                        and key[1:] not in _STOP_AL and parts[-1] in ("noun", "adj", "lp", "prop") \
                        and not g.cues.get(key[1:]) and self.gaz_at(k) is None:
                    parts.append(parts[-1] if parts[-1] == "lp" else "noun")
                    k += 1
                    continue
                break
            if parts and parts[-1] == "lp":
                if key.startswith(_AL) and (key.endswith(("ي", "يه", "ه")) or key in _ORG_ADJ) \
                        and key not in _STOP_AL and key not in _TIME_ADJ \
                        and not (gz is not None and gz[2].type == "ORG"):
                    parts.append("lp")  # لحماية المال العام، للشرطة القضائية
                    k += 1
                    continue
                break
            if gz is not None and gz[2].type == "ORG":
                break  # another known organisation starts here
            if key.startswith(_AL):
                if self.tok_lex(k) or key in g.glossary:
                    is_adj = key.endswith(("يه", "ي")) or key in _ORG_ADJ \
                        or g.glossary.get(key, ("", ""))[1] == "adj"
                    if not is_adj and any(p != "noun" for p in parts):
                        break  # nouns only right after the head: وزارة التعليم العالي
                    parts.append("adj" if is_adj else "noun")
                    k += 1
                    continue
                if self.name_like(k):
                    if any(p in ("noun", "adj") for p in parts):
                        if parts[-1] == "adj" and key.endswith(("ي", "يه", "ه")):
                            parts.append("adj")  # الهيئة الوطنية المستقلة: an agreeing adjective
                            k += 1
                            continue
                        break
                    parts.append("prop")
                    k += 1
                    continue
                break
            # indefinite word: never after a definite head (المجلس حنفي جبالي، الشركة تعتزم)
            if definite or self.tok_lex(k) or any(p not in ("prop",) for p in parts) \
                    or (parts and self.toks[k - 1].info.key.startswith(_AL)):
                break
            if self.name_like(k, allow_al=False):
                if key.endswith("ه") and not parts and role != "org_media" and not (
                        strip_article(first_key) in _TRIBE_HEADS and not key.startswith("م")
                        and not (len(key) == 5 and key[2] == "ي")):
                    break  # agreeing indefinite adjective: جماعة مسلحة (a tribe: قبيلة ورفلة, not كبيرة)
                if len(key) == 5 and key[0] == "ت" and key[3] == "ي" and not parts:
                    break  # a verbal noun of the تفعيل pattern: هيئة تحكيم، لجنة تحقيق
                if key.startswith(("ي", "ت", "سي", "ست")) and len(key) >= 4 and parts:
                    break  # an imperfect verb after the name
                parts.append("prop")
                k += 1
                if k < self.n and self.toks[k].info.kind == "d" and not self.toks[k].brk \
                        and strip_article(first_key) in ("شركه", "مجموعه"):
                    parts.append("num")  # شركة جي 42
                    k += 1
                    break
                continue
            break
        # trim
        while parts and parts[-1] in ("nat",) and any(p in ("prop", "ent") for p in parts[:-1]):
            parts.pop()
            k -= 1
        while parts and parts[-1] == "noun" and role != "org_strong":
            parts.pop()
            k -= 1
        if not parts:
            return None
        has_proper = any(p in ("prop", "ent") for p in parts)
        if role == "org_media":
            if not has_proper:
                return None
            if strip_article(first_key) in _GENERIC_MEDIA and "ent" not in parts and "num" not in parts \
                    and parts.count("prop") < 2:
                return None  # في موقع متقدم: "site/position", not a website's name
            # the outlet's name: proper parts (and a number), without the head and trailing adjectives
            last = max(idx for idx, p in enumerate(parts) if p in ("prop", "ent", "num"))
            end = j + self._parts_tokens(j, parts[: last + 1])
            return end, _PRI["media"], [self.raw(j, 0, end, "ORG", None, "media")]
        vouched = self.paren_acronym(k)  # التحالف العالمي للقاحات والتحصين (غافي)
        if need_vouch and not vouched:
            return None
        if strip_article(first_key) == "حكومه" and not definite and parts == ["ent"] and len(ents) == 1 \
                and ents[0].entry is not None and ents[0].entry.kind == "city":
            return k, _PRI["org"], ents  # حكومة طرابلس: the government named by its seat is the city
        if first_key == "الحكومه" and parts == ["nat"]:
            return None  # الحكومة العراقية: a description, like القوات الأمريكية
        if role == "org_weak" and not has_proper and not (first_key in _WEAK_AL_OK and "nat" in parts) \
                and not vouched:
            return None
        if role == "org_strong" and parts == ["adj"] and not definite:
            return None
        if definite and role == "org_strong" and not has_proper and not vouched and len(parts) < 2 \
                and parts[0] not in ("nat", "lp") and head_key is None:
            return None  # الحزب الحاكم، المجلس العسكري: a description
        end = k
        return end, _PRI["org"], [self.raw(i, off, end, "ORG", None, "org")]

    def paren_acronym(self, k: int) -> bool:
        """Does a parenthesised one-word name (an acronym: (غافي)، (سدايا)، (SDF)) start at token k?"""
        if k + 2 >= self.n or self.toks[k].text not in ("(", "[") or self.toks[k + 2].text not in (")", "]"):
            return False
        t = self.toks[k + 1]
        if t.info.kind == "l":
            return t.text.isupper() and 2 <= len(t.text) <= 8
        return t.info.kind == "a" and 2 <= len(t.info.key) <= 8 and not self.tok_lex(k + 1) \
            and t.info.key not in self.g.nationalities

    def lam_phrase(self, k: int) -> int:
        """Tokens of a ل-complement inside an organisation name: للانتخابات، للحسابات، لحقوق الإنسان,
        لحماية المال العام (0 when the ل-word is not one: للمرة، لها، لأكثر)."""
        n_gl = self.gloss_phrase(k)
        if n_gl:
            return n_gl
        tok = self.toks[k]
        info = tok.info
        if tok.text.startswith("لل"):
            for _off, fk, stripped in info.forms:
                if stripped and fk.startswith(_AL) and len(fk) > 4:  # للانتخابات → الانتخابات
                    if fk in _LAM_STOP or fk in self.g.nationalities:
                        return 0
                    gz = self.gaz_at(k)
                    if gz is not None and gz[2].type in ("ORG", "PERSON"):
                        return 0
                    return 1
            return 0
        fk = fold(tok.text[1:])
        nk = self.toks[k + 1].info.key if self.contiguous(k + 1) else ""
        if len(fk) >= 4 and fk not in self.g.lexicon and nk.startswith(_AL) and len(nk) > 3 \
                and nk not in _STOP_AL and nk not in _LAM_STOP and nk not in self.g.nationalities \
                and self.gaz_at(k + 1) is None:
            return 2  # لحماية المستهلك → ل + noun + its definite complement
        return 0

    def _parts_tokens(self, j: int, parts: list[str]) -> int:
        """Number of tokens covered by ``parts`` starting at j (entities may span several tokens)."""
        k = j
        for p in parts:
            if p == "ent":
                gz = self.gaz_at(k, clitics=False)
                k = gz[1] if gz is not None else k + 1
            else:
                k += 1
        return k - j

    def gloss_phrase(self, k: int) -> int:
        """Length (tokens) of a glossary phrase starting at k: لحقوق الإنسان → 2."""
        if k + 1 < self.n and self.contiguous(k + 1):
            two = self.toks[k].info.key + " " + self.toks[k + 1].info.key
            if two in self.g.glossary:
                return 2
        if self.toks[k].info.key in self.g.glossary:
            return 1
        return 0

    def quoted(self, j: int) -> tuple[int, int] | None:
        """Token range [a, b) inside the quote opening at j (1–5 name-like tokens), b = closing quote."""
        open_q = self.toks[j].text
        close = _CLOSE_Q.get(open_q, open_q)
        a = j + 1
        b = a
        while b < self.n and b - a < 6:
            t = self.toks[b]
            if t.brk:
                return None
            if t.info.kind == "p":
                if t.text in (close, "”", "»", '"') and b > a:
                    return a, b
                return None
            b += 1
        return None

    def det_loc(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        cue = self.cue_at(i, _R_LOC)
        if cue is None:
            return None
        off, j, c = cue
        first_key = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        if c.role == "loc_full":
            return self.det_venue(i, off, j)
        if first_key.startswith(_AL) and first_key != "العاصمه":
            return None
        head = strip_article(first_key)
        if first_key == "العاصمه" and j < self.n and self.toks[j].info.key in self.g.nationalities:
            j += 1
        if j >= self.n or self.toks[j].brk:
            return None
        if self.toks[j].info.kind == "p":
            if self.toks[j].text in _OPEN_Q:
                q = self.quoted(j)
                if q is not None:
                    a, b = q
                    gz = self.gaz_at(a, clitics=False)
                    entry = gz[2] if gz is not None and gz[1] == b else None
                    if entry is not None and entry.type != "LOC":
                        return None
                    return b + 1, _PRI["loc"], [self.raw(a, 0, b, "LOC", entry, "loc")]
            return None
        inner = self.cue_at(j, _R_LOC1)
        if inner is not None and inner[0] == 0:
            return self.det_loc(j)
        key = self.toks[j].info.key
        # ولاية شمال دارفور: an administrative unit named by a direction + a known region
        if key in _DIRS and head in ("ولايه", "محافظه", "اقليم", "مديريه", "منطقه") and self.contiguous(j + 1):
            gz = self.gaz_at(j + 1, clitics=False)
            if gz is not None and gz[2].type == "LOC":
                return gz[1], _PRI["loc"] + 2, [self.raw(j, 0, gz[1], "LOC", None, "loc")]
        gz = self.gaz_at(j, clitics=False)
        if gz is not None:
            if gz[2].type != "LOC":
                return None
            end = gz[1]
            # a longer local name that starts with a known one: ولاية النيل الأبيض
            if head in _LOC_HEAD_TAKES_DEF | {"ولايه"} and self.contiguous(end) \
                    and self.toks[end].info.key.startswith(_AL) and self.toks[end].info.key not in _STOP_AL \
                    and self.toks[end].info.key not in self.g.nationalities and not self.gaz_at(end) \
                    and not self.cue_at(end) and gz[2].kind in ("feature", "region"):
                return end + 1, _PRI["loc"] + 2, [self.raw(j, 0, end + 1, "LOC", None, "loc")]
            return end, _PRI["loc"] + 2, [self.raw(j, 0, end, "LOC", gz[2], "gaz")]
        # compound names: أم كدادة، عين التينة، أولاد تايمة، تل أبيض
        if key in _PLACE_PREFIX and self.contiguous(j + 1) and self.toks[j + 1].info.kind == "a" \
                and self.toks[j + 1].info.key not in _STOP_AL and not self.cue_at(j + 1) \
                and (self.plain_name(j + 1) or self.toks[j + 1].info.key.startswith(_AL)):
            return j + 2, _PRI["loc"] + 1, [self.raw(j, 0, j + 2, "LOC", None, "loc")]
        takes_def = head in _LOC_HEAD_TAKES_DEF
        if self.given(key):
            if not (takes_def or head in _LOC_HEAD_NAMED) or not self.plain_name(j):
                return None
            end = j + 1  # مخيم نور شمس: places named like people
            if self.contiguous(end) and self.plain_name(end):
                end += 1
            return end, _PRI["loc"], [self.raw(j, 0, end, "LOC", None, "loc")]
        if not (self.name_like(j) or self.plain_name(j)):
            if not (takes_def and key.startswith(_AL) and len(key) > 3 and self.toks[j].info.kind == "a"
                    and key not in _STOP_AL and key not in self.g.nationalities and not self.cue_at(j)):
                return None  # مدينة الأبيض: after an indefinite head a definite noun is its name
        if not key.startswith(_AL):
            if (head in _FEM_LOC_HEADS or head in _FEM_LOC_PLURAL) and (
                    key.endswith("يه") or (key.startswith("م") and len(key) >= 5 and key.endswith("ه"))):
                return None  # an agreeing adjective: بلدة نائية، منطقة مجهولة، أحياء سكنية
        elif key in self.g.nationalities:
            return None  # an adjective, not a name
        end = j + 1
        nk = self.toks[end].info.key if self.contiguous(end) else ""
        if nk and nk.startswith(_AL) and self.name_like(end) and not nk.endswith(("يه", "ي")) \
                and not key.startswith(_AL):
            end += 1  # two-word names: دير حافر، تل رفعت
        return end, _PRI["loc"], [self.raw(j, 0, end, "LOC", None, "loc")]

    def titled_person(self, j: int) -> int | None:
        """End token of "direct title + name" at j (الملك عبد الله، الأمير فيصل بن فهد), or None."""
        cue = self.cue_at(j, _R_TITLE)
        if cue is None or cue[0] != 0 or cue[2].role != "title_direct":
            return None
        res = self.person_from(cue[1], 0, context=True)
        return res[0] if res is not None else None

    def plain_name(self, j: int) -> bool:
        """Token j is an unknown word as written (no clitic reading considered): باي، طولكرم."""
        if not self.contiguous(j):
            return False
        tok = self.toks[j]
        k = tok.info.key
        if tok.info.kind != "a" or len(k) < 2 or k in _STOP_AL or k in self.g.nationalities:
            return False
        if _accusative(tok.text):
            return False
        return not self.is_lex(k) and k not in self.g.cues and k not in self.g.common

    def det_venue(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """Stadiums and palaces keep their head-word: ملعب المملكة أرينا، استاد القاهرة، قصر بعبدا."""
        end = j
        proper = False
        while end < self.n and end - j < 4 and self.contiguous(end):
            gz = self.gaz_at(end, clitics=False)
            if gz is not None and gz[2].type in ("LOC", "PERSON"):
                end, proper = gz[1], True
                continue
            key = self.toks[end].info.key
            tp = self.titled_person(end) if end == j else None
            if tp is not None:
                end, proper = tp, True
                continue
            if self.given(key) and end == j:
                res = self.person_from(end, 0, context=True)
                if res is not None:  # a stadium named after a person (ملعب + a full personal name)
                    end, proper = res[0], True
                    continue
            if key in _STOP_AL or key in _NAME_PREPS or self.cue_at(end):
                break
            if self.plain_name(end):
                end, proper = end + 1, True
                continue
            if key.startswith(_AL) and end == j and key not in self.g.nationalities:
                end += 1
                continue
            break
        if not proper:
            return None
        return end, _PRI["loc"] + 2, [self.raw(i, off, end, "LOC", None, "loc")]

    def det_ctx_loc(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """An unknown place recognised by its context, after في / من / إلى …:
        "في X، التي تقع"، "من X إلى"، "في X شرق سوريا"، "في X بريف دير الزور"."""
        prep = self.toks[i].info.key
        if prep not in _LOC_PREPS:
            return None
        a = i + 1
        if a >= self.n or self.toks[a].brk:
            return None
        quoted = False
        if self.toks[a].text in _OPEN_Q:
            q = self.quoted(a)
            if q is None or q[1] - q[0] > 2:
                return None
            a, b = q
            after = b + 1
            quoted = True
        else:
            b = a + 1
            after = b
        if not self.name_like(a) or self.given(self.toks[a].info.key) or self.gaz_at(a) is not None:
            return None
        if b - a == 1 and self.toks[a].info.key.endswith("ه") and not quoted:
            return None
        if after >= self.n or self.toks[after].brk:
            return None
        t = self.toks[after]
        k = t.info.key
        ok = False
        nxt = [self.toks[q].info.key for q in range(after + 1, min(after + 3, self.n))]
        if t.text == "،" and nxt and (nxt[0] in _REL_LOC or nxt[:2] == ["التي", "تقع"]):
            ok = True
        elif k == "التي" and nxt[:1] == ["تقع"]:
            ok = True
        elif k in _REL_LOC:
            ok = True
        elif prep == "من" and k in ("الي", "حتي"):
            ok = True
        elif k in _DIRS and after + 1 < self.n and not self.toks[after + 1].brk:
            gz = self.gaz_at(after + 1, clitics=False)
            ok = gz is not None and gz[2].type == "LOC"
        else:
            for off, fk, stripped in t.info.forms:
                if stripped and off <= 2 and t.text[0] in "بف" and fk in self.g.cues:
                    cue = self.cue_at(after)
                    ok = cue is not None and cue[2].role == "loc"
                    break
            if not ok and k == "في" and after + 1 < self.n:
                cue = self.cue_at(after + 1)
                ok = cue is not None and cue[2].role == "loc" and cue[0] == 0
        if not ok:
            return None
        return b + (1 if quoted else 0), _PRI["loc"], [self.raw(a, 0, b, "LOC", None, "loc")]

    # -- acronyms ---------------------------------------------------------------------------------
    def acronym_after(self, r: _Raw) -> _Raw | None:
        """`X (ABBR)` or `X ABBR` where ABBR spells the initials of X's words."""
        j = r.t1
        words = [t.info.key for t in self.toks[r.t0: r.t1]]
        if j < self.n and not self.toks[j].brk and self.toks[j].info.key in self.g.nationalities:
            words.append(self.toks[j].info.key)  # حركة النهضة التونسية (حنت)
            j += 1
        paren = False
        if j < self.n and self.toks[j].text in ("(", "[") and not self.toks[j].brk:
            paren = True
            j += 1
        if j >= self.n or self.toks[j].brk:
            return None
        tok = self.toks[j]
        if tok.info.kind not in "al":
            return None
        if paren and not (j + 1 < self.n and self.toks[j + 1].text in (")", "]")):
            return None
        if tok.info.kind == "l":
            if not (tok.text.isupper() and 2 <= len(tok.text) <= 6):
                return None
            return _Raw(tok.start, tok.end, j, j + 1, r.type, None, "acro") if paren else None
        cand = tok.info.key
        if paren and 2 <= len(cand) <= 8 and self.plain_name(j) and not self.given(cand):
            return _Raw(tok.start, tok.end, j, j + 1, r.type, None, "acro")  # (أدنوك)، (سدايا)، (غافي)
        if len(cand) < 2 or len(cand) > 6 or self.tok_lex(j):
            return None
        initials = "".join(strip_article(w)[0] for w in words if w and w not in ("في", "من", "و"))
        if cand == initials or (len(cand) >= 3 and _subsequence(cand, initials) and cand[0] == initials[0]):
            return _Raw(tok.start, tok.end, j, j + 1, r.type, None, "acro")
        return None

    # -- passes -----------------------------------------------------------------------------------
    def pass1(self) -> None:
        done = 0
        n = self.n
        toks = self.toks
        dets_of = _DETECTORS
        # most tokens start no detector: visit only those that may (found while tokenising)
        for i, mask in self.starts:
            if i < done:
                continue
            dets = dets_of.get(mask)
            if dets is None:
                dets = dets_of[mask] = tuple(det for bit, det in _BY_BIT if mask & bit)
            if not dets:
                continue  # a sports word only
            best: tuple[int, int, list[_Raw]] | None = None
            for det in dets:
                c = det(self, i)
                if c is None:
                    continue
                if best is None or (c[0], c[1]) > (best[0], best[1]):
                    best = c
            if best is None:
                continue
            end, _pri, raws = best
            for r in raws:
                self.raws.append(r)
            last = raws[-1]
            if last.type == "ORG" and last.t1 == end:
                acro = self.acronym_after(last)
                if acro is not None:
                    acro.alias_of = len(self.raws) - 1
                    self.raws.append(acro)
                    end = acro.t1 + (1 if acro.t1 < n and toks[acro.t1].text in (")", "]") else 0)
            done = max(end, i + 1)

    def pass2(self) -> None:
        """Propagate names found through context to their other occurrences in the article."""
        dyn: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        for idx, r in enumerate(self.raws):
            if r.how == "gaz":
                if r.type == "PERSON" and r.t1 - r.t0 >= 2:  # ميشال عون … عون
                    sur = self.toks[r.t1 - 1].info.key
                    if len(sur) >= 3 and sur not in self.g.given_names and not self.is_lex(sur) \
                            and sur not in _PARTICLES:
                        dyn[_loose(sur)].append(((_loose(sur),), idx))
                continue
            keys = tuple(self.toks[k].info.key for k in range(r.t0, r.t1))
            if r.start != self.toks[r.t0].start:  # clitic stripped from the first token
                keys = (fold(self.text[r.start: self.toks[r.t0].end]),) + keys[1:]
            loose = tuple(_loose(k) for k in keys)
            if r.type in ("LOC", "ORG"):
                dyn[loose[0]].append((loose, idx))
            elif r.type == "PERSON":
                dyn[loose[0]].append((loose, idx))
                if len(keys) >= 2:
                    sur = keys[-1]
                    if len(sur) >= 3 and sur not in self.g.given_names and not self.is_lex(sur) \
                            and sur not in _PARTICLES:
                        dyn[_loose(sur)].append(((_loose(sur),), idx))
        if not dyn:
            return
        covered = bytearray(self.n)
        for r in self.raws:
            for k in range(r.t0, r.t1):
                covered[k] = 1
        for entries in dyn.values():
            entries.sort(key=lambda kv: -len(kv[0]))
        added: list[_Raw] = []
        keyset = dyn.keys()
        toks = self.toks
        positions = [q for q, t in enumerate(toks) if not keyset.isdisjoint(t.info.loose)]
        done = 0
        for i in positions:
            if i < done or covered[i] or toks[i].info.kind not in "al":
                continue
            hit = None
            info = self.toks[i].info
            for f_idx, lk in enumerate(info.loose):
                cands = dyn.get(lk)
                if not cands:
                    continue
                off = info.forms[f_idx][0]
                for loose, idx in cands:
                    m = len(loose)
                    if i + m > self.n:
                        continue
                    ok = all(
                        not covered[i + q] and not self.toks[i + q].brk
                        and self.toks[i + q].info.loose[:1] == loose[q: q + 1]
                        for q in range(1, m)
                    )
                    if ok:
                        hit = (off, i + m, idx)
                        break
                if hit:
                    break
            if hit is None:
                continue
            off, end, idx = hit
            src = self.raws[idx]
            r = self.raw(i, off, end, src.type, None, "prop")
            r.alias_of = idx
            added.append(r)
            for k in range(i, end):
                covered[k] = 1
            done = end
        self.raws.extend(added)


_T_GAZ, _T_CUE, _T_NAME, _T_PREP, _T_NL, _T_ORG, _T_LOC, _T_MISC = 1, 2, 4, 8, 16, 32, 64, 128
_T_SPORT = 256  # not a detector: the token is a sports word (_Engine.sports)
# detectors in the order pass 1 tries them (on equal reach and priority the first one wins)
_BY_BIT: tuple[tuple[int, Callable[[_Engine, int], tuple[int, int, list[_Raw]] | None]], ...] = (
    (_T_GAZ, _Engine.det_gaz), (_T_CUE, _Engine.det_title), (_T_NAME, _Engine.det_name),
    (_T_NL, _Engine.det_appos), (_T_ORG, _Engine.det_org), (_T_LOC, _Engine.det_loc),
    (_T_PREP, _Engine.det_ctx_loc), (_T_MISC, _Engine.det_misc),
)
_DETECTORS: dict[int, tuple[Callable[[_Engine, int], tuple[int, int, list[_Raw]] | None], ...]] = {}
_R_TITLE = frozenset({"title", "title_direct"})
_R_ORG = frozenset({"org_strong", "org_weak", "org_media"})
_R_LOC = frozenset({"loc", "loc_full"})
_R_LOC1 = frozenset({"loc"})
_R_MISC = frozenset({"misc", "work"})
_R_HEADS = frozenset({"org_strong", "org_weak", "org_media", "loc"})
_ROLE_BIT = {"title": _T_CUE, "title_direct": _T_CUE, "org_strong": _T_ORG, "org_weak": _T_ORG,
             "org_media": _T_ORG, "loc": _T_LOC, "loc_full": _T_LOC, "misc": _T_MISC,
             "work": _T_MISC}


@lru_cache(maxsize=200_000)
def _triggers(surface: str) -> int:
    """Which detectors can start at a token with this surface (most words start none)."""
    g = gazetteer()
    info = _info(surface)
    mask = 0
    for _off, k, _st in info.forms:
        if k in g.entries:
            mask |= _T_GAZ
        for _toks, cue in g.cues.get(k, ()):
            mask |= _ROLE_BIT.get(getattr(cue, "role", ""), 0)
        if k in g.given_names or k in _KUNYA or k == "عبد":
            mask |= _T_NAME
    if info.has_diac and g.marked:
        mask |= _T_GAZ
    if info.key in _LOC_PREPS:
        mask |= _T_PREP
    if info.kind == "a" and not info.key.startswith(_AL) and _name_like_surface(surface):
        mask |= _T_NL
    if info.key in _SPORT_WORDS:
        mask |= _T_SPORT
    return mask


@lru_cache(maxsize=200_000)
def _accusative(surface: str) -> bool:
    """Written with the tanween of an indefinite accusative (جزءًا، حربًا): a common noun or adjective,
    never a name."""
    return surface.endswith(("\u064bا", "ا\u064b"))


def _name_like_surface(surface: str) -> bool:
    """Could this word be (part of) a proper name, whatever its context? (Not a common word, no
    clitic + article, no pronoun suffix, not a cue.)"""
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


@lru_cache(maxsize=200_000)
def _common_reading(surface: str) -> bool:
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
        if n >= 6 and k[1:3] == "ست":
            return True
    return n >= 5 and k[0] in "ايتن" and k.endswith("ني") and not k.endswith("اني")


@lru_cache(maxsize=200_000)
def _known_reading(surface: str, what: str) -> bool:
    """Is the word, or a *credible* clitic reading of it, a common word ("lex") — or for "any" also a
    clitic reading that is a cue or gazetteer word? A reading counts when the conjunction و was
    stripped, or two clitics, or the rest is a function word of ≤ 2 letters or starts with ال: so
    "وقال"، "بأن"، "بالمنطقة" are known words but "فرات"، "كمال"، "بسام" (ف/ك/ب + a 3-letter word)
    stay names."""
    g = gazetteer()
    info = _info(surface)

    def lex(k: str) -> bool:
        if k in g.lexicon or strip_article(k) in g.lexicon or (_AL + k) in g.lexicon:
            return True
        # an indefinite accusative (حربًا، جزءًا): the alif of the tanween is not part of the stem
        return len(k) > 3 and k.endswith("ا") and k[:-1] in g.lexicon

    for off, k, stripped in info.forms:
        if not stripped:
            if what == "lex" and lex(k):
                return True
            continue
        plen = len(fold(surface[:off]))
        credible = len(k) <= 2 or (k.startswith(_AL) and len(k) >= 4) or plen >= 2 or surface[0] == "و" \
            or (what == "any" and len(k) >= 4 and (k in g.cues or k in g.entries))  # لوكالة، بجامعة، بعنيزة
        if not credible:
            continue
        if lex(k):
            return True
        if what == "any" and (k in g.cues or k in g.entries):
            return True
    return False




def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


@lru_cache(maxsize=100_000)
def _loose(key: str) -> str:
    """Loose matching key of one folded word: article stripped, ج/گ → غ (foreign G), ؤ/ئ → ء."""
    k = strip_article(key)
    return k.replace("ج", "غ").replace("گ", "غ").replace("ؤ", "ء").replace("ئ", "ء")


@lru_cache(maxsize=100_000)
def _loose_name(name: str) -> str:
    return " ".join(_loose(w) for w in fold(name).split())


_CLEAN_TABLE = {ord(c): None for c in AR_DIACRITICS + TATWEEL}


@lru_cache(maxsize=100_000)
def _clean(surface: str) -> str:
    """Readable canonical spelling: diacritics and tatweel removed, spaces collapsed."""
    return " ".join(surface.translate(_CLEAN_TABLE).split())


# ---------------------------------------------------------------------------------------------------
# labels
@lru_cache(maxsize=50_000)
def _label_for(name: str, typ: str) -> str:
    g = gazetteer()
    entry = g.lookup(name)
    if entry is not None:
        return entry.label_en
    words = name.split()
    if typ == "ORG":
        return _org_label(words)
    if typ == "LOC":
        return _compose(words)
    return transliterate(name)


def _compose(words: list[str]) -> str:
    """English for a name without a head-word: known sub-phrases from the gazetteer, nationality
    adjectives and glossary words translated, the rest transliterated ("دير الزور 24" → "Deir ez-Zor 24")."""
    g = gazetteer()
    out: list[str] = []
    i = 0
    while i < len(words):
        done = False
        for m in range(min(len(words) - i, g.max_len), 0, -1):
            if m == len(words) and i == 0:
                continue  # the whole name was already looked up
            entry = g.by_key.get(" ".join(fold(w) for w in words[i: i + m]))
            if entry is not None:
                out.append(entry.label_en)
                i += m
                done = True
                break
        if done:
            continue
        k = fold(words[i])
        nat = g.nationalities.get(k)
        gl = g.glossary.get(k)
        if nat is not None:
            out.append(nat.en)
        elif gl is not None and gl[1] == "adj":
            out.append(gl[0])
        else:
            out.append(transliterate(words[i]))
        i += 1
    return " ".join(x for x in out if x)


def _org_label(words: list[str]) -> str:
    g = gazetteer()
    keys = [fold(w) for w in words]
    head_en = ""
    rest = keys
    rest_words = words
    for n in (2, 1):
        if len(keys) >= n:
            bucket = g.cues.get(keys[0], [])
            for toks, cue in bucket:
                if toks == tuple(keys[:n]) and isinstance(cue, Cue) and cue.role.startswith("org"):
                    head_en = cue.en
                    rest, rest_words = keys[n:], words[n:]
                    break
            if head_en:
                break
    pre: list[str] = []
    mid: list[str] = []
    post: list[str] = []
    i = 0
    while i < len(rest):
        k = rest[i]
        two = k + " " + rest[i + 1] if i + 1 < len(rest) else ""
        if two and two in g.glossary:
            en, pos = g.glossary[two]
            (post if pos in ("noun", "phrase") else pre).append(en if pos != "noun" else "of " + en)
            i += 2
            continue
        nat = g.nationalities.get(k)
        if nat is not None:
            pre.insert(0, nat.en)
            i += 1
            continue
        entry = g.lookup(rest_words[i])
        if entry is not None and entry.type == "LOC":
            mid.append(entry.label_en)
            i += 1
            continue
        gl = g.glossary.get(k)
        if gl is not None:
            en, pos = gl
            if pos == "adj":
                mid.append(en)
            elif pos == "noun":
                post.append(("of " if not post else "and ") + en if not post else en)
            else:
                post.append(en)
            i += 1
            continue
        mid.append(transliterate_word(rest_words[i]))
        i += 1
    if not head_en:
        return _compose(words)
    parts = pre + mid + [head_en] + post
    label = " ".join(p for p in parts if p)
    label = label.replace("of Human for", "for").replace(" of of ", " of ")
    return label[0].upper() + label[1:] if label else label


# ---------------------------------------------------------------------------------------------------
# canonicalisation
class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, a: int) -> int:
        p = self.p
        while p[a] != a:
            p[a] = p[p[a]]
            a = p[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _edit1(a: str, b: str) -> bool:
    """Levenshtein distance ≤ 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _choose(forms: Counter[str], typ: str) -> str:
    """Canonical spelling: for people the longest (full) name, otherwise the most frequent form;
    ties → the longer, then the one with the article (as written in most Arabic news)."""
    def score(f: str) -> tuple[int, int, int, int]:
        words = len(f.split())
        if typ == "PERSON":
            return (words, forms[f], len(f), 0)
        return (forms[f], words, len(f), int(f.startswith(_AL)))
    return max(forms, key=score)


def _canonicalise(
    items: Sequence[tuple[str, str, Entry | None, int]], weights: Sequence[int] | None = None,
) -> list[tuple[str, str]]:
    """items: (surface, type, gazetteer entry, alias_of index or -1) → [(canonical, label_en)].

    ``weights`` (default 1 each) count an item as that many identical mentions when choosing a group's
    type and canonical form (same result as repeating the item, without the repeats).
    """
    n = len(items)
    uf = _UF(n)
    union, find = uf.union, uf.find
    loose = [_loose_name(s) for s, _, _, _ in items]
    words_of = [lk.split() for lk in loose]
    by_key: dict[tuple[str, str], int] = {}
    for i, (_s, typ, entry, alias) in enumerate(items):
        k = (typ, "gaz:" + entry.canonical) if entry is not None else (typ, loose[i])
        if k in by_key:
            union(by_key[k], i)
        else:
            by_key[k] = i
        if 0 <= alias < n:
            union(alias, i)
    # one-word people → the full name they end; shorter organisations → the longer one they start
    multi_person: dict[str, list[int]] = defaultdict(list)
    org_prefixes: dict[tuple[str, ...], list[int]] = defaultdict(list)  # proper prefix → longer orgs
    for i, (_s, typ, _e, _a) in enumerate(items):
        words = words_of[i]
        if typ == "PERSON" and len(words) >= 2:
            multi_person[words[-1]].append(i)
        elif typ == "ORG" and len(words) >= 2:
            for p in range(2, len(words)):
                org_prefixes[tuple(words[:p])].append(i)
    for i, (_s, typ, entry, _a) in enumerate(items):
        words = words_of[i]
        if typ == "PERSON" and len(words) == 1 and words[0] in multi_person:
            roots = {find(x) for x in multi_person[words[0]]}
            if len(roots) == 1 and (entry is None or items[multi_person[words[0]][0]][2] is entry):
                union(roots.pop(), i)
        elif typ == "ORG" and entry is None and len(words) >= 2:
            longer_orgs = org_prefixes.get(tuple(words))
            if longer_orgs:
                longer = {find(o) for o in longer_orgs}
                if len(longer) == 1:
                    union(longer.pop(), i)
    # near-identical spellings of unknown names (foreign names: أسوشيتد / أسوشييتد)
    reps: dict[str, list[int]] = defaultdict(list)
    for i, (_s, typ, entry, _a) in enumerate(items):
        if entry is None:
            reps[typ].append(i)
    for _typ, idxs in reps.items():
        seen: dict[str, int] = {}
        for i in idxs:
            key = loose[i].replace(" ", "")
            if key in seen or len(key) < 5:
                seen.setdefault(key, i)
                continue
            for other, j in seen.items():
                if len(other) >= 5 and other[0] == key[0] and _edit1(other, key):
                    union(j, i)
                    break
            seen[key] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    out: list[tuple[str, str]] = [("", "")] * n
    for members in groups.values():
        entry = next((items[m][2] for m in members if items[m][2] is not None), None)
        types: Counter[str] = Counter()
        for m in members:
            types[items[m][1]] += 1 if weights is None else weights[m]
        typ = types.most_common(1)[0][0]
        if entry is not None:
            canonical, label = entry.canonical, entry.label_en
        else:
            forms: Counter[str] = Counter()
            for m in members:
                forms[_clean(items[m][0])] += 1 if weights is None else weights[m]
            canonical = _choose(forms, typ)
            label = _label_for(canonical, typ)
        for m in members:
            out[m] = (canonical, label)
    return out


    return out


# ---------------------------------------------------------------------------------------------------
# public API
def _rule_raws(text: str) -> tuple[_Engine, list[_Raw]]:
    """The rule engine's mentions of one article: sorted by offset, non-overlapping; ``alias_of`` indexes
    this list."""
    eng = _Engine(text)
    eng.pass1()
    eng.pass2()
    raws = [r for r in eng.raws if r.end > r.start]
    # resolve any overlap (propagated mentions never overlap; detectors emit left to right)
    order = sorted(range(len(raws)), key=lambda i: (raws[i].start, -(raws[i].end - raws[i].start)))
    keep: list[int] = []
    last_end = -1
    for i in order:
        if raws[i].start >= last_end:
            keep.append(i)
            last_end = raws[i].end
    remap = {old: new for new, old in enumerate(keep)}
    out: list[_Raw] = []
    for old in keep:
        r = raws[old]
        alias = remap.get(r.alias_of, -1) if r.alias_of >= 0 else -1
        out.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, alias))
    return eng, out


@lru_cache(maxsize=200_000)
def _view(surface: str) -> tuple[str, tuple[str, ...], str]:
    """(folded key, clitic-stripped folded keys, kind) of a token, for the CRF's features."""
    info = _info(surface)
    return info.key, tuple(k for _o, k, st in info.forms if st), info.kind


def tagger_view(eng: _Engine, raws: Sequence[_Raw]) -> tuple[list[tuple[str, str, tuple[str, ...], str, bool]],
                                                             list[str], list[str]]:
    """The tokens of an engine run as the CRF sees them, with the rule engine's BIO tags (``B-ORG/how``)
    and the gazetteer's BIO tags: the stacking features (:mod:`sahifa.nlp.tagger`)."""
    toks = eng.toks
    views = []
    for t in toks:
        key, stripped, kind = _view(t.text)
        views.append((t.text, key, stripped, kind, t.brk))
    rule_tags = ["O"] * len(toks)
    for r in raws:
        rule_tags[r.t0] = f"B-{r.type}/{r.how}"
        for k in range(r.t0 + 1, r.t1):
            rule_tags[k] = f"I-{r.type}/{r.how}"
    gaz_tags = ["O"] * len(toks)
    j = 0
    while j < len(toks):
        hit = eng.gaz_at(j) if toks[j].info.kind in "al" else None
        if hit is None:
            j += 1
            continue
        _off, end, entry = hit
        gaz_tags[j] = "B-" + entry.type
        for k in range(j + 1, end):
            gaz_tags[k] = "I-" + entry.type
        j = max(end, j + 1)
    return views, rule_tags, gaz_tags


def _crf_start(eng: _Engine, t0: int) -> int:
    """Character offset where a CRF span starting at token ``t0`` begins: after a clitic (و ف ب ل ك) when
    the rest is a known word and the whole is not, or the rest starts with the article (والرياض), or the
    whole is a common word (بعيد), or after و/ف before 3+ letters when the whole is no known word."""
    tok = eng.toks[t0]
    info = tok.info
    if len(info.forms) == 1:
        return tok.start
    g = eng.g
    full = info.key
    known_full = full in g.by_key or full in g.given_names or full in g.cues or eng.is_lex(full) \
        or strip_article(full) in g.by_key
    for off, k, stripped in info.forms[1:]:
        if not stripped:
            continue
        if k.startswith(_AL) and len(k) > 3:
            return tok.start + off
        if not known_full and (k in g.by_key or k in g.given_names or k in g.cues or k in g.nationalities
                               or strip_article(k) in g.by_key):
            return tok.start + off
        if full in g.common:
            return tok.start + off  # بعيد الفطر: a common word is no name, its ب is a clitic
        if not known_full and off == 1 and tok.text[0] in "وف" and len(k) >= 3:
            return tok.start + off  # وقاصدي الحرمين: و is a conjunction (a name with و is a given name)
    return tok.start


def _crf_person_ok(eng: _Engine, t0: int, t1: int) -> bool:
    """Could the CRF's PERSON span be a name? Not when a word of it is a frequent common word, a verb's
    shape, an accusative or a feminine plural (اضطرابات الأكل، سن اليأس، نوبات الاختلاج), unless it is a
    given name; not when it is only one common word."""
    g = eng.g
    for k in range(t0, t1):
        tok = eng.toks[k]
        if tok.info.kind == "l":
            continue
        if tok.info.kind != "a":
            return False
        key = tok.info.key
        if key in g.given_names or strip_article(key) in g.by_key:
            continue
        if _common_reading(tok.text) or _verb_shaped(key) or _accusative(tok.text) or (
                len(key) >= 5 and key.endswith("ات")):
            return False
    return True


class _TaggerFailed:
    """Remembers that the tagger failed on some article (logged once per process)."""

    logged: ClassVar[bool] = False


def crf_pass(eng: _Engine, raws: list[_Raw], crf: Any, every: bool = False) -> tuple[list[Any], Any]:
    """Tag the engine's tokens with the CRF: (rule spans as the arbiter sees them, tagger.Tagged).
    ``every``: also the sentences with no candidate (see :func:`sahifa.nlp.tagger.tag`)."""
    from . import arbiter, tagger

    views, rule_tags, gaz_tags = tagger_view(eng, raws)
    tagged = tagger.tag(crf, views, rule_tags, gaz_tags, every)
    # a propagated mention (how "prop") is a copy of raws[alias_of], not an introduced alias: the arbiter
    # may veto it, and drops it with the mention it copies
    rules = [arbiter.RuleSpan(r.t0, r.t1, r.type, r.entry is not None or r.how == "gaz", i,
                              r.how == "acro" or (r.alias_of >= 0 and r.how != "prop"), r.how,
                              r.alias_of if r.how == "prop" else -1) for i, r in enumerate(raws)]
    return rules, tagged


def apply_choice(text: str, eng: _Engine, raws: list[_Raw], chosen: Sequence[Any]) -> list[_Raw]:
    """The mentions the arbiter kept: rule mentions as they were, CRF spans as new mentions."""
    from .arbiter import RuleSpan

    out: list[_Raw] = []
    remap: dict[int, int] = {}
    for s in chosen:
        if isinstance(s, RuleSpan):
            remap[s.idx] = len(out)
            r = raws[s.idx]
            out.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, r.alias_of))
        else:
            if s.type == "PERSON" and not _crf_person_ok(eng, s.t0, s.t1):
                continue
            start = _crf_start(eng, s.t0)
            end = eng.toks[s.t1 - 1].end
            entry = eng.g.lookup(text[start:end])
            if entry is not None and entry.type != s.type:
                entry = None
            out.append(_Raw(start, end, s.t0, s.t1, s.type, entry, "crf"))
    for r in out:
        if r.alias_of >= 0:
            r.alias_of = remap.get(r.alias_of, -1)
    return out


def _arbitrated(text: str, eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Rule mentions combined with the CRF's (:mod:`sahifa.nlp.arbiter`); the rules alone when no model
    is installed, and for this article alone when the tagger fails on it."""
    from . import arbiter, tagger

    crf = tagger.load()
    if crf is None or not eng.toks:
        return raws
    try:
        rules, tagged = crf_pass(eng, raws, crf)
        return apply_choice(text, eng, raws, arbiter.arbitrate(rules, tagged))
    except Exception:  # one article's failure must not lose the batch: its rules stand
        if not _TaggerFailed.logged:
            _TaggerFailed.logged = True
            import logging

            logging.getLogger(__name__).exception("entity tagger failed on an article; rules used for it")
        return raws


def extract_entities(text: str, *, tagger: bool = True) -> list[EntityMention]:
    """Named-entity mentions of one article, sorted by offset, non-overlapping.

    The rule engine's mentions, arbitrated with the CRF tagger's when its model is installed
    (``tagger=False``: the rules alone)."""
    if not text:
        return []
    eng, raws = _rule_raws(text)
    if tagger:
        raws = _arbitrated(text, eng, raws)
    items: list[tuple[str, str, Entry | None, int]] = [
        (text[r.start: r.end], r.type, r.entry, r.alias_of) for r in raws]
    names = _canonicalise(items)
    out = []
    for (surface, typ, _entry, _alias), (canonical, label), r in zip(items, names, raws, strict=True):
        out.append(EntityMention(surface, typ, canonical, label, r.start, r.end,
                                 "crf" if r.how == "crf" else "rules"))
    return out


def link_across_articles(per_article: Sequence[Sequence[EntityMention]]) -> list[list[EntityMention]]:
    """Make ``canonical``/``label_en`` consistent across articles.

    A bare "ترامب" in one article joins "دونالد ترامب" from another; "الباجوز" and "باغوز" share one
    canonical; acronyms linked in one article (قسد) carry over. The canonical chosen for a group is its
    most frequent full form (people: the longest name). Offsets and surfaces are never changed.
    """
    if not any(per_article):
        return [list(a) for a in per_article]
    g = gazetteer()
    clean = _clean
    # one node per distinct (type, canonical) and per distinct (type, surface); mentions link the two
    nodes: dict[tuple[str, str], int] = {}
    node_items: list[tuple[str, str, Entry | None, int]] = []
    weights: list[int] = []  # mentions whose canonical is the node
    alias: list[int] = []  # first canonical node a surface node was seen under (-1: none)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    mention_node: list[int] = []

    for art in per_article:
        for m in art:
            typ = m.type
            ck = clean(m.canonical)
            key = (typ, ck)
            a = nodes.get(key)
            if a is None:
                a = nodes[key] = len(node_items)
                node_items.append((ck, typ, g.lookup(m.canonical), -1))
                weights.append(0)
                alias.append(-1)
            tk = clean(m.text)
            key = (typ, tk)
            b = nodes.get(key)
            if b is None:
                b = nodes[key] = len(node_items)
                node_items.append((tk, typ, g.lookup(m.text), -1))
                weights.append(0)
                alias.append(-1)
            weights[a] += 1
            if a != b and alias[b] < 0:
                alias[b] = a
            labels[ck][m.label_en] += 1
            mention_node.append(a)
    # fold the surface→canonical links in as aliases, then canonicalise the nodes like one big article,
    # each canonical node weighted by its mention count so "most frequent" means across articles
    items = [(s, t, e, al) for (s, t, e, _), al in zip(node_items, alias, strict=True)]
    names = _canonicalise(items, [max(1, w) for w in weights])
    known: dict[str, bool] = {}  # canonical → is a gazetteer name (its label stays)

    def label_of(c: str, lab: str) -> str:
        hit = known.get(c)
        if hit is None:
            hit = known[c] = g.lookup(c) is not None
        if hit:
            return lab
        counts = labels.get(c)
        return counts.most_common(1)[0][0] if counts else lab

    result_for_node = [(c, label_of(c, lab)) for c, lab in names]
    out: list[list[EntityMention]] = []
    pos = 0
    for art in per_article:
        new_art = []
        for m in art:
            canonical, label = result_for_node[mention_node[pos]]
            pos += 1
            if m.source == "user" or (canonical == m.canonical and label == m.label_en):
                new_art.append(m)  # the user's word is final; unchanged mentions are kept as they are
            else:
                new_art.append(EntityMention(m.text, m.type, canonical, label, m.start, m.end, m.source))
        out.append(new_art)
    return out


def canonical_key(name: str) -> str:
    """Normalised key of an entity name for lookups (user corrections, ``--entity NAME``).

    Any gazetteer alias maps to its entry's key (قسد, SDF → قوات سوريا الديمقراطية; ترامب → دونالد
    ترامب). Otherwise: folded, article stripped from each word, ج/غ variants merged, so "الباجوز",
    "باغوز" and "الباغوز" share a key. Index both a mention's text and its canonical under this key.
    """
    name = _clean(name)
    if not name:
        return ""
    entry = gazetteer().lookup(name)
    if entry is not None:
        name = entry.canonical
    return _loose_name(name)


def iter_keys(mentions: Iterable[EntityMention]) -> Iterable[tuple[str, str]]:
    """(key, canonical) pairs to index for a list of mentions (text and canonical both)."""
    for m in mentions:
        yield canonical_key(m.text), m.canonical
        yield canonical_key(m.canonical), m.canonical
