"""Readable English transliteration of Arabic names that the gazetteer has no label for.

Why a hand mapping and not ``camel_tools.utils.transliterate``: CAMeL's charmaps are the
Buckwalter/Safe-Buckwalter/HSB/XML tables — lossless but symbol-based ("bAlY", "Al$ywx"), which is what
the brief forbids in the English pane. Readable romanisation needs what those tables do not model: the
article (``Al-``), long-vowel letters read as vowels or glides by position (و = w/u/o, ي = y/i), teh
marbuta as -a, and short vowels that Arabic script does not write. So: a small consonant table, glide
rules, and two vowel-insertion heuristics (an Arabic word never starts with two consonants unless it is
a foreign loan like ترامب / فرانك, and three consonants in a row are broken after the first). Known
given names always win over the rules (مصطفى → Mustafa, not "Mstfa").

Output: ASCII letters, spaces, hyphens and apostrophes only; every word capitalised
("الباغوز" → "Al-Baghuz", "مصطفى بالي" → "Mustafa Bali", "عبد الفتاح" → "Abdel Fattah").
"""

from __future__ import annotations

from functools import lru_cache

from ..core.arabic import AR_DIACRITICS, TATWEEL, fold

__all__ = ["arab_word", "diminutive", "foreign_word", "place_diminutive", "place_of_person", "transliterate", "transliterate_word"]

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v",
    "گ": "g", "ڨ": "g", "ژ": "zh",
}
_VOWELISH = set("اوىيآأإؤئةعء")
_STRIP = {ord(c): None for c in AR_DIACRITICS + TATWEEL}
_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "أبو": "Abu", "ابو": "Abu", "أبي": "Abi",
              "أبا": "Aba", "أم": "Umm", "ام": "Umm", "آل": "Al", "عبد": "Abd", "دي": "de", "فون": "von",
              "دا": "da", "لا": "La", "لو": "Le", "ولد": "Ould"}
_ABD = {  # second half of عبد ال… names (attributes of God), as usually romanised
    "رحمن": "Rahman", "رحيم": "Rahim", "كريم": "Karim", "عزيز": "Aziz", "حميد": "Hamid", "مجيد": "Majid",
    "قادر": "Qader", "ناصر": "Nasser", "فتاح": "Fattah", "سلام": "Salam", "جبار": "Jabbar", "حليم": "Halim",
    "لطيف": "Latif", "رزاق": "Razzaq", "باسط": "Basit", "واحد": "Wahid", "غني": "Ghani", "هادي": "Hadi",
    "منعم": "Moneim", "مالك": "Malik", "رؤوف": "Raouf", "ستار": "Sattar", "وهاب": "Wahab", "عليم": "Alim",
    "حكيم": "Hakim", "حي": "Hay", "قيوم": "Qayyum", "معطي": "Muti", "إله": "Ilah", "اله": "Ilah",
    "مهدي": "Mahdi", "أمير": "Amir", "جليل": "Jalil", "خالق": "Khaliq", "كافي": "Kafi", "نور": "Nour",
    "حفيظ": "Hafiz", "غفور": "Ghafour", "صمد": "Samad", "سميع": "Samie", "بصير": "Basir",
    "عظيم": "Azim", "فضيل": "Fadil", "باقي": "Baqi", "كبير": "Kabir", "ملك": "Malik", "محسن": "Mohsen",
    "حق": "Haq", "قهار": "Qahhar", "جواد": "Jawad", "مطلب": "Muttalib",
}
_WESTERN_CLUSTER_2ND = set("رل")
_ALEFS = frozenset("اىة")
_WAWYEH = frozenset("اوي")
_AW = frozenset("او")  # Tr, Fr, Br, Kr, Pl, Gl …


