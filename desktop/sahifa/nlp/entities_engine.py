"""The entity engine's two passes over an article (:class:`_Engine`), and the stacking with the CRF tagger
(:func:`crf_pass`, :func:`apply_choice`, :func:`_arbitrated`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from ..core.arabic import AR_DIACRITICS, fold, loose_name, loose_word, strip_article
from .entities_detect import _COMPANY_HEADS, _Detectors
from .entities_firstnames import common_family_word, compound_name_copies, first_name_copies
from .entities_index import form_index
from .entities_pedigree import crf_edges
from .entities_words import (
    _AL,
    _FUNCTION_WORDS,
    _KUNYA,
    _PARTICLES,
    _T_CUE,
    _T_GAZ,
    _T_LOC,
    _T_MISC,
    _T_NAME,
    _T_NL,
    _T_ORG,
    _T_PREP,
    _accusative,
    _common_reading,
    _covered,
    _kept,
    _known_reading,
    _Raw,
    _verb_shaped,
)


class _Engine(_Detectors):
    """The rule engine: pass 1 runs the detectors left to right, pass 2 propagates names."""

    _form_index: tuple[dict[str, list[int]], frozenset[str]] | None = None

    def form_positions(self, keys: frozenset[str]) -> list[int]:
        """Sorted positions of the tokens one of whose readings (``info.forms``) has a folded key in ``keys``:
        the late passes that need a head-word (entities_misc._scan) visit only these. The index (folded key ->
        positions, :func:`entities_index.form_index`) is built once per article, on first use."""
        got = self._form_index
        if got is None or not keys <= got[1]:
            got = self._form_index = form_index(self.toks, keys)
        index = got[0]
        if len(keys) == 1:
            for key in keys:
                return index.get(key, [])
        out: list[int] = []
        for key in keys:
            out.extend(index.get(key, ()))
        return sorted(set(out))

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
                acro = self.acronym_after(last) or self.quoted_alias_after(last)
                if acro is not None:
                    acro.alias_of = len(self.raws) - 1
                    self.raws.append(acro)
                    end = acro.t1 + (1 if acro.t1 < n and toks[acro.t1].text in (")", "]", "»", "\"", "”") else 0)
            done = max(end, i + 1)

    def quoted_alias_after(self, r: _Raw) -> _Raw | None:
        """``مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع «موهبة»``: a one-word name in quotation marks right
        after an organisation's full name is its short name (an alias, like an acronym in brackets)."""
        j = r.t1
        if j + 2 >= self.n or self.toks[j].brk or self.toks[j].text not in ("«", '"', "“"):
            return None
        close = self.toks[j + 2].text
        if close not in ("»", '"', "”"):
            return None
        t = self.toks[j + 1]
        if t.info.kind == "l" or (t.info.kind == "a" and len(t.info.key) >= 3 and t.info.key not in self.g.nationalities
                                  and not self.cue_at(j + 1) and not _verb_shaped(t.info.key)):
            return _Raw(t.start, t.end, j + 1, j + 2, r.type, None, "acro")
        return None

    def _given_after_given(self, i: int, k: int) -> bool:
        """A reporter's second name that is also a dictionary word (خالد علي – سبق – جدة، محمد صالح – الرياض):
        a given name after a given name at the start of the dateline."""
        return self.given(self.toks[i].info.key) and self.given(self.toks[k].info.key)

    def pass_dateline(self) -> None:
        """Outlets in datelines: a line that opens with one to three words, a dash, then a known place or a
        wire word (``عين اليوم – واس``، ``الرياضي ـ جدة``، ``سبق- وكالات:``), or a reporter's name, a dash,
        the outlet, a dash and the place (``مروان المريسي- سبق- الرياض:``): those words name the outlet (ORG).
        Not when they are themselves a known place (``الرياض – واس``) or start with a given name: then they
        are the reporter's name (PERSON, two or three words)."""
        toks = self.toks
        n = self.n
        covered = bytearray(n)
        for r in self.raws:
            for k in range(r.t0, r.t1):
                covered[k] = 1
        for i in range(n):
            if not toks[i].brk:
                continue
            seg = self._dateline_segment(i)
            if seg is None:
                continue
            d = seg
            nxt = self._dateline_segment(d + 1, inner=True)
            strong = True
            double = nxt is not None and self._dateline_tail(nxt + 1)  # reporter - outlet - place
            tail = self.gaz_at(d + 1, clitics=False) if d + 1 < n and not toks[d + 1].brk else None
            # an outlet (not a wire agency) after the dash: the words before it are its reporter (أميرة المولد –
            # عين اليوم), as a place after them would be the dateline's
            outlet = tail is not None and tail[2].type == "ORG" and tail[2].kind == "media" \
                and toks[d + 1].info.key not in _WIRE_WORDS
            reporter = d - i >= 2 and (self.given(toks[i].info.key) or ((double or outlet) and toks[i].info.kind == "a"
                                                                      and not self.tok_lex(i)))
            if reporter and (self._dateline_tail(d + 1) or double) and not any(covered[k] for k in range(i, d)) \
                    and all(self.toks[k].info.kind == "a" and (not self.tok_lex(k) or self._given_after_given(i, k))
                            for k in range(i + 1, d)):
                self.raws.append(self.raw(i, 0, d, "PERSON", None, "title"))  # the reporter: سلوى سعد – متابعات
                # ("title": placed like a name after a title, by the layout; the CRF does not cut it)
                for k in range(i, d):
                    covered[k] = 1
            if reporter and double:
                assert nxt is not None
                a, b = d + 1, nxt  # reporter - outlet - place
            elif self._dateline_tail(d + 1) and not self.given(toks[i].info.key) and not outlet:
                a, b = i, d
                strong = toks[d + 1].info.key in _WIRE_WORDS
            else:
                continue
            if any(covered[k] for k in range(a, b)) or self.gaz_at(a) is not None:
                continue
            if not strong and not any(self.toks[k].info.kind == "l" or self.plain_name(k)
                                      or self.toks[k].info.key.startswith(_AL) for k in range(a, b)):
                continue  # before a place only: a name-like word (not "وصل - جدة")
            self.raws.append(self.raw(a, 0, b, "ORG", None, "media"))
            for k in range(a, b):
                covered[k] = 1

    def _dateline_segment(self, i: int, inner: bool = False) -> int | None:
        """Index of the dash after one to three words starting at token i (None: no such segment)."""
        toks = self.toks
        k = i
        while k < self.n and k - i < 3 and toks[k].info.kind in "al" and toks[k].info.key \
                and (k == i and (inner or toks[k].brk) or not toks[k].brk):
            k += 1
        if k == i or k >= self.n or toks[k].brk or toks[k].text not in _DASHES:
            return None
        return k

    def _dateline_tail(self, k: int) -> bool:
        """Is token k the place or wire word of a dateline (جدة، الرياض، وكالات، واس)?"""
        if k >= self.n or self.toks[k].brk:
            return False
        if self.toks[k].info.key in _WIRE_WORDS:
            return True
        gz = self.gaz_at(k, clitics=False)
        return gz is not None and gz[2].type in ("LOC", "ORG")

    def pass2(self) -> None:
        """Propagate names found through context to their other occurrences in the article."""
        dyn: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        for idx, r in enumerate(self.raws):
            if r.how == "gaz":
                if r.type == "PERSON" and r.t1 - r.t0 >= 2:  # ميشال عون … عون
                    sur = self.toks[r.t1 - 1].info.key
                    if len(sur) >= 3 and sur not in self.g.given_names and not self.is_lex(sur) \
                            and sur not in _PARTICLES:
                        dyn[loose_word(sur)].append(((loose_word(sur),), idx))
                continue
            keys = tuple(self.toks[k].info.key for k in range(r.t0, r.t1))
            if r.start != self.toks[r.t0].start:  # clitic stripped from the first token
                keys = (fold(self.text[r.start: self.toks[r.t0].end]),) + keys[1:]
            loose = tuple(loose_word(k) for k in keys)
            if r.type in ("LOC", "ORG"):
                dyn[loose[0]].append((loose, idx))
                if r.how == "org" and len(keys) >= 2 and keys[0] in _COMPANY_HEADS and len("".join(keys[1:])) >= 4 \
                        and all(self.toks[q].info.kind in "al" for q in range(r.t0 + 1, r.t1)) \
                        and not (r.t1 < self.n and self.toks[r.t1].text == "." and not self.toks[r.t1].brk):
                    dyn[loose[1]].append((loose[1:], idx))  # شركة نتفليكس … نتفليكس
            elif r.type == "PERSON":
                dyn[loose[0]].append((loose, idx))
                if len(keys) >= 2:
                    sur = keys[-1]  # (not a nationality alone: حسين البلوشي … but not "الرئيس البلوشي")
                    if len(sur) >= 3 and sur not in self.g.given_names and not self.is_lex(sur) \
                            and sur not in _PARTICLES and sur not in self.g.nationalities \
                            and not (r.how == "name" and common_family_word(self, r.t0, r.t1)):  # (تقي) الجسم: the word
                        if len(keys) >= 3 and keys[-2] in _SURNAME_PARTICLES:  # ستيفان دي ميستورا … دي ميستورا
                            dyn[loose_word(keys[-2])].append(((loose_word(keys[-2]), loose_word(sur)), idx))
                        else:
                            dyn[loose_word(sur)].append(((loose_word(sur),), idx))
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
            if info.key == "علي" and toks[i].text.rstrip(_MARKS).endswith("ى"):
                continue  # على (on) is not علي (Ali): في رده على السيستاني
            for f_idx, lk in enumerate(info.loose):
                cands = dyn.get(lk)
                if not cands:
                    continue
                off = info.forms[f_idx][0]
                definite = info.forms[f_idx][1].startswith(_AL)
                for loose, idx in cands:
                    m = len(loose)
                    if i + m > self.n:
                        continue
                    if definite and m == 1 and self.raws[idx].type == "PERSON" and not any(
                            self.toks[q].info.key.startswith(_AL) for q in range(self.raws[idx].t0, self.raws[idx].t1)):
                        continue  # تهاني → التهاني: a name written without the article is not the noun with it
                    if not definite and m == 1 and self.raws[idx].type == "PERSON" \
                            and self.toks[self.raws[idx].t1 - 1].info.key.startswith(_AL):
                        continue  # (دلال) القهوة → قهوة: a family name written with the article keeps it
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


    def pass_one_sense(self) -> None:
        """One sense per article: a person read from name-like words alone (no title: أهالي أبو سمراء) whose
        words the article also names as a place or organisation by a head-word or the gazetteer (محافظة أبو
        سمراء) takes that type. (Not a person starting with a given name: مدينة فيصل does not make فيصل a place.)"""
        typed: dict[str, str] = {}
        clubs: set[str] = set()
        for r in self.raws:
            if r.type in ("LOC", "ORG") and r.how in ("loc", "org", "gaz"):
                typed.setdefault(loose_name(self.text[r.start:r.end]), r.type)
            if r.type == "ORG" and r.how == "org" and r.t1 - r.t0 >= 2 \
                    and strip_article(self.toks[r.t0].info.key) in _CLUB_WORDS and self.sports:
                clubs.add(loose_name(" ".join(self.toks[k].text for k in range(r.t0 + 1, r.t1))))
        if self.sports and self.g.city_clubs:
            clubs.update(loose_name(k) for k in self.g.city_clubs)
        if clubs:
            self.clubs_by_place(clubs)
        if not typed:
            return
        for r in self.raws:
            if r.type == "PERSON" and r.how in ("name", "appos") and r.entry is None \
                    and self.toks[r.t0].info.key not in self.g.given_names:
                other = typed.get(loose_name(self.text[r.start:r.end]))
                if other is not None:
                    r.type = other
                    r.how = "loc" if other == "LOC" else "org"


    def clubs_by_place(self, clubs: set[str]) -> None:
        """In sports news a club the article names with its head-word (نادي روما، نادي نجران) or a club the
        gazetteer knows by its city's name (برشلونة، ليفربول: ``city_clubs``) is the club where the same words
        stand alone as a place (روما يعرقل، إلزام نجران), except after في/ب (in the city) and in a dateline
        (نجران:)."""
        for r in self.raws:
            if r.type != "LOC" or loose_name(self.text[r.start:r.end]) not in clubs:
                continue
            if r.start != self.toks[r.t0].start and self.text[self.toks[r.t0].start] in "بف":
                continue  # بروما، فروما
            if r.t0 > 0 and not self.toks[r.t0].brk and self.toks[r.t0 - 1].info.key in ("في", "داخل", "مدينه"):
                continue
            if r.t1 < self.n and self.toks[r.t1].text in (":", "-", "–", "ـ") and not self.toks[r.t1].brk:
                continue
            r.type = "ORG"
            r.entry = self.g.city_clubs.get(" ".join(fold(self.text[r.start:r.end]).split()))
            r.how = "org"


