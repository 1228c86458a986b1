"""The entity engine's other detectors: person titles, organisations, places (with venues and places
known by their context) and named competitions, festivals and works."""

from __future__ import annotations

from ..core.arabic import strip_article
from .entities_detect_misc import (
    _ADMIN_AREAS,
    _ADMIN_HEADS,
    _CLUB_HEADS,
    _MARKS,
    _NATURAL_HEADS,
    _PLACE_TITLES,
    _ROAD_HEADS,
    _SEAT_HEADS,
    _MiscDetectors,
)
from .entities_orgs import (
    _COMPANY_HEADS,
    _CONSTRUCT_HEADS,
    _EPITHETS,
    _LINKING_ADJ,
    _SECTOR_HEADS,
    _common_def,
    _imperfect_verb,
)
from .entities_people import _ADJ_COMPLEMENT
from .entities_words import (
    _AL,
    _DIRS,
    _FEM_LOC_HEADS,
    _FEM_LOC_PLURAL,
    _GENERIC_MEDIA,
    _KUNYA,
    _LOC_HEAD_NAMED,
    _LOC_HEAD_TAKES_DEF,
    _LOC_PREPS,
    _MEDIA_NAMED,
    _NAME_PREPS,
    _OPEN_Q,
    _ORG_ADJ,
    _PERSON_NAMED,
    _PLACE_PREFIX,
    _PRI,
    _R_HEADS,
    _R_LOC,
    _R_LOC1,
    _R_ORG,
    _R_TITLE,
    _REL_LOC,
    _STOP_AL,
    _TIME_ADJ,
    _TRIBE_HEADS,
    _WEAK_AL_OK,
    _accusative,
    _Raw,
    _verb_shaped,
)


