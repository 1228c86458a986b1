"""The entity engine's passes over an article (:class:`_Engine`: pass 1 runs the detectors, the dateline pass,
pass 2 propagates names, one sense per article), :func:`_rule_raws` that runs them, and :func:`tagger_tags`, the rule
and gazetteer tags the CRF tagger stacks on. The stacking itself is :mod:`sahifa.nlp.entities_stacking`; the checks a
model's span must pass, :mod:`sahifa.nlp.entities_crfspans`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from ..core.arabic import AR_DIACRITICS, fold, loose_name, loose_word, strip_article
from .entities_detect import _COMPANY_HEADS, _Detectors
from .entities_firstnames import common_family_word, compound_name_copies, first_name_copies
from .entities_index import form_index
from .entities_words import (
    _AL,
    _PARTICLES,
    _T_CUE,
    _T_GAZ,
    _T_LOC,
    _T_MISC,
    _T_NAME,
    _T_NL,
    _T_ORG,
    _T_PREP,
    _kept,
    _Raw,
    _verb_shaped,
)


class _Engine(_Detectors):
    """The rule engine: pass 1 runs the detectors left to right, pass 2 propagates names."""

    _form_index: tuple[dict[str, list[int]], frozenset[str]] | None = None

    def form_positions(self, keys: frozenset[str]) -> list[int]:
        """Sorted positions of the tokens one of whose readings (``info.forms``) has a folded key in ``keys``:
        the late passes that need a head-word (entities_misc._scan) visit only these. The index (folded key ->
        positions, :func:`entities_index.form_index`) is built on first use and built again, covering more
        keys, when a pass asks for a key it does not cover. The lists are the index's own: read them only."""
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
_DASHES = frozenset({"-", "–", "—", "ـ"})
_WIRE_WORDS = frozenset(fold(w) for w in "وكالات متابعات خاص واس الأناضول رويترز".split())
#: particles of European family names (ديل نيرو، دا سيلفا، فان دايك، دي ماريا), folded
_SURNAME_PARTICLES = frozenset({"ديل", "دي", "دا", "دو", "فان", "فون", "دوس", "لا", "لو"})


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
