"""Faults the sandbox adds in front of every operation, like the real gateway.

* latency: every operation request waits ``latency_ms`` before anything else;
* ``rate_429``: that share of requests is answered 429 with ``Retry-After``
  (whole seconds) and the document's ``Error`` body;
* ``rate_5xx``: that share is answered 502, 503 or 504 with an HTML page, as a
  Supabase / Cloudflare gateway does when a function is down: a client must
  not assume an error body is JSON.

One draw per request from a generator seeded with ``seed`` decides, so a run
with the same seed and the same sequence of requests meets the same faults.
Faults come before authentication, as the gateway sits in front of the API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random

from starlette.responses import HTMLResponse, Response

from .fake import seeded
from .respond import error_response

GATEWAY_STATUSES = (502, 503, 504)
_REASONS = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


@dataclass
class Faults:
    seed: int = 0
    latency_ms: float = 0.0
    rate_429: float = 0.0
    rate_5xx: float = 0.0
    retry_after_s: int = 1
    _rng: Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("rate_429", "rate_5xx"):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {rate}")
        if self.rate_429 + self.rate_5xx > 1.0:
            raise ValueError("rate_429 + rate_5xx must not exceed 1")
        if self.latency_ms < 0 or self.retry_after_s < 0:
            raise ValueError("latency_ms and retry_after_s must not be negative")
        self._rng = seeded(self.seed, "faults")

    @property
    def latency_s(self) -> float:
        return self.latency_ms / 1000.0

    def draw(self) -> Response | None:
        """The fault response for the next request, or None to serve it."""
        if not (self.rate_429 or self.rate_5xx):
            return None  # no draw: turning faults off leaves nothing to repeat
        roll = self._rng.random()
        if roll < self.rate_5xx:
            return gateway_error(self._rng.choice(GATEWAY_STATUSES))
        if roll < self.rate_5xx + self.rate_429:
            message = "Too many requests. Retry after the number of seconds in Retry-After."
            return error_response(429, message, headers={"Retry-After": str(self.retry_after_s)})
        return None


def gateway_error(status: int) -> HTMLResponse:
    reason = _REASONS.get(status, "Error")
    page = (
        f"<html>\n<head><title>{status} {reason}</title></head>\n<body>\n"
        f"<center><h1>{status} {reason}</h1></center>\n<hr><center>jobmojito-sandbox gateway</center>\n"
        "</body>\n</html>\n"
    )
    return HTMLResponse(page, status_code=status)
