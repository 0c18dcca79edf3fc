"""Base classes of the generated resource classes (``jobmojito.resources``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import AsyncClientCore, SyncClientCore


class SyncAPIResource:
    """A group of operations bound to one client: ``client.interviews``."""

    def __init__(self, client: SyncClientCore) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncAPIResource:
    """A group of operations bound to one async client: ``async_client.interviews``."""

    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
