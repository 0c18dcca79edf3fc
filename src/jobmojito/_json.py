"""JSON decoding with a nesting limit, checked before the parser recurses.

``json.loads`` recurses once per nesting level, so an answer nested 200,000 deep
raises ``RecursionError`` (which is no ``ValueError``, so nothing on the parsing path
catches it). :func:`decode_json` first measures the nesting depth in linear time
without recursing, and refuses a document deeper than ``max_depth`` with
:class:`JSONDepthError`, a ``ValueError`` like every other malformed-JSON error.

How the depth is measured: escape sequences are removed (``\\"`` cannot end a
string), then whole strings (brackets inside them do not count), then everything
but ``[]{}``; the depth is the highest running count of openers less closers. Each
step is a single left-to-right pass. The count can only be too high after a point
where the parser would already have failed (a stray backslash outside a string, a
bracket mismatch), so a document the parser accepts is measured exactly.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from typing import Any

__all__ = ["DEFAULT_MAX_DEPTH", "JSONDepthError", "decode_json", "nesting_depth"]

DEFAULT_MAX_DEPTH = 512
"""Deeper than any answer of the API, and far from Python's recursion limit (1,000)."""

_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')  # after _ESCAPE, a string holds no quote
_OTHER_BYTES = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = [0] * 256
for _byte in b"[{":
    _STEP[_byte] = 1
for _byte in b"]}":
    _STEP[_byte] = -1


class JSONDepthError(ValueError):
    """A JSON document nested deeper than the limit; it was not parsed."""

    def __init__(self, depth: int, max_depth: int) -> None:
        super().__init__(f"JSON nested {depth} levels deep, deeper than the limit of {max_depth}")
        self.depth = depth
        self.max_depth = max_depth

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.depth, self.max_depth))


def nesting_depth(data: bytes | str) -> int:
    """The deepest nesting of arrays and objects in ``data`` (0 for a scalar), in linear time."""
    raw = _utf8(data)
    text = _STRING.sub(b"", _ESCAPE.sub(b"", raw))
    text = text.partition(b'"')[0]  # an unterminated string: the parser stops there
    brackets = text.translate(None, _OTHER_BYTES)
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets), initial=0))


def decode_json(
    data: bytes | str,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    object_hook: Callable[[dict[str, Any]], Any] | None = None,
) -> Any:
    """``json.loads(data)``, refusing a document nested deeper than ``max_depth``.

    Raises :class:`JSONDepthError` (too deep) or ``json.JSONDecodeError`` (not JSON),
    both ``ValueError``. ``object_hook`` is passed on to ``json.loads``.
    """
    if _openers(data) > max_depth:  # fewer openers than the limit cannot nest deeper: skip the scan
        depth = nesting_depth(data)
        if depth > max_depth:
            raise JSONDepthError(depth, max_depth)
    try:
        return json.loads(data, object_hook=object_hook)
    except RecursionError:  # a max_depth above what the interpreter's stack allows
        raise JSONDepthError(nesting_depth(data), max_depth) from None


def _openers(data: bytes | str) -> int:
    if isinstance(data, str):
        return data.count("[") + data.count("{")
    return data.count(b"[") + data.count(b"{")


def _utf8(data: bytes | str) -> bytes:
    """``data`` as UTF-8 bytes, where ``[]{}"\\`` are single bytes that no other character contains."""
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass")
    encoding = json.detect_encoding(data)  # what json.loads would decode it as
    if encoding in ("utf-8", "utf-8-sig"):
        return data
    return data.decode(encoding, "replace").encode("utf-8", "surrogatepass")
