"""Sahifa (صحيفة): an offline reader for Arabic news with aligned English and extracted facts.

The rule engine's modules (:data:`ACCELERATED`, the Arabic normaliser ``sahifa.core.arabic`` and the
extractors in ``sahifa.nlp``) may be compiled by mypyc at install time (see setup.py): the compiled modules
sit beside their sources and Python prefers them. Two cases must not run them:

- ``SAHIFA_PURE=1`` in the environment (comparing builds, debugging);
- an editable install whose sources were edited after the build — the compiled module would silently
  run the old code.

In either case every accelerated module is imported from its source instead. It is all or nothing:
compiled modules call each other directly, so mixing a stale compiled module with a fresh source one
would still run old code. The decision is taken here, when the package is first imported, before any of
those modules can be.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType

__version__ = "0.1.0"

#: the compiled modules, relative to this package, in setup.py's order (a test checks they agree);
#: ``sahifa.nlp.ACCELERATED`` lists the ``nlp.`` ones by their leaf names
ACCELERATED = (
    "core.arabic", "core.unionfind", "core.once",
    "nlp.normalize", "nlp.gazetteer", "nlp.translit", "nlp.lexicon", "nlp.entities_words", "nlp.entities_index", "nlp.crfmodel", "nlp.tagger", "nlp.arbiter",
    "nlp.entities_scan", "nlp.entities_firstnames", "nlp.entities_people", "nlp.entities_orgs", "nlp.entities_detect_misc", "nlp.entities_detect", "nlp.entities_engine", "nlp.entities_crfspans", "nlp.entities_modelnames",
    "nlp.entities_lexical", "nlp.entities_placewords", "nlp.entities_pronouns", "nlp.entities_pedigree", "nlp.entities_stacking", "nlp.entities_personedges", "nlp.entities_lonenames", "nlp.entities_cliticnouns", "nlp.entities_titlewords", "nlp.entities_givenunits", "nlp.entities_personwords", "nlp.entities_personrules", "nlp.entities_foreign", "nlp.entities_canon", "nlp.entities_veto", "nlp.entities_misc", "nlp.entities_misccopies", "nlp.entities_national", "nlp.entities_seats", "nlp.entities_joins", "nlp.entities_edges", "nlp.entities_clubs", "nlp.entities_bodies", "nlp.entities",
    "nlp.numbers_lexicon", "nlp.numbers_words", "nlp.numbers_scan", "nlp.numbers_quantity", "nlp.numbers_dates", "nlp.numbers_names", "nlp.numbers_implied",
    "nlp.numbers", "nlp.quotes_documents", "nlp.quotes_adverbs", "nlp.quotes_participles", "nlp.quotes_plurals", "nlp.quotes_agency", "nlp.quotes_npreport", "nlp.quotes_lamnames", "nlp.quotes_chain", "nlp.quotes_lexicon", "nlp.quotes_tokens", "nlp.quotes_bounds", "nlp.quotes_phrases", "nlp.quotes_marks",
    "nlp.quotes_gender", "nlp.quotes_seengender", "nlp.quotes_speakers", "nlp.quotes_sources", "nlp.quotes_coord", "nlp.quotes_runon", "nlp.quotes_quotedname", "nlp.quotes_clauses", "nlp.quotes_subjects", "nlp.quotes_extract", "nlp.quotes",
    "nlp.labels_parts", "nlp.labels_chinese", "nlp.labels_german", "nlp.labels_adjectival", "nlp.labels_local", "nlp.labels_sound", "nlp.labels_match", "nlp.labels_loan", "nlp.labels_states", "nlp.labels_trade", "nlp.labels_famous", "nlp.labels_national", "nlp.labels_ordinal", "nlp.labels_shared", "nlp.labels_roles", "nlp.labels_sources", "nlp.labels_phrases", "nlp.labels_segments", "nlp.labels_spans", "nlp.labels_compose", "nlp.labels_places", "nlp.labels_people", "nlp.labels_resolver", "nlp.labels",
)
_HERE = os.path.dirname(os.path.abspath(__file__))


GROUP_LIBRARY = "sahifa_accel__mypyc"  # setup.py's group_name, compiled beside the package


def _compiled_path(folder: str, leaf: str) -> str | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = os.path.join(folder, leaf + suffix)
        if os.path.exists(candidate):
            return candidate
    return None


def _source(root: str, module: str) -> str:
    return os.path.join(root, *module.split(".")) + ".py"


def source_wins(root: str = _HERE, environ: Mapping[str, str] = os.environ,
                modules: Sequence[str] = ACCELERATED) -> str | None:
    """Why the accelerated modules under the package folder ``root`` must come from source (None: use
    what is there)."""
    compiled = {m: _compiled_path(os.path.join(root, *m.split(".")[:-1]), m.rsplit(".", 1)[-1])
                for m in modules}
    if not any(compiled.values()):
        return None  # pure install: nothing to decide
    if environ.get("SAHIFA_PURE") == "1":
        return "SAHIFA_PURE=1"
    # mypyc compiles the modules into one library beside the package (sahifa_accel__mypyc…) and leaves
    # each module's small stub untouched when its content did not change: a rebuild newer than an edited
    # source counts as current even when the stub is older
    group = _compiled_path(os.path.dirname(os.path.abspath(root)), GROUP_LIBRARY)
    built = os.path.getmtime(group) if group is not None else 0.0
    for module, so in compiled.items():
        src = _source(root, module)
        name = module.rsplit(".", 1)[-1]
        if not os.path.exists(src):
            continue  # a frozen bundle ships no sources: the compiled module is all there is
        if so is None:
            return f"{name}.py has no compiled module"
        if os.path.getmtime(src) > max(os.path.getmtime(so), built):
            return f"{name}.py is newer than its compiled module"
    return None


class _SourceFirst:
    """A meta-path finder: the accelerated modules come from their .py files."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        package, _, relative = fullname.partition(".")
        if package != __name__ or relative not in ACCELERATED:
            return None
        return importlib.util.spec_from_file_location(fullname, _source(_HERE, relative))


SOURCE_REASON = source_wins()
if SOURCE_REASON is not None:
    sys.meta_path.insert(0, _SourceFirst())

