"""When to send a request again, and when not to.

The JobMojito API has no idempotency key: a create call spends credits and sends
e-mails, so a POST that the server may already have processed must never be sent a
second time. The policy therefore sorts every failure into one of three kinds:

* provably not processed: the connection could not be made (``ConnectError``,
  ``ConnectTimeout``, ``PoolTimeout``), or the server answered 429 (rate limited
  before any work) or 503 (the function is unavailable, it did not run). Any request
  may be retried.
* maybe processed: the request went out and the answer was lost or is an error that
  can follow work already done. A read or write timeout, a connection dropped before
  or during the response (``RemoteProtocolError``, ``ReadError``, ``WriteError``), a
  500 (the function threw, perhaps after its side effects), a 502 or 504 (the gateway
  forwarded the call; the function may still be running or may have finished after
  the gateway gave up, which is what a cold start looks like). Only idempotent
  requests are retried; for the others the decision says ``outcome_unknown=True`` so
  the caller can tell the user to look before trying again. A 500 is not retried even
  for idempotent requests: it is usually a bug, not a passing condition.
* definitely answered: any other status, 4xx included (a 4xx other than 429 is a
  rejection; sending it again gives the same answer). Never retried.
* anything else raised while sending is not retried: a local refusal (an invalid
  URL or header, an unsupported scheme, a proxy's refusal) means nothing reached the
  server; after any other exception (an undecodable body, a bug in a transport or an
  event hook) a request that is not idempotent may have been processed.

An error raised while sending a *side request* (a request carrying the
:data:`SIDE_REQUEST` extension, such as the token refresh an auth flow sends before
the API request) means the API request itself was not sent: its outcome is never
unknown, and it is retried as an idempotent request would be. So is a
:class:`~jobmojito.RefreshError` that did not end the session (the auth server could
not be reached, failed, or asked to slow down); one that ended it, or a refusal by
the auth server (another 4xx), is not retried.

A redirect (3xx) is never followed and never retried: the SDK sends the token, the
anon key and request bodies to ``base_url`` only. A 307 or 308 says "send this
request there instead", so it was not processed; after any other 3xx a request that
is not idempotent may have been (a 303 is what a server answers a processed POST with).

``attempt`` counts the tries already made that failed, from 0: the original request
is attempt 0, its first retry is attempt 1. With ``max_retries=2`` a request is sent at
most three times.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Protocol, runtime_checkable

import httpx

from ._credentials import RefreshError

__all__ = [
    "NO_RETRIES",
    "SIDE_REQUEST",
    "RetryDecision",
    "RetryPolicy",
    "RetryPolicyLike",
    "side_request",
    "was_not_sent",
]

SIDE_REQUEST = "jobmojito.side_request"
"""``httpx.Request.extensions`` key marking a request sent on the way to the API request."""

# Nothing was sent to the server (or nothing it could act on).
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Sent, and the answer was lost: the server may have done the work.
_ANSWER_LOST = (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
# Refused before anything reached the server (a URL, a header, a proxy that says no).
_NEVER_LEFT = (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.ProxyError, httpx.InvalidURL)
_RETRY_ANY = frozenset({429, 503})
_RETRY_IDEMPOTENT = frozenset({502, 504})


@dataclass(frozen=True)
class RetryDecision:
    """What to do after a failed try.

    ``delay`` is in seconds and only meaningful when ``retry`` is true. ``reason`` is a
    short human-readable explanation for logs and error messages. ``outcome_unknown``
    is true when a non-idempotent request failed in a way that means the server may
    have processed it (whether or not a retry is allowed).
    """

    retry: bool
    delay: float = 0.0
    reason: str = ""
    outcome_unknown: bool = False


@runtime_checkable
class RetryPolicyLike(Protocol):
    """Anything with this ``decide`` method can replace :class:`RetryPolicy`."""

    def decide(
        self,
        *,
        attempt: int,
        idempotent: bool,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> RetryDecision: ...


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """Exponential backoff with full jitter that honours ``Retry-After``.

    ``uniform(a, b)`` draws the jittered delay and ``clock()`` gives the current Unix
    time (to read a ``Retry-After`` HTTP date); both are injectable so tests are
    deterministic, e.g. ``RetryPolicy(uniform=random.Random(7).uniform)``.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    uniform: Callable[[float, float], float] = field(default=random.uniform, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def decide(
        self,
        *,
        attempt: int,
        idempotent: bool,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> RetryDecision:
        if error is not None:
            retryable, unknown, reason = _classify_error(error, idempotent)
        elif response is not None:
            retryable, unknown, reason = _classify_status(response.status_code, idempotent)
        else:
            raise ValueError("decide() needs a response or an error")
        if not retryable:
            return RetryDecision(False, 0.0, reason, unknown)
        if attempt >= self.max_retries:
            return RetryDecision(False, 0.0, f"{reason}; attempts exhausted ({self.max_retries} retries)", unknown)

        asked = retry_after_seconds(response, now=self.clock) if response is not None else None
        if asked is not None:
            if asked > self.max_retry_after:
                return RetryDecision(
                    False, 0.0, f"{reason}; server asked to wait {asked:g} s (> {self.max_retry_after:g} s)", unknown
                )
            return RetryDecision(True, asked, f"{reason}; retrying after {asked:g} s as asked", unknown)
        ceiling = min(self.max_delay, self.initial_delay * 2**attempt)
        return RetryDecision(True, self.uniform(0.0, ceiling), f"{reason}; retrying with backoff", unknown)


NO_RETRIES = RetryPolicy(max_retries=0)
"""A policy that never retries but still reports ``outcome_unknown``."""


def _classify_error(error: BaseException, idempotent: bool) -> tuple[bool, bool, str]:
    """(retryable, outcome_unknown, reason) for an exception raised while sending."""
    if isinstance(error, RefreshError):
        return _classify_refresh(error)
    side = side_request(error)
    if side is None:
        return _classify_transport(error, idempotent)
    retryable, _, reason = _classify_transport(error, idempotent=True)
    return retryable, False, f"{reason}, on {side.url.path}: the request itself was not sent"


def _classify_refresh(error: RefreshError) -> tuple[bool, bool, str]:
    if error.session_ended:
        return False, False, "RefreshError: the Supabase session has ended"
    status = error.status_code
    if status is None or status == 429 or status >= 500:
        return True, False, "RefreshError: the session could not be refreshed, so the request was not sent"
    return False, False, f"RefreshError: the auth server refused the refresh (HTTP {status})"


def _classify_transport(error: BaseException, idempotent: bool) -> tuple[bool, bool, str]:
    name = type(error).__name__
    if isinstance(error, _NOT_SENT):
        return True, False, f"{name}: the request was not sent"
    if isinstance(error, _ANSWER_LOST):
        if idempotent:
            return True, False, f"{name}: the answer was lost"
        return False, True, f"{name}: the answer was lost and the request is not idempotent"
    if isinstance(error, _NEVER_LEFT):  # nothing reached the server
        return False, False, f"{name}: the request was not sent, and sending it again would fail the same way"
    # Anything else (DecodingError, a bug in a transport or a hook) is not ours to retry,
    # and may have come after the server got the request.
    return False, not idempotent, f"{name}: not retryable"


def was_not_sent(error: BaseException) -> bool:
    """Whether ``error``, raised while sending a request, proves the request never reached the server."""
    return isinstance(error, (*_NOT_SENT, httpx.UnsupportedProtocol))


def side_request(error: BaseException) -> httpx.Request | None:
    """The side request ``error`` was raised on, if it was."""
    if not isinstance(error, httpx.RequestError):
        return None
    try:
        request = error.request
    except RuntimeError:  # raised without a request
        return None
    return request if request.extensions.get(SIDE_REQUEST) else None


def _classify_status(status: int, idempotent: bool) -> tuple[bool, bool, str]:
    """(retryable, outcome_unknown, reason) for a response status."""
    if status < 300:
        return False, False, f"HTTP {status}: success"
    if status < 400:
        unknown = not idempotent and status not in (307, 308)
        return False, unknown, f"HTTP {status}: a redirect, which is never followed"
    if status in _RETRY_ANY:
        return True, False, f"HTTP {status}: not processed"
    if status in _RETRY_IDEMPOTENT and idempotent:
        return True, False, f"HTTP {status}: gateway error"
    if status >= 500:
        # A non-idempotent request that got a 5xx other than 503 may have been processed.
        return False, not idempotent, f"HTTP {status}: server error"
    return False, False, f"HTTP {status}: rejected"


def retry_after_seconds(response: httpx.Response, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` may be delta seconds or an HTTP date (a date in the past means 0).
    Returns ``None`` when neither header is present or parseable.
    """
    raw_ms = response.headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = -1.0
        if 0 <= ms < float("inf"):
            return ms / 1000.0
    raw = response.headers.get("retry-after")
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:  # "-0000": HTTP dates are always GMT
            when = when.replace(tzinfo=UTC)
        return max(0.0, when.timestamp() - now())
    return seconds if 0 <= seconds < float("inf") else None
