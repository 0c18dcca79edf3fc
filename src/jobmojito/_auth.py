"""Authentication for the JobMojito API, as ``httpx.Auth`` flows.

The API takes a Supabase JWT access token as a bearer token (it expires after about
an hour) and, when the project has one configured, the Supabase anon key in an
``apikey`` header. Three ways to provide the token:

* :class:`BearerToken`: a fixed token (scripts, tests).
* :class:`TokenProvider`: your callable, sync or async, asked before *every* request.
  Cache inside it; it is on the hot path.
* :class:`SupabaseSession`: a refresh token; the session refreshes the access token
  shortly before it expires and once after a 401, and hands each rotated pair to
  ``on_refresh`` (Supabase refresh tokens are single-use: persist the new one).

No auth object shows a secret in its ``repr()``/``str()``, and every secret is
registered with :data:`jobmojito._secrets.secret_registry` for log redaction.
"""

from __future__ import annotations

import base64
import inspect
import json
import math
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

from ._errors import JobMojitoError
from ._retry import SIDE_REQUEST
from ._secrets import Secret, secret_registry

__all__ = ["BearerToken", "RefreshError", "SupabaseSession", "TokenPair", "TokenProvider", "jwt_expiry"]


class RefreshError(JobMojitoError):
    """The Supabase session could not be refreshed; sign in again.

    The message names the HTTP status and Supabase's error code only: no token, no
    request, no response body (the refresh request carries the refresh token).
    """

    def __init__(self, message: str, *, status_code: int | None = None, error_code: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_code = error_code


@dataclass(frozen=True, repr=False)
class TokenPair:
    """A rotated pair from a refresh. ``expires_at`` is Unix time, if known."""

    access_token: str
    refresh_token: str
    expires_at: float | None

    def __post_init__(self) -> None:
        object.__setattr__(self, "access_token", Secret(self.access_token))
        object.__setattr__(self, "refresh_token", Secret(self.refresh_token))

    def __repr__(self) -> str:
        return f"TokenPair(access_token=<redacted>, refresh_token=<redacted>, expires_at={self.expires_at!r})"


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT, read without checking the signature; ``None`` if absent or unreadable."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:  # binascii.Error, UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, int | float) and not isinstance(exp, bool) and math.isfinite(exp):
        return float(exp)
    return None


class _ApiAuth(httpx.Auth):
    """Sets ``Authorization`` and, when configured, ``apikey`` on API requests."""

    _anon_key: Secret | None = None

    def _keep_anon_key(self, anon_key: str | None) -> None:
        self._anon_key = Secret(anon_key) if anon_key else None
        secret_registry.set(self, "anon_key", self._anon_key)

    def _authorize(self, request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"
        if self._anon_key is not None and "apikey" not in request.headers:
            request.headers["apikey"] = self._anon_key

    def _redacted_anon_key(self) -> str:
        return ", anon_key=<redacted>" if self._anon_key is not None else ""


class BearerToken(_ApiAuth):
    """A fixed access token."""

    def __init__(self, token: str, *, anon_key: str | None = None) -> None:
        if not token:
            raise ValueError("token is empty")
        self._token = Secret(token)
        secret_registry.set(self, "token", self._token)
        self._keep_anon_key(anon_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._authorize(request, self._token)
        yield request

    def __repr__(self) -> str:
        return f"BearerToken(token=<redacted>{self._redacted_anon_key()})"


class TokenProvider(_ApiAuth):
    """Asks ``get_token()`` for the access token before every request.

    ``get_token`` may be sync or async; an async one needs an ``httpx.AsyncClient``.
    A sync one used with an ``AsyncClient`` runs on the event loop, so it must not block.
    """

    def __init__(
        self, get_token: Callable[[], str] | Callable[[], Awaitable[str]], *, anon_key: str | None = None
    ) -> None:
        self._get_token = get_token
        self._keep_anon_key(anon_key)

    def _use(self, request: httpx.Request, token: object) -> None:
        if not isinstance(token, str) or not token:
            raise TypeError(f"get_token() must return a non-empty str, not {type(token).__name__}")
        secret_registry.set(self, "token", token)
        self._authorize(request, token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._get_token()
        if inspect.isawaitable(token):
            if inspect.iscoroutine(token):
                token.close()  # not awaited on purpose; avoids a "never awaited" warning
            raise TypeError("an async get_token needs an httpx.AsyncClient")
        self._use(request, token)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._get_token()
        if inspect.isawaitable(token):
            token = await token
        self._use(request, token)
        yield request

    def __repr__(self) -> str:
        name = getattr(self._get_token, "__qualname__", type(self._get_token).__name__)
        return f"TokenProvider(get_token={name}{self._redacted_anon_key()})"


@dataclass(frozen=True)
class _Tokens:
    access: Secret | None
    refresh: Secret
    expires_at: float | None
    refresh_at: float | None  # when to refresh: expires_at less the leeway


class SupabaseSession(_ApiAuth):
    """A Supabase session that refreshes its access token itself.

    * Before a request, an access token that is missing or expires within ``leeway``
      seconds is refreshed (within half its lifetime, for tokens shorter-lived than
      twice the leeway). A token whose expiry cannot be read is used as is.
    * After a 401 the token is refreshed once and the request sent once more (a 401
      means the gateway rejected the token; the function did not run).
    * Concurrent requests that need a refresh share one: threads through a
      ``threading.Lock``, asyncio tasks through an ``asyncio.Lock`` per event loop;
      each re-checks the token once it holds the lock.
    * The refresh request (``POST {project_url}/auth/v1/token?grant_type=refresh_token``)
      is sent by the client that sends the API request, so its proxies, transport,
      event hooks and the API request's timeout apply to it. It appears in
      ``response.history``: do not log history bodies.
    * ``on_refresh(pair)`` is called with each rotated pair, in order, before the
      request goes on, while the refresh lock is held: keep it short and do not send
      requests through this session from it. If it raises, the request fails, but the
      session keeps the new pair.
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
    ) -> None:
        if not refresh_token:
            raise ValueError("refresh_token is empty")
        self.project_url = project_url.rstrip("/")
        self.leeway = leeway
        self._on_refresh = on_refresh
        self._keep_anon_key(anon_key)
        access = Secret(access_token) if access_token else None
        expires_at = jwt_expiry(access) if access else None
        self._set_tokens(_Tokens(access, Secret(refresh_token), expires_at, self._refresh_at(expires_at, None)))
        self._thread_lock = threading.Lock()  # held during a refresh by sync flows
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._loop_locks = weakref.WeakKeyDictionary()
        self._loop_locks_guard = threading.Lock()  # never held across I/O

    def __repr__(self) -> str:
        access = "<redacted>" if self._tokens.access is not None else "None"
        return f"SupabaseSession(project_url={self.project_url!r}, access_token={access}, refresh_token=<redacted>)"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        tokens, refreshed = self._tokens, False
        if self._needs_refresh(tokens):
            with self._thread_lock:
                tokens = self._tokens
                if self._needs_refresh(tokens):
                    response = yield self._refresh_request(tokens, request)
                    response.read()
                    tokens, refreshed = self._adopt(tokens, response), True
        sent = self._send_with(request, tokens)
        response = yield request
        if response.status_code != 401:
            return
        response.read()  # give the connection back before waiting for the lock
        with self._thread_lock:
            tokens = self._tokens
            if tokens.access == sent:
                if refreshed:
                    return  # a token fresh from Supabase was refused: refreshing again won't help
                response = yield self._refresh_request(tokens, request)
                response.read()
                tokens = self._adopt(tokens, response)
        self._send_with(request, tokens)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        tokens, refreshed = self._tokens, False
        if self._needs_refresh(tokens):
            async with self._loop_lock():
                tokens = self._tokens
                if self._needs_refresh(tokens):
                    response = yield self._refresh_request(tokens, request)
                    await response.aread()
                    tokens, refreshed = self._adopt(tokens, response), True
        sent = self._send_with(request, tokens)
        response = yield request
        if response.status_code != 401:
            return
        await response.aread()
        async with self._loop_lock():
            tokens = self._tokens
            if tokens.access == sent:
                if refreshed:
                    return
                response = yield self._refresh_request(tokens, request)
                await response.aread()
                tokens = self._adopt(tokens, response)
        self._send_with(request, tokens)
        yield request

    # The steps both flows share. None of them does I/O.

    def _needs_refresh(self, tokens: _Tokens) -> bool:
        if tokens.access is None:
            return True
        return tokens.refresh_at is not None and tokens.refresh_at <= time.time()

    def _refresh_at(self, expires_at: float | None, issued_at: float | None) -> float | None:
        if expires_at is None:
            return None
        if issued_at is None:  # a token from the caller: its age is unknown
            return expires_at - self.leeway
        return expires_at - min(self.leeway, (expires_at - issued_at) / 2)

    def _send_with(self, request: httpx.Request, tokens: _Tokens) -> Secret | None:
        if tokens.access is not None:
            self._authorize(request, tokens.access)
        return tokens.access

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio  # only async flows need it; importing jobmojito should not

        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    def _refresh_request(self, tokens: _Tokens, request: httpx.Request) -> httpx.Request:
        refresh = httpx.Request(
            "POST",
            f"{self.project_url}/auth/v1/token",
            params={"grant_type": "refresh_token"},
            headers={"apikey": self._anon_key or ""},
            json={"refresh_token": tokens.refresh},
            # If sending this fails, the API request was not sent: the retry policy knows.
            extensions={SIDE_REQUEST: True},
        )
        # A Request built here gets no timeout from the client: borrow the API request's.
        if "timeout" in request.extensions:
            refresh.extensions["timeout"] = request.extensions["timeout"]
        return refresh

    def _adopt(self, used: _Tokens, response: httpx.Response) -> _Tokens:
        """Take the rotated pair from a refresh response, or raise :class:`RefreshError`."""
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            body = {}
        access, refresh = body.get("access_token"), body.get("refresh_token")
        if response.status_code == 200 and isinstance(access, str) and access and isinstance(refresh, str) and refresh:
            expires_at = _expiry(access, body)
            tokens = _Tokens(Secret(access), Secret(refresh), expires_at, self._refresh_at(expires_at, time.time()))
            self._set_tokens(tokens)
            if self._on_refresh is not None:
                self._on_refresh(TokenPair(tokens.access or "", tokens.refresh, tokens.expires_at))
            return tokens
        current = self._tokens
        if current.refresh != used.refresh:
            return current  # another flow (another event loop) rotated the pair meanwhile
        code = body.get("error_code") or body.get("error")
        code = code if isinstance(code, str) and re.fullmatch(r"[a-z_]{1,64}", code) else None
        status = response.status_code
        if status == 200:
            detail = "the answer holds no token pair"
        elif status in (400, 401):
            detail = "the refresh token is invalid, expired or already used; sign in again"
        else:
            detail = "the auth server failed"
        suffix = f" ({code})" if code else ""
        raise RefreshError(
            f"Could not refresh the Supabase session: HTTP {status}{suffix}: {detail}.",
            status_code=status,
            error_code=code,
        )

    def _set_tokens(self, tokens: _Tokens) -> None:
        secret_registry.set(self, "access_token", tokens.access)
        secret_registry.set(self, "refresh_token", tokens.refresh)
        self._tokens = tokens


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
