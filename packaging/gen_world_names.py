#!/usr/bin/env python3
"""Generate ``resources/names/world_names.tsv``: Arabic spellings of personal names → English.

Why: the Wikidata name index of ``arabic-name-romanizer`` covers people of Arab countries, Iran and
Pakistan only, so a Western name written in Arabic (كارتر، ريغان، كوستا) gets a letter-by-letter guess
("Kartar"). ``arabnamer`` (PyPI, data CC BY 4.0, Yousef 2026, https://github.com/sayedyousef/arabnamer)
ships an English → Arabic dictionary of 22,798 personal-name words from many languages. This script
inverts it into one-word Arabic → English rows.

Kept: entries whose Arabic side is one word of Arabic letters and whose English side is one word of
letters (an English word the dictionary translated as a common phrase — "trump" → "ورقة رابحة" — is
dropped by the one-word rule). When several English names share one Arabic spelling, the one with an
``al-`` hyphen wins for a word with the article (the newspaper form "Al-Masri"), otherwise the longer,
then the alphabetically first: مور → Moore before Maur/Mor/Mur, باري → Barry before Bari/Pare.

Usage (from the repository root; arabnamer itself is not a dependency of Sahifa, only this script
reads it):

    pip download --no-deps -d /tmp/an arabnamer==0.1.3
    python packaging/gen_world_names.py /tmp/an/arabnamer-0.1.3-py3-none-any.whl

Output columns: folded Arabic word, English. The first line is a header with the row count and the
SHA-256 of the source dictionary (reproducibility; a truncated file is recognised at load time).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.core.arabic import fold  # noqa: E402

OUT = ROOT / "resources" / "names" / "world_names.tsv"
MEMBER = "arabnamer/data/dict_FINAL.json"
_ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A]{2,}$")
_LATIN_WORD = re.compile(r"^[a-z][a-z']*(?:-[a-z][a-z']*)?$")


def read_source(path: Path) -> bytes:
    """The dictionary's JSON bytes, from the wheel (or from the JSON file itself)."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as zf:
            return zf.read(MEMBER)
    return path.read_bytes()


def capitalise(word: str) -> str:
    """``al-masri`` → ``Al-Masri``, ``d'alessandro`` → ``D'Alessandro``, ``mcdonald`` → ``McDonald``."""
    parts = re.split(r"([-'])", word)
    out = [p[:1].upper() + p[1:] if p not in "-'" else p for p in parts]
    text = "".join(out)
    if text.startswith("Mc") and len(text) > 3:
        text = "Mc" + text[2].upper() + text[3:]
    return text


def _rank(arabic: str, english: str) -> tuple[int, int, str]:
    with_article = arabic.startswith("ال")
    return (0 if with_article and english.startswith("al-") else 1, -len(english), english)


def invert(pairs: dict[str, str]) -> list[tuple[str, str]]:
    best: dict[str, str] = {}
    for english, arabic in pairs.items():
        english = english.strip().lower()
        arabic = arabic.strip()
        if not _ARABIC_WORD.match(arabic) or not _LATIN_WORD.match(english):
            continue
        key = fold(arabic)
        old = best.get(key)
        if old is None or _rank(arabic, english) < _rank(arabic, old):
            best[key] = english
    return sorted((k, capitalise(v)) for k, v in best.items())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    raw = read_source(Path(argv[1]))
    data = invert(json.loads(raw.decode("utf-8")))
    digest = hashlib.sha256(raw).hexdigest()
    header = (f"# world_names\trows={len(data)}\tsource=arabnamer 0.1.3 {MEMBER} sha256={digest}\t"
              "licence=CC BY 4.0 (arabnamer, Yousef 2026)\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "".join(f"{k}\t{en}\n" for k, en in data), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(data)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
