"""One refresh at a time per :class:`~jobmojito.SupabaseSession`, whatever mix of threads and event loops.

Supabase refresh tokens are single-use: two flows that both present the same one
get one new pair and one refusal (and, with reuse detection, a dead session). So
a session has one :class:`RefreshState`, shared by every thread and every event
loop, and at most one :class:`Flight` (a refresh in progress) at a time:

* A flow that needs a refresh calls :meth:`RefreshState.claim`. The first one
  gets the flight and sends the refresh request (through its own httpx client,
  by yielding it from the auth flow); every other flow gets the same flight and
  waits for its outcome: a thread blocks on the flight's
  ``concurrent.futures.Future``; an asyncio task awaits a future of its own loop
  that the flight's completion wakes through ``call_soon_threadsafe``, so no loop
  is ever blocked, and any number of loops can wait on one flight.
* The state is guarded by a ``threading.Lock`` that is never held across I/O, an
  ``await`` or a callback.
* :meth:`RefreshState.finish` publishes the :class:`Result` to every waiter at
  once. ``on_refresh`` runs before that (the flight is still in progress), so
  each adopted pair reaches it, in order, before another refresh can start.

What a flight can end in (:class:`Outcome`):

``ROTATED``
    a new pair, adopted.
``REFUSED``
    the token is dead (``400 invalid_grant``): the session has ended; every later
    refresh raises the same :class:`RefreshError` without sending anything.
``FAILED``
    the auth server answered without rotating (429, 500, 503, a wrong anon key, a redirect,
    which is never followed): every waiter gets the error; a later call may try again.
``NOT_SENT``
    the refresh request never left (connection refused, ...), as the httpcore
    trace of the request shows: the token is unspent; waiters get the error.
``LOST``
    the request went out and the answer is lost (reset, timeout, cancellation,
    a 502/504 from the gateway, a 200 without a pair): the server may have
    rotated. Supabase forgives re-presenting a just-spent token within its reuse
    interval (``GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL``, 10 s by default)
    and answers with the session's current pair, so the next claim re-presents it
    **once**, if less than ``reuse_interval`` seconds have passed since the lost
    request was sent. Otherwise, or if that retry fails too, the session has ended
    (a spent token is never sent again).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import copy
import enum
import functools
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._credentials import RefreshError, jwt_expiry
from ._json import decode_json
from ._retry import was_not_sent
from ._secrets import Secret, masking_hook
from ._urls import origin

if TYPE_CHECKING:
    import asyncio

TOKEN_ANSWER_LIMIT = 1024 * 1024
"""The most bytes of a token endpoint's answer read (a real one is about 2 KB)."""

_TOKEN_FIELDS = frozenset({"access_token", "refresh_token", "provider_token", "provider_refresh_token"})
_MASK_TOKENS = masking_hook(_TOKEN_FIELDS)
_REFUSALS = frozenset(
    {"invalid_grant", "refresh_token_not_found", "refresh_token_already_used", "session_expired", "session_not_found"}
)


@dataclass(frozen=True)
class Tokens:
    access: Secret | None
    refresh: Secret
    expires_at: float | None
    refresh_at: float | None  # when to refresh: expires_at less the leeway


class Outcome(enum.Enum):
    ROTATED = "rotated"
    REFUSED = "refused"
    FAILED = "failed"
    NOT_SENT = "not sent"
    LOST = "lost"


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    tokens: Tokens | None = None  # the adopted pair (ROTATED)
    error: RefreshError | None = None  # what the winner raises; waiters raise a copy (not for ROTATED, LOST)


@dataclass(frozen=True)
class Owner:
    """Who sends a flight's request: a thread, and the event loop and task for an async flow."""

    thread: int
    loop: asyncio.AbstractEventLoop | None = None
    task: asyncio.Task[Any] | None = None


