"""The entity engine's view of one article: its tokens, gazetteer and cue lookups, and the small
predicates every detector asks (is this word name-like, a common word, a plain unknown word…).

:class:`_Scan` is the base of the engine's class chain: :class:`~sahifa.nlp.entities_people._People` adds
the person detectors, :class:`~sahifa.nlp.entities_detect._Detectors` the organisation, place, title and
competition detectors, and :class:`~sahifa.nlp.entities_engine._Engine` the two passes. (One class split
over flat modules: mypyc compiles a chain of native classes in one group as well as a single class.)
"""

from __future__ import annotations

from typing import Any

from ..core.arabic import AR_DIACRITICS, TATWEEL, fold, strip_article
from .entities_words import (
    _ADVERB_HEADS,
    _AL,
    _CLOSE_Q,
    _FUNCTION_WORDS,
    _LAM_STOP,
    _OPEN_Q,
    _R_HEADS,
    _SPORT_WORDS,
    _STOP_AL,
    _T_SPORT,
    _accusative,
    _known_reading,
    _name_like_surface,
    _Raw,
    _subsequence,
    _tokenise,
)
from .gazetteer import Cue, Entry, Gazetteer, gazetteer
from .lexicon import entry, reading

# head-words of a club or a side (النادي الأهلي، الفريق الأهلي): the club word after them is the club (folded)
_CLUB_HEADWORDS = frozenset({"نادي", "فريق", "منتخب", "ناد"})


def _participle(word: str) -> bool:
    """The dictionary reads the folded word (no article) as an adjective or participle, never as a verbal noun or a
    proper noun (باحث، مخرج; not السياحة، مكافحة)."""
    rd = reading(word)
    return rd is not None and "a" in rd[0] and "m" not in rd[0] and "p" not in rd[0] and rd[1] <= 2


