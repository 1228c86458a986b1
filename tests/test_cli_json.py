"""`sahifa analyze --json` writes its articles with its own indent=1 encoder: byte for byte what
json.dumps(..., ensure_ascii=False, indent=1) writes, on any JSON-like value."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sahifa.cli.jsonout import dumps_indent1 as _dumps_indent1
from sahifa.cli.jsonout import json_default as _json_default

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(), st.sampled_from(["", "\n", '"', "\\", "\u2028", "عربي «…»"]),
)
keys = st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.tuples(children, children),
        st.dictionaries(keys, children, max_size=5), st.frozensets(st.integers(), max_size=3),
    ),
    max_leaves=30,
)


def reference(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, default=_json_default)


@settings(max_examples=600, deadline=None)
@given(values)
def test_same_bytes_as_json_dumps(obj: Any) -> None:
    assert _dumps_indent1(obj) == reference(obj)


def test_a_real_article_shape() -> None:
    doc = {"path": "/a.txt", "title": "عنوان", "source": None, "text": "سطر\nسطر", "sentences": [
        {"start": 0, "end": 3}], "entities": [], "numbers": [{"value": 2.5, "value_max": None, "vague": False,
                                                               "counted": "مقاتل", "n": 10**20}]}
    assert _dumps_indent1(doc) == reference(doc)
    assert _dumps_indent1({}) == "{}" and _dumps_indent1([]) == "[]"
