"""JSON decoding with a nesting limit, checked before the parser recurses.

``json.loads`` recurses once per nesting level, so an answer nested 200,000 deep
raises ``RecursionError`` (which is no ``ValueError``, so nothing on the parsing path
catches it). :func:`decode_json` first measures the nesting depth in linear time
without recursing, and refuses a document deeper than ``max_depth`` with
:class:`JSONDepthError`, a ``ValueError`` like every other malformed-JSON error.

Most documents are cleared without measuring: one with at most ``max_depth``
openers (``[`` and ``{``, found with ``find``) cannot nest deeper. Otherwise
its brackets outside strings are counted chunk by chunk (an upper bound of
the depth from ``count`` alone); only a document whose bound passes the limit
is measured exactly.

How the depth is measured: the escapes that can hide a quote (``\\\\`` and
``\\"``) are removed, then everything but ``[]{}"`` (a small fraction of any
real document), then whole strings (brackets inside them do not count); the depth
is the highest running count of openers less closers. Each step is a single
left-to-right pass in C but the last, over what is left. The count can only be
wrong after a point where the parser would already have failed (a stray backslash
outside a string, a bracket mismatch), so a document the parser accepts is
measured exactly.
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

_STRING = re.compile(rb'"[^"]*"')  # once escapes are gone, a string holds no quote
_HIDING_ESCAPE = re.compile(rb'\\[\\"]')  # \\ and \": the escapes that can hide a quote
_OTHER_BYTES = bytes(b for b in range(256) if b not in b'[]{}"')
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
    return _depth(_structural(data))


def _structural(data: bytes | str) -> bytes:
    """The brackets of ``data`` that are outside strings, in order."""
    raw = _utf8(data)
    # \" hides a quote and \\ a backslash (which could pair with what follows): both are removed, left
    # to right as the parser pairs them; other escapes (\n, \u...) hide neither. A single-byte test
    # first: most documents have no escape at all.
    if b"\\" in raw:
        raw = _HIDING_ESCAPE.sub(b"", raw)
    text = raw.translate(None, _OTHER_BYTES)  # brackets and quotes only: a fraction of the document
    # Two adjacent quotes close one string and open the next (or enclose nothing): dropping them
    # leaves every bracket inside or outside a string as it was. Most strings hold no bracket.
    text = text.replace(b'""', b"")
    if b'"' in text:
        text = _STRING.sub(b"", text).partition(b'"')[0]  # an unterminated string: the parser stops there
    return text


def _depth(brackets: bytes) -> int:
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets), initial=0))


def _depth_at_most(brackets: bytes, limit: int) -> bool:
    """Whether ``brackets`` cannot nest deeper than ``limit``, from counts alone (a sound upper bound).

    Within a chunk the depth is at most the depth before it plus the chunk's
    openers; the depth before it is the openers less the closers of the chunks
    before. Chunks of half the limit keep the bound within reach of it for any
    document that stays well below. ``count`` runs in C, where the exact
    running depth takes a Python step per bracket (a 1 MB result holds tens of
    thousands).
    """
    chunk = max(1, limit // 2)
    before = 0
    for start in range(0, len(brackets), chunk):
        end = start + chunk
        opened = brackets.count(b"[", start, end) + brackets.count(b"{", start, end)
        if before + opened > limit:
            return False
        before += opened - brackets.count(b"]", start, end) - brackets.count(b"}", start, end)
    return True


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
    if not _at_most_openers(data, max_depth):
        brackets = _structural(data)
        if not _depth_at_most(brackets, max_depth) and (depth := _depth(brackets)) > max_depth:
            raise JSONDepthError(depth, max_depth)
    try:
        return json.loads(data, object_hook=object_hook)
    except RecursionError:  # a max_depth above what the interpreter's stack allows
        raise JSONDepthError(nesting_depth(data), max_depth) from None


def _at_most_openers(data: bytes | str, limit: int) -> bool:
    """Whether ``data`` holds at most ``limit`` of ``[`` and ``{`` (so it cannot nest deeper).

    Found one by one with ``find`` (memchr), stopping past ``limit``: an answer with a
    few hundred objects costs a few microseconds, where ``count`` reads every byte twice.
    """
    if len(data) <= limit:
        return True
    found = 0
    for opener in ("[", "{") if isinstance(data, str) else (b"[", b"{"):
        position = data.find(opener)  # type: ignore[arg-type]
        while position >= 0:
            found += 1
            if found > limit:
                return False
            position = data.find(opener, position + 1)  # type: ignore[arg-type]
    return True


def _utf8(data: bytes | str) -> bytes:
    """``data`` as UTF-8 bytes, where ``[]{}"\\`` are single bytes that no other character contains."""
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass")
    encoding = json.detect_encoding(data)  # what json.loads would decode it as
    if encoding in ("utf-8", "utf-8-sig"):
        return data
    return data.decode(encoding, "replace").encode("utf-8", "surrogatepass")
