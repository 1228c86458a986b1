#!/usr/bin/env python3
"""Generate ``resources/names/gulf_central.tsv``: the "central" spelling of the Gulf name units whose
spellings the Gulf press does not agree on (issue #13: computed here once instead of per name at run time).

For every row of ``gulf_names.tsv`` the labeller's own rule
(:func:`sahifa.nlp.labels_parts._central_spelling`: the common spelling close to most attestations, when
the most attested one is not) is applied; the rows where it names a spelling are written, folded key then
the spelling. A unit that is not in the file keeps the most attested spelling (``_GulfNames.prefer``).
The header carries the row count and the SHA-256 of the ``gulf_names.tsv`` it was made from: the
labeller computes the spellings itself (as before) when the two files disagree. Run it again after
``gen_gulf_names.py`` or a change of the rule's constants (tests/nlp/test_labels.py checks it is current).

Usage (from the repository root):

    python packaging/gen_gulf_central.py
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

NAMES = ROOT / "resources" / "names"
SOURCE = NAMES / "gulf_names.tsv"
OUT = NAMES / "gulf_central.tsv"


def build(source: Path) -> tuple[list[str], str]:
    """The rows (``key<TAB>central``, sorted) and the SHA-256 of ``source``."""
    from sahifa.nlp.labels_parts import _central_spelling
    from sahifa.nlp.labels_sources import _GulfNames, _read_table

    table = _read_table(source, 2, sentinel=True)
    gulf = _GulfNames(table)
    lines = []
    for key, _ in table.items():
        central = _central_spelling(gulf.groups(key))
        if central is not None:
            lines.append(f"{key}\t{central}")
    return sorted(lines), hashlib.sha256(source.read_bytes()).hexdigest()


def text(lines: list[str], digest: str) -> str:
    header = f"# gulf_central\trows={len(lines)}\tsource=gulf_names.tsv sha256={digest}"
    return "\n".join([header, *lines, "# end"]) + "\n"


def main() -> int:
    lines, digest = build(SOURCE)
    OUT.write_text(text(lines, digest), encoding="utf-8")
    print(f"{OUT}: {len(lines)} name units with a central spelling")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
