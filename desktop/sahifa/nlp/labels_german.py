"""German names written in Arabic, read back in German spelling (issue #13).

Arabic writes German St-, Sp-, Schw-, Schn-, Schm-, Schl- and Schr- as ش followed by a consonant at the
start of a word (شتاينماير, شفاينشتايجر, شنيدرلين; not ش + ل or ر, which English names have: Shelby): a start no Arabic word has (Arabic syllables never
begin with two consonants), so a foreign name word that starts so is read as German: the onset as German
spells it (ش + ت → St, ش + ف → Schw: German w is written ف), اي as the diphthong ei (ein, stein), an
inner شت as st, تز/تس as tz, ج/غ as g, and the vowel Arabic leaves unwritten before a final ر or ن as
e (-er, -en, -el): شفاينشتايجر → Schweinsteiger, شتاينماير → Steinmeir (Steinmeier), شتيغن → Stigen
(Stegen). Used only for a word of a foreign name that no source knows (a guess, marked as one).
"""

from __future__ import annotations

# not ش + ل/ر (English writes Shel-, Shr-: شلبي, Shelby), nor ش + و (an Arab diminutive: شويل, Shuwail)
_ONSETS = (("شت", "St"), ("شب", "Sp"), ("شف", "Schw"), ("شن", "Schn"), ("شم", "Schm"))
_CONSONANTS = {"ب": "b", "ت": "t", "د": "d", "ف": "f", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ر": "r",
               "س": "s", "ز": "z", "ج": "g", "غ": "g", "خ": "ch", "ه": "h", "ش": "sch", "ث": "th"}
_VOWELS = frozenset("اوي")
_ALIFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def german_word(word: str) -> str | None:
    """One word of a foreign name read as German when it starts with ش + a consonant + a vowel letter
    (شنغدونغ, a Chinese word run together, is not German), else None."""
    w = word.translate(_ALIFS)
    onset = next((latin for ar, latin in _ONSETS if w.startswith(ar)), None)
    if onset is None or len(w) < 4 or w[2] not in _VOWELS or any(ch not in _CONSONANTS and ch not in _VOWELS and ch != "ة" for ch in w):
        return None
    out = [onset]
    i = 2
    prev_vowel = False
    while i < len(w):
        two = w[i:i + 2]
        ch = w[i]
        if two == "اي":
            out.append("ei")
            i, prev_vowel = i + 2, True
            continue
        if two == "او":
            out.append("au")
            i, prev_vowel = i + 2, True
            continue
        if two == "شت":
            out.append("st")
            i, prev_vowel = i + 2, False
            continue
        if two in ("تز", "تس"):
            out.append("tz")
            i, prev_vowel = i + 2, False
            continue
        if ch == "ا":
            out.append("a")
            prev_vowel = True
        elif ch == "ي":
            out.append("i" if not prev_vowel else "y")
            prev_vowel = True
        elif ch == "و":
            out.append("o" if not prev_vowel else "w")
            prev_vowel = True
        elif ch == "ة" or (ch == "ه" and i == len(w) - 1):
            out.append("e")
            prev_vowel = True
        else:
            latin = _CONSONANTS[ch]
            nxt = w[i + 1:i + 2]
            # the unwritten e of -er/-en after a consonant (…جر → -ger, …غن → -gen), and before ر + consonant
            if ch in "رنل" and not prev_vowel and (not nxt or (nxt not in _VOWELS and ch == "ر")):
                latin = "e" + latin
            out.append(latin)
            prev_vowel = False
        i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:]
