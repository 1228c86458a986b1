"""The quote engine's extractor: per sentence, the cues and their speakers and contents become quotes
(:meth:`_Extractor.run`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..core.model import Quote, Sentence
from .quotes_bounds import _says_next, join_initials, split_orphans
from .quotes_clauses import (
    _ABOVE,
    _BEFORE_PRESENT,
    _CHUNK_SPLIT,
    _CIRCUMSTANCE,
    _COLON_QUOTE,
    _IMPERSONAL,
    _IYYA,
    _KAMA,
    _NOT_ONLY_SPEECH,
    _QA_VERBS,
    _RETRO_VERBS,
    _SAID_IT,
    _SAYING_VERBS,
    _SEMI_THAT,
    _WHEN_CLAUSE,
    _after_relative,
    _bracketed_name,
    _glued_stop,
    _is_manner,
    _marked,
    _new_clause,
    _opens_sentence,
    _participle_stop,
    _plea_stop,
    _study_before,
)
from .quotes_coord import coordinated_subject
from .quotes_documents import came_in_document
from .quotes_gender import verb_gender
from .quotes_lamnames import lam_person
from .quotes_lexicon import (
    _ABOUT_PRONOUNS,
    _ADDRESSEE,
    _AMBIGUOUS_VERBS,
    _CLAUSE_BREAK,
    _CUE_TOKENS,
    _MANNER_HEADS,
    _MARKED_ONLY,
    _MASDARS,
    _NOT_COMPLEMENT,
    _OPENERS,
    _SENT_PUNCT,
    _SOURCES,
    _SPEAKER_NOUNS,
    _SPEAKING_TO,
    _TRAIL_PUNCT,
    _WINDOW,
    _adverbial,
    _manner_phrase,
    masdar_gender,
    study_head,
)
from .quotes_marks import (
    after_colon,
    colon_quotation,
    name_before_complementizer,
    not_speech,
    titled,
)
from .quotes_npreport import noun_phrase_report
from .quotes_phrases import (
    _GO_ON,
    _HONORIFICS,
    _PRONOUNS,
    _RELATIVE,
    _TITLES,
    _antecedent,
    _interlocutor,
    _is_present,
    _masdar_subject,
    _names_follow,
    _np_forward,
    _possessed_object,
    _sv_subject,
)
from .quotes_quotedname import quoted_holder, unmarked_after
from .quotes_runon import writer_clause_stop
from .quotes_sources import _DASHES
from .quotes_speakers import _Accepted, _Speaker
from .quotes_subjects import _Subjects
from .quotes_tokens import (
    _CLAUSE_WORDS,
    _bare,
    _Cue,
    _ends_sentence,
    _far_inna,
    _far_quotation,
    _find_cues,
    _is_particle,
    _pair_opening_at,
    _Sent,
    _skip_colon,
    _starts_with_quote,
    _tokenize,
)

# what "لفت" draws ("لفت النظر/الانتباه إلى أن"): the verb's object
_ATTENTION = frozenset("النظر الانتباه الأنظار الانظار".split())


class _Extractor(_Subjects):
    """The article's quotes, sentence by sentence."""

    def forget_subject(self) -> None:
        self.subject = None

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
        bounds = join_initials(self.text, sorted(bounds))  # "وقالت لورين إم. كيلي": one sentence
        bounds = split_orphans(self.text, bounds)  # "… وتمنعهم". وأشار": two sentences
        self.bounds = bounds
        nt = self.nt
        hits: list[int] = []
        # words split at spaces and at quotation marks and colons written without a space ("فقال:»إن")
        for word in _CUE_TOKENS.intersection(_CHUNK_SPLIT.split(nt)):
            pos = nt.find(word)
            while pos >= 0:
                end = pos + len(word)
                if (pos == 0 or not nt[pos - 1].isalnum()) and (end >= len(nt) or not nt[end].isalnum()):
                    hits.append(pos)
                pos = nt.find(word, end)
        hits.sort()
        colons = [m.start() for m in _COLON_QUOTE.finditer(nt)]  # ": «" with no cue: see _colon_quote
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
            elif colons and bisect_left(colons, na) < len(colons) and colons[bisect_left(colons, na)] < nb:
                if stop is not None and stop():
                    self.stopped = True
                    break
                self.sentence(si, _tokenize(nt, na, nb))
        out = [self.named_holder(q) for q in self.quotes.all()]
        out.sort(key=lambda q: (q.start, q.end))
        return out

    # ------------------------------------------------------------------
    def content_start(self, s: _Sent, i: int, limit: int, prep: str | None, strict: bool) -> int | None:
        """First content token after the attribution (token i is right after speaker/cue)."""
        toks = s.toks
        n = min(limit, len(toks))
        if i + 2 < n and toks[i] in _IYYA and toks[i + 1] in ("ب", "بـ") and (toks[i + 2] in _OPENERS or toks[i + 2] == '"'):
            i += 2  # "واصفا إياها بـ«…»": what it was called, quoted
        if i < n and toks[i] in _DASHES:  # "وشدد X - وفقا لما نقلته Y - على": past the parenthesis
            for j in range(i + 1, min(n, i + 16)):
                if toks[j] in _DASHES:
                    i = j + 1
                    break
        if i < n and prep is not None and toks[i] == prep:
            if i + 1 < n and _is_particle(toks[i + 1]):
                return _skip_colon(s, i + 2, n)
            return None if noun_phrase_report(toks, i + 1) and not self.nested else i + 1  # quotes_npreport
        window = 4 if strict else 16
        if strict and i < n and (
            toks[i] in _CIRCUMSTANCE or (toks[i][0] == "ل" and len(toks[i]) > 2) or _is_manner(toks[i])
            or toks[i] in _SOURCES
        ):  # "وتابعت وفقا لما ذكره راديو X إن …": a source between the verb and what was said
            window = 12  # "وأضاف في بيان أصدره عقب …، إن", "وقال لـ«الصحيفة»: «…»", "وأضاف قائلا …"
        j = i
        while j < n and j - i <= window:
            t = toks[j]
            if s.inq[j] >= 0:
                j += 1  # inside a quoted name or a quotation: its words are not the complementizer
                continue
            if t == ":":
                return j + 1
            if _is_particle(t) and not t.startswith("ف"):
                if j > max(i, 1) and toks[j - 1] == prep and toks[j - 2] not in ("الرغم", "بالرغم", "رغم"):  # "حذرت X اليوم من أن"
                    # (not "على الرغم من أن": however); من is no complementizer elsewhere
                    return _skip_colon(s, j + 1, n)  # the verb's own preposition after a time word: its report
                if j > 0 and (toks[j - 1] in _NOT_COMPLEMENT or toks[j - 1] in _IMPERSONAL):
                    j += 1
                    continue  # "رغم أنه", "بعد أن", "ومن المتوقع أن": not what was said
                return _skip_colon(s, j + 1, n)
            if t in _OPENERS or t == '"' or (t == "»" and _pair_opening_at(s, j) >= 0):
                p = _pair_opening_at(s, j)
                c = s.closes[p] if p >= 0 else -1
                if j == i and 0 <= c < n - 2 and toks[c + 1] in (":", "،", ",") and _is_particle(toks[c + 2]):
                    return _skip_colon(s, c + 3, n)  # 'يقول فلان "موظف في شركة": إن …': an apposition
                if j == i or (j > 0 and toks[j - 1] == ":"):
                    return j
                if not strict and j - i <= 1 and _pair_opening_at(s, j) >= 0:
                    return j
                if strict and (j - i <= 3 or toks[i] == "في" and not _new_clause(s, i, j) or toks[i] in _SPEAKING_TO) \
                        and (toks[i] in _CIRCUMSTANCE or toks[i] in _SPEAKING_TO) \
                        and 0 <= c and s.words[c] - s.words[j] >= 4 and _ends_sentence(s, c + 1, n) and not titled(s, j):
                    return j  # "وأضاف عبر مترجم “…”": a short circumstance, then what was said
                p = _pair_opening_at(s, j)
                if (
                    not strict
                    and p >= 0
                    and (j - i <= 7 or (_ends_sentence(s, s.closes[p] + 1, n) and not _new_clause(s, i, j)))
                    and s.words[s.closes[p]] - s.words[j] >= 4
                    and not _names_follow(s, s.closes[p] + 1, n)
                ):
                    # "قالت X عن كتابها في بيان "…"", "قال X مشيرًا إلى Y «…»": a long quotation
                    # after a short circumstance is what was said
                    return j
            if t in _SENT_PUNCT and not (t in "؛;" and (j == i or j + 1 < n and toks[j + 1] in _SEMI_THAT)):
                # "… "فلان"؛ أن", "أوضح X المشرف على …؛ أنه": a separator before the complementizer
                return None
            if t in _CLAUSE_WORDS and j > i and toks[j - 1] in ("،", ","):
                return None  # "تضيف جديدا للفكر، فيما تضم الشروط أن …": the أن of another clause
            j += 1
        return None

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
        taken: set[int] = set()  # the accepted cues' token indices
        genders: list[str | None] = []  # the gender each accepted cue shows ("m", "f" or None)
        sentence_speaker: _Speaker | None = None
        for cue in cues:
            i = cue.idx
            nxt = strong[bisect_right(strong, i)] if bisect_right(strong, i) < len(strong) else n
            name = self.surface(s, i, cue.clitic)
            acc: _Accepted | None = None
            if cue.lemma in ("أظهر", "توصل") and accepted and 0 <= accepted[-1].k <= i:
                continue  # "وقال X إن البحوث أظهرت أن …": a finding X reports, X's words
            if cue.kind in ("verb", "part"):
                self.forget_subject()  # not `self.subject = None` here: mypy (and so mypyc) would keep
                # it narrowed to None across the call below, and the compiled check then fails on a speaker
                self.inner = self.named_inner(s, accepted[-1].k, i) if accepted and cue.clitic == 0 else (-1, -1)
                self.nested = cue.kind == "verb" and cue.clitic == 0 and bool(accepted) and 0 <= accepted[-1].k <= i
                speaker_here = sentence_speaker
                if cue.kind == "part" and len(accepted) >= 2 and accepted[-1].speaker is sentence_speaker \
                        and sentence_speaker is not None and sentence_speaker.canonical is None \
                        and genders[-2] in (None, verb_gender("part", toks[i][cue.clitic :], cue.lemma, False)) \
                        and 0 <= accepted[-2].k <= accepted[-1].clause and s.words[accepted[-1].clause] - s.words[accepted[-2].k] <= 2:
                    # "وشدد على أن البعض يقول إن …، مؤكدا أن": the participle goes with the outer
                    # report's subject, not the unnamed speaker nested in its clause (when the two
                    # agree: "مضيفة أن الجانب العراقي شدد على …، معتبرا" is the inner one's)
                    speaker_here = accepted[-2].speaker
                acc = self._verb(si, s, cue, nxt, name, speaker_here)
                if acc is None and cue.kind == "verb" and self.subject is not None:
                    sentence_speaker = self.subject
            elif cue.kind == "nominal":
                if i > 0 and toks[i - 1] in ("في", "خلال", "وفي"):
                    continue  # "في تصريح صحفي": circumstance, not attribution
                a, b = _np_forward(s, i + 1, nxt, max_words=8)
                if b == a:
                    continue
                j = b
                while j < min(n, b + 3) and not _is_particle(toks[j]):
                    j += 1
                if j >= n or not _is_particle(toks[j]) or toks[j].startswith("ف") or any(
                    t in _CUE_TOKENS for t in toks[b:j]
                ):
                    continue  # "تصريحات فلان …، معتبرة أنها": the complementizer is the participle's
                acc = _Accepted(name, self.speaker_from(s, a, b), _skip_colon(s, j + 1, n), i, 2)
            elif cue.kind == "naql":
                a, b = _np_forward(s, cue.cue_end + 1, nxt)
                if b == a:
                    continue
                k = self.content_start(s, b, nxt, None, False)
                if k is None:
                    continue
                acc = _Accepted(name if cue.lemma == "علم" else name + " عن", self.speaker_from(s, a, b), k, i, 2)
            else:
                acc = self._source(si, s, cue, cues, cue_at, name)
            if acc is not None:
                accepted.append(acc)
                taken.add(i)
                form = toks[i][cue.clitic :]
                genders.append(verb_gender(cue.kind, form, cue.lemma, _is_present(form)))
                sentence_speaker = acc.speaker
                self.remember(acc.speaker, si)
                if cue.kind == "source" and not self.names_person(acc.speaker):
                    self.last_source = True  # "حسب رويترز": an outlet or a document, not a narrator
        # a content runs to the end of the sentence or to the clause of the next attribution, or of
        # the next speech verb joined by و outside a quotation
        and_verbs = [
            c.idx for c in cues
            if c.kind == "verb" and c.clitic > 0 and toks[c.idx][0] == "و" and c.lemma not in _NOT_ONLY_SPEECH
        ]
        for ai, acc in enumerate(accepted):
            if acc.k < 0:
                continue  # already emitted
            end = n
            nested = False
            for j in range(ai + 1, len(accepted)):  # not a slice: a copy per cue is quadratic in a run-on sentence
                if accepted[j].clause >= acc.k:  # a report nested right after the complementizer
                    end = accepted[j].clause
                    nested = True
                    break
            if nested and s.words[end] - s.words[acc.k] < 3:
                continue  # "أضاف البيان أن الوزيرة شددت على …": the inner speaker's words only
            x = bisect_right(and_verbs, acc.k)
            while x < len(and_verbs) and and_verbs[x] < end:
                if s.words[and_verbs[x]] - s.words[acc.k] >= 3:
                    end = and_verbs[x]  # "… مع زوارهم وتساءل آخرون عن …": a new clause, even unaccepted
                    break
                x += 1
            end = _plea_stop(s, acc.k, _glued_stop(s, acc.k, end), cue_at)
            end = _participle_stop(s, acc.k, end, cue_at)  # "…، مطالبا بـ": the speaker's doing
            end = writer_clause_stop(s, acc.k, end, cues, cue_at, taken, lambda j: self.ents.overlapping_orig(
                self.orig(s.st[j]), self.orig(s.en[j])) is not None)  # "…، معربا عن شكره" (quotes_runon)
            while end > acc.k and (toks[end - 1] in _CLAUSE_BREAK or toks[end - 1] in _TRAIL_PUNCT):
                end -= 1
            self.emit_region(acc.prio, acc.speaker, acc.name, s, acc.k, end)
        if not cues:
            if not self._colon_quote(si, s):
                self._bare_quote(si, s)

    def names_person(self, sp: _Speaker) -> bool:
        """Whether a speaker's span is (or holds) a PERSON mention."""
        if sp.start is None or sp.end is None:
            return False
        return bool(self.ents.persons_inside(sp.start, sp.end))

    def _colon_quote(self, si: int, s: _Sent) -> bool:
        """"ودافعت X عن … في مقابلة: «…»": no speech verb, but a person named near the start of the
        sentence and a quotation of four words or more opened by a colon — X's words (direct)."""
        toks = s.toks
        for o, c in s.pairs:
            if o == 0 or toks[o - 1] != ":" or s.words[c] - s.words[o] < 4:
                continue
            if s.words[o] > 25 or any(t in _SENT_PUNCT for t in toks[:o]):
                return False
            lo, hi = self.orig(s.st[0]), self.orig(s.st[o])
            for e in self.ents.inside(lo, hi, "PERSON"):
                k = bisect_left(s.st, self.norm(e.start))
                if k < len(s.inq) and s.inq[k] >= 0:
                    continue
                if s.words[k] > 8:
                    return False  # a person far from the start is not the subject
                sp = _Speaker(e.text, self.link(e.text, e.start, e.end), e.start, e.end)
                first = 0
                while first < k and not toks[first][0].isalnum():
                    first += 1
                cue = self.surface(s, first, 1 if toks[first][0] in "وف" and len(toks[first]) > 3 else 0)
                if self.emit(2, sp, cue, s, o + 1, c, True):
                    self.remember(sp, si)
                    return True
                return False
            return False
        return False

    def _verb(
        self, si: int, s: _Sent, cue: _Cue, nxt: int, name: str, sentence_speaker: _Speaker | None
    ) -> _Accepted | None:
        toks = s.toks
        n = len(toks)
        i = cue.idx
        sp: _Speaker | None = None
        subject_first = False
        addressee_end = -1
        held: tuple[int, int, int] | None = None  # a quoted holder's name after the role (quotes_quotedname)
        clause = i
        after = i + 1
        if after < n and toks[after] in _ABOVE:
            return None  # "كما ذكر آنفا", "ما ذكرناه سابقا": the writer pointing back, no one quoted
        if after < n and toks[after] in ("فيه", "فيها", "فيهم"):
            after += 1
        if cue.lemma == "جاء" and came_in_document(toks, i):  # "جاء في بيان للوزارة أن …": the text speaks
            a, b = _np_forward(s, i + 2, nxt, max_words=12)
            k = self.content_start(s, b, nxt, None, False) if b > a else None
            if k is None:
                return None
            lo, hi = self.orig(s.st[a]), self.orig(s.en[b - 1])  # the whole phrase, not a name inside it
            body = self.ents.inside(lo, hi, "ORG")  # the body that issued it, when named
            return _Accepted(name + " في", _Speaker(self.text[lo:hi], body[0].canonical if body else None, lo, hi), k, i, 2)
        if cue.lemma == "جاء":
            return self._came_in_it(s, i, after, nxt, name)
        if cue.kind == "verb" and after < n and (toks[after] in _PRONOUNS or toks[after] in _HONORIFICS or (
                toks[after] in ("وهو", "وهي") and colon_quotation(s, after_colon(s, after, nxt)))):
            # "وقال هو وخبراء آخرون: …", "وقال سموه: …": the person spoken of before
            sp = self.pronoun_speaker(si, sentence_speaker, toks[after] in _HONORIFICS)
            after += 1
            if sp is None:
                return None
        elif cue.kind == "verb":
            after = self._skip_addressee(s, after, nxt)
            if after + 1 < nxt and toks[after] in _ABOUT_PRONOUNS and cue.lemma == "قال":
                after += 1  # "قال عنه الطبيب: …", "قال لها الرجل: …": whom it was said of or to (not
                # "أعلنت عنها الوزارة": announced it)
            if after + 2 < nxt and toks[after] == "كل" and toks[after + 1] == "من":
                after += 2  # "قال كل من فلان وفلان إن …": the people named
            if after < n and toks[after] == "ذلك" and cue.lemma in _RETRO_VERBS and _opens_sentence(s, i):
                self._retro(si, s, cue, after + 1, nxt, name)
                return None
            a, b = _np_forward(s, after, nxt, max_words=14, allow_lam=after < n and lam_person(
                toks[after], self.orig(s.st[after]), self.ents))
            b = self.person_past_stop(s, b, nxt)  # "وأوضح فجر في تصريح": a name that is also a time word
            b = _bracketed_name(s, a, b, nxt)
            if b > a and a + 1 < n and _adverbial(toks[a]) and _says_next(s, a + 1) and self.ents.overlapping_orig(
                    self.orig(s.st[a]), self.orig(s.en[a])) is None:
                b = a  # "وقال مبتسما: «…»", "وأكدت مجددا أن …": how, not who
            if b > a and _manner_phrase(toks[a]) and (toks[a] in _MANNER_HEADS or self.ents.overlapping_orig(
                    self.orig(s.st[a]), self.orig(s.en[a])) is None):
                b = a  # "وقالت بالبريد الإلكتروني: …", "وقال بلهجة حازمة إن …": how, not who ("قال بأسى:"
                # even when the entity engine read the word as a name)
            while b - 1 > a and toks[b - 1] in _MANNER_HEADS:
                b -= 1  # "فقال لها فلان بهدوء: «…»": the name, not how he said it
            if cue.lemma == "لفت":  # "ولفت النظر إلى أن", "ولفت الوزير الانتباه إلى أن": the attention drawn
                while b > a and toks[b - 1] in _ATTENTION:  # is the object, never (part of) the speaker
                    b -= 1
            if b > a and _possessed_object(s, a) and self.ents.overlapping_orig(
                    self.orig(s.st[a]), self.orig(s.en[a])) is None:
                b = a  # "أكد حرصه على الحضور": his eagerness, the object; the subject is a pronoun
            if b == a:
                b = self._quoted_name(s, after, nxt)
            o, q = name_before_complementizer(s, b, nxt, 3 if b > a else 1)  # "كشف «مكتب X» المعارض أن"
            if q > 0 and o > b and toks[o - 1][0] == "ل":
                addressee_end = q  # "قال X لـ«عكاظ» إن": told a paper
            elif q > 0 and (b > a or o == b):
                b = q  # the quoted name is (part of) the speaker
            if cue.lemma == "أبلغ" and b > a and (toks[a] in _ADDRESSEE or _bare(toks[a]) in _ADDRESSEE):
                addressee_end, b = b, a  # "وأبلغ صحيفة «…» الألمانية أن": told a paper (the speaker is before)
            if cue.lemma == "أبلغ":
                # "أبلغت مصادر «الصحيفة» أن", "مصادر … أبلغت «الصحيفة» أن": the quoted name is whom
                # the speaker told, not the speaker
                for x in range(a, b):
                    if toks[x] in _OPENERS or toks[x] == '"':
                        pair = _pair_opening_at(s, x)
                        if pair >= 0:
                            addressee_end = s.closes[pair] + 1
                        b = x
                        break
            if cue.lemma == "وصف" and a < b < n and toks[b].startswith(("بأن", "بان")) and self.described(s, i, a, b, cue.clitic):
                addressee_end, b = b, a  # "نتنياهو وصف الاتفاق بأنه …": what is described; the speaker is before
            if b > a and b + 1 < n and toks[b] == "ما" and toks[b + 1] in _SAID_IT:
                return None  # "أوردت وسائل الإعلام ما قاله العلماء إن …": the inner verb's speaker said it
            held = quoted_holder(self, s, a, b, nxt) if b > a else None
            if held is not None:  # "وقال مدير عام مكتب الصحة “فلان” سقط …": the quoted holder speaks
                a, b, addressee_end = held
            if b > a:
                role = self.role_person(s, a, b, nxt) if held is None else None
                if role is not None:
                    a, b = role
                sp = self.speaker_from(s, a, b)
                after = b
                first = toks[a]
                subject_first = (
                    first.startswith("ال")
                    or first in _TITLES
                    or _bare(first) in _SPEAKER_NOUNS
                    or self.ents.overlapping_orig(self.orig(s.st[a]), self.orig(s.en[a])) is not None
                )  # not an object with a pronoun subject ("وأكد حبه لأندية …")
            else:
                # "وعما إذا كانت تتابع …، أجابت": an interview's answer follows the question, whose words
                # are not the subject
                sv = None if cue.lemma in _QA_VERBS or cue.lemma == "رد" else _sv_subject(s, i, cue.clitic, self.ents)
                if sv is None and self.inner[0] >= 0 and cue.kind == "verb":
                    sv = self.inner  # "قالت الوكالة إن المفتي فلان أعلن أن …": the inner report's subject
                if cue.clitic == 0 and i > 1 and toks[i - 1] in _RELATIVE:
                    sv = _antecedent(s, i - 1)  # "النواب الذين يقولون إن …": the noun the clause is about
                elif cue.clitic == 0 and i > 1 and toks[i - 1] in ("الذي", "التي"):
                    sv = self.person_before(s, i - 1)  # "… اللواء فلان الذي يؤكد أن": a named person
                if sv is None and cue.clitic == 0 and i > 1 and toks[i - 1] in ("التي", "والتي"):
                    sv = _study_before(s, i - 1)  # "إثر دراسة سابقة أجريت على الفئران والتي أشارت إلى أن"
                if sv is not None:
                    sp = self.speaker_from(s, sv[0], sv[1])
                    inside = self.ents.persons_inside(self.orig(s.st[sv[0]]), self.orig(s.en[sv[1] - 1]))
                    if not inside and toks[i][cue.clitic :].endswith("ت"):
                        # "حققت الشركة X ربحًا …، وقالت": the organisation, not the clause before the verb
                        inside = self.ents.inside(self.orig(s.st[sv[0]]), self.orig(s.en[sv[1] - 1]), "ORG")
                    if inside and inside[0].start > self.orig(s.st[sv[0]]) and sp.start is not None:
                        # "انتقد المعارض فلان …، وقال": the person, not the clause before the verb
                        p = inside[0]
                        sp = _Speaker(p.text, self.link(p.text, p.start, p.end), p.start, p.end)
                    clause = sv[0]
                    while clause > 0 and toks[clause - 1] in _CLAUSE_BREAK:
                        clause -= 1
        if cue.kind == "part" and toks[i][cue.clitic :] in _MASDARS:  # "جدد الوزير فلان تأكيده على أن"
            sv = _masdar_subject(s, i, lambda j: self.ents.overlapping_orig(self.orig(s.st[j]), self.orig(s.en[j])) is not None)
            if sv is not None:
                sp = self.speaker_from(s, sv[0], sv[1])
        if cue.lemma in ("توصل", "أظهر", "أثبت") and (sp is None or not study_head(sp.text.split())):
            return None  # "أظهر اللاعب أنه …", "يظهر الشريط من …": a finding only of a study or figures
        if addressee_end > after:
            after = addressee_end
        # "…"، قال X  — the quotation comes before the verb
        if sp is not None and self._cue_after(s, cue, sp, name):
            self.remember(sp, si)
            return None
        strict = sp is None or cue.lemma in _AMBIGUOUS_VERBS  # "ورد الفريق في الشوط الثاني …": a reply
        # in play, not speech, unless what was said follows closely
        # "علق X على ذلك بقوله: …", "اختتم X حديثه قائلا": a participle right after the verb's subject
        # and a short object takes that subject
        if subject_first and sp is not None and sp.canonical is not None and nxt < n and nxt - after <= 3 and (
            all(t not in ("،", ",") for t in toks[after:nxt])
        ):
            self.subject = sp
        k = self.content_start(s, after, nxt, cue.prep, strict)
        if k is None and held is not None and cue.kind == "verb" and unmarked_after(s, held[2]):
            k = held[2]  # "وقال مدير المكتب “فلان” سقط ألف قتيل": the speech right after the quoted name
        if k is None and sp is not None and after < n and toks[after] == cue.prep and noun_phrase_report(toks, after + 1):
            self.remember(sp, si)  # "وشدد الوزير على أهمية …" (no quote: quotes_npreport) "وأضاف": the same speaker
        if k is None and sp is not None and cue.kind == "verb" and i > 0 and toks[i - 1] in _KAMA:
            self._as_says(s, i, after, sp, name)
            self.remember(sp, si)
            return None
        if k is None and sp is not None and cue.kind == "verb" and cue.lemma not in _MARKED_ONLY:
            k = _far_inna(s, after, nxt, cue.lemma == "قال")
        if k is None and sp is not None and cue.kind == "verb" and cue.lemma not in _MARKED_ONLY:
            k = _far_quotation(s, after, nxt)
        rel = after + 1 if after + 1 < n and toks[after] in ("،", ",") else after  # "وأشارت الممثلة، التي …، إلى أنها"
        if k is None and sp is not None and cue.kind == "verb" and cue.lemma not in _MARKED_ONLY and rel < n \
                and toks[rel] in ("الذي", "التي", "والذي", "والتي"):
            k = _after_relative(s, rel, nxt)  # "وأوضح التقرير الذي صدر عن … وتلقت الوكالة نسخة منه أن …"
        if k is None and sp is None and cue.kind == "verb" and cue.lemma == "قال" and not _is_present(toks[i][cue.clitic :]) \
                and after < n and (toks[after] in _CIRCUMSTANCE or toks[after] in _WHEN_CLAUSE):
            # "وقال خلال حوار أجرته معه الصحيفة في جدة، بعد …، إن «…»": a pronoun subject, a long circumstance
            k = _far_inna(s, after, nxt, True)
            if k is None:
                k = _far_quotation(s, after, nxt)
        if k is None and sp is not None and cue.kind == "verb" and cue.lemma == "قال" and sp.end is not None \
                and not _is_present(toks[i][cue.clitic :]):
            e = bisect_left(s.st, self.norm(sp.end))  # the speaker phrase may have run on into the speech
            if i + 1 < e < n and s.words[n - 1] - s.words[e] >= 4:
                k = self._unmarked_content(s, e)  # "وقال المدير العام للمنتجع فلان نحن سعداء بـ…"
        if k is None or k >= n:
            if subject_first and sp is not None and cue.kind == "verb" and cue.lemma not in _MARKED_ONLY \
                    and cue.lemma not in _AMBIGUOUS_VERBS and cue.lemma != "تابع":  # "تابعت الحادثة": followed
                self.subject = sp  # "كشفت صحيفة X عن …، حيث قالت إنه": the subject speaks on in its sentence
            return None
        if not_speech(s, cue.lemma, toks[i][cue.clitic :], i, k):
            return None  # "لفت المهرجان انتباه الزوار إلى تنوع معارضه": drew attention, said nothing
        if cue.lemma in ("خلص", "توصل", "أظهر") and not (k >= 1 and _is_particle(toks[k - 1])):
            return None  # "خلص إلى نتيجة", "خلصت الأزمة": a conclusion is reported only as "خلص إلى أن"
        if cue.lemma == "اعتبر" and _is_present(toks[i][cue.clitic :]) and k - 1 > after:
            return None  # "تعتبر الدخل السنوي لنا" (is considered): only "يعتبر X أن" reports a view
        if cue.lemma in ("أعرب", "عبر") and s.words[k] - s.words[after] > 5:
            return None  # "أعرب عن حزنه …، داعين الله أن": a feeling; only "أعرب عن أمله في أن" says something
        if cue.kind == "verb" and cue.lemma in _MARKED_ONLY and not _marked(s, max(after, k - 3), k):
            return None  # "وزاد الإنتاج إلى …", "سأل عن": not speech
        if sp is None:
            if cue.kind == "verb" and cue.clitic == 0 and _is_present(toks[i]) and i > 0 and toks[i - 1][0].isalnum() \
                    and toks[i - 1] not in _BEFORE_PRESENT and _bare(toks[i - 1]) not in _GO_ON \
                    and not _is_particle(toks[i - 1]) and not (i + 1 < n and (toks[i + 1] == ":" or toks[i + 1] in _OPENERS
                                                                       or toks[i + 1] == '"')):
                return None  # "قطع مفصلة تؤكد بأن", "أرقام تقول إن": a subject not taken as a speaker (a
                # thing, an evidence) stands right before the verb; it is not the last person quoted
            if cue.kind == "verb" and _is_present(toks[i][cue.clitic :]) and not (
                i > 0 and _bare(toks[i - 1]) in _GO_ON
            ) and not ((cue.lemma in _SAYING_VERBS or colon_quotation(s, k)) and _marked(s, max(after, k - 3), k)):
                # "ويُعتقد أن" / "يُرجح أنها": impersonal ("ومضى يقول": the speaker before; "ويقول: «…»",
                # "وهو يقول: إن": a colon, إن or a quotation is someone speaking)
                return None
            form = toks[i][cue.clitic :]
            feminine = form.endswith("ت") or (cue.kind == "part" and form.endswith("ة"))
            if cue.kind == "part" and form in _MASDARS:
                feminine = masdar_gender(form) == "f"  # "إلى الإشارة": no person's ending
            sp = self.group_speaker(si, s, i, cue.kind, form) if sentence_speaker is None else None  # "أشاد مواطنون …، مؤكدين"
            if sp is None and cue.kind == "part" and form.endswith("ين") and sentence_speaker is None:
                return None  # "…، مؤكدين أن": a group whose verb came before, not named; not the last person quoted
            contact = _interlocutor(s, i, cue.clitic > 0) if sentence_speaker is None and sp is None else None
            if contact is not None:  # "تواصلت «الصحيفة» مع فلان …، فأكد أن": the one reached
                sp = self.speaker_from(s, contact[0], contact[1])
            elif sentence_speaker is None and sp is None:  # a verb or a participle: its own sentence's subject first
                sp = (coordinated_subject(self, s, i) if cue.kind == "verb" and cue.clitic > 0 else None) \
                    or self.subject_person(s, i, feminine, -1 if cue.kind == "verb" else 4)  # quotes_coord
                if sp is None and not form.endswith(("ين", "ات", "وا", "ون")) and (
                        cue.kind == "part" or not _opens_sentence(s, i)):  # "أثنى الزائر …، وقال إن"
                    sp = self._opening_subject(s, i, feminine)
            if sp is None and sentence_speaker is None and cue.kind == "part":
                sp = self._clause_subject(s, i, feminine)  # "…، استعرض فلان الخطة، مؤكدا أنها"
            if sp is None and sentence_speaker is None and cue.kind == "verb" and feminine and cue.clitic == 0:
                sp = self._study_opening(s, i)  # "أحدث دراسة طبية نشرت في مجلة …، حذرت من أن"
            if sp is None and sentence_speaker is None:
                sp = self.previous_subject(si, feminine)
            if sp is None and sentence_speaker is None and cue.kind == "verb" and _opens_sentence(s, i) \
                    and not form.endswith(("وا", "ون")) and 0 < si <= len(self.bounds) and si - 1 > self.last_sentence:
                pa, pb = self.bounds[si - 1]  # "ووجه مدير التعليم الشكر للمعلمين. وأكد أن": that subject
                prev = _tokenize(self.nt, self.norm(pa), self.norm(pb))
                sp = self._opening_subject(prev, len(prev.toks), feminine)
            if sp is None:
                sp = self.fallback_speaker(si, sentence_speaker, not feminine)
                if sp is not None and form.endswith(("وا", "ون")) and study_head(sp.text.split()) \
                        and sp.text.split()[-1].endswith("ة"):
                    sp = None  # "… دراسة سابقة أشارت … . وأشاروا": a plural verb is not one study's
            gender = verb_gender(cue.kind, form, cue.lemma, _is_present(form))
            if sp is not None and gender is not None:
                sp = self.agreeing(si, self.orig(s.st[i]), sp, gender)
            if sp is None:
                return None
        return _Accepted(name, sp, k, clause, 3)

    def _came_in_it(self, s: _Sent, i: int, after: int, nxt: int, name: str) -> _Accepted | None:
        """"أعاد نشر تغريدة للناشط فلان، جاء فيها «…»", "أصدر فلان بيانا جاء فيه: …": the words of a text
        whose author is named just before (the nearest person, else organisation, in the twelve words
        before the cue, outside quotations); None when no one is named there."""
        k = self.content_start(s, after, nxt, None, False)
        if k is None:
            return None
        toks = s.toks
        found: _Speaker | None = None
        for typ in ("PERSON", "ORG"):
            x = i - 1
            while x >= 0 and s.words[i] - s.words[x] <= 12 and toks[x] not in _SENT_PUNCT:
                e = self.ents.overlapping_orig(self.orig(s.st[x]), self.orig(s.en[x]))
                if e is not None and e.type == typ and s.inq[x] < 0:
                    found = _Speaker(e.text, self.link(e.text, e.start, e.end), e.start, e.end)
                    break
                x -= 1
            if found is not None:
                break
        if found is None:
            return None
        return _Accepted(name + " " + toks[after - 1], found, k, i, 3)
