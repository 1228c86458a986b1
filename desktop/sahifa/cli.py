"""Sahifa's command line.

    sahifa [FOLDER]                       launch the GUI (default: last folder, else the bundled sample)
    sahifa --version
    sahifa analyze PATH... [--json]       analyse files/folders into the library
    sahifa facts [--entity NAME] [--json] [--sample]  aggregated facts across the library
    sahifa remove-sample                  take the bundled sample's articles out of the library
    sahifa translate FILE [--json]        translate one article offline
    sahifa models list|install|download   manage translation models
    sahifa export --format md|html|csv|json|pdf [--entity NAME] [--out FILE]
    sahifa install-desktop                add Sahifa to the desktop's application launcher

Qt is imported only when the GUI (or the PDF export) is requested; heavy NLP libraries only when a
command needs them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sahifa import __version__
from sahifa.core.safe_text import visible

if TYPE_CHECKING:
    from sahifa.storage.facts_json import FactsDocument
    from sahifa.storage.library import Library

FACTS_JSON_HELP = """\
--json prints one JSON document (UTF-8, one list item per line), complete:
  filter         the entity keys --entity resolved to
  articles       [{id, title, source, published, path}], in list order; the others refer to them by id
  entities       [{key, canonical, label_en, type, mentions, articles, article_ids, aliases}]
  figures        [{article_id, sentence_index, text, value, value_max, kind, unit, counted, counted_en,
                   qualifier, vague, start, end, source, source_key}], by article then position
  figure_groups  [{counted, counted_en, kind, unit, figures}]: one fact reported differently (the same
                 counted thing, in one story: the same article or articles sharing one of their 3
                 most-mentioned entities, sizes within x10); "figures" are indices into the figures list
  quotes         [{article_id, sentence_index, speaker, speaker_key, speaker_display, cue, quote, direct,
                   start, end}]
