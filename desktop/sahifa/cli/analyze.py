"""``sahifa analyze PATH... [--json]``: analyse files and folders into the library (the bundled sample
into its own)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sahifa.core.safe_text import visible

from .jsonout import dumps_indent1

if TYPE_CHECKING:
    from sahifa.services.library import Library

ANALYZE_HELP = """\
Every article has a time budget (--article-seconds, else $SAHIFA_ARTICLE_SECONDS, else 20 s). An
article that runs out of it is saved with what was found so far and counted as analysed, with a
warning on stderr: "analysed partially (saved): PATH: stopped after N s …". Files that cannot be
read are "skipped PATH: reason" and counted as skipped.
--json prints {"articles": [...], "errors": [{path, error, partial}]}: an article analysed partially
is in both lists, its error with "partial": true; a skipped file is only in "errors" ("partial": false)."""


def _article_json(article: Any, analysis: Any) -> dict[str, Any]:
    return {
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "encoding": article.encoding,
        "text": article.text,
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences],
        "entities": _flat_dicts(analysis.entities),
        "numbers": _flat_dicts(analysis.numbers),
        "quotes": _flat_dicts(analysis.quotes),
    }


def _flat_dicts(items: Sequence[Any]) -> list[dict[str, Any]]:
    """dataclasses.asdict of each item (mentions hold only str/int/float/bool/None, so a shallow copy
    is the same dict), without asdict's recursive deep copy: ~10× cheaper."""
    if not items:
        return []
    names = [f.name for f in fields(items[0])]
    return [{n: getattr(item, n) for n in names} for item in items]


def _by_library(paths: Sequence[str]) -> list[tuple[Any, list[str]]]:
    """The paths grouped by the library they go to: the bundled sample (the folder or a file in it)
    to the sample's own library, everything else to the user's; the user's group first."""
    from sahifa.services.library import default_library_path, sample_library_path
    from sahifa.services.sample import is_bundled_sample

    def sample(p: str) -> bool:
        path = Path(p)
        return is_bundled_sample(path) or (path.is_file() and is_bundled_sample(path.parent))

    user = [p for p in paths if not sample(p)]
    seeds = [p for p in paths if sample(p)]
    groups: list[tuple[Any, list[str]]] = []
    if user:
        groups.append((default_library_path(), user))
    if seeds:
        groups.append((sample_library_path(), seeds))
    return groups


def cmd_analyze(args: argparse.Namespace) -> int:
    """Analyse the paths; the bundled sample goes to its own library (see :func:`_by_library`)."""
    from sahifa.services.ingest import IngestResult
    from sahifa.services.library import open_library

    out = sys.stdout
    count = 0
    if args.json:
        out.write('{\n "articles": [')
    result = IngestResult()
    for library_path, paths in _by_library(args.paths):
        count, errors = _analyze_into(open_library(library_path), paths, args, count)
        result.errors.extend(errors)
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        errors_json = json.dumps([{"path": e.path, "error": e.error, "partial": _is_partial(e.error)}
                                  for e in result.errors], ensure_ascii=False, indent=1)
        out.write(("\n ]" if count else "]") + ',\n "errors": ' + errors_json.replace("\n", "\n ") + "\n}\n")
    else:
        skipped = 0
        for err in result.errors:
            if _is_partial(err.error):  # saved with what was found: counted among the analysed
                detail = err.error.split(":", 1)[1].strip()
                print(visible(f"analysed partially (saved): {err.path}: {detail}"), file=sys.stderr)
            else:
                skipped += 1
                print(visible(f"skipped {err.path}: {err.error}"), file=sys.stderr)
        print(f"{count} articles analysed, {skipped} skipped.")
    missing = [p for p in args.paths if not _exists(p)]
    if missing and len(missing) == len(args.paths):
        print(visible(f"sahifa: nothing to analyse: {', '.join(map(str, missing))} not found"), file=sys.stderr)
        return 2
    return 0


def _analyze_into(library: Library, paths: list[str], args: argparse.Namespace, count: int) -> tuple[int, list[Any]]:
    """Analyse ``paths`` into ``library`` (closed after), writing each article as it is saved;
    returns the running article count and the load errors."""
    from sahifa.services.facts import refresh_facts_cache
    from sahifa.services.ingest import ingest

    try:
        def progress(done: int, total: int, phase: str) -> None:
            if not args.json and sys.stderr.isatty():
                sys.stderr.write(f"\r{phase} {done}/{total}")
                sys.stderr.flush()

        # Each batch is written out as soon as it is saved (ingest keeps no articles): memory stays flat
        # at any folder size (~800 MB at 10,000 articles when they were all kept for the end). The JSON
        # is byte-for-byte what json.dumps(document, indent=1) gives (tested).
        out = sys.stdout

        def on_saved(_id: int, article: Any, analysis: Any) -> None:
            nonlocal count
            if args.json:
                body = dumps_indent1(_article_json(article, analysis))
                out.write(("," if count else "") + "\n  " + body.replace("\n", "\n  "))
            else:
                print(
                    f"{article.title}  —  {len(analysis.entities)} entities, "
                    f"{len(analysis.numbers)} figures, {len(analysis.quotes)} quotes"
                )
            count += 1

        result = ingest(library, paths, force=True, progress=progress, keep_articles=False,
                        on_saved=on_saved, article_budget_s=args.article_seconds)
        refresh_facts_cache(library)
        return count, list(result.errors)
    finally:
        library.close()


def _is_partial(error: str) -> bool:
    """An article that ran out of its time budget: saved with what was found, but reported, with
    :func:`sahifa.core.model.partial_analysis_message` (whose words before the colon are the mark)."""
    from sahifa.core.model import partial_analysis_message

    return error.startswith(partial_analysis_message(0).split(":", 1)[0] + ":")


def _seconds(text: str) -> float:
    """--article-seconds: a positive number of seconds, or 0 for no limit (as SAHIFA_ARTICLE_SECONDS)."""
    import math

    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value == 0:
        return math.inf
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0: no limit)")
    return value


def _exists(p: str) -> bool:
    return Path(p).exists()


def register(subparsers: Any) -> None:
    """Add ``analyze`` (alias ``analyse``) to an argparse subparsers object."""
    p = subparsers.add_parser(
        "analyze", aliases=["analyse"], help="analyse article files or folders into the library",
        description="Analyse article files (.txt; .html/.htm web pages, read as text) or folders into the "
                    "library.",
        epilog=ANALYZE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .html, .htm) or folders")
    p.add_argument("--json", action="store_true", help="print the analysis as one JSON document (below)")
    p.add_argument("--article-seconds", type=_seconds, metavar="N",
                   help="time budget of one article's analysis, in seconds (0: no limit; default: "
                        "$SAHIFA_ARTICLE_SECONDS, else 20)")
    p.set_defaults(func=cmd_analyze)
