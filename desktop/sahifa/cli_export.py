"""Temporary shim: the notes export moved to :mod:`sahifa.services.notes_export` and ``sahifa export``
to :mod:`sahifa.cli.export` (issue #15); deleted after the merge."""

from sahifa.services.notes_export import english_titles_for, entity_labels_for, note_rows_to_export

__all__ = ["english_titles_for", "entity_labels_for", "note_rows_to_export"]
