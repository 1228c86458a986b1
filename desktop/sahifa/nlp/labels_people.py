"""People's names put into English unit by unit (:class:`PersonLabels`, a base of
:class:`~sahifa.nlp.labels_resolver.LabelResolver`): the gazetteer's given names, the Gulf press's
spellings, the name index (arabic-name-romanizer), arabnamer's world names, an Arab reading of a word
nothing knows, and a foreign name's words matched by sound against the English name list."""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .labels_adjectival import adjectival_surname
from .labels_german import german_word
from .labels_loan import inner_initial
from .labels_match import recognisable, sanitize_label
from .labels_parts import _alike, _newspaper_units
from .labels_places import PlaceLabels
from .labels_shared import _FIRST_LATIN, _has_article
from .labels_sound import ARAB_ONLY, GIVEN, SURNAME, arabic_key, latin_key, skeleton
from .labels_sources import (
    _MEMO_SIZE,
    NAME_INDEX,
    NAME_LIST,
    TRANSLITERATION,
    Label,
    _GulfNames,
    _NameIndex,
    _Table,
    fold,
)
from .translit import arab_word, diminutive, foreign_word, transliterate, transliterate_word

# how a person's name unit was found, weakest first; a name's source is its weakest unit's
# (_RARE: a spelling the name index attests fewer than TRUST times, the last resort before a guess)
_GUESS, _SOUND, _RARE, _KNOWN = 0, 1, 2, 3
# how closely (vowel slots, :func:`.labels_sound.similarity`) a word must sound like a name of the English
# list for the name to take it; the list's own threshold (0.8) lets a vowel of three differ (آرسين ~ Wierson)
CLOSE = 0.85
_UNIT_SOURCE = {_GUESS: TRANSLITERATION, _SOUND: NAME_LIST, _RARE: NAME_INDEX, _KNOWN: NAME_INDEX}
_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "ابو": "Abu", "ابي": "Abi", "ال": "Al", "ذو": "Dhu",
              "ذي": "Dhi"}
_GLUED_ARTICLE = re.compile(r"^[AE]l(?=[a-z]{3})")

# letters a foreign name's Arabic spelling does not use: ARAB_ONLY but ق, which the Gulf press writes for
# a foreign hard g (رودريقو Rodrigo, هيقيتا Higuita: ق is read g in the Gulf's Arabic), and the feminine
# ending ة (مقولة is an Arab word)
_NOT_FOREIGN = (ARAB_ONLY - {"ق"}) | {"ة"}
# a European particle inside a foreign name, written lower-case as English writes it (لويس فان جال → Louis
# van Gaal, not the Vietnamese Phan a name index holds for فان; دي stays: English writes De Gea, De Rossi)
_WESTERN_PARTICLES = {"فان": "van", "فون": "von", "دا": "da", "دير": "der"}


def slavic_ic(unit: str) -> str | None:
    """A South Slavic surname's -ić, which Arabic writes يتش (تش: the ch that Arabic words do not end
    in), as English papers print it: -ic, -vic after ف (نوهانوفيتش → Nohanovic, مودريتش → Modric), not the
    letter-by-letter "Nuhanufitsh"; None for another word. Five letters before يتش at least: ريتش (Rich),
    بيتش (Beach) are English words."""
    if len(unit) < 6 or not unit.endswith("يتش"):
        return None
    stem, end = unit[:-3], "ic"
    if stem.endswith("ف"):
        stem, end = stem[:-1], "vic"
    body = foreign_word(stem) or transliterate_word(stem)
    return body + end if body else None


