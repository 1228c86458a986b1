"""The quote engine's writer and its source attributions: a quote emitted from a speaker and a token
range (:meth:`_Sources.emit`), a quotation before its cue ("«…»، قال X"), and the attributions
without a speech verb (حسب، بحسب، وفقًا لـ، نقلًا عن …, :meth:`_Sources._source`)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..core.model import Quote
from .quotes_agency import agency_nisba, fused_complementizer
from .quotes_bounds import _source_runs_on, _source_side
from .quotes_lexicon import (
    _EDGE_TRIM,
    _OPENERS,
    _QUOTE_CHARS,
    _SENT_PUNCT,
    _SOURCE_BLACKLIST,
    _SOURCE_NOUNS,
    _SPEAKER_NOUNS,
    _TRAIL_PUNCT,
    study_head,
)
from .quotes_marks import (
    fa_opener,
    measure_source,
    name_after_role,
    own_noun,
    past_dateline,
    quoted_fragment,
)
from .quotes_phrases import (
    _TITLES,
    _np_forward,
)
from .quotes_speakers import _Accepted, _Speaker, _Speakers
from .quotes_tokens import (
    _bare,
    _Cue,
    _is_particle,
    _pair_closing_at,
    _pair_opening_at,
    _Sent,
)

_REPORTS = frozenset("تقرير تقارير دراسة دراسات بيان بحث استطلاع مصادر مصدر صحيفة وكالة".split())  # sources after تبعا لـ
_CONTRAST = frozenset("لكن ولكن بينما فيما".split())
_DASHES = frozenset(("-", "–", "—"))
_AFTER_SHORT = frozenset("،,؛;.")  # what closes a short quotation standing alone after a colon
_EXISTENTIALS = frozenset(("هناك", "هنالك", "ثمة", "ثمّة"))
_SOURCE_LINKS = frozenset(("ل", "لـ", "عن", "إلى", "الى"))  # the end of a source phrase without a verb



def _alone_after_colon(toks: list[str], o: int, c: int, k: int) -> bool:
    """A quotation (o, c) that opens the content right after a colon and closes before a comma or a full
    stop that no other quotation follows ('فسأله: "أين الموظفون؟"، فكان …'; not a list of slogans
    'يقول: «…»، و«…»')."""
    if o != k or k == 0 or toks[k - 1] != ":" or c + 1 >= len(toks) or toks[c + 1] not in _AFTER_SHORT:
        return False
    x = c + 2
    if x < len(toks) and toks[x] == "و":
        x += 1
    return not (x < len(toks) and (toks[x] in _OPENERS or toks[x] == '"'))

class _Sources(_Speakers):
    """Emitting quotes, and the source attributions (the sentence reader is :class:`_Extractor`)."""
    # ------------------------------------------------------------------
    def emit(self, prio: int, sp: _Speaker, cue: str, s: _Sent, a: int, b: int, direct: bool) -> bool:
        """Add a quote whose content is tokens [a, b) (for direct: the inside of a pair)."""
        toks = s.toks
        while b > a and (toks[b - 1] in _TRAIL_PUNCT or toks[b - 1] in ("و",)):
            b -= 1
        while a < b and toks[a] in _TRAIL_PUNCT:
            a += 1
        if b > a and not direct and a > 0 and fused_complementizer(toks[a - 1]) and _is_particle(toks[a - 1]):
            a -= 1  # "تقول إنه سلمي", "أكد أنها …": a complementizer with its pronoun is kept (the gold
            # conventions; quotes_agency.fused_complementizer)
        if b <= a or s.words[b] - s.words[a] < 2:
            return False
        if not direct:
            # unbalanced trailing opening mark or a lone quote mark at an edge
            if toks[b - 1] in _OPENERS:
                b -= 1
            if a < b and toks[a] in _QUOTE_CHARS and _pair_opening_at(s, a) < 0:
                a += 1  # an opening mark never closed in the sentence ("واضاف :» هذا العام …")
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
        if not study_head(sp.text.split()):
            self.before_study = None
        elif self.last is not None and not study_head(self.last.text.split()):
            self.before_study = self.last  # a study quoted inside a person's words: a masculine verb
            # with no subject after it is still the person's (fallback_speaker)
        self.last = sp
        self.last_sentence = si
        self.last_source = False  # (set again by the caller for a source attribution)
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
            # a short quotation counts only when it is the whole content ("وفق X، "…"") or stands
            # alone after a colon before a comma or a full stop ('فسأله الوزير: "أين الموظفون؟"، فكان …')
            if words[c] - words[o] >= 4 or (o == k and c >= end - 1) or _alone_after_colon(s.toks, o, c, k):
                first_direct = (o, c)
                break
        if first_direct is not None and words[first_direct[0]] - words[k] <= 3 and not quoted_fragment(
                s, first_direct[0], first_direct[1], end):
            got = False
            for o, c in s.pairs[lo:hi]:
                if words[c] - words[o] >= 4 or o == first_direct[0]:
                    got = self.emit(prio + 1, sp, cue, s, o + 1, c, True) or got
            if got:
                return True
        toks = s.toks
        for x in range(k + 3, end - 2):  # "…، ما يعني أن": the writer's inference, not what was said
            if toks[x] in ("ما", "مما") and toks[x + 1] in ("يعني", "يعنى") and toks[x - 1] in ("،", ","):
                end = x - 1
                break
        return self.emit(prio, sp, cue, s, k, end, False)


    def _cue_after(self, s: _Sent, cue: _Cue, sp: _Speaker, name: str) -> bool:
        """``"…"، قال X`` / ``"…" بحسب X``: a quotation that ends right before the cue (not before a
        verb joined by و: "يثمن جهود «…» ويؤكد …" opens a new clause)."""
        if cue.clitic > 0 and s.toks[cue.idx][0] == "و":
            return False
        j = cue.idx - 1
        if j >= 0 and s.toks[j] in ("هكذا", "وهكذا"):
            j -= 1  # "«…»، هكذا علق X"
        while j >= 0 and s.toks[j] in ("،", ","):
            j -= 1
        p = _pair_closing_at(s, j)
        if p >= 0 and s.words[j] - s.words[s.opens[p]] >= 2:
            o = s.opens[p]
            if s.words[j] - s.words[o] <= 3 and o > 0 and s.toks[o - 1][0].isalnum():
                return False  # 'حسب موقع هيئة الإذاعة "بي بي سي"، أشارت البيانات': a short quoted name
                # after a noun, not the words said
            return self.emit(4, sp, name, s, o + 1, j, True)
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
        b = name_after_role(s, b, n, self.person_end(s, b))
        first = toks[a]
        if first in ("ل", "لـ") and b - a > 1:
            first = toks[a + 1]
        elif first.startswith("لل"):
            first = "ال" + first[2:]
        elif first.startswith("ل") and cue.lemma in ("وفقا", "طبقا", "تبعا"):
            first = first[1:]
        head = _bare(first)
        if head in _SOURCE_BLACKLIST or "ال" + head in _SOURCE_BLACKLIST:
            return None
        at_head = self.ents.overlapping_orig(self.orig(s.st[a]), self.orig(s.en[min(b - 1, a + 1)]))
        if own_noun(head) and at_head is None:
            return None  # "حسب اختصاصها", "بحسب رغبته": a measure of its own, not "بحسب قوله"
        with_verb = cue.lemma == "حسبما" or (cue.cue_end > cue.idx and toks[cue.cue_end] not in _SOURCE_LINKS)
        if cue.lemma == "تبعا" and not with_verb and at_head is None and head not in _REPORTS:
            return None  # "تبعا للمعطيات", "تبعا لحجم …": mostly "depending on"; only a report, a study or
            # a named body after it is a source ("تبعا لتقرير صدر أمس", "تبعا للدراسة الحالية")
        if not with_verb and at_head is None and first.startswith("ال") and head not in _SOURCE_NOUNS \
                and not agency_nisba(toks, a, b):  # "…، وفقا للفرنسية.": an agency (quotes_agency)
            return None  # "وفق الآليات المتبعة", "حسب الرغبات التالية": a measure, not who said it
        if not with_verb and measure_source(s, a, b, first, self.ents.overlapping_orig(
                self.orig(s.st[a]), self.orig(s.en[b - 1])) is not None):
            return None  # "وفق تقاليد الكتب الكلاسيكية", "وفقا لنص القانون": a measure too
        # the source closes its sentence (no clause of its own after it)
        closing = not any(t in ("،", ",", ":", "؛") or _is_particle(t) for t in toks[b:])
        if closing and not with_verb and at_head is None and first[0].isalnum() and not first.startswith("ال") \
                and head not in _SOURCE_NOUNS and head not in _TITLES:
            return None  # "… حسب دليل التصنيف.", "… وفق عقود طويلة المدى.": a measure, not who said it
        x = b
        while x < n and (toks[x] in _DASHES or toks[x] in ("،", ",")):
            x += 1
        if x < n and any(
            c.kind in ("verb", "part") and c.idx < cue.idx and (_is_particle(toks[x]) or toks[x] == c.prep) for c in cues
        ):
            return None  # "أفاد اللاعب … حسب ما ذكرته المصادر أنه …", "وشدد X - وفقا لما نقلته Y - على":
            # a parenthesis inside the verb's report
        b, runs_on = _source_runs_on(s, cue.idx, a, b, head in _SOURCE_NOUNS and not with_verb)
        if cue.idx == 0 and not with_verb and b - a >= 3 and b < n and _pair_closing_at(s, b - 1) >= 0 \
                and s.opens[_pair_closing_at(s, b - 1)] == a and toks[b][0].isalnum() and not fa_opener(toks[b]) \
                and not _is_particle(toks[b]) and at_head is not None:
            runs_on = True  # "وبحسب «رويترز» من المتوقع …": a quoted source name, then its clause
        if not runs_on and b < n and toks[b] in _EXISTENTIALS:
            runs_on = True  # "وفق إحصائيات الوزارة هناك 300 مدرسة": an existential clause follows, no comma
        sp = self.speaker_from(s, a, b)
        if cue.cue_end > cue.idx:
            name = " ".join([name] + [self.surface(s, k, 0) for k in range(cue.idx + 1, cue.cue_end + 1)])
        if (
            cue.lemma in ("وفقا", "طبقا", "تبعا")
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
            and not fa_opener(toks[j])
            and not (toks[j] == "؛" and j + 1 < n and fa_opener(toks[j + 1]))  # "وحسب الشهود؛ فقد …"
        ):
            if toks[j] in _SENT_PUNCT:
                break
            j += 1
        after_k: int | None = None
        if j < n and toks[j] in ("،", ",", ":", "؛"):
            after_k = j + 1
            if after_k < n and fa_opener(toks[after_k]):
                after_k += 1
        elif j < n and fa_opener(toks[j]):
            after_k = j + 1
        if runs_on:
            after_k = b  # "وحسب المعلومات عثر على …": the clause follows with no comma
        # the part before the attribution
        lead = 0
        while lead < cue.idx and toks[lead] in ("و", "ولكن", "لكن", "،", ",", "بينما", "فيما"):
            lead += 1
        lead = past_dateline(s, lead, cue.idx)
        before_end = cue.idx
        while before_end > lead and toks[before_end - 1] in _TRAIL_PUNCT:
            before_end -= 1
        if after_k is None or s.words[n] - s.words[after_k] < 3:
            # "… تقارير عن …، لكن الناديين أبلغا …، حسب ما ذكرته X": the source reports the clause it
            # closes, after the last contrast, outside quotations
            for x in range(before_end - 1, lead, -1):
                if toks[x] in _CONTRAST and s.inq[x] < 0 and s.words[before_end] - s.words[x + 1] >= 3:
                    lead = x + 1
                    break
        before_words = s.words[before_end] - s.words[lead]
        after_words = s.words[n] - s.words[after_k] if after_k is not None else 0
        if after_k is not None and any(
            c.kind in ("verb", "naql")
            for c in cues[bisect_left(cue_at, after_k) : bisect_right(cue_at, after_k + 1)]
        ):
            return None  # "ونقلًا عن X، كتب Y أن …": the verb's speaker takes it
        if before_words >= 3 and after_words < 3 and lead + 1 < before_end and self._voiced(s, lead, cues):
            return None  # "وشدد المصدر على …، وفقا للألمانية": the clause is a report of its own speaker (a
            # source or a person after its verb); the agency that carried it is no second speaker of the
            # same words ("أعلنت إيران وألمانيا عن خطط …، وفقا لتقرير": a country's act, the report says it)
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
        if before_words >= 3 and after_words >= 3 and after_k is not None:
            # only when the source phrase ends at its comma (or فإن): not "وفقًا لوكالة X بتعيين …، بينما"
            opens, closes = _source_side(s, cue.idx, cue.clitic, after_k) if j == b else (False, False)
            if opens:  # "…، وبحسب موقع X، فإن Z": what follows
                return _Accepted(name, sp, after_k, cue.idx, 1)
            if closes:  # "ويصل العدد إلى 23 حسب موقع X، وتتراوح …": the clause it closes
                self.emit(1, sp, name, s, lead, before_end, False)
                return _Accepted(name, sp, -1, cue.idx, 1)
            o = next((x for x in range(lead, min(lead + 2, before_end)) if toks[x] in _QUOTE_CHARS), -1)
            q = _pair_opening_at(s, o) if o >= 0 else -1
            c = s.closes[q] if q >= 0 else -1
            if o < c < before_end and s.words[c] - s.words[o] >= 3:
                # "لكن «…» رغم كل شيء بحسب X، مع …": the quotation opening the clause is what X said
                self.emit(2, sp, name, s, o + 1, c, True)
                return _Accepted(name, sp, -1, cue.idx, 1)
            self.emit(1, sp, name, s, lead, n, False)
            return _Accepted(name, sp, -1, cue.idx, 1)
        return None

    def _voiced(self, s: _Sent, lead: int, cues: list[_Cue]) -> bool:
        """Whether the clause at ``lead`` opens with a speech verb whose subject is a speaking noun
        ("وشدد المصدر", "وقال مسؤولون") or a person's name."""
        if not any(c.kind == "verb" and c.idx == lead for c in cues):
            return False
        t = s.toks[lead + 1]
        if _bare(t) in _SPEAKER_NOUNS or (t.startswith("ال") and t[2:] in _SPEAKER_NOUNS):
            return True
        e = self.ents.overlapping_orig(self.orig(s.st[lead + 1]), self.orig(s.en[lead + 1]))
        return e is not None and e.type == "PERSON"

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
