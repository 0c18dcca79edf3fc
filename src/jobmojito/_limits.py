"""Reading a response body with a size cap, decoded bytes counted.

``httpx.Response.read()`` holds the whole decoded body in memory, so a 1 MB gzip
answer that expands to 1 GB costs gigabytes before anyone sees it. The readers
here take a response opened with ``stream=True`` and read its *decoded* bytes
chunk by chunk, stopping as soon as the total passes the cap:

* over the cap: :class:`~jobmojito._errors.ResponseTooLargeError` and the
  response is closed (its connection is dropped, not reused), or, with
  ``truncate=True`` (for an error body, where only an excerpt is wanted), the
  first ``limit`` bytes;
* a body that its ``Content-Encoding`` cannot decode (corrupt gzip):
  :class:`~jobmojito._errors.ResponseDecodingError` instead of
  ``httpx.DecodingError`` (with ``truncate=True``: the bytes decoded so far);
* a ``deadline`` (:class:`~jobmojito._deadline.Deadline`) is checked between
  chunks and raises :class:`~jobmojito._deadline.DeadlineExceeded`;
* transport errors (``httpx.ReadError``, ``httpx.ReadTimeout``, ...) pass
  through unchanged, for the retry policy to judge.

Both errors are :class:`~jobmojito._errors.APIResponseValidationError`\\ s: the
server answered, so the request was processed, but the answer cannot be used.
What was read is kept as the response's content, so ``response.content`` and
``response.json()`` work afterwards as if ``read()`` had been called.

Peak memory is about ``limit`` plus one decoded chunk: httpx decodes one network
read (64 KiB) at a time, and deflate expands at most about 1,000-fold, so a
chunk is at most about 64 MB whatever the body.
"""

from __future__ import annotations

import httpx

from ._deadline import Deadline
from ._errors import ResponseDecodingError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "aread_limited", "read_limited"]

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB: far above any answer of the API (a page of results is well under 1 MiB)."""


class _Collector:
    """The chunks read so far and what to do when they are too many."""

    def __init__(self, response: httpx.Response, limit: int, truncate: bool, method: str | None, path: str | None):
        if limit < 0:
            raise ValueError(f"limit must be >= 0, got {limit}")
        self.response = response
        self.limit = limit
        self.truncate = truncate
        self.method = method or response.request.method
        self.path = path or response.request.url.path
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False when the cap is reached and reading must stop (or raise)."""
        room = self.limit - self.size
        if len(chunk) <= room:
            self.chunks.append(chunk)
            self.size += len(chunk)
            return True
        if not self.truncate:
            raise ResponseTooLargeError(
                method=self.method,
                path=self.path,
                status_code=self.response.status_code,
                limit=self.limit,
                response=self.response,
            )
        self.chunks.append(chunk[:room])
        self.size = self.limit
        return False

    def undecodable(self, error: httpx.DecodingError) -> bytes:
        if self.truncate:
            return self.finish()
        raise ResponseDecodingError(
            method=self.method,
            path=self.path,
            status_code=self.response.status_code,
            reason=str(error)[:200] or type(error).__name__,
            response=self.response,
        ) from None

    def finish(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks = []
        # What httpx's own read() stores: response.content, .text and .json() work from here on.
        self.response._content = data
        return data


def read_limited(
    response: httpx.Response,
    limit: int = DEFAULT_MAX_RESPONSE_BYTES,
    *,
    truncate: bool = False,
    deadline: Deadline | None = None,
    method: str | None = None,
    path: str | None = None,
) -> bytes:
    """The decoded body of ``response`` (opened with ``stream=True``), at most ``limit`` bytes.

    ``method`` and ``path`` name the call in errors (default: the request's).
    The response is closed when this returns or raises.
    """
    if _already_read(response):  # read before (a mock transport's answer): checked, not read again
        return _checked(response, limit, truncate, method, path)
    collector = _Collector(response, limit, truncate, method, path)
    try:
        for chunk in response.iter_bytes():
            if not collector.add(chunk):
                break
            if deadline is not None:
                deadline.check_reading(response.request)
    except httpx.DecodingError as error:
        return collector.undecodable(error)
    finally:
        response.close()
    return collector.finish()


async def aread_limited(
    response: httpx.Response,
    limit: int = DEFAULT_MAX_RESPONSE_BYTES,
    *,
    truncate: bool = False,
    deadline: Deadline | None = None,
    method: str | None = None,
    path: str | None = None,
) -> bytes:
    """:func:`read_limited` for a response of an ``httpx.AsyncClient``."""
    if _already_read(response):  # read before (a mock transport's answer): checked, not read again
        return _checked(response, limit, truncate, method, path)
    collector = _Collector(response, limit, truncate, method, path)
    try:
        async for chunk in response.aiter_bytes():
            if not collector.add(chunk):
                break
            if deadline is not None:
                deadline.check_reading(response.request)
    except httpx.DecodingError as error:
        return collector.undecodable(error)
    finally:
        await response.aclose()
    return collector.finish()


def _checked(response: httpx.Response, limit: int, truncate: bool, method: str | None, path: str | None) -> bytes:
    """The body of a response read before, held to ``limit`` as a streamed one is."""
    if len(response.content) <= limit:
        return response.content
    collector = _Collector(response, limit, truncate, method, path)
    collector.add(response.content)
    return collector.finish()


def _already_read(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018 - raises ResponseNotRead for a stream nobody read
    except httpx.ResponseNotRead:
        return False
    return True
