"""Short, secret-free excerpts of response bodies for error messages.

An excerpt looks at the first :data:`EXCERPT_READ` characters of a body only,
whatever its size, and every step over them is a single forward pass: building
the message of an error never costs more than a few microseconds per kilobyte,
so a hostile body (100 KB of ``<``) cannot stall the caller after ``timeout``.

Secrets are masked three ways: the string value of every field named in
:data:`SECRET_FIELDS` (and the operation's own secret fields), every value the
:data:`~jobmojito._secrets.secret_registry` holds, and, when the body was cut, a
tail that is the start of a registered value (a secret cut in half is still half
a secret).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ._secrets import REDACTED, secret_registry

__all__ = ["EXCERPT_CHARS", "EXCERPT_READ", "SECRET_FIELDS", "excerpt", "redact_fields"]

EXCERPT_CHARS = 200
"""The most characters an excerpt shows."""

EXCERPT_READ = 4096
"""The most characters (or bytes) of a body an excerpt looks at."""

SECRET_FIELDS = frozenset(
    {
        "embed_signing_key",
        "access_token",
        "refresh_token",
        "provider_token",
        "provider_refresh_token",
        "anon_key",
        "apikey",
        "service_role_key",
        "password",
    }
)
"""JSON fields whose string values never reach a message, whatever the operation."""

_RAW_TEXT_TAGS = ("script", "style")  # their content is code, not text: dropped with the tags
_OPEN_RAW_TEXT = re.compile(r"(script|style)\b", re.IGNORECASE)
_MIN_PARTIAL = 4  # a shorter tail that starts a secret is not worth masking


def excerpt(body: bytes | str, limit: int = EXCERPT_CHARS, secret_fields: Iterable[str] = ()) -> str:
    """A short, single-line, tag-free excerpt of a response body, secrets redacted."""
    window = body[:EXCERPT_READ]
    cut = len(body) > EXCERPT_READ
    text = window.decode("utf-8", "replace") if isinstance(window, bytes) else window
    text = strip_tags(text)
    text = secret_registry.redact(redact_fields(text, SECRET_FIELDS.union(secret_fields)))
    if cut:
        text = _mask_cut_secret(text, secret_registry.values())
    text = " ".join(text.split())
    if not text:
        return "(body cut)" if cut else "(empty body)"
    if len(text) <= limit and not cut:
        return text
    return text[: limit - 1] + "…"


def strip_tags(text: str) -> str:
    """``text`` with HTML tags (and ``<script>``/``<style>`` elements) replaced by spaces, in one pass.

    A ``<`` with no ``>`` after it is text, as is ``<>``.
    """
    out: list[str] = []
    unclosed: set[str] = set()  # raw-text tags known to have no closing tag further on
    i = 0
    while True:
        start = text.find("<", i)
        end = text.find(">", start + 1) if start >= 0 else -1
        if end < 0:  # no tag closes from here on
            out.append(text[i:])
            return "".join(out)
        if end == start + 1:  # "<>" is not a tag
            out.append(text[i : end + 1])
            i = end + 1
            continue
        out.append(text[i:start])
        out.append(" ")
        i = end + 1
        opened = _OPEN_RAW_TEXT.match(text, start + 1)
        name = opened.group(1).lower() if opened else None
        if name is not None and name not in unclosed:
            closing = _closing_tag(name).search(text, i)
            if closing is None:
                unclosed.add(name)  # search once: a later <script> has no closing tag either
            else:
                i = closing.end()


@lru_cache(maxsize=len(_RAW_TEXT_TAGS))
def _closing_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}\s*>", re.IGNORECASE)


def redact_fields(text: str, names: Iterable[str]) -> str:
    """``text`` (JSON, possibly cut short) with the string value of each field in ``names`` redacted."""
    pattern = _field_pattern(frozenset(names))
    return pattern.sub(rf'\g<1>"{REDACTED}"', text) if pattern is not None else text


@lru_cache(maxsize=64)
def _field_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    keys = "|".join(re.escape(name) for name in sorted(names))
    # The value runs to its closing quote or, when the body was cut inside it, to the end.
    return re.compile(rf'("(?:{keys})"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|$)')


def _mask_cut_secret(text: str, values: Iterable[str]) -> str:
    """``text`` whose tail is the beginning of one of ``values`` (cut there) with that tail masked."""
    cut = len(text)
    for value in values:
        if not value:
            continue
        position = text.find(value[0], max(0, len(text) - len(value) + 1))
        while 0 <= position < cut:
            if len(text) - position >= _MIN_PARTIAL and value.startswith(text[position:]):
                cut = position
                break
            position = text.find(value[0], position + 1)
    return text if cut == len(text) else text[:cut] + REDACTED
