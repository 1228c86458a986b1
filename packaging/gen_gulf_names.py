#!/usr/bin/env python3
"""Generate ``resources/names/gulf_names.tsv``: the Gulf spelling of Arab name units.

Why: Saudi and Gulf English-language newspapers (Arab News, Saudi Gazette, Gulf News) romanise names
by a convention of their own — Waleed, Saeed, Khalid, Fahad, Al-Otaibi — that differs from the
Levantine and Egyptian spellings (Walid, Said, Khaled, Fahd) the gazetteer's given names and the name
index's all-region ranking prefer. The people of those countries on Wikidata are spelled the way their
own press spells them, so the Wikidata name index of ``arabic-name-romanizer`` (MIT; Wikidata, CC0)
already holds the convention: this script keeps, for every name unit whose most attested spelling in the
Gulf states (SA, KW, AE, QA, BH, OM) has at least ``MIN_COUNT`` attestations and more than the next one,
its spellings there (for a name with the article, only the ``Al-`` ones), grouped the way the labeller
groups spellings (case, hyphens, spaces, apostrophes and accents ignored: Al-Shammari = Al Shammari),
most attested first.

Output columns: folded Arabic key (the index's ``arabic_key``), then the spelling groups as
``Spelling count`` joined by ``|`` (the group's most attested form; the ``Al-`` form for a key with the
article when the group has one). The header line carries the row count and the SHA-256 of the index
(reproducibility; a truncated file is recognised at load time); the file ends with ``# end``.

Usage (from the repository root, with arabic-name-romanizer installed):

    python packaging/gen_gulf_names.py
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "names" / "gulf_names.tsv"
GULF = ("SA", "KW", "AE", "QA", "BH", "OM")
MIN_COUNT = 3  # the romanizer's own trust threshold: fewer attestations are a weak spelling
MAX_GROUPS = 4
_ARABIC_KEY = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")


def _plain(latin: str) -> str:
    decomposed = unicodedata.normalize("NFKD", latin)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def group_key(latin: str) -> str:
    """Spellings that differ only in case, hyphens, spaces, apostrophes or accents are one."""
    return re.sub(r"[\s\-'’ʼ`]", "", _plain(latin).casefold())


def groups_of(arabic_key: str, rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """(spelling, count) per group, most attested first; a group is written in its most attested form,
    or its ``Al-`` form for a name with the article."""
    by: dict[str, list[tuple[str, int]]] = {}
    for latin, count in rows:
        plain = _plain(latin)
        if not plain or not plain.replace("-", "").replace(" ", "").replace("'", "").isalpha() or not plain.isascii():
            continue
        by.setdefault(group_key(plain), []).append((plain, count))
    out = []
    for forms in by.values():
        merged: dict[str, int] = {}
        for latin, count in forms:
            merged[latin] = merged.get(latin, 0) + count
        ranked = sorted(merged.items(), key=lambda lc: (-lc[1], lc[0]))
        text = ranked[0][0]
        if arabic_key.startswith("ال"):
            hyphened = [lc for lc in ranked if lc[0].startswith("Al-")]
            text = hyphened[0][0] if hyphened else re.sub(r"^(?:[Aa]l|[Ee]l)[ -]?(?=[A-Z])", "Al-", text)
        if text.isupper():  # SAAED → Saaed
            text = text.title()
        text = text[:1].upper() + text[1:]
        out.append((text, sum(merged.values())))
    out.sort(key=lambda tc: (-tc[1], tc[0]))
    return out


def build(db: Path) -> tuple[list[str], str]:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    marks = ",".join("?" * len(GULF))
    rows: dict[str, list[tuple[str, int]]] = {}
    for key, latin, count in conn.execute(
            f"SELECT arabic_key, latin, count FROM units WHERE country IN ({marks})", GULF):
        if _ARABIC_KEY.match(key):
            rows.setdefault(key, []).append((latin, int(count)))
    lines = []
    for key in sorted(rows):
        groups = groups_of(key, rows[key])
        if key.startswith("ال"):  # الفيصل: "Bin Faisal" names a son, not the family
            groups = [g for g in groups if g[0].startswith("Al-")]
        # a clear winner only: the top spelling attested MIN_COUNT times and more often than the next
        if groups and groups[0][1] >= MIN_COUNT and (len(groups) == 1 or groups[0][1] > groups[1][1]):
            lines.append(key + "\t" + "|".join(f"{t} {c}" for t, c in groups[:MAX_GROUPS]))
    return lines, digest


def main() -> int:
    from arabic_name_romanizer.api import default_resources_dir

    db = default_resources_dir() / "names.sqlite3"
    lines, digest = build(db)
    header = (f"# gulf_names\trows={len(lines)}\tsource=arabic-name-romanizer names.sqlite3 (Wikidata, CC0; "
              f"package MIT) sha256={digest}\tcountries={','.join(GULF)}\tmin_count={MIN_COUNT}")
    OUT.write_text("\n".join([header, *lines, "# end"]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} name units")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