class _Scan:
    """One article as the detectors see it (tokens, lookups, predicates)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.g: Gazetteer = gazetteer()
        self.starts: list[tuple[int, int]] = []
        self.toks = _tokenise(text, self.starts)
        self.n = len(self.toks)
        self.raws: list[_Raw] = []
        self._gz: dict[int, tuple[int, int, Entry] | None] = {}
        self._sports: bool | None = None

    def club_named(self, entry: Entry) -> bool:
        """Does the article name this club with its head-word (نادي النصر)? Then its bare name is the club
        there too (والنصر يعود إلى أمجاده), sports words or not."""
        return ("نادي " + entry.canonical) in self.text

    def club_adjective(self, j: int) -> bool:
        """Token j (a club named by a common word: العربي، الشباب، التعاون) follows a definite common word with
        nothing between: it is that word's adjective or the second noun of its phrase (الخط العربي، الشعراء
        الشباب، الربيع العربي), not the club, sports news or not. Not after a sports word or a club's head
        (الفريق الأهلي، النادي الأهلي), an adjective (غريمه اللدود الأهلي) or a side's description (الفريق
        الضيف العروبة), nor with a preposition on it (للأهلي) or another club after it (العاصمة النصر والهلال)."""
        if j == 0 or self.toks[j].brk or not self.toks[j].info.key.startswith(_AL):
            return False  # (للأهلي، بالهلال: a preposition governs a club, never an adjective)
        prev = self.toks[j - 1]
        if prev.info.kind != "a":
            return False
        pk = next((fk for _o, fk, _s in prev.info.forms if fk.startswith(_AL)), "")  # والخط، للشعراء
        if len(pk) <= 3 or pk in _STOP_AL or self._club_word(pk):
            return False
        if j >= 2 and self._club_word(self.toks[j - 2].info.key):
            return False  # الفريق الضيف العروبة: the club after its side's description
        if self.contiguous(j + 1) and self.toks[j + 1].text.startswith("و"):
            for off, fk, _s in self.toks[j + 1].info.forms:
                club = self.g.lookup_as(fk, "ORG") if off else None
                if club is not None and club.kind == "club":
                    return False  # قطبي العاصمة النصر والهلال: a club in a list of clubs
        rd = reading(pk)  # a noun (الخط، الشعراء، الربيع), not an adjective: الفريق الضيف العروبة، غريمه اللدود الأهلي
        return rd is not None and rd[1] <= 2 and ("n" in rd[0] or "m" in rd[0]) and not self.toks[j - 1].brk

    @staticmethod
    def _club_word(key: str) -> bool:
        """A sports word or a club's head-word (الفريق، المباراة، النادي; folded)."""
        return key in _SPORT_WORDS or strip_article(key) in _CLUB_HEADWORDS

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
                    info = self.toks[i].info
                    word = next((fk for _o, fk, _s in info.forms if fk in _SPORT_WORDS), info.key)
                    seen.add(strip_article(word))  # الفريق = فريق، بأهداف = أهداف: one word
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
        if value.type == "PERSON" and end == j + 1 and tok.text.rstrip(AR_DIACRITICS).endswith("\u0649") \
                and value.canonical.endswith("\u064a"):
            return None  # مرسى دبي (Dubai Marina) folds like مرسي (Morsi), whose name is written with ي
        return off, end, value

    def _phrase(self, index: dict[str, list[tuple[tuple[str, ...], Any]]], j: int, roles: frozenset[str] | None,
                clitics: bool = True) -> tuple[int, int, Any] | None:
        if j >= self.n:
            return None  # (a head-word ending the text: "… عن طريق")
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
                if getattr(value, "kind", None) == "club" and (
                        (not self.sports and not self.club_named(value)) or self.club_adjective(j)):
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

    def work_title(self, j: int, paren: bool = False) -> tuple[int, int, int] | None:
        """The title of a work or event right after its head-word at token j: a quotation of up to 12
        tokens (commas allowed) or a run of Latin words; with ``paren`` (after the name of a kind of work:
        مسرحية ((السنافر))، بعنوان (متحدي)) also in brackets, single or doubled. (first token, end token,
        end of the match)."""
        if j >= self.n or self.toks[j].brk:
            return None
        t = self.toks[j]
        if paren and t.text == "(":
            k = j + 1 if j + 1 < self.n and self.toks[j + 1].text == "(" else j
            b = k + 1
            while b < self.n and b - k <= 8 and not self.toks[b].brk and self.toks[b].text not in ("(", ")"):
                b += 1
            if b >= self.n or self.toks[b].text != ")" or b == k + 1 or self.toks[k + 1].info.kind not in "al":
                return None
            end = b + 1 + (1 if k > j and b + 1 < self.n and self.toks[b + 1].text == ")" else 0)
            return k + 1, b, end
        if t.info.kind == "l":
            b = j
            while b < self.n and b - j < 8 and not self.toks[b].brk and (
                    self.toks[b].info.kind in "ld" or (self.toks[b].text in (":", "-") and b > j)):
                b += 1
            return j, b, b
        if t.text not in _OPEN_Q and not (paren and t.text == "”"):  # (بعنوان” …”: a closing mark opening)
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

    def family_name(self, j: int) -> bool:
        """A word shaped like a family name: a nisba (الدوسري، العلمي) or Maghrebi بن…/بو… (بنعلي)."""
        if not self.contiguous(j):
            return False
        k = self.toks[j].info.key
        if k in self.g.nationalities or k in self.g.given_names:
            return False
        if k.startswith(_AL):
            # written with ي (المرضى، المستشفى end in ى, fold to ي) and no head-word (النادي، الوادي)
            return len(k) >= 6 and k.endswith("ي") and not k.endswith("يي") \
                and self.toks[j].text.rstrip(AR_DIACRITICS + TATWEEL)[-1:] == "ي" \
                and strip_article(k) not in self.g.cues and k not in self.g.cues and not self.is_lex(k)
        return k.startswith(("بن", "بو")) and len(k) >= 5 and not k.endswith("ه")

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
        if self.person_after_lam(k):
            return 0  # مركز كارنيجي للباحث جورج فهمي: the person the sentence speaks of, no field
        if tok.text.startswith("لل"):
            for _off, fk, stripped in info.forms:
                if stripped and fk.startswith(_AL) and len(fk) > 4:  # للانتخابات → الانتخابات
                    if fk in _LAM_STOP or fk in self.g.nationalities or self.agent_noun(fk[2:]):
                        return 0
                    gz = self.gaz_at(k)
                    if gz is not None and gz[2].type in ("ORG", "PERSON"):
                        return 0
                    return 1
            return 0
        fk = fold(tok.text[1:])
        nk = self.toks[k + 1].info.key if self.contiguous(k + 1) else ""
        if len(fk) >= 4 and fk not in self.g.lexicon and not self.agent_noun(fk) and nk.startswith(_AL) and len(nk) > 3 \
                and nk not in _STOP_AL and nk not in _LAM_STOP and nk not in self.g.nationalities \
                and self.gaz_at(k + 1) is None:
            return 2  # لحماية المستهلك → ل + noun + its definite complement
        return 0

    def head_word(self, word: str) -> bool:
        """The folded word is the head-word of a body's or a place's name (نادي، مركز)."""
        return any(getattr(c, "role", "") in _R_HEADS for _t, c in self.g.cues.get(word, ()))

    def agent_noun(self, word: str) -> bool:
        """A singular agent noun of the فاعل pattern (باحث، خادم، شاعر; folded, no article): after ل it names whom
        the sentence's verb reaches (للباحث جورج فهمي، لخادم الحرمين), never a body's field, which is a plural of
        people (للباحثين، لعمال فلسطين) or a thing (للدراسات، للتنمية). The dictionary must read it as a participle
        and never as a proper noun; a body's head-word of that shape (نادي) is a place, not an agent."""
        if len(word) != 4 or word[1] != "ا" or self.head_word(word):
            return False
        e = entry(word)
        return e is not None and "a" in e[0] and "p" not in e[0]

    def person_after_lam(self, k: int) -> bool:
        """A personal name follows the ل-word at token k and that word is a participle (للباحث جورج فهمي، للمخرج …):
        a title in apposition, not a body's field. (After a field a name is often the body's head: رئيس الهيئة
        العامة للرياضة الأمير …; the field is then a verbal noun or a thing: للرياضة، للنفط.)"""
        if not self.contiguous(k + 1):
            return False
        tok = self.toks[k]
        rest = next((fk for off, fk, st in tok.info.forms if st and off == 1), "")
        if tok.text[:1] != "ل" or not _participle(strip_article(rest)) \
                or self.head_word(strip_article(rest)):
            return False
        if self.toks[k + 1].text.rstrip(AR_DIACRITICS).endswith("\u0649"):
            return False  # على، إلى: a preposition, not the given name علي
        gz = self.gaz_at(k + 1, clitics=False)
        if gz is not None:
            return gz[2].type == "PERSON" and gz[0] == 0
        return self.given(self.toks[k + 1].info.key)

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

    def and_word(self, k: int) -> bool:
        """Token k is و and a known word (كأقوى دوري وأفضل: "and the best"), not a name starting with و (ويمبلدون)."""
        tok = self.toks[k]
        if tok.text[:1] != "و" or len(tok.info.forms) < 2:
            return False
        rest = tok.info.forms[1][1]
        return rest in self.g.common or self.is_lex(rest) or reading(rest) is not None

    def place_after(self, j: int) -> int:
        """When token j is an indefinite noun (no article) and a known place follows it on the line (ليالي أبها): the
        end token of the place; else 0."""
        tok = self.toks[j]
        key = tok.info.key
        if key.startswith(_AL) or key in self.g.nationalities or len(key) < 3 or key in _FUNCTION_WORDS \
                or not self.contiguous(j + 1):
            return 0  # (مؤتمر في المكسيك: a preposition)
        gz = self.gaz_at(j + 1, clitics=False)
        return gz[1] if gz is not None and gz[0] == 0 and gz[2].type == "LOC" else 0
