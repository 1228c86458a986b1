"""``sahifa facts [--entity NAME] [--json] [--sample]``: the facts aggregated across the library."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .jsonout import write_binary

if TYPE_CHECKING:
    from sahifa.services.facts import FactsDocument
    from sahifa.services.library import Library

FACTS_JSON_HELP = """\
--json prints one JSON document (UTF-8, one list item per line), complete:
  filter         the entity keys --entity resolved to
  articles       [{id, title, title_en, source, published, path}], in list order; the others refer to
                 them by id
  entities       [{key, canonical, label_en, label_source, type, mentions, articles, article_ids, aliases}]
  figures        [{article_id, sentence_index, text, value, value_max, kind, unit, counted, counted_en,
                   qualifier, vague, start, end, source, source_en, source_key}], by article then position
  figure_groups  [{counted, counted_en, kind, unit, figures, shared}]: one fact reported differently (the
                 same counted thing, in one story: articles sharing one of their 3 most-mentioned
                 entities; two articles or two named sources; sizes within x2; sentences sharing an
                 entity and words around the figure, not dated to different years); "figures" are
                 indices into the figures list, "shared" the names and words that linked them
  quotes         [{article_id, sentence_index, speaker, speaker_en, speaker_key, speaker_display, cue,
                   quote, quote_en, direct, start, end}]
English fields are null when there is no English (never a guess passed off as English):
  title_en, quote_en  the article's English aligned to the title / the quote: its stored machine
                      translation, else its reference translation (the sample's *.en.txt)
  label_en            the entity's English label; label_source says where it comes from: gazetteer,
                      geonames, name-index, glossary, projection, original, user (a correction), or
                      transliteration (a letter-by-letter guess); null when unknown
  speaker_en, source_en  the English label of the speaker's / the figure's source entity (see its
                      label_source in entities); for one that is no known entity (no speaker_key /
                      source_key), the description of the role it is named by ("informed
                      sources", "a military source"), else null
start/end are character offsets into the article's text (see `sahifa analyze --json`).
Without --entity the document comes from a cache that `sahifa analyze` rebuilds; it is used only while
the library is unchanged since it was built (else it is built again, printed and re-cached)."""


def _facts_library_path(args: argparse.Namespace) -> Path:
    """The user's library, or the bundled sample's with --sample (the two are kept apart)."""
    from sahifa.services.library import default_library_path, sample_library_path

    return sample_library_path() if args.sample else default_library_path()


def cmd_facts(args: argparse.Namespace) -> int:
    from sahifa.services.library import open_library_for_reading

    path = _facts_library_path(args)
    if args.json and not args.entity:
        # The whole-library document: from the cache when it is current (only sqlite3 and two light
        # modules imported), else built, streamed and cached (sahifa.services.facts.facts_cache).
        from sahifa.services.facts import facts_cache, role_english

        if write_binary(lambda out: facts_cache.serve(path, out)):
            return 0
        library = open_library_for_reading(path)
        try:
            write_binary(lambda out: facts_cache.build(library, out, describe=role_english))
        finally:
            library.close()
        return 0

    from sahifa.services.facts import FactsDocument, role_english

    library = open_library_for_reading(path)
    try:
        from sahifa.services.entities import EXIT_NO_ENTITY, resolve_names

        keys = resolve_names(library, args.entity or [], "sahifa")
        if keys is None:
            return EXIT_NO_ENTITY
        with FactsDocument(library, keys, describe=role_english) as doc:
            if args.json:
                write_binary(doc.write_json)
                return 0
            _print_facts(library, doc, keys)
        return 0
    finally:
        library.close()


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


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
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
