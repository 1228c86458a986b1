"""Institution, event and place names put into English by composition (:class:`Composer`, a mixin of
:class:`~sahifa.nlp.labels_resolver.LabelResolver`).

Such names are phrases: a head-word (وزارة, هيئة, جامعة, مستشفى, كأس …) with a complement of common
words, places, nationality adjectives and people's names. Each part is put into English on its own —
common words by the hand-written glossary ``resources/names/glossary.tsv``, places by the gazetteer and
GeoNames, people (الملك خالد → King Khalid) by the resolver's person labeller — and the parts are put in
English order around the head (the head's style in the glossary: Ministry of X, X University, …).
A name with a word nothing knows keeps that word transliterated and the label is marked
``transliteration`` (a guess), so the GUI can show it as one; a name every word of which is known is
``glossary``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.arabic import ascii_digits, strip_article
from .gazetteer import gazetteer
from .labels_match import sanitize_label
from .labels_parts import _Seg
from .labels_phrases import (
    _ARAB_COUNTRIES,
    _MONTH_NAMES,
    _MONTHS,
    _US_BODY_HEADS,
    _english,
    _foreign_country,
    _series,
    _us_body,
    club_named,
    complement_nats,
    head_adjective,
    is_place,
    named_body,
)
from .labels_sources import (
    GAZETTEER,
    GEONAMES,
    GLOSSARY,
    TRANSLITERATION,
    Label,
    _geonames_entry,
    _Glossary,
    _Table,
    fold,
)
from .translit import place_diminutive, transliterate

if TYPE_CHECKING:
    from .labels_sources import _NameIndex

_CONJ = "و"
# letter names that spell two Latin letters: بي is B or P (كي بي إم جي is KPMG), أي is I, A or E; an
# acronym with one is a guess
_AMBIGUOUS_LETTERS = frozenset({"بي", "أي", "اي"})
# heads that, in a place's name, are its administrative kind (a village, a district centre), which
# English papers leave out as they do محافظة and منطقة: the glossary's "drop" for a LOC (an ORG keeps
# them: مركز الملك سلمان → King Salman Center)
_ADMIN_PLACE = frozenset(fold(w) for w in ("قرية", "مركز", "إمارة"))  # إمارة دبي as a place: Dubai
# heads of a state's own bodies: an adjective after them that is also a nationality (المالي: financial, or
# of Mali) is the nationality
_STATE_HEADS = frozenset(fold(w) for w in ("جيش", "حكومة", "قوات", "منتخب", "سفارة", "برلمان", "شعب"))
# heads English names "X of <place>" when the place is outside the Arab world (جامعة تكساس → University of
# Texas, جامعة مانشستر → University of Manchester), where Arab universities named by their city are mostly
# "<City> University" in English (Cairo University, Taif University) and keep the glossary's order
_OF_FOREIGN_PLACE = frozenset(fold(w) for w in ("جامعة", "الجامعة"))
# heads of the arts and heritage, after which الشعبي/الشعبية is "folk" (a folk troupe, folk arts) and not,
# as in the names of movements and forces, "popular" (Popular Resistance, Popular Front)
# heads a Saudi body named after a person writes with its purpose before the head (مركز الأمير سلطان
# للقلب → Prince Sultan Cardiac Center, مركز الملك سلمان للإغاثة → King Salman Relief Center): the glossary's
# "co" order, after a title only (مركز الخليج للدراسات stays Gulf Center for Studies)
_PERSON_CO_HEADS = frozenset(fold(w) for w in ("مركز", "معهد"))
_FOLK_HEADS = frozenset(fold(w) for w in ("فرقة", "فرق", "فنون", "رقصة", "رقصات", "أكلات", "ألعاب", "متحف",
                                          "قرية", "حرف", "تراث", "أهازيج", "أغاني", "موسيقى"))


class Composer:
    """The composition half of the label resolver; the resolver provides the tables and the person
    labeller (:meth:`_person`)."""

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

    def _composed(self, name: str, typ: str) -> Label | None:
        gl = self.glossary
        if gl is None:
            return None
        toks = name.split()
        number = ascii_digits(toks[-1]) if len(toks) > 1 else ""
        if number.isdigit():  # an edition or a year after the name: مهرجان جدة 36 → Jeddah Festival 36
            label = self._composed(" ".join(toks[:-1]), typ)
            if label is None:
                return None
            year_cup = len(number) == 4 and number[:2] in ("19", "20") and label.text.endswith(" Cup")
            return Label(f"{number} {label.text}" if year_cup else f"{label.text} {number}", label.source)
        keys = [fold(t) for t in toks]
        whole = gl.words.get(tuple(keys))
        # one adjective alone names a paper or a club (الاقتصادية → Al-Eqtisadiah, not "Economic")
        if whole is not None and not (len(keys) == 1 and whole[1] == "adj"):
            return Label(whole[0], GLOSSARY)
        pattern = self._pattern(toks, keys) or named_body(self, keys)
        if pattern is not None:
            return pattern
        foreign = self._of_foreign_place(keys)
        if foreign is not None:
            return foreign
        post = gl.heads.get((keys[-1],)) if len(keys) > 1 else None
        if post is not None and post[1] == "post":  # دارين مول → Darin Mall
            text, known = self._phrase_text(toks[:-1], keys[:-1])
            return Label(sanitize_label(f"{text} {post[0]}"), GLOSSARY if known else TRANSLITERATION) if text else None
        segs = self._headed(toks, keys, top=True, typ=typ)
        if segs is None:
            return None
        text, known = segs
        if strip_article(keys[0]) in _US_BODY_HEADS:
            text = _us_body(text, keys)
        return Label(sanitize_label(text), GLOSSARY if known else TRANSLITERATION)

    def _dated_event(self, name: str) -> Label | None:
        """An event named by its day and month after a noun of the glossary (ثورة 23 يوليو → July 23
        Revolution, هجمات 11 سبتمبر → September 11 Attacks), English writing the date first; None for
        anything else."""
        toks = name.split()
        if len(toks) != 3 or self.glossary is None:
            return None
        noun, day, month = toks
        day = ascii_digits(day)
        month_no = _MONTHS.get(fold(month))
        if month_no is None or not day.isdigit() or not 1 <= int(day) <= 31:
            return None
        key = fold(noun)
        hit = self.glossary.words.get((key,)) or (None if key.startswith("ال") else self.glossary.words.get(("ال" + key,)))
        if hit is None or hit[1] != "noun":
            return None
        return Label(sanitize_label(f"{_MONTH_NAMES[month_no - 1]} {int(day)} {hit[0]}"), GLOSSARY)

    def _headless(self, name: str, *, names: bool = False) -> Label | None:
        """An event's or an era's name without a head-word, every word of it a glossary word or a
        nationality, a noun first (الربيع العربي → Arab Spring, هندسة البرمجيات → Software Engineering):
        the words in English order; None when any word is unknown, a word is also a place (الشرقية) or
        the name is one word. ``names``: a known place or name may follow the noun (an organisation's
        short name: مرور المنطقة الشرقية → Eastern Province Traffic)."""
        toks = name.split()
        if len(toks) < 2 or self.glossary is None:
            return None
        keys = [fold(t) for t in toks]
        places = gazetteer().by_key
        if not names and any(k in places and places[k].type == "LOC" for k in keys):
            return None  # عيد الشرقية: the Eastern Province's feast, not an "Eastern Eid"
        segs = self._segments(toks, keys)
        kinds = ("noun", "adj", "nat", "and", "name", "country") if names else ("noun", "adj", "nat", "and")
        if len(segs) < 2 or segs[0].kind != "noun" or not all(s.known for s in segs) \
                or any(s.kind not in kinds for s in segs):
            return None
        text = _series(_english(segs))
        return Label(sanitize_label(text[:1].upper() + text[1:]), GLOSSARY) if text else None

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

    def _of_foreign_place(self, keys: Sequence[str]) -> Label | None:
        """جامعة + one place outside the Arab world (the gazetteer's or GeoNames'): "University of X"."""
        if len(keys) < 2 or keys[0] not in _OF_FOREIGN_PLACE or self.glossary is None:
            return None
        head = self.glossary.heads.get((keys[0],)) or self.glossary.heads.get((strip_article(keys[0]),))
        if head is None:
            return None
        rest = " ".join(keys[1:])
        entry = gazetteer().by_key.get(rest)
        if entry is not None:
            if entry.type != "LOC" or not entry.code or entry.code in _ARAB_COUNTRIES:
                return None
            place = entry.label_en
        else:
            hit = self.geonames.get(rest)
            if hit is None:
                variant = self._place_variant(rest)  # a foreign city of another spelling (already foreign)
                if variant is None:
                    return None
                place = variant.text
            elif not _foreign_country(hit):
                return None
            else:
                place = _geonames_entry(hit)[0]
        return Label(sanitize_label(f"{head[0]} of {place}"), GLOSSARY)

    def _loaned(self, name: str) -> Label | None:
        """A foreign company's, club's or outlet's name with English words written in Arabic letters
        (وست هام يونايتد → West Ham United, فوكس سبورتس → Fox Sports: the glossary's ``loan`` words) or
        spelled in the names of Latin letters (إل جي → LG, a run of two or more), put into English in its
        own order: those words from the glossary, a known place from the gazetteer or GeoNames, any other
        word transliterated (the label is then a guess). None without such a word, or with a word of the
        glossary's Arabic vocabulary (an Arabic phrase, the composer's)."""
        gl = self.glossary
        if gl is None or not gl.loans:
            return None
        toks = name.split()
        keys = [fold(t) for t in toks]
        n = len(keys)
        letter = [n > 1 and k in gl.letters for k in keys]
        letters = [gl.letters.get(t) or gl.letters.get(k, "") for t, k in zip(toks, keys, strict=True)]
        # a run of two letters or more, or a letter before a number (a model: جالكسي إس 6 → Galaxy S6)
        run = [is_letter and ((i > 0 and letter[i - 1]) or (i + 1 < n and letter[i + 1])
                              or (i + 1 < n and ascii_digits(toks[i + 1]).isdigit()))
               for i, is_letter in enumerate(letter)]
        loans = [gl.loans.get(k) or gl.loans.get(strip_article(k)) for k in keys]
        if not any(run) and not any(loans):
            return None
        if any((k,) in gl.words for k, r, loan in zip(keys, run, loans, strict=True) if not r and not loan):
            return None
        g = gazetteer()
        out: list[str] = []
        acronym = ""
        known = True
        for tok, in_run, loan, latin in zip(toks, run, loans, letters, strict=True):
            if in_run:
                acronym += latin
                known = known and tok not in _AMBIGUOUS_LETTERS
                continue
            if acronym and ascii_digits(tok).isdigit():  # the model's number after its letters: S6
                out.append(acronym + ascii_digits(tok))
                acronym = ""
                continue
            if acronym:
                out.append(acronym)
                acronym = ""
            if loan:
                out.append(loan)
                continue
            entry = g.lookup(tok)  # not GeoNames: its short names are any town's (هام is not Hamm)
            if entry is not None:
                out.append(entry.label_en)
            elif ascii_digits(tok).isdigit():  # a model's number: آيفون 6 → iPhone 6
                out.append(ascii_digits(tok))
            else:
                out.append(transliterate(tok))
                known = False
        if acronym:
            out.append(acronym)
        text = sanitize_label(" ".join(x for x in out if x))
        return Label(text, GLOSSARY if known else TRANSLITERATION) if text else None

    def _outlet(self, name: str) -> Label | None:
        """A news outlet named by a common word or a place (the glossary's ``outlet`` rows): as an
        organisation, الرياض is the paper Al-Riyadh, الشرق الأوسط the paper Asharq Al-Awsat, سبق the site
        Sabq. Bare, only when the gazetteer does not know the name as an organisation (الجزيرة stays the
        channel Al Jazeera); after a word naming its medium (صحيفة, قناة), the outlet of that medium
        (صحيفة الجزيرة → the paper Al-Jazirah), with a closing adjective of the medium or a nationality
        dropped (صحيفة سبق الإلكترونية → Sabq, صحيفة الوطن السعودية → Al-Watan)."""
        gl = self.glossary
        if gl is None or not gl.outlets:
            return None
        keys = tuple(fold(t) for t in name.split())
        bare = gl.outlets.get(keys)
        if bare is not None:
            entry = gazetteer().lookup(name)
            return Label(sanitize_label(bare[0][0]), GLOSSARY) if entry is None or entry.type != "ORG" else None
        g = gazetteer()
        for n in (2, 1):
            medium = gl.media_heads.get(keys[:n])
            if medium is None or len(keys) <= n:
                continue
            rest = keys[n:]
            while len(rest) > 1 and rest not in gl.outlets \
                    and (rest[-1] in gl.media_closing or rest[-1] in g.nationalities):
                rest = rest[:-1]  # صحيفة سبق الإلكترونية, صحيفة الوطن السعودية
            for english, kind in gl.outlets.get(rest, ()):
                if kind == medium or "site" in (kind, medium):
                    return Label(sanitize_label(english), GLOSSARY)
            return None
        return None

    def _pattern(self, toks: list[str], keys: list[str]) -> Label | None:
        assert self.glossary is not None
        starts = self.glossary.pattern_starts
        if starts is not None and (not keys or keys[0] not in starts):
            return None  # no pattern starts with this word (most names)
        g = gazetteer()
        for template, english in self.glossary.patterns:
            if len(template) > len(keys):
                continue
            slots: dict[str, str] = {}
            ok = True
            i = 0
            for t_i, t in enumerate(template):
                if t == "{NAT}":
                    nat = g.nationalities.get(keys[i]) if i < len(keys) else None
                    if nat is None:
                        ok = False
                        break
                    slots["{NAT}"] = nat.en
                    i += 1
                elif t == "{X}":
                    rest = len(template) - t_i - 1
                    j = len(keys) - rest
                    if j <= i:
                        ok = False
                        break
                    text, known = self._phrase_text(toks[i:j], keys[i:j])
                    if not known:
                        ok = False
                        break
                    slots["{X}"] = text
                    i = j
                else:
                    if i >= len(keys) or keys[i] != t:
                        ok = False
                        break
                    i += 1
            if ok and i == len(keys):
                out = english
                for slot, value in slots.items():
                    out = out.replace(slot, value)
                return Label(sanitize_label(out), GLOSSARY)
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

    def _headed(self, toks: list[str], keys: list[str], *, top: bool, typ: str) -> tuple[str, bool] | None:
        """A name that starts with a head-word, in English order (see the glossary's header)."""
        if not top:
            pattern = self._pattern(toks, keys)
            if pattern is not None:
                return pattern.text, True
        head = self._head_at(keys, 0)
        if head is None:
            return self._directional(toks, keys)
        n, head_en, style = head
        if style == "pre" and self.glossary is not None and n < len(keys) and keys[n] in self.glossary.titles \
                and strip_article(keys[0]) in _PERSON_CO_HEADS:
            style = "co"  # after a title: the body is named after a person
        if top and typ == "LOC" and n == 1 and style == "pre" and keys[0] in _ADMIN_PLACE:
            style = "drop"  # قرية بطينة → Butainah, مركز نخال → Nakhal; with an adjective a facility stays
        if style == "local":  # أمانة [منطقة] الرياض → Riyadh Municipality
            head_en, _, other = head_en.partition("|")  # أمانة سوق عكاظ: of no place, a Secretariat
            head_en = head_en if not other or is_place(self, keys[n:]) else other
            inner = self._head_at(keys, n)
            if inner is not None and inner[2] == "drop" and n + inner[0] < len(keys) \
                    and " ".join(keys[n:n + 2]) not in gazetteer().by_key:  # المنطقة الشرقية: Eastern Province
                n += inner[0]
            style = "pre"
        # an adjective agrees with a definite head (الشركة السعودية → Saudi … Company); after an indefinite
        # one, a construct names the country (سفارة السعودية → Embassy of Saudi Arabia)
        segs = self._segments(toks[n:], keys[n:], after_head=keys[n - 1].startswith("ال"))
        if segs and segs[0].kind == "adj" and not keys[n - 1].startswith("ال"):
            segs[0] = self._region(toks, keys, n) or segs[0]  # غرفة الشرقية: the region's chamber
        if segs and segs[0].kind == "adj" and n < len(keys) and strip_article(keys[0]) in _STATE_HEADS:
            nationality = gazetteer().nationalities.get(keys[n])  # الجيش المالي: Malian Army, not Financial
            if nationality is not None:
                segs[0] = _Seg(nationality.en, "nat", True)
        if any(strip_article(k) in _FOLK_HEADS for k in keys):  # فرقة الباحة الشعبية → Al Bahah Folk Troupe
            segs = [_Seg("Folk", s.kind, s.known) if s.kind == "adj" and s.text == "Popular" else s for s in segs]
        if not segs:
            # a head of two words or more is a name by itself (المجلس البلدي → Municipal Council)
            plain = head_en.partition("|")[0]
            return (plain[:1].upper() + plain[1:], True) if n > 1 and style not in ("drop", "local") else None
        known = all(s.known for s in segs)
        # split: [head adjectives] complement [adjectives] [for …] [in place]
        for_part: list[_Seg] = []
        in_part: list[_Seg] = []
        main: list[_Seg] = []
        target = main
        for s in segs:
            if s.kind == "for" and target is main:
                target = for_part
            elif s.kind == "in":
                target = in_part
            target.append(s)
        # a nationality that cannot agree with the head agrees with the complement's noun and stays with it
        # (مجلس الغرف السعودية → Council of Saudi Chambers, not Saudi Council of Chambers)
        nats = sum(1 for s in segs if s.kind == "nat")
        own = complement_nats(keys, n, head_en, nats, self.glossary) or [False] * nats
        nat = [s.text for s, mine in zip((s for s in main if s.kind == "nat"), own, strict=False) if not mine]
        kept = iter(own)
        main = [s for s in main if s.kind != "nat" or next(kept, False)]
        if not for_part + in_part and head_adjective(keys, n, head_en, self.glossary, main):
            main.insert(0, _Seg(main.pop().text, "name", True))  # the head's, first: Central Admission … Committee
        head_adjs: list[str] = []
        while main and (main[0].kind == "adj" or (head_adjs and len(main) > 1 and main[0].kind == "and"
                                                  and main[1].kind == "adj")):
            head_adjs.append(main.pop(0).text)  # الإدارة التنفيذية والاستراتيجية: both adjectives of the head
        tail_adjs: list[str] = []
        if main and main[-1].kind == "adj" and any(s.kind in ("name", "country") for s in main):
            while main and main[-1].kind == "adj":
                tail_adjs.insert(0, main.pop().text)
        if not main and len(for_part) == 2 and for_part[0].text == "for" and for_part[1].kind in ("name", "country") \
                and for_part[1].known and style in ("pre", "of", "of1"):
            main, for_part = for_part[1:], []  # المجلس البلدي لمدينة جدة → Jeddah Municipal Council
        if style == "of1":  # Council of Ministers; a noun with its adjective: Tourism Development Council
            # الدفاع المدني; a construct ending in a known place: مجلس شباب عسير → Asir Youth Council
            compound = any(s.kind == "noun" for s in main) and any(s.kind == "adj" for s in main) \
                or (len(main) == 1 and main[0].kind == "noun" and " " in main[0].text) \
                or (len(main) > 1 and main[-1].kind in ("name", "country") and main[-1].known
                    and all(s.kind == "noun" for s in main[:-1]))
            style = "pre" if compound and not for_part else "of"
        complement = _series(_english(main))
        adjs = " ".join(reversed(head_adjs + tail_adjs))
        for_text = _series(_english(for_part))
        in_text = " ".join(s.text for s in in_part if s.kind != "in")
        if style == "co" and for_text.startswith("for ") and all(s.kind in ("noun", "adj", "and")
                                                                 for s in for_part[1:]):
            # a company names its trade before its head: شركة الخنيني للخدمات البترولية → Al-Khunaini
            # Petroleum Services Company, الشركة السعودية للنقل الجماعي → Saudi Public Transport Company
            complement = " ".join(x for x in (complement, adjs, for_text[4:]) if x)
            adjs = for_text = ""
        if style == "unit":  # Department|Administration: the second before a person (إدارة أوباما)
            head_en, _, proper_en = head_en.partition("|")
            proper_en, _, any_name = proper_en.partition("|")
            if not complement and not main and adjs == "General" and for_text.startswith("for "):
                # الإدارة العامة للدفاع المدني → General Directorate of Civil Defense, as Saudi bodies write it
                head_en = "Directorate"
            elif not complement or all(s.kind == "name" and (s.known or any_name) for s in main):
                # الإدارة الأميركية → American Administration; with a third part, a name nothing knows takes
                # the Proper head too (نظام الأسد → Al-Asad Regime, not "Law")
                head_en = proper_en or head_en
        if style == "unit" and complement:  # a department: إدارة شؤون الموظفين → Personnel Affairs Department
            core = " ".join(x for x in (complement, adjs, head_en) if x)
        elif style in ("of", "unit"):
            core = " ".join(x for x in (adjs, head_en.partition("|")[0]) if x)
            if not complement and for_text.startswith("for "):  # المديرية العامة للجوازات → … of Passports
                for_text = "of " + for_text[4:]
            if complement:  # a known name goes in front (Obama Administration; English|name: any, Smith College)
                proper = all(s.kind == "name" and (s.known or "|" in head_en) for s in main)  # else Embassy of Egypt
                core = f"{complement} {core}" if proper else f"{core} of {complement}"
        elif style in ("prefix", "native"):
            if style == "native":  # Mount Uhud, but Jabal Umm Draj: a local name keeps its Arabic head
                english, _, native = head_en.partition("|")
                head_en = english if all(s.known for s in main) else native
            core = " ".join(x for x in (head_en, complement, adjs) if x)
        elif style in ("name", "squad") and not complement and (for_part or in_part):
            # النادي الملكي للسيارات → Royal Club for Cars
            core = " ".join(x for x in (adjs, head_en) if x)
        elif style in ("name", "squad"):
            if all(seg.kind in ("noun", "adj", "nat") for seg in main + [_Seg(a, "adj", True) for a in head_adjs]) \
                    and not for_part and not in_part:
                if style == "squad":  # فريق الطوارئ → Emergency Team: a team named by its task
                    core = " ".join(x for x in (complement, adjs, head_en) if x)
                else:
                    # a paper or club named by a common word is a proper name: the gazetteer's when it
                    # holds that word as a club or outlet (نادي التعاون → Al Taawoun), else transliterated
                    # without its head: صحيفة الرياضي → Al-Riyadhi (a guess: not "Club of Youth")
                    club = club_named(" ".join(keys[n:]))  # نادي الخليج: the club, not the Gulf
                    if club is not None:
                        return sanitize_label(club), True
                    return transliterate(" ".join(toks[n:])), False
            elif adjs and main:
                # a club of a place with an adjective keeps its head: نادي أبها الأدبي → Abha Literary Club
                core = " ".join(x for x in (complement, adjs, head_en) if x)
            else:
                core = " ".join(x for x in (complement, adjs) if x)
        elif style == "team":
            sport = for_part[1:] if len(for_part) == 2 and for_part[0].kind == "for" else []
            sport_en = sport[0].text if len(sport) == 1 and sport[0].kind == "noun" else ""
            if not sport_en and len(for_part) == 1 and for_part[0].text.startswith("for ") \
                    and " " not in for_part[0].text[4:]:
                sport_en = for_part[0].text[4:]  # the gazetteer's phrase لكرة اليد → "for Handball", one segment
            if sport_en and " " in head_en:
                # منتخب مصر لكرة اليد → Egypt national handball team
                first, _, last = head_en.rpartition(" ")
                head_en = f"{first} {sport_en.lower()} {last}"
                for_text = ""
            core = " ".join(x for x in (complement, adjs, head_en) if x)
        elif style == "drop" and top and typ == "LOC" and not adjs and not for_text:
            core = complement  # مدينة جدة → Jeddah; with an adjective it is a facility: Jubail Industrial City
        else:
            core = " ".join(x for x in (complement, adjs, head_en) if x)
        # an institution's place or parent body after it (مستشفى … بجدة, إدارة … بوزارة العدل): English papers
        # name the institution without it (National Guard Hospital); an event keeps its place
        parts = [" ".join(nat), "" if top and typ == "ORG" and complement else in_text, core, for_text]
        text = " ".join(p for p in parts if p)
        return (text[:1].upper() + text[1:], known) if text else None

    def _directional(self, toks: list[str], keys: list[str]) -> tuple[str, bool] | None:
        """غرب أفريقيا → West Africa; جنوب شرق آسيا → Southeast Asia."""
        g = gazetteer()
        for n in (2, 1):
            if len(keys) > n:
                for cue_toks, cue in g.cues.get(keys[0], []):
                    if cue_toks == tuple(keys[:n]) and getattr(cue, "role", "") == "dir":
                        where = str(getattr(cue, "en", "")).replace(" of", "").strip()
                        rest, known = self._phrase_text(toks[n:], keys[n:])
                        if not rest:
                            return None
                        compact = where.replace("south", "South").replace("north", "North")
                        compact = compact.replace("east", "East").replace("west", "West")
                        compact = compact.replace("central", "Central")
                        compact = compact[:1].upper() + compact[1:].lower() if " " not in compact else compact
                        return f"{compact} {rest}", known
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
