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

from ..core.arabic import AR_DIACRITICS, TATWEEL

__all__ = ["transliterate", "transliterate_word"]

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


def _letters(word: str, arabic: bool = False) -> str:
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in _CONS:
            out.append(_CONS[ch])
        elif ch in "اآ":
            out.append("a")
        elif ch == "أ":
            out.append("a" if i == 0 or nxt == "ا" or prev in _CONS else "")
        elif ch == "إ":
            out.append("i")
        elif ch == "ى":
            out.append("a")
        elif ch == "ة":
            out.append("a" if i == n - 1 else "at")
        elif ch == "ؤ":
            out.append("u")
        elif ch == "ئ":
            out.append("i" if nxt in _CONS or not nxt else "y")
        elif ch == "ء":
            out.append("")
        elif ch == "ع":
            out.append("a" if (i == 0 or (prev in _CONS and (nxt in _CONS or not nxt))) else "")
        elif ch == "و":
            if i == 0 or nxt in _ALEFS or prev in _WAWYEH:
                out.append("w")
            else:
                out.append("u")
        elif ch == "ي":
            if i == n - 1:
                out.append("i")
            elif i == 0 or nxt in _ALEFS or prev in _AW:
                out.append("y")
            else:
                out.append("i")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        # anything else (punctuation, unknown letters) is dropped
    return _vowelise(out, word, arabic)


def _vowelise(parts: list[str], word: str, arabic: bool = False) -> str:
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
                if arabic or second not in _WESTERN_CLUSTER_2ND:
                    out.append("a")
                    run = 1
            elif run >= 2:
                out.append("a")
                run = 1
            run += 1
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
    latin = _letters(body, arabic=bool(prefix))
    if not latin:
        return ""
    return prefix + latin[0].upper() + latin[1:]


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