_CLUB_WORDS = frozenset({"نادي", "ناديي"})
_MARKS = AR_DIACRITICS + "\u0640"
_CASE_ENDINGS = frozenset("\u064c\u064d\u064f\u0650")  # tanween of the nominative/genitive, damma, kasra
_DASHES = frozenset({"-", "–", "—", "ـ"})
_WIRE_WORDS = frozenset(fold(w) for w in "وكالات متابعات خاص واس الأناضول رويترز".split())


# detectors in the order pass 1 tries them (on equal reach and priority the first one wins)
_BY_BIT: tuple[tuple[int, Callable[[_Engine, int], tuple[int, int, list[_Raw]] | None]], ...] = (
    (_T_GAZ, _Engine.det_gaz), (_T_CUE, _Engine.det_title), (_T_NAME, _Engine.det_name),
    (_T_NL, _Engine.det_appos), (_T_ORG, _Engine.det_org), (_T_LOC, _Engine.det_loc),
    (_T_PREP, _Engine.det_ctx_loc), (_T_MISC, _Engine.det_misc),
)
_DETECTORS: dict[int, tuple[Callable[[_Engine, int], tuple[int, int, list[_Raw]] | None], ...]] = {}
def _rule_raws(text: str) -> tuple[_Engine, list[_Raw]]:
    """The rule engine's mentions of one article: sorted by offset, non-overlapping; ``alias_of`` indexes
    this list."""
    eng = _Engine(text)
    eng.pass1()
    eng.pass_dateline()
    eng.pass2()
    eng.pass_one_sense()
    eng.raws.extend(first_name_copies(eng))  # فجر إبراهيم … وأوضح فجر
    eng.raws.extend(compound_name_copies(eng))  # عز الدين ذو الفقار … وكان عز الدين
    raws = [r for r in eng.raws if r.end > r.start]
    # resolve any overlap (propagated mentions never overlap; detectors emit left to right)
    order = sorted(range(len(raws)), key=lambda i: (raws[i].start, -(raws[i].end - raws[i].start)))
    keep: list[int] = []
    last_end = -1
    for i in order:
        if raws[i].start >= last_end:
            keep.append(i)
            last_end = raws[i].end
    return eng, _kept(raws, keep)


