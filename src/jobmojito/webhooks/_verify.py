"""A delivery's custom headers, checked in constant time.

JobMojito authenticates a delivery with the custom headers the merchant
configures (no signature scheme is documented): the receiver checks that
each expected header is there with exactly the expected value. The
comparison takes the same time wherever the values differ
(``hmac.compare_digest``), and no error, repr or log line ever shows a value.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping

from .._errors import WebhookVerificationError

Headers = Mapping[str, str] | Iterable[tuple[str, str]]
__all__ = ["Headers", "WebhookVerificationError", "verify_headers"]


def _lowered(headers: Headers) -> dict[str, list[str]]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    found: dict[str, list[str]] = {}
    for name, value in pairs:
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        found.setdefault(key.lower(), []).append(text)
    return found


def verify_headers(headers: Headers, expected: Mapping[str, str]) -> None:
    """Raise ``WebhookVerificationError`` unless every expected header has its value (names are case-insensitive)."""
    received = _lowered(headers)
    for name, value in expected.items():
        values = received.get(name.lower())
        if not values:
            raise WebhookVerificationError(name, "missing")
        if len(values) > 1:
            raise WebhookVerificationError(name, "repeated")
        if not hmac.compare_digest(values[0].encode("utf-8"), str(value).encode("utf-8")):
            raise WebhookVerificationError(name, "wrong value")
