"""Where the real-news corpus is, and which gold files annotate it.

The SaudiNewsNet excerpt (4,655 articles from twelve Saudi newspapers, July 2015; research licence,
CC BY-NC-SA 4.0) is never copied into this repository: tests and benchmarks read it from the shared
folder beside the checkout (``../shared/corpora/saudinewsnet``) or from ``$SAHIFA_SHARED/corpora/…``.
The gold annotations (surfaces only, no article text) live in ``tests/data/gold/real/{train,tune,heldout,fresh,fresh2}/``;
each names its article by its path inside the corpus (``2015-07-21/aawsat/0506.txt``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REAL_GOLD = ROOT / "tests" / "data" / "gold" / "real"
# train/tune: tuning; heldout: read in aggregate once a round; fresh: annotated in session 7 before the
# engine ran on it, scored in aggregate only (a second unseen check), never tuned on; fresh2: the same, a third
# unseen check annotated in session 9
PARTS = ("train", "tune", "heldout", "fresh", "fresh2")


def shared_dir() -> Path:
    """The shared folder: $SAHIFA_SHARED, else ``shared`` beside the checkout."""
    env = os.environ.get("SAHIFA_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def corpus_dir() -> Path:
    return shared_dir() / "corpora" / "saudinewsnet"


def newsfane_path() -> Path:
    return shared_dir() / "corpora" / "newsfane" / "NewsFANE_Gold_2014_170K.txt"


def corpus_available() -> bool:
    return (corpus_dir() / "SOURCE.md").is_file()


def corpus_files(limit: int | None = None) -> list[Path]:
    """Every article of the corpus, in sorted path order (``DATE/OUTLET/NNNN.txt``)."""
    files = sorted(corpus_dir().glob("2015-*/*/*.txt"))
    return files[:limit] if limit is not None else files


def gold_files(part: str) -> list[Path]:
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}")
    return sorted((REAL_GOLD / part).glob("*.json"))


def load_gold(part: str) -> dict[str, tuple[Path, dict[str, Any]]]:
    """{gold stem: (article path in the corpus, gold)} for one part of the real-news gold."""
    out: dict[str, tuple[Path, dict[str, Any]]] = {}
    for gold_path in gold_files(part):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out[gold_path.stem] = (corpus_dir() / gold["file"], gold)
    return out
