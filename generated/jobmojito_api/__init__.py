"""A client library for accessing the JobMojito API (generated; use the ``jobmojito`` facade)."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    """Import the generated clients on first use: the facade never needs them,
    and importing ``jobmojito`` should cost little more than importing httpx."""
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
