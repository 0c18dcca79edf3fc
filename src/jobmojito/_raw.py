"""``client.with_raw_response``: the same calls, answering status, headers and a lazy parse.

One wrapper serves every method, typed from the method itself::

    create = jm.with_raw_response(jm.interviews.create)   # (same arguments) -> APIResponse[JobInterviewCreateResponse]
    raw = create(name=..., ...)
    raw.status_code, raw.headers, raw.request_id, raw.retries_taken
    interview = raw.parse()

``jm.with_raw_response.interviews.create(...)`` works too, typed loosely
(``APIResponse[Any]``). List methods return pagers, which have no raw form:
wrap their ``*_page`` twin.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ._pagination import AsyncPager, SyncPager
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from ._base_client import AsyncClientCore, SyncClientCore
    from ._response import APIResponse

P = ParamSpec("P")
T = TypeVar("T")


def _bind(method: Callable[..., Any], view: Any, kind: type) -> Callable[..., Any]:
    resource = getattr(method, "__self__", None)
    function = getattr(method, "__func__", None)
    if not isinstance(resource, kind) or function is None:
        raise TypeError(f"with_raw_response(...) takes a resource method, e.g. jm.interviews.create; got {method!r}")
    if _returns_pager(function):
        name = function.__name__
        raise TypeError(f"{function.__qualname__} returns a pager, which has no raw form; wrap {name}_page")
    bound: Any = type(resource)
    return functools.partial(function, bound(view))


def _returns_pager(function: Callable[..., Any]) -> bool:
    returns = str(getattr(function, "__annotations__", {}).get("return", ""))
    return returns.startswith((SyncPager.__name__, AsyncPager.__name__))


class _ResourceView:
    """``with_raw_response.<resource>``: its methods, raw (typed loosely: see the module docstring)."""

    def __init__(self, resource: Any, view: Any, kind: type) -> None:
        self._resource, self._view, self._kind = resource, view, kind

    def __getattr__(self, name: str) -> Any:
        return _bind(getattr(self._resource, name), self._view, self._kind)


class RawResponses:
    """``JobMojito.with_raw_response``."""

    def __init__(self, client: SyncClientCore) -> None:
        self._client = client

    def __call__(self, method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
        raw: Callable[P, APIResponse[T]] = _bind(method, self._client._raw_view(), SyncAPIResource)
        return raw

    def __getattr__(self, name: str) -> Any:
        return _ResourceView(getattr(self._client, name), self._client._raw_view(), SyncAPIResource)


class AsyncRawResponses:
    """``AsyncJobMojito.with_raw_response``."""

    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    def __call__(self, method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
        raw: Callable[P, Awaitable[APIResponse[T]]] = _bind(method, self._client._raw_view(), AsyncAPIResource)
        return raw

    def __getattr__(self, name: str) -> Any:
        return _ResourceView(getattr(self._client, name), self._client._raw_view(), AsyncAPIResource)
