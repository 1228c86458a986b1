"""The quote engine's tokens and cues: one sentence's tokens with their quotation pairs (:class:`_Sent`),
the clitic and particle helpers, and the cue finder (speech verbs, continuations, sources, nominal cues)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from operator import add

from ..core.arabic import strip_article
from .normalize import remember
from .quotes_adverbs import only_adverb, reaction_at_once
from .quotes_documents import came_in_document
from .quotes_lexicon import (
    _AMBIGUOUS_VERBS,
    _BELIEF_HEADS,
    _CONDUCT_VERBS,
    _CUE_TOKENS,
    _DEFINITE_MASDARS,
    _ILM,
    _MASDARS,
    _NAQL,
    _NOMINAL,
    _NOT_COMPLEMENT,
    _OPENERS,
    _PARTICIPLES,
    _PARTICLE,
    _QUOTE_CHARS,
    _QUOTE_RE,
    _SENT_PUNCT,
    _SOURCES,
    _TOKEN,
    _TRAIL_PUNCT,
    _VERB_FORMS,
)
from .quotes_participles import MARKED_PARTICIPLES, marked_complement

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
            if t not in "»›" or (
                t == "»" and i + 1 < n and toks[i + 1][0].isalnum() and st[i + 1] <= st[i] + 2
                and (i == 0 or not toks[i - 1][0].isalnum() or st[i - 1] + len(toks[i - 1]) < st[i]
                     or toks[i - 1] in ("بـ", "لـ", "ب", "ل"))
            ):
                # "فقال:»إن …»", "بـ»عيد طيبة»": some outlets open a quotation with » (closed by » or «)
                open_idx, open_ch = i, t
            continue
        closes = (
            (open_ch == '"' and t == '"')
            or (open_ch in "“”„" and t in "“”")
            or (open_ch == "«" and t == "»")
            or (open_ch == "»" and t in "»«")
            or (open_ch == "‹" and t == "›")
        )
        if closes and t == '"' and _reopens(toks, st, en, open_idx, i):
            open_idx = i  # '… لفرانس برس "عن تواصل …. وأفادت شبكة "سوريا مباشر"': the first mark was never
            continue  # closed; this one, shaped as an opening mark after a sentence end, opens the quotation
        if closes:
            if i - open_idx > 1:
                pairs.append((open_idx, i))
                inq[open_idx + 1 : i] = [len(pairs) - 1] * (i - open_idx - 1)
            open_idx = -1
    if len(pairs) > 0 and toks.count("«") > 1:
        pairs = _nest_guillemets(toks, pairs, inq)
    words = list(accumulate(counts, initial=0))
    return _Sent(start, end, toks, st, en, inq, pairs, words)


def _reopens(toks: list[str], st: list[int], en: list[int], o: int, i: int) -> bool:
    """Whether the straight mark at ``i``, which would close the one opened at ``o``, is rather an opening
    mark of its own: written as one (a space before it, a word right after it) and a full stop followed by
    a new sentence lies between the two (an opening mark whose closing mark the writer left out)."""
    n = len(toks)
    if i == 0 or i + 1 >= n or st[i] == en[i - 1] or st[i + 1] != en[i] or not toks[i + 1][0].isalnum():
        return False
    return any(toks[x] == "." and toks[x + 1][0].isalpha() and st[x + 1] > en[x] for x in range(o + 1, i - 1))


def _nest_guillemets(toks: list[str], pairs: list[tuple[int, int]], inq: list[int]) -> list[tuple[int, int]]:
    """«…«inner»…» is one quotation: the first » closed it at the inner name; when a lone » follows
    with no « between, that one closes it (``inq`` is rewritten in place; an unbalanced «A «B» keeps
    its pair as before)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pairs):
        o, c = pairs[k]
        if toks[o] == "«" and toks[c] == "»" and "«" in toks[o + 1 : c]:
            x = c + 1
            while x < len(toks) and toks[x] not in ("«", "»"):
                x += 1
            if x < len(toks) and toks[x] == "»" and inq[x] < 0:
                while k + 1 < len(pairs) and pairs[k + 1][0] < x:
                    k += 1  # pairs of other marks inside the outer quotation are part of it
                c = x
        out.append((o, c))
        k += 1
    if len(out) != len(pairs) or out != pairs:
        inq[:] = [-1] * len(inq)
        for p, (o, c) in enumerate(out):
            inq[o + 1 : c] = [p] * (c - o - 1)
    return out


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


def _is_particle(t: str) -> bool:
    return len(t) <= 7 and _PARTICLE.match(t) is not None


