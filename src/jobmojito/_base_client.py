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
    APIResponseValidationError,
    APITimeoutError,
    JobMojitoError,
    ValidationError,
    status_error,
)
from ._operations import Operation, get_operation
from ._response import APIResponse
from ._retry import RetryDecision, RetryPolicy, RetryPolicyLike
from ._validation import validate
from ._version import __version__

if TYPE_CHECKING:
    from contextvars import ContextVar

logger = logging.getLogger("jobmojito")

DEFAULT_BASE_URL = "https://cool.jobmojito.com/functions/v1"
# Interview creation generates questions with AI before it answers: reads
# get three minutes. Connecting is quick or not at all.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=180.0, write=60.0, pool=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"jobmojito-python/{__version__}"

Step = tuple[str, Any]
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
            timeout=_as_timeout(timeout),
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
            options = replace(options, timeout=_as_timeout(timeout))
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

    _SHARED = frozenset({"base_url", "_urls", "_auth", "_pool"})

    # --- building -----------------------------------------------------------------

    def _prepare(self, op: Operation, body: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client.build_request``; raises on bad input."""
        is_present, query_value, to_json = _serializers()

        kwargs: dict[str, Any] = {
            "method": op.method,
            "url": self._url(op),
            "headers": self._options.http_headers,
            "timeout": self._options.timeout,
        }
        try:
            if op.body is None:
                if body is not None:
                    raise TypeError(f"{op.id}() takes no request body")
                params = {op.query.get(k, k): to_json(v) for k, v in fields.items() if is_present(v)}
                if op.query_schema is not None and self._options.validate:
                    validate(op.query_schema, params)
                if params:
                    kwargs["params"] = {k: query_value(v) for k, v in params.items()}
                return kwargs
            data = self._body(op, body, fields, to_json)
            if self._options.validate and op.body_schema is not None:
                validate(op.body_schema, data)
        except ValidationError as exc:
            raise exc.for_operation(op.id) from None
        if op.body == "multipart":
            kwargs["files"] = self._multipart(op, data)
        else:
            kwargs["json"] = data
        return kwargs

    def _url(self, op: Operation) -> httpx.URL:
        """The operation's URL, parsed once: httpx parses a string URL on every request."""
        url = self._urls.get(op.id)
        if url is None:
            url = self._urls[op.id] = httpx.URL(self.base_url + op.path)
        return url

    @staticmethod
    def _body(op: Operation, body: Any, fields: Mapping[str, Any], to_json: Any) -> dict[str, Any]:
        if body is not None and fields:
            raise TypeError(f"{op.id}() takes a body or keyword arguments, not both")
        if body is None:
            body = {op.fields.get(k, k): v for k, v in fields.items()}
        data = to_json(body)
        if not isinstance(data, dict):
            raise TypeError(f"{op.id}() body must be a mapping or {op.body_model_name}, got {type(body).__name__}")
        return data

    @staticmethod
    def _multipart(op: Operation, data: Mapping[str, Any]) -> Any:
        """The generated model writes the parts; fields it does not know go as text parts."""
        import attrs

        known = {field.name for field in attrs.fields(op.body_model)}
        values = {op.attrs.get(k, k): v for k, v in data.items()}
        model = op.body_model(**{k: v for k, v in values.items() if k in known})
        model.additional_properties = {k: v for k, v in values.items() if k not in known}
        return model.to_multipart()

    # --- parsing ------------------------------------------------------------------

    def _parse(self, op: Operation, response: httpx.Response) -> Any:
        content_type = response.headers.get("content-type", "")
        problem = None
        if response.status_code != 200:
            problem = f"undocumented status {response.status_code}"
        elif "json" not in content_type:
            problem = f"expected JSON, got content-type {content_type or '(none)'!r}"
        if problem is None:
            adopting = _adopting()
            token = adopting.set(True)  # the body is decoded afresh below: nobody else holds its rows
            try:
                parsed = op.module._parse_response(client=_PARSE_CONTEXT, response=response)
                if op.secret_fields:
                    _mask_secrets(parsed, op.secret_fields)
                return parsed
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                problem = f"{type(exc).__name__}: {str(exc)[:120]}"
            finally:
                adopting.reset(token)
        raise APIResponseValidationError(
            method=op.method,
            path=op.path,
            status_code=response.status_code,
            reason=problem,
            body=response.content,
            secret_fields=op.secret_fields,
            response=response,
        )

    def _raw(self, op: Operation, response: httpx.Response, retries: int) -> APIResponse[Any]:
        return APIResponse(response, lambda: self._parse(op, response), retries)

    # --- the retry loop, written once -----------------------------------------

    def _attempts(self, op: Operation, kwargs: dict[str, Any]) -> Generator[Step, Any, tuple[httpx.Response, int]]:
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
def _adopting() -> ContextVar[bool]:
    """Set while a response body the SDK just decoded is parsed: list rows become objects in place."""
    from jobmojito_api._fast_rows import ADOPTING

    return ADOPTING


@functools.cache
def _serializers() -> tuple[Callable[[Any], bool], Callable[[Any], str], Callable[[Any], Any]]:
    """``_serialize`` imports the generated types (and attrs): on first call, not with the package."""
    from ._serialize import is_present, query_value, to_json

    return is_present, query_value, to_json


def _connection_error(op: Operation, error: BaseException, decision: RetryDecision) -> APIConnectionError:
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return cls(method=op.method, path=op.path, reason=reason, outcome_unknown=decision.outcome_unknown)


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout, connect=min(timeout, DEFAULT_TIMEOUT.connect or timeout))


