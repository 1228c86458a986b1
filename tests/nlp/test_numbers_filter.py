"""numbers_words._MAY_BE_NUMBER, the filter that spares _analyse its prefix readings on words that cannot be
number words, must hold every word _analyse reads as one (a superset): with the filter off, the same readings."""

from __future__ import annotations

import random

import pytest

from sahifa.nlp import numbers_words as nw


def _words() -> list[str]:
    known = sorted(set(nw._NUMBER_WORDS) | set(nw._ORDINALS) | set(nw._PLURAL_SCALES) | set(nw._FRACTIONS)
                   | set(nw._UNIT_DUALS) | set(nw._VAGUE))
    rng = random.Random(14)
    out = ["آلاف", "الآلاف", "ثالثاً", "أولها", "وثانيهما", "بعده", "عدة", "التقدير الأولي", "وأحد", "كتاب", "المدرسة"]
    for w in known:
        out.append(w)
        for prefix, _pre, _al in nw._PREFIXES:
            out.append(prefix + w)
        out.append(w + "ا")
        out.append(w + "ها")
    letters = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآء"
    out.extend("".join(rng.choice(letters) for _ in range(rng.randint(2, 8))) for _ in range(3000))
    return out


def test_the_filter_changes_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words()
    nw._INFO_CACHE.clear()
    fast = [nw._analyse(w) for w in words]
    assert sum(r is not None for r in fast) > 500  # the list holds number words, not only others
    nw._INFO_CACHE.clear()
    # every word let through (a frozenset still: the compiled module checks the type)
    monkeypatch.setattr(nw, "_MAY_BE_NUMBER", frozenset(words) | nw._MAY_BE_NUMBER)
    slow = [nw._analyse(w) for w in words]
    nw._INFO_CACHE.clear()
    assert fast == slow