def tagger_tags(eng: _Engine, raws: Sequence[_Raw]) -> tuple[list[str], list[str]]:
    """The rule engine's BIO tags (``B-ORG/how``) and the gazetteer's BIO tags of an engine run's tokens: the
    stacking features (:mod:`sahifa.nlp.tagger`, which reads the tokens themselves, ``eng.toks``)."""
    toks = eng.toks
    rule_tags = ["O"] * len(toks)
    for r in raws:
        b = f"B-{r.type}/{r.how}"
        rule_tags[r.t0] = b
        if r.t1 - r.t0 > 1:
            i_tag = "I" + b[1:]
            for k in range(r.t0 + 1, r.t1):
                rule_tags[k] = i_tag
    gaz_tags = ["O"] * len(toks)
    # a gazetteer phrase starts only at a token whose detector mask has _T_GAZ (the mask is set from the same
    # readings gaz_at looks up): the other tokens are not looked up
    j = 0
    for i, mask in eng.starts:
        if i < j or not mask & _T_GAZ or toks[i].info.kind not in "al":
            continue
        hit = eng.gaz_at(i)
        if hit is None:
            continue
        _off, end, entry = hit
        gaz_tags[i] = "B-" + entry.type
        for k in range(i + 1, end):
            gaz_tags[k] = "I-" + entry.type
        j = max(end, i + 1)
    return rule_tags, gaz_tags


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
        if not known_full and off == 1 and tok.text[0] == "و" and len(k) >= 3:
            return tok.start + off  # وقاصدي الحرمين: و is a conjunction (a name with و is a given name)
            # (not ف: names start with it far more often than ف joins one: فيدال، فرانس، فيروس)
    return tok.start


