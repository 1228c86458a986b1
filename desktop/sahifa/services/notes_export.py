"""The user's notes as export records, for the window's export dialog and ``sahifa export``.

:func:`note_rows_to_export` turns the library's note rows into :class:`~sahifa.core.export.ExportNote`
records; :func:`entity_labels_for` and :func:`english_titles_for` add the entities' English labels and
the articles' English titles. The renderers are :mod:`sahifa.core.export` (text formats) and
:mod:`sahifa.services.pdf_export` (PDF, through Qt).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sahifa.core.english import english_title
from sahifa.core.export import DEFAULT_HEADING, ExportNote

__all__ = ["english_titles_for", "entity_labels_for", "export_pdf", "note_rows_to_export"]

def _field(row: Any, name: str, default: Any = None) -> Any:
    """``row.name``, or ``default`` when the row lacks it or it is None."""
    value = getattr(row, name, None)
    return default if value is None else value


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _optional(value: Any) -> str | None:
    s = _text(value).strip()
    return s or None


def _entity_label(entity: Any) -> str:
    """An entity (``EntityFact``) as "English label · canonical" (or whichever it has)."""
    return " · ".join(p for p in dict.fromkeys((_text(entity.label_en), _text(entity.canonical))) if p)


def note_rows_to_export(
    rows: Iterable[Any], *, entity_labels: Mapping[str, str] | None = None,
    titles_en: Mapping[int, str] | None = None,
) -> list[ExportNote]:
    """The library's note rows (:class:`~sahifa.storage.library.NoteRow`) → export records, order kept.

    ``entity_labels`` (entity key → "English · العربية", see :func:`entity_labels_for`) replaces the
    row's bare entity names when the row carries ``entity_keys``. ``titles_en`` (article id → English
    title, see :func:`english_titles_for`) cites each article in both languages.
    """
    out: list[ExportNote] = []
    for r in rows:
        path = _text(_field(r, "article_path", ""))
        extra = _field(r, "extra", {})
        en_passage = extra.get("en_passage") if isinstance(extra, Mapping) else None
        english = _optional(_field(r, "english"))
        if en_passage:  # the user selected in the English pane: export exactly what they selected
            english = _optional(en_passage) or english
        entities: tuple[str, ...] = tuple(_field(r, "entities", ()))
        keys = _field(r, "entity_keys", ())
        if entity_labels and keys and len(keys) == len(entities):
            entities = tuple(entity_labels.get(k, name) for k, name in zip(keys, entities, strict=True))
        out.append(ExportNote(
            article_path=path,
            title=_text(_field(r, "article_title", "")) or (Path(path).name if path else ""),
            source=_optional(_field(r, "article_source")),
            published=_optional(_field(r, "article_published")),
            color=_text(_field(r, "color", "yellow")),
            arabic=_text(_field(r, "passage", "")),
            english=english,
            note=_text(_field(r, "text", "")),
            entities=tuple(e for e in entities if e),
            created=_text(_field(r, "created", "")),
            updated=_text(_field(r, "updated", "")),
            title_en=(titles_en or {}).get(_field(r, "article_id")),
        ))
    return out


def english_titles_for(library: Any, rows: Iterable[Any]) -> dict[int, str]:
    """Article id → the English of its title (:func:`sahifa.core.english.english_title` of the aligned
    English of the article's first sentence — machine translation — or first paragraph — reference).
    Empty on any failure: the Arabic title still cites the article."""
    ids = sorted({int(a) for r in rows if (a := _field(r, "article_id")) is not None})
    if not ids or not hasattr(library, "spans_english"):
        return {}
    try:
        found = library.spans_english([(a, 0, 1) for a in ids])
    except Exception:  # noqa: BLE001 - a nicety, as above
        return {}
    titles = {a: english_title(en[0]) if en else "" for a, en in zip(ids, found, strict=True)}
    return {a: t for a, t in titles.items() if t}


def entity_labels_for(library: Any, rows: Iterable[Any]) -> dict[str, str]:
    """Entity key → "English label · canonical" for the entities in ``rows`` (empty on any failure)."""
    wanted = {k for r in rows for k in _field(r, "entity_keys", ())}
    if not wanted or not hasattr(library, "entities"):
        return {}
    try:
        facts = library.entities()
    except Exception:  # noqa: BLE001 - labels are a nicety; the bare names still export
        return {}
    return {f.key: _entity_label(f) for f in facts if getattr(f, "key", None) in wanted}


def export_pdf(notes: Iterable[ExportNote], path: str | os.PathLike[str], *, heading: str = DEFAULT_HEADING) -> None:
    """The notes as an A4 PDF at ``path``: :func:`sahifa.services.pdf_export.export_pdf` (Qt is imported
    only now)."""
    from .pdf_export import export_pdf as write_pdf

    write_pdf(notes, path, heading=heading)
