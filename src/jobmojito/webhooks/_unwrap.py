"""``unwrap``: a webhook delivery, checked and parsed into a ``WebhookEvent``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import WebhookPayloadError
from .._json import decode_json
from .._lenient import read_noting
from .._lifecycle import WATCHED_FIELDS, event_of
from ._verify import Headers, verify_headers

if TYPE_CHECKING:
    from jobmojito_api.models import WebhookInterviewResultPayload

# A delivery is one result's payload: far below this. A bigger body is refused unread.
MAX_BODY_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class WebhookEvent:
    """One webhook delivery: which event it is and its typed payload.

    ``event`` is ``"interview_result"``, ``"interview_collected"`` or
    ``"interview_failed"``; the raw string of an event this version does not
    know, where the delivery names one; or ``None`` when the delivery names
    none and its payload matches no documented event. ``derived`` says
    whether the event was read off the payload (see ``_events``).
    ``delivery_key`` identifies one delivery of one change: the same change
    delivered twice (at-least-once delivery) has the same key.
    """

    event: str | None
    data: WebhookInterviewResultPayload
    derived: bool
    delivery_key: str = field(repr=False)


def unwrap(
    body: bytes | str | Mapping[str, Any],
    headers: Headers,
    *,
    expected_headers: Mapping[str, str],
    event: str | None = None,
) -> WebhookEvent:
    """Check a delivery's headers, then parse its body.

    Args:
        body: the request body as received (bytes or text), or already decoded JSON.
        headers: the request's headers (any mapping, or ``(name, value)`` pairs).
        expected_headers: the custom headers configured for your webhook in
            JobMojito, with their values; each must be there, with that value.
        event: the event, if your endpoint knows it (one URL per event);
            otherwise it is derived from the payload.

    Raises:
        WebhookVerificationError: an expected header is missing or has another value
            (the error names the header, never a value).
        WebhookPayloadError: the body is not a JSON object, or is too large.
    """
    verify_headers(headers, expected_headers)
    data = _decoded(body)
    named = event or _named(data)
    chosen = named or event_of(data)
    key = delivery_key(chosen, data)
    from jobmojito_api.models import WebhookInterviewResultPayload

    payload = read_noting("webhooks.unwrap", WebhookInterviewResultPayload._from_wire, data)
    return WebhookEvent(chosen, payload, derived=named is None, delivery_key=key)


def _decoded(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    if len(raw) > MAX_BODY_BYTES:
        raise WebhookPayloadError(f"webhook delivery refused: a body of {len(raw)} bytes (at most {MAX_BODY_BYTES})")
    try:
        data = decode_json(raw)
    except ValueError as exc:
        raise WebhookPayloadError(f"webhook delivery refused: the body is not JSON ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError("webhook delivery refused: the body is not a JSON object")
    return data


def _named(data: Mapping[str, Any]) -> str | None:
    """The event the payload names itself, if a newer JobMojito adds an ``event`` field."""
    named = data.get("event")
    return named if isinstance(named, str) and named else None


def delivery_key(event: str | None, payload: Mapping[str, Any]) -> str:
    """What identifies one delivery of one change: the result, the event, the reason and the watched fields."""
    parts = {
        "id": payload.get("id"),
        "event": event,
        "reason": payload.get("reason"),
        "status": [payload.get(k) for k in ("status", "interview_status", "processing_status")],
        "watched": [payload.get(k) for k in WATCHED_FIELDS],
    }
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