class PersonLabels(PlaceLabels):
    """The person half of the label resolver; the resolver provides the tables (see its ``__init__``)."""

    world: dict[str, str] | _Table
    gulf: _GulfNames | None
    _unit_memo: dict[str, tuple[str, int]]
    _arab_memo: dict[str, bool]
    _listed_memo: dict[str, bool]

    def _person(self, name: str) -> Label | None:
        """A person's name as a newspaper prints it (:func:`_newspaper_units`), unit by unit; when every
        unit is attested, the spelling of the whole name wins if at least TRUST people bear it
        (عبد ربه منصور هادي → Abdrabbuh, not Abd Rabo, Mansour Hadi). Names with a unit nothing knows
        (most foreign names) are not in the Arab-world name index: no query for them."""
        index = self.index
        if index is None or not index.ok:
            return None  # without the name index, people keep today's label
        units = _newspaper_units(index.units(name))
        found = self._sound_alike(units, self._arab_reading(units, [self._unit(unit) for unit in units]))
        parts: list[str] = []
        weakest = _KNOWN
        foreign = _NOT_FOREIGN.isdisjoint(name) and not any(u.startswith("ال") or " " in u for u in units)
        for unit, (text, how) in zip(units, found, strict=True):
            if 0 < len(parts) < len(units) - 1 and unit in _WESTERN_PARTICLES and not _NOT_FOREIGN & set(name):
                text = _WESTERN_PARTICLES[unit]
            if text and how == _GUESS and unit.endswith("وف") and len(unit) >= 5 and text.endswith("uf"):
                # a Slavic surname's -ov (ألخانوف → Alkhanov, not Alkhanuf), its ق a k (قاديروف → Kadirov)
                text = text[:-2].replace("Q", "K").replace("q", "k") + "ov"
            if text and how == _GUESS and (slavic := slavic_ic(unit)) is not None:
                text = slavic
            if how == _GUESS and foreign and (german := german_word(unit)) is not None:
                text = german  # ش + a consonant first: German St-, Schw- (شفاينشتايجر → Schweinsteiger)
            if text:
                parts.append(text)
                weakest = min(weakest, how)
        if not parts:
            return None
        if len(units) > 1 and weakest >= _RARE:
            full = index.full(units)
            if full is not None and full[1] >= index.TRUST:
                words = full[0].split()
                if len(words) == len(units):  # Thamer Alhameed → Thamer Al-Hameed, word by word
                    words = [self._article_form((w, 0), u)[0] for w, u in zip(words, units, strict=True)]
                return Label(sanitize_label(" ".join(words)), NAME_INDEX)
        return Label(sanitize_label(" ".join(parts)), _UNIT_SOURCE[weakest])

    def _sound_alike(self, units: list[str], found: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """A foreign name's words → the English names that sound like them (:mod:`.labels_sound`).
        Only for a name that looks foreign: two words at least, none with the article, a particle or a
        letter Western names are not spelled with (ح ع ص ض ط ظ ق ذ). Then

        * when every word the other sources know is itself a name of the English list (Robert, not
          Zuhair), the words nothing knows are matched;
        * when one of them is a Western name of the list that Arab sources do not hold as a given name
          (Brad, Angelina — not Sami, Adam), the name is Western: a word another source spells in a
          way that does not sound as the Arabic is written (جولي → Giuly, ويل → Oueil: French and stray
          spellings) is matched too, when a name of the list sounds like it; a spelling that sounds
          as written stays (ليام → Liam)."""
        if len(units) < 2:
            return found
        for unit in units:
            if " " in unit or unit.startswith("ال") or not _NOT_FOREIGN.isdisjoint(unit):
                return found
        guessed = any(how == _GUESS for _, how in found)
        arab = [how >= _RARE and self._arab_given(unit) for unit, (_, how) in zip(units, found, strict=True)]
        if not guessed and all(arab):
            return found  # an Arab name: no need of the English list
        sound = self._sound_index()
        if sound is None:
            return found
        # a known word's place on the English list counts only for a word Arab sources do not hold, unless a
        # word is guessed (then every known word must be listed): no list search for محمد in Robert Mohammed
        listed = [how >= _RARE and (guessed or not ar) and self._western_word(text)
                  for (text, how), ar in zip(found, arab, strict=True)]
        western = any(lst and not ar for lst, ar in zip(listed, arab, strict=True))
        if not western and not (guessed and all(lst or how == _GUESS or inner_initial(units, i)
                                                   for i, (lst, (_, how)) in enumerate(zip(listed, found, strict=True)))):
            return found
        matches = []
        last = len(units) - 1
        for i, (unit, (text, how), lst, ar) in enumerate(zip(units, found, listed, arab, strict=True)):
            respell = western and how >= _RARE and not lst and not ar and latin_key(text) != arabic_key(unit)
            # the first word is a given name, the last a surname (جيرود: Giroud, not the given name Jerrod)
            role = GIVEN if i == 0 else SURNAME if i == last else None
            matches.append(sound.lookup(unit, role=role) if (how == _GUESS or respell)
                           and not inner_initial(units, i) else None)
        # a name is matched by sound only when every word nothing else knows sounds closely like a name of
        # the list: one loose or missing match (آرسين ~ Wierson) makes the whole a guess, each such word
        # spelled as foreign names are, and marked as a guess (not "Wierson Finger" as a known name)
        # (an initial, كيه in فيليب كيه ديك, is no word to match: latin_initials writes it as K.)
        trusted = all(m is not None and m[1] >= CLOSE for i, (m, (_, how)) in enumerate(zip(matches, found, strict=True))
                      if how == _GUESS and not inner_initial(units, i))
        out = []
        for unit, (text, how), match in zip(units, found, matches, strict=True):
            if how == _GUESS:
                if match is not None and trusted:
                    out.append((match[0], _SOUND))
                else:  # a foreign word no list knows closely: spelled as such names are
                    out.append((foreign_word(unit) or text, _GUESS))
            elif match is not None and match[1] >= CLOSE:  # a stray spelling respelled (جولي → Julie)
                out.append((match[0], _SOUND))
            else:
                out.append((text, how))
        return out

    def _arab_reading(self, units: list[str], found: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The guessed words of an Arab name (one with a family name with the article, a particle, or a
        given name Arab sources hold) read as Arabic words (:func:`~.translit.arab_word`: جلوي بن محمد →
        Jalawi, not "Jlawi"), before :meth:`_sound_alike` may find the name foreign and spell them so."""
        if not any(how == _GUESS for _, how in found):
            return found
        arab = any(unit.startswith("ال") or fold(unit.split()[0]) in _PARTICLES for unit in units) \
            or any(how >= _RARE and self._arab_given(unit) for unit, (_, how) in zip(units, found, strict=True))
        if not arab:
            return found
        out = []
        for unit, (text, how) in zip(units, found, strict=True):
            if how == _GUESS and " " not in unit and text == transliterate_word(unit):
                text = arab_word(unit)
            out.append((text, how))
        return out

    def _western_word(self, english: str) -> bool:
        """Whether one English word is a name of the Census list (western_names.tsv); memoised per word
        (a search of its sound group when it is not listed as written: ~0.1 ms; issue #13)."""
        hit = self._listed_memo.get(english)
        if hit is None:
            sound = self._sound_index()
            hit = sound is not None and sound.has_name(english)
            if len(self._listed_memo) < _MEMO_SIZE:
                self._listed_memo[english] = hit
        return hit

    def _arab_given(self, unit: str) -> bool:
        """Whether a name word is an Arab given name (the gazetteer's given names, the Gulf spellings);
        memoised per word: a person's name asks it of every unit (محمد in one name of five), three
        look-ups and a fold each time (issue #13)."""
        hit = self._arab_memo.get(unit)
        if hit is None:
            hit = self._arab_given_uncached(unit)
            if len(self._arab_memo) < _MEMO_SIZE:
                self._arab_memo[unit] = hit
        return hit

    def _arab_given_uncached(self, unit: str) -> bool:
        if gazetteer().given_name(unit) is not None:
            return True
        index = self.index
        return self.gulf is not None and index is not None and bool(self.gulf.groups(index._key(unit)))

    def _unit(self, unit: str) -> tuple[str, int]:
        hit = self._unit_memo.get(unit)
        if hit is None:
            hit = self._unit_uncached(unit)
            if len(self._unit_memo) < _MEMO_SIZE:
                self._unit_memo[unit] = hit
        return hit

    def _unit_uncached(self, unit: str) -> tuple[str, int]:
        """English for one name unit (a word, or a particle group: بن عبد العزيز, عبد الله, آل سعود).

        A particle is written by the newspaper convention (bin, bint, ibn, Abu, Al) and the name after
        it resolved on its own; compound given names (عبد الله, نصر الدين) are looked up whole."""
        toks = unit.split()
        if len(toks) == 1:
            return self._word(toks[0])
        head = fold(toks[0])
        if head in _PARTICLES:
            rest, how = self._unit(" ".join(toks[1:]))
            small = diminutive("ال" + toks[1]) if how == _GUESS and len(toks) == 2 and head == "ال" else None
            if small is not None:  # a house on the diminutive pattern: آل مريع → Al Muraie, آل معيقل → Al Muaiqil
                rest = small[3:]
            elif how == _GUESS and len(toks) == 2 and rest == transliterate_word(toks[1]):
                rest = arab_word(toks[1])  # after a particle, an Arab name: آل كركمان → Al Karkaman
            if head == "ال":  # آل الشيخ → Al-Sheikh, آل سعود → Al Saud
                return (rest if rest.startswith("Al-") else f"Al {rest}"), how
            return f"{_PARTICLES[head]} {rest}", how
        index = self.index
        given = gazetteer().given_name("".join(toks))
        if given is not None:  # عبد العزيز → عبدالعزيز
            return self._gulf_spelling(unit, given.en) or given.en, _KNOWN
        gulf = self._gulf_spelling(unit, None)
        if gulf is not None:
            return gulf, _KNOWN
        hit = index.unit(unit) if index is not None else None
        if hit is not None:
            return hit[0], _KNOWN
        return transliterate(unit), _GUESS

    def _word(self, word: str) -> tuple[str, int]:
        found = self._word_spelling(word)
        return self._article_form(found, word) if word.startswith("ال") else found

    def _article_form(self, hit: tuple[str, int], word: str) -> tuple[str, int]:
        """A spelling of a family name with the article (ال…) in the press's Al- form: the article glued
        to the name is split off (Alhamrani → Al-Hamrani, Elsayed → Al-Sayed). Not a Western name whose
        Arabic spelling starts with the same letters (الكسندر → Alexander, الفريد → Alfred: the Latin letter
        after "Al" must be one the Arabic letter after ال is written with, and the word not a common
        Western name)."""
        text = hit[0]
        if word.startswith("ال") and _GLUED_ARTICLE.match(text) \
                and text[2] in _FIRST_LATIN.get(word[2:3], "aeiou") and not self._common_western(text):
            return "Al-" + text[2:3].upper() + text[3:], hit[1]
        return hit

    def _common_western(self, english: str) -> bool:
        """Whether one word is a common name of the Census list (at least one bearer in 100,000: Alfred,
        Albert; not the Arab-American Alhameed, 0.06)."""
        sound = self._sound_index()
        if sound is None:
            return False
        return any(name == english and weight >= 1.0 for name, _key, weight in
                   sound.candidates(skeleton(latin_key(english))))

    def _word_spelling(self, word: str) -> tuple[str, int]:
        """One name word: the gazetteer's given names (the project's spellings) first, except for a
        family name with the article, where the name index's attested surname spelling wins; then a
        spelling the name index attests TRUST times, arabnamer's world names, the index's weak spelling,
        a guess (which :meth:`_person` may replace by a name that sounds like it)."""
        index = self.index
        surname = word.startswith("ال")
        gulf = self._gulf_spelling(word, None) if surname else None
        if gulf is not None:
            return gulf, _KNOWN
        hit = index.unit(word) if index is not None and surname else None
        if hit is not None and not _has_article(hit[0], word):
            # السقا → Sakka, اليونسي → Younsi: the bare name as its region writes it; the Gulf press writes
            # the article (Al-Sakka), and the attested spelling of the name itself stays
            bare = hit[0]
            if bare[:1] in "Ll" and word[2:3] in "اأإآع" and len(bare) > 2:
                bare = bare[1:]  # العادي → Laadi, العبيدي → Labidi: the article's l glued to a vowel
            hit = ("Al-" + bare[:1].upper() + bare[1:], hit[1])
        if hit is not None and hit[1] >= _NameIndex.TRUST:
            return hit[0], _KNOWN
        given = gazetteer().given_name(word)
        if given is not None:
            return self._gulf_spelling(word, given.en) or given.en, _KNOWN
        gulf = self._gulf_spelling(word, None) if not surname else None
        if gulf is not None:
            return gulf, _KNOWN
        if index is not None and not surname:
            hit = index.unit(word)
        if hit is not None and hit[1] >= _NameIndex.TRUST:
            return hit[0], _KNOWN
        world = self.world.get(fold(word))
        if world is not None and (not surname or world.startswith("Al-") or self._western_word(world)):
            # a word with the article: arabnamer's Al- forms and Western names (اليخاندرو → Alejandro);
            # its others are a European reading of an Arab family name (الشيخ → Alcheikh) or drop its
            # article (الاحمدي → Ahmadi)
            return world, _KNOWN
        small = diminutive(word) if surname else None
        adjective = adjectival_surname(word) if small is not None else None
        if adjective is not None and small is not None:  # العتيق: the adjective Al-Ateeq, not the diminutive Al-Otaiq (labels_adjectival)
            # unless the name index attests the diminutive (الخضير: Al-Khudair); its other rare spellings
            # (الكريم → Al-Abdulkarim) lose to the adjective
            return (hit[0], _RARE) if hit is not None and recognisable(hit[0], small) else (adjective, _GUESS)
        if small is not None:  # Saudi family names: الدحيم is Al-Duhaim, not the index's rare Al-Daheem
            return small, _GUESS
        if hit is not None:
            return hit[0], _RARE
        guess = index.model(word) if index is not None else None
        return (guess or transliterate_word(word)), _GUESS

    def _gulf_spelling(self, unit: str, current: str | None) -> str | None:
        """The Gulf press's spelling of a name unit when it should replace ``current`` (see
        :meth:`~.labels_sources._GulfNames.prefer`): وليد → Waleed, سعيد → Saeed, العتيبي → Al-Otaibi;
        None: keep ``current`` (محمد → Mohammed)."""
        gulf, index = self.gulf, self.index
        if gulf is None or index is None or not index.ok:
            return None
        key = index._key(unit)
        central = gulf.central(key)  # (None: the press agrees)
        if central is None:
            text = gulf.prefer(key, current)
        else:  # the project's spelling stays when it is alike to the central one
            text = None if current is not None and _alike(current, central) else central
        return sanitize_label(text) if text else None