start/end are character offsets into the article's text (see `sahifa analyze --json`).
Without --entity the document comes from a cache that `sahifa analyze` rebuilds; it is used only while
the library is unchanged since it was built (else it is built again, printed and re-cached)."""

ANALYZE_HELP = """\
Every article has a time budget (--article-seconds, else $SAHIFA_ARTICLE_SECONDS, else 20 s). An
article that runs out of it is saved with what was found so far and counted as analysed, with a
warning on stderr: "analysed partially (saved): PATH: stopped after N s …". Files that cannot be
read are "skipped PATH: reason" and counted as skipped.
--json prints {"articles": [...], "errors": [{path, error, partial}]}: an article analysed partially
is in both lists, its error with "partial": true; a skipped file is only in "errors" ("partial": false)."""

SUBCOMMANDS = ("analyze", "facts", "remove-sample", "translate", "models", "export", "install-desktop", "gui")


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


def _dumps_indent1(obj: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=1, default=_json_default)``, byte for byte (tested),
    ~4× faster: json's C encoder is used only without indent, and its Python one is generator-based.
    Strings go through the same escaping function json uses; floats, ints, bools and None are spelt
    as json spells them (NaN/Infinity allowed)."""
    out: list[str] = []
    append = out.append
    enc = json.encoder.encode_basestring  # what JSONEncoder uses with ensure_ascii=False (C when available)
    float_repr = float.__repr__
    int_repr = int.__repr__

    def scalar(o: Any) -> str | None:
        if isinstance(o, str):
            return enc(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int_repr(o)
        if isinstance(o, float):
            if o != o:
                return "NaN"
            if o == float("inf"):
                return "Infinity"
            if o == -float("inf"):
                return "-Infinity"
            return float_repr(o)
        return None

    def key_of(k: Any) -> str:
        if isinstance(k, str):
            return enc(k)
        if isinstance(k, (int, float, bool)) or k is None:
            text = scalar(k)  # json turns these keys into strings: true, 1, 1.5, null
            assert text is not None
            return enc(text)
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def value(o: Any, level: int) -> None:
        text = scalar(o)
        if text is not None:
            append(text)
            return
        if isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = "\n" + " " * (level + 1)
            first = True
            for k, v in o.items():
                append(("{" if first else ",") + inner + key_of(k) + ": ")
                first = False
                value(v, level + 1)
            append("\n" + " " * level + "}")
            return
        if isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner = "\n" + " " * (level + 1)
            first = True
            for v in o:
                append(("[" if first else ",") + inner)
                first = False
                value(v, level + 1)
            append("\n" + " " * level + "]")
            return
        value(_json_default(o), level)

    value(obj, 0)
    return "".join(out)


def _json_default(obj: Any) -> Any:
    """Lazy sequences (the library's ArticleIds) and other iterables become lists."""
    try:
        return list(obj)
    except TypeError:
        raise TypeError(f"{type(obj).__name__} is not JSON serializable") from None


def _by_library(paths: Sequence[str]) -> list[tuple[Any, list[str]]]:
    """The paths grouped by the library they go to: the bundled sample (the folder or a file in it)
    to the sample's own library, everything else to the user's; the user's group first."""
    from sahifa.app import is_bundled_sample
    from sahifa.storage.paths import default_library_path, sample_library_path

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
    from sahifa.ingest import IngestResult, open_library

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
    from sahifa.ingest import ingest

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
                body = _dumps_indent1(_article_json(article, analysis))
                out.write(("," if count else "") + "\n  " + body.replace("\n", "\n  "))
            else:
                print(
                    f"{article.title}  —  {len(analysis.entities)} entities, "
                    f"{len(analysis.numbers)} figures, {len(analysis.quotes)} quotes"
                )
            count += 1

        result = ingest(library, paths, force=True, progress=progress, keep_articles=False,
                        on_saved=on_saved, article_budget_s=args.article_seconds)
        _refresh_facts_cache(library)
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


def _refresh_facts_cache(library: Library) -> None:
    """After an analysis: build the cached whole-library facts document, so that `sahifa facts --json`
    answers at once (~0.15 s per 1,000 articles here). Only derived data: a failure is logged."""
    from sahifa.storage import facts_cache
    from sahifa.storage.library import LibraryError

    try:
        if facts_cache.cached_token(library.path) != facts_cache.current_token(library.path):
            facts_cache.build(library)
    except (LibraryError, OSError) as exc:
        logging.getLogger(__name__).warning("the facts cache was not refreshed: %s", exc)


def _exists(p: str) -> bool:
    from pathlib import Path

    return Path(p).exists()


def open_library_for_reading(path: Path | None = None) -> Library:
    """``sahifa.ingest.open_library()`` without importing the ingest pipeline (process pools, file
    loading: ~20 ms that ``sahifa facts`` need not pay): the same Library with the same normalisers.
    A library in a place that cannot be written (a read-only medium or folder) is opened read-only:
    facts only read it. ``path``: the user's library when not given."""
    from sahifa.nlp.entities import canonical_key
    from sahifa.nlp.normalize import search_key
    from sahifa.storage.library import Library, default_library_path
    from sahifa.storage.paths import library_writable

    path = path or default_library_path()
    read_only = path.is_file() and not library_writable(path)
    return Library(path, key_func=canonical_key, search_norm=search_key, read_only=read_only)


def _facts_library_path(args: argparse.Namespace) -> Path:
    """The user's library, or the bundled sample's with --sample (the two are kept apart)."""
    from sahifa.storage.paths import default_library_path, sample_library_path

    return sample_library_path() if args.sample else default_library_path()


def cmd_facts(args: argparse.Namespace) -> int:
    path = _facts_library_path(args)
    if args.json and not args.entity:
        # The whole-library document: from the cache when it is current (only sqlite3 and two light
        # modules imported), else built, streamed and cached (sahifa.storage.facts_cache).
        from sahifa.storage import facts_cache

        if _write_binary(lambda out: facts_cache.serve(path, out)):
            return 0
        library = open_library_for_reading(path)
        try:
            _write_binary(lambda out: facts_cache.build(library, out))
        finally:
            library.close()
        return 0

    from sahifa.storage.facts_json import FactsDocument

    library = open_library_for_reading(path)
    try:
        from sahifa.cli_entities import EXIT_NO_ENTITY, resolve_names

        keys = resolve_names(library, args.entity or [], "sahifa")
        if keys is None:
            return EXIT_NO_ENTITY
        with FactsDocument(library, keys) as doc:
            if args.json:
                _write_binary(doc.write_json)
                return 0
            _print_facts(library, doc, keys)
        return 0
    finally:
        library.close()


def cmd_remove_sample(args: argparse.Namespace) -> int:
    """Take the bundled sample's articles out of the user's library (an older Sahifa analysed them
    into it); the sample's own library is left as it is."""
    from sahifa.app import bundled_seeds
    from sahifa.ingest import open_library, remove_articles_under
    from sahifa.storage.paths import default_library_path

    seeds = bundled_seeds()
    if seeds is None:
        print("sahifa: the sample articles are not installed with this Sahifa; nothing to remove.",
              file=sys.stderr)
        return 2
    path = default_library_path()
    if not path.is_file():
        print("0 sample articles removed (there is no library yet).")
        return 0
    library = open_library(path)
    try:
        removed = remove_articles_under(library, seeds)
        if removed:
            _refresh_facts_cache(library)
    finally:
        library.close()
    print(f"{removed} sample article{'' if removed == 1 else 's'} removed from {visible(str(path))}.")
    return 0


def _write_binary(write: Callable[[IO[bytes]], Any]) -> Any:
    """Let write() stream UTF-8 bytes to stdout (or to a text-only stdout, e.g. under a test's capture);
    returns what write() returns."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        result = write(buffer)
        buffer.flush()
        return result
    import io

    data = io.BytesIO()
    result = write(data)
    sys.stdout.write(data.getvalue().decode("utf-8"))
    return result


def _print_facts(library: Library, doc: FactsDocument, keys: list[str], shown: int = 60) -> None:
    """The text summary: counts, and the first rows of each list."""
    entities = library.entities(entity_keys=keys)
    print(f"Entities ({len(entities)})")
    for e in entities[:shown]:
        print(f"  {e.type:<6} {e.label_en} · {e.canonical}  {e.mentions} mentions in {e.articles} articles")
    print(f"\nFigures ({doc.count('numbers')})")
    for f in library.figures(entity_keys=keys, limit=shown):
        src = f" — {f.source}" if f.source else ""
        print(f"  {f.text}  = {f.value} {f.unit or ''} {f.counted_en or f.counted or ''}{src}")
    groups = doc.figure_groups()
    if groups:
        titles = doc.titles([r[4] for _, rows in groups for r in rows])
        print("\nReported differently")
        for group, rows in groups:
            vals = ", ".join(f"{r[1]} ({titles.get(r[4], '')[:30]})" for r in rows)
            print(f"  {group['counted_en'] or group['counted']}: {vals}")
    print(f"\nQuotes ({doc.count('quotes')})")
    for _aid, _si, speaker, _key, _display, cue, quote, *_ in doc.quote_rows(limit=shown):
        print(f"  {speaker} ({cue}): {quote[:90]}")


def cmd_gui(args: argparse.Namespace) -> int:
    from sahifa.app import main as gui_main

    argv = [*([args.folder] if args.folder else []), *(["--quit-after", str(args.quit_after)] if args.quit_after else [])]
    return gui_main(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sahifa",
        description="Sahifa — an offline reader for Arabic news. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"sahifa {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
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

    p = sub.add_parser(
        "facts", help="entities, figures and quotes aggregated across the library",
        description="Entities, figures, figures reported differently, and quotes across the library\n"
                    "(or the articles mentioning --entity): a summary, or everything with --json.",
        epilog=FACTS_JSON_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--entity", action="append", metavar="NAME",
                   help="only articles mentioning NAME: a full name, any alias, English or Arabic, or one "
                        "word of a name (Obama, اوباما) that only one entity has; repeat to AND")
    p.add_argument("--json", action="store_true", help="print everything as one JSON document (below)")
    p.add_argument("--sample", action="store_true",
                   help="the bundled sample's library (kept apart from yours) instead of your library")
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser(
        "remove-sample", help="remove the bundled sample's articles from your library",
        description="Remove the bundled sample's articles (the seeds folder) from your library, where an "
                    "older Sahifa analysed them; prints how many were removed. The sample now has a "
                    "library of its own.",
    )
    p.set_defaults(func=cmd_remove_sample)

    p = sub.add_parser("gui", help="open the app (the default)")
    p.add_argument("folder", nargs="?")
    p.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)

    from sahifa import cli_desktop, cli_export, cli_models

    for module in (cli_models, cli_export, cli_desktop):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `sahifa` and `sahifa FOLDER` launch the GUI.
    first = next((a for a in args_list if not a.startswith("-")), None)
    if not args_list or (first is not None and first not in SUBCOMMANDS and first != "analyse"
                         and "--version" not in args_list and "-h" not in args_list and "--help" not in args_list):
        args_list = ["gui", *args_list]
    elif first is None and all(a.startswith("--quit-after") or a.isdigit() for a in args_list):
        args_list = ["gui", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("\nsahifa: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `sahifa facts | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from sahifa.storage.library import LibraryError

        if isinstance(exc, LibraryError):
            print(f"sahifa: {visible(str(exc))}", file=sys.stderr)
            return 3
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"sahifa: error: {visible(str(exc))}", file=sys.stderr)
        if args.verbose:
            raise
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
