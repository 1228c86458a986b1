"""Build hook: compile the extraction engine with mypyc when a C compiler is available.

Everything else about the package is declared in pyproject.toml. The extractors (sahifa.nlp's rule
engine) are plain, fully typed Python; compiled by mypyc (the compiler mypy itself ships with) they run
~1.7× faster — the difference between ~250 and ~400+ articles per second on one core
(benchmarks/bench_extraction.py prints which build it measured). The compiled modules are optional:

- no compiler, no Python headers, or ``SAHIFA_PURE=1`` in the environment → the pure-Python package
  is installed and works the same (tests/nlp/test_accel.py checks both give identical output);
- an editable install whose sources were edited after the build → ``sahifa`` notices the newer
  ``.py`` and imports it instead of the stale compiled module (see sahifa/__init__.py).
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup

# Leaf-first: every module here may import only the ones before it (and sahifa.core.model).
# sahifa.ACCELERATED names the same modules (a test checks): it decides whether they run compiled.
ACCELERATED = [
    "desktop/sahifa/core/arabic.py",
    "desktop/sahifa/core/unionfind.py",
    "desktop/sahifa/core/once.py",
    "desktop/sahifa/nlp/normalize.py",
    "desktop/sahifa/nlp/gazetteer.py",
    "desktop/sahifa/nlp/translit.py",
    "desktop/sahifa/nlp/lexicon.py",
    "desktop/sahifa/nlp/entities_words.py",
    "desktop/sahifa/nlp/entities_index.py",
    "desktop/sahifa/nlp/crfmodel.py",
    "desktop/sahifa/nlp/tagger.py",
    "desktop/sahifa/nlp/arbiter.py",
    "desktop/sahifa/nlp/entities_scan.py",
    "desktop/sahifa/nlp/entities_firstnames.py",
    "desktop/sahifa/nlp/entities_people.py",
    "desktop/sahifa/nlp/entities_orgs.py",
    "desktop/sahifa/nlp/entities_detect_misc.py",
    "desktop/sahifa/nlp/entities_detect.py",
    "desktop/sahifa/nlp/entities_engine.py",
    "desktop/sahifa/nlp/entities_crfspans.py",
    "desktop/sahifa/nlp/entities_modelnames.py",
    "desktop/sahifa/nlp/entities_lexical.py",
    "desktop/sahifa/nlp/entities_placewords.py",
    "desktop/sahifa/nlp/entities_pronouns.py",
    "desktop/sahifa/nlp/entities_pedigree.py",
    "desktop/sahifa/nlp/entities_stacking.py",
    "desktop/sahifa/nlp/entities_personedges.py",
    "desktop/sahifa/nlp/entities_lonenames.py",
    "desktop/sahifa/nlp/entities_cliticnouns.py",
    "desktop/sahifa/nlp/entities_titlewords.py",
    "desktop/sahifa/nlp/entities_givenunits.py",
    "desktop/sahifa/nlp/entities_personwords.py",
    "desktop/sahifa/nlp/entities_personrules.py",
    "desktop/sahifa/nlp/entities_foreign.py",
    "desktop/sahifa/nlp/entities_canon.py",
    "desktop/sahifa/nlp/entities_veto.py",
    "desktop/sahifa/nlp/entities_misc.py",
    "desktop/sahifa/nlp/entities_misccopies.py",
    "desktop/sahifa/nlp/entities_national.py",
    "desktop/sahifa/nlp/entities_seats.py",
    "desktop/sahifa/nlp/entities_joins.py",
    "desktop/sahifa/nlp/entities_edges.py",
    "desktop/sahifa/nlp/entities_clubs.py",
    "desktop/sahifa/nlp/entities_bodies.py",
    "desktop/sahifa/nlp/entities.py",
    "desktop/sahifa/nlp/numbers_lexicon.py",
    "desktop/sahifa/nlp/numbers_words.py",
    "desktop/sahifa/nlp/numbers_scan.py",
    "desktop/sahifa/nlp/numbers_quantity.py",
    "desktop/sahifa/nlp/numbers_dates.py",
    "desktop/sahifa/nlp/numbers_names.py",
    "desktop/sahifa/nlp/numbers_implied.py",
    "desktop/sahifa/nlp/numbers.py",
    "desktop/sahifa/nlp/quotes_documents.py",
    "desktop/sahifa/nlp/quotes_adverbs.py",
    "desktop/sahifa/nlp/quotes_participles.py",
    "desktop/sahifa/nlp/quotes_plurals.py",
    "desktop/sahifa/nlp/quotes_agency.py",
    "desktop/sahifa/nlp/quotes_npreport.py",
    "desktop/sahifa/nlp/quotes_lamnames.py",
    "desktop/sahifa/nlp/quotes_chain.py",
    "desktop/sahifa/nlp/quotes_lexicon.py",
    "desktop/sahifa/nlp/quotes_tokens.py",
    "desktop/sahifa/nlp/quotes_bounds.py",
    "desktop/sahifa/nlp/quotes_phrases.py",
    "desktop/sahifa/nlp/quotes_marks.py",
    "desktop/sahifa/nlp/quotes_gender.py",
    "desktop/sahifa/nlp/quotes_seengender.py",
    "desktop/sahifa/nlp/quotes_speakers.py",
    "desktop/sahifa/nlp/quotes_sources.py",
    "desktop/sahifa/nlp/quotes_coord.py",
    "desktop/sahifa/nlp/quotes_runon.py",
    "desktop/sahifa/nlp/quotes_quotedname.py",
    "desktop/sahifa/nlp/quotes_clauses.py",
    "desktop/sahifa/nlp/quotes_subjects.py",
    "desktop/sahifa/nlp/quotes_extract.py",
    "desktop/sahifa/nlp/quotes.py",
    "desktop/sahifa/nlp/labels_parts.py",
    "desktop/sahifa/nlp/labels_chinese.py",
    "desktop/sahifa/nlp/labels_german.py",
    "desktop/sahifa/nlp/labels_adjectival.py",
    "desktop/sahifa/nlp/labels_local.py",
    "desktop/sahifa/nlp/labels_sound.py",
    "desktop/sahifa/nlp/labels_match.py",
    "desktop/sahifa/nlp/labels_loan.py",
    "desktop/sahifa/nlp/labels_states.py",
    "desktop/sahifa/nlp/labels_trade.py",
    "desktop/sahifa/nlp/labels_famous.py",
    "desktop/sahifa/nlp/labels_national.py",
    "desktop/sahifa/nlp/labels_ordinal.py",
    "desktop/sahifa/nlp/labels_shared.py",
    "desktop/sahifa/nlp/labels_roles.py",
    "desktop/sahifa/nlp/labels_sources.py",
    "desktop/sahifa/nlp/labels_phrases.py",
    "desktop/sahifa/nlp/labels_segments.py",
    "desktop/sahifa/nlp/labels_spans.py",
    "desktop/sahifa/nlp/labels_compose.py",
    "desktop/sahifa/nlp/labels_places.py",
    "desktop/sahifa/nlp/labels_people.py",
    "desktop/sahifa/nlp/labels_resolver.py",
    "desktop/sahifa/nlp/labels.py",
]


def _ext_modules() -> list:
    if os.environ.get("SAHIFA_PURE") == "1":
        print("sahifa: SAHIFA_PURE=1, building the pure-Python package", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("sahifa: mypyc is not available, building the pure-Python package", file=sys.stderr)
        return []
    try:
        exts = mypycify(["--ignore-missing-imports", *ACCELERATED], opt_level="3", debug_level="0",
                        group_name="sahifa_accel")
    except (Exception, SystemExit) as exc:  # noqa: BLE001 — anything mypyc refuses: ship pure Python, say why
        print(f"sahifa: mypyc could not compile the extractors ({exc!r}); pure-Python build", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # no C compiler / headers: setuptools warns and installs the pure package
    # the entity tagger's CRF inference (sahifa.nlp.crfmodel): plain C, crfsuite's arithmetic to the bit, so
    # no floating-point contraction (a fused multiply-add rounds differently); without it, python-crfsuite
    exts.append(Extension("sahifa.nlp._crf", ["desktop/sahifa/nlp/_crf.c"], optional=True,
                          extra_compile_args=["-O2", "-ffp-contract=off", "-fno-fast-math"]))
    return exts


setup(ext_modules=_ext_modules())
