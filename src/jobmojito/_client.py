"""``JobMojito`` and ``AsyncJobMojito``: one client object for the whole API."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _cookies as cookies
from ._base_client import DEFAULT_MAX_RESPONSE_BYTES, LazyPool
from ._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT
from ._retry import RetryPolicyLike
from .resources import AsyncResources, SyncResources

if TYPE_CHECKING:
    from ._raw import AsyncRawResponses, RawResponses
    from .webhooks import WebhookEvent

TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]

_Sync = TypeVar("_Sync", bound="JobMojito")
_Async = TypeVar("_Async", bound="AsyncJobMojito")


class JobMojito(SyncResources):
    """The JobMojito API, synchronously.

    ``JobMojito()`` reads the token from ``JOBMOJITO_TOKEN`` and the base URL
    from ``JOBMOJITO_BASE_URL`` (default: production). Resources are
    attributes named for what they do: ``jm.interviews.create(...)``,
    ``jm.results.list()``. One pooled ``httpx.Client`` serves every call;
    close it with ``jm.close()`` or use the client as a context manager.

    Args:
        token: a Supabase JWT access token, or a callable returning one.
        auth: any ``httpx.Auth`` instead, e.g. ``jobmojito.SupabaseSession``.
        base_url: the functions URL, e.g. ``https://cool.jobmojito.com/functions/v1``.
        timeout: seconds or an ``httpx.Timeout`` (default: connect 10 s,
            read 180 s — interview creation generates questions before it answers);
            it bounds each phase of each attempt.
        deadline: seconds for a whole call, retries and their waits included
            (default None: no limit but ``timeout``'s); each method's ``deadline=`` overrides it.
        max_response_bytes: the largest answer read, in decoded bytes (default 64 MiB);
            a larger one is ``ResponseTooLargeError``.
        max_retries: retries of a failed call (default 2; see the README's fault table).
        retry_policy: a replacement for the retry policy (``decide(...)``).
        validate_requests: check arguments against the document before sending.
        default_headers: sent with every request.
        http_client: bring your own ``httpx.Client`` (proxies, mTLS, transports);
            it is not closed by this client.
        allow_insecure_http: permit ``http://`` to a non-loopback host.

    Redirects are never followed, even by an ``http_client`` made with
    ``follow_redirects=True``: a 3xx is an ``APIStatusError``.
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicyLike | None = None,
        validate_requests: bool = True,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._configure(
            token=token,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            validate_requests=validate_requests,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        self._pool = LazyPool(_new_sync_client, http_client)

    @property
    def with_raw_response(self) -> RawResponses:
        """The same calls, answering ``APIResponse`` (status, headers, ``parse()``).

        ``jm.with_raw_response(jm.interviews.create)(name=...)`` is typed from the
        method; ``jm.with_raw_response.interviews.create(name=...)`` works too.
        """
        from ._raw import RawResponses  # with its pagers: on first use

        return RawResponses(self)

    def close(self) -> None:
        if self._owns_http and self._pool.client is not None:
            self._pool.client.close()

    def __enter__(self: _Sync) -> _Sync:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<JobMojito base_url={self.base_url!r}>"

    @property
    def webhooks(self) -> Webhooks:
        """Receiving JobMojito's webhooks: ``jm.webhooks.unwrap(body, headers, expected_headers=...)``."""
        return Webhooks()


class AsyncJobMojito(AsyncResources):
    """The JobMojito API with ``async``/``await``; see ``JobMojito`` for the options."""

    def __init__(
        self,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicyLike | None = None,
        validate_requests: bool = True,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._configure(
            token=token,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            validate_requests=validate_requests,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        self._owns_http = http_client is None
        self._pool = LazyPool(_new_async_client, http_client)

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same calls, answering ``APIResponse`` (status, headers, ``parse()``); see ``JobMojito``."""
        from ._raw import AsyncRawResponses

        return AsyncRawResponses(self)

    async def close(self) -> None:
        if self._owns_http and self._pool.client is not None:
            await self._pool.client.aclose()

    async def __aenter__(self: _Async) -> _Async:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncJobMojito base_url={self.base_url!r}>"

    @property
    def webhooks(self) -> Webhooks:
        """Receiving JobMojito's webhooks: ``ajm.webhooks.unwrap(body, headers, expected_headers=...)``."""
        return Webhooks()


class Webhooks:
    """``client.webhooks``: ``jobmojito.webhooks.unwrap`` where the client is at hand (no request is made)."""

    def unwrap(
        self,
        body: bytes | str | Mapping[str, Any],
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        *,
        expected_headers: Mapping[str, str],
        event: str | None = None,
    ) -> WebhookEvent:
        """See ``jobmojito.webhooks.unwrap``."""
        from .webhooks import unwrap  # the generated payload model: imported when a delivery comes

        return unwrap(body, headers, expected_headers=expected_headers, event=event)


def _new_sync_client() -> httpx.Client:
    client = httpx.Client(timeout=DEFAULT_TIMEOUT, limits=DEFAULT_LIMITS, follow_redirects=False)
    cookies.install(client)  # no cookie jar work for answers that set none
    return client


def _new_async_client() -> httpx.AsyncClient:
    client = httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, limits=DEFAULT_LIMITS, follow_redirects=False)
    cookies.install(client)
    return client
