"""The user's notes as export records, for the window's export dialog and ``sahifa export``.

:func:`note_rows_to_export` turns the library's note rows into :class:`~sahifa.core.export.ExportNote`
records; :func:`entity_labels_for` and :func:`english_titles_for` add the entities' English labels and
the articles' English titles. The renderers are :mod:`sahifa.core.export` (text formats) and
:mod:`sahifa.services.pdf_export` (PDF, through Qt).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sahifa.core.export import ExportNote

__all__ = ["english_titles_for", "entity_labels_for", "note_rows_to_export"]

_MISSING = object()


def _get(row: Any, *names: str, default: Any = None) -> Any:
    """The first of ``names`` that ``row`` has (attribute or mapping key) and that is not None."""
    for name in names:
        if isinstance(row, Mapping):
            value = row.get(name, _MISSING)
        else:
            value = getattr(row, name, _MISSING)
        if value is not _MISSING and value is not None:
            return value
    return default


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _optional(value: Any) -> str | None:
    s = _text(value).strip()
    return s or None


def _entity_label(entity: Any) -> str:
    """A str as is; an entity object as "English label · canonical" (or whichever it has)."""
    if isinstance(entity, str):
        return entity
    label = _text(_get(entity, "label_en", "label", "english"))
    canonical = _text(_get(entity, "canonical", "name", "text"))
    return " · ".join(p for p in dict.fromkeys((label, canonical)) if p)


def note_rows_to_export(
    rows: Iterable[Any], *, entity_labels: Mapping[str, str] | None = None,
    titles_en: Mapping[int, str] | None = None,
) -> list[ExportNote]:
    """Library note rows (``NoteRow``, a mapping or any look-alike) → export records, order kept.

    Field names are read with fallbacks so small naming differences don't break the export.
    ``entity_labels`` (entity key → "English · العربية", see :func:`entity_labels_for`) replaces the
    row's bare entity names when the row carries ``entity_keys``. ``titles_en`` (article id → English
    title, see :func:`english_titles_for`) cites each article in both languages.
    """
    out: list[ExportNote] = []
    for r in rows:
        path = _text(_get(r, "article_path", "path", "article", default=""))
        extra = _get(r, "extra", default={})
        en_passage = extra.get("en_passage") if isinstance(extra, Mapping) else None
        english = _optional(_get(r, "english", "english_text", "translation", "passage_en"))
        if en_passage:  # the user selected in the English pane: export exactly what they selected
            english = _optional(en_passage) or english
        entities: tuple[str, ...] = tuple(
            _entity_label(e) for e in (_get(r, "entities", "entity_labels", default=()) or ())
        )
        keys = _get(r, "entity_keys", default=())
        if entity_labels and keys and len(keys) == len(entities):
            entities = tuple(entity_labels.get(k, name) for k, name in zip(keys, entities, strict=True))
        out.append(ExportNote(
            article_path=path,
            title=_text(_get(r, "article_title", "title", default="")) or (Path(path).name if path else ""),
            source=_optional(_get(r, "article_source", "source", "outlet")),
            published=_optional(_get(r, "article_published", "published", "date")),
            color=_text(_get(r, "color", "colour", default="yellow")),
            arabic=_text(_get(r, "passage", "arabic", default="")),
            english=english,
            note=_text(_get(r, "text", "note", "body", default="")),
            entities=tuple(e for e in entities if e),
            created=_text(_get(r, "created", default="")),
            updated=_text(_get(r, "updated", default="")),
            title_en=(titles_en or {}).get(_get(r, "article_id", default=None)),
        ))
    return out


def english_titles_for(library: Any, rows: Iterable[Any]) -> dict[int, str]:
    """Article id → the English of its title: the aligned English of the article's first sentence
    (machine translation) or first paragraph (reference), which is the title. Empty on any failure:
    the Arabic title still cites the article."""
    ids = sorted({int(a) for r in rows if (a := _get(r, "article_id", default=None)) is not None})
    if not ids or not hasattr(library, "spans_english"):
        return {}
    try:
        found = library.spans_english([(a, 0, 1) for a in ids])
    except Exception:  # noqa: BLE001 - a nicety, as above
        return {}
    return {a: en[0].strip().split("\n")[0] for a, en in zip(ids, found, strict=True) if en and en[0].strip()}


def entity_labels_for(library: Any, rows: Iterable[Any]) -> dict[str, str]:
    """Entity key → "English label · canonical" for the entities in ``rows`` (empty on any failure)."""
    wanted = {k for r in rows for k in (_get(r, "entity_keys", default=()) or ())}
    if not wanted or not hasattr(library, "entities"):
        return {}
    try:
        facts = library.entities()
    except Exception:  # noqa: BLE001 - labels are a nicety; the bare names still export
        return {}
    return {f.key: _entity_label(f) for f in facts if getattr(f, "key", None) in wanted}
