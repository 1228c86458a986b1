"""The number scanner's first layer: tokens of the text, word lookups, qualifiers, units, counted nouns,
and the core of a quantity (digits or number words, with its scale).

The scanner is one class built in layers, each in its own module and each calling only itself and the
layers below: :class:`_TokenScanner` (here) ← ``numbers_quantity._QuantityScanner`` (what a quantity
is) ← ``numbers_dates._DateScanner`` (dates and times) ← ``numbers._Scanner`` (the pass over the text).
"""

from __future__ import annotations

import bisect
import re

from ..core.arabic import ascii_digits, word_key
from .normalize import chunked
from .numbers_lexicon import (
    _AREA_WORDS,
    _CLITICS,
    _CONSTRUCTS,
    _CURRENCY_ADJ,
    _DAYTIME,
    _DUAL_SCALES,
    _FRACTIONS,
    _LABEL_BEFORE_DIGIT,
    _MONTHS,
    _NAME_BEFORE_DIGIT,
    _NUMBER_WORDS,
    _ORDINAL_TEEN_ONLY,
    _PERCENT_AFTER_FI,
    _PERCENT_WORDS,
    _POST_FIRST,
    _POST_QUALIFIERS,
    _PRE_BY_LAST,
    _SCALES,
    _STOPWORDS,
    _TEN_WORDS,
    _TENS,
    COUNTED_NOUNS,
)
from .numbers_words import (
    _FRACTION,
    _NAME_QUOTES,
    _NUM,
    _ORD,
    _SCALE_PL,
    _as_number,
    _can_join,
    _chunk_pieces,
    _Core,
    _counted_en,
    _Found,
    _has_pronoun,
    _is_construct_like,
    _looks_like_adverb,
    _looks_like_verb,
    _parse_digits,
    _Piece,
    _skip_letters,
    _unit_of,
    _Word,
)

_CLOSERS = frozenset(")]»”\"'’")
_OPENERS = frozenset("([«“\"'‘")
_DASHES = frozenset("-–—")
_DOT3 = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")


# words after which three digits after a dot are decimals: three-decimal currencies, scores in points
_DECIMAL_UNITS = frozenset(word_key(w) for w in "دينار دينارا دنانير نقطة نقاط درجة درجات ثانية ثوان ين".split())
# market words before a figure quoted to three decimals (an index level, an exchange rate)
_INDEX_WORDS = frozenset(word_key(w) for w in "مؤشر المؤشر صرف مستوى".split())

# "التاسعة والنصف": minutes after an hour word, written hh.mm as the gold writes times (9.3 = 9:30)
_CLOCK_FRACTIONS: dict[str, float] = {"والنصف": 0.3, "والربع": 0.15, "والثلث": 0.2}
# nouns whose ordinals count spans of time: "القرون من الثالث عشر إلى السابع عشر" is a range
_SPAN_NOUNS = frozenset("القرن القرون العقد العقود الالفيه".split())

# "من الشهر الحالي": a month named by its place relative to the article's date (normalised forms)
_RELATIVE_MONTH = frozenset("الحالي الجاري المقبل القادم الماضي المنصرم".split())


