"""The quote engine's subjects and after-clause attributions (flat sibling of ``quotes_extract``, one native
class split over flat modules as mypyc compiles it): the subject of a verb or participle that has none of its
own (the verb opening the sentence, a verb opening the clause, a study opening it), speech written straight
after a named speaker, and attributions that come after what was said ("أوضح ذلك X", "…، كما يقول X")."""

from __future__ import annotations

from ..core.model import EntityMention
from .quotes_clauses import (
    _CIRCUMSTANCE,
    _WHEN_CLAUSE,
    _WHEN_WORDS,
)
from .quotes_lexicon import (
    _CUE_TOKENS,
    _OPENERS,
    _PREP_PRONOUNS,
    _SENT_PUNCT,
    _SPEAKER_NOUNS,
    _TRAIL_PUNCT,
    study_head,
)
from .quotes_marks import (
    _PERSON_HEADS,
    _POSTS,
    speaker_tail,
    verb_subject,
)
from .quotes_phrases import (
    _GENERAL_TITLES,
    _HONORIFIC_HEADS,
    _PRONOUNS,
    _ROLE_NOUNS,
    _TITLES,
    _np_forward,
)
from .quotes_sources import _Sources
from .quotes_speakers import _Speaker, head_is_role
from .quotes_tokens import (
    _bare,
    _Cue,
    _is_particle,
    _pair_closing_at,
    _Sent,
    _tokenize,
)

# free-standing prepositions and conjunctions: a noun phrase naming a person by his post has none of them
# ("المتحدث الرسمي للدفاع المدني بالمنطقة فلان"; its prepositions are fused)
_PHRASE_BREAKS = frozenset("في مع عن من على إلى الى خلال بعد قبل عند لدى حول بين و أو ثم".split())