def _letters(word: str, arabic: bool = False, foreign: bool = False) -> str:
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if foreign and ch == "ت" and nxt == "ش":
            out.append("ch")  # تش is how Arabic writes a foreign ch (تشو Chu, تشانغ Chang); ش then adds nothing
        elif foreign and ch == "ش" and prev == "ت":
            out.append("")
        elif ch == "ن" and nxt == "غ" and (foreign or i == n - 2):
            out.append("ng")  # نغ is a foreign ng (هونغ Hong, وانغ Wang), not n + gh; one sound: no vowel
        elif ch == "غ" and prev == "ن" and (foreign or i == n - 1):
            out.append("")
        elif foreign and ch == "ق":
            # the Gulf writes a foreign hard g with ق (رودريقو Rodrigo); a Slavic name's is a k (قاديروف)
            out.append("k" if word.endswith("وف") else "g")
        elif foreign and ch == "ف" and i == n - 1 and prev == "و" and n >= 5:
            out.append("")  # written with the و: -ov
        elif ch in _CONS:
            out.append(_CONS[ch])
        elif ch in "اآ":
            out.append("a")
        elif ch == "أ":
            out.append("a" if i == 0 or nxt == "ا" or prev in _CONS else "")
        elif ch == "إ":
            # initial إي before a consonant is one long vowel (إيهاب → Ihab, not "Iihab"); in a foreign
            # name mostly an E (إيستويانوف → Estoyanov, إيفو → Evo, إيتيان → Etienne)
            out.append("e" if foreign and _long_initial_i(word) else "i")
        elif ch == "ى":
            out.append("a")
        elif ch == "ة":
            # after alef it is the t the word is read with (زكاة → Zakat, مشكاة → Mishkat, not "Zakaa")
            out.append("t" if prev in "اآ" else "a" if i == n - 1 else "at")
        elif ch == "ؤ":
            out.append("u")
        elif ch == "ئ":
            out.append("i" if nxt in _CONS or not nxt else "y")
        elif ch == "ء":
            out.append("")
        elif ch == "ع":
            out.append("a" if (i == 0 or (prev in _CONS and (nxt in _CONS or not nxt))) else "")
        elif ch == "و":
            if foreign and i == n - 2 and nxt == "ف" and n >= 5:
                out.append("ov")  # a Slavic surname's -ov (قاديروف → Kadirov, not Kadirof)
            elif foreign and i == n - 1 and i > 0:
                out.append("o")  # Mario, Antonio, Rio: a foreign name's final و is its vowel
            elif not foreign and i == n - 2 and i > 1 and nxt == "ي" and prev in _CONS:
                out.append("aw")  # the nisba -awi: السروي → Al-Sarawi, بدوي → Badawi (not "Sarui")
            elif i == 0 or nxt in _ALEFS or prev in _WAWYEH:
                out.append("w")
            else:
                out.append("o" if foreign else "u")
        elif ch == "ي":
            if i == 1 and _long_initial_i(word):
                out.append("")  # its vowel was written with the إ
            elif nxt == "ة" and i == n - 2 and prev and prev not in _WAWYEH:
                out.append("iy")  # the nisba's feminine: الشرقية → Al-Sharqiya, not Al-Sharqya
            elif i == n - 1:
                out.append("i")
            elif i == 0 or nxt in _ALEFS or prev in _AW:
                out.append("y")
            else:
                out.append("i")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        # anything else (punctuation, unknown letters) is dropped
    return _vowelise(out, word, arabic, "a", foreign)


def _long_initial_i(word: str) -> bool:
    """Whether a word starts with إي before a consonant (إيهاب, إيستويانوف): one long i."""
    return word[:2] == "إي" and len(word) > 2 and word[2] not in _VOWELISH


# two consonants a foreign name starts with, written without a vowel between them in Arabic (St-, Sp-,
# Sc-/Sk-, Ts-, Scht-; Tr-/Fr-/Br-/Pl- are _WESTERN_CLUSTER_2ND): not Sn-, Sm-, Shm-, which begin Arab
# family names written without the article too (سندي, سمحان)
_FOREIGN_ONSETS = frozenset({"ست", "سب", "سك", "تس", "شت"})


def _vowelise(parts: list[str], word: str, arabic: bool = False, short: str = "a", foreign: bool = False) -> str:
    """Insert short vowels the script leaves out (see module docstring)."""
    vowels = set("aeiou")
    kinds = ["v" if p and p[0] in vowels else ("" if not p else "c") for p in parts]
    seq = [(p, k) for p, k in zip(parts, kinds, strict=True) if p]
    if not seq:
        return ""
    out: list[str] = []
    run = 0
    for idx, (p, k) in enumerate(seq):
        if k == "c":
            if idx == 1 and seq[0][1] == "c":
                second = word[1:2] if len(word) > 1 else ""
                if (arabic or second not in _WESTERN_CLUSTER_2ND) and not (foreign and word[:2] in _FOREIGN_ONSETS):
                    out.append(short)
                    run = 0
            elif run >= 2 and not (idx == 2 and foreign and word[:2] in _FOREIGN_ONSETS
                                   and word[2:3] in _WESTERN_CLUSTER_2ND):  # Str-, Spl-, Skr-
                out.append(short)
                run = 0
            run += 1  # consonants since the last vowel, written or inserted
        else:
            run = 0
        out.append(p)
    text = "".join(out)
    # tidy up doubled vowels produced by the rules ("aa" from ا after inserted a)
    while "aaa" in text:
        text = text.replace("aaa", "aa")
    return text