def _with_max_retries(policy: RetryPolicyLike, max_retries: int) -> RetryPolicyLike:
    if isinstance(policy, RetryPolicy):
        return replace(policy, max_retries=max_retries)
    return RetryPolicy(max_retries=max_retries)


class _ParseContext:
    """What the generated ``_parse_response`` reads from its client argument."""

    raise_on_unexpected_status = False


_PARSE_CONTEXT = _ParseContext()


_ATTRIBUTE_NAMES: dict[type, tuple[str, ...]] = {}


def _attribute_names(cls: type) -> tuple[str, ...]:
    """The attribute names of an attrs class (what ``attrs.fields`` lists), ``()`` for other types."""
    names = _ATTRIBUTE_NAMES.get(cls)
    if names is None:
        attributes = getattr(cls, "__attrs_attrs__", None)
        names = _ATTRIBUTE_NAMES[cls] = tuple(a.name for a in attributes) if attributes is not None else ()
    return names


def _mask_secrets(obj: Any, names: frozenset[str]) -> None:
    """Wrap secret string fields so that ``repr`` of the model hides them."""
    if isinstance(obj, list):
        for item in obj:
            _mask_secrets(item, names)
        return
    for name in _attribute_names(type(obj)):
        value = getattr(obj, name)
        if name in names and isinstance(value, str):
            from ._secrets import Secret

            setattr(obj, name, Secret(value))
        elif isinstance(value, list) or _attribute_names(type(value)):
            _mask_secrets(value, names)


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

    def _request(self, operation_id: str, body: Any, fields: Mapping[str, Any], *, raw: bool = False) -> Any:
        op = get_operation(operation_id)
        kwargs = self._prepare(op, body, fields)
        response, retries = self._drive(self._attempts(op, kwargs))
        return self._raw(op, response, retries) if raw else self._parse(op, response)

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

    async def _request(self, operation_id: str, body: Any, fields: Mapping[str, Any], *, raw: bool = False) -> Any:
        op = get_operation(operation_id)
        kwargs = self._prepare(op, body, fields)
        response, retries = await self._drive(self._attempts(op, kwargs))
        return self._raw(op, response, retries) if raw else self._parse(op, response)

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
