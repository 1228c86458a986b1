#!/usr/bin/env python3
"""Generate ``resources/names/place_skeletons.tsv``: GeoNames' one-word Arabic place names by consonant
skeleton, for foreign places spelled with or without their long vowels (بتسبرغ ~ بيتسبرغ, Pittsburgh;
:func:`sahifa.nlp.labels_parts.place_skeletons`).

Why a file: the labeller built this index from ``geonames_ar.tsv`` on its first unknown place, 15–40 ms
of a cold run over a few hundred articles (issue #13's budget is 0.3 ms per article). It depends on
``geonames_ar.tsv`` alone, so it is written here once, after ``packaging/gen_geonames.py``; a test checks
the two agree.

Columns: skeleton, folded Arabic key, English; a header with the row count; ``# end`` last.

Run from the repository root:  ``python packaging/gen_place_skeletons.py``  (idempotent; sorted output).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.nlp.labels_parts import place_skeletons  # noqa: E402
from sahifa.nlp.labels_sources import _read_table  # noqa: E402

NAMES = ROOT / "resources" / "names"


def main() -> int:
    geonames = _read_table(NAMES / "geonames_ar.tsv", 4, sentinel=False)
    index = place_skeletons(geonames.items())
    lines = [f"{sk}\t{index[sk]}" for sk in sorted(index)]
    header = f"# place_skeletons\trows={len(lines)}\tsource=geonames_ar.tsv (GeoNames, CC BY 4.0)"
    (NAMES / "place_skeletons.tsv").write_text("\n".join([header, *lines, "# end"]) + "\n", encoding="utf-8")
    print(f"place_skeletons.tsv: {len(lines)} skeletons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
