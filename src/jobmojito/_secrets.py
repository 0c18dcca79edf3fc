"""Keeping tokens and keys out of reprs, headers dumps and log records.

Three small pieces:

* :class:`Secret` is a ``str`` whose ``repr()`` is masked. It *is* the value
  everywhere else (``str()``, f-strings, ``==``, JSON, HTTP headers), so a model field
  holding an embed signing key keeps working as a string. What it protects against is
  the common leak: ``repr`` is what ends up in the repr of a containing object, in
  ``logging`` of ``%r``, in tracebacks that show locals, in debugger and test output.
* :func:`redact_headers` gives a loggable copy of HTTP headers.
* :class:`RedactingFilter` is a ``logging.Filter`` that replaces every value held by
  the :class:`SecretRegistry` with ``<redacted>`` in a record's message, arguments
  and exception text. Attach it to your *handlers* (a filter on a logger does not
  see records propagated from child loggers such as ``httpx`` and ``httpcore``).
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = [
    "REDACTED",
    "RedactingFilter",
    "Secret",
    "SecretRegistry",
    "masking_hook",
    "redact_headers",
    "secret_registry",
]

REDACTED = "<redacted>"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "apikey", "cookie", "set-cookie"})


class Secret(str):
    """A string whose ``repr()`` does not show it. ``str(secret)`` is the value."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"


def masking_hook(names: frozenset[str]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A ``json.loads`` object hook: the string values of ``names`` become :class:`Secret` as they are read."""

    def hook(obj: dict[str, Any]) -> dict[str, Any]:
        for name in names.intersection(obj):
            if isinstance(obj[name], str):
                obj[name] = Secret(obj[name])
        return obj

    return hook


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of ``headers`` with credentials masked (``Authorization: Bearer <redacted>``).

    Accepts a mapping (``httpx.Headers`` included; repeated headers come joined) or
    ``(name, value)`` pairs. Names are kept as given (``httpx.Headers`` gives them in
    lower case).
    """
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {name: _mask_header(name, value) for name, value in pairs}


def _mask_header(name: str, value: str) -> str:
    lowered = name.lower()
    if lowered not in SENSITIVE_HEADERS:
        return value
    scheme, sep, _ = value.partition(" ")
    # Keep the scheme of an Authorization header: "Bearer <redacted>" still helps debugging.
    return f"{scheme} {REDACTED}" if sep and lowered.endswith("authorization") else REDACTED


class SecretRegistry:
    """The values a :class:`RedactingFilter` masks.

    Secrets are registered under an owner (an auth object) and a name
    (``"access_token"``): the owner is held weakly, so its secrets go when it does.
    Setting a new value under the same name (a rotated token) moves the old one to a
    bounded "retired" list: a rotated access token stays valid until it expires, so
    it is still worth masking for a while. Values shorter than ``min_length`` are
    ignored so that a short string cannot blank out ordinary text.
    """

    def __init__(self, *, max_retired: int = 64, min_length: int = 8) -> None:
        self._lock = threading.Lock()
        self._owned: weakref.WeakKeyDictionary[object, dict[str, str]] = weakref.WeakKeyDictionary()
        self._retired: OrderedDict[str, None] = OrderedDict()
        self._max_retired = max_retired
        self._min_length = min_length
        # A new ticket on every change (and when an owner is collected): the pattern is rebuilt only
        # then, not on every log record. Tickets are unique, so a stale pattern's is never current again.
        self._tickets = itertools.count(1)
        self._generation = 0
        self._compiled: tuple[int, re.Pattern[str] | None] | None = None

    def set(self, owner: object, name: str, value: str | None) -> None:
        """Register ``value`` as ``owner``'s secret ``name`` (``None`` forgets it)."""
        with self._lock:
            slots = self._owned.get(owner)
            if slots is None:
                slots = self._owned[owner] = {}
                # Its secrets go with it, so does the pattern. The finalizer may run inside any
                # allocation, this lock held included: it takes no lock (next() on a count is atomic).
                weakref.finalize(owner, self._changed)
            old = slots.pop(name, None)
            if value is not None and len(value) >= self._min_length:
                slots[name] = str(value)
            if old is not None and old != value:
                self._retire(old)
            self._generation = next(self._tickets)

    def add(self, value: str) -> None:
        """Register a value that has no owner (it is kept in the bounded retired list)."""
        if len(value) >= self._min_length:
            with self._lock:
                self._retire(str(value))
                self._generation = next(self._tickets)

    def _changed(self) -> None:
        self._generation = next(self._tickets)

    def _retire(self, value: str) -> None:
        self._retired[value] = None
        self._retired.move_to_end(value)
        while len(self._retired) > self._max_retired:
            self._retired.popitem(last=False)

    def values(self) -> frozenset[str]:
        with self._lock:
            live = [v for slots in list(self._owned.values()) for v in slots.values()]
            return frozenset(live).union(self._retired)

    def redact(self, text: str) -> str:
        """``text`` with every registered value replaced by ``<redacted>``."""
        compiled = self._compiled
        generation = self._generation  # read before the values: a change after it rebuilds next time
        if compiled is None or compiled[0] != generation:
            values = self.values()
            # Longest first, so that a value containing another is masked whole.
            alternatives = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
            compiled = self._compiled = (generation, re.compile(alternatives) if values else None)
        pattern = compiled[1]
        return text if pattern is None else pattern.sub(REDACTED, text)


secret_registry = SecretRegistry()
"""The registry the SDK's auth objects register their tokens and keys into."""


class RedactingFilter(logging.Filter):
    """Masks registered secrets in log records; never drops a record.

    The message is formatted with its arguments first (so a secret inside any
    argument's ``str``/``repr`` is caught), then redacted, and the arguments are
    cleared. Exception and stack text are formatted and redacted too.
    """

    def __init__(self, registry: SecretRegistry | None = None) -> None:
        super().__init__()
        self.registry = registry if registry is not None else secret_registry

    def filter(self, record: logging.LogRecord) -> bool:
        redact = self.registry.redact
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: redact what we have
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