#: the function words (``_FUNCTION_WORDS``) that start with a hamza on the alef, as they are spelt: a word written
#: with the other hamza is another word (إمام "imam" and a family name, not أمام "before")
_HAMZA_FUNCTION = frozenset("أمام إلى إلا إن أن إني إنني أنني إننا أننا إنك أنك إنه أنه إنها أنها أنا أنت أنتم أو أي "
                            "أيها أيتها إليك إليكم إلينا إليه إليها".split())


def _function_word(tok: Any) -> bool:
    """Is the token a function word (في، أمام)? Not when written with a hamza the function word does not have."""
    if tok.info.key not in _FUNCTION_WORDS:
        return False
    text = "".join(ch for ch in tok.text if ch not in AR_DIACRITICS)
    return text[:1] not in "أإ" or text in _HAMZA_FUNCTION


def _crf_person_ok(eng: _Engine, t0: int, t1: int, names: frozenset[str] = frozenset()) -> bool:
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
        if tok.text[-1] in _CASE_ENDINGS:
            return False  # فارسُ العيد: a word with its case ending is poetry or prose, not a name in the news
        if key in g.given_names or strip_article(key) in g.by_key:
            continue
        if _common_reading(tok.text) or _verb_shaped(key) or _accusative(tok.text) or (
                len(key) >= 5 and key.endswith("ات")):
            return False
        if tok.text[0] in "وف" and len(tok.info.forms) > 1 and _verb_shaped(tok.info.forms[1][1]) \
                and tok.info.forms[1][1] not in g.given_names:
            return False  # وستقوم جولي: a conjunction + a verb
        if k > t0 and _function_word(tok):
            return False  # نيمار من سانتوس، العازمي إني: a function word inside is no part of a name
        if k > t0 and key.startswith(_AL) and key.endswith("يه") and len(key) >= 6:
            return False  # (مدينة الأمير) سلطان الطبية: a feminine adjective is no family name
    if t1 - t0 == 1:
        gn = g.given_names.get(eng.toks[t0].info.key)
        if gn is not None and gn.ambiguous and eng.toks[t0].info.key not in names \
                and not (t0 > 0 and eng.cue_at(t0 - 1) is not None):
            return False  # و أبان أن …: a lone given name that is also a word (explained), with no title before
            # it and no longer name of the article starting with it (نصر الدين … نصر)
    return True


