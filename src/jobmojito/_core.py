"""What the sync and async clients share: configuration, ``with_options``, building a call, parsing.

The I/O (sending, reading, sleeping) is ``SyncClientCore``/``AsyncClientCore``
in ``_base_client``; the retry loop is ``_loop``.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._deadline import DEADLINE_EXTENSION, NO_DEADLINE
from ._errors import ValidationError
from ._loop import Call
from ._operation import Operation
from ._options import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    RequestOptions,
    call_deadline,
    check_base_url,
    check_deadline,
    check_headers,
    check_max_response_bytes,
    make_auth,
    with_max_retries,
)
from ._retry import RetryPolicy, RetryPolicyLike
from ._timeouts import as_timeout
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._request import Request

__all__ = ["BaseClientCore", "LazyPool"]

T = TypeVar("T")
_C = TypeVar("_C", bound="BaseClientCore")


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
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
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
            headers={"User-Agent": USER_AGENT, **check_headers(default_headers or {})},
            deadline=check_deadline(deadline),
            max_response_bytes=check_max_response_bytes(max_response_bytes),
        )

    def with_options(
        self: _C,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicyLike | None = None,
        validate_requests: bool | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | None = None,
    ) -> _C:
        """A cheap copy sharing this client's connections, with some options changed.

        ``jm.with_options(timeout=5, max_retries=0).interviews.get(...)``: per-call
        timeout, retries (count or policy), request validation, extra headers, the
        whole-call ``deadline`` (seconds; ``None`` removes it) and the response
        size cap ``max_response_bytes``. An option left out keeps this client's value.
        """
        options = self._options
        if timeout is not None:
            options = replace(options, timeout=as_timeout(timeout, DEFAULT_TIMEOUT))
        if retry_policy is not None:
            options = replace(options, retry_policy=retry_policy)
        elif max_retries is not None:
            options = replace(options, retry_policy=with_max_retries(options.retry_policy, max_retries))
        if validate_requests is not None:
            options = replace(options, validate=validate_requests)
        if headers:
            options = replace(options, headers={**options.headers, **check_headers(headers)})
        if not isinstance(deadline, NotGiven):
            options = replace(options, deadline=check_deadline(deadline))
        if max_response_bytes is not None:
            options = replace(options, max_response_bytes=check_max_response_bytes(max_response_bytes))
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k in self._SHARED})
        clone._options = options
        clone.__dict__["_owns_http"] = False
        return clone

    _SHARED = frozenset({"base_url", "_urls", "_auth", "_pool", "_raw_responses"})

    # --- one call -------------------------------------------------------------------

    _raw_responses = False  # True on the view ``with_raw_response`` calls through

    def _start(
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
        deadline: float | NotGiven | None,
    ) -> tuple[Request, Call]:
        """The request of one call (``ValidationError`` before anything is sent), and the call in progress."""
        options = self._options
        request = _build_function()(
            op,
            url=self._url(op),
            base_url=self.base_url,
            options=options,
            path=path,
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if deadline is NOT_GIVEN and options.deadline is None:
            running = NO_DEADLINE  # most calls: nothing to start
        else:
            try:
                running = call_deadline(deadline, options.deadline)  # started here: the whole call counts
            except ValidationError as error:
                raise error.for_operation(op.qualname) from None
            if running is not NO_DEADLINE:
                request.kwargs["extensions"] = {DEADLINE_EXTENSION: running}
        call = Call(
            op, request.kwargs, policy=options.retry_policy, deadline=running, max_bytes=options.max_response_bytes
        )
        return request, call

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
            from ._response import APIResponse  # raw responses only: not on every call's import path

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


@functools.cache
def _build_function() -> Callable[..., Request]:
    """``_request`` (and ``_parse`` below) import the generated types, and attrs: on the first call, not at import."""
    from ._request import build

    return build


@functools.cache
def _parse_function() -> Callable[[Operation[Any], httpx.Response, Mapping[str, Any] | None], Any]:
    from ._parse import parse

    return parse


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
