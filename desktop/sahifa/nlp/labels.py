"""English labels for entity names, each carrying the source it came from.

Sahifa's readers often do not read Arabic, so every entity gets an English label. A label is only as
good as where it came from, and the GUI shows a weak guess as one; hence :class:`Label` = text + source:

``gazetteer``        the hand-curated gazetteer (:mod:`sahifa.nlp.gazetteer`), established English names
``geonames``         places: GeoNames' Arabic alternate names of every city over 15,000 people
                     (``resources/names/geonames_ar.tsv``, made by ``packaging/gen_geonames.py``)
``name-index``       people: attested spellings, per name unit — the gazetteer's given names, the
                     Wikidata name index of ``arabic-name-romanizer`` (Arab, Iranian, Pakistani names)
                     and ``resources/names/world_names.tsv`` (other names, from arabnamer's dictionary)
``name-list``        Western and other non-Arab names (دونالد ترامب → Donald Trump): the most frequent
                     English given name or surname of the U.S. Census name lists that sounds like the
                     Arabic spelling (:mod:`sahifa.nlp.labels_sound`), only for a name that looks
                     foreign and words the other sources do not know, each of them a close match (else
                     the whole name is a careful transliteration): a match by sound, and the GUI says so
``glossary``         institutions, events and places named by a phrase, put into English with the
                     head-word glossary ``resources/names/glossary.tsv`` (وزارة الخارجية → Ministry of
                     Foreign Affairs; هيئة قناة السويس → Suez Canal Authority), every part known
``projection``       the name as the article's aligned English translation writes it (:func:`project_label`)
``original``         the name is written in Latin script in the article itself
``transliteration``  a guess: letter-by-letter (:mod:`sahifa.nlp.translit`), or a composition with at
                     least one guessed part
``description``      not a name: a speaker or source named by its role, described in English
                     (:func:`describe_speaker`, :mod:`sahifa.nlp.labels_roles`: مصادر مطلعة → informed sources)

Why a resolver apart from the entity engine: a label is a property of a canonical name, not of a
mention, and names repeat across articles, so labels are cached per (canonical, type) and cost nothing
on the hot path after the first article that names them. Resources load lazily on first use (~15 ms;
the sound tables on the first name that needs them): generated tables are sorted lines looked up by
bisection, not dicts built row by row. The romanizer's answers are read from ``name_units.tsv`` and
``name_full.tsv`` (its index as the labeller ranks it, ``packaging/gen_name_index.py``); its SQLite
index is queried only when those are damaged; its ONNX model is not loaded unless asked for
(``use_model=True``: 20–80 ms per unknown name, a guess all the same). Spellings follow the Gulf press
where the index's Gulf rows say so (``gulf_names.tsv``: Waleed, Saeed, Fahad, Al-Otaibi).

A missing or damaged resource (deleted, truncated or garbled TSV; the romanizer absent or failing)
switches that source off with ONE logged warning; labels then come from the remaining sources and the
fallback, exactly as before this module existed. Analysis never fails because of a label.

:func:`recognisable` is the issue's measure: does a label name the same thing as a newspaper's English,
for a reader who does not read Arabic?

The labeller lives in flat sibling modules: ``labels_match`` (sanitising, the measure, projection),
``labels_sources`` (:class:`Label`, the resources and the name index), ``labels_parts`` (the resolver's
pure helpers), ``labels_segments`` (a name's words put into English one known phrase at a time),
``labels_compose`` (institution and event names composed in English word order, and news outlets, a mixin
of the resolver), ``labels_roles`` (speakers and sources named by their role, described in
English) and ``labels_resolver`` (:class:`LabelResolver`). This module is the public API and holds the process-wide resolver.
"""

from __future__ import annotations

import threading

from .labels_match import fold_label, project_label, recognisable, sanitize_label, word_similarity
from .labels_resolver import LabelResolver
from .labels_sources import (
    DESCRIPTION,
    GAZETTEER,
    GEONAMES,
    GLOSSARY,
    NAME_INDEX,
    NAME_LIST,
    ORIGINAL,
    PROJECTION,
    SOURCES,
    TRANSLITERATION,
    Fallback,
    Label,
)

__all__ = [
    "DESCRIPTION", "GAZETTEER", "GEONAMES", "GLOSSARY", "NAME_INDEX", "NAME_LIST", "ORIGINAL", "PROJECTION", "SOURCES",
    "TRANSLITERATION",
    "Fallback", "Label", "LabelResolver", "candidate_labels", "describe_speaker", "speaker_english", "fold_label", "project_label", "recognisable",
    "resolve_label", "resolver", "sanitize_label", "word_similarity",
]

# ---------------------------------------------------------------------------------------------------
# process-wide default
_DEFAULT: list[LabelResolver] = []
_DEFAULT_LOCK = threading.Lock()


def resolver() -> LabelResolver:
    """The process-wide resolver (packaged resources, name index on, no model, no fallback)."""
    if not _DEFAULT:
        with _DEFAULT_LOCK:
            if not _DEFAULT:
                _DEFAULT.append(LabelResolver())
    return _DEFAULT[0]


def resolve_label(canonical: str, typ: str) -> Label:
    """:meth:`LabelResolver.resolve` of the process-wide resolver."""
    return resolver().resolve(canonical, typ)


def candidate_labels(canonical: str, typ: str) -> list[str]:
    """:meth:`LabelResolver.candidates` of the process-wide resolver."""
    return resolver().candidates(canonical, typ)


def describe_speaker(text: str) -> Label | None:
    """:meth:`LabelResolver.describe` of the process-wide resolver: English for a speaker or a figure's
    source named by its role (مسؤول أمريكي → "an American official"), marked ``description``; None when
    the phrase is a name or has a word the glossary does not know."""
    return resolver().describe(text)


def speaker_english(text: str) -> Label | None:
    """English for a speaker or a figure's source linked to no entity: its role described (as
    :func:`describe_speaker`), else the label of the name in it with its source (بارنز → Barnes, from the
    name list; a transliterated guess marked as one); None for a phrase that is neither
    (:mod:`sahifa.nlp.labels_speakers`)."""
    from .labels_speakers import speaker_label

    return speaker_label(resolver(), text)