def _generic_word(eng: _Engine, k: int) -> bool:
    """Is token k a head-word (جمهورية، منطقة) and no gazetteer name, in any of its clitic readings? (Common
    words alone do name outlets and places: الرياضي، الشرقية.)"""
    g = eng.g
    tok = eng.toks[k]
    if tok.info.kind != "a" or eng.gaz_at(k) is not None:
        return False
    return any(key in g.cues and not key.startswith(_AL) for _o, key, _st in tok.info.forms)  # (المدينة: Medina)


def _preposition_word(eng: _Engine, k: int) -> bool:
    """Token k is ب/ل/ك + a given name or a common word, and not itself a given name (بعودة، لأحمد; not كمال)."""
    tok = eng.toks[k]
    g = eng.g
    if tok.info.kind != "a" or tok.text[0] not in "بلك" or tok.info.key in g.given_names or len(tok.info.forms) < 2:
        return False
    rest = tok.info.forms[1][1]
    if rest in g.given_names or rest in g.common or rest in g.lexicon:
        return True
    hit = eng.gaz_at(k)  # فيدال ببايرن: ب + a known club or place
    return hit is not None and hit[0] > 0 and hit[2].type in ("ORG", "LOC")


def _person_lead(eng: _Engine, k: int) -> bool:
    """Is token k a title, a nationality or another definite common word that may precede a name?"""
    key = eng.toks[k].info.key
    g = eng.g
    if key in g.given_names or key in g.by_key or key in _PARTICLES or key in _KUNYA:
        return False
    return key in g.nationalities or key in g.cues or (key.startswith(_AL) and (
        key in g.lexicon or key in g.common or strip_article(key) in g.cues or key.endswith(("ان", "ون"))))


def _crf_person_parts(eng: _Engine, t0: int, t1: int) -> list[tuple[int, int]]:
    """A CRF PERSON span cut where a word starts with the conjunction و (عبد الغني وهزازي، السهلاوي
    وفتيني: two people); a word that is itself a given name or a known name (وليد، وائل) does not cut, nor
    an unknown word right after a lone given name (a given name and a family name that starts with و: يوسف
    وهبي، سام ورثينغتون), unless what follows و is a given name (محمد وعبدالمحسن: two people)."""
    g = eng.g
    parts = []
    a = t0
    while a < t1 - 1 and _person_lead(eng, a):
        a += 1  # السيناتوران الجمهوري بوب كروكر: titles and adjectives before the name are not part of it
    for k in range(a + 1, t1):
        tok = eng.toks[k]
        key = tok.info.key
        if tok.info.kind == "a" and key[:1] == "و" and key not in g.given_names and key not in g.by_key \
                and len(tok.info.forms) > 1 and (tok.info.forms[1][1] in g.given_names
                                                 or tok.info.forms[1][1].startswith("عبد")
                                                 or (len(key) >= 4 and key[1] not in "اوي"
                                                     and not (k - a == 1 and eng.toks[a].info.key in g.given_names))):
            parts.append((a, k))
            a = k
    parts.append((a, t1))
    out = []
    for p0, p1 in parts:
        while p1 - p0 > 1 and (eng.toks[p1 - 1].info.key in _PARTICLES or eng.toks[p1 - 1].info.key in _KUNYA
                               or _function_word(eng.toks[p1 - 1]) or _preposition_word(eng, p1 - 1)):
            p1 -= 1  # الحسن بن، فضل ابو: a name does not end with بن or أبو (the rest is outside the span);
            # ناصر بعودة: nor with a preposition + a word
        out.append((p0, p1))
    return out


class _TaggerFailed:
    """Remembers that the tagger failed on some article (logged once per process)."""

    logged: ClassVar[bool] = False


