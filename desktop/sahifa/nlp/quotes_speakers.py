"""The quote engine's speakers and quote set: who a speaker phrase names (an entity, a role's holder, the
last speaker), and the article's accepted quotes without overlaps (:class:`_QuoteSet`).

:class:`_Speakers` is the base of the extractor (:class:`~sahifa.nlp.quotes_extract._Extractor`, which
adds the per-sentence rules): one native class split over two flat modules, as mypyc compiles it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..core.arabic import DIACRITICS_RE, fold
from ..core.model import EntityMention, Quote
from .gazetteer import gazetteer
from .quotes_chain import participle_lead
from .quotes_lexicon import (
    _ADDRESSEE,
    _CUE_TOKENS,
    _EVENT_WORDS,
    _PREPS,
    _QUOTE_CHARS,
    _ROLE_CLITICS,
    _ROLE_PREPS,
    _SENT_BREAK,
    _SPEAKER_NOUNS,
    _STOP,
)
from .quotes_marks import group_subject, inner_subject
from .quotes_phrases import (
    _HOLDER_ROLES,
    _HOLDER_WINDOW,
    _RELATIONAL,
    _ROLE_NOUNS,
    _TITLES,
    _Entities,
    _name_tail,
    _sv_subject,
)
from .quotes_seengender import person_gender, seen_genders
from .quotes_tokens import _bare, _is_particle, _pair_opening_at, _Sent, _tokenize

_DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك هذين هاتين هؤلاء".split())

# --- the extractor -----------------------------------------------------------------------------


# prepositions that belong to a post ("المشرف على", "المسؤول عن", "القائم على") after a definite role
_ROLE_ONLY_PREPS = frozenset(("على", "عن"))


def head_is_role(t: str) -> bool:
    """A definite participle of a post ("المشرف", "المسؤول", "القائم"), not an event or a place."""
    return (t.startswith("ال") and len(t) > 5 and t[2] == "م") or t in ("القائم", "القائمة")


def _names_follow_title(before: str) -> bool:
    """Whether the word before a name makes it a subject with a title ("العميد فلان", "مدير الجوازات
    فلان", "وكان فلان"), not the complement of a plain noun ("تصريحات فلان")."""
    return before in _TITLES or before.startswith(("ال", "وال")) or _bare(before) in _HOLDER_ROLES or before in (
        "كان", "وكان", "كانت", "وكانت"
    )


def _title_chain(s: _Sent, k: int) -> bool:
    """Whether the words from the sentence's second token up to token k are one noun phrase of titles
    (no comma, preposition, particle or quotation): "وقدم مدير جوازات المنطقة العميد فلان …" puts
    the person in subject position however long the post."""
    if s.words[k] > 10 or k < 2:
        return False
    if not _names_follow_title(s.toks[k - 1]):
        return False  # "استنكرت البحرين تصريحات فلان": the name after a plain noun is its complement
    return all(
        t[0].isalnum() and t not in _PREPS and not _is_particle(t) and not (t[0] == "و" and not t.startswith("وال"))
        for t in s.toks[1:k]
    )


def _opens_adverbial(lead: str) -> bool:
    """Whether text opens with a preposition or an adverb of time ("ومع عودة …", "وفي ختام …", "وبعد أن …")."""
    words = lead.split()
    if not words:
        return False
    w = words[0]
    return w in _PREPS or (w[0] in "وف" and w[1:] in _PREPS) or w in ("ومع", "ولدى", "وعند", "وأثناء")


def _bare_wa(t: str) -> str:
    """Without a conjunction و before a definite word ("والمشرف" → "المشرف")."""
    return t[1:] if t.startswith("وال") else t


def _relation_follows(s: _Sent, k: int) -> bool:
    """Whether a definite relational noun at k still relates to someone named after it ("المقربة من",
    "المحامي عن"): a preposition follows."""
    return k + 1 < len(s.toks) and s.toks[k + 1] in ("من", "عن", "لدى", "باسم")


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


class _Speakers:
    """Offsets, entities and the speaker rules of one article."""

    def __init__(self, text: str, entities: Sequence[EntityMention]) -> None:
        self.text = text
        removed = [m.start() for m in DIACRITICS_RE.finditer(text)]
        if removed:
            self.nt = DIACRITICS_RE.sub("", text)
            self.removed = removed
            self.shifted = [r - k for k, r in enumerate(removed)]
        else:
            self.nt = text
            self.removed = []
            self.shifted = []
        self.ents = _Entities(text, entities)
        self.last: _Speaker | None = None
        self.before_study: _Speaker | None = None  # the speaker before a study quoted last (see remember)
        self.groups: set[int | None] = set()  # where the plural groups found by group_speaker start
        self.last_sentence = -10
        self.last_source = False  # the last speaker was named by a source attribution (حسب/وفقا لـ X)
        self.quotes = _QuoteSet(len(text))
        self.speakers: list[_Speaker] = []
        self.refers: dict[tuple[str, int], str | None] = {}  # (head, mention offset) → what it names
        self.stopped = False  # run() was stopped before the last sentence
        self.bounds: list[tuple[int, int]] = []  # the sentences' original offsets (set by run())
        self.subject: _Speaker | None = None  # the subject of the last speech verb read (set by _verb)
        self.inner: tuple[int, int] = (-1, -1)  # a reported clause's first noun phrase before a verb (sentence)
        self.nested = False  # the cue stands inside an earlier report's clause (sentence; quotes_npreport)
        self.seen: dict[str, str] | None = None  # the persons' genders the article shows (quotes_seengender)

    # offsets
    def orig(self, i: int) -> int:
        if not self.shifted:
            return i
        return i + bisect_right(self.shifted, i)

    def norm(self, o: int) -> int:
        if not self.removed:
            return o
        return o - bisect_left(self.removed, o)

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
        words = DIACRITICS_RE.sub("", q.speaker).split()
        # "كبير الباحثين", "وزير العمل", "رئيس لجنة الاحتراف": a post one person holds; not "مسؤول عسكري",
        # "الوزارة"
        size = 2 if len(words) >= 2 and words[1].startswith("ال") else 3
        if len(words) < size or not words[size - 1].startswith("ال") or _bare(words[0]) not in _HOLDER_ROLES:
            return q
        key = " ".join(words[:size])
        # "وزير الخارجية المصري": a nationality (a relational adjective after the post) that the other
        # mention must repeat — "وزير الخارجية فلان" elsewhere may be another country's
        nisba = words[size] if len(words) > size and fold(words[size]) in gazetteer().nationalities else ""
        nt, text = self.nt, self.text
        own = self.norm(q.speaker_start)
        lo, hi = max(0, own - _HOLDER_WINDOW), min(len(nt), own + _HOLDER_WINDOW)
        pos = nt.find(key, lo, hi)
        while pos >= 0:
            if pos != own and nisba and not nt.startswith(" " + nisba, pos + len(key)):
                pass  # another post holder's mention ("وزير الخارجية الجبير" for "وزير الخارجية المصري")
            elif pos != own:
                o0, o1 = self.orig(pos), self.orig(pos + len(key))
                for e in ents.last_before(o1 + 40, 6):
                    if e.type != "PERSON":
                        continue
                    before = text[e.end : o0]
                    after = text[o1 : e.start].replace("د.", "")  # "رئيس اللجنة د. فلان": an abbreviated title
                    if (0 <= o0 - e.end <= 3 and before.strip() in ("،", ",", "")) or (
                        0 <= e.start - o1 <= 40 and not _SENT_BREAK.search(after) and "،" not in after
                    ):
                        return replace(
                            q, speaker=e.text, speaker_canonical=e.canonical, speaker_start=e.start, speaker_end=e.end
                        )
            pos = nt.find(key, pos + 1, hi)
        return q

    def _skip_addressee(self, s: _Sent, j: int, limit: int) -> int:
        """Past whom the speaker told, written between the verb and its subject ("أكد لـ«الصحيفة» مصدر
        …", "وقال للوكالة X"): the first token after it (j itself when there is none)."""
        toks = s.toks
        if j + 1 >= limit:
            return j
        t = toks[j]
        if t == "ل":  # "لـ«عكاظ»", "لـ"سبق"": the tatweel is gone, the quotation follows
            p = _pair_opening_at(s, j + 1)
            if p >= 0 and s.closes[p] + 1 < limit and s.words[s.closes[p]] - s.words[j + 1] <= 4:
                return s.closes[p] + 1
            if toks[j + 1] == "(":  # "ل(عكاظ)": the paper in brackets
                for k in range(j + 2, min(limit - 1, j + 7)):
                    if toks[k] == ")":
                        return k + 1
            return j
        if len(t) > 3 and t[0] == "ل" and ("ال" + t[2:] if t.startswith("لل") else t[1:]) in _ADDRESSEE:
            p = _pair_opening_at(s, j + 1)  # "لصحيفة «الحياة»"; not "لوكالة فرانس برس" (where would it end?)
            if p >= 0 and s.closes[p] + 1 < limit and s.words[s.closes[p]] - s.words[j + 1] <= 4:
                return s.closes[p] + 1
        return j

    def named_inner(self, s: _Sent, k: int, i: int) -> tuple[int, int]:
        """:func:`inner_subject` when the phrase ends on a person's name ("إن المفتي العام الشيخ فلان أعلن"):
        not a thing or a body whose verb is no report ("أن الخطوط السعودية أضافت 156 رحلة")."""
        span = inner_subject(s, k, i)
        if span[0] < 0:
            return span
        e = self.ents.overlapping_orig(self.orig(s.st[i - 1]), self.orig(s.en[i - 1]))
        return span if e is not None and e.type == "PERSON" and e.end == self.orig(s.en[i - 1]) else (-1, -1)

    def person_past_stop(self, s: _Sent, b: int, limit: int) -> int:
        """End of a speaker phrase [a, b) extended over a PERSON name that starts at token b with a word
        the phrase stops at (a time word that is also a given name: "فجر", "صباح"); b otherwise."""
        toks = s.toks
        if b >= limit or toks[b] not in _STOP or s.inq[b] >= 0:
            return b
        e = self.ents.overlapping_orig(self.orig(s.st[b]), self.orig(s.en[b]))
        if e is None or e.type != "PERSON" or e.start != self.orig(s.st[b]):
            return b
        k = b
        while k < limit and self.orig(s.st[k]) < e.end:
            k += 1
        return k

    def person_end(self, s: _Sent, b: int) -> int:
        """The token index right after the PERSON mention that starts at token b; -1 when none does."""
        if b >= len(s.toks):
            return -1
        e = self.ents.overlapping_orig(self.orig(s.st[b]), self.orig(s.en[b]))
        if e is None or e.type != "PERSON" or e.start != self.orig(s.st[b]):
            return -1
        return bisect_left(s.st, self.norm(e.end))

    def _quoted_name(self, s: _Sent, j: int, limit: int) -> int:
        """End of a short quoted name right after the verb that the entities know ("وتقول "منى"
        البالغة …"): the token after its closing mark, or j when there is none."""
        p = _pair_opening_at(s, j)
        if p < 0:
            return j
        c = s.closes[p]
        if c >= limit or c - j < 2 or s.words[c] - s.words[j] > 3:
            return j
        e = self.ents.overlapping_orig(self.orig(s.st[j + 1]), self.orig(s.en[c - 1]))
        if e is None or e.type not in ("PERSON", "ORG"):
            return j
        return c + 1

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
            and toks[a - 1] in ("وفقا", "طبقا", "تبعا", "ووفقا", "وطبقا", "وتبعا")
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
            if len(persons) > 1 and not self._titled(s, a, p.start):
                # "عضو الشرف المعارض لبقاء فلان الأمير علان": a titled name after an untitled one is the
                # speaker in apposition; the untitled one belongs to the role phrase
                p = next((x for x in persons[1:] if self._titled(s, a, x.start)), p)
            surname = p.end < oe and self._surname(p, oe)
            if p.end < oe and p.end > os_ and not surname:
                oe = p.end
            if p.start > os_ and p.end > os_ and (self._titled(s, a, p.start) or not self._relational(s, a, p.start)):
                os_ = p.start
                if not surname:
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

    def _surname(self, p: EntityMention, oe: int) -> bool:
        """Whether the one word between a one-word PERSON and the end of its speaker phrase is the
        person's family name, unrecognised ("المطوفة صباح بوان"): no article, particle or adverb."""
        rest = self.text[p.end : oe].split()
        if len(p.text.split()) != 1 or len(rest) != 1:
            return False
        w = DIACRITICS_RE.sub("", rest[0])
        return len(w) >= 3 and w.isalpha() and not w.startswith(("ال", "لل", "ب")) \
            and not w.endswith(("ا", "ى", "ه", "ها", "هم")) and w not in ("سابق", "آخر", "جديد", "حالي") \
            and w not in _PREPS and w not in _STOP and not _is_particle(w) and w not in _CUE_TOKENS
        # (not "بعصبية", "بالاسم": how; not "حديثه", "تنشئته": an object; not "سابق": an adjective)

    def _titled(self, s: _Sent, a: int, start: int) -> bool:
        """Whether a title stands right before the name at original offset ``start`` ("المتحدث باسم
        الدفاع المدني العقيد فلان": the title makes the name the speaker, past باسم)."""
        k = bisect_left(s.st, self.norm(start))
        return a < k <= len(s.toks) and s.toks[k - 1] in _TITLES

    def _relational(self, s: _Sent, a: int, upto: int) -> bool:
        """Whether a word of the speaker phrase before original offset ``upto`` makes the name that
        follows someone other than the speaker ("مستشار الرئيس", "المتحدث باسم", "مصادر مقربة من")."""
        for k in range(a, len(s.toks)):
            if self.orig(s.st[k]) >= upto:
                break
            t = s.toks[k]
            if t.startswith(("ال", "وال")) and len(t) > 4 and _bare(t) in _RELATIONAL and not _relation_follows(s, k):
                continue  # "المحامي فلان", "المستشار فلان": a definite title in apposition, not "محامي فلان"
            if _bare(t) in _RELATIONAL or t in _RELATIONAL:
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
        words = DIACRITICS_RE.sub("", surface).split()
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

    def fallback_speaker(self, si: int, sentence_speaker: _Speaker | None, masculine: bool = False) -> _Speaker | None:
        if sentence_speaker is not None:
            return sentence_speaker
        if masculine and self.before_study is not None and self.last is not None and si - self.last_sentence <= 6:
            return self.before_study  # "مؤكدا أن دراسة … كشفت أن … . ورد بالقول": the person, not the study
        if self.last is not None and si - self.last_sentence <= 6 and self.last.start not in self.groups:
            return self.last  # (a plural group speaks on only through group_speaker: "مضيفًا" is someone else)
        return None

    def group_speaker(self, si: int, s: _Sent, i: int, kind: str, form: str) -> _Speaker | None:
        """The plural group that a plural verb or participle with no subject of its own speaks for: the
        subject of the verb opening its sentence ("أثنى مواطنون …، مؤكدين أن") or, for a verb opening
        its sentence, the one before ("أثنى مواطنون … . وقالوا إن"); None when no such group is named."""
        feminine = kind == "part" and form.endswith("ات")
        if not (feminine or (kind == "part" and form.endswith("ين")) or (kind == "verb" and form.endswith(("وا", "ون")))):
            return None
        a, b = group_subject(s, i, feminine)
        sent = s
        if a < 0 and i <= 1 and 0 < si <= len(self.bounds):
            pa, pb = self.bounds[si - 1]
            sent = _tokenize(self.nt, self.norm(pa), self.norm(pb))
            a, b = group_subject(sent, len(sent.toks), feminine)
        if a < 0 or self.ents.overlapping_orig(self.orig(sent.st[a]), self.orig(sent.en[a])) is not None:
            # no group, or a name ending like a plural (a person, a country); a group quoted just before speaks on
            last = self.last
            return last if last is not None and last.start in self.groups and si - self.last_sentence <= 2 else None
        sp = self.speaker_from(sent, a, b)
        self.groups.add(sp.start)
        return sp

    def described(self, s: _Sent, i: int, a: int, b: int, clitic: int) -> bool:
        """Whether the noun phrase [a, b) after "وصف" (before بأنه) is what is described, not who describes:
        a subject stands before the verb ("نتنياهو وصف الاتفاق بأنه", "X … يصف الصفقة بأنها"), or the phrase
        names no person ("ووصف الاتفاق بأنه": a pronoun subject). "وصفت فلانة فلانًا بأنه": the first name speaks."""
        if clitic == 0 and _sv_subject(s, i, 0, self.ents) is not None:
            return True
        first = s.toks[a]
        if first in _DEMONSTRATIVES:
            return True  # "كما وصف هذه الزيارة بأنها"
        # a definite thing ("ووصف الاتفاق بأنه"), not a source ("ووصفت مصادر تركية الحادث بأنه": VSO) nor a name
        # ("ووصف باداود الابتعاث بأنه"), and no person inside
        return first.startswith("ال") and _bare(first) not in _SPEAKER_NOUNS and first not in _TITLES \
            and first not in _ROLE_NOUNS and _bare(first) not in _ROLE_NOUNS \
            and not self.ents.persons_inside(self.orig(s.st[a]), self.orig(s.en[b - 1])) \
            and self.ents.overlapping_orig(self.orig(s.st[a]), self.orig(s.en[a])) is None

    def previous_subject(self, si: int, feminine: bool = False) -> _Speaker | None:
        """The person a subject-less speech verb refers to when the sentence names no one: the first
        PERSON named (outside quotation marks) in the nearest of the two sentences before, back to the
        last speaker's sentence ("استقبل الأمير فلان الوفد … . وقال إن …": the subject of the clause
        before). Only a person in subject position — within the first words of its sentence — replaces
        a speaker quoted before ("قال X … . والتقى الوزير Y … . وأضاف": Y). A feminine verb with no
        person before (and no speaker yet) takes an organisation in subject position ("أعلنت الشركة … .
        وأوضحت أن")."""
        found = self._previous_subject(si, "PERSON")
        if found is None and feminine and self.last is None:
            found = self._previous_subject(si, "ORG")
        return found

    def _previous_subject(self, si: int, typ: str) -> _Speaker | None:
        ents = self.ents
        text = self.text
        bounds = self.bounds
        for sj in range(si - 1, max(-1, si - 3), -1):
            if sj >= len(bounds) or sj <= self.last_sentence:
                break
            a, b = bounds[sj]
            lo, hi = bisect_left(ents.starts, a), bisect_left(ents.starts, b)
            for e in ents.items[lo:hi]:
                if e.end > b or e.type != typ:
                    continue
                lead = text[a : e.start]
                if participle_lead(lead):
                    break  # "مثمناً موافقة الأمير فلان …": an object, in a sentence that has no subject (quotes_chain)
                if e.type == "ORG" and len(lead.split()) > 3:
                    continue  # an organisation only as the subject that opens the sentence
                if lead.count("«") > lead.count("»") or lead.count("“") > lead.count("”") or lead.count('"') % 2:
                    continue  # a name inside a quotation
                opener, comma, rest = lead.partition("،")
                if comma and len(opener.split()) <= 4:
                    lead = rest  # "في غضون ذلك، دافع الوزير فلان …": an opening adverbial is no part of the clause
                elif comma and _opens_adverbial(opener):
                    lead = lead.rpartition("،")[2]  # "ومع عودة الطلاب إلى …، طالب النائب فلان": a long one
                if self.last is not None and not self.last_source and len(lead.split()) > 6:
                    return None  # (a source of the story, "حسب رويترز", is no one a later "وقال" refers to)
                return _Speaker(e.text, self.link(e.text, e.start, e.end), e.start, e.end)
        return None

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
        if t in _ROLE_ONLY_PREPS and (head_is_role(toks[a]) or head_is_role(_bare_wa(toks[b - 1]))):
            b += 1  # "المشرف على المهرجان …", "المسؤول عن الملف …": the post's own preposition
        elif not (t in _ROLE_PREPS or t in ("،", ",") or (len(t) > 3 and t[0] in _ROLE_CLITICS)):
            return None
        if self.ents.persons_inside(self.orig(s.st[a]), self.orig(s.en[first - 1])):
            return None
        head = toks[a]
        if head in _ADDRESSEE or _bare(head) in _ADDRESSEE or "ال" + head in _ADDRESSEE:
            return None  # "كشفت صحيفة محلية عن راتب المدرب فلان": a paper is no post a person holds
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
            if t in _TITLES and j + 1 < n and toks[j + 1][0].isalnum() and not toks[j + 1].startswith("ال"):
                # "… المهندس ماجد الشهري" with no entity: a title, then the name up to the punctuation
                k = j + 1
                while k < n and k - j <= 4 and toks[k][0].isalnum() and toks[k] not in _STOP \
                        and not _is_particle(toks[k]) and toks[k] not in _CUE_TOKENS:
                    k += 1
                if k - j >= 3:  # two words at least: a one-word name is too unsure
                    return j + 1, k
            j += 1
        return None

    def person_before(self, s: _Sent, rel: int) -> tuple[int, int] | None:
        """Tokens of a PERSON name that ends right before the relative pronoun at ``rel`` ("الرئيس
        فلان الذي يؤكد"), or None ("الأمر الذي يشير إلى" has no person)."""
        if rel < 1 or s.inq[rel - 1] >= 0:
            return None
        end = self.orig(s.en[rel - 1])
        persons = self.ents.persons_inside(self.orig(s.st[max(0, rel - 4)]), end)
        if not persons or persons[-1].end != end:
            return None
        a = rel - 1
        while a > 0 and self.orig(s.st[a - 1]) >= persons[-1].start:
            a -= 1
        return a, rel

    def subject_person(self, s: _Sent, cue: int, feminine: bool = False, lead: int = -1) -> _Speaker | None:
        """A verb without a subject of its own ("…، وقال إن", "حذر فيه من أن") whose sentence names a
        person before it: that person is the subject ("اتهم المتحدث … فلان الحكومة …، وقال إن"); for a
        feminine verb with no person, an organisation named within the first words ("حققت كوكاكولا
        ربحًا …، وقالت إنها"). With ``lead`` ≥ 0 the person must stand within that many words of the
        sentence's start, in subject position ("وكان فلان يعمل …، مشيرًا"; not "وعبر عن … الرئيس فلان
        …، مؤكدًا", whose subject is a pronoun)."""
        lo, hi = self.orig(s.st[0]), self.orig(s.st[cue])
        org: EntityMention | None = None
        related: EntityMention | None = None
        related_k = 0
        for e in self.ents.items[bisect_left(self.ents.starts, lo) : bisect_left(self.ents.starts, hi)]:
            if e.end > hi or e.type not in ("PERSON", "ORG", "LOC"):
                continue
            k = bisect_left(s.st, self.norm(e.start))
            if k < len(s.inq) and s.inq[k] >= 0:
                continue  # a name inside a quotation
            if e.type == "LOC":  # "واتهمت باكستان الهند …، حيث ذكرت أن": a country right after the verb
                # opening the sentence (not "وفي السعودية،", not "بالرياض")
                if org is None and feminine and 1 <= k <= 3 and k < len(s.st) and s.st[k] == self.norm(e.start) \
                        and s.toks[k - 1] not in _PREPS and s.toks[k - 1][1:] not in _PREPS and s.toks[k - 1][0].isalpha() \
                        and s.toks[k].startswith(DIACRITICS_RE.sub("", e.text).split()[0]):
                    org = e
                continue
            if e.type == "ORG":
                if org is None and feminine and k <= 3:
                    org = e
                continue
            if lead >= 0 and k > 1 and not (s.words[k] <= lead and _names_follow_title(s.toks[k - 1])) \
                    and not _title_chain(s, k):
                break  # not in subject position: "واستنكرت الحكومة تصريحات فلان …، معتبرة"
            if related is not None and not (s.toks[k - 1] in _TITLES and s.words[k] - s.words[related_k] <= 6):
                break  # no titled name in apposition right after: the related person after all
            if related is None and k > 0 and any(
                    t in _RELATIONAL or _bare(t) in _RELATIONAL for t in s.toks[max(0, k - 3) : k]) \
                    and all(t[0].isalnum() and t not in _PREPS for t in s.toks[max(0, k - 3) : k]):
                # "أشاد نجل وزير الرياضة فلان المهندس علان …، وقال": the son speaks, not his father
                related, related_k = e, k
                continue
            return _Speaker(e.text, self.link(e.text, e.start, e.end), e.start, e.end)
        if related is not None:
            return _Speaker(related.text, self.link(related.text, related.start, related.end), related.start, related.end)
        if org is not None:
            return _Speaker(org.text, self.link(org.text, org.start, org.end), org.start, org.end)
        return None

    # ------------------------------------------------------------------
    def agreeing(self, si: int, cue_at: int, sp: _Speaker, gender: str) -> _Speaker | None:
        """A speaker found for a verb with no subject of its own, checked against the verb's gender
        (``gender``: "m" or "f"): a person whose given name has the other gender ("قالت" after "عزت …")
        gives way to the nearest person of the verb's gender named before the cue in its sentence or the
        two before — or, for a feminine verb, an organisation in subject position in its sentence; None
        when there is none. A speaker of
        unknown gender (an unlisted or ambiguous name, a description) is kept."""
        seen = self.seen if self.seen is not None else seen_genders(self.text, self.ents.items)
        self.seen = seen  # "الإعلامية أمل صقر … وقد أكد فيه": the article shows her a woman
        if person_gender(seen, sp.text, sp.canonical) in (None, gender):
            return sp
        lo = self.bounds[max(0, si - 2)][0] if si < len(self.bounds) else 0
        here = self.bounds[si][0] if si < len(self.bounds) else 0
        ents = self.ents
        for x in range(bisect_left(ents.starts, cue_at) - 1, bisect_left(ents.starts, lo) - 1, -1):
            e = ents.items[x]
            if e.end > cue_at:
                continue
            if (e.type == "PERSON" and person_gender(seen, e.text, e.canonical) == gender) or (
                    e.type == "ORG" and gender == "f" and e.start >= here and len(self.text[here : e.start].split()) <= 4):
                # an organisation opening the verb's own sentence ("أصدرت الوزارة بيانا …، مؤكدة"), not
                # one named in passing or earlier
                return _Speaker(e.text, self.link(e.text, e.start, e.end), e.start, e.end)
        return None
