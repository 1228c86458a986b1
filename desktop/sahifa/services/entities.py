"""``--entity NAME`` for ``sahifa facts``, ``sahifa export`` (and the window): exact names first, then name parts.

An exact name (key, canonical, alias, English label: ``Library.resolve_entity``) is used as is. Else a
whole word of a name ("Obama", "اوباما", folded by the library's own normaliser) is used when exactly
one entity has it; when several have it the candidates are listed (a filter on the wrong person would
give a plausible but wrong answer, so nothing is guessed); when none has it the closest names are
suggested. Both failures exit 2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

from sahifa.core.safe_text import visible

EXIT_NO_ENTITY = 2
_SHOWN = 10  # candidates listed for an ambiguous name


def describe(entity: Any) -> str:
    """"Barack Obama · باراك أوباما (PERSON, 3 articles)", with whatever the row has."""
    names = " · ".join(dict.fromkeys(n for n in (entity.label_en, entity.canonical) if n))
    etype = getattr(entity, "type", None)
    articles = getattr(entity, "articles", None)
    extra = [str(etype)] if etype else []
    if isinstance(articles, int):
        extra.append(f"{articles} article{'s' if articles != 1 else ''}")
    return visible(names + (f" ({', '.join(extra)})" if extra else ""))


def speaker_descriptions(speakers: Iterable[str]) -> dict[str, tuple[str, str]]:
    """English for speakers linked to no entity, keyed by the Arabic as written: a role described
    (مصادر مطلعة → ("informed sources", "description")) or the name in it labelled (وزيرة العدل لوريتا لينش
    → ("Loretta Lynch", "name-list"); a transliterated guess keeps its source, so it is shown as one). A
    speaker that is neither is left out (it shows as written). For the Quotes tab, next to the entities'
    labels, and for figure sources."""
    from sahifa.nlp.labels import speaker_english

    out: dict[str, tuple[str, str]] = {}
    for text in dict.fromkeys(s for s in speakers if s):
        label = speaker_english(text)
        if label is not None and label.text:
            out[text] = (label.text, label.source)
    return out


def _norm(library: Any) -> Any:
    from sahifa.storage.library import default_norm

    return getattr(library, "search_norm", default_norm)


def resolve_names(library: Any, names: Sequence[str], prefix: str) -> list[str] | None:
    """Entity keys for ``names`` (each must be found), or None after saying on stderr why not."""
    from sahifa.storage.lookup import look_up

    keys: list[str] = []
    entities: list[Any] | None = None
    for name in names:
        key = library.resolve_entity(name)
        if key is None:
            if entities is None:
                entities = list(library.entities())
            found = look_up(name, entities, _norm(library))
            if len(found.matches) == 1:  # say whom a name part was taken for: the user may mean another
                key = found.matches[0].key
                print(f"{prefix}: {visible(repr(name))} is taken as {describe(found.matches[0])}", file=sys.stderr)
            else:
                _explain(name, found.matches, found.suggestions, prefix)
                return None
        keys.append(key)
    return keys


def _explain(name: str, matches: Sequence[Any], suggestions: Sequence[Any], prefix: str) -> None:
    shown = visible(repr(name))
    if matches:
        lines = [f"{prefix}: {shown} could be {len(matches)} entities; give one of these names to --entity:"]
        lines += [f"  {describe(e)}" for e in matches[:_SHOWN]]
        if len(matches) > _SHOWN:
            lines.append(f"  … and {len(matches) - _SHOWN} more")
        print("\n".join(lines), file=sys.stderr)
        return
    hint = f"; did you mean: {'; '.join(describe(e) for e in suggestions)}?" if suggestions else ""
    print(f"{prefix}: no entity called {shown} in the library{hint}", file=sys.stderr)