def crf_pass(eng: _Engine, raws: list[_Raw], crf: Any, every: bool = False) -> tuple[list[Any], Any]:
    """Tag the engine's tokens with the CRF: (rule spans as the arbiter sees them, tagger.Tagged).
    ``every``: also the sentences with no candidate (see :func:`sahifa.nlp.tagger.tag`)."""
    from . import tagger

    rule_tags, gaz_tags = tagger_tags(eng, raws)
    tagged = tagger.tag(crf, eng.toks, rule_tags, gaz_tags, every)
    return _rule_spans(raws, eng), tagged


def _vetted(eng: _Engine, raws: Sequence[_Raw], spans: Sequence[Any]) -> list[Any]:
    """CAMeL's spans as the arbiter may use them: a PERSON span cut at a coordinating و and its parts
    dropped unless they could be a name (:func:`_crf_person_ok`), before arbitration, so that a span that
    cannot be kept never overrides the rule span it disagrees with. (The CRF's spans are checked after
    arbitration, in :func:`apply_choice`: on cross-validation, a CRF span that disagrees with a rule span
    is evidence against the rule span even when it is no name itself.)"""
    from .tagger import CrfSpan

    names = frozenset([eng.toks[r.t0].info.key for r in raws if r.type == "PERSON" and r.t1 - r.t0 >= 2]
                      + [eng.toks[c.t0].info.key for c in spans if c.type == "PERSON" and c.t1 - c.t0 >= 2])
    out: list[Any] = []
    for c in spans:
        if c.type != "PERSON":
            out.append(c)
            continue
        for t0, t1 in _crf_person_parts(eng, c.t0, c.t1):
            if _crf_person_ok(eng, t0, t1, names):
                out.append(c if (t0, t1) == (c.t0, c.t1) else CrfSpan(t0, t1, c.type, c.conf))
    return out


def _rule_spans(raws: list[_Raw], eng: _Engine | None = None) -> list[Any]:
    """The rule mentions as the arbiter sees them."""
    from . import arbiter

    # a propagated mention (how "prop") is a copy of raws[alias_of], not an introduced alias: the arbiter
    # may veto it, and drops it with the mention it copies
    return [arbiter.RuleSpan(r.t0, r.t1, r.type, r.entry is not None or r.how == "gaz", i,
                             r.how == "acro" or (r.alias_of >= 0 and r.how != "prop"), r.how,
                             r.alias_of if r.how == "prop" else -1,
                             eng is not None and _named_person(eng, r)) for i, r in enumerate(raws)]


def _named_person(eng: _Engine, r: _Raw) -> bool:
    """A rule person made of a given name and a family name (كريم النصيري، منور الرويلي): the words say it is a
    person, whatever their context; a model may change where it ends, not its type."""
    if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.start != eng.toks[r.t0].start:
        return False
    return eng.toks[r.t0].info.key in eng.g.given_names and eng.family_name(r.t1 - 1)


def model_token_spans(eng: _Engine, spans: Sequence[tuple[int, int, str]], conf: float) -> list[Any]:
    """Character spans of another NER model (CAMeL: ``(start, end, type)``) as token spans of the engine's
    tokens (every token the span touches), sorted and non-overlapping, each with confidence ``conf``."""
    from bisect import bisect_right

    from .tagger import CrfSpan

    toks = eng.toks
    ends = [t.end for t in toks]
    out: list[Any] = []
    last = 0
    for start, end, typ in sorted(spans):
        if typ not in ("PERSON", "ORG", "LOC", "MISC") or end <= start:
            continue
        t0 = bisect_right(ends, start)  # first token ending after start
        t1 = t0
        while t1 < len(toks) and toks[t1].start < end:
            t1 += 1
        while t0 < t1 and toks[t0].info.kind == "p":
            t0 += 1  # punctuation the model kept at the edges
        while t1 > t0 and toks[t1 - 1].info.kind == "p":
            t1 -= 1
        if t1 > t0 and t0 >= last:
            out.append(CrfSpan(t0, t1, typ, conf))
            last = t1
    return out


