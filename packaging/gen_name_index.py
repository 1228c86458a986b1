#!/usr/bin/env python3
"""Generate ``resources/names/name_units.tsv`` and ``name_full.tsv``: the name index of
``arabic-name-romanizer`` as the labeller ranks it, one row per Arabic key.

Why: the labeller asked the package's SQLite index (13 MB) one query per name unit and one per whole
name, ~20 µs each on a cold page cache — a quarter of the label cost per article (issue #13's budget is
0.3 ms per article). The answer of each query is fixed by the index, so it is computed here once, with
the labeller's own ranking (:meth:`sahifa.nlp.labels_sources._NameIndex._variants`: Mashriq and Gulf
rows first, else every Arabic-script row; then :func:`~sahifa.nlp.labels_sources._best_variant`), and the
labeller reads a dict.

``name_units.tsv``: every unit key of the index → its best spelling and attestation count.
``name_full.tsv``: whole-name keys whose best spelling is attested at least ``TRUST`` times (the only
ones the labeller takes; a rarer spelling of a whole name is not used).

Columns: folded Arabic key, spelling, count. The header carries the row count and the SHA-256 of the
index (a file from another version of the package is recognised); the file ends with ``# end``.

Usage (from the repository root, with arabic-name-romanizer installed):

    python packaging/gen_name_index.py
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.nlp.labels_sources import _best_variant, _NameIndex  # noqa: E402

OUT = ROOT / "resources" / "names"


def rows(index: _NameIndex, table: str, min_count: int) -> list[str]:
    keys = [k for (k,) in index._index.conn.execute(f"SELECT DISTINCT arabic_key FROM {table}")]
    out = []
    for key in sorted(keys):
        if not key or "\t" in key or "\n" in key:
            continue
        variants = index._variants(table, key)
        if not variants:
            continue
        spelling, count = _best_variant(key, variants)
        if count >= min_count and spelling and "\t" not in spelling:
            out.append(f"{key}\t{spelling}\t{count}")
    return out


def main() -> int:
    from arabic_name_romanizer.api import default_resources_dir

    db = default_resources_dir() / "names.sqlite3"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    index = _NameIndex(use_model=False, tables=None)
    if not index.ok:
        print("arabic-name-romanizer is not usable", file=sys.stderr)
        return 1
    for name, table, min_count in (("name_units", "units", 1), ("name_full", "full_names", _NameIndex.TRUST)):
        lines = rows(index, table, min_count)
        header = (f"# {name}\trows={len(lines)}\tsource=arabic-name-romanizer names.sqlite3 (Wikidata, CC0; "
                  f"package MIT) sha256={digest}\tmin_count={min_count}")
        (OUT / f"{name}.tsv").write_text("\n".join([header, *lines, "# end"]) + "\n", encoding="utf-8")
        print(f"{name}.tsv: {len(lines)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
