"""Iterate every item of a list operation across pages (limit/offset).

``client.results.list(limit=100)`` returns a pager: iterating it fetches one
page at a time and yields its items, asking for the next page while the
server says ``pagination.has_more``. Only the current page is held in
memory. ``max_items`` stops early; ``pages()`` yields whole page models.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import httpx

from ._errors import ValidationError
from ._operation import Operation
from ._types import NotGiven

if TYPE_CHECKING:
    from ._base_client import AsyncClientCore, SyncClientCore

T = TypeVar("T")


class PageRequest(NamedTuple):
    """A list call's arguments, from which each page's call is made."""

    op: Operation[Any]
    path: Mapping[str, Any] | None
    query: Mapping[str, Any] | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    timeout: float | httpx.Timeout | NotGiven | None
    deadline: float | NotGiven | None  # each page's call has its own

    def start(self) -> int:
        offset = (self.query or {}).get("offset")
        return offset if isinstance(offset, int) and not isinstance(offset, bool) else 0

    def at(self, offset: int) -> dict[str, Any]:
        """The page call's keyword arguments, at ``offset``."""
        return {
            "path": self.path,
            "query": {**(self.query or {}), "offset": offset},
            "extra_headers": self.extra_headers,
            "extra_query": self.extra_query,
            "extra_body": self.extra_body,
            "timeout": self.timeout,
            "deadline": self.deadline,
        }


def _page_items(page: Any, field: str) -> list[Any]:
    items = getattr(page, field, None)
    return items if isinstance(items, list) else []


def _has_more(page: Any, got: int) -> bool:
    pagination = getattr(page, "pagination", None)
    return bool(getattr(pagination, "has_more", False)) and got > 0


def _check_max_items(max_items: object) -> int | None:
    if max_items is None:
        return None
    if not isinstance(max_items, int) or isinstance(max_items, bool):
        raise ValidationError(
            field="max_items", rule="type", message=f"must be an integer or None, got {type(max_items).__name__}"
        )
    if max_items < 0:
        raise ValidationError(field="max_items", rule="minimum", message=f"must be >= 0; got {max_items}")
    return max_items


class _Pager(Generic[T]):
    def __init__(self, request: PageRequest, max_items: int | None) -> None:
        self._request = request
        self._max_items = _check_max_items(max_items)
        self._field = request.op.items or "data"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._request.op.qualname} max_items={self._max_items}>"


class SyncPager(_Pager[T]):
    """Every item of a list operation, page by page."""

    def __init__(self, client: SyncClientCore, request: PageRequest, max_items: int | None) -> None:
        super().__init__(request, max_items)
        self._client = client

    def pages(self) -> Iterator[Any]:
        """Each page model, fetched when the previous one is used up."""
        offset = self._request.start()
        while True:
            page = self._client._call(self._request.op, **self._request.at(offset))
            yield page
            got = len(_page_items(page, self._field))
            more = _has_more(page, got)
            del page  # not held while the next page is fetched
            if not more:
                return
            offset += got

    def __iter__(self) -> Iterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        for page in self.pages():
            items = iter(_page_items(page, self._field))
            del page  # a used-up list iterator lets go of the list: the next fetch holds no item of this page
            for item in items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return


class AsyncPager(_Pager[T]):
    """Every item of a list operation, page by page (``async for``)."""

    def __init__(self, client: AsyncClientCore, request: PageRequest, max_items: int | None) -> None:
        super().__init__(request, max_items)
        self._client = client

    async def pages(self) -> AsyncIterator[Any]:
        offset = self._request.start()
        while True:
            page = await self._client._call(self._request.op, **self._request.at(offset))
            yield page
            got = len(_page_items(page, self._field))
            more = _has_more(page, got)
            del page  # not held while the next page is fetched
            if not more:
                return
            offset += got

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        async for page in self.pages():
            items = iter(_page_items(page, self._field))
            del page  # a used-up list iterator lets go of the list: the next fetch holds no item of this page
            for item in items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return