class Flight:
    """A refresh in progress, started by one flow and awaited by the others."""

    def __init__(self, used: Tokens, owner: Owner, *, reuse: bool, started: float) -> None:
        self.used = used
        self.owner = owner
        self.reuse = reuse  # the one re-presentation of a token whose answer was lost
        self.started = started
        self.events: list[str] = []  # the httpcore trace of the refresh request
        self.failure: str | None = None  # the name of the first exception the trace reported
        self.done: concurrent.futures.Future[Result] = concurrent.futures.Future()

    def trace(self, name: str, info: dict[str, Any]) -> None:
        self.events.append(name)
        if self.failure is None and name.endswith(".failed") and "exception" in info:
            self.failure = type(info["exception"]).__name__

    async def atrace(self, name: str, info: dict[str, Any]) -> None:
        self.trace(name, info)

    def failure_name(self, error: BaseException) -> str:
        """What made sending fail, for a message (an async flow only sees GeneratorExit)."""
        cause = error.__context__ if isinstance(error, GeneratorExit) else error
        if cause is not None:
            return type(cause).__name__
        return self.failure or "the connection failed"

    def was_sent(self, error: BaseException) -> bool:
        """Whether the request may have reached the server, ``error`` being how sending or reading it failed."""
        if any("send_request_headers" in event for event in self.events):
            return True
        if self.events:  # traced, and it never got as far as the headers (connect, TLS, ...)
            return False
        # Not traced (a transport that is not httpcore's): trust the error, else assume the worst.
        cause = error.__context__ if isinstance(error, GeneratorExit) else error
        return cause is None or not was_not_sent(cause)


@dataclass
class _Lost:
    sent_at: float  # when the request whose answer was lost was sent
    retried: bool = False