def apply_choice(text: str, eng: _Engine, raws: list[_Raw], chosen: Sequence[Any],
                 camel: frozenset[tuple[int, int, str]] = frozenset()) -> list[_Raw]:
    """The mentions the arbiter kept: rule mentions as they were, CRF spans as new mentions (``how`` "crf",
    or "camel" for the token spans in ``camel``: those only CAMeL's model proposed)."""
    from .arbiter import RuleSpan

    out: list[_Raw] = []
    remap: dict[int, int] = {}
    names = frozenset(eng.toks[s.t0].info.key for s in chosen if s.type == "PERSON" and s.t1 - s.t0 >= 2)
    for s in chosen:
        if isinstance(s, RuleSpan):
            remap[s.idx] = len(out)
            r = raws[s.idx]
            out.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, r.alias_of))
        else:
            for t0, t1 in _crf_person_parts(eng, s.t0, s.t1) if s.type == "PERSON" else [(s.t0, s.t1)]:
                t0, t1 = crf_edges(eng, s.type, t0, t1)
                if s.type == "PERSON" and not _crf_person_ok(eng, t0, t1, names):
                    continue
                if s.type == "PERSON" and t1 - t0 >= 3 and t1 == s.t1 and eng.toks[t1 - 2].info.key in _PARTICLES \
                        and eng.family_name(t1) and not any(o.t0 <= t1 < o.t1 for o in chosen):
                    t1 += 1  # جمعان بن دايس (الغامدي): after "بن + the father's name" the family nisba goes on
                while t1 - t0 > 1 and eng.toks[t1 - 1].info.kind == "a" and len(eng.toks[t1 - 1].info.key) == 1:
                    t1 -= 1  # مستشفى … بـ"…": a clitic written apart (بـ، لـ) ends no name
                if s.type != "PERSON" and t1 - t0 == 1 and _generic_word(eng, t0):
                    continue  # بجمهورية (تركيا): a head-word alone names nothing
                start = _crf_start(eng, t0)
                end = eng.toks[t1 - 1].end
                entry = eng.g.lookup_as(text[start:end], s.type)
                out.append(_Raw(start, end, t0, t1, s.type, entry,
                                "camel" if (s.t0, s.t1, s.type) in camel else "crf"))
    for r in out:
        if r.alias_of >= 0:
            r.alias_of = remap.get(r.alias_of, -1)
    sure = frozenset(k for s in chosen if not isinstance(s, RuleSpan) and s.conf >= _PROPAGATE_CONF
                     for k in range(s.t0, s.t1))
    return _propagate_model_names(eng, out, sure)


#: particles of European family names (ديل نيرو، دا سيلفا، فان دايك، دي ماريا), folded
_SURNAME_PARTICLES = frozenset({"ديل", "دي", "دا", "دو", "فان", "فون", "دوس", "لا", "لو"})
#: the confidence a model's person name needs for its other occurrences to be taken too (on cross-validated
#: predictions of the real train+tune articles the model's wrong names, "حسن الجوار"، "مقابلة الطبيب", were
#: below it and most right ones above)
_PROPAGATE_CONF = 0.8


def _surname_key(eng: _Engine, k: int) -> str | None:
    """The loose key under which token k, the last word of a full name, is looked for alone elsewhere in
    the article (جولي after أنجلينا جولي), or None when that word alone would not name the person: a
    given name, a particle, a known word or name of something else, a nationality."""
    g = eng.g
    key = eng.toks[k].info.key
    if eng.toks[k].info.kind != "a" or len(key) < 3 or key in g.given_names or key in _PARTICLES \
            or key in _KUNYA or key in g.nationalities or key in g.common or eng.is_lex(key) \
            or key in g.cues or _verb_shaped(key) or _preposition_word(eng, k):
        return None
    text = eng.toks[k].text
    if _common_reading(text) or _known_reading(text, "lex") or _accusative(text):
        return None  # (the model read it as a name: a final ه is the name's, رومينيغه, not a pronoun)
    bare = strip_article(key)
    gn = g.given_names.get(bare)
    if bare != key and (bare in g.common or (gn is not None and gn.ambiguous)):
        return None  # الأمل، العمل: a noun with the article, even when the bare word names people (أمل)
    entry = g.lookup(key)
    if entry is not None and entry.type != "PERSON":
        return None
    return loose_word(key)


def _given_before(eng: _Engine, k: int) -> bool:
    """Is token k an unambiguous given name as written (no clitic)?"""
    gn = eng.g.given_names.get(eng.toks[k].info.key)
    return gn is not None and not gn.ambiguous


