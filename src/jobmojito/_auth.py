"""Authentication for the JobMojito API, as ``httpx.Auth`` flows.

The API takes a Supabase JWT access token as a bearer token (it expires after about
an hour) and, when the project has one configured, the Supabase anon key in an
``apikey`` header. Three ways to provide the token:

* :class:`BearerToken`: a fixed token (scripts, tests).
* :class:`TokenProvider`: your callable, sync or async, asked before *every* request.
  Cache inside it; it is on the hot path.
* :class:`SupabaseSession`: a refresh token; the session refreshes the access token
  shortly before it expires and once after a 401, one refresh at a time across all
  threads and event loops, and hands each rotated pair to ``on_refresh`` (Supabase
  refresh tokens are single-use: persist the new one). See :mod:`jobmojito._session`
  and :mod:`jobmojito._refresh`.

No auth object shows a secret in its ``repr()``/``str()``, secrets are held as
:class:`~jobmojito._secrets.Secret` (masked in tracebacks that show locals), and
every secret is registered with :data:`jobmojito._secrets.secret_registry` for log
and error-message redaction.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any

import httpx

from ._credentials import ApiAuth, RefreshError, TokenPair, TokenProviderError, jwt_expiry
from ._errors import ConfigurationError
from ._secrets import Secret, secret_registry

if TYPE_CHECKING:
    from ._session import SupabaseSession


def __getattr__(name: str) -> Any:
    # SupabaseSession (its refresh machinery: threads, futures) is imported on first use.
    if name == "SupabaseSession":
        from ._session import SupabaseSession

        return SupabaseSession
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BearerToken",
    "RefreshError",
    "SupabaseSession",
    "TokenPair",
    "TokenProvider",
    "TokenProviderError",
    "jwt_expiry",
]


class BearerToken(ApiAuth):
    """A fixed access token."""

    def __init__(self, token: str, *, anon_key: str | None = None) -> None:
        if not token:
            raise ConfigurationError("token is empty")
        self._token = Secret(token)
        secret_registry.set(self, "token", self._token)
        self._keep_anon_key(anon_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._authorize(request, self._token)
        yield request

    def __repr__(self) -> str:
        return f"BearerToken(token=<redacted>{self._redacted_anon_key()})"


class TokenProvider(ApiAuth):
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
            raise TokenProviderError(f"get_token() must return a non-empty str, not {type(token).__name__}")
        token = Secret(token)
        secret_registry.set(self, "token", token)
        self._authorize(request, token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._get_token()
        if inspect.isawaitable(token):
            if inspect.iscoroutine(token):
                token.close()  # not awaited on purpose; avoids a "never awaited" warning
            raise TokenProviderError("an async get_token needs an httpx.AsyncClient")
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
