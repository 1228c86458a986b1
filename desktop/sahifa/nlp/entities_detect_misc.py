"""The entity detectors of named things that are no person, body or place (split out of
:mod:`entities_detect`, which stays under the module size limit): awards, cups and festivals, events
(:meth:`_MiscDetectors.det_misc`), and the head-word sets the detectors share."""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS, fold
from .entities_orgs import (
    _imperfect_verb,
    _Orgs,
)
from .entities_words import (
    _AL,
    _EVENTS,
    _FESTIVALS,
    _LAM_STOP,
    _MISC_LAM,
    _MISC_NOUNS,
    _PRI,
    _R_MISC,
    _STOP_AL,
    _TIME_ADJ,
    _TREATIES,
    _accusative,
    _Raw,
    _verb_shaped,
)
from .lexicon import reading

_MARKS = AR_DIACRITICS + "\u0640"
# administrative areas an organisation may be named after with their head-word (أمانة منطقة عسير)
_ADMIN_AREAS = frozenset({"منطقه", "محافظه", "مدينه", "مركز"})
# administrative heads before a place named like a person (محافظة خميس مشيط)
_ADMIN_HEADS = frozenset({"محافظه", "مدينه", "قريه", "بلده", "مركز"})
# natural features named with their head-word (جبل أم درج، وادي ساق)
_NATURAL_HEADS = frozenset({"جبل", "وادي"})
# titles whose complement is a place: محافظ شقراء (the governor of Shaqra), عمدة …
_PLACE_TITLES = frozenset({"محافظ", "عمده"})
_CLUB_HEADS = frozenset({"نادي"})
_ROAD_HEADS = frozenset({"طريق", "جسر"})
# heads that with a place alone name the place (Saudi districts are "مركز X"; "إدارة X" is X's office)
_SEAT_HEADS = frozenset({"مركز", "اداره"})


def _object_verb(key: str) -> bool:
    """An imperfect verb, bare or with an object pronoun ه (تدعمه، يقيمه), that Arramooz does not read as a noun."""
    if _imperfect_verb(key):
        return True
    return key.endswith("ه") and len(key) >= 5 and reading(key) is None and _imperfect_verb(key[:-1])


# regions that name a cup or a league right after its head (كأس الخليج، دوري الخليج العربي، كأس العرب; folded)
_REGION_CUPS = frozenset({"الخليج", "العرب"})
# who plays a cup or a league, naming it right after its indefinite head (كأس السوبر، دوري الأبطال، كأس الأمم،
# كأس القارات، دوري النخبة; folded): a competition's name without a place (الدوري الممتاز alone stays a description)
_FIELD_CUPS = frozenset(fold(w) for w in "السوبر الأبطال الأمم القارات النخبة المحترفين".split())


