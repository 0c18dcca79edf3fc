"""The retry loop of one call, written once as a generator of steps.

The generator says what to do next: ``("send", kwargs)`` (send the request with
these ``build_request`` arguments, read a 2xx body, and send back the response
or the exception), ``("read", response)`` (read an error body, bounded),
``("close", response)`` or ``("sleep", seconds)``. ``SyncClientCore`` and
``AsyncClientCore`` (``_base_client``) drive it with blocking or awaiting I/O;
every decision is made here, once:

* each attempt's timeout is the call's ``timeout`` clipped to what is left of
  its deadline, and a retry is made only if its wait leaves time for it;
* a non-2xx answer (a 3xx included: redirects are never followed) or an
  exception is judged by the retry policy; what is not retried is raised as a
  :class:`~jobmojito.JobMojitoError` whose ``outcome_unknown`` says whether
  the request may have been processed;
* a failure to refresh the Supabase session is a
  :class:`~jobmojito.RefreshError` naming the auth server: the API request
  was not sent, so one that did not end the session is retried like a refused
  connection.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator
from typing import Any

import httpx

from ._credentials import RefreshError
from ._deadline import NO_DEADLINE, Deadline, DeadlineExceeded
from ._errors import APIConnectionError, APITimeoutError, JobMojitoError, status_error
from ._operation import Operation
from ._retry import RetryDecision, RetryPolicyLike, side_request, was_not_sent
from ._secrets import secret_registry
from ._urls import origin

__all__ = ["READ_ERRORS", "SEND_ERRORS", "Call", "Step", "attempts"]

logger = logging.getLogger("jobmojito")

Step = tuple[str, Any]

# What sending can raise that the loop judges (everything else is the caller's own, or a bug).
READ_ERRORS: tuple[type[Exception], ...] = (httpx.HTTPError, httpx.StreamError)
SEND_ERRORS: tuple[type[Exception], ...] = (*READ_ERRORS, httpx.InvalidURL, httpx.CookieConflict, RefreshError)


class Call:
    """One call in progress: its operation, request, policy, deadline and body limit."""

    __slots__ = ("deadline", "kwargs", "max_bytes", "op", "policy", "reading_deadline")

    def __init__(
        self,
        op: Operation[Any],
        kwargs: dict[str, Any],
        *,
        policy: RetryPolicyLike,
        deadline: Deadline,
        max_bytes: int,
    ) -> None:
        self.op = op
        self.kwargs = kwargs
        self.policy = policy
        self.deadline = deadline
        self.max_bytes = max_bytes
        # What the body readers check between chunks: nothing when there is no deadline.
        self.reading_deadline = None if deadline is NO_DEADLINE else deadline


def attempts(call: Call) -> Generator[Step, Any, tuple[httpx.Response, int]]:
    """The steps of ``call``; returns the 2xx response (its body read) and the retries it took."""
    op, policy, deadline, kwargs = call.op, call.policy, call.deadline, call.kwargs
    timeout: httpx.Timeout = kwargs["timeout"]
    attempt = 0
    while True:
        if deadline is not NO_DEADLINE:
            kwargs["timeout"] = deadline.clip(timeout)
        debug = logger.isEnabledFor(logging.DEBUG)  # timed only when someone reads the log
        started = time.perf_counter() if debug else 0.0
        outcome = yield ("send", kwargs)
        elapsed_ms = (time.perf_counter() - started) * 1000 if debug else 0.0
        if isinstance(outcome, httpx.Response):
            if debug:
                logger.debug("%s %s -> %d in %.0f ms", op.method, op.path, outcome.status_code, elapsed_ms)
            if outcome.is_success:
                return outcome, attempt
            decision = policy.decide(attempt=attempt, idempotent=op.idempotent, response=outcome)
            decision, note = _within(decision, deadline)
            if not decision.retry:
                yield ("read", outcome)
                raise status_error(
                    outcome,
                    method=op.method,
                    path=op.path,
                    outcome_unknown=decision.outcome_unknown,
                    secret_fields=op.secret_fields,
                    note=note,
                )
            yield ("close", outcome)
        else:
            logger.debug("%s %s -> %s in %.0f ms", op.method, op.path, type(outcome).__name__, elapsed_ms)
            if isinstance(outcome, RefreshError) and outcome.session_ended:
                raise _not_sent(op, outcome) from outcome  # the session is over: sign in again
            decision = policy.decide(attempt=attempt, idempotent=op.idempotent, error=outcome)
            decision, note = _within(decision, deadline)
            if not decision.retry:
                raise failure(op, outcome, decision, deadline, note) from outcome
        attempt += 1
        logger.info("%s %s: retry %d in %.2f s (%s)", op.method, op.path, attempt, decision.delay, decision.reason)
        yield ("sleep", decision.delay)


def _within(decision: RetryDecision, deadline: Deadline) -> tuple[RetryDecision, str | None]:
    """``decision``, unless its retry would not fit in what is left of the deadline; and why not, if so."""
    if not decision.retry or deadline.allows(decision.delay):
        return decision, None
    note = f"not retried: the call's deadline of {deadline.seconds:g} s "
    note += "has passed" if deadline.expired() else f"leaves no time to wait {decision.delay:g} s and try again"
    return RetryDecision(False, 0.0, note, decision.outcome_unknown), note


def failure(
    op: Operation[Any], error: BaseException, decision: RetryDecision, deadline: Deadline, note: str | None
) -> JobMojitoError:
    """The error a call that failed with ``error`` (and is not retried) raises."""
    if isinstance(error, RefreshError):
        return _not_sent(op, error, note)
    name = type(error).__name__
    detail = secret_registry.redact(str(error)[:300])
    side = side_request(error)
    if side is not None:
        lost = "could not be reached" if was_not_sent(error) else "did not answer (the connection failed)"
        return RefreshError(
            f"Could not refresh the Supabase session: the auth server at {origin(side.url)} {lost} "
            f"({name}{': ' + detail if detail else ''}); {op.method} {op.path} was not sent"
            f"{'; ' + note if note else ''}."
        )
    reason = f"{name}: {detail}" if detail else name
    if isinstance(error, DeadlineExceeded):
        note = None  # its message says so
    elif deadline.expired() and not note:
        note = f"the call's deadline of {deadline.seconds:g} s has passed"
    if note:
        reason += f"; {note}"
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(method=op.method, path=op.path, reason=reason, outcome_unknown=decision.outcome_unknown)


def _not_sent(op: Operation[Any], error: RefreshError, note: str | None = None) -> RefreshError:
    """``error`` (the session's, shared with other waiters: not changed) saying which request was not sent."""
    text = str(error).rstrip(".")
    return RefreshError(
        f"{text}; {op.method} {op.path} was not sent{'; ' + note if note else ''}.",
        status_code=error.status_code,
        error_code=error.error_code,
        session_ended=error.session_ended,
    )
