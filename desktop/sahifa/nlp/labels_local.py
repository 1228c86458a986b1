"""Two conventions of the Gulf's English-language press for local names (issue #13).

* A square, park, street, roundabout, tunnel, cemetery or district named by ONE common noun with the
  article (ساحة العدل، حديقة المناخ، ميدان التحرير، حي الزهور) is a proper name there: the English press
  transliterates the noun and keeps the head in English (Al-Adl Square, Al-Manakh Park, Tahrir Square,
  Al-Zuhur district), where a word-for-word reading gives "Justice Square", "Climate Park", "Liberation
  Square". Palaces are left out: قصر الثقافة, قصر الفنون, قصر العدل are institutions English translates
  (Palace of Culture), and so is ساحة الشهداء (Martyrs' Square). Only when nothing knows the whole name (the gazetteer is asked first).
* A member of a Gulf ruling house (آل نهيان، آل مكتوم، آل خليفة، آل ثاني، آل الصباح، آل القاسمي، آل المعلا،
  آل الشرقي، آل النعيمي) is styled Sheikh in that press whatever the office (Sheikh Mohammed bin Rashid Al
  Maktoum); a label that already carries a title (King, Emir, Sheikh) keeps it.
"""

from __future__ import annotations

from .labels_sources import _Glossary, _key
from .translit import transliterate

# the heads (folded) of places named by a common noun; each must be a "pre" head of the glossary
_LOCAL_HEADS = frozenset({"ساحه", "حديقه", "شارع", "ميدان", "دوار", "نفق", "مقبره", "حي"})
# nouns English translates in such names all the same (Martyrs' Square in Beirut, Tripoli, Baghdad)
_TRANSLATED = frozenset({"الشهداء"})
# the Gulf's ruling houses, as written after آل (folded)
_RULING_HOUSES = frozenset({"نهيان", "مكتوم", "خليفه", "ثاني", "الصباح", "القاسمي", "المعلا", "الشرقي",
                            "النعيمي"})
_TITLES = ("sheikh ", "sheikha ", "king ", "emir ", "prince ", "princess ", "sultan qaboos", "crown prince ")


def local_named_place(glossary: _Glossary | None, name: str) -> str | None:
    """``Al-X Head`` for a local place named by one common noun with the article (ساحة العدل → Al-Adl
    Square), or None."""
    words = name.split()
    if glossary is None or len(words) != 2:
        return None
    head_key, word_key = _key(words[0]), _key(words[1])
    if head_key not in _LOCAL_HEADS or not word_key.startswith("ال") or len(word_key) < 4 \
            or word_key in _TRANSLATED:
        return None
    head = glossary.heads.get((head_key,))
    word = glossary.words.get((word_key,))
    if head is None or head[1] != "pre" or word is None or word[1] != "noun":
        return None
    return f"{transliterate(words[1])} {head[0]}"


def ruling_house_member(name: str, label: str) -> str | None:
    """``Sheikh`` before the label of a person whose name ends with a Gulf ruling house (محمد بن راشد آل
    مكتوم → Sheikh Mohammed bin Rashid Al Maktoum), or None (not such a name, or already titled)."""
    words = name.split()
    if len(words) < 3 or _key(words[-2]) != "ال" or _key(words[-1]) not in _RULING_HOUSES:
        return None
    if not label or label.casefold().startswith(_TITLES):
        return None
    return f"Sheikh {label}"
