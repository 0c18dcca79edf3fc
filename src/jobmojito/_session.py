"""``SupabaseSession``: the auth flow that refreshes its own access token.

The refresh bookkeeping (one refresh at a time across threads and event loops,
recovery of a lost answer) is :mod:`jobmojito._refresh`; this module is the
``httpx.Auth`` flows around it. Import it from ``jobmojito`` or ``jobmojito._auth``.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from ._credentials import ApiAuth, RefreshError, TokenPair, jwt_expiry
from ._deadline import DEADLINE_EXTENSION, Deadline
from ._errors import ERROR_BODY_READ, ConfigurationError, JobMojitoError
from ._limits import aread_limited, read_limited
from ._refresh import (
    TOKEN_ANSWER_LIMIT,
    Flight,
    Outcome,
    Owner,
    RefreshState,
    Result,
    Tokens,
    WaitTimeout,
    after_wait,
    failed_to_send,
    judge,
)
from ._retry import SIDE_REQUEST
from ._secrets import Secret, secret_registry
from ._urls import check_http_url, origin

__all__ = ["SupabaseSession"]


class SupabaseSession(ApiAuth):
    """A Supabase session that refreshes its access token itself.

    * Before a request, an access token that is missing or expires within ``leeway``
      seconds is refreshed (within half its lifetime, for tokens shorter-lived than
      twice the leeway). A token whose expiry cannot be read is used as is.
    * After a 401 the token is refreshed once and the request sent once more (a 401
      means the gateway rejected the token; the function did not run).
    * One refresh at a time for the whole session, whatever mix of threads and
      asyncio event loops share it: the first flow that needs one sends it, the
      others wait for its outcome (an event loop is never blocked while it waits).
      A refresh token is sent once; it is never presented again after it was spent,
      with one exception below.
    * A refresh whose answer is lost after the server may have rotated (a reset, a
      timeout, a cancelled task, a 502/504) fails the call that sent it; the next
      flow re-presents the same token once, which Supabase answers with the
      session's current pair when less than its reuse interval has passed since
      the spend. ``reuse_interval`` (10 s, Supabase's default) is how long that
      retry is attempted for; 0 disables it. Past it, the session has ended.
    * A failed refresh ends in one :class:`RefreshError` for every flow that was
      waiting for it, at once. ``error.session_ended`` says whether to sign in again.
    * The refresh request (``POST {project_url}/auth/v1/token?grant_type=refresh_token``)
      is sent by the client that sends the API request, so its proxies, transport,
      event hooks and the API request's timeout apply to it. It appears in
      ``response.history``: do not log history bodies.
    * ``on_refresh(pair)`` is called with each rotated pair, in order, before the
      request goes on and before another refresh can start: keep it short and do
      not send requests through this session from it. If it raises, the request
      fails with its exception, but the session keeps the new pair.
    * ``project_url`` must be ``https://`` unless it is loopback, or
      ``allow_insecure_http=True``: the refresh token and anon key travel to it.
    """

    def __init__(
        self,
        refresh_token: str,
        *,
        project_url: str,
        anon_key: str,
        access_token: str | None = None,
        on_refresh: Callable[[TokenPair], None] | None = None,
        leeway: float = 60.0,
        reuse_interval: float = 10.0,
        allow_insecure_http: bool = False,
    ) -> None:
        if not refresh_token:
            raise ConfigurationError("refresh_token is empty")
        if not (math.isfinite(reuse_interval) and reuse_interval >= 0):
            raise ConfigurationError(f"reuse_interval must be a number of seconds >= 0, got {reuse_interval!r}")
        self.project_url = check_http_url(
            project_url,
            name="project_url",
            carrying="the refresh token and the anon key",
            allow_insecure_http=allow_insecure_http,
        )
        self.leeway = leeway
        self._on_refresh = on_refresh
        self._keep_anon_key(anon_key)
        access = Secret(access_token) if access_token else None
        expires_at = jwt_expiry(access) if access else None
        tokens = Tokens(access, Secret(refresh_token), expires_at, self._refresh_at(expires_at, None))
        self._register(tokens)
        self._state = RefreshState(tokens, reuse_interval=reuse_interval)

    def __repr__(self) -> str:
        access = "<redacted>" if self._tokens.access is not None else "None"
        return f"SupabaseSession(project_url={self.project_url!r}, access_token={access}, refresh_token=<redacted>)"

    @property
    def reuse_interval(self) -> float:
        return self._state.reuse_interval

    @property
    def _tokens(self) -> Tokens:
        return self._state.tokens

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        owner = Owner(threading.get_ident())
        needs: Callable[[Tokens], bool] | None = self._needs_refresh
        refreshed = False
        for attempt in range(2):  # the request, and once more after a 401
            tokens = self._state.tokens
            while needs is not None and needs(tokens):  # claim() looks again, under its lock
                claim = self._state.claim(needs, owner)
                if isinstance(claim, Tokens):
                    tokens = claim
                    break
                flight, mine = claim
                if not mine:
                    try:
                        after_wait(self._state.wait(flight, owner, _time_left(request)))
                    except WaitTimeout:
                        raise _out_of_time(request) from None
                    continue
                result = Result(Outcome.LOST)  # if anything below escapes unforeseen
                try:
                    try:
                        response = yield self._refresh_request(flight, request, flight.trace)
                        # No local holds the answer's bytes: a traceback with locals would show the tokens.
                        result = self._judge(
                            response, read_limited(response, TOKEN_ANSWER_LIMIT, deadline=_deadline(request))
                        )
                    except BaseException as error:
                        result = failed_to_send(flight, error, self.project_url)
                        _unreadable(error)
                        raise
                    tokens = self._conclude(result)
                finally:
                    self._state.finish(flight, result)
                refreshed = True
                break
            sent = self._send_with(request, tokens)
            response = yield request
            if response.status_code != 401 or attempt:
                return
            read_limited(response, ERROR_BODY_READ, truncate=True, deadline=_deadline(request))  # frees the connection
            if refreshed and self._state.tokens.access == sent:
                return  # a token fresh from Supabase was refused: refreshing again won't help
            needs = _is_still(sent)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        owner = _async_owner()
        needs: Callable[[Tokens], bool] | None = self._needs_refresh
        refreshed = False
        for attempt in range(2):  # the request, and once more after a 401
            tokens = self._state.tokens
            while needs is not None and needs(tokens):  # claim() looks again, under its lock
                claim = self._state.claim(needs, owner)
                if isinstance(claim, Tokens):
                    tokens = claim
                    break
                flight, mine = claim
                if not mine:
                    try:
                        after_wait(await self._state.await_(flight, owner, _time_left(request)))
                    except WaitTimeout:
                        raise _out_of_time(request) from None
                    continue
                result = Result(Outcome.LOST)  # if anything below escapes unforeseen
                try:
                    try:
                        response = yield self._refresh_request(flight, request, flight.atrace)
                        # No local holds the answer's bytes (as in sync_auth_flow).
                        result = self._judge(
                            response, await aread_limited(response, TOKEN_ANSWER_LIMIT, deadline=_deadline(request))
                        )
                    except BaseException as error:
                        result = failed_to_send(flight, error, self.project_url)
                        _unreadable(error)
                        raise
                    tokens = self._conclude(result)
                finally:
                    self._state.finish(flight, result)
                refreshed = True
                break
            sent = self._send_with(request, tokens)
            response = yield request
            if response.status_code != 401 or attempt:
                return
            await aread_limited(response, ERROR_BODY_READ, truncate=True, deadline=_deadline(request))
            if refreshed and self._state.tokens.access == sent:
                return
            needs = _is_still(sent)

    # The steps both flows share. None of them does I/O.

    def _needs_refresh(self, tokens: Tokens) -> bool:
        if tokens.access is None:
            return True
        return tokens.refresh_at is not None and tokens.refresh_at <= time.time()

    def _refresh_at(self, expires_at: float | None, issued_at: float | None) -> float | None:
        if expires_at is None:
            return None
        if issued_at is None:  # a token from the caller: its age is unknown
            return expires_at - self.leeway
        return expires_at - min(self.leeway, (expires_at - issued_at) / 2)

    def _send_with(self, request: httpx.Request, tokens: Tokens) -> Secret | None:
        if tokens.access is not None:
            self._authorize(request, tokens.access)
        return tokens.access

    def _refresh_request(self, flight: Flight, request: httpx.Request, trace: Callable[..., Any]) -> httpx.Request:
        refresh = httpx.Request(
            "POST",
            f"{self.project_url}/auth/v1/token",
            params={"grant_type": "refresh_token"},
            headers={"apikey": self._anon_key or ""},
            json={"refresh_token": flight.used.refresh},
            # If sending this fails, the API request was not sent: the retry policy knows.
            # The trace tells a refresh that never left from one whose answer was lost.
            extensions={SIDE_REQUEST: True, "trace": trace},
        )
        # A Request built here gets no timeout from the client: borrow the API request's.
        if "timeout" in request.extensions:
            refresh.extensions["timeout"] = request.extensions["timeout"]
        return refresh

    def _judge(self, response: httpx.Response, body: bytes) -> Result:
        return judge(
            response.status_code,
            body,
            refresh_at=lambda expires_at: self._refresh_at(expires_at, time.time()),
            origin=origin(self.project_url),
        )

    def _conclude(self, result: Result) -> Tokens:
        """Adopt a rotated pair (and hand it to ``on_refresh``), or raise the refresh's error."""
        if result.tokens is None:
            assert result.error is not None
            raise copy.copy(result.error)  # a copy: the one in the result is what waiters copy
        tokens = result.tokens
        self._register(tokens)
        self._state.adopt(tokens)
        if self._on_refresh is not None:
            self._on_refresh(TokenPair(tokens.access or "", tokens.refresh, tokens.expires_at))
        return tokens

    def _register(self, tokens: Tokens) -> None:
        secret_registry.set(self, "access_token", tokens.access)
        secret_registry.set(self, "refresh_token", tokens.refresh)


def _deadline(request: httpx.Request) -> Deadline | None:
    """This request's call's deadline, set by the SDK's request loop: it bounds the refresh's answer too."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    return deadline if isinstance(deadline, Deadline) else None


def _time_left(request: httpx.Request) -> float | None:
    """How long this request's call may still wait for another flow's refresh."""
    deadline = _deadline(request)
    return deadline.remaining() if deadline is not None else None


def _out_of_time(request: httpx.Request) -> httpx.PoolTimeout:
    """The call's deadline passed while it waited for another flow's refresh: nothing was sent."""
    return httpx.PoolTimeout("the call's deadline passed while it waited for the session's refresh", request=request)


def _is_still(sent: Secret | None) -> Callable[[Tokens], bool]:
    """After a 401: a refresh is needed while the session still holds the refused token."""
    return lambda tokens: tokens.access == sent


def _unreadable(error: BaseException) -> None:
    """The token answer arrived but could not be read (too large, undecodable): say so as a refresh error."""
    if isinstance(error, JobMojitoError):
        raise RefreshError(
            f"Could not refresh the Supabase session: the auth server's answer could not be read "
            f"({type(error).__name__})."
        ) from None


def _async_owner() -> Owner:
    import asyncio  # only async flows need it; importing jobmojito should not

    return Owner(threading.get_ident(), asyncio.get_running_loop(), asyncio.current_task())
