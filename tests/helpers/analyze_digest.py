"""Digests of ``sahifa analyze --json`` on the sample and on 200 real articles.

The architecture move (#15) must keep the analysis byte-identical. The recorded digests in
``tests/data/analyze_digests.json`` were written from the code before the move; the test
``tests/test_analyze_stable.py`` recomputes them. Only SHA-256 digests of real articles are stored,
never their text (SaudiNewsNet's licence forbids copying it into the repository).

Paths inside the output are made relative (``seeds/NAME`` or the corpus path ``DATE/OUTLET/NNNN.txt``),
so the digests do not depend on where the checkout lives.

Regenerate only for an intended change of the analysis, and say so in the commit message:
``python -m tests.helpers.analyze_digest --write``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.helpers.realnews import ROOT, corpus_dir, corpus_files

DIGESTS = ROOT / "tests" / "data" / "analyze_digests.json"
REAL_COUNT = 200


def real_sample() -> list[Path]:
    """200 articles spread evenly over the sorted corpus (every n-th file)."""
    files = corpus_files()
    step = max(1, len(files) // REAL_COUNT)
    return files[::step][:REAL_COUNT]


def _relative(path: str) -> str:
    p = Path(path).resolve()
    for base, prefix in ((ROOT / "seeds", "seeds/"), (corpus_dir().resolve(), "")):
        try:
            return prefix + p.relative_to(base).as_posix()
        except ValueError:
            continue
    return p.name


def analyze(paths: list[Path]) -> dict[str, Any]:
    """Run the installed ``sahifa analyze --json`` in a throwaway home; the parsed document."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SAHIFA_HOME=home, SAHIFA_ARTICLE_SECONDS="0")
        proc = subprocess.run(
            [sys.executable, "-m", "sahifa", "analyze", "--json", *map(str, paths)],
            capture_output=True, env=env, check=False,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"analyze failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    doc: dict[str, Any] = json.loads(proc.stdout)
    return doc


def digests(doc: dict[str, Any]) -> dict[str, str]:
    """{relative path: sha256 of the article's JSON, keys in emitted order} plus one for the errors."""
    out: dict[str, str] = {}
    for article in doc["articles"]:
        article = dict(article, path=_relative(article["path"]))
        blob = json.dumps(article, ensure_ascii=False).encode("utf-8")
        out[article["path"]] = hashlib.sha256(blob).hexdigest()
    errors = [dict(e, path=_relative(e["path"])) for e in doc["errors"]]
    out["<errors>"] = hashlib.sha256(json.dumps(errors, ensure_ascii=False).encode()).hexdigest()
    return out


def compute() -> dict[str, dict[str, str]]:
    seeds = sorted(p for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".en.txt"))
    return {"seeds": digests(analyze(seeds)), "real": digests(analyze(real_sample()))}


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.helpers.analyze_digest --write")
    DIGESTS.write_text(json.dumps(compute(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {DIGESTS}")
