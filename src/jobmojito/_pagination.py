"""Iterate every item of a list operation across pages (limit/offset).

``client.results.list(limit=100)`` returns a pager: iterating it fetches one
page at a time and yields its items, asking for the next page while the
server says ``pagination.has_more``. Only the current page is held in
memory. ``max_items`` stops early; ``pages()`` yields whole page models.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._operations import get_operation

if TYPE_CHECKING:
    from ._base_client import AsyncClientCore, SyncClientCore

T = TypeVar("T")


def _start(params: Mapping[str, Any]) -> int:
    offset = params.get("offset")
    return offset if isinstance(offset, int) and not isinstance(offset, bool) else 0


def _page_items(page: Any, field: str) -> list[Any]:
    items = getattr(page, field, None)
    return items if isinstance(items, list) else []


def _has_more(page: Any, got: int) -> bool:
    pagination = getattr(page, "pagination", None)
    return bool(getattr(pagination, "has_more", False)) and got > 0


class _Pager(Generic[T]):
    def __init__(self, operation_id: str, params: Mapping[str, Any], max_items: int | None) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self._operation_id = operation_id
        self._params = dict(params)
        self._max_items = max_items
        self._field = get_operation(operation_id).items or "data"

    def _params_at(self, offset: int) -> dict[str, Any]:
        return {**self._params, "offset": offset}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._operation_id} max_items={self._max_items}>"


class SyncPager(_Pager[T]):
    """Every item of a list operation, page by page."""

    def __init__(
        self, client: SyncClientCore, operation_id: str, params: Mapping[str, Any], max_items: int | None
    ) -> None:
        super().__init__(operation_id, params, max_items)
        self._client = client

    def pages(self) -> Iterator[Any]:
        """Each page model, fetched when the previous one is used up."""
        offset = _start(self._params)
        while True:
            page = self._client._request(self._operation_id, None, self._params_at(offset))
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

    def __init__(
        self, client: AsyncClientCore, operation_id: str, params: Mapping[str, Any], max_items: int | None
    ) -> None:
        super().__init__(operation_id, params, max_items)
        self._client = client

    async def pages(self) -> AsyncIterator[Any]:
        offset = _start(self._params)
        while True:
            page = await self._client._request(self._operation_id, None, self._params_at(offset))
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
