#!/usr/bin/env python3
"""Dump every English label the resolver gives, to prove a speed change of the labeller changes no label
(issue #13): ``diff`` two dumps, one made before the change and one after.

The names: every entity (canonical, type) of the train and tune gold, and the entities the engine extracts
from N unannotated SaudiNewsNet articles (evenly spaced over the corpus; every article a train or tune gold
file names is skipped, and so is every path of ``--skip FILE``: pass the list of every gold part's articles and of any
batch being annotated, since the held-out gold is not opened here). The extraction is slow and
does not change with the labeller: ``pairs`` writes the names once, ``dump`` labels them.

Each name is labelled by :class:`~sahifa.nlp.labels.LabelResolver` in sorted order and again by a new
resolver in reverse order (so that a memo that makes a label depend on what was labelled before shows),
and each name, bare and in a few speaker phrases, through :func:`~sahifa.nlp.labels_speakers.speaker_label`,
:func:`~sahifa.nlp.labels_speakers.name_part` and :meth:`~sahifa.nlp.labels.LabelResolver.describe`.

    python benchmarks/label_identity.py pairs /tmp/pairs.json --articles 1000 --skip gold_files.txt
    python benchmarks/label_identity.py dump /tmp/pairs.json /tmp/before.tsv
    ... change the labeller ...
    python benchmarks/label_identity.py dump /tmp/pairs.json /tmp/after.tsv && cmp /tmp/before.tsv /tmp/after.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "data" / "gold" / "real"
# only the tuning sets: the held-out sets are read by the lead, in aggregate
TUNING_PARTS = ("train", "tune")


def pairs(out: Path, n_articles: int, skip: Path | None) -> None:
    from tests.helpers.realnews import corpus_dir, corpus_files

    from sahifa.core.articles import load_article
    from sahifa.nlp.entities import extract_entities

    found: set[tuple[str, str]] = set()
    skipped: set[str] = set(skip.read_text(encoding="utf-8").split()) if skip is not None else set()
    for part in TUNING_PARTS:  # (the held-out gold is never opened: pass its articles with --skip)
        for path in (GOLD / part).glob("*.json"):
            gold = json.loads(path.read_text(encoding="utf-8"))
            skipped.add(gold["file"])  # an annotated article is not an unannotated one
            found.update((e["canonical"], e["type"]) for e in gold["entities"])
    files = [f for f in corpus_files() if str(f.relative_to(corpus_dir())) not in skipped]
    step = max(1, len(files) // max(1, n_articles))
    chosen = files[::step][:n_articles]
    for f in chosen:
        found.update((e.canonical, e.type) for e in extract_entities(load_article(f).text))
    out.write_text(json.dumps(sorted(found), ensure_ascii=False), encoding="utf-8")
    print(f"{len(chosen)} unannotated articles; {len(found)} distinct (canonical, type) pairs → {out}")


def dump(pairs_file: Path, out: Path) -> None:
    from sahifa.nlp.entities import _label_for
    from sahifa.nlp.labels import LabelResolver
    from sahifa.nlp.labels_speakers import name_part, speaker_label

    names: list[tuple[str, str]] = [(c, t) for c, t in json.loads(pairs_file.read_text(encoding="utf-8"))]
    lines: list[str] = []
    res = LabelResolver(fallback=_label_for)
    for c, t in names:
        lab = res.resolve(c, t)
        lines.append(f"{t}\t{c}\t{lab.text}\t{lab.source}")
    res = LabelResolver(fallback=_label_for)
    for c, t in reversed(names):
        lab = res.resolve(c, t)
        lines.append(f"reverse\t{t}\t{c}\t{lab.text}\t{lab.source}")
    res = LabelResolver(fallback=_label_for)
    for c, _t in names:
        for text in (c, c + "،", f"«{c}»", f"({c})", c + ".", "قال " + c, "مصادر " + c):
            sp = speaker_label(res, text)
            d = res.describe(text)
            lines.append(f"speaker\t{text}\t{name_part(res, text)}\t{sp and (sp.text, sp.source)}"
                         f"\t{d and (d.text, d.source)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {len(lines)} lines → {out}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pairs", help="extract the names to label (slow; once)")
    p.add_argument("out", type=Path)
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--skip", type=Path, required=True,
                   help="a file of corpus paths (one a line) never to open: every gold part's and any batch being annotated")
    d = sub.add_parser("dump", help="label the names")
    d.add_argument("pairs", type=Path)
    d.add_argument("out", type=Path)
    args = ap.parse_args()
    if args.cmd == "pairs":
        pairs(args.out, args.articles, args.skip)
    else:
        dump(args.pairs, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