def _bare(t: str) -> str:
    """Strip و/ف and a definite article for comparisons of head nouns."""
    if len(t) > 3 and t[0] in "وف" and t[1:3] == "ال":
        t = t[1:]
    return strip_article(t)


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


# nouns of information that a participle right after them describes ("مصادر مؤكدة": confirmed sources)
_INFO_NOUNS = frozenset("مصادر مصدر معلومات معلومة أنباء انباء أخبار اخبار تقارير تقرير أرقام بيانات".split())
# words after which a verb form is a verbal noun ("عدم ذكر", "رفض كشف", "دون إعلان")
_MASDAR_BEFORE = frozenset("عدم رفض دون بدون طلب طالبا مفضلا فضل يرفض رافضا".split())
# prepositions: a verb form right after one is its verbal noun ("دور كبير في كشف كل المخططات", "بعد إعلان
# النتائج"); not من, which is also "who" ("من قال إن …")
_PREP_BEFORE = frozenset("في على إلى الى عن حول خلال عند بعد قبل".split())
# (no bare "من": "من بين" is the preposition "from between", never "من" before the verb بيّن; "من جهته"
# reaches the verb through جهته)
_CLAUSE_OPENERS = frozenset("حيث كما فيما بينما ثم لكن ولكن جهته جانبه جهتها جانبها بدوره بدورها".split())


# words before أن that make it no complementizer of a report ("يجب أن", "من المتوقع أن")
_BEFORE_AN = frozenset("يجب ينبغي يمكن بد لابد يتعين تم يفترض المقرر المتوقع المفترض الممكن".split())


def _verb_position(toks: list[str], i: int, clitic: int) -> bool:
    """A word that is a verb only sometimes ("بين" between / "بيّن" explained, "رد" a reply / replied)
    counts as one where a clause starts: after و/ف, at the start of the sentence, after punctuation
    or after a clause opener ("حيث بين", "من جانبه رد")."""
    if i > 0 and toks[i - 1] in _QUOTE_CHARS:
        return False  # 'يعيش "فلان" بين أحبائه': a quoted name, then the preposition
    if i == 0 or not toks[i - 1][0].isalnum():
        return True
    if clitic == 0 and toks[i - 1] == "فيما" and toks[i] == "بين" and not any(
            _is_particle(toks[k]) and toks[k - 1] not in _BEFORE_AN for k in range(i + 2, min(len(toks), i + 7))):
        return False  # "التنسيق فيما بين الأجهزة يجب أن": "among", not "فيما بيّن X أن" (while X explained)
    if clitic > 0 and toks[i - 1] == "هذا" and not toks[i][clitic:].startswith("رد"):
        return True  # "هذا وبيّن X أن …": the news writer's "هذا و" opens a clause (not "هذا ورد": was
        # mentioned)
    return clitic > 0 and toks[i - 1] in _CLAUSE_OPENERS or toks[i - 1] in _CLAUSE_OPENERS


def _belief_follows(toks: list[str], i: int) -> bool:
    """"عن" and a belief noun within a few words after the verb at i: "عبّر X عن اعتقاده", "عن أمله"."""
    for k in range(i + 1, min(len(toks) - 1, i + 7)):
        if toks[k] == "عن":
            return toks[k + 1].startswith(_BELIEF_HEADS)
    return False


def _particle_follows(toks: list[str], i: int, prep: str | None) -> bool:
    """A complementizer (after ``prep`` when given) within a few words after the verb at i."""
    for k in range(i + 1, min(len(toks) - 1, i + 8)):
        if _is_particle(toks[k]) and (prep is None or toks[k - 1] == prep):
            return True
        if toks[k] in ".؟!:":
            return False
    return False


def _source_verb(tok: str) -> bool:
    """A speech verb after حسب ما / وفقا لما, also with the object pronoun of ما ("حسب ما ذكرته X")."""
    if _strip_clitic(tok, _VERB_FORMS) is not None:
        return True
    for suffix in ("ها", "ه"):
        stem = tok[: -len(suffix)]
        if tok.endswith(suffix) and len(stem) > 2 and (stem in _VERB_FORMS or stem in _NAQL):
            return True  # "حسب ما ذكرته X", "بحسب ما نقلته وكالة X"
    return False


# particles that make a present-tense verb a possibility ("قد يرى" may think), not a statement
_MODALS = frozenset("قد وقد فقد ربما وربما فربما لعل ولعل".split())


