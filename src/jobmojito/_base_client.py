"""The request loop shared by the sync and async clients.

A call goes: build the request (serialize, validate, nothing sent on a bad
argument) → send it through the pooled httpx client with the auth flow →
judge the outcome with the retry policy → parse a 2xx into the generated
model or raise the typed error. The retry loop is written once, as a
generator of steps ("send this", "sleep that long"); ``SyncClientCore`` and
``AsyncClientCore`` only drive it with blocking or awaiting I/O.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    JobMojitoError,
    status_error,
)
from ._operation import Operation
from ._response import APIResponse
from ._retry import RetryDecision, RetryPolicy, RetryPolicyLike
from ._timeouts import as_timeout
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager
    from ._request import Request

logger = logging.getLogger("jobmojito")

DEFAULT_BASE_URL = "https://cool.jobmojito.com/functions/v1"
# Interview creation generates questions with AI before it answers: reads
# get three minutes. Connecting is quick or not at all.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=180.0, write=60.0, pool=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"jobmojito-python/{__version__}"

Step = tuple[str, Any]
T = TypeVar("T")
_C = TypeVar("_C", bound="BaseClientCore")


@dataclass(frozen=True)
class RequestOptions:
    """Per-client settings that ``with_options`` can override per call."""

    timeout: httpx.Timeout
    retry_policy: RetryPolicyLike
    validate: bool
    headers: Mapping[str, str]

    @functools.cached_property
    def http_headers(self) -> httpx.Headers:
        """``headers`` as httpx keeps them, built once: httpx normalizes a dict on every request."""
        return httpx.Headers(self.headers)


def check_base_url(base_url: str, *, allow_insecure_http: bool) -> str:
    """Refuse ``http://`` to anything but loopback: the token would travel in clear."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise JobMojitoError(f"base_url must be an http(s) URL, got {base_url!r}")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise JobMojitoError(
            f"refusing plain http:// to {url.host}: the bearer token would travel unencrypted; "
            "use https://, or pass allow_insecure_http=True if you really mean it"
        )
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # only for a plain-http URL, so not at import

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_auth(token: Any, auth: httpx.Auth | None) -> httpx.Auth:
    from ._auth import BearerToken, TokenProvider

    if auth is not None:
        return auth
    if token is None:
        token = os.environ.get("JOBMOJITO_TOKEN")
    if callable(token):
        return TokenProvider(token)
    if isinstance(token, str) and token:
        return BearerToken(token)
    raise JobMojitoError(
        "no credentials: pass token=..., auth=... (e.g. jobmojito.SupabaseSession), "
        "or set the JOBMOJITO_TOKEN environment variable"
    )


