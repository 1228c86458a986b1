"""JSON out of the command line: ``analyze --json``'s fast indent-1 encoder, and binary stdout."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import IO, Any


def dumps_indent1(obj: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=1, default=json_default)``, byte for byte (tested),
    ~4× faster: json's C encoder is used only without indent, and its Python one is generator-based.
    Strings go through the same escaping function json uses; floats, ints, bools and None are spelt
    as json spells them (NaN/Infinity allowed)."""
    out: list[str] = []
    append = out.append
    enc = json.encoder.encode_basestring  # what JSONEncoder uses with ensure_ascii=False (C when available)
    float_repr = float.__repr__
    int_repr = int.__repr__

    def scalar(o: Any) -> str | None:
        if isinstance(o, str):
            return enc(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int_repr(o)
        if isinstance(o, float):
            if o != o:
                return "NaN"
            if o == float("inf"):
                return "Infinity"
            if o == -float("inf"):
                return "-Infinity"
            return float_repr(o)
        return None

    def key_of(k: Any) -> str:
        if isinstance(k, str):
            return enc(k)
        if isinstance(k, (int, float, bool)) or k is None:
            text = scalar(k)  # json turns these keys into strings: true, 1, 1.5, null
            assert text is not None
            return enc(text)
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def value(o: Any, level: int) -> None:
        text = scalar(o)
        if text is not None:
            append(text)
            return
        if isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = "\n" + " " * (level + 1)
            first = True
            for k, v in o.items():
                append(("{" if first else ",") + inner + key_of(k) + ": ")
                first = False
                value(v, level + 1)
            append("\n" + " " * level + "}")
            return
        if isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner = "\n" + " " * (level + 1)
            first = True
            for v in o:
                append(("[" if first else ",") + inner)
                first = False
                value(v, level + 1)
            append("\n" + " " * level + "]")
            return
        value(json_default(o), level)

    value(obj, 0)
    return "".join(out)


def json_default(obj: Any) -> Any:
    """Lazy sequences (the library's ArticleIds) and other iterables become lists."""
    try:
        return list(obj)
    except TypeError:
        raise TypeError(f"{type(obj).__name__} is not JSON serializable") from None


def write_binary(write: Callable[[IO[bytes]], Any]) -> Any:
    """Let write() stream UTF-8 bytes to stdout (or to a text-only stdout, e.g. under a test's capture);
    returns what write() returns."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        result = write(buffer)
        buffer.flush()
        return result
    import io

    data = io.BytesIO()
    result = write(data)
    sys.stdout.write(data.getvalue().decode("utf-8"))
    return result