def _present_form(form: str, lemma: str) -> bool:
    """Whether a speech-verb form is the imperfect ("يرى", "تقول", "يعتبرون"; not "تحدث", "توقعت")."""
    return form[0] in "يت" and not form.startswith(lemma.lstrip("أا")) and not form.startswith(lemma)


def _find_cues(s: _Sent) -> list[_Cue]:
    cues: list[_Cue] = []
    toks = s.toks
    n = len(toks)
    consumed = -1  # last token of a source phrase ("وفقا لما ذكرت"): its verb is not a cue of its own
    for i, t in enumerate(toks):
        if i <= consumed or s.inq[i] >= 0 or t not in _CUE_TOKENS:
            continue
        hit = _strip_clitic(t, _VERB_FORMS)
        if hit is not None and t[0] == "ك" and hit[1] > 0:
            hit = None  # a verb takes no ك: "كلفت الدولة الكثير" (cost), not ك + "لفت"
        if hit is not None:
            lemma, prep = _VERB_FORMS[hit[0]]
            if lemma in _AMBIGUOUS_VERBS and not _verb_position(toks, i, hit[1]) and not (
                    i + 2 < n and toks[i + 1] == ":" and (toks[i + 2] in _OPENERS or toks[i + 2] == '"')):
                continue
            if lemma == "رد" and reaction_at_once(toks, i):
                continue  # "رد على الفور بفتح النار": a reaction at once, not a reply (quotes_adverbs)
            if lemma == "عبر" and not _belief_follows(toks, i):
                continue  # "عبر الهاتف", "عبّر عن سعادته": not a report
            if lemma in ("أجمع", "أثبت") and not _particle_follows(toks, i, "على" if lemma == "أجمع" else None):
                continue  # "العالم أجمع", "أثبت جدارته": only "أجمعوا على أن", "أثبتت الدراسة أن" report
            if hit[1] == 0 and i > 0 and (toks[i - 1] in _MASDAR_BEFORE or toks[i - 1] in _PREP_BEFORE):
                continue  # "رفض ذكر اسمه", "دون كشف هويته": a verbal noun, not a speech verb
            if lemma == "جاء" and not (i + 2 < n and toks[i + 1] in ("فيه", "فيها") and (
                    toks[i + 2] == ":" or toks[i + 2] in _OPENERS or toks[i + 2] == '"')) and not came_in_document(toks, i):
                continue  # "جاء" (came): a cue only as "جاء فيها: …" / "جاء فيه «…»" (what a text said)
            if lemma == "أبلغ" and i + 1 < n and toks[i + 1] in ("الأثر", "الاثر", "أثر", "اثر"):
                continue  # "كان له أبلغ الأثر": the greatest effect
            if i > 0 and toks[i - 1] in _MODALS and _present_form(hit[0], lemma):
                continue  # "قد يرى البعض أن …", "ربما يقول قائل": what someone might say, not a report
            cues.append(_Cue(i, "verb", lemma, prep, hit[1], i))
            continue
        hit = _strip_clitic(t, _PARTICIPLES)
        if hit is not None:
            if hit[1] == 0 and i > 0 and _bare(toks[i - 1]) in _INFO_NOUNS:
                continue  # "مصادر مؤكدة", "معلومات مؤكدة": an adjective, not "adding that"
            nxt = toks[i + 1] if i + 1 < n else ""
            if hit[0] == "متابعة" and not (nxt == ":" or nxt in _OPENERS or nxt == '"' or _is_particle(nxt)):
                continue  # "متابعة" is mostly the noun (a follow-up): a cue only before what was said
            if hit[0] == "متابعة" and i > 0 and toks[i - 1] in ("-", "–", "—", "/"):
                continue  # "فلان- سبق- متابعة: …": a byline (the report is a follow-up), not "going on"
            lemma, prep = _PARTICIPLES[hit[0]]
            if hit[0] in MARKED_PARTICIPLES and not marked_complement(toks, i, prep, hit[1]):
                continue  # "مفيدا" useful, "متوقعا" expected: a cue only before "أن" or a colon
            cues.append(_Cue(i, "part", lemma, prep, hit[1], i))
            continue
        hit = _strip_clitic(t, _MASDARS)
        if hit is not None:
            lemma, prep = _MASDARS[hit[0]]
            k = i + 2 if prep is not None and i + 2 < n and toks[i + 1] == prep else i + 1
            if k < n and _is_particle(toks[k]) and not toks[k].startswith("ف") and (
                    hit[0] not in _DEFINITE_MASDARS or (hit[1] == 0 and i > 0 and toks[i - 1] in ("إلى", "الى"))):
                cues.append(_Cue(i, "part", lemma, prep, hit[1], i))  # "تأكيده على أن", "إلى القول إن"
            continue
        src = _strip_clitic_set(t, _SOURCES)
        if src is not None and i > 0 and _bare(toks[i - 1]) in _CONDUCT_VERBS:
            continue  # "تسير وفق عمل ممنهج": how something proceeds, not who said it
        if src is not None and src[0] == "حسب" and only_adverb(toks, i):
            continue  # "وليس ذلك وحسب بل …": the adverb "only", no source (quotes_adverbs)
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
                if j + 1 < n and _source_verb(toks[j + 1]):
                    j += 1
                else:
                    continue
            elif j + 1 < n and toks[j + 1] in ("ما", "لما"):
                # بحسب ما ذكرت X / وفقا لما أفاد به X
                if j + 2 < n and _source_verb(toks[j + 2]):
                    j += 2
                    if j + 1 < n and toks[j + 1] in ("به", "بها", "إليه", "إليها", "اليه", "اليها", "عنه", "عنها"):
                        j += 1
                else:
                    continue
            elif form in ("وفقا", "طبقا", "تبعا") and j + 1 < n and toks[j + 1] in ("ل", "لـ"):
                j += 1
            cues.append(_Cue(i, "source", form, None, src[1], j))
            consumed = j
            continue
        nom = _strip_clitic_set(t, _NOMINAL)
        if nom is not None:
            cues.append(_Cue(i, "nominal", nom[0], None, nom[1], i))
            continue
        ilm = _strip_clitic_set(t, _ILM)
        if ilm is not None:
            for k in range(i + 1, min(n, i + 9)):  # "علمت وكالة «فرانس برس» من": a quoted name in between
                if toks[k] == "من":
                    cues.append(_Cue(i, "naql", "علم", None, ilm[1], k))
                    break
                if toks[k] in "،,:.":
                    break
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


