"""``DefaultAioHttpClient``: ``AsyncJobMojito`` on aiohttp (``pip install "jobmojito[aiohttp]"``).

httpx's own async client tops out well below aiohttp on many concurrent
calls (BENCHMARKS.md); ``httpx-aiohttp`` gives httpx an aiohttp transport::

    async with AsyncJobMojito(http_client=jobmojito.DefaultAioHttpClient()) as ajm:
        ...

Everything the SDK does on httpx holds on it: timeouts, retries, redaction,
size limits. One thing is put right on the way: httpx-aiohttp reports a
connection that dropped after the request went out as ``httpx.ConnectTimeout``
(aiohttp's ``ServerDisconnectedError`` is a ``ClientConnectionError``), which
would read as "never sent" and let a create be sent twice. Here only what
certainly never reached the server (no connection: ``ClientConnectorError``,
a connect timeout) is a connect error; every other failure is an answer lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient
except ImportError as exc:  # pragma: no cover - the extra is not installed
    from ._errors import ConfigurationError
    from ._extras import hint

    raise ConfigurationError(hint("aiohttp", exc.name)) from None

from ._cookies import Cookies, install
from ._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient"]


# What a failed exchange can raise: httpx-aiohttp maps most aiohttp errors to
# httpx ones and lets the rest (a garbled status line, a bare timeout) through.
_FAILURES = (httpx.TransportError, aiohttp.ClientError, asyncio.TimeoutError)


def _remapped(error: BaseException, request: httpx.Request | None) -> httpx.TransportError:
    """``error`` as httpx would have named it: "not sent" only where nothing reached the server."""
    cause = error if isinstance(error, aiohttp.ClientError | asyncio.TimeoutError) else error.__cause__
    message = str(error) or type(cause).__name__
    kind: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.SocketTimeoutError | aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ClientPayloadError):
        kind = httpx.ReadError
    elif isinstance(error, httpx.UnsupportedProtocol | httpx.ProxyError):
        return error
    else:
        kind = httpx.RemoteProtocolError  # dropped after the request went out: the answer was lost
    return kind(message, request=request) if request is not None else kind(message)


class _Stream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except _FAILURES as error:
            raise _remapped(error, self._request) from error

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Transport(AiohttpTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response: httpx.Response = await super().handle_async_request(request)
        except _FAILURES as error:
            raise _remapped(error, request) from error
        response.stream = _Stream(response.stream, request)  # type: ignore[arg-type]
        return response


class DefaultAioHttpClient(HttpxAiohttpClient):
    """An ``httpx.AsyncClient`` on aiohttp, with the SDK's defaults (timeouts, pool, no redirects).

    Its cookie jar is skipped for answers that set no cookie (``jobmojito._cookies``).
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", False)
        super().__init__(**kwargs)
        install(self)  # httpx set a plain jar, bypassing the property

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes) -> None:
        self._cookies = Cookies(cookies)

    # httpx builds its transports through these two hooks; both hand over every
    # setting (verify, cert, trust_env, http1, http2, limits) unchanged.
    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        transport: httpx.AsyncBaseTransport | None = kwargs.pop("transport", None)
        return transport if transport is not None else _Transport(*args, **kwargs)

    def _init_proxy_transport(self, proxy: httpx.Proxy, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        return _Transport(*args, **{**kwargs, "proxy": proxy})