@lru_cache(maxsize=32768)
def transliterate_word(word: str) -> str:
    """One word, capitalised, with ``Al-`` for the article. Uses the given-name table when it can."""
    from .gazetteer import gazetteer  # local: gazetteer imports nothing from here, but keep it lazy

    w = word.translate(_STRIP).strip()
    if not w:
        return ""
    if w.isascii():
        return w
    g = gazetteer()
    name = g.given_name(w)
    if name is not None:
        return name.en
    if w in _PARTICLES:
        return _PARTICLES[w]
    prefix = ""
    body = w
    if len(w) > 3 and w.startswith("ال"):
        prefix, body = "Al-", w[2:]
        name = g.given_name(body)
        if name is not None:
            return prefix + name.en
    if len(body) > 3 and body.endswith("ي"):  # nisba of a known place: البغدادي → Al-Baghdadi
        place = g.lookup(body[:-1])
        if place is not None and place.type == "LOC" and " " not in place.label_en \
                and place.label_en[-1] not in "aeiouy":
            return prefix + place.label_en + "i"
    latin = _masdar(body, article=bool(prefix)) or _participle(body) or _letters(body, arabic=bool(prefix))
    if not latin:
        return ""
    return prefix + latin[0].upper() + latin[1:]


# consonants of a root in the patterns below (ع is one: اعتماد → itimad; its sign is left unwritten)
_ROOT_CONS = {**_CONS, "ع": ""}


def _masdar(body: str, *, article: bool) -> str | None:
    """The verbal noun of a derived form, whose short vowels the pattern fixes: i-C-ti-C-ā-C (VIII:
    احتفال → ihtifal, اقتصادية → iqtisadiya), isti-CC-ā-C (X: استثمار → istithmar), in-Ci-C-ā-C (VII: انسحاب
    → insihab, with the article), instead of the default a-vowels ("Al-Ahtafalat", "Astathmar"): a bare ا that starts such a
    word is a hamzat al-wasl, read i. None for any other word (امريكا, انطونيو, انهار: no such pattern; not
    form IV's i-CC-ā-C, written like the plural a-CC-ā-C without its hamza: الاعمال, الاطفال; nor a foreign
    St- without the article: استراليا)."""
    c = _ROOT_CONS
    n = len(body)
    if n < 5 or body[0] != "ا":
        return None
    if body.startswith("است") and n >= 6 and body[3] in c and body[4] in c and body[5] == "ا" and n > 6:
        head = "isti" + c[body[3]] + c[body[4]] + "a"
        rest = body[6:]
    elif body[2] == "ت" and body[1] in c and body[3] in c and body[4] == "ا" and n > 5 \
            and (article or body[1] != "س"):  # استراليا, استاد: a foreign St- without the article
        head = "i" + c[body[1]] + "ti" + c[body[3]] + "a"
        rest = body[5:]
    elif article and body[1] == "ن" and body[2] in c and body[3] in c and body[4] == "ا" and n > 5:
        # with the article only: a foreign An-/En- word has the same letters (انجلاند, England)
        head = "in" + c[body[2]] + "i" + c[body[3]] + "a"
        rest = body[5:]
    else:
        return None
    if not rest or any(ch not in c and ch not in "اويةء" for ch in rest):
        return None
    tail = _letters(rest, arabic=True) if rest != "ء" else ""
    return head + tail