class _Subjects(_Sources):
    """The subject-finding passes and the after-clause attributions of :class:`quotes_extract._Extractor`."""

    def _study_opening(self, s: _Sent, i: int) -> _Speaker | None:
        """The study that opens the sentence of a feminine verb with no subject of its own, after a
        description of it ending in a comma ("أحدث دراسة طبية نشرت في مجلة …، حذرت من أن …")."""
        toks = s.toks
        first = 0
        while first < i and not toks[first][0].isalnum():
            first += 1
        if i < 2 or toks[i - 1] not in ("،", ",") or first >= i or not study_head(toks[first : first + 3]):
            return None
        a, b = _np_forward(s, first, i, max_words=4)
        if b <= a or not study_head(toks[a:b]):
            return None
        return self.speaker_from(s, a, b)

    def _opening_subject(self, s: _Sent, i: int, feminine: bool) -> _Speaker | None:
        """The subject of the verb opening the sentence of a participle with no subject of its own, when
        it is a person's noun or name and the verb agrees with the participle ("أثنى الزائر الكويتي على
        …، مشيرا إلى أن", "من جانب آخر، توقع القنصل فلان …، لافتا", "وتعقب المصادر نفسها قائلة"); a
        description that names the last speaker again ("وزار الوزير …، مؤكدا") is that speaker."""
        v, a = verb_subject(s, i)
        if v < 0:
            return None
        toks = s.toks
        verb = toks[v][1:] if toks[v][0] in "وف" and len(toks[v]) > 3 else toks[v]
        if verb.endswith("ت") != feminine and not (feminine and verb.startswith("ت")):
            return None  # "أعلنت الوزارة …، مؤكدا": the verb and the participle have different subjects
            # (a verb beginning with ت is a feminine present or a masculine past: "تقول"، "توقع")
        heads = (_PERSON_HEADS, _ROLE_NOUNS, _GENERAL_TITLES)
        if any(verb in h for h in heads):
            return None  # "نائب الرئيس …": a construct noun opens the sentence, not a verb
        head = _bare(toks[a])
        person = self.ents.overlapping_orig(self.orig(s.st[a]), self.orig(s.en[a]))
        named = person is not None and person.type == "PERSON" and person.start == self.orig(s.st[a])
        construct = any(toks[a] in h for h in heads) and a + 1 < i and toks[a + 1].startswith("ال")  # "مدير التعليم"
        if not named and not construct and not (toks[a].startswith("ال") and any(head in h for h in heads)) \
                and toks[a] not in _TITLES:
            return None
        if not named:  # "استنكر الأمين العام لمجلس التعاون … الدكتور فلان": the name after the post
            for x in range(a + 1, min(i, a + 12)):
                if not toks[x][0].isalnum() and not (toks[x] == "." and toks[x - 1] in ("د", "م")):  # "د. فلان"
                    break
                m = self.ents.overlapping_orig(self.orig(s.st[x]), self.orig(s.en[x]))
                if m is not None and m.type == "PERSON" and m.start == self.orig(s.st[x]):
                    return _Speaker(m.text, self.link(m.text, m.start, m.end), m.start, m.end)
        a, b = _np_forward(s, a, i, max_words=8)
        if b <= a:
            return None
        if not named and not self.ents.persons_inside(self.orig(s.st[a]), self.orig(s.en[b - 1])):
            # a description: its head, a genitive after a construct head, and nisba adjectives ("الزائر
            # الكويتي"), not the verb's object ("وزار الوزير المستشفى")
            e = a + 2 if construct else a + 1
            while e < b and ((toks[e].startswith("ال") and toks[e].endswith(("ي", "ية", "يون", "يين")))
                             or toks[e] in ("نفسه", "نفسها", "ذاته", "ذاتها", "العام", "العامة")):
                e += 1
            b = e
            last = self.last
            post = head in _GENERAL_TITLES or head in _ROLE_NOUNS or head in _POSTS
            if last is not None and (toks[a] in _HONORIFIC_HEADS or (post and not construct) or (
                    post and last.start is not None
                    and head in [_bare(w) for w in self.text[max(0, last.start - 40) : last.start].split()])):
                # "وقام الرئيس العام بإمامة المصلين …، موضحا", "وعد سمو رئيس الهيئة …، مبينا", "ويتابع
                # مستشار الجيش قائلا" after "المستشار فلان": the one quoted before, by his post
                return last
        role = self.role_person(s, a, b, i)
        if role is not None:
            a, b = role
        sp = self.speaker_from(s, a, b)
        last = self.last
        if last is not None and sp.canonical is not None and sp.canonical == last.canonical:
            return last
        return sp

    def _unmarked_content(self, s: _Sent, after: int) -> int | None:
        """Speech written straight after a named speaker, with no إن, colon or quotation mark ("وقال
        المدير فلان نحن سعداء …"): it starts at ``after`` when the speaker phrase ends with a person's
        name and the next word opens no phrase of circumstance (a preposition, a conjunction, a
        particle)."""
        toks = s.toks
        m = self.ents.overlapping_orig(self.orig(s.st[after - 1]), self.orig(s.en[after - 1]))
        if m is None or m.type != "PERSON" or m.end != self.orig(s.en[after - 1]) or s.inq[after] >= 0:
            return None
        if any(x in _OPENERS or x in ('"', ":") for x in toks[after:]):
            return None  # "وقال فلان زيارة وهو … «…»": marked speech further on; the words between are
            # not it (a name part the entity engine missed, a description)
        t = toks[after]
        if not t[0].isalpha() or t in _CIRCUMSTANCE or t in _WHEN_CLAUSE or _is_particle(t) or t.startswith(("و", "ف", "ل", "ب", "ك", "ال")) \
                or t in _CUE_TOKENS or t in _PRONOUNS or t in _TITLES or head_is_role(t) or _bare(t) in _SPEAKER_NOUNS \
                or any(t in h for h in (_PERSON_HEADS, _POSTS, _ROLE_NOUNS, _GENERAL_TITLES)) or t in ("من", "عن", "إلى", "الى", "مع", "بعد", "قبل", "عند", "حول", "أمس", "اليوم"):
            return None
        return after

    def _clause_subject(self, s: _Sent, i: int, feminine: bool) -> _Speaker | None:
        """A participle with no subject of its own whose clause (or the clause before it) opens, after a
        comma, with a verb and a person's name right after it: that person ("وفي كلمته …، استعرض فلان
        الخطة، مؤكدا أنها", "وهو ما أكده فلان، قائلا"). The verb must agree with the participle, and the
        clause must be short (a verb far back has likely another subject)."""
        toks = s.toks
        commas = 0
        x = i - 1
        while x >= 0 and i - x <= 14:
            t = toks[x]
            if t in ("،", ",") and x < i - 1:
                commas += 1
            if t in _SENT_PUNCT or commas > 2 or s.inq[x] >= 0:
                return None
            v = x
            if v + 1 < i and (v == 0 or toks[v - 1] in ("،", ",", "ما", "وقد", "قد", "ثم", "ولقد", "لقد")):
                verb = toks[v][1:] if toks[v][0] in "وف" and len(toks[v]) > 3 else toks[v]
                if verb[0] in "بلك" and len(verb) >= 5:
                    x -= 1
                    continue  # "، بحضور فلان"، "برئاسة فلان": a noun with a preposition, not a verb
                m = self.ents.overlapping_orig(self.orig(s.st[v + 1]), self.orig(s.en[v + 1]))
                named = m is not None and m.type == "PERSON" and m.start == self.orig(s.st[v + 1])
                if not named and v > 0 and toks[v - 1] == "ما":
                    m = self._titled_person_closing(s, v + 1, i)  # "وهو ما أكده المتحدث باسم … فلان مضيفا"
                    named = m is not None
                if named and m is not None and verb[0].isalpha() \
                        and not verb.startswith("ال") and not _is_particle(verb) and len(verb) >= 3 \
                        and verb.endswith(("ت", "ته", "تها")) == feminine and _bare(verb) not in _SPEAKER_NOUNS \
                        and not any(verb in h for h in (_PERSON_HEADS, _ROLE_NOUNS, _GENERAL_TITLES, _TITLES)):
                    return _Speaker(m.text, self.link(m.text, m.start, m.end), m.start, m.end)
            x -= 1
        return None

    def _titled_person_closing(self, s: _Sent, a: int, i: int) -> EntityMention | None:
        """The subject of a verb after relative ما ("وهو ما أكده …", "وهذا ما أشار إليه …") when it is a
        person named after his post and the name closes the phrase right before the participle at ``i``
        (a comma between them allowed): "وهو ما أكده الناطق الإعلامي للهلال الأحمر فلان، مضيفا أن" — that
        person. Only words (and the period of "د.") between the verb and the name; None otherwise."""
        toks = s.toks
        if a < i and toks[a] in _PREP_PRONOUNS:
            a += 1  # "أشار إليه", "أكد عليه": the verb's own preposition with the pronoun of ما
        end = i - 1 if i - 1 > a and toks[i - 1] in ("،", ",") else i
        if end <= a or s.words[end] - s.words[a] > 10:
            return None
        for y in range(a, end):
            t = toks[y]
            if not t[0].isalpha() and not (t == "." and y > a and toks[y - 1] in ("د", "م")):
                return None
            if t in _CUE_TOKENS or _is_particle(t) or t in _PHRASE_BREAKS:
                return None  # "… ما أشار إليه المدير في حديثه مع فلان": the name is not the subject
        last = self.ents.overlapping_orig(self.orig(s.st[end - 1]), self.orig(s.en[end - 1]))
        if last is None or last.type != "PERSON" or last.end != self.orig(s.en[end - 1]) or last.start < self.orig(s.st[a]):
            return None
        return last

    def _retro(self, si: int, s: _Sent, cue: _Cue, a: int, nxt: int, name: str) -> None:
        """"أوضح ذلك X": X said what the sentence before states (the attribution comes after it)."""
        a, b = _np_forward(s, a, nxt, max_words=14)
        if b == a or si == 0:
            return
        role = self.role_person(s, a, b, nxt)
        if role is not None:
            a, b = role
        sp = self.speaker_from(s, a, b)
        self.subject = sp
        self.remember(sp, si)
        pa, pb = self.bounds[si - 1]
        if "\n\n" in self.text[pb : self.orig(s.st[0])]:
            return  # the sentence before is in another paragraph (a headline, a caption)
        prev = _tokenize(self.nt, self.norm(pa), self.norm(pb))
        if prev.words[len(prev.toks)] >= 4 and not prev.pairs:
            self.emit(1, sp, name, prev, 0, len(prev.toks), False)

    def _as_says(self, s: _Sent, i: int, after: int, sp: _Speaker, name: str) -> None:
        """"…، كما يقول X." / "…، كما يقول X، …": the sentence around the attribution is what X says
        (only when no other cue comes before it in the sentence)."""
        toks = s.toks
        n = len(toks)
        kama = i - 1
        if any(t in _CUE_TOKENS for t in toks[:kama]):
            return
        lead = 0
        while lead < kama and (toks[lead] in _TRAIL_PUNCT or toks[lead] in ("و", "لكن", "ولكن")):
            lead += 1
        end = kama
        while end > lead and toks[end - 1] in _TRAIL_PUNCT:
            end -= 1
        if s.words[end] - s.words[lead] < 3:
            return
        rest = speaker_tail(s, after)  # "…، كما ذكرت صحافية من وكالة فرانس برس.": the speaker's own tail
        while rest < n and (toks[rest] in _TRAIL_PUNCT or toks[rest] in _WHEN_WORDS):
            rest += 1  # "…، كما أعلن الصندوق الاثنين.": a day after the speaker still closes the sentence
        if rest >= n:                                   # the attribution closes the sentence
            p = _pair_closing_at(s, end - 1)
            if p >= 0 and s.opens[p] == lead and s.words[end - 1] - s.words[lead] >= 2:
                self.emit(2, sp, name, s, lead + 1, end - 1, True)
            else:
                self.emit(1, sp, name, s, lead, end, False)
        elif after < n and toks[after] in ("،", ",") and s.words[n] - s.words[rest] >= 3:
            self.emit(1, sp, name, s, lead, n, False)   # a parenthetical "، كما يقول X، …"