class RefreshState:
    """The session's tokens and its refresh bookkeeping, shared by all threads and loops."""

    def __init__(self, tokens: Tokens, *, reuse_interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.tokens = tokens
        self.reuse_interval = reuse_interval
        self._clock = clock
        self._guard = threading.Lock()  # never held across I/O, an await or a callback
        self._flight: Flight | None = None
        self._ended: RefreshError | None = None
        self._lost: _Lost | None = None

    def claim(self, needs: Callable[[Tokens], bool], owner: Owner) -> Tokens | tuple[Flight, bool]:
        """The current tokens if ``needs`` says they do, else the flight and whether the caller must send it."""
        with self._guard:
            tokens = self.tokens
            if not needs(tokens):
                return tokens
            if self._flight is not None:
                return self._flight, False
            if self._ended is not None:
                raise copy.copy(self._ended)
            reuse, lost = False, self._lost
            if lost is not None:
                waited = self._clock() - lost.sent_at
                if lost.retried or waited >= self.reuse_interval:
                    self._ended = _unrecoverable(self.reuse_interval, again=lost.retried)
                    raise copy.copy(self._ended)
                lost.retried = reuse = True
            self._flight = Flight(tokens, owner, reuse=reuse, started=self._clock())
            return self._flight, True

    def adopt(self, tokens: Tokens) -> None:
        with self._guard:
            self.tokens = tokens

    def finish(self, flight: Flight, result: Result) -> None:
        """Record how ``flight`` ended and wake every flow waiting for it (once; later calls do nothing)."""
        with self._guard:
            if flight.done.done():
                return
            if result.outcome is Outcome.ROTATED:
                self._lost = None
            elif result.outcome is Outcome.REFUSED:
                self._ended, self._lost = result.error, None
            elif result.outcome is Outcome.LOST:
                if flight.reuse:
                    self._ended = _unrecoverable(self.reuse_interval, again=True)
                else:
                    self._lost = _Lost(flight.started)
            elif result.outcome is Outcome.NOT_SENT and flight.reuse and self._lost is not None:
                self._lost.retried = False  # the re-presentation never left: it may still be made
            self._flight = None
        flight.done.set_result(result)

    def wait(self, flight: Flight, owner: Owner, timeout: float | None = None) -> Result:
        """Block this thread until ``flight`` ends (for sync flows), or :class:`WaitTimeout` after ``timeout`` s."""
        if owner.thread == flight.owner.thread and (flight.owner.loop is None or flight.owner.loop.is_running()):
            # The flight's sender runs on this very thread (an event hook, or a sync call on the
            # loop's own thread): blocking here would wait for ever.
            raise _would_deadlock()
        try:
            return flight.done.result(timeout)
        except TimeoutError:  # concurrent.futures.TimeoutError is TimeoutError
            raise WaitTimeout from None

    async def await_(self, flight: Flight, owner: Owner, timeout: float | None = None) -> Result:
        """Wait for ``flight`` without blocking the event loop (for async flows); see :meth:`wait`."""
        import asyncio

        if owner.task is not None and owner.task is flight.owner.task:
            raise _would_deadlock()
        if owner.thread == flight.owner.thread and flight.owner.loop is None:
            raise _would_deadlock()  # a sync sender on this loop's thread cannot progress while the loop runs
        assert owner.loop is not None
        waiter = owner.loop.create_future()
        flight.done.add_done_callback(functools.partial(_wake, owner.loop, waiter))
        try:
            await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            raise WaitTimeout from None
        return flight.done.result()


class WaitTimeout(Exception):
    """A waiting flow's time ran out before the flight it waits for ended (the flight goes on)."""


def _wake(loop: asyncio.AbstractEventLoop, waiter: asyncio.Future[None], _: object) -> None:
    with contextlib.suppress(RuntimeError):  # the loop was closed: nobody waits any more
        loop.call_soon_threadsafe(_resolve, waiter)


def _resolve(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():  # a cancelled waiter stays cancelled
        waiter.set_result(None)


def after_wait(result: Result) -> None:
    """What a waiting flow does with a flight's result: raise its error, or go on (claim again)."""
    if result.error is not None and result.outcome not in (Outcome.ROTATED, Outcome.LOST):
        raise copy.copy(result.error)


def failed_to_send(flight: Flight, error: BaseException, project_url: str) -> Result:
    """The result of a flight whose request failed to send or to be read (``error``)."""
    if flight.was_sent(error):
        return Result(Outcome.LOST)
    name = flight.failure_name(error)
    return Result(
        Outcome.NOT_SENT,
        error=RefreshError(
            f"Could not refresh the Supabase session: the auth server at {origin(project_url)} "
            f"could not be reached ({name}); the session is intact, try again."
        ),
    )


def judge(
    status: int, body: bytes, *, refresh_at: Callable[[float | None], float | None], origin: str | None = None
) -> Result:
    """The result of a refresh that was answered ``status`` with ``body``; ``origin`` names the server. Never raises."""
    data = _token_answer(body)
    access, refresh = data.get("access_token"), data.get("refresh_token")
    if status == 200 and isinstance(access, str) and access and isinstance(refresh, str) and refresh:
        expires_at = _expiry(access, data)
        return Result(Outcome.ROTATED, Tokens(Secret(access), Secret(refresh), expires_at, refresh_at(expires_at)))
    code = data.get("error_code") or data.get("error")
    code = code if isinstance(code, str) and re.fullmatch(r"[a-z_]{1,64}", code) else None
    server = "it" if origin else "the auth server"
    if status == 400 or code in _REFUSALS:
        outcome, detail = Outcome.REFUSED, "the refresh token is invalid, expired or already used; sign in again"
    elif status == 200:
        outcome, detail = Outcome.LOST, "the answer holds no token pair"
    elif status in (502, 504):
        outcome, detail = Outcome.LOST, f"{server} failed"
    elif status >= 500:
        outcome, detail = Outcome.FAILED, f"{server} failed"
    elif 300 <= status < 400:
        outcome = Outcome.FAILED  # a redirect is not followed: the refresh token goes to project_url only
        detail = "a redirect, which is never followed; check project_url"
    else:
        outcome, detail = Outcome.FAILED, f"{server} refused the request (is the anon key right?)"
    suffix = f" ({code})" if code else ""
    error = RefreshError(
        f"Could not refresh the Supabase session: {'the auth server at ' + origin + ' answered ' if origin else ''}"
        f"HTTP {status}{suffix}: {detail}.",
        status_code=status,
        error_code=code,
        session_ended=outcome is Outcome.REFUSED,
    )
    return Result(outcome, error=error)


def _token_answer(body: bytes) -> dict[str, Any]:
    """The token endpoint's JSON answer, its tokens held as :class:`Secret` from the moment they are read."""
    try:
        data = decode_json(body, object_hook=_MASK_TOKENS)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _expiry(access_token: str, body: dict[str, Any]) -> float | None:
    """When a fresh access token expires: its ``exp``, else ``expires_at``, else now + ``expires_in``."""
    exp = jwt_expiry(access_token)
    if exp is not None:
        return exp
    for key, base in (("expires_at", 0.0), ("expires_in", time.time())):
        value = body.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return base + float(value)
    return None


def _unrecoverable(reuse_interval: float, *, again: bool) -> RefreshError:
    if again:
        why = "presenting the spent token once more, within the reuse interval, failed too"
    elif reuse_interval <= 0:
        why = "reuse_interval is 0, so the spent token is not presented again"
    else:
        why = f"Supabase's reuse interval ({reuse_interval:g} s) has passed, so the spent token is not presented again"
    return RefreshError(
        "Could not refresh the Supabase session: the answer to a refresh was lost after the auth server may "
        f"have rotated the refresh token, and {why}; sign in again.",
        session_ended=True,
    )


def _would_deadlock() -> RefreshError:
    return RefreshError(
        "Could not refresh the Supabase session: a request through the session was made while the same "
        "thread (or task) is sending its refresh, from an event hook or a sync call on the event loop's thread; "
        "waiting for that refresh would never end."
    )