class _Detectors(_MiscDetectors):
    """The organisation, title, place and competition detectors."""

    # -- detectors --------------------------------------------------------------------------------
    def det_title(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        cue = self.cue_at(i, _R_TITLE)
        if cue is None:
            return None
        _off, j, c = cue
        if j == i + 1 and self.weak_title(i):
            res = self.person_from(j, 0, context=True)  # "د محمد" but not "فيتامين د يرتبط"
            return None if res is None else (res[0], _PRI["title"], res[1])
        direct = c.role == "title_direct"
        if direct:
            j = self.rank_qualifiers(i, j)  # الفريق أول ركن، اللواء طيار: the qualifier is the rank's
        place_end = -1
        subs: list[_Raw] = []
        mods = 0
        last = "title"
        while j < self.n and mods < 8:
            tok = self.toks[j]
            if tok.brk:
                break
            if tok.info.kind == "p":
                if tok.text in _OPEN_Q and j + 1 < self.n:
                    res = self.person_from(j + 1, 0, context=True) or self.fallback_name(j + 1)
                    if res is not None:
                        return res[0], _PRI["title"], subs + res[1]
                break
            key = tok.info.key
            # 1. a name (given name, kunya, famous person) — clitic-free only
            res = self.person_from(j, 0, context=True)
            if res is not None:
                return res[0], _PRI["title"], subs + res[1]
            # 2. an entity in the complement (وزير خارجية فرنسا، المتحدث باسم التحالف الدولي)
            gz = self.gaz_at(j)
            if gz is not None:
                off, end, entry = gz
                if entry.type == "PERSON":
                    return end, _PRI["title"], subs + [self.raw(j, off, end, "PERSON", entry, "gaz")]
                subs.append(self.raw(j, off, end, entry.type, entry, "gaz"))
                place = mods == 0 and entry.type == "LOC" \
                    and next(k for o, k, _ in self.toks[i].info.forms if o == cue[0]) in _PLACE_TITLES
                j, mods, last = end, mods + 1, "place" if place else "ent"  # محافظ شقراء (احتفال: no fallback)
                continue
            org = self.det_org(j)
            if org is not None:
                subs.extend(org[2])
                j, mods, last = org[0], mods + 1, "ent"
                continue
            if key in self.g.nationalities:
                j, mods, last = j + 1, mods + 1, "nat"
                continue
            if key in _NATURAL_HEADS:
                feat = self.det_loc(j)
                if feat is not None:  # (الفريق) جبل أم سنمان: a named mountain, not the complement's head
                    subs.extend(feat[2])
                    j, mods, last = feat[0], mods + 1, "ent"
                    continue
            if self.g.cues.get(key) and self.cue_at(j, _R_HEADS):
                j, mods, last = j + 1, mods + 1, "head"
                continue
            if key in _NAME_PREPS:
                j, mods, last = j + 1, mods + 1, "prep"
                continue
            if self.tok_lex(j):
                if (key.startswith(_AL) and len(key) > 3) or any(
                        k.startswith(_AL) and len(k) > 3 for _, k, s in tok.info.forms if s):
                    j, mods, last = j + 1, mods + 1, "noun"
                    continue
                break
            # 3. an unknown word right after a governor's or mayor's title is the place (محافظ شقراء، عمدة قرية …)
            if mods == 0 and j == cue[1] and self.plain_name(j) and not key.startswith(_AL) \
                    and not self.given(key) and not (key.endswith("ي") and self.contiguous(j + 1)) \
                    and next(k for o, k, _ in self.toks[i].info.forms if o == cue[0]) in _PLACE_TITLES:
                pe = j + 1
                nk = self.toks[pe].info.key if self.contiguous(pe) else ""
                if nk.startswith(_AL) and len(nk) > 3 and nk not in _STOP_AL and nk not in self.g.nationalities \
                        and not self.family_name(pe) and not self.cue_at(pe) and not self.given(nk):
                    pe += 1  # محافظ غامد الزناد: a two-word place
                subs.append(self.raw(j, 0, pe, "LOC", None, "loc"))
                j, mods, last = pe, mods + 1, "place"  # (then only a known given name starts the person)
                place_end = j
                continue
            # 3. an unknown word: a name only right after a direct title or after nationality / entity
            if ((direct and (mods == 0 or last == "nat")) or last in ("nat", "ent")) \
                    and not (self.toks[i].info.key == "الفريق" and self.sports):  # the team, not a general
                fb = self.fallback_name(j)
                if fb is not None:
                    return fb[0], _PRI["title"], subs + fb[1]
            elif self.name_like(j, allow_al=False) and self.family_name(j + 1) and not self.gaz_at(j) \
                    and not (self.contiguous(j + 2) and self.toks[j + 2].info.key in _ADJ_COMPLEMENT):
                fb = self.fallback_name(j)  # مدير شؤون المرضى منور الرويلي: a name with its family nisba
                if fb is not None:
                    return fb[0], _PRI["title"], subs + fb[1]
            if key.startswith(_AL) and len(key) > 3 and last in ("title", "noun", "head"):
                j, mods, last = j + 1, mods + 1, "noun"  # وزير الخارجية، رئيس الأركان
                continue
            if last == "title" and mods == 0 and tok.info.kind == "a" and not self.name_like(j) and not self.cue_at(j) \
                    and self.contiguous(j + 1) and self.toks[j + 1].info.key.startswith(_AL):
                j, mods, last = j + 1, mods + 1, "head"  # مدير شؤون (المرضى): a noun in construct with the title
                continue
            break
        if place_end > 0:
            return place_end, _PRI["title"], [r for r in subs if r.t1 <= place_end]  # محافظ شقراء (no name after)
        return None

    def det_org(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        cue = self.cue_at(i, _R_ORG)
        if cue is None:
            return None
        off, j, c = cue
        head_key = self.toks[j - 1].info.key if j - 1 > i else None
        first_key = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        definite = first_key.startswith(_AL)
        role = c.role
        need_vouch = definite and role != "org_strong" and first_key not in _WEAK_AL_OK and head_key is None
        if need_vouch and "(" not in self.text[self.toks[i].end: self.toks[i].end + 120]:
            return None
        if role == "org_media" and first_key == "وكاله":
            agency = self.agency_name(i, off, j)
            if agency is not None or (j < self.n and self.toks[j].info.key == "انباء"):
                return agency  # (وكالة أنباء رسمية: no name)
        if role == "org_media" and (definite or self.toks[i].info.key.startswith(("لل", "بال", "وال", "فال", "كال"))):
            return None  # الموقع المدرج، للموقع المتمثل: the site, not a website's name
        # quoted name right after the head: شبكة “فرات بوست”، شركة "جي 42"
        if self.contiguous(j) is False and j < self.n and self.toks[j].text in _OPEN_Q and not self.toks[j].brk:
            if definite:
                return None  # النقابة "لم تُستشر": a quotation, not a name
            q = self.quoted(j)
            if q is not None:
                a, b = q
                if self.toks[a].info.kind == "a" and self.tok_lex(a) \
                        and not (strip_article(first_key) in _MEDIA_NAMED and b - a <= 3):
                    return None  # but newspapers are often named by common words: صحيفة "الخبر"
                gz = self.gaz_at(a)
                if gz is not None and gz[1] == b and gz[2].type == "ORG":
                    return b + 1, _PRI["org"], [self.raw(a, gz[0], b, "ORG", gz[2], "gaz")]
                return b + 1, _PRI["org"], [self.raw(a, 0, b, "ORG", None, "media")]
            return None
        latin = self.latin_name(i, j, first_key, definite)
        if latin is not None:
            return latin
        parts: list[str] = []
        k = j
        ents: list[_Raw] = []
        g = self.g
        named_after = not definite and first_key in _PERSON_NAMED
        weak_al = definite and first_key in _WEAK_AL_OK
        common_first = False
        person_named = False
        while k < self.n and len(parts) < 8 and self.contiguous(k):
            tok = self.toks[k]
            key = tok.info.key
            if key in _STOP_AL or key in _LINKING_ADJ:
                break  # (الهيئة العالمية للتنمية البشرية) التابعة لـ …: the name ends before a linking participle
            if not parts:
                gz = self.gaz_at(k, clitics=False)
                if gz is not None and gz[2].type == "ORG":
                    office = self.known_office(i, off, first_key, gz) or (
                        None if definite else self.national_branch(i, off, gz))
                    if office is not None:
                        return office
                    # تنظيم داعش، موقع تويتر، فريق وكالة فرانس برس: just the known organisation
                    return gz[1], _PRI["org"], [self.raw(k, gz[0], gz[1], "ORG", gz[2], "gaz")]
            gz = self.gaz_at(k, clitics=False)
            if gz is not None and gz[2].type == "LOC":
                parts.append("ent")
                ents.append(self.raw(k, 0, gz[1], "LOC", gz[2], "gaz"))
                k = gz[1]
                if k < self.n and self.toks[k].info.kind == "d" and not self.toks[k].brk and role == "org_media":
                    parts.append("num")
                    k += 1
                continue
            if key in g.nationalities and not (parts and self.nat_homograph(k)):
                parts.append("nat")
                k += 1
                continue
            if weak_al:
                break  # الجيش / الحكومة: only a nationality or a known place follows (الجيش السوداني)
            if named_after and not parts:
                tp_end = self.titled_person(k)
                if tp_end is not None:  # جامعة الملك عبد الله، مستشفى الأمير محمد بن عبد العزيز
                    parts.extend(["prop"] * (tp_end - k))
                    k = tp_end
                    person_named = True  # (مركز الأمير فيصل بن مشعل) لعلاج العقم: its purpose goes on
                    continue
            if named_after and not parts and key in _KUNYA and self.contiguous(k + 1) \
                    and self.toks[k + 1].info.key.startswith(_AL) and self.toks[k + 1].info.key not in _STOP_AL:
                parts.extend(["prop", "prop"])  # جامعة أم القرى: a kunya with a definite word names it
                k += 2
                continue
            if key in g.given_names and named_after and not parts:
                res = self.person_from(k, 0, context=True)
                if res is not None:  # جامعة محمد بن زايد
                    parts.extend(["prop"] * (res[0] - k))
                    k = res[0]
                    continue
            if not parts and not definite and self.verbal_place(k, lam=False):
                parts.extend(["noun", "ent"])  # هيئة تطوير مدينة الرياض: what it does to a known place
                k = self.verbal_place(k, lam=False)
                break
            if not parts and not definite and role != "org_media" and key in _ADMIN_AREAS:
                loc = self.det_loc(k)  # أمانة منطقة الرياض، بلدية محافظة القرى: the area is part of the name
                if loc is not None and loc[2] and loc[2][-1].type == "LOC":
                    parts.append("ent")
                    ents.extend(loc[2])
                    k = loc[0]
                    break  # and nothing after it (أمانة منطقة الرياض للمرضى)
            if key in g.given_names or (g.cues.get(key) and self.cue_at(k)):
                if not (parts and key.startswith(_AL) and key not in g.given_names):
                    break  # a title or another head starts here (القوات inside حزب القوات is fine)
            if parts and self.toks[k].text[0] == "ل" and not key.startswith(_AL):
                if strip_article(first_key) in _COMPANY_HEADS and "prop" in parts and not any(
                        self.toks[q].info.key.startswith(_AL) for q in range(j, k)):
                    break  # شركة باسف للكيماويات: what a foreign brand does is not its name (but شركة العمران للتهيئة)
                if not definite and self.common_words(j, k) and self.lam_clause(k):
                    break  # مجلس الوزراء للمحافظة على …: a purpose, not the body's name (but مركز المحيط
                    # الهادي للتحذير من …: a name of proper words goes on)
                n_lp = self.verbal_place(k, lam=True) - k  # الهيئة العليا لتطوير مدينة الرياض
                n_known = self.known_lam(k, parts)
                if n_known:
                    parts.extend(["lp"] * n_known)  # الإدارة العامة للدفاع المدني
                    k += n_known
                    break
                if n_lp <= 0:
                    n_lp = self.lam_phrase(k) if role == "org_strong" or person_named or not any(
                        p in ("prop", "ent") for p in parts) else self.gloss_phrase(k)
                if not n_lp and role == "org_strong" and parts[-1] in ("nat", "adj", "ent"):
                    n_lp = self.lam_field(k)  # الجمعية السعودية لطب العيون
                if n_lp:
                    parts.extend(["lp"] * n_lp)
                    k += n_lp
                    continue
                break
            if key.startswith(("و", "ف")) and any(s for _, _, s in tok.info.forms) and (
                    not self.name_like(k) or (len(tok.info.forms) > 1 and (
                        _verb_shaped(tok.info.forms[1][1]) or tok.info.forms[1][1] in g.common))):
                # (أمانة عسير وترصد …: a conjunction and a verb end the name)
                # و + a definite word continues a coordinated name: الأصالة والمعاصرة، للقاحات والتحصين
                if parts and (role == "org_strong" or "lp" in parts) and key.startswith("وال") and len(key) > 4 \
                        and key[1:] not in _STOP_AL and parts[-1] in ("noun", "adj", "lp", "prop") \
                        and not g.cues.get(key[1:]) and self.gaz_at(k) is None:
                    parts.append(parts[-1] if parts[-1] == "lp" else "noun")
                    k += 1
                    continue
                break
            if parts and parts[-1] == "lp":
                if key.startswith(_AL) and (key.endswith(("ي", "يه", "ه")) or key in _ORG_ADJ or key in _EPITHETS) \
                        and key not in _STOP_AL and key not in _TIME_ADJ \
                        and not (gz is not None and gz[2].type == "ORG"):
                    parts.append("lp")  # لحماية المال العام، للشرطة القضائية
                    k += 1
                    continue
                break
            if gz is not None and gz[2].type == "ORG":
                break  # another known organisation starts here
            if key.startswith(_AL):
                if not parts and not definite and strip_article(first_key) in _CLUB_HEADS and self.toks[k].info.kind == "a" \
                        and key not in _STOP_AL and key not in g.nationalities:
                    parts.append("prop")  # نادي الجيل، نادي النصر: a club is named by a common word too
                    k += 1
                    break
                if self.tok_lex(k) or key in g.glossary:
                    is_adj = key.endswith(("يه", "ي")) or key in _ORG_ADJ \
                        or (key.endswith(("يين", "يون")) and self.plural_noun(k - 1)) \
                        or g.glossary.get(key, ("", ""))[1] == "adj" or (bool(parts) and parts[-1] != "ent" and self.lex_adjective(k, parts[-1] == "prop"))
                    if not is_adj and any(p != "noun" for p in parts):
                        break  # nouns only right after the head: وزارة التعليم العالي
                    parts.append("adj" if is_adj else "noun")
                    k += 1
                    continue
                if self.name_like(k):
                    if parts and parts[-1] == "ent" and not key.endswith(("ي", "يه")):
                        break  # نادي نجران (المبالغ …): after a place only an agreeing adjective goes on
                    if any(p in ("noun", "adj") for p in parts):
                        if parts[-1] in ("adj", "noun") and key.endswith(("ي", "يه", "ه")) and len(key) >= 5:
                            parts.append("adj")  # الهيئة الوطنية المستقلة: an agreeing adjective
                            k += 1
                            continue
                        break
                    parts.append("prop")
                    k += 1
                    continue
                if parts and parts[-1] in ("noun", "adj", "prop") and self.lex_adjective(k, parts[-1] == "prop"):
                    parts.append("adj")  # لجنة المنح الجامعية: a nisba the dictionary knows
                    k += 1
                    continue
                if role == "org_strong" and not definite and not parts and (len(key) >= 6 or (
                        len(key) == 5 and first_key in _CONSTRUCT_HEADS and _common_def(key))) \
                        and key not in g.nationalities and self.toks[k].info.kind == "a":
                    common_first = True  # عمادة القبول والتسجيل: a common noun, if more of the name follows
                    parts.append("noun")  # (هيئة السوق المالية: a short one if the dictionary knows it)
                    k += 1
                    continue
                break
            if not parts and not definite and first_key in _CONSTRUCT_HEADS:
                n_c = self.common_construct(k)
                if n_c:  # هيئة حقوق الإنسان، هيئة كبار العلماء: a common noun in construct with a definite one
                    parts.extend(["noun"] * (n_c - k))
                    k = n_c
                    break  # (its adjectives included; nothing else: هيئة كبار العلماء الشيخ …)
            # indefinite word: never after a definite head (المجلس حنفي جبالي، الشركة تعتزم)
            if definite or self.tok_lex(k) or any(p not in ("prop",) for p in parts) \
                    or (parts and self.toks[k - 1].info.key.startswith(_AL)):
                break
            if self.name_like(k, allow_al=False):
                if not parts and role == "org_media" and (self.nisba_adjective(k) or self.agreeing_adjective(k)):
                    break  # صحيفة يومية، قناة محلية: what kind of outlet, not its name
                if not parts and self.lam_purpose(k):
                    break  # منصة لوصف الميزات، موقع لبيع السيارات: what it is for, not its name
                if role == "org_weak" and not parts and key.endswith("ي") and len(key) >= 3 and not self.given(key):
                    break  # فريق آثاري متخصص: an indefinite nisba adjective describes the group, it does not name it
                if key.endswith("ه") and not parts and role != "org_media" and not (
                        strip_article(first_key) in _TRIBE_HEADS and not key.startswith("م")
                        and not (len(key) == 5 and key[2] == "ي")):
                    break  # agreeing indefinite adjective: جماعة مسلحة (a tribe: قبيلة ورفلة, not كبيرة)
                if len(key) == 5 and key[0] == "ت" and key[3] == "ي" and not parts:
                    break  # a verbal noun of the تفعيل pattern: هيئة تحكيم، لجنة تحقيق
                if (key.startswith(("ي", "ت", "سي", "ست")) and len(key) >= 4 and parts) or _imperfect_verb(key):
                    break  # an imperfect verb after the name (or after the head: مؤسسة تعي)
                parts.append("prop")
                k += 1
                n_c = self.construct_next(k) if len(parts) == 1 and role == "org_strong" else 0
                if n_c:  # هيئة سوق المال: a common noun in construct with the word after it
                    parts.extend(["prop"] * (n_c - k))
                    if self.gaz_at(k, clitics=False) is not None:
                        k = n_c
                        break  # أمانة سوق عكاظ: a known name ends it (not … الدعوة)
                    k = n_c
                    continue  # منظمة مرض الزهايمر الدولية: an adjective may follow
                if k < self.n and self.toks[k].info.kind == "d" and not self.toks[k].brk \
                        and strip_article(first_key) in ("شركه", "مجموعه"):
                    parts.append("num")  # شركة جي 42
                    k += 1
                    break
                continue
            break
        # trim
        while parts and parts[-1] in ("nat",) and any(p in ("prop", "ent") for p in parts[:-1]):
            if not definite and parts[-2:] == ["prop", "nat"] and self.plural_noun(k - 2):
                break  # جمعية المنتجين السعوديين: the nationality agrees with a plural noun of the name
            if parts[-2:] == ["nat", "nat"] and self.toks[k - 3].info.key.startswith(_AL):
                break  # مجلس الأعمال السعودي الفرنسي: two countries name a joint body (not شركة فيات الإيطالية …)
            parts.pop()
            k -= 1
        head = strip_article(first_key)
        if head in _SECTOR_HEADS and (definite or parts != ["ent"]):
            return None  # صحة الرياض, but not تعليم الرسم: a sector names a directorate only by its place
        while parts and parts[-1] == "noun" and role != "org_strong":
            parts.pop()
            k -= 1
        if not parts or (common_first and (len(parts) < 2 or (
                parts[-1] == "nat" and not self.country_body(first_key, parts, k)))):
            return None  # (but هيئة الغابات الأمريكية: a public body and its country)
        if head in _SEAT_HEADS and not definite and parts == ["ent"] and len(ents) == 1:
            return k, _PRI["org"], ents  # مركز X، إدارة X: the district or the office of a place is the place
        pk = self.toks[j].info.key
        gzj = self.gaz_at(j, clitics=False)
        if head in _SEAT_HEADS and not definite and parts == ["prop"] and gzj is not None and gzj[2].type == "PERSON":
            return None  # إدارة أوباما: a known person's administration is neither a place nor a body's name
        if head in _SEAT_HEADS and not definite and parts == ["prop"] and not self.given(pk) \
                and not (pk.startswith("الت") and pk[-2:-1] == "ي") and pk not in _PLACE_PREFIX:
            return k, _PRI["org"], [self.raw(j, 0, k, "LOC", None, "loc")]  # مركز نخال، إدارة العقيق (not
            # a verbal noun: إدارة التوظيف)
        if not definite and all(p in ("nat", "adj") for p in parts) and not self.toks[j].info.key.startswith(_AL):
            return None  # شركة صينية، محكمة أندونيسية: a description, not a name
        has_proper = any(p in ("prop", "ent") for p in parts)
        if role == "org_media":
            if not has_proper:
                return self.adjective_outlet(first_key, j, parts) or self.described_outlet(first_key, j)
            if strip_article(first_key) in _GENERIC_MEDIA and "ent" not in parts and "num" not in parts \
                    and parts.count("prop") < 2:
                return None  # في موقع متقدم: "site/position", not a website's name
            # the outlet's name: proper parts (and a number), without the head and trailing adjectives
            last = max(idx for idx, p in enumerate(parts) if p in ("prop", "ent", "num"))
            end = self.outlet_end(j, j + self._parts_tokens(j, parts[: last + 1]))
            return end, _PRI["media"], [self.raw(j, 0, end, "ORG", None, "media")]
        vouched = self.paren_acronym(k)  # التحالف العالمي للقاحات والتحصين (غافي)
        if need_vouch and not vouched:
            return None
        if strip_article(first_key) == "حكومه" and not definite and parts == ["ent"] and len(ents) == 1 \
                and ents[0].entry is not None and ents[0].entry.kind == "city":
            return k, _PRI["org"], ents  # حكومة طرابلس: the government named by its seat is the city
        if first_key == "الحكومه" and parts == ["nat"]:
            return None  # الحكومة العراقية: a description, like القوات الأمريكية
        if role == "org_weak" and not has_proper and not (first_key in _WEAK_AL_OK and "nat" in parts) \
                and not vouched:
            return None
        if role == "org_strong" and parts == ["adj"] and not definite \
                and not (self.toks[j].info.key.startswith(_AL) and self.toks[j].text.rstrip(_MARKS)[-1:] != "ى"):
            return None  # but an indefinite head + a definite adjective is a construct: وزارة الداخلية
        if definite and role == "org_strong" and not has_proper and not vouched and len(parts) < 2 \
                and parts[0] not in ("nat", "lp") and head_key is None:
            return None  # الحزب الحاكم، المجلس العسكري: a description
        known = self.known_before_complement(i, k)
        if known is not None:
            return known
        end = k
        if first_key == "فريق" and has_proper:
            return end, _PRI["org"], [self.raw(j, 0, end, "ORG", None, "org")]  # فريق ليوباردز: the team's name
        return end, _PRI["org"], [self.raw(i, off, end, "ORG", None, "org")]

    def plural_noun(self, k: int) -> bool:
        """Token k is a definite sound plural (المنتجين، الحاسبات): a common noun naming an association's
        members or field, which a nationality after it qualifies (unlike a club's name: الهلال السعودي)."""
        key = self.toks[k].info.key
        return key.startswith(_AL) and len(key) >= 7 and key.endswith(("ين", "ون", "ات")) \
            and key not in self.g.nationalities

    def det_loc(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        cue = self.cue_at(i, _R_LOC)
        if cue is None:
            return None
        off, j, c = cue
        first_key = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        if c.role == "loc_full":
            return self.det_venue(i, off, j)
        if first_key == "احياء" and self.toks[i].text[off:off + 1] == "إ":
            return None  # إحياء مهن الأجداد "reviving the crafts" (أحياء: districts)
        if first_key in _NATURAL_HEADS:
            if "".join(ch for ch in self.toks[i].text[off:] if ch not in _MARKS) not in _NATURAL_HEADS:
                return None  # وأدى (and performed) folds to وادي: the head must be written as it is
            return self.det_feature(i, off, j)
        if first_key.startswith(_AL) and first_key != "العاصمه":
            return None
        head = strip_article(first_key)
        if first_key == "العاصمه" and j < self.n and self.toks[j].info.key in self.g.nationalities:
            j += 1
        if first_key == "العاصمه" and self.contiguous(j) and self.gaz_at(j, clitics=False) is None \
                and self.toks[j].info.key.startswith(_AL) and self.toks[j].info.key.endswith("ه"):
            return None  # العاصمة المقدسة، العاصمة الإدارية: an agreeing adjective, not the capital's name
        if j >= self.n or self.toks[j].brk:
            return None
        if self.toks[j].info.kind == "p":
            if self.toks[j].text in _OPEN_Q:
                q = self.quoted(j)
                if q is not None:
                    a, b = q
                    gz = self.gaz_at(a, clitics=False)
                    entry = gz[2] if gz is not None and gz[1] == b else None
                    if entry is not None and entry.type != "LOC":
                        return None
                    return b + 1, _PRI["loc"], [self.raw(a, 0, b, "LOC", entry, "loc")]
            return None
        inner = self.cue_at(j, _R_LOC1)
        if inner is not None and inner[0] == 0:
            if head == "اماره":
                office = self.governor_office(i, off, j)
                if office is not None:
                    return office
            return self.det_loc(j)
        key = self.toks[j].info.key
        if key.startswith(_AL) and strip_article(key) in _DIRS and self.gaz_at(j, clitics=False) is None:
            return None  # منطقة الوسط، منطقة الشمال: the middle, the north (of a pitch, of a country), no name
        if self.toks[j].info.kind == "a" and self.gaz_at(j, clitics=False) is None and (
                (not key.startswith(_AL) and self.tok_lex(j)) or (len(key) > 4 and key.endswith(("اتنا", "اتها", "هم", "كم")))
                or (head == "قضاء" and key.endswith("ات"))):
            return None  # دولة وهو، لقضاء حاجاتنا، قضاء أوقات: a known word, a pronoun suffix, a plural (not -نا: لويزيانا)
        # ولاية شمال دارفور: an administrative unit named by a direction + a known region
        if key in _DIRS and head in ("ولايه", "محافظه", "اقليم", "مديريه", "منطقه") and self.contiguous(j + 1):
            gz = self.gaz_at(j + 1, clitics=False)
            if gz is not None and gz[2].type == "LOC":
                return gz[1], _PRI["loc"] + 2, [self.raw(j, 0, gz[1], "LOC", None, "loc")]
        gz = self.gaz_at(j, clitics=False)
        if gz is not None:
            if gz[2].type != "LOC":
                return None
            end = gz[1]
            # a longer local name that starts with a known one: ولاية النيل الأبيض
            if head in _LOC_HEAD_TAKES_DEF | {"ولايه"} and self.contiguous(end) \
                    and self.toks[end].info.key.startswith(_AL) and self.toks[end].info.key not in _STOP_AL \
                    and self.toks[end].info.key not in self.g.nationalities and not self.gaz_at(end) \
                    and not self.cue_at(end) and gz[2].kind in ("feature", "region"):
                return end + 1, _PRI["loc"] + 2, [self.raw(j, 0, end + 1, "LOC", None, "loc")]
            return end, _PRI["loc"] + 2, [self.raw(j, 0, end, "LOC", gz[2], "gaz")]
        # compound names: أم كدادة، عين التينة، أولاد تايمة، تل أبيض
        if key in _PLACE_PREFIX and self.contiguous(j + 1) and self.toks[j + 1].info.kind == "a" \
                and self.toks[j + 1].info.key not in _STOP_AL and not self.cue_at(j + 1) \
                and (self.plain_name(j + 1) or self.toks[j + 1].info.key.startswith(_AL)):
            return j + 2, _PRI["loc"] + 1, [self.raw(j, 0, j + 2, "LOC", None, "loc")]
        takes_def = head in _LOC_HEAD_TAKES_DEF
        if self.given(key) and head in _ADMIN_HEADS and self.contiguous(j + 1) and self.toks[j + 1].info.kind == "a" \
                and self.plain_name(j + 1) and not self.family_name(j + 1) and self.gaz_at(j + 1) is None:
            return j + 2, _PRI["loc"], [self.raw(j, 0, j + 2, "LOC", None, "loc")]  # محافظة خميس مشيط
        if self.given(key):
            if not (takes_def or head in _LOC_HEAD_NAMED) or not self.plain_name(j):
                return None
            end = j + 1  # مخيم نور شمس: places named like people
            if self.contiguous(end) and self.plain_name(end):
                end += 1
            return end, _PRI["loc"], [self.raw(j, 0, end, "LOC", None, "loc")]
        if not (self.name_like(j) or self.plain_name(j)):
            if not (takes_def and key.startswith(_AL) and len(key) > 3 and self.toks[j].info.kind == "a"
                    and key not in _STOP_AL and key not in self.g.nationalities and not self.cue_at(j)):
                return None  # مدينة الأبيض: after an indefinite head a definite noun is its name
        if not key.startswith(_AL):
            if (head in _FEM_LOC_HEADS or head in _FEM_LOC_PLURAL) and (
                    key.endswith("يه") or (key.startswith("م") and len(key) >= 5 and key.endswith("ه"))):
                return None  # an agreeing adjective: بلدة نائية، منطقة مجهولة، أحياء سكنية
        elif key in self.g.nationalities or (self.contiguous(j + 1) and self.toks[j + 1].info.key.startswith(_AL)
                                             and self.toks[j + 1].info.key in self.g.nationalities):
            return None  # an adjective, not a name; عاصمة السينما الأمريكية: a noun described, not a name
        end = j + 1
        nk = self.toks[end].info.key if self.contiguous(end) else ""
        if nk and nk.startswith(_AL) and self.name_like(end) and not nk.endswith(("يه", "ي")) \
                and not key.startswith(_AL):
            end += 1  # two-word names: دير حافر، تل رفعت
        return end, _PRI["loc"], [self.raw(j, 0, end, "LOC", None, "loc")]

    def det_feature(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """Mountains and valleys keep their head-word, as the name is written and read: جبل أم درج، جبل
        الخريبة، وادي ساق، وادي حنيفة (the head and one name: a known place, a compound أم/أبو + word, a
        definite noun or an unknown word)."""
        if not self.contiguous(j) or self.toks[j].info.kind != "a":
            return None
        key = self.toks[j].info.key
        gz = self.gaz_at(j, clitics=False)
        if gz is not None:
            if gz[2].type != "LOC":
                return None
            end = gz[1]
        elif key in _PLACE_PREFIX and self.contiguous(j + 1) and self.toks[j + 1].info.kind == "a" \
                and self.toks[j + 1].info.key not in _STOP_AL and not self.cue_at(j + 1):
            end = j + 2  # جبل أم درج
        elif key.startswith(_AL) and len(key) > 3 and key not in _STOP_AL and key not in self.g.nationalities \
                and not self.cue_at(j) and not self.tok_lex(j):
            end = j + 1  # جبل الخريبة
        elif (self.plain_name(j) or self.name_like(j)) and not _verb_shaped(key) and not _accusative(self.toks[j].text):
            end = j + 1  # وادي ساق
        else:
            return None
        return end, _PRI["loc"] + 2, [self.raw(i, off, end, "LOC", None, "loc")]

    def det_venue(self, i: int, off: int, j: int) -> tuple[int, int, list[_Raw]] | None:
        """Stadiums and palaces keep their head-word: ملعب المملكة أرينا، استاد القاهرة، قصر بعبدا.
        Roads and bridges only with a titled person (طريق الملك فهد، جسر الملك فهد; not "عن طريق محمد")."""
        end = j
        proper = False
        head = next(k for o, k, _ in self.toks[i].info.forms if o == off)
        if strip_article(head) in _ROAD_HEADS:
            if off == 0 and i > 0 and self.toks[i - 1].info.key in ("عن", "وعن"):
                return None  # عن طريق المهاجم حمزة …: "by way of" the titled person, no road
            tp = self.titled_person(j)
            if tp is not None:
                return tp, _PRI["loc"] + 2, [self.raw(i, off, tp, "LOC", None, "loc")]
            return None  # طريق القصيم: a road named by where it goes is that place's mention
        while end < self.n and end - j < 4 and self.contiguous(end):
            gz = self.gaz_at(end, clitics=False)
            if gz is not None and gz[2].type in ("LOC", "PERSON"):
                end, proper = gz[1], True
                if strip_article(head) == "كورنيش" and gz[2].type == "LOC":
                    break  # كورنيش جدة (ازدحاما): a corniche is named by its city alone
                continue
            key = self.toks[end].info.key
            tp = self.titled_person(end) if end == j else None
            if tp is not None:
                end, proper = tp, True
                break  # مطار الملك فهد (يوقع …): the person's name ends the venue's
            if self.given(key) and end == j:
                res = self.person_from(end, 0, context=True)
                if res is not None:  # a stadium named after a person (ملعب + a full personal name)
                    end, proper = res[0], True
                    break
            if key in _STOP_AL or key in _NAME_PREPS or self.cue_at(end):
                break
            if end > j and (key[:1] == "و" or (len(key) > 3 and key[-1] == "ه") or self.tok_lex(end)):
                break  # جامع الشايع (ووري جثمانه …)، حديقة الاشتاء (بجوار …): one name, no clause after it
            if self.plain_name(end) and not _verb_shaped(key):
                end, proper = end + 1, True
                continue
            if key.startswith(_AL) and end == j and key not in self.g.nationalities:
                end += 1
                continue
            break
        if not proper and strip_article(head) == "متحف" and end == j + 1 and self.toks[j].info.key.startswith(_AL) \
                and self.toks[j].info.key not in self.g.common and not self.is_lex(self.toks[j].info.key):
            proper = True  # متحف المصمك: a museum is named by a word that is no common noun (not متحف التاريخ)
        if not proper:
            return None
        if self.contiguous(end) and self.toks[end].info.key in ("الدولي", "الدوليه", "الوطني"):
            end += 1  # مطار الملك عبدالعزيز الدولي، متحف المصمك الوطني
        return end, _PRI["loc"] + 2, [self.raw(i, off, end, "LOC", None, "loc")]

    def det_ctx_loc(self, i: int) -> tuple[int, int, list[_Raw]] | None:
        """An unknown place recognised by its context, after في / من / إلى …:
        "في X، التي تقع"، "من X إلى"، "في X شرق سوريا"، "في X بريف دير الزور"."""
        prep = self.toks[i].info.key
        if prep not in _LOC_PREPS:
            return None
        a = i + 1
        if a >= self.n or self.toks[a].brk:
            return None
        quoted = False
        if self.toks[a].text in _OPEN_Q:
            q = self.quoted(a)
            if q is None or q[1] - q[0] > 2:
                return None
            a, b = q
            after = b + 1
            quoted = True
        else:
            b = a + 1
            after = b
        if not self.name_like(a) or self.given(self.toks[a].info.key) or self.gaz_at(a) is not None:
            return None
        if b - a == 1 and self.toks[a].info.key.endswith("ه") and not quoted:
            return None
        if after >= self.n or self.toks[after].brk:
            return None
        t = self.toks[after]
        k = t.info.key
        ok = False
        nxt = [self.toks[q].info.key for q in range(after + 1, min(after + 3, self.n))]
        if t.text == "،" and nxt and (nxt[0] in _REL_LOC or nxt[:2] == ["التي", "تقع"]):
            ok = True
        elif k == "التي" and nxt[:1] == ["تقع"]:
            ok = True
        elif k in _REL_LOC:
            ok = True
        elif prep == "من" and k in ("الي", "حتي"):
            # (من الرياض) إلى جدة; but من اللهب إلى حوالي 2.5 واط: a common noun and a quantity
            ok = not (b - a == 1 and self.toks[a].info.key in self.g.common) and after + 1 < self.n \
                and not self.toks[after + 1].brk and (self.gaz_at(after + 1) is not None
                                                      or self.cue_at(after + 1, _R_LOC) is not None or (
                    self.name_like(after + 1) and not self.is_lex(self.toks[after + 1].info.key)))
        elif k in _DIRS and after + 1 < self.n and not self.toks[after + 1].brk:
            gz = self.gaz_at(after + 1, clitics=False)
            ok = gz is not None and gz[2].type == "LOC"
        else:
            for off, fk, stripped in t.info.forms:
                if stripped and off <= 2 and t.text[0] in "بف" and fk in self.g.cues:
                    cue = self.cue_at(after)
                    ok = cue is not None and cue[2].role == "loc"
                    break
            if not ok and k == "في" and after + 1 < self.n:
                cue = self.cue_at(after + 1)
                ok = cue is not None and cue[2].role == "loc" and cue[0] == 0
        if not ok:
            return None
        return b + (1 if quoted else 0), _PRI["loc"], [self.raw(a, 0, b, "LOC", None, "loc")]
