"""Sahifa's services: the only layer that wires the language layer (``sahifa.nlp``) into the storage
(``sahifa.storage``). The GUI and the command line import ``sahifa.services.*`` and ``sahifa.core.*``
only; each operation is handed the library it works on (or its path), as Anki's operations are handed
the collection.

Nothing is imported here: ``sahifa facts`` must not pay for the ingest pipeline, nor the window for
the exporters, so each module is imported by whoever needs it.
"""
