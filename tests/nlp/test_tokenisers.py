"""The chunk-cached tokenisers give exactly the tokens of one regex scan of the whole text.

entities._tokenise and numbers._Scanner split the text on "\\n" and " " and tokenise each chunk once
(cached across articles); a regex scan of the whole text is the reference. Hypothesis draws texts from
an alphabet rich in the cases that matter: every kind of blank (tab, CR, NBSP, bidi marks, U+2029),
diacritics and tatweel at chunk edges, digit groups with Arabic separators, Latin with apostrophes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sahifa.core.arabic import word_key
from sahifa.nlp import entities_words, normalize, numbers, numbers_words, quotes_lexicon, quotes_tokens

ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"  # letters
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # harakat, dagger alef, tatweel
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳"  # Western, Arabic-Indic and Persian digits
    ".,٫٬،؛:؟!%٪-–'’\"«»“”()"  # separators and punctuation
    "abcXYZ"
    "  \n\t\r\u00a0\u200e\u200f\u2029\u2028\u202f"  # blanks of every kind (space twice: most common)
)
texts = st.text(alphabet=ALPHABET, max_size=120)


def _entity_scan(text: str) -> list[tuple[int, int, str, bool]]:
    """Reference: one entities._PAIR_RE scan of the whole text (gap, token), line breaks from the gaps."""
    out: list[tuple[int, int, str, bool]] = []
    first = True
    pos = 0
    for gap, w in entities_words._PAIR_RE.findall(text):
        if gap:
            pos += len(gap)
            if "\n" in gap or "\u2029" in gap:
                first = True
        out.append((pos, pos + len(w), w, first))
        first = False
        pos += len(w)
    return out


def _number_scan(text: str) -> list[tuple[int, int, str, str]]:
    """Reference: one numbers_words._TOKEN_RE scan of the whole text; offsets by str.find past the last token."""
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    for tok in numbers_words._TOKEN_RE.findall(text):
        pos = text.find(tok, pos)
        out.append((pos, pos + len(tok), tok, numbers_words._kind_of(tok[0])))
        pos += len(tok)
    return out


@settings(max_examples=400, deadline=None)
@given(texts)
def test_entity_tokens_equal_a_whole_text_scan(text: str) -> None:
    got = [(t.start, t.end, t.text, t.brk) for t in entities_words._tokenise(text)]
    assert got == _entity_scan(text)
    for t in entities_words._tokenise(text):
        assert text[t.start:t.end] == t.text and t.info == entities_words._info(t.text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_number_tokens_equal_a_whole_text_scan(text: str) -> None:
    sc = numbers._Scanner(text)
    got = list(zip(sc.s, sc.e, sc.t, sc.k, strict=True))
    assert got == _number_scan(text)
    assert all(text[a:b] == t for a, b, t, _k in got)


def test_tokenisers_on_a_real_sentence_with_odd_blanks() -> None:
    text = "قال\u200f المرصد:  «قُتل 1,500 مقاتل»\r\nو\tفي\u2029الباغوز ٣٠٠ مدني"
    ents = [(t.start, t.end, t.text, t.brk) for t in entities_words._tokenise(text)]
    assert ents == _entity_scan(text)
    assert ("الباغوز" in [t for *_x, t, _b in ents]) and any(b for *_x, b in ents[1:])  # U+2029 breaks
    nums = numbers._Scanner(text)
    assert "1,500" in nums.t and "\n" in nums.t and "\u200f" in nums.t  # RLM is a mark token for numbers
    assert list(zip(nums.s, nums.e, nums.t, nums.k, strict=True)) == _number_scan(text)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 130), st.integers(0, 130))
def test_quote_tokens_equal_a_regex_scan_of_the_window(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    sent = quotes_tokens._tokenize(text, start, end)  # no limit: every token of the window
    want = [(m.start(), m.group()) for m in quotes_lexicon._TOKEN.finditer(text, start, end)]
    assert list(zip(sent.st, sent.toks, strict=True)) == want


@settings(max_examples=300, deadline=None)
@given(texts)
def test_number_scanner_records_equal_the_per_word_analyses(text: str) -> None:
    """The chunk records' normal forms and analyses are what word_key and _analyse give each word (the
    scanner no longer looks them up per token); other tokens carry none."""
    sc = numbers._Scanner(text)
    assert len(sc.nt) == len(sc.wa) == sc.size
    for i in range(sc.size):
        if sc.k[i] == "w":
            assert sc.nt[i] == word_key(sc.t[i])
            assert sc.wa[i] == numbers_words._analyse(sc.t[i])
            assert sc.word(i) == (word_key(sc.t[i]) or None)
        else:
            assert sc.nt[i] is None and sc.wa[i] is None and sc.word(i) is None and sc.info(i) is None


def test_one_split_is_shared_by_the_entity_tokeniser_and_the_number_scanner() -> None:
    text = "ذكرت الوزارة أن 3 آلاف زائر\nحضروا الوزارة  أمس، والوزارة تعد 2,500 مقعد"
    split = normalize.chunked(text)
    assert normalize.chunked(text) is split  # the text's split is kept
    assert [text[a:a + len(c.text)] for a, c in zip(split.starts, split.chunks, strict=True)] == \
        [c.text for c in split.chunks]
    assert [c.text for c in split.chunks[:split.line_ends[0]]] == "ذكرت الوزارة أن 3 آلاف زائر".split()
    assert split.line_next[0] == text.index("\n") + 1
    first, second = (c for c in split.chunks if c.text == "الوزارة")
    assert first is second  # one record per distinct chunk
    ents = entities_words._tokenise(text)
    sc = numbers._Scanner(text)
    assert first.ent is not None and first.num is not None  # each tokeniser keeps its pieces on the record
    assert [(t.start, t.end, t.text, t.brk) for t in ents] == _entity_scan(text)
    assert list(zip(sc.s, sc.e, sc.t, sc.k, strict=True)) == _number_scan(text)
    assert sc.wa[sc.t.index("آلاف")] is not None  # a number word's analysis came with its record


def test_the_kept_splits_are_bounded() -> None:
    many = [f"نص رقم {i} للتجربة" for i in range(normalize.TEXTS_KEPT + 40)]
    for t in many:
        normalize.chunked(t)
    assert len(normalize._TEXTS) <= normalize.TEXTS_KEPT
    assert many[-1] in normalize._TEXTS and many[0] not in normalize._TEXTS  # the oldest went first
    # a text whose split was dropped is split again, with the same tokens
    assert [(t.start, t.text) for t in entities_words._tokenise(many[0])] == \
        [(a, w) for a, _b, w, _f in _entity_scan(many[0])]


def test_number_token_kinds_read_from_sets_are_the_regex_classes() -> None:
    """numbers_words._kind_of tests a token's first character against sets: the same characters as the
    classes of _TOKEN_RE's digit and word tokens, on every character of the BMP."""
    import re

    digit = re.compile(f"[{numbers_words._D}]")
    word = re.compile(f"[{numbers_words._W_FIRST}]")
    for c in map(chr, range(0x10000)):
        assert (digit.match(c) is not None) == (c in numbers_words._DIGIT_FIRST), hex(ord(c))
        assert (word.match(c) is not None) == (c in numbers_words._WORD_FIRST), hex(ord(c))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابتةىأإآؤئء\u064b\u064e\u0651\u0670\u0640لوفك", min_size=1, max_size=12))
def test_a_one_word_chunk_gets_the_pieces_of_the_scan(word: str) -> None:
    """A chunk that is one Arabic word alone takes a short cut past the regex scans: the same pieces."""
    ent, trailing = entities_words._chunk_pieces(word)
    assert not trailing
    assert [(o, o + len(w), w) for o, w, *_r in ent] == [(a, b, w) for a, b, w, _f in _entity_scan(word)]
    assert all(info == entities_words._info(w) and mask == entities_words._triggers(w) for _o, w, info, mask, _b in ent)
    num = numbers_words._chunk_pieces(word)
    assert [(o, o + len(w), w, k) for o, w, k, _n, _a in num] == _number_scan(word)
    for _o, w, k, norm, analysis in num:
        assert (norm, analysis) == ((word_key(w), numbers_words._analyse(w)) if k == "w" else (None, None))
