"""``sahifa remove-sample``: take the bundled sample's articles out of the user's library."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sahifa.core.safe_text import visible


def cmd_remove_sample(args: argparse.Namespace) -> int:
    """Take the bundled sample's articles out of the user's library (an older Sahifa analysed them
    into it); the sample's own library is left as it is."""
    from sahifa.services.facts import refresh_facts_cache
    from sahifa.services.library import default_library_path, open_library, remove_articles_under
    from sahifa.services.sample import bundled_seeds

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
            refresh_facts_cache(library)
    finally:
        library.close()
    print(f"{removed} sample article{'' if removed == 1 else 's'} removed from {visible(str(path))}.")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "remove-sample", help="remove the bundled sample's articles from your library",
        description="Remove the bundled sample's articles (the seeds folder) from your library, where an "
                    "older Sahifa analysed them; prints how many were removed. The sample now has a "
                    "library of its own.",
    )
    p.set_defaults(func=cmd_remove_sample)