class _TokenScanner:
    """Tokens of one text and what the layers above need to know about them."""

    __slots__ = ("text", "s", "e", "t", "k", "nt", "wa", "size", "found", "blocked", "b_starts", "b_ends",
                 "labels")

    def __init__(self, text: str) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        toks: list[str] = []
        kinds: list[str] = []
        norms: list[str | None] = []
        analyses: list[_Word | None] = []
        # the text's lines and space-free chunks, split once for the entity tokeniser and this scanner
        # (sahifa.nlp.normalize.chunked); each distinct chunk tokenised once (news repeats its words); same
        # tokens as one _TOKEN_RE scan of the whole text (tested), about twice as fast. Each token's record
        # comes with it (numbers_words._Piece): no per-token look-up of its normal form or its analysis
        split = chunked(text)
        chunks = split.chunks
        offsets = split.starts
        line_next = split.line_next
        last = len(line_next) - 1
        ci = 0
        for li, line_end in enumerate(split.line_ends):
            while ci < line_end:
                rec = chunks[ci]
                got: tuple[_Piece, ...] | None = rec.num
                if got is None:
                    got = _chunk_pieces(rec.text)
                    rec.num = got
                pos = offsets[ci]
                for off, tok, kind, norm, word in got:
                    start = pos + off
                    starts.append(start)
                    ends.append(start + len(tok))
                    toks.append(tok)
                    kinds.append(kind)
                    norms.append(norm)
                    analyses.append(word)
                ci += 1
            if li < last:  # the line break is a token
                pos = line_next[li]
                starts.append(pos - 1)
                ends.append(pos)
                toks.append("\n")
                kinds.append("b")
                norms.append(None)
                analyses.append(None)
        self.s = starts
        self.e = ends
        self.t = toks
        self.k = kinds
        self.size = len(toks)
        self.nt = norms   # normalised words (None: not a word)
        self.wa = analyses   # _analyse(token) of every word (None for other tokens): what info() gives
        self.found: list[_Found] = []
        self.blocked: list[tuple[int, int]] = []   # date/time spans, in the order they were found
        # the same spans sorted by start (they never overlap, so their ends are sorted too): the index
        # _is_blocked bisects, so that checking a new date costs log(dates), not dates
        self.b_starts: list[int] = []
        self.b_ends: list[int] = []
        self.labels: set[str] = set()   # digits seen naming a model ("طراز 777"): a name wherever they recur

    # ---- small helpers ---------------------------------------------------------------------------
    def word(self, i: int) -> str | None:
        """Normalised word at token i, or None when i is not a word."""
        if 0 <= i < self.size and self.k[i] == "w":
            return self.nt[i] or None   # a lone tatweel/haraka normalises to ""
        return None

    def info(self, i: int) -> _Word | None:
        if 0 <= i < self.size and self.k[i] == "w":
            return self.wa[i]
        return None

    def adjacent(self, i: int, j: int) -> bool:
        return self.e[i] == self.s[j]

    def strip_clitic(self, norm: str) -> str:
        if len(norm) > 3 and norm[0] in _CLITICS:
            return norm[1:]
        return norm

    # ---- qualifiers ------------------------------------------------------------------------------
    def pre_qualifier(self, i0: int) -> str | None:
        j = i0 - 1
        while j >= 0 and self.k[j] == "p" and self.t[j] in _OPENERS:
            j -= 1
        last = self.word(j)
        if last is None:
            return None
        candidates = _PRE_BY_LAST.get(last) or _PRE_BY_LAST.get(last[1:] if last[:1] in _CLITICS else "")
        if not candidates:
            return None
        for phrase, qualifier in candidates:
            size = len(phrase)
            start = j - size + 1
            if start < 0:
                continue
            ok = True
            for offset, expected in enumerate(phrase):
                norm = self.word(start + offset)
                if norm is None:
                    ok = False
                    break
                if norm != expected and not (offset == 0 and len(norm) > 1 and norm[0] in _CLITICS
                                             and norm[1:] == expected):
                    ok = False
                    break
            if ok:
                return qualifier
        return None

    def post_qualifier(self, j: int) -> str | None:
        first = self.word(j)
        if first is None or first not in _POST_FIRST:
            return None
        for phrase, qualifier in _POST_QUALIFIERS:
            if all(self.word(j + o) == w for o, w in enumerate(phrase)):
                return qualifier
        return None

    # ---- units, percent, counted -----------------------------------------------------------------
    def percent_at(self, j: int) -> int | None:
        """Token index after a percent marker starting at j, or None."""
        if j >= self.size:
            return None
        tok = self.t[j]
        if self.k[j] == "p" and tok in "%٪":
            return j + 1
        norm = self.word(j)
        if norm is None:
            return None
        if norm in _PERCENT_WORDS:
            return j + 1
        if norm == "في" and self.word(j + 1) in _PERCENT_AFTER_FI:
            return j + 2
        return None

    def unit_at(self, j: int, allow_al: bool = False) -> tuple[str, str, int] | None:
        """(kind, unit, token after) for a unit noun at j."""
        norm = self.word(j)
        if norm is None:
            if j < self.size and self.k[j] == "p" and self.t[j] in "$€£﷼":
                return "money", {"$": "USD", "€": "EUR", "£": "GBP", "﷼": "SAR"}[self.t[j]], j + 1
            return None
        if norm == "م" and j > 0 and self.k[j - 1] == "n" and len(self.t[j - 1]) == 4 and (
                1800 <= (_parse_digits(self.t[j - 1]) or 0) <= 2100
                or (self.adjacent(j - 1, j) and 1000 <= (_parse_digits(self.t[j - 1]) or 0) <= 2100)):
            return None                                   # "1874م", "2015 م": the year's suffix, not metres
        if norm in ("كيلو", "الكيلو") and self.word(j + 1) in ("متر", "مترا", "مترات", "مترين"):
            kind, unit, after = "distance", "km", j + 2
        else:
            found = _unit_of(norm, allow_al)
            if found is None:
                return None
            kind, unit = found
            after = j + 1
        if kind == "money":
            adj = self.word(after)
            if adj is not None:
                code = _CURRENCY_ADJ.get(adj) or _CURRENCY_ADJ.get(adj.rstrip("ها") or adj)
                if code is not None:
                    if unit in ("dinar", "SAR", "AED", "lira", "EGP", "USD") or code == "GBP":
                        unit = code
                    after += 1
        elif kind == "distance" and self.word(after) in _AREA_WORDS:
            kind, unit, after = "area", unit + "2", after + 1
        elif kind == "distance" and after < self.size and self.t[after] in ("2", "٢", "²") \
                and self.adjacent(after - 1, after):
            kind, unit, after = "area", unit + "2", after + 1       # "400م2", "٤٠٠م٢"
        return kind, unit, after

    def counted_at(self, j: int, definite_ok: bool) -> tuple[str, str | None, int] | None:
        """(counted text, English, token after) for the counted noun at/after j."""
        while j < self.size and self.k[j] == "p" and self.t[j] in _CLOSERS:
            j += 1
        if j + 1 < self.size and self.t[j] in _NAME_QUOTES:
            j += 1                          # "سبع «مدن حاويات»": the counted noun in quotation marks
        norm = self.word(j)
        via_min = False
        cardinal = not definite_ok          # digits/number words; vague words allow "مئات المدنيين"
        if norm == "من":
            j += 1
            while j < self.size and self.k[j] == "p" and self.t[j] in _OPENERS:
                j += 1
            norm = self.word(j)
            via_min = True
            definite_ok = True
        if norm is None or norm in _STOPWORDS or norm in _MONTHS:
            return None
        if self.wa[j] is not None and norm not in COUNTED_NOUNS:
            return None
        if not definite_ok and norm.startswith("ال") and len(norm) > 3:
            return None                     # a cardinal counts an indefinite noun; "كاك 40 الفرنسي" is an adjective
        en = _counted_en(norm, self.t[j])
        if en is None:
            if via_min and cardinal and not _is_construct_like(norm):
                return None                 # "12 من الدوري": من + unknown noun is not a count
            if norm.startswith("ال") and not definite_ok:
                return None
            if norm[0] == "و" or norm.startswith(("بال", "لل", "كال", "فال")):
                return None
            if norm[0] in "لبكف" and len(norm) > 3 and _counted_en(norm[1:], self.t[j]) is not None:
                return None                 # "300 لأسهم", "51 لمؤسسة": a preposition, not the counted noun
            if _looks_like_verb(norm) or _looks_like_adverb(norm):
                return None
        first, last = j, j
        core_norm = norm[2:] if norm.startswith("ال") else norm
        # idafa: مقاتلي داعش / عناصر التنظيم
        nxt = self.word(j + 1)
        if nxt is not None and nxt not in _STOPWORDS and self.wa[j + 1] is None and (
            core_norm in _CONSTRUCTS
            or ((via_min or definite_ok) and not norm.startswith("ال") and nxt.startswith("ال")
                and en is not None and not _has_pronoun(norm))
        ):
            last = j + 1
        # coordination: امرأة وطفل / الرجال والنساء والأطفال
        english = [en] if en is not None else []
        while True:
            nxt = self.word(last + 1)
            if nxt is None or len(nxt) < 3 or nxt[0] != "و":
                break
            nxt_en = _counted_en(nxt[1:], self.t[last + 1])
            if nxt_en is None or en is None:
                break
            english.append(nxt_en)
            last += 1
        if en is None:
            english_text = None
        elif len(english) == 1:
            english_text = english[0]
        else:
            english_text = ", ".join(english[:-1]) + " and " + english[-1]
        return self.text[self.s[first]:self.e[last]], english_text, last + 1

    # ---- number cores ----------------------------------------------------------------------------
    def scale_at(self, j: int) -> tuple[int, int] | None:
        """(scale, token after) when token j is a bare scale word (ألف، آلاف، مليون، ألفًا …)."""
        info = self.info(j)
        if info is None or info.pre or info.al or info.cat not in (_NUM, _SCALE_PL):
            return None
        if int(info.value) in _SCALES and info.base not in _DUAL_SCALES:
            return int(info.value), j + 1
        return None

    def digit_core(self, i: int) -> _Core | None:
        k, s, e = self.k, self.s, self.e
        value = _parse_digits(self.t[i])
        if value is None:
            return None
        if i > 0 and e[i - 1] == s[i] and k[i - 1] == "l":
            return None
        if i + 1 < self.size and s[i + 1] == e[i] and k[i + 1] == "l":
            return None
        if (i > 1 and k[i - 1] == "p" and self.t[i - 1] in _DASHES and e[i - 1] == s[i]
                and e[i - 2] == s[i - 1] and k[i - 2] in ("w", "l")):
            return None                                   # F-16, كوفيد-19
        if self.word(i - 1) in _NAME_BEFORE_DIGIT or (
                i > 1 and k[i - 1] == "p" and (self.t[i - 1] in _DASHES or self.t[i - 1] in _OPENERS)
                and self.word(i - 2) in _NAME_BEFORE_DIGIT):
            self.labels.add(self.t[i])
            return None                                   # "ويندوز 10", "طراز 777", 'طراز "777"', "إم إكس - 1"
        if self.label_after_noun(i):
            return None
        if self.is_label(i):
            return None
        joined = self.comma_number(i)
        if joined is not None:
            core = _Core(joined, i, i + 3, s[i], e[i + 2], True, False)
        else:
            core = _Core(value, i, i + 1, s[i], e[i], True, False,
                         plain_int=isinstance(value, int) and self.t[i].isdigit())
        self._apply_scale(core)
        if not core.scaled and self.dot_thousands(i):
            core.value = int(ascii_digits(self.t[i]).replace(".", ""))
            core.plain_int = False
        # "3 آلاف و500", "2 مليون و500 ألف": a smaller part joined by و continues the number
        while core.scaled and self.word(core.i1) == "و" and core.i1 + 1 < self.size \
                and k[core.i1 + 1] == "n":
            rest_value = _parse_digits(self.t[core.i1 + 1])
            if rest_value is None:
                break
            rest = _Core(rest_value, core.i1 + 1, core.i1 + 2, s[core.i1 + 1], e[core.i1 + 1], True, False)
            self._apply_scale(rest)
            if rest.value >= core.scale:
                break
            core.value += rest.value
            core.i1, core.end = rest.i1, rest.end
            if not rest.scaled:
                break
        return core

    def dot_thousands(self, i: int) -> bool:
        """Digit token i is one group of three digits after a dot that Saudi news writes as a thousands
        separator ("100.000 متر مربع", "4.240 وحدة سكنية", "10.500 دولار"): the first group is not 0 and
        no scale word follows (a decimal then: "26.809 مليار"), nor a three-decimal currency or a score
        in points ("1.220 دينار", "5.525 نقطة")."""
        raw = ascii_digits(self.t[i])
        head, dot, tail = raw.partition(".")
        if not dot or len(tail) != 3 or not (1 <= len(head) <= 3) or head == "0" or not (head + tail).isdigit():
            return False
        if self.percent_at(i + 1) is not None:
            return False                                  # "3.776 %": a rate
        if self.index_before(i):
            return False                                  # "استقر مؤشر الدولار عند 97.858": index points
        for back in range(max(0, i - 20), i - 1):         # "… عند 97.858 … بعد أن لامس 98.088": the same
            if self.k[back] == "n" and _DOT3.fullmatch(ascii_digits(self.t[back])) and self.index_before(back):
                return False                              # index, read the same way
        nxt = self.word(i + 1)
        return nxt is None or self.strip_clitic(nxt) not in _DECIMAL_UNITS

    def index_before(self, i: int) -> bool:
        """An index word (مؤشر، نقطة …) among the six tokens before i."""
        for back in range(max(0, i - 6), i):
            w = self.word(back)
            if w is not None and self.strip_clitic(w) in _INDEX_WORDS:
                return True
        return False

    def label_after_noun(self, i: int) -> bool:
        """"شارع 25", "مخرج 5", "الرحلة 111 المتجهة": a number naming a street, exit, flight or gate; not
        when a unit or a counted noun follows ("رحلة 5 أيام", "رحلة 3 ساعات")."""
        prev = self.word(i - 1)
        if prev is None or (prev not in _LABEL_BEFORE_DIGIT and self.strip_clitic(prev) not in _LABEL_BEFORE_DIGIT):
            return False
        return self._unit_or_percent(i + 1) is None and not self.counts_noun(i + 1)

    def is_label(self, i: int) -> bool:
        """A digit token that names rather than counts: a phone number or code ("0504294643") unless a unit
        follows; a long identifier ("3601128675") not followed by a word; a number after a Latin word
        ("District 9 عام 2009", "Zain 737221") unless money or a percent follows."""
        raw = ascii_digits(self.t[i])
        if self.list_marker(i) or self.in_quoted_name(i) or self.plus_name(i):
            return True
        if raw.isdigit() and len(raw) >= 5 and raw[0] == "0":
            return self._unit_or_percent(i + 1) is None
        if len(raw) == 3 and raw[0] == "0" and i >= 2 and self.t[i - 1] in ("،", ",") and self.k[i - 2] == "n":
            return True         # "1920 × 1، 080": a thousands group cut off by a space, not a count
        if i > 0 and self.t[i - 1] in ("×", "*") and (i < 2 or self.k[i - 2] != "n") \
                and self._unit_or_percent(i + 1) is None:
            return True         # "«بافيليون» ×360", "«إنفي» × 360": a model name's suffix, no product
        if raw.isdigit() and len(raw) >= 9:             # an identifier stands alone, a quantity is followed
            return i + 1 >= self.size or self.k[i + 1] != "w"   # by what it counts
        if i > 0 and self.k[i - 1] == "l" and not (len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100):
            after = self._unit_or_percent(i + 1)
            return after is None or after[0] not in ("money", "percent")
        return False

    def list_marker(self, i: int) -> bool:
        """"1- تحرير العقل", "4. العميل", "2) ...": an item number at the start of a line or after a colon
        or full stop, followed by a dash, dot or bracket and a word — it numbers, it does not count."""
        t, k = self.t, self.k
        if len(t[i]) > 2 or i + 2 >= self.size or t[i + 1] not in ("-", "–", ".", ")") or k[i + 2] != "w":
            return False
        return i == 0 or k[i - 1] == "b" or t[i - 1] in (".", ":", "؛")

    def in_quoted_name(self, i: int) -> bool:
        """"«مينسك 2»", "«اللواء 55»", “كنا كدا 2″: a number closing a quoted name (a word before it, the quote after)."""
        t, k = self.t, self.k
        if i + 1 >= self.size or t[i + 1] not in ("»", "”", '"', "″") or i == 0 or k[i - 1] != "w":
            return False
        for back in range(i - 2, max(-1, i - 7), -1):
            if t[back] in ("«", "“", '"'):
                return True
            if k[back] not in ("w", "l"):
                return False
        return False

    def plus_name(self, i: int) -> bool:
        """"مجموعة 5+1" (the P5+1 powers): digits joined by + name a group."""
        t, k = self.t, self.k
        return (i + 2 < self.size and t[i + 1] == "+" and k[i + 2] == "n") or \
            (i >= 2 and t[i - 1] == "+" and k[i - 2] == "n")

    def comma_number(self, i: int) -> int | float | None:
        """Value of digit token i joined by the Arabic comma or ر to the digits after it, if they read as one.

        "1،9 مليون", "٢،٥٪" (the Arabic comma U+060C as decimal mark) and "10ر18 مليون" (ر, the decimal mark
        of some wire services) have no space on either side of the mark and 1-3 digits on each side.
        Three digits after the comma are a thousands group ("2،500" = 2500), as with the Latin comma.
        With ر the text stores the digits in display order reversed (the letter ر splits the bidi run, so
        "18ر10" on screen is "10ر18" in the text): the digits after ر are the whole part, those before it
        the fraction ("10ر18 مليون" = 18.10 million, "88ر0 درجة" = 0.88, "1ر83 مليون جنيه (3ر129 مليون
        دولار)" = 83.1 and 129.3), and a fraction "000" is a thousands group ("000ر22" = 22,000).
        A chain "1،2،3" is a list, and "1، 2" (with a space) two numbers: None.
        """
        k, s, e, t = self.k, self.s, self.e, self.t
        if i + 2 >= self.size or k[i + 2] != "n" or t[i + 1] not in ("،", "ر"):
            return None
        if e[i] != s[i + 1] or e[i + 1] != s[i + 2]:
            return None
        whole, frac = ascii_digits(t[i]), ascii_digits(t[i + 2])
        if not (whole.isdigit() and frac.isdigit() and len(whole) <= 3 and len(frac) <= 3):
            return None
        if i + 4 < self.size and t[i + 3] in ("،", "ر") and e[i + 2] == s[i + 3] and e[i + 3] == s[i + 4] \
                and k[i + 4] == "n":
            return None
        if i >= 2 and t[i - 1] in ("،", "ر") and e[i - 1] == s[i] and e[i - 2] == s[i - 1] and k[i - 2] == "n":
            return None
        if t[i + 1] == "ر":
            whole, frac = frac, whole
            if frac == "000":
                return int(whole) * 1000
        elif len(frac) == 3:
            return int(whole) * 1000 + int(frac)
        return _as_number(float(f"{whole}.{frac}"))

    def _apply_scale(self, core: _Core) -> None:
        scaled = self.scale_at(core.i1)
        if (scaled is None and core.i1 + 1 < self.size and self.t[core.i1] in _CLOSERS and core.i0 > 0
                and self.t[core.i0 - 1] in _OPENERS and self.k[core.i0 - 1] == "p"):
            scaled = self.scale_at(core.i1 + 1)             # "«50» ألف جريمة"
            if scaled is not None:
                core.start = self.s[core.i0 - 1]
        if scaled is None:
            return
        scale, after = scaled
        core.value = core.value * scale
        core.scale = scale
        core.scaled = True
        core.plain_int = False
        core.i1 = after
        core.end = self.e[after - 1]
        part = self.fraction_after(after, scale)
        if part is not None:
            core.value += part[0]
            core.i1 = part[1]
            core.end = self.e[part[1] - 1]

    def fraction_after(self, j: int, scale: int) -> tuple[float, int] | None:
        """(added value, next token) for "ونصف", "والربع", "وربع مليون" after a number whose last scale is
        ``scale`` ("مليونين وربع مليون" = 2,250,000)."""
        norm = self.word(j)
        if norm is None or norm[:1] != "و":
            return None
        base = norm[3:] if norm.startswith("وال") else norm[1:]
        fraction = _FRACTIONS.get(base)
        if fraction is None:
            return None
        nxt = self.info(j + 1)                             # "ونصف مليون", "ونصف المليون"
        if (nxt is not None and nxt.cat in (_NUM, _SCALE_PL) and not nxt.pre and int(nxt.value) == scale
                and nxt.base not in _DUAL_SCALES and not norm.startswith("وال")):
            return fraction * scale, j + 2
        return fraction * scale, j + 1

    def scale_word_at(self, j: int) -> int:
        """The scale (ألف، مليون، مليارات …) of the bare word at j, or 0."""
        nxt = self.info(j)
        if nxt is None or nxt.pre or nxt.clitic or nxt.cat not in (_NUM, _SCALE_PL):
            return 0
        value = int(nxt.value)
        return value if value in _SCALES else 0

    def word_core(self, i: int, info: _Word) -> _Core | None:
        """Spelled-out cardinal starting at token i (the first word may carry a clitic)."""
        if info.cat == _FRACTION:
            scaled = self.scale_at(i + 1)
            if scaled is None:
                return None
            scale, after = scaled
            start = self.s[i] + _skip_letters(self.t[i], info.pre)
            return _Core(info.value * scale, i, after, start, self.e[after - 1], False, True, scale)
        total, partial, last_scale = 0.0, 0.0, 0
        pieces = 0
        j = i
        current: _Word | None = info
        while current is not None:
            value = int(current.value)
            waw = current.clitic == "و"
            if pieces:
                if (current.al and not (info.al and waw)) or (current.pre and not waw) \
                        or current.cat not in (_NUM, _SCALE_PL):
                    break
                if not _can_join(total, partial, last_scale, value, waw, current.base):
                    break
                if waw and last_scale and value not in _SCALES and self.scale_word_at(j + 1) >= last_scale:
                    break       # "خمسة مليارات وستة مليارات": two amounts, not 5,000,000,006
            if current.base in _DUAL_SCALES or (not pieces and self.dual_construct(j, value)):
                scale = _DUAL_SCALES[current.base] if current.base in _DUAL_SCALES else value
                total += 2 * scale
                partial, last_scale = 0.0, scale
            elif value in _SCALES:
                total += (partial or 1) * value
                partial, last_scale = 0.0, value
            elif value == 100 and not waw and 1 <= partial <= 9:
                partial *= 100
            else:
                partial += value
            pieces += 1
            j += 1
            current = self.info(j)
        end_tok = j
        value_total = total + partial
        # "مليار و200 مليون ريال", "مليون و348 ألف": a smaller part in digits joined by و continues it
        while last_scale and self.word(end_tok) == "و" and end_tok + 1 < self.size and self.k[end_tok + 1] == "n":
            rest_value = _parse_digits(self.t[end_tok + 1])
            if rest_value is None or (isinstance(rest_value, int) and 1900 <= rest_value <= 2100):
                break                                     # "… مليون و2015": a year follows, not a part
            rest = _Core(rest_value, end_tok + 1, end_tok + 2, self.s[end_tok + 1], self.e[end_tok + 1], True, False)
            self._apply_scale(rest)
            if rest.value >= last_scale:
                break
            value_total += rest.value
            end_tok = rest.i1
            if not rest.scaled:
                break
        part = self.fraction_after(end_tok, last_scale) if last_scale else None
        if part is not None:
            value_total += part[0]
            end_tok = part[1]
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        core = _Core(value_total, i, end_tok, start, self.e[end_tok - 1], False, bool(last_scale),
                     last_scale)
        return core

    # ---- emit ------------------------------------------------------------------------------------
    def emit(self, found: _Found) -> None:
        self.found.append(found)

    def _unit_or_percent(self, j: int) -> tuple[str, str, int] | None:
        pj = self.percent_at(j)
        if pj is not None:
            return "percent", "%", pj
        return self.unit_at(j)

    def counts_noun(self, j: int) -> bool:
        """A known counted noun at j ("500 شخص"): the number before it counts, it is not a year."""
        hit = self.counted_at(j, definite_ok=False)
        return hit is not None and hit[1] is not None

    def _block(self, start: int, end: int) -> None:
        """Record a date/time span (callers have checked it overlaps no earlier one)."""
        self.blocked.append((start, end))
        at = bisect.bisect_left(self.b_starts, start)
        self.b_starts.insert(at, start)
        self.b_ends.insert(at, end)

    def _is_blocked(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a recorded span? The spans are disjoint, so only the last one that
        starts before ``end`` can reach past ``start`` (the earlier ones end before it starts)."""
        at = bisect.bisect_left(self.b_starts, end) - 1
        return at >= 0 and start < self.b_ends[at]

    def dual_construct(self, i: int, value: int) -> bool:
        """"مليونا متابع", "ألفا زائر": a scale word in -ا without tanween, opening a number and followed
        by an indefinite noun, is a dual in construct (two million followers); "عشرين مليونًا" and
        "مليونًا" with its tanween stay one scale."""
        norm = self.word(i)
        if value not in _SCALES or value < 1000 or norm is None or not norm.endswith("ا") \
                or "\u064b" in self.t[i] or self.t[i].endswith("اً"):
            return False
        if i > 0 and self.k[i - 1] == "n":
            return False
        prev = self.info(i - 1)
        if prev is not None and prev.cat == _NUM:
            return False
        nxt = self.word(i + 1)
        return (nxt is not None and self.k[i + 1] == "w" and not nxt.startswith("ال") and nxt not in _STOPWORDS
                and self.info(i + 1) is None)

    # ---- ordinals and hours (shared by the quantity and date layers) ----------------------------
    def relative_month(self, j: int) -> int | None:
        """Token after "من الشهر الحالي/الجاري/المقبل/القادم/الماضي/المنصرم" at j (a day of a month
        named relative to the article's date), else None."""
        if self.word(j) != "من" or self.word(j + 1) != "الشهر":
            return None
        return j + 3 if self.word(j + 2) in _RELATIVE_MONTH else None

    def ordinal_until(self, i: int, j: int, value: int) -> tuple[int, int] | None:
        """(last value, next token) when the definite ordinal at i (ending before j) opens a range:
        "من الثالث عشر وحتى السابع عشر", "في عمر السابعة إلى الثامنة", "من القرن السادس قبل الميلاد
        إلى القرن الثاني". After من a plain إلى is a change ("من المركز الثالث إلى الخامس"), unless the
        ordinals count centuries or decades (a span of time)."""
        k = j
        before_christ = self.word(k) == "قبل" and self.word(k + 1) == "الميلاد"
        if before_christ:
            k += 2
        conn = self.word(k)
        if conn not in ("الي", "والي", "حتي", "وحتي"):
            return None
        k += 1
        noun = self.word(i - 1)
        if noun is not None and self.word(k) == noun:     # "القرن السادس … إلى القرن الثاني"
            k += 1
        second = self.plain_ordinal_at(k)
        if second is None:
            return None
        value2, after = second
        if before_christ:
            if self.word(after) == "قبل" and self.word(after + 1) == "الميلاد":
                after += 2
            ordered = value2 < value
        else:
            ordered = value2 > value
        if not ordered:
            return None
        if conn.endswith("الي"):
            w1, w2 = self.word(i - 1), self.word(i - 2)
            if w1 is not None and self.strip_clitic(w1) == "من":
                if w2 is None or self.strip_clitic(w2) not in _SPAN_NOUNS:
                    return None                     # "من الثالث إلى الخامس": a change
            elif w2 is not None and self.strip_clitic(w2) == "من" and w1 not in _SPAN_NOUNS:
                return None                         # "من المركز الثالث إلى الخامس"
        return value2, after

    def plain_ordinal_at(self, k: int) -> tuple[int, int] | None:
        """(value, next token) of an ordinal at k written without a clitic and other than الأولى, else None."""
        info = self.info(k)
        if info is None or info.cat != _ORD or info.pre or info.base == "اولي":
            return None
        return self.ordinal_value(k, info)

    def ordinal_value(self, i: int, info: _Word) -> tuple[int, int] | None:
        """(value, next token) of the ordinal at i with its tens ("الحادي عشر", "الخامس والعشرين")."""
        value = int(info.value)
        j = i + 1
        nxt = self.word(j)
        if nxt in _TEN_WORDS:
            value += 10
            j += 1
        elif nxt is not None and nxt.startswith("وال") and _NUMBER_WORDS.get(nxt[3:], 0) in _TENS:
            value += _NUMBER_WORDS[nxt[3:]]
            j += 1
        elif info.base in _ORDINAL_TEEN_ONLY:
            return None
        return value, j

    def daytime_after(self, j: int) -> int | None:
        """Token after a part of the day at j written as an adverb ("صباحاً", "مساءً", "فجرا", "ليلا"),
        or None; "الثانية مساء اليوم" (a construct: the evening of today) is not one."""
        norm = self.word(j)
        if norm is None or norm.rstrip("ا") not in _DAYTIME:
            return None
        raw = self.t[j]
        if "\u064b" in raw or raw.endswith("ا"):
            return j + 1
        nxt = self.word(j + 1)
        return j + 1 if nxt is None or not nxt.startswith("ال") else None

    def time_until(self, j: int) -> tuple[int, int] | None:
        """(last hour, next token) for "(و)حتى/إلى (الساعة) الثالثة (مساءً)" closing a time range."""
        if self.word(j) not in ("حتي", "وحتي", "الي", "والي"):
            return None
        k = j + 1
        if self.word(k) in ("الساعه", "ساعه"):
            k += 1
        if k < self.size and self.k[k] == "n":         # "من 8 صباحًا وحتى 3 مساء"
            digits = _parse_digits(self.t[k])
            after = self.daytime_after(k + 1)
            if isinstance(digits, int) and 0 < digits < 24 and after is not None:
                return digits, after
            return None
        hour = self.plain_ordinal_at(k)
        if hour is None:
            return None
        value, k = hour
        after = self.daytime_after(k)
        return value, after if after is not None else k