def _propagate_model_names(eng: _Engine, out: list[_Raw], sure: frozenset[int]) -> list[_Raw]:
    """Names only a model found (the CRF's or CAMeL's full person names: أنجلينا جولي، مبارك بن بنيه
    الخرينج) looked for at their other occurrences in the article, as pass 2 does for the rules' names: the
    whole name, and its last word alone (a lone family name refers to the person). Only uncovered tokens
    are taken; a copy has the ``how`` of the mention it copies and is its alias. ``sure``: the tokens of the
    model's spans confident enough to be copied. A given name right before a lone family name is taken
    with it (فهد الفرج after فهد بن فرج بن عبدالله الفرج)."""
    dyn: dict[str, list[tuple[tuple[str, ...], int, bool]]] = defaultdict(list)  # (keys, source, definite)
    for idx, r in enumerate(out):
        if r.type != "PERSON" or r.how not in ("crf", "camel") or r.t1 - r.t0 < 2 or r.t0 not in sure:
            continue
        if any(eng.toks[k].info.kind != "a" for k in range(r.t0, r.t1)):
            continue
        keys = [eng.toks[k].info.key for k in range(r.t0, r.t1)]
        if r.start != eng.toks[r.t0].start:  # clitic stripped from the first token
            keys[0] = fold(eng.text[r.start: eng.toks[r.t0].end])
        dyn[loose_word(keys[0])].append((tuple(loose_word(k) for k in keys), idx, keys[0].startswith(_AL)))
        sur = _surname_key(eng, r.t1 - 1)
        if sur is not None and r.t1 - r.t0 >= 3 and keys[-2] in _SURNAME_PARTICLES:
            part = loose_word(keys[-2])  # ماركو بولو ديل نيرو → ديل نيرو: the particle belongs to the family name
            dyn[part].append(((part, sur), idx, False))
        elif sur is not None:
            dyn[sur].append(((sur,), idx, keys[-1].startswith(_AL)))
    if not dyn:
        return out
    covered = _covered(eng.n, out)
    for entries in dyn.values():
        entries.sort(key=lambda kv: -len(kv[0]))
    toks = eng.toks
    added: list[_Raw] = []
    i = 0
    while i < eng.n:
        info = toks[i].info
        if covered[i] or info.kind != "a" or dyn.keys().isdisjoint(info.loose):
            i += 1
            continue
        hit: tuple[int, int, int] | None = None
        for f_idx, lk in enumerate(info.loose):
            off = info.forms[f_idx][0]
            definite = info.forms[f_idx][1].startswith(_AL)
            for loose, idx, src_definite in dyn.get(lk, ()):
                if definite != src_definite and len(loose) == 1:
                    continue  # تهاني → التهاني، القهوة → قهوة: a family name keeps the article or its absence
                m = len(loose)
                if i + m <= eng.n and all(not covered[i + q] and not toks[i + q].brk
                                          and toks[i + q].info.loose[:1] == loose[q: q + 1] for q in range(1, m)):
                    hit = (off, i + m, idx)
                    break
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        off, end, idx = hit
        src = out[idx]
        if end - i == 1 and off == 0 and i > 0 and not covered[i - 1] and not toks[i].brk \
                and toks[i - 1].info.kind == "a" and (_given_before(eng, i - 1) or (
                    toks[i - 1].info.key == toks[src.t0].info.key and toks[i - 1].info.key in eng.g.given_names)):
            i, off = i - 1, 0
        added.append(_Raw(toks[i].start + off, toks[end - 1].end, i, end, "PERSON", None, src.how, idx))
        for k in range(i, end):
            covered[k] = 1
        i = end
    if not added:
        return out
    both = out + added
    return _kept(both, sorted(range(len(both)), key=lambda q: both[q].start))


def _arbitrated(text: str, eng: _Engine, raws: list[_Raw],
                camel_spans: Sequence[tuple[int, int, str]] | None = None) -> list[_Raw]:
    """Rule mentions combined with the CRF's and, when given, CAMeL's model's character spans
    (:mod:`sahifa.nlp.arbiter`: :func:`~sahifa.nlp.arbiter.combine`, then the one policy); the rules alone
    when no model is installed and no CAMeL spans are given, and for this article alone when tagging fails."""
    from . import arbiter, tagger

    crf = tagger.load()
    if (crf is None and camel_spans is None) or not eng.toks:
        return raws
    try:
        if crf is not None:
            rules, tagged = crf_pass(eng, raws, crf)
        else:
            rules, tagged = _rule_spans(raws, eng), tagger.Tagged([], [1.0] * len(eng.toks))
        camel: frozenset[tuple[int, int, str]] = frozenset()
        if camel_spans is not None:
            said = model_token_spans(eng, camel_spans, arbiter.DEFAULT.camel)
            other = _vetted(eng, raws, said)
            own = {(c.t0, c.t1, c.type) for c in tagged.spans}
            camel = frozenset((o.t0, o.t1, o.type) for o in other) - own
            tagged = arbiter.combine(tagged, other, said)
        return apply_choice(text, eng, raws, arbiter.arbitrate(rules, tagged), camel)
    except Exception:  # one article's failure must not lose the batch: its rules stand
        if not _TaggerFailed.logged:
            _TaggerFailed.logged = True
            import logging

            logging.getLogger("sahifa.nlp.entities").exception("entity tagger failed on an article; rules used for it")
        return raws
