"""Raw access to a call: status, headers, body, and the parsed model on demand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")

_UNPARSED: Any = object()


class APIResponse(Generic[T]):
    """What ``client.with_raw_response.<resource>.<method>(...)`` returns.

    Non-2xx statuses still raise the typed errors; ``parse()`` gives the
    model the plain call would have returned (parsed once, then cached).
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T], retries_taken: int) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: T = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def elapsed(self) -> timedelta:
        return self.http_response.elapsed

    @property
    def request_id(self) -> str | None:
        value = self.headers.get("sb-request-id") or self.headers.get("x-request-id")
        return str(value) if value else None

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
