#!/usr/bin/env python3
"""Generate ``resources/names/foreign_given.tsv``: Arabic spellings of foreign (Western) given names that the
gazetteer's given-name list lacks, for the entity engine's foreign pairs (:mod:`sahifa.nlp.entities_foreign`).

Sources, all already shipped in ``resources/names`` (see its ATTRIBUTION): the Arabic → English name words of
``world_names.tsv`` (arabnamer 0.1.3, CC BY 4.0) and ``name_units.tsv`` (arabic-name-romanizer's Wikidata index,
CC0; spellings attested twice or more), and the given-name and surname weights of ``western_names.tsv`` (U.S.
Census 1990 name files, public domain; Faker's European and American person lists, MIT). An Arabic spelling is
kept when its English form is a given name far more than a surname (given weight at least 3 per 100,000 and at
least twice its surname weight: Ernest, Fabian, Keiko; not Smith, nor Ray, which is a surname as often), and the
Arabic word is no word of the dictionary (Arramooz, except as a proper noun alone), of the engine's lexicon or of
its common words, nor a given name the gazetteer already lists, nor written with the article.

Usage (from the repository root): ``python packaging/gen_foreign_given.py``. Output: a header line with the row
count, then ``folded Arabic <TAB> English`` sorted, then ``# end``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.core.arabic import fold  # noqa: E402
from sahifa.nlp.gazetteer import gazetteer  # noqa: E402
from sahifa.nlp.lexicon import reading  # noqa: E402

NAMES = ROOT / "resources" / "names"
OUT = NAMES / "foreign_given.tsv"
_ITEM = re.compile(r"^(\S+) \S+ ([0-9.]+)/([0-9.]+)$")
MIN_GIVEN = 3.0  # per 100,000 people
MIN_UNITS = 2  # attestations in the Wikidata index


def _weights() -> tuple[dict[str, float], dict[str, float]]:
    given: dict[str, float] = {}
    surname: dict[str, float] = {}
    for line in (NAMES / "western_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        for item in parts[1].split("|"):
            m = _ITEM.match(item)
            if m:
                given[m[1]] = float(m[2])
                surname[m[1]] = float(m[3])
    return given, surname


def main() -> None:
    g = gazetteer()
    given, surname = _weights()
    out: dict[str, str] = {}

    def consider(arabic: str, english: str) -> None:
        key = fold(arabic)
        if len(key) < 3 or key.startswith("ال") or key in g.given_names or key in g.common or key in g.lexicon:
            return
        r = reading(key)
        if r is not None and r[0] != "p":
            return  # a word of the dictionary (other than a proper noun alone)
        gw, sw = given.get(english, 0.0), surname.get(english, 0.0)
        if gw >= MIN_GIVEN and gw >= 2 * sw:
            out.setdefault(key, english)

    for line in (NAMES / "world_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            arabic, english = line.split("\t")[:2]
            consider(arabic, english)
    for line in (NAMES / "name_units.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) >= 3 and parts[2].isdigit() and int(parts[2]) >= MIN_UNITS:
            consider(parts[0], parts[1])
    rows = sorted(out.items())
    text = f"# foreign_given\trows={len(rows)}\tsource=world_names.tsv, name_units.tsv, western_names.tsv\n"
    text += "".join(f"{k}\t{v}\n" for k, v in rows) + "# end\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(rows)} rows → {OUT}")


if __name__ == "__main__":
    main()
