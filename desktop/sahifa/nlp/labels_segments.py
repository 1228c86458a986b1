"""A name's words put into English one known phrase at a time (:class:`Segmenter`, the base of
:class:`~sahifa.nlp.labels_compose.Composer`; split out of :mod:`.labels_compose` in session 17, which had
reached the module size limit).

The longest phrase a table knows is taken first at each word — the hand-written glossary, the gazetteer's
names and glossary, GeoNames — then a clitic (و, ل/لل, ب/بال) before a known word, a title or a given name
before a person's name, a loanword, and a word nothing knows is transliterated (a guess, so marked). The
result is a list of tagged segments (:class:`~.labels_parts._Seg`) the composer puts in English order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.arabic import strip_article
from .gazetteer import gazetteer
from .labels_parts import _Seg
from .labels_phrases import _ARAB_COUNTRIES, _english, _foreign_country
from .labels_sources import GAZETTEER, GEONAMES, Label, _geonames_entry, _Glossary, _Table, fold
from .translit import place_diminutive, transliterate

if TYPE_CHECKING:
    from .labels_sources import _NameIndex

_CONJ = "و"


class Segmenter:
    """Tagged segments of a name's words; the resolver provides the tables and the person labeller
    (:meth:`_person`), the composer the sub-names after a head-word inside a complement (:meth:`_headed`)."""

    glossary: _Glossary | None
    geonames: dict[str, str] | _Table
    index: _NameIndex | None
    _span_max: dict[str, int] | None = None  # see _span_limits

    def _span_limits(self) -> dict[str, int]:
        """For a word that starts a phrase of several words in a table :meth:`_lookup_span` reads (the
        glossary's words, also as the article-less first noun of a construct; the gazetteer's names and
        glossary; GeoNames), the longest such phrase in words. A word not in it starts none: one-word
        lookups only (most words of a complement). Built on first use from the tables' keys."""
        limits = self._span_max
        if limits is None:
            limits = {}

            def note(first: str, n: int) -> None:
                if n > limits.get(first, 1):
                    limits[first] = n

            if self.glossary is not None:
                for toks in self.glossary.words:
                    if len(toks) > 1:
                        note(toks[0], len(toks))
                        if toks[0].startswith("ال"):
                            note(toks[0][2:], len(toks))  # _construct: علاج العقم → العلاج العقم
            g = gazetteer()
            for table in (g.by_key, self.geonames, g.glossary):
                for key in table.keys() if isinstance(table, dict) else (k for k, _ in table.items()):
                    if " " in key:
                        parts = key.split(" ")
                        note(parts[0], len(parts))
            self._span_max = limits
        return limits

    def _person(self, name: str) -> Label | None:  # provided by the resolver
        raise NotImplementedError

    def _place_variant(self, key: str) -> Label | None:  # provided by the resolver
        raise NotImplementedError

    def _headed(self, toks: list[str], keys: list[str], *, top: bool, typ: str) -> tuple[str, bool] | None:
        raise NotImplementedError  # provided by the composer

    def _foreign_g(self, key: str) -> tuple[str, str] | None:
        """(English, source) of a one-word foreign place written with ج for a hard g, as Egyptian and
        Saudi papers write it (شتوتجارت, فولفسبورج, سانتياجو), where the gazetteer and GeoNames have the
        غ spelling (Stuttgart, Wolfsburg, Santiago): only a place outside the Arab world, and not a word
        with the article, whose ج is the Arabic letter."""
        if "ج" not in key or " " in key or key.startswith("ال") or len(key) < 5:
            return None
        variant = key.replace("ج", "غ")
        entry = gazetteer().by_key.get(variant)
        if entry is not None:
            if entry.type == "LOC" and entry.code and entry.code not in _ARAB_COUNTRIES:
                return entry.label_en, GAZETTEER
            if entry.type == "LOC":
                return None
            # another kind of entry (a club named after its city: فولفسبورغ) leaves the place to GeoNames
        hit = self.geonames.get(variant)
        if hit is not None and _foreign_country(hit):
            return _geonames_entry(hit)[0], GEONAMES
        return None

    def _head_at(self, keys: Sequence[str], i: int) -> tuple[int, str, str] | None:
        assert self.glossary is not None
        if i >= len(keys):
            return None
        first = keys[i]
        bare = strip_article(first)
        starts = self.glossary.head_starts
        if first not in starts and bare not in starts:
            return None  # most words start no head: no spans to build
        heads = self.glossary.heads
        for n in (3, 2, 1):
            if i + n <= len(keys):
                span = tuple(keys[i:i + n])
                hit = heads.get(span) or heads.get((bare, *span[1:]))
                if hit is not None:
                    return n, hit[0], hit[1]
        return None

    def _phrase_text(self, toks: Sequence[str], keys: Sequence[str]) -> tuple[str, bool]:
        segs = self._segments(list(toks), list(keys))
        return _english(segs), all(s.known for s in segs)

    def _lookup_span(self, toks: Sequence[str], keys: Sequence[str], i: int,
                     after_word: bool = False) -> tuple[int, _Seg] | None:
        """The longest known phrase starting at ``i``: glossary, gazetteer names, GeoNames places.
        ``after_word``: a nationality form after another word is the adjective (وزارة التعليم
        السعودية → Saudi), not the country its feminine spells (السعودية → Saudi Arabia)."""
        assert self.glossary is not None
        g = gazetteer()
        gl = self.glossary
        if after_word and (keys[i],) not in gl.words:
            nat = g.nationalities.get(keys[i])
            if nat is not None:
                return 1, _Seg(nat.en, "nat", True)
        longest = min(len(keys) - i, max(gl.max_len, g.max_len), self._span_limits().get(keys[i], 1))
        for n in range(longest, 0, -1):
            span = tuple(keys[i:i + n])
            hit = gl.words.get(span) or self._construct(span)
            if hit is not None:
                return n, _Seg(hit[0], hit[1], True)
            joined = " ".join(span)
            entry = g.by_key.get(joined)
            if entry is not None:
                return n, _Seg(entry.label_en, "country" if entry.kind == "country" else "name", True)
            place = self.geonames.get(joined)
            if place is not None and (n > 1 or len(joined) > 3):
                return n, _Seg(_geonames_entry(place)[0], "name", True)
            gg = g.glossary.get(joined)
            if gg is not None:
                en, pos = gg
                if pos == "phrase":
                    return n, _Seg(en, "for" if en.startswith("for ") else "noun", True)
                return n, _Seg(en, "adj" if pos == "adj" else "noun", True)
        nat = g.nationalities.get(keys[i])
        if nat is not None:
            return 1, _Seg(nat.en, "nat", True)
        foreign = self._foreign_g(keys[i])
        if foreign is not None:
            return 1, _Seg(foreign[0], "name", True)
        return None

    def _construct(self, span: tuple[str, ...]) -> tuple[str, str] | None:
        """A glossary word written without its article, as the first noun of a construct (علاج العقم →
        العلاج: Treatment; تنمية الموارد البشرية → Development …); not a person's given name (سلام)."""
        first = span[0]
        if first.startswith("ال") or len(first) < 3 or gazetteer().given_name(first) is not None:
            return None
        assert self.glossary is not None
        return self.glossary.words.get(("ال" + first, *span[1:]))

    def _segments(self, toks: list[str], keys: list[str], *, after_head: bool = False) -> list[_Seg]:
        """Translate a complement word by word into tagged segments (longest known phrase first).
        ``after_head``: the complement follows a definite head-word, so a nationality form in front is
        the adjective (الشركة السعودية → Saudi … Company), not the country."""
        assert self.glossary is not None
        gl = self.glossary
        g = gazetteer()
        out: list[_Seg] = []
        i = 0
        while i < len(keys):
            k = keys[i]
            if out and out[-1].kind == "noun" and not keys[i - 1].startswith("ال"):
                region = self._region(toks, keys, i)
                if region is not None:  # صيف الشرقية: the summer of the Eastern Province
                    out.append(region)
                    i += 1
                    continue
            span = self._lookup_span(toks, keys, i, after_word=bool(out) or after_head)
            # a head inside a complement: أمانة [منطقة الرياض]; it outranks a one-word gazetteer name
            # (الاتحاد the club) when a name follows it
            head = self._head_at(keys, i) if span is None or span[0] == 1 else None
            if head is not None:
                end = self._name_run_end(keys, i + head[0], places=True)
                sub = self._headed(toks[i:end], keys[i:end], top=False, typ="") if end > i + head[0] else None
                if sub is not None:
                    out.append(_Seg(sub[0], "name", sub[1]))
                    i = end
                    continue
            if span is not None:
                n, seg = span
                out.append(seg)
                i += n
                continue
            # clitics: و (and), ل/لل (for), ب/بال (in), when what follows is a word we know
            clitic = self._clitic(toks, keys, i)
            if clitic is not None:
                marker, rest_tok = clitic
                toks = toks[:i] + [rest_tok] + toks[i + 1:]
                keys = keys[:i] + [fold(rest_tok)] + keys[i + 1:]
                if marker == "in" and self._head_at(keys, i) is not None:
                    # بالاتحاد السعودي لكرة القدم: the parent body, to the end of the name
                    sub = self._headed(toks[i:], keys[i:], top=False, typ="")
                    if sub is not None:
                        out += [_Seg("in", "in", True), _Seg(sub[0], "name", sub[1])]
                        break
                out.append(_Seg(marker, marker if marker in ("and", "for") else "in", True))
                continue
            if k == "في":
                if i + 1 < len(keys) and self._head_at(keys, i + 1) is not None:
                    # لجنة الانضباط في الاتحاد السعودي لكرة القدم: the parent body, to the end of the name
                    sub = self._headed(toks[i + 1:], keys[i + 1:], top=False, typ="")
                    if sub is not None:
                        out += [_Seg("in", "in", True), _Seg(sub[0], "name", sub[1])]
                        break
                rest = self._lookup_span(toks, keys, i + 1) if i + 1 < len(keys) else None
                if rest is not None and i + 1 + rest[0] == len(keys) and rest[1].kind in ("name", "country"):
                    # لجنة الانضباط في الفيفا: a known body or place ends the name, as a parent or a place
                    out += [_Seg("in", "in", True), rest[1]]
                    break
                out.append(_Seg("in", "prep", True))
                i += 1
                continue
            title = gl.titles.get(k)
            if title is not None:
                end = self._name_run_end(keys, i + 1)
                person = self._person(" ".join(toks[i + 1:end])) if end > i + 1 else None
                if person is not None:
                    out.append(_Seg(f"{title} {person.text}", "name", not person.is_guess))
                    i = end
                    continue
                if end == i + 1:  # كأس الملك → King's Cup
                    out.append(_Seg(title, "name", True))
                    i += 1
                    continue
            if k in g.given_names and self.index is not None and self.index.ok:  # (k is folded)
                end = self._name_run_end(keys, i + 1)
                person = self._person(" ".join(toks[i:end]))
                if person is not None:
                    out.append(_Seg(person.text, "name", not person.is_guess))
                    i = end
                    continue
            loan = gl.loans.get(k)
            if loan is not None:  # an English word in Arabic letters: مجموعة بوست → Post Group
                out.append(_Seg(loan, "name", True))
                i += 1
                continue
            # a foreign city spelled with a long vowel more or less than GeoNames writes it, as the place
            # itself is labelled (شرطة زيوريخ → Zurich Police, as زيوريخ alone → Zurich): only a complement
            # of that one word (in a run of foreign words, one is more often a person's or a club's name)
            variant = self._place_variant(k) if len(keys) == 1 else None
            if variant is not None:
                out.append(_Seg(variant.text, "name", True))
                i += 1
                continue
            # a word nothing knows: a guess, the Saudi reading of a place's diminutive where it fits
            out.append(_Seg(place_diminutive(toks[i]) or transliterate(toks[i]), "name", False))
            i += 1
        return out

    def _region(self, toks: Sequence[str], keys: Sequence[str], i: int) -> _Seg | None:
        """A country's region named by a definite adjective (الشرقية: the gazetteer's Eastern Province)
        after an indefinite noun, where it cannot be that noun's adjective (an adjective agrees with its
        noun in definiteness): the genitive, the region, named as in the names of its bodies and events
        (غرفة الشرقية, صيف الشرقية), by its Arabic name (Al-Sharqiya); None for any other word."""
        k = keys[i]
        if not k.startswith("ال") or self.glossary is None:
            return None
        word = self.glossary.words.get((k,))
        entry = gazetteer().by_key.get(k)
        if word is None or word[1] != "adj" or entry is None or entry.type != "LOC" or entry.kind != "region" \
                or not entry.code or entry.code == "-":
            return None
        return _Seg(transliterate(toks[i]), "name", True)

    def _clitic(self, toks: list[str], keys: list[str], i: int) -> tuple[str, str] | None:
        tok, k = toks[i], keys[i]
        if len(k) < 3:
            return None
        options: list[tuple[str, str]] = []
        if k.startswith("لل"):
            options.append(("for", "ال" + tok[2:]))
        elif k.startswith("ل"):
            options.append(("for", tok[1:]))
        if k.startswith("بال"):
            options.append(("in", tok[1:]))
        elif k.startswith("ب"):
            options.append(("in", tok[1:]))
        if k.startswith(_CONJ):
            options.append(("and", tok[1:]))
        if k.startswith("ب") and self._in_place(k):
            # ب + a place GeoNames knows only with its article: بعنيزة → in Unayzah
            bare = k[1:]
            if bare not in self.geonames and not bare.startswith("ال"):
                return "in", "ال" + tok[1:]
        for marker, rest in options:
            rk = fold(rest)
            probe = [rest] + list(toks[i + 1:])
            pkeys = [rk] + list(keys[i + 1:])
            if self._lookup_span(probe, pkeys, 0) is not None or self._head_at(pkeys, 0) is not None \
                    or (marker != "in" and rk.startswith("ال") and len(rk) > 4):
                return marker, rest
        return None

    def _name_run_end(self, keys: Sequence[str], i: int, *, places: bool = False) -> int:
        """End of a run of name words from ``i``: stops at a glossary word, a nationality, a head-word,
        في/و, or ب + a known place after the first word (مستشفى الملك خالد بتبوك: the name is خالد).
        ``places``: the glossary's places are names too (منطقة عسير after a head-word)."""
        assert self.glossary is not None
        g = gazetteer()
        words = self.glossary.words
        j = i
        while j < len(keys):
            k = keys[j]
            word = words.get((k,))
            if (word is not None and not (places and word[1] == "name")) or k in g.nationalities \
                    or g.glossary.get(k) is not None \
                    or self._head_at(keys, j) is not None:
                break
            if k in ("في", "و"):
                break
            if j > i and self._in_place(k):
                break
            if self._clitic_word(k):
                break
            j += 1
        return j

    def _clitic_word(self, key: str) -> bool:
        """Whether a folded word is و/ل/ب + a common word or a head-word (للطاقة, لعلاج, والإبداع): the
        end of a person's name inside an institution's (مركز الأمير فيصل بن مشعل لعلاج العقم)."""
        assert self.glossary is not None
        if len(key) < 4 or key[0] not in "ولب":
            return False
        words = self.glossary.words
        rests = ["ال" + key[2:]] if key.startswith("لل") else []
        rests += [key[1:], "ال" + key[1:]]
        return any((r,) in words or (r,) in self.glossary.heads for r in rests)

    def _in_place(self, key: str) -> bool:
        """Whether a folded word is ب + a known place (بتبوك, بالرياض): "in Tabuk", not a name."""
        if len(key) < 4 or not key.startswith("ب"):
            return False
        rest = key[1:]
        if rest in self.geonames or (not rest.startswith("ال") and "ال" + rest in self.geonames):
            return True
        entry = gazetteer().by_key.get(rest)
        return entry is not None and entry.type == "LOC"
