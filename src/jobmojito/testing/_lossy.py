"""``LossyTransport``: the network between your code and the sandbox, losing answers on purpose.

The sandbox's own faults (429, gateway 5xx) come *before* a request is
processed. What makes "never register a candidate twice" hard is the other
kind: the server processed the request and its answer never arrived. This
transport makes both, decided by a seeded draw per request key, the first time
that key is sent (a retry of the same request goes through)::

    lossy = LossyTransport(lose=0.05, gateway=0.05, seed=3)
    jm = JobMojito(token="t", base_url=sandbox.base_url, http_client=httpx.Client(transport=lossy))
    ...
    lossy.answered  # every request the server answered (any status), its answer lost or not

* ``gateway``: that share is answered 504 (an HTML page) without being sent;
* ``lose``: that share is sent, answered by the server, and then raises
  ``httpx.ReadTimeout`` instead of returning the answer.

``key(request)`` picks which requests may fault and what counts as "the same
request" (default: every POST, keyed by its path and body).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

import httpx

__all__ = ["Answered", "LossyTransport"]

Answered = tuple[httpx.Request, httpx.Response]


def _posts(request: httpx.Request) -> str | None:
    if request.method != "POST":
        return None
    return f"{request.url.path}\n{request.content!r}"


class LossyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A real transport (sync and async) with seeded faults; see the module's docstring."""

    def __init__(
        self,
        *,
        lose: float = 0.0,
        gateway: float = 0.0,
        seed: int = 0,
        key: Callable[[httpx.Request], str | None] = _posts,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not (0.0 <= lose <= 1.0 and 0.0 <= gateway <= 1.0 and lose + gateway <= 1.0):
            raise ValueError("lose and gateway are shares: each between 0 and 1, together at most 1")
        self._lose = lose
        self._gateway = gateway
        self._seed = seed
        self._key = key
        self._sync = transport
        self._async = async_transport
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self.answered: list[Answered] = []
        self.lost = 0
        self.refused = 0

    def _roll(self, request: httpx.Request) -> float:
        key = self._key(request)
        if key is None:
            return 1.0
        with self._lock:
            if key in self._seen:
                return 1.0
            self._seen.add(key)
        return random.Random(f"{self._seed}:{key}").random()  # noqa: S311 - a reproducible test draw, not a secret

    def _gateway_error(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.refused += 1
        page = "<html><body><h1>504 Gateway Timeout</h1></body></html>"
        return httpx.Response(504, text=page, headers={"content-type": "text/html"}, request=request)

    def _after(self, request: httpx.Request, response: httpx.Response, roll: float) -> httpx.Response:
        with self._lock:
            self.answered.append((request, response))
            lost = roll < self._gateway + self._lose
            self.lost += lost
        if lost:
            raise httpx.ReadTimeout("the answer was lost after the server processed the request", request=request)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        roll = self._roll(request)
        if roll < self._gateway:
            return self._gateway_error(request)
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        response = self._sync.handle_request(request)
        response.read()
        return self._after(request, response, roll)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        roll = self._roll(request)
        if roll < self._gateway:
            return self._gateway_error(request)
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        response = await self._async.handle_async_request(request)
        await response.aread()
        return self._after(request, response, roll)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
