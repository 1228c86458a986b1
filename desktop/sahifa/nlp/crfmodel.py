"""The entity tagger's CRF read from its CRFsuite model file, for :mod:`sahifa.nlp._crf`'s inference.

python-crfsuite spends most of an article's tagging time converting ~6,000 feature strings into C++
strings and hashing them into its attribute dictionary. ``sahifa.nlp._crf.Tagger``, a small C extension,
reads the same model file (crfsuite's crf1d format: a header, the features as (type, src, dst, weight)
records, the label and attribute dictionaries in CQDB form, and each label's and attribute's list of
features; every offset checked) and answers like ``pycrfsuite.Tagger`` (``tag``, ``marginal``, ``labels``)
with crfsuite's own arithmetic, so its labels and marginals are crfsuite's to the last bit
(``tests/nlp/test_crfmodel.py`` compares them on real news). The attribute names are looked up in a Python
dict of ``bytes`` (the tagger's memoised feature strings keep their hash), not converted.

The file is read at load time (~1 ms), whatever model is shipped (the tagger retrained: nothing to
convert). The C extension is optional: when it is not built, or the engine runs from source
(``SAHIFA_PURE=1``, a source newer than the build: see ``sahifa/__init__.py``), :func:`native_available`
is False and the tagger uses python-crfsuite.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

__all__ = ["check", "native_available", "open_native"]


def check(path: Path, meta_path: Path, feature_version: int) -> str | None:
    """Why the model at ``path`` (described by ``meta_path``) cannot be used by a tagger of
    ``feature_version`` (None: it can). Read before crfsuite or :mod:`sahifa.nlp._crf` reads it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot read {path} ({exc.strerror or exc})"
    if data[:4] != b"lCRF":
        return f"{path} is not a CRFsuite model"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"its description {meta_path.name} is missing or unreadable ({exc})"
    if not isinstance(meta, dict):
        return f"{meta_path.name} is not a model description"
    if meta.get("feature_version") != feature_version:
        return (f"it was trained for feature version {meta.get('feature_version')}, this Sahifa needs "
                f"{feature_version}")
    if meta.get("sha256") != hashlib.sha256(data).hexdigest():
        return f"{path.name} is damaged or was replaced (its checksum does not match {meta_path.name})"
    return None


def native_available() -> bool:
    """Whether ``sahifa.nlp._crf`` is built, current (not older than its C source) and may run."""
    from .. import SOURCE_REASON

    if SOURCE_REASON is not None:
        return False  # the engine runs from source: no compiled code of ours, the library's inference
    try:
        from . import _crf
    except ImportError:
        return False
    so = getattr(_crf, "__file__", None) or ""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_crf.c")
    if so and os.path.exists(src) and os.path.exists(so) and os.path.getmtime(src) > os.path.getmtime(so):
        return False  # edited after the build: the old code would run
    return True


def open_native(data: bytes) -> Any:
    """A ``sahifa.nlp._crf.Tagger`` over the model file's contents ``data`` (ValueError: not a crf1d model,
    or a damaged one; ImportError: the extension is not built)."""
    from . import _crf

    return _crf.Tagger(data)
