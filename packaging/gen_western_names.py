#!/usr/bin/env python3
"""Generate ``resources/names/western_names.tsv``: English given names and surnames with their frequency
and phonetic key, for matching Western names written in Arabic letters (:mod:`sahifa.nlp.labels_sound`).

Source: the U.S. Census Bureau's 1990 name frequency files (public domain, a work of the U.S. federal
government): ``dist.male.first`` (1,219 names), ``dist.female.first`` (4,275) and ``dist.all.last``
(88,799 surnames), as shipped in the ``names`` package 0.3.0 (PyPI, MIT licence, Trey Hunner). The
package itself is not a dependency of Sahifa; only this script reads its sdist:

    pip download --no-deps --no-binary :all: -d /tmp/names names==0.3.0
    python packaging/gen_western_names.py /tmp/names/names-0.3.0.tar.gz

Each file's rows are ``NAME  percent  cumulative-percent  rank``. Weight = frequency per 100,000
people; the files round a rare name's percent to 0.000, so below 0.001 % the weight is estimated from
the rank (5,000 / rank, Zipf-like, continuous with the rounded values). A name in several files keeps the
sum of its weights. Output: one row per consonant skeleton, ``skeleton <TAB> English key weight|…``
(English capitalised, key by :func:`latin_key`, most frequent first), so that loading reads 19,000 rows,
not 90,000. The first line is a header with the row count and the SHA-256 of the source (a truncated
file is recognised at load time); the last line is ``# end``.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.nlp.labels_sound import latin_key, skeleton, sound_table  # noqa: E402

OUT = ROOT / "resources" / "names" / "western_names.tsv"
FILES = ("dist.male.first", "dist.female.first", "dist.all.last")
_ROW = re.compile(r"^([A-Z][A-Z'\-]*)\s+(\d+\.\d+)\s+\d+\.\d+\s+(\d+)\s*$")


def capitalise(word: str) -> str:
    """``MCDONALD`` → ``McDonald``, ``OBRIEN`` → ``Obrien`` (the files drop apostrophes)."""
    text = word[:1] + word[1:].lower()
    if text.startswith("Mc") and len(text) > 3:
        text = "Mc" + text[2].upper() + text[3:]
    return text


def read(path: Path) -> tuple[dict[str, str], str]:
    """The three files' text by name, and the SHA-256 of the source archive."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    texts: dict[str, str] = {}
    with tarfile.open(path) as tf:
        for member in tf.getmembers():
            name = member.name.rsplit("/", 1)[-1]
            if name in FILES:
                f = tf.extractfile(member)
                if f is not None:
                    texts[name] = f.read().decode("ascii")
    missing = [f for f in FILES if f not in texts]
    if missing:
        raise SystemExit(f"{path}: no {', '.join(missing)}")
    return texts, digest


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    texts, digest = read(Path(argv[0]))
    weights: dict[str, float] = {}
    for fname in FILES:
        for line in texts[fname].splitlines():
            m = _ROW.match(line)
            if m is None:
                continue
            name, percent, rank = m.group(1), float(m.group(2)), int(m.group(3))
            weight = percent * 1000 if percent >= 0.001 else 5000 / rank
            weights[name] = weights.get(name, 0.0) + weight
    rows = []
    for name, weight in weights.items():
        english = capitalise(name)
        key = latin_key(english)
        if len(skeleton(key)) < 2:
            continue  # Al, Ay, Ho: nothing to match an Arabic spelling on
        rows.append((english, key, weight))
    text = sound_table("western_names", f"source=names 0.3.0 (U.S. Census Bureau 1990 name files) "
                       f"sha256={digest}\tlicence=public domain (data), MIT (names package)", rows)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(rows)} names, {text.count(chr(10)) - 2} skeletons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
