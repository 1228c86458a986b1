"""The quote engine's sentence bounds: sentences the splitter cut after a name's initial are joined again;
and which side of a sentence a source attribution in its middle covers (:func:`_source_side`).

The article's splitter ends a sentence at every full stop followed by a space, so a name written with an
initial ("وقالت لورين إم. كيلي، من …: «…»", "جورج دبليو. بوش", and the anonymised "المواطن ع. م" of
Saudi papers) is cut in two and the speech verb loses its speaker and its words. The quote engine reads
the two pieces as one sentence (the article's own sentences are not changed: this module only serves
quotes).
"""

from __future__ import annotations

from ..core.articles import split_sentences
from .quotes_lexicon import _OPENERS
from .quotes_tokens import _is_particle, _Sent

# Latin letters as Arabic writes them in initials ("إم."، "دبليو."، "إتش."): not the letter names that are
# also common words ending a sentence ("في"، "أو"، "إن"، "أن")
_LATIN_LETTERS = frozenset(
    "إيه ايه بي سي دي إي إف اف جي جيه إتش اتش آي كيه كاي إل إم ام كيو آر ار إس اس تي يو دبليو إكس اكس واي زد".split()
)
_ARABIC_LETTERS = frozenset("أابتثجحخدذرزسشصضطظعغفقكلمنهوي")  # with أ: "أ. د." (professor, doctor)


def is_initial(word: str) -> bool:
    """A name's initial as written before its full stop: one Arabic letter or a Latin letter's name."""
    return word in _ARABIC_LETTERS if len(word) == 1 else word in _LATIN_LETTERS


def _initial_before(text: str, dot: int) -> bool:
    """Whether the word that ends right before the full stop at ``dot`` is an initial or a one-letter
    title ("سارة إم."، "الخبير د."، "أ."; "المجموعة ب." also, told apart by what follows), not a
    unit after a figure."""
    a = dot
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    word = text[a:dot]
    if not is_initial(word):
        return False
    if a > 0 and text[a - 1] not in " \n(":
        return False  # "صغيرًا." (a fathatan before the alef), "ميّا.": the end of a word
    k = a - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or not text[k].isdigit()  # not "عام 2015 م." (AD), "الساعة 10 ص." (a.m.)


def _name_follows(text: str, b: int, c: int) -> bool:
    """Whether the sentence [b, c) (after only spaces) opens with a name's next part rather than a new
    clause: another initial, or a word that is not a conjunction-led verb ("وتضم"، "فيما")."""
    word = text[b:c].split(maxsplit=1)[0] if text[b:c].strip() else ""
    word = word.rstrip(".،,:؛")
    if not word or not word[0].isalpha():
        return False
    if len(word) == 1:
        return word in _ARABIC_LETTERS  # "م. ت": the next initial
    return not (word[0] in "وف" and len(word) >= 4)  # "المجموعة ب. وتضم …": a new sentence


def join_initials(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted sentence bounds with every sentence that ends on an initial joined to the next one (same
    paragraph: only spaces between)."""
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        if out:
            pa, pb = out[-1]
            gap = text[pb:a]
            if pb <= a and not gap.strip(" ") and pb >= 2 and text[pb - 1] == "." and _initial_before(text, pb - 1) \
                    and _name_follows(text, a, b):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


_STOPS = ".!?؟…"


def _orphan_closer(text: str, a: int, b: int) -> int:
    """End (after its full stop) of the first straight quotation mark in [a, b) that can only close —
    glued to the word before it and followed by a full stop and a space — while no straight quotation
    is open (an even count of them before it), or -1."""
    open_ = False
    k = text.find('"', a, b)
    while k >= 0:
        if not open_ and k > a and text[k - 1].isalnum() and k + 2 < b and text[k + 1] in _STOPS \
                and text[k + 2].isspace():
            return k + 2
        open_ = not open_
        k = text.find('"', k + 1, b)
    return -1


def split_orphans(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence bounds with every sentence cut after a straight quotation mark whose opening mark is missing
    ("… وتمنعهم". وأشار X إلى أن …"): the article's splitter takes that mark for an opening one and keeps
    the rest of the paragraph as one sentence (inside a quotation), so that a speech verb's content ran on
    over the next sentences and their speech verbs; the rest is split again as the article's splitter does."""
    out: list[tuple[int, int]] = []
    todo = list(reversed(bounds))
    while todo:
        a, b = todo.pop()
        cut = _orphan_closer(text, a, b)
        if cut < 0:
            out.append((a, b))
            continue
        out.append((a, cut))
        c = cut
        while c < b and text[c].isspace():
            c += 1
        if c < b:
            todo.extend(reversed(list(split_sentences(text, c, b))))
    return out


# words that open a new clause after a source's closing comma ("…، فيما …", "…، كما …")
_NEW_CLAUSE = frozenset("فيما بينما كما حيث ثم لكن ولكن إلا الا".split())


def _source_side(s: _Sent, cue: int, clitic: int, after: int) -> tuple[bool, bool]:
    """(opens, closes) for a source cue in the middle of sentence ``s`` with words on both sides and the
    part after it starting at token ``after``: it opens the clause that follows ("…، وبحسب X، فإن …":
    a و on the cue) or closes the clause before it ("… إلى 23 موقعًا حسب X، وتتراوح …": no comma before
    the cue, and a new clause after its own comma); neither for a parenthesis ("وأسفرت الغارات، بحسب
    المرصد، عن مقتل …", whose clause runs through it)."""
    toks = s.toks
    if clitic > 0 and toks[cue][0] == "و":
        return True, False
    if cue == 0 or toks[cue - 1] in ("،", ",", "-", "–", "(") or after >= len(toks) or s.inq[after] >= 0:
        return False, False
    t = toks[after]
    return False, t in _NEW_CLAUSE or (t[0] == "و" and len(t) >= 4 and not t.startswith("وال"))


def _says_next(s: _Sent, k: int) -> bool:
    """Whether token k opens what was said or what a manner word governs: a colon, a quotation mark,
    a comma, إن/أن, or على/عن ("وقال معلقا على ذلك: …")."""
    t = s.toks[k]
    return t in (":", "،", ",", '"', "على", "عن") or t in _OPENERS or _is_particle(t)


_SAME = frozenset("نفسه نفسها نفسهم ذاته ذاتها ذاتهم عينه عينها".split())  # "وفق التقرير نفسه"


def _source_runs_on(s: _Sent, cue: int, a: int, b: int, source_noun: bool) -> tuple[int, bool]:
    """(end of the source phrase, whether its clause follows without a comma) for a source that opens
    its sentence with a definite source noun ("وحسب المعلومات عثر على …", "وبحسب التقارير الأولية
    تشير …"): the phrase is the noun and its definite adjectives, and the first other word (not a
    preposition: "للشرطة", "بالمنطقة") starts the clause. Otherwise (b, False)."""
    toks = s.toks
    if not source_noun or cue > 0 or b - a < 2 or not toks[a].startswith("ال"):
        return b, False
    k = a + 1
    while k < b and toks[k].startswith("ال"):
        k += 1
    if k < b and toks[k][0].isalpha() and not toks[k].startswith(("ل", "بال", "و")) and toks[k] not in _SAME:
        return k, True
    return b, False
