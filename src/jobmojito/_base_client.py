"""The request path shared by the sync and async clients.

A call goes: build the request (serialize, validate, nothing sent on a bad
argument: ``_request``) → send it through the pooled httpx client with the
auth flow, streamed and without following redirects, reading a 2xx body with
the size cap and the deadline → judge the outcome with the retry policy
(``_loop``, written once as a generator of steps) → parse a 2xx into the
generated model (``_parse``) or raise the typed error. ``SyncClientCore`` and
``AsyncClientCore`` only drive the steps with blocking or awaiting I/O.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._core import BaseClientCore, LazyPool
from ._errors import ERROR_BODY_READ
from ._limits import aread_limited, read_limited
from ._loop import READ_ERRORS, SEND_ERRORS, Call, Step, attempts
from ._operation import Operation
from ._options import DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, RequestOptions, check_base_url
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "AsyncClientCore",
    "BaseClientCore",
    "LazyPool",
    "RequestOptions",
    "SyncClientCore",
    "check_base_url",
]

T = TypeVar("T")


class SyncClientCore(BaseClientCore):
    _pool: LazyPool[httpx.Client]

    @property
    def _http(self) -> httpx.Client:
        return self._pool.get()

    def _call(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> T:
        request, call = self._start(
            op,
            path=path,
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        response, retries = self._drive(call)
        answer: T = self._answer(op, request, response, retries)
        return answer

    def _paginate(
        self,
        op: Operation[Any],
        *,
        max_items: int | None,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> SyncPager[Any]:
        from ._pagination import PageRequest, SyncPager

        page = PageRequest(op, path, query, extra_headers, extra_query, extra_body, timeout, deadline)
        return SyncPager(self, page, max_items)

    def _drive(self, call: Call) -> tuple[httpx.Response, int]:
        steps: Generator[Step, Any, tuple[httpx.Response, int]] = attempts(call)
        outcome: Any = None
        try:
            while True:
                kind, arg = steps.send(outcome)
                outcome = None
                if kind == "send":
                    outcome = self._send(call, arg)
                elif kind == "sleep":
                    time.sleep(arg)
                elif kind == "read":
                    with contextlib.suppress(*READ_ERRORS):  # the status is what matters; the body is a detail
                        read_limited(arg, ERROR_BODY_READ, truncate=True, deadline=call.reading_deadline)
                else:
                    arg.close()
        except StopIteration as done:
            result: tuple[httpx.Response, int] = done.value
            return result

    def _send(self, call: Call, kwargs: dict[str, Any]) -> httpx.Response | Exception:
        """One attempt: the response (a 2xx with its body read, within the size cap) or what was raised."""
        http = self._http
        try:
            request = http.build_request(**kwargs)
            # Streamed, so that the body is read with the size cap; redirects never followed,
            # whatever the client was made with: credentials and bodies go to base_url only.
            response = http.send(request, auth=self._auth, stream=True, follow_redirects=False)
        except SEND_ERRORS as error:
            return error
        if response.is_success:
            try:
                read_limited(
                    response,
                    call.max_bytes,
                    deadline=call.reading_deadline,
                    method=call.op.method,
                    path=call.op.path,
                )
            except READ_ERRORS as error:
                return error
        return response


class AsyncClientCore(BaseClientCore):
    _pool: LazyPool[httpx.AsyncClient]

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.get()

    async def _call(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> T:
        request, call = self._start(
            op,
            path=path,
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
        response, retries = await self._drive(call)
        answer: T = self._answer(op, request, response, retries)
        return answer

    def _paginate(
        self,
        op: Operation[Any],
        *,
        max_items: int | None,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPager[Any]:
        from ._pagination import AsyncPager, PageRequest

        page = PageRequest(op, path, query, extra_headers, extra_query, extra_body, timeout, deadline)
        return AsyncPager(self, page, max_items)

    async def _drive(self, call: Call) -> tuple[httpx.Response, int]:
        steps: Generator[Step, Any, tuple[httpx.Response, int]] = attempts(call)
        outcome: Any = None
        try:
            while True:
                kind, arg = steps.send(outcome)
                outcome = None
                if kind == "send":
                    outcome = await self._send(call, arg)
                elif kind == "sleep":
                    import asyncio  # here, not with the package: importing asyncio costs ~15 ms

                    await asyncio.sleep(arg)
                elif kind == "read":
                    with contextlib.suppress(*READ_ERRORS):  # the status is what matters; the body is a detail
                        await aread_limited(arg, ERROR_BODY_READ, truncate=True, deadline=call.reading_deadline)
                else:
                    await arg.aclose()
        except StopIteration as done:
            result: tuple[httpx.Response, int] = done.value
            return result

    async def _send(self, call: Call, kwargs: dict[str, Any]) -> httpx.Response | Exception:
        """One attempt; see ``SyncClientCore._send``."""
        http = self._http
        try:
            request = http.build_request(**kwargs)
            response = await http.send(request, auth=self._auth, stream=True, follow_redirects=False)
        except SEND_ERRORS as error:
            return error
        if response.is_success:
            try:
                await aread_limited(
                    response,
                    call.max_bytes,
                    deadline=call.reading_deadline,
                    method=call.op.method,
                    path=call.op.path,
                )
            except READ_ERRORS as error:
                return error
        return response
