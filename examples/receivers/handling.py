"""What every receiver here does with a delivery, whatever the framework: one function, tested once.

``receive(body, headers)`` answers the status to send back:

* 401 when the delivery's headers are not the ones configured in JobMojito;
* 400 when the body is not the documented payload;
* 409 while the same change is being handled by another delivery (JobMojito retries);
* 204 otherwise, after ``handle(event)`` ran for the first delivery of the change
  (a repeat, which at-least-once delivery sends, is acknowledged without handling).

An exception in ``handle`` gives 500: JobMojito retries, and the change is handled then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from jobmojito import WebhookPayloadError, WebhookVerificationError
from jobmojito.webhooks import Deduplicator, DeliveryInProgress, WebhookEvent, unwrap

Handler = Callable[[WebhookEvent], None]


class Receiver:
    def __init__(
        self, expected_headers: Mapping[str, str], handle: Handler, dedupe: Deduplicator | None = None
    ) -> None:
        self.expected_headers = dict(expected_headers)
        self.handle = handle
        self.dedupe = dedupe or Deduplicator()

    def receive(self, body: bytes, headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> int:
        try:
            event = unwrap(body, headers, expected_headers=self.expected_headers)
        except WebhookVerificationError:
            return 401
        except WebhookPayloadError:
            return 400
        try:
            with self.dedupe.once(event) as first:
                if first:
                    self.handle(event)
        except DeliveryInProgress:
            return 409
        return 204
