"""Base classes of the generated resource classes (jobmojito_api.resources)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ._pagination import AsyncPager, SyncPager

if TYPE_CHECKING:
    from ._base_client import AsyncClientCore, SyncClientCore


class SyncAPIResource:
    """Binds generated methods to the client's request loop."""

    _raw: ClassVar[bool] = False

    def __init__(self, owner: Any) -> None:
        self._client: SyncClientCore = owner._core

    def _request(self, operation_id: str, body: Any, fields: Mapping[str, Any]) -> Any:
        return self._client._request(operation_id, body, fields, raw=self._raw)

    def _paginate(self, operation_id: str, params: Mapping[str, Any], max_items: int | None) -> SyncPager[Any]:
        return SyncPager(self._client, operation_id, params, max_items)


class AsyncAPIResource:
    """Binds generated methods to the async client's request loop."""

    _raw: ClassVar[bool] = False

    def __init__(self, owner: Any) -> None:
        self._client: AsyncClientCore = owner._core

    async def _request(self, operation_id: str, body: Any, fields: Mapping[str, Any]) -> Any:
        return await self._client._request(operation_id, body, fields, raw=self._raw)

    def _paginate(self, operation_id: str, params: Mapping[str, Any], max_items: int | None) -> AsyncPager[Any]:
        return AsyncPager(self._client, operation_id, params, max_items)