# --- far complementizers (past a long apposition) -----------------------------------------------

_CLAUSE_WORDS = frozenset("فيما بينما حيث كما إذ اذ ثم لكن ولكن بعدما عندما حين".split())
_INNA = frozenset("إن إنه إنها إنهم إنهما إننا".split())
_BI_ANNA = frozenset("بأن بأنه بأنها بأنهم بأنهما".split())


def _ends_sentence(s: _Sent, j: int, n: int) -> bool:
    """Whether only punctuation follows token j - 1 (a quotation that closes the sentence)."""
    while j < n and s.toks[j] in _TRAIL_PUNCT:
        j += 1
    return j >= n


def _skip_colon(s: _Sent, j: int, n: int) -> int:
    while j < n and s.toks[j] in (":", "،", ","):
        j += 1
    return j


def _far_inna(s: _Sent, after: int, nxt: int, inna: bool) -> int | None:
    """"قال X، أحد مؤسسي …، خلال مقابلة …، إن …", "يقول X، الباحث في …: «…»": past a long
    apposition, the first colon — or for قال the first إن (hamza below: after قال it opens what was
    said) — before the next cue or the end of the sentence."""
    toks = s.toks
    for j in range(after, min(nxt, after + 40)):
        t = toks[j]
        if t in _SENT_PUNCT and t not in "؛;":
            return None
        if s.inq[j] >= 0:
            continue
        if t == ":" and j + 1 < len(toks):
            return j + 1
        if ((inna and t in _INNA) or t in _BI_ANNA) and toks[j - 1] not in _NOT_COMPLEMENT:
            return _skip_colon(s, j + 1, len(toks))
        if inna and t in ("أن", "ان") and toks[j - 1] in ("،", ","):
            return j + 1  # "قال X في خطاب …، تخللته …، أن": the complementizer written with hamza above
    return None

def _far_quotation(s: _Sent, after: int, nxt: int) -> int | None:
    """"وقال X وهو باحث في … للصحفيين خلال مؤتمر "…"": past a long apposition, a quotation of four
    words or more that closes the sentence, with no other clause opened before it."""
    toks = s.toks
    n = len(toks)
    for j in range(after, min(nxt, after + 40)):
        t = toks[j]
        if t in _SENT_PUNCT:
            return None
        if t in _OPENERS or t == '"':
            p = _pair_opening_at(s, j)
            if p < 0:
                return None
            c = s.closes[p]
            if s.words[c] - s.words[j] >= 4 and _ends_sentence(s, c + 1, n) and not any(
                x in _CLAUSE_WORDS for x in toks[after:j]
            ):
                return j
            return None
    return None