class BaseClientCore:
    """What both clients share: configuration, request building, parsing."""

    _auth: httpx.Auth
    _options: RequestOptions
    base_url: str

    def _configure(
        self,
        *,
        token: Any,
        auth: httpx.Auth | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry_policy: RetryPolicyLike | None,
        validate_requests: bool,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
    ) -> None:
        url = base_url or os.environ.get("JOBMOJITO_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = check_base_url(url, allow_insecure_http=allow_insecure_http)
        self._urls: dict[str, httpx.URL] = {}
        self._auth = make_auth(token, auth)
        policy = retry_policy or RetryPolicy(max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries)
        self._options = RequestOptions(
            timeout=DEFAULT_TIMEOUT if timeout is None else as_timeout(timeout, DEFAULT_TIMEOUT),
            retry_policy=policy,
            validate=validate_requests,
            headers={"User-Agent": USER_AGENT, **(default_headers or {})},
        )

    def with_options(
        self: _C,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicyLike | None = None,
        validate_requests: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> _C:
        """A cheap copy sharing this client's connections, with some options changed.

        ``jm.with_options(timeout=5, max_retries=0).interviews.get(...)``: per-call
        timeout, retries (count or policy), request validation and extra headers.
        """
        options = self._options
        if timeout is not None:
            options = replace(options, timeout=as_timeout(timeout, DEFAULT_TIMEOUT))
        if retry_policy is not None:
            options = replace(options, retry_policy=retry_policy)
        elif max_retries is not None:
            options = replace(options, retry_policy=_with_max_retries(options.retry_policy, max_retries))
        if validate_requests is not None:
            options = replace(options, validate=validate_requests)
        if headers:
            options = replace(options, headers={**options.headers, **headers})
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k in self._SHARED})
        clone._options = options
        clone.__dict__["_owns_http"] = False
        return clone

    _SHARED = frozenset({"base_url", "_urls", "_auth", "_pool", "_raw_responses"})

    # --- one call -------------------------------------------------------------------

    _raw_responses = False  # True on the view ``with_raw_response`` calls through

    def _request_for(
        self,
        op: Operation[Any],
        *,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
        timeout: float | httpx.Timeout | NotGiven | None,
    ) -> Request:
        return _build_function()(
            op,
            url=self._url(op),
            base_url=self.base_url,
            options=self._options,
            path=path,
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def _url(self, op: Operation[Any]) -> httpx.URL:
        """The operation's URL, parsed once: httpx parses a string URL on every request."""
        url = self._urls.get(op.id)
        if url is None:
            url = self._urls[op.id] = httpx.URL(self.base_url + op.path)
        return url

    def _answer(self, op: Operation[T], request: Request, response: httpx.Response, retries: int) -> Any:
        """The parsed model, or (through ``with_raw_response``) the raw response that parses to it."""
        parse = _parse_function()
        if self._raw_responses:
            return APIResponse(response, lambda: parse(op, response, request.body), retries)
        return parse(op, response, request.body)

    def _raw_view(self: _C) -> _C:
        """This client, answering ``APIResponse``s (shared connections and options)."""
        view = self.__dict__.get("_raw_view_instance")
        if view is None:
            view = self.with_options()
            view._raw_responses = True
            self.__dict__["_raw_view_instance"] = view
        return view

    # --- the retry loop, written once -----------------------------------------

    def _attempts(self, op: Operation[Any], kwargs: dict[str, Any]) -> Generator[Step, Any, tuple[httpx.Response, int]]:
        policy = self._options.retry_policy
        attempt = 0
        while True:
            debug = logger.isEnabledFor(logging.DEBUG)  # timed only when someone reads the log
            started = time.perf_counter() if debug else 0.0
            outcome = yield ("send", kwargs)
            elapsed_ms = (time.perf_counter() - started) * 1000 if debug else 0.0
            if isinstance(outcome, httpx.Response):
                if debug:
                    logger.debug("%s %s -> %d in %.0f ms", op.method, op.path, outcome.status_code, elapsed_ms)
                if outcome.is_success:
                    return outcome, attempt
                decision = policy.decide(attempt=attempt, idempotent=op.idempotent, response=outcome)
                if not decision.retry:
                    yield ("read", outcome)
                    raise status_error(
                        outcome, method=op.method, path=op.path, outcome_unknown=decision.outcome_unknown
                    )
                yield ("close", outcome)
            else:
                logger.debug("%s %s -> %s in %.0f ms", op.method, op.path, type(outcome).__name__, elapsed_ms)
                decision = policy.decide(attempt=attempt, idempotent=op.idempotent, error=outcome)
                if not decision.retry:
                    raise _connection_error(op, outcome, decision) from outcome
            attempt += 1
            logger.info("%s %s: retry %d in %.2f s (%s)", op.method, op.path, attempt, decision.delay, decision.reason)
            yield ("sleep", decision.delay)


@functools.cache
def _build_function() -> Callable[..., Request]:
    """``_request`` (and ``_parse`` below) import the generated types, and attrs: on the first call, not at import."""
    from ._request import build

    return build


@functools.cache
def _parse_function() -> Callable[[Operation[Any], httpx.Response, Mapping[str, Any] | None], Any]:
    from ._parse import parse

    return parse


def _connection_error(op: Operation[Any], error: BaseException, decision: RetryDecision) -> APIConnectionError:
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return cls(method=op.method, path=op.path, reason=reason, outcome_unknown=decision.outcome_unknown)


def _with_max_retries(policy: RetryPolicyLike, max_retries: int) -> RetryPolicyLike:
    if isinstance(policy, RetryPolicy):
        return replace(policy, max_retries=max_retries)
    return RetryPolicy(max_retries=max_retries)


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class LazyPool(Generic[H]):
    """The httpx client (one connection pool), made on first use.

    Making an ``httpx.Client`` loads the system's CA certificates, which costs
    more than importing httpx: a client that is constructed but never used
    (a CLI's ``--help``, a serverless cold start) should not pay for it.
    Shared by ``with_options`` copies; made once even under threads.
    """

    def __init__(self, factory: Callable[[], H], client: H | None = None) -> None:
        self._factory: Callable[[], H] = factory
        self.client: H | None = client
        self._lock = threading.Lock()

    def get(self) -> H:
        if self.client is None:
            with self._lock:
                if self.client is None:
                    self.client = self._factory()
        return self.client


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
    ) -> T:
        request = self._request_for(
            op,
            path=path,
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        response, retries = self._drive(self._attempts(op, request.kwargs))
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
    ) -> SyncPager[Any]:
        from ._pagination import PageRequest, SyncPager

        page = PageRequest(op, path, query, extra_headers, extra_query, extra_body, timeout)
        return SyncPager(self, page, max_items)

    def _drive(self, steps: Generator[Step, Any, tuple[httpx.Response, int]]) -> tuple[httpx.Response, int]:
        outcome: Any = None
        try:
            while True:
                kind, arg = steps.send(outcome)
                outcome = None
                if kind == "send":
                    try:
                        outcome = self._http.send(self._http.build_request(**arg), auth=self._auth)
                    except httpx.TransportError as exc:
                        outcome = exc
                elif kind == "sleep":
                    time.sleep(arg)
                elif kind == "read":
                    arg.read()
                else:
                    arg.close()
        except StopIteration as done:
            result: tuple[httpx.Response, int] = done.value
            return result


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
    ) -> T:
        request = self._request_for(
            op,
            path=path,
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        response, retries = await self._drive(self._attempts(op, request.kwargs))
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
    ) -> AsyncPager[Any]:
        from ._pagination import AsyncPager, PageRequest

        page = PageRequest(op, path, query, extra_headers, extra_query, extra_body, timeout)
        return AsyncPager(self, page, max_items)

    async def _drive(self, steps: Generator[Step, Any, tuple[httpx.Response, int]]) -> tuple[httpx.Response, int]:
        outcome: Any = None
        try:
            while True:
                kind, arg = steps.send(outcome)
                outcome = None
                if kind == "send":
                    try:
                        outcome = await self._http.send(self._http.build_request(**arg), auth=self._auth)
                    except httpx.TransportError as exc:
                        outcome = exc
                elif kind == "sleep":
                    import asyncio  # here, not with the package: importing asyncio costs ~15 ms

                    await asyncio.sleep(arg)
                elif kind == "read":
                    await arg.aread()
                else:
                    await arg.aclose()
        except StopIteration as done:
            result: tuple[httpx.Response, int] = done.value
            return result