def _participle(body: str) -> str | None:
    """Two patterns whose short vowels are fixed, where the default reading drops or changes them:

    * the feminine active participle faa'ila, C1 ا C2 C3 ة → C1-a-C2-i-C3-a (القاهرة → Al-Qahira, الجامعة
      → Al-Jamia, ساجدة → Sajida, العاصمة → Al-Asima; not Al-Qahra, Al-Jama);
    * the verbal noun of form III, mufaa'ala, م C1 ا C2 C3 ة → mu-C1-a-C2-a-C3-a (مشاركة → Musharaka,
      محافظة → Muhafaza, مقابلة → Muqabala; not Masharka, Mahafza).

    None for any other word; ا و ي ء are no root letters (نادية, الراوية, مقاومة keep their own reading)."""
    c = _ROOT_CONS
    n = len(body)
    if n == 5 and body[1] == "ا" and body[4] == "ة" and all(ch in c for ch in (body[0], body[2], body[3])):
        return c[body[0]] + "a" + c[body[2]] + "i" + c[body[3]] + "a"
    if n == 6 and body[0] == "م" and body[2] == "ا" and body[5] == "ة" \
            and all(ch in c for ch in (body[1], body[3], body[4])):
        return "mu" + c[body[1]] + "a" + c[body[3]] + "a" + c[body[4]] + "a"
    return None


def arab_word(word: str) -> str:
    """One word of an Arab name read as Arabic: no Western onset (جلوي → Jalawi, كركمان → Karakman, not
    "Jlawi", "Krakman"), which :func:`transliterate_word` allows a word without the article since it
    cannot tell a foreign name (فرانك, Frank) from an Arab one. Otherwise as that function."""
    w = word.translate(_STRIP).strip()
    plain = transliterate_word(word)
    if len(w) < 3 or w.isascii() or w.startswith("ال") or w[1:2] not in _WESTERN_CLUSTER_2ND or w in _PARTICLES \
            or w[:1] in _VOWELISH or plain[1:2].casefold() in "aeiou":
        return plain
    from .gazetteer import gazetteer

    if gazetteer().given_name(w) is not None:
        return plain
    latin = _letters(w, arabic=True)
    return latin[:1].upper() + latin[1:] if latin else plain


def transliterate(name: str) -> str:
    """Readable English for a whole name (several words)."""
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        # عبد + (ال)X → "Abdel X" / "Abdul X": the commonest compound given name
        if w in ("عبد",) and i + 1 < len(words):
            nxt = words[i + 1]
            core = nxt[2:] if nxt.startswith("ال") and len(nxt) > 3 else nxt
            rest = _ABD.get(core) or transliterate_word(core)
            if core in ("له", "لله"):
                out.append("Abdullah")
            else:
                out.append("Abdel " + rest if rest else "Abdel")
            i += 2
            continue
        t = transliterate_word(w)
        if t:
            out.append(t)
        i += 1
    return " ".join(out)


_NOT_ROOT = frozenset("اآأإىيوةء")  # letters that cannot be the consonants C1/C3 of the pattern


def foreign_word(word: str) -> str:
    """One word of a foreign (European, African, Latin American) name nothing knows, as such names are
    spelled in Latin letters: a و read as a vowel is o (بوكوفا → Bokofa, not Bukufa; باناجيوتاكوس →
    Banajiotakos), and the vowel Arabic leaves unwritten between consonants is e (بنزيما → Benzima, not
    Banzima), the commonest vowels of those spellings where the Arab reading has u and a."""
    w = word.translate(_STRIP).strip()
    if not w or w.isascii():
        return w
    latin = _letters(w, foreign=True)
    return latin[:1].upper() + latin[1:]