class _MiscDetectors(_Orgs):
    """MISC detection (the base of :class:`~sahifa.nlp.entities_detect._Detectors`)."""

    def det_misc(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """Named competitions: دوري أبطال آسيا، الدوري السعودي، دوري روشن السعودي للمحترفين، كأس العالم 2026."""
        cue = self.cue_at(i, _R_MISC)
        if cue is None or self.adverbial(i):
            return self.season(i)  # صيف الشرقية، عيد النعيرية
        off, j, c = cue
        title = self.work_title(j, paren=c.role == "work")
        if title is not None:  # فيلم «ظلال على النهر»، مهرجان "ليالي"، فيلم Chappie
            a, b, end = title
            return end, _PRI["org"], [self.raw(a, 0, b, "MISC", None, "misc")]
        if c.role == "work":
            return None
        head = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        if head in _FESTIVALS:
            return self.festival(i, off, j)
        if head in _EVENTS:
            return self.event(i, off, j)
        if head in _TREATIES:  # اتفاق الطائف، اتفاقية أوسلو: a treaty named by the city where it was signed
            gz = self.gaz_at(j, clitics=False) if self.contiguous(j) else None
            if gz is None or gz[0] != 0 or gz[2].type != "LOC" or gz[2].kind != "city":
                return None
            return gz[1], _PRI["org"], [self.raw(i, off, gz[1], "MISC", None, "misc")]
        first_key = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        definite = first_key.startswith(_AL)
        k = j
        proper = False
        while k < self.n and k - j < 6 and self.contiguous(k):
            key = self.toks[k].info.key
            if key in _MISC_NOUNS:
                if k == j and (key in _REGION_CUPS or (key in _FIELD_CUPS and first_key in ("دوري", "كاس"))):
                    proper = True  # كأس الخليج، دوري الخليج العربي: a cup named by its region; كأس السوبر
                    if key in _FIELD_CUPS:
                        k = self.cup_adjectives(k + 1)  # كأس الأبطال الدولية الودية
                        continue
                k += 1
                continue
            gz = self.gaz_at(k, clitics=False)
            if gz is not None and gz[2].type == "LOC" and gz[0] == 0:
                k, proper = gz[1], True
                continue
            if key == "العالم" or key in self.g.nationalities:
                k, proper = k + 1, True
                continue
            if k > j and self.toks[k].text[0] == "ل" and not key.startswith(_AL):
                if key in _MISC_LAM:
                    k += 1
                    continue
                break  # (الدوري البرتغالي) لكرة القدم: the sport is not part of the competition's name
            if not definite and k == j and self.plain_name(k) and not self.given(key) and not self.and_word(k):
                k, proper = k + 1, True  # دوري روشن، بطولة ويمبلدون
                continue
            if not definite and k == j and first_key in ("دوري", "كاس"):  # not بطولة (من بطولة ويل فاريل: starring)
                named: int | None = self.titled_person(k) or self.title_alone(k)
                if named is None and self.given(key):
                    res = self.person_from(k, 0, context=True)
                    named = res[0] if res is not None and res[0] > k + 1 else None
                if named is not None:  # دوري عبداللطيف جميل للمحترفين، كأس الأمير فيصل بن فهد، كأس الملك: after a person
                    k, proper = named, True
                    continue
            break
        if not proper:
            return None
        if k < self.n and not self.toks[k].brk and self.toks[k].info.kind == "d" and len(self.toks[k].text) == 4 \
                and not (k + 2 < self.n and self.toks[k + 1].text in "/-" and self.toks[k + 2].info.kind == "d"):
            k += 1  # كأس العالم 2026 (not a season after a league: دوري … 2014/2015)
        return k, _PRI["org"], [self.raw(i, off, k, "MISC", None, "misc")]

    def cup_adjectives(self, k: int) -> int:
        """End token of the definite nisba adjectives (two at most) from token k that go on a cup's name after the
        players it is for (كأس الأبطال الدولية الودية، كأس السوبر الإيطالي) or on a festival's after its town
        (مهرجان أملج التراثي البحري): not one of time (الماضية)."""
        end = k
        while end < self.n and end - k < 2 and self.contiguous(end) and self.toks[end].info.kind == "a":
            key = self.toks[end].info.key
            if not key.startswith(_AL) or not key.endswith(("ي", "يه")) or len(key) < 6 or key in _STOP_AL \
                    or key in _TIME_ADJ or key in ("المحلي", "المحليه"):
                break  # (كأس السوبر المحلية: "the local one" describes it)
            end += 1
        return end

    def event(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """A named event: ملتقى السياحة المعرفية، معرض مشكاة التفاعلي، ملتقى ليالي أبها (a noun and a place). The head is
        indefinite, its name starts with a definite word or an unknown one, not with ل (معرض للخطر: exposed
        to) nor with an adjective (مؤتمر صحفي), and agreeing adjectives go on (التفاعلي)."""
        if not self.contiguous(j):
            return None
        first = self.toks[j]
        key = first.info.key
        if first.info.kind != "a" or (first.text[0] == "ل" and not self.place_after(j)) or key in _STOP_AL \
                or self.cue_at(j) or key in self.g.nationalities or _verb_shaped(key) or key in self.g.given_names:
            return None
        if key.startswith(_AL):
            if len(key) < 5 or (key.endswith(("ي", "يه")) and not self.gaz_at(j)):
                return None  # مؤتمر الصحفي …: an adjective, not a name
        elif not self.place_after(j) and (key.endswith(("ي", "يه")) or self.is_lex(key) or not (self.plain_name(j) or (
                self.contiguous(j + 1) and self.toks[j + 1].info.key.startswith(_AL)
                and self.toks[j + 1].info.key.endswith(("ي", "يه")) and len(self.toks[j + 1].info.key) > 5))):
            return None  # مؤتمر صحفي، معرض دائم (but معرض لقاءات الإلكتروني: a common noun and its adjective)
        gz = self.gaz_at(j, clitics=False)
        if gz is not None and gz[2].type != "LOC":
            return None
        k = gz[1] if gz is not None else (self.place_after(j) or j + 1)
        while k < self.n and k - j < 4 and self.contiguous(k):
            nk = self.toks[k].info.key
            if not nk.startswith(_AL) or nk in _STOP_AL or _verb_shaped(nk) or self.cue_at(k):
                break
            gk = self.gaz_at(k, clitics=False)
            if gk is not None:
                if gk[2].type != "LOC":
                    break
                k = gk[1]
                continue
            if not (nk.endswith(("ي", "يه")) and len(nk) > 5) and k > j + 1:
                break
            k += 1
        if k > j + 1 and self.contiguous(k) and self.toks[k].info.key.startswith("لل") and len(self.toks[k].info.key) > 4 \
                and self.toks[k - 1].info.key.startswith(_AL) and self.toks[k - 1].info.key.endswith(("ي", "يه")) \
                and _AL + self.toks[k].info.key[2:] not in _LAM_STOP:
            k += 1  # معرض الرياض الدولي للكتاب: what the event is of, after its adjective
        return k, _PRI["org"], [self.raw(i, off, k, "MISC", None, "misc")]

    def festival(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """A named festival: مهرجان + up to six words of its name (مهرجان رأس تنورة للتراث والترفيه،
        مهرجان التراث والترفيه، مهرجان لوكارنو), stopping at a function word, a verb, a nisba adjective
        after the name (السينمائي، الدولي) or punctuation."""
        k = j
        while k < self.n and k - j < 6 and self.contiguous(k):
            tok = self.toks[k]
            key = tok.info.key
            if tok.info.kind != "a" or _verb_shaped(key) or key in self.g.given_names or _accusative(tok.text) \
                    or (k == j and _object_verb(key)):
                break  # (مهرجان تدعمه القناة: a verb with its object pronoun, not a name)
            gz = self.gaz_at(k)
            if gz is not None and gz[2].type == "LOC":
                k = gz[1]
                continue
            if key.startswith(_AL):
                if k > j and key.endswith(("ي", "يه")) and len(key) > 5 and self.toks[k - 1].info.key.startswith("لل"):
                    k += 1  # مهرجان الثقافية للأفلام الوثائقية: the adjective of what the festival is of
                    break
                if k > j and self.follows_place(k, j) and key not in self.g.nationalities:
                    k = self.cup_adjectives(k)  # مهرجان أبها السياحي، مهرجان أملج التراثي البحري: its kind after
                    break  # its town (the gold writes them in the name)
                if k > j and (key.endswith(("ي", "يه")) and len(key) > 5 or self.follows_place(k, j)):
                    break  # السينمائي، الدولية
                k += 1
                continue
            if self.festival_word(k, j) or (key[:2] in ("لل", "وال") and len(key) > 4) or (
                    key[:1] == "و" and k > j and self.plain_name(k) is False and not self.is_lex(key)
                    and len(key) > 3):
                k += 1
                continue
            break
        if k == j:
            return None
        return k, _PRI["org"], [self.raw(i, off, k, "MISC", None, "misc")]
