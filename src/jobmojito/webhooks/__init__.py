"""Receiving JobMojito's webhooks: check a delivery, parse it, handle each change once.

::

    from jobmojito import webhooks

    event = webhooks.unwrap(request_body, request_headers, expected_headers={"X-Webhook-Token": SECRET})
    match event.event:
        case "interview_result": ...      # event.data is a WebhookInterviewResultPayload
        case "interview_collected": ...
        case "interview_failed": ...

JobMojito sends three events (``EVENTS``), all one payload, to the URL you
configure, with the custom headers you configure; it retries until it gets a
2xx (at least once), so use ``Deduplicator`` to handle each change once.
Receivers for Starlette, Flask and Django are in ``examples/webhooks/``.
"""

from jobmojito.resources.webhook_events import EVENTS, SUMMARIES, WebhookEventName

from .._errors import WebhookPayloadError, WebhookVerificationError
from .._lifecycle import COMPLETED_STATUSES, FAILED_STATUSES, WATCHED_FIELDS, event_of
from ._dedupe import DedupeStore, Deduplicator, DeliveryInProgress, MemoryStore, SQLiteStore
from ._unwrap import MAX_BODY_BYTES, WebhookEvent, delivery_key, unwrap
from ._verify import verify_headers

__all__ = [
    "COMPLETED_STATUSES",
    "EVENTS",
    "FAILED_STATUSES",
    "MAX_BODY_BYTES",
    "SUMMARIES",
    "WATCHED_FIELDS",
    "DedupeStore",
    "Deduplicator",
    "DeliveryInProgress",
    "MemoryStore",
    "SQLiteStore",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "delivery_key",
    "event_of",
    "unwrap",
    "verify_headers",
]