def diminutive(word: str) -> str | None:
    """A family name on the diminutive pattern fuʿayl, as the Gulf's English press writes it, or None.

    ال + C1 C2 ي C3 … is read C1-u-C2-ai-C3 (الدحيم → Al-Duhaim, الغفيلي → Al-Ghufaili, التويجري →
    Al-Tuwaijri, الزويمل → Al-Zuwaimil, الشويهين → Al-Shuwaihin), where a letter-by-letter reading
    gives Al-Dahim, Al-Ghafili, Al-Tuyjari. Saudi family names are very often diminutives; the same
    letters also spell the adjective pattern faʿīl (الحميد, Al-Hamid), which is common and known to the
    name index, so this is for surnames no source knows. After C3: nothing, a nisba ي (-i), ين/ان
    (-in/-an), one consonant (-iC: Zuwaimil), or a consonant and a nisba (-Ci: Tuwaijri). As the Gulf
    spellings of the name index have it (gulf_names.tsv: Al-Otaibi, Al-Obaid, Al-Omair; Al-Subaie,
    Al-Rubaie), an ع first is read O (العديلي → Al-Odaili) and an ع as C3 ends the name in -e
    (الزريع → Al-Zuraie)."""
    w = word.translate(_STRIP).strip()
    if not w.startswith("ال") or len(w) < 6:
        return None
    body = w[2:]
    c1, c2, ya, c3, rest = body[0], body[1], body[2], body[3], body[4:]
    if ya != "ي" or c1 in _NOT_ROOT - {"و"} or c2 in _NOT_ROOT - {"و"} or (c3 not in _CONS and c3 != "ع"):
        return None
    if c3 == "ع" and rest not in ("", "ي"):
        return None
    if c1 not in _CONS and c1 not in "عو" or c2 not in _CONS and c2 not in "عو":
        return None

    def latin(ch: str) -> str:
        return "" if ch == "ع" else "w" if ch == "و" else _CONS[ch]

    if rest == "":
        tail = ""
    elif rest == "ي":
        tail = "i"
    elif rest in ("ين", "ان"):
        tail = "in" if rest == "ين" else "an"
    elif len(rest) == 1 and rest in _CONS:
        tail = "i" + _CONS[rest]
    elif len(rest) == 2 and rest[0] in _CONS and rest[1] == "ي":
        tail = _CONS[rest[0]] + "i"
    else:
        return None
    if c3 == "ع":
        tail = "e"  # الزريع → Al-Zuraie, السبيعي → Al-Subaie
    head = latin(c1)
    # ع first is an O in the Gulf's spelling of such names (Al-Otaibi, Al-Obaid, Al-Omair)
    stem = (head + "u" if head else "O") + latin(c2) + "ai" + latin(c3) + tail
    return "Al-" + stem[0].upper() + stem[1:]


def place_diminutive(word: str) -> str | None:
    """A place name on the feminine diminutive pattern fuʿayla, as Saudi maps and papers write it, or None.

    (ال) C1 C2 ي C3 ة is read C1-u-C2-ai-C3-ah: بريدة → Buraidah, عنيزة → Unaizah, الخريبة → Al-Khuraibah,
    سبيحة → Subaihah, where a letter-by-letter reading gives Brida, Aniza, Al-Khariba. Arabia's towns,
    villages and wadis very often bear such names; the same letters also spell faʿīla nouns (مدينة, حديقة),
    which the gazetteer and the glossary know, so this is for a place word nothing knows (a guess all the
    same)."""
    w = word.translate(_STRIP).strip()
    article = w.startswith("ال") and len(w) == 7
    body = w[2:] if article else w
    if len(body) != 5 or body[4] != "ة" or body[2] != "ي":
        return None
    c1, c2, c3 = body[0], body[1], body[3]
    if c3 not in _CONS or c1 not in _CONS and c1 != "ع" or c2 not in _CONS and c2 not in "عو":
        return None
    head = "" if c1 == "ع" else _CONS[c1]
    mid = "" if c2 == "ع" else "w" if c2 == "و" else _CONS[c2]
    stem = (head + "u" if head else "U") + mid + "ai" + _CONS[c3] + "ah"
    return ("Al-" if article else "") + stem[0].upper() + stem[1:]


def place_of_person(word: str) -> str | None:
    """A one-word place named after a person, as Saudi maps write it, or None: (ال) + a given name + ية
    (الفيصلية → Al-Faisaliyah, العزيزية → Al-Aziziyah, السليمانية → Al-Suleimaniyah), where a letter-by-
    letter reading gives Al-Fisliya. Not a nationality or a word the gazetteer's glossary knows (السعودية,
    الإسلامية), nor a given name that is also a common word."""
    from .gazetteer import gazetteer

    w = word.translate(_STRIP).strip()
    prefix, body = ("Al-", w[2:]) if w.startswith("ال") else ("", w)
    if len(body) < 5 or not body.endswith("ية") or " " in w:
        return None
    g = gazetteer()
    named = g.given_name(body[:-2])
    key = fold(w)
    if named is None or named.ambiguous or not named.en.isalpha() or named.en[-1] in "aeiouy" \
            or key in g.nationalities or g.glossary.get(key) is not None:
        return None
    return prefix + named.en + "iyah"
