"""One error hierarchy, rooted at ``JobMojitoError``.

::

    JobMojitoError
    ├── ConfigurationError         an unusable constructor argument (also a ValueError)
    ├── ValidationError            bad input, refused before anything was sent
    └── APIError                   something went wrong talking to the API
        ├── APIConnectionError     no usable answer (``outcome_unknown`` says
        │   └── APITimeoutError    whether a POST may have been processed)
        ├── APIResponseValidationError   an answer that cannot be used
        │   ├── ResponseTooLargeError    larger than the size cap (decoded bytes)
        │   └── ResponseDecodingError    its Content-Encoding cannot be decoded
        └── APIStatusError         a non-2xx answer, one class per status
            ├── BadRequestError (400)      ├── ConflictError (409)
            ├── AuthenticationError (401)  ├── UnprocessableEntityError (422)
            ├── PermissionDeniedError (403)├── RateLimitError (429)
            ├── NotFoundError (404)        └── InternalServerError (>= 500)

Messages carry the method, the path, the status and the server's ``error``
text (and offending field ``name``) or a short excerpt of a non-JSON body.
They never carry headers, so never a token; an excerpt has the values of the
operation's secret fields (``embed_signing_key``, ...), of
:data:`~jobmojito._excerpt.SECRET_FIELDS` and of every secret the SDK knows
(tokens, keys) replaced by ``<redacted>``. An excerpt reads at most a few KB of
the body, whatever its size.

Every error pickles and copies. A pickle holds what the message says and the
plain attributes (status, method, path, ``error``, ``name``, request id,
``outcome_unknown``, the redacted ``body_excerpt``), never the ``response``, its
``request`` (which carries the bearer token and anon key) or the parsed ``body``:
those come back as ``None``. ``copy.copy`` and ``copy.deepcopy`` keep them (the
response is shared, not copied).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import httpx

from ._excerpt import EXCERPT_CHARS, SECRET_FIELDS, excerpt  # noqa: F401 - EXCERPT_CHARS: importable from here
from ._json import decode_json
from ._secrets import masking_hook, secret_registry

ERROR_BODY_LIMIT = 64 * 1024
"""A non-2xx body up to this many bytes is parsed as JSON for ``error`` and ``name``; a longer one is only excerpted."""
ERROR_BODY_READ = ERROR_BODY_LIMIT + 1
"""How much of a non-2xx body is read: one byte more than is parsed, so that a longer body is known to be cut."""

_ERROR_TEXT_CHARS = 1000  # the most of the server's ``error`` text a message shows


class JobMojitoError(Exception):
    """Every error this SDK raises.

    ``outcome_unknown`` is True only when a request may have been processed and
    was not sent again (``APIConnectionError``, ``APIStatusError``); every other
    error knows: nothing was sent (``ValidationError``, ``RefreshError``, ...) or
    the server answered (``APIResponseValidationError``: it was processed).
    """

    outcome_unknown: bool = False
    _not_pickled: ClassVar[frozenset[str]] = frozenset({"response", "request", "body"})

    def __reduce__(self) -> tuple[Callable[..., JobMojitoError], tuple[Any, ...]]:
        # BaseException's own reduce calls __init__ with ``args``, which these keyword-only
        # constructors refuse; rebuild without __init__ instead, minus what holds secrets.
        state = {name: None if name in self._not_pickled else value for name, value in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))

    def __copy__(self) -> JobMojitoError:
        return self._clone(dict(self.__dict__))

    def __deepcopy__(self, memo: dict[int, Any]) -> JobMojitoError:
        state = {
            name: value if name in self._not_pickled else copy.deepcopy(value, memo)
            for name, value in self.__dict__.items()
        }
        clone = self._clone(state)
        memo[id(self)] = clone
        return clone

    def _clone(self, state: dict[str, Any]) -> JobMojitoError:
        clone = _rebuild(type(self), self.args, state)
        clone.__cause__, clone.__context__ = self.__cause__, self.__context__
        clone.__suppress_context__ = self.__suppress_context__
        return clone


def _rebuild(cls: type[JobMojitoError], args: tuple[Any, ...], state: dict[str, Any]) -> JobMojitoError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(JobMojitoError, ValueError):
    """An argument the SDK cannot work with (an empty token, an insecure URL); nothing was sent."""


class WebhookVerificationError(JobMojitoError):
    """A webhook delivery lacks an expected header or carries another value (``header`` names it, never the value)."""

    _SAID: ClassVar[dict[str, str]] = {
        "missing": "is missing",
        "wrong value": "has another value",
        "repeated": "is repeated",
    }

    def __init__(self, header: str, problem: str) -> None:
        self.header = header
        self.problem = problem  # "missing", "wrong value" or "repeated"
        super().__init__(f"webhook delivery refused: header {header!r} {self._SAID.get(problem, problem)}")


class WebhookPayloadError(JobMojitoError):
    """A webhook delivery whose body is not the documented payload (not JSON, not an object, too large)."""


class ValidationError(JobMojitoError, ValueError):
    """A request argument breaks the document's rules; nothing was sent."""

    def __init__(self, *, field: str, rule: str, message: str, operation: str | None = None) -> None:
        self.field = field
        self.rule = rule
        self.operation = operation
        self.reason = message
        super().__init__(self._text())

    @property
    def message(self) -> str:
        return self.reason

    def _text(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        return f"{where}{self.field} {self.reason} (rule: {self.rule})"

    def for_operation(self, operation: str) -> ValidationError:
        return ValidationError(field=self.field, rule=self.rule, message=self.reason, operation=operation)


class APIError(JobMojitoError):
    """A request reached (or tried to reach) the API and failed."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class APIConnectionError(APIError):
    """No usable answer: the connection failed, dropped, or timed out.

    ``outcome_unknown`` is True when the request may have been processed
    (for example a read timeout on a POST that creates an interview); such a
    request is never retried automatically. Check before sending it again.
    """

    def __init__(self, *, method: str, path: str, reason: str, outcome_unknown: bool = False) -> None:
        text = f"{method} {path}: {reason}"
        if outcome_unknown:
            text += (
                "; the outcome is unknown: the server may have processed the request, "
                "so it was not retried; check before sending it again"
            )
        super().__init__(text, method=method, path=path)
        self.outcome_unknown = outcome_unknown


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A successful status whose body is not what the document describes.

    The request was processed (a create did create): ``response`` keeps the
    whole answer, so that nothing in it is lost (``error.response.json()``).
    """

    status_code: int
    body_excerpt: str
    response: httpx.Response | None

    def __init__(
        self,
        *,
        method: str,
        path: str,
        status_code: int,
        reason: str,
        body: bytes,
        secret_fields: Iterable[str] = (),
        response: httpx.Response | None = None,
    ) -> None:
        shown = excerpt(body, secret_fields=secret_fields)
        super().__init__(
            f"{method} {path}: HTTP {status_code} with a body that cannot be parsed ({reason}): {shown}",
            method=method,
            path=path,
        )
        self.status_code = status_code
        self.body_excerpt = shown
        self.response = response


class ResponseTooLargeError(APIResponseValidationError):
    """The answer's body is larger than the size cap, counted in decoded bytes; it was not read further.

    The request was processed (the server answered), but its answer is lost:
    ``response`` holds the status and headers only. ``limit`` is the cap in bytes.
    """

    def __init__(
        self, *, method: str, path: str, status_code: int, limit: int, response: httpx.Response | None = None
    ) -> None:
        APIError.__init__(
            self,
            f"{method} {path}: HTTP {status_code} with a body larger than {limit:,} bytes (decoded); "
            "reading stopped there. The request was processed; raise max_response_bytes to read such an answer",
            method=method,
            path=path,
        )
        self.status_code = status_code
        self.limit = limit
        self.body_excerpt = ""
        self.response = response


class ResponseDecodingError(APIResponseValidationError):
    """The answer's body cannot be decoded as its ``Content-Encoding`` says (corrupt gzip, ...).

    The request was processed (the server answered); ``response`` holds the status and headers.
    """

    def __init__(
        self, *, method: str, path: str, status_code: int, reason: str, response: httpx.Response | None = None
    ) -> None:
        encoding = response.headers.get("content-encoding", "") if response is not None else ""
        APIError.__init__(
            self,
            f"{method} {path}: HTTP {status_code} with a body that cannot be decoded"
            f"{f' (Content-Encoding: {encoding})' if encoding else ''}: {reason}",
            method=method,
            path=path,
        )
        self.status_code = status_code
        self.body_excerpt = ""
        self.response = response


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``body`` is the parsed JSON body (``None`` if it is not JSON or longer than
    :data:`ERROR_BODY_LIMIT`), with secret fields held as masked strings;
    ``body_excerpt`` is the redacted excerpt; ``error``/``name`` are the server's
    (redacted) error text and offending field.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        method: str,
        path: str,
        outcome_unknown: bool = False,
        secret_fields: Iterable[str] = (),
        note: str | None = None,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.error: str | None = None
        self.name: str | None = None
        self.body: Any = None
        self.outcome_unknown = outcome_unknown
        headers = response.headers
        request_id = headers.get("sb-request-id") or headers.get("x-request-id")
        self._request_id = str(request_id)[:200] if request_id else None
        detail = self._read_body(response, SECRET_FIELDS.union(secret_fields))
        if 300 <= self.status_code < 400:
            detail = _redirect(response) if detail == "(empty body)" else f"{_redirect(response)} ({detail})"
        text = f"{method} {path}: HTTP {self.status_code}: {detail}"
        if note:
            text += f"; {note}"
        if outcome_unknown:
            text += "; the outcome is unknown: the server may have processed the request, so it was not retried"
        super().__init__(text, method=method, path=path)

    def _read_body(self, response: httpx.Response, secret_fields: frozenset[str]) -> str:
        try:
            raw = response.content
        except httpx.ResponseNotRead:  # a streamed answer nobody read: say so rather than fail
            raw = b""
        if raw and len(raw) <= ERROR_BODY_LIMIT:
            try:
                self.body = decode_json(raw, object_hook=masking_hook(secret_fields))
            except ValueError:
                self.body = None
        self.body_excerpt = excerpt(raw, secret_fields=secret_fields)
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), str):
            # A server that echoes the token must not put it in the message.
            self.error = secret_registry.redact(str(self.body["error"]))
            name = self.body.get("name")
            self.name = secret_registry.redact(str(name)) if isinstance(name, str) else None
            shown = self.error if len(self.error) <= _ERROR_TEXT_CHARS else self.error[: _ERROR_TEXT_CHARS - 1] + "…"
            return f"{shown} (field: {self.name[:200]})" if self.name else shown
        return self.body_excerpt

    @property
    def request_id(self) -> str | None:
        """The gateway's request id (``sb-request-id`` or ``x-request-id``), if it sent one."""
        return self._request_id


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the server refused a field (see ``name``)."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response,
    *,
    method: str,
    path: str,
    outcome_unknown: bool = False,
    secret_fields: Iterable[str] = (),
    note: str | None = None,
) -> APIStatusError:
    """The typed error for a non-2xx response; ``note`` is added to its message."""
    status = response.status_code
    cls = InternalServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    return cls(
        response, method=method, path=path, outcome_unknown=outcome_unknown, secret_fields=secret_fields, note=note
    )


def _redirect(response: httpx.Response) -> str:
    """What a 3xx message says: where it pointed (origin and path only), and that it was not followed."""
    location = response.headers.get("location")
    where = "a redirect"
    if location:
        try:
            try:
                target = response.request.url.join(location)
            except RuntimeError:  # a response made without its request
                target = httpx.URL(location)
            where = f"a redirect to {_origin_and_path(target)}"
        except (httpx.InvalidURL, ValueError, TypeError):
            where = "a redirect to a URL that cannot be parsed"
    return (
        f"{where}, not followed: the SDK never follows redirects, so that the token, the anon key and "
        "the request body go to base_url only; check base_url"
    )


def _origin_and_path(url: httpx.URL) -> str:
    port = f":{url.port}" if url.port is not None else ""
    host = f"[{url.host}]" if ":" in url.host else url.host
    return secret_registry.redact(f"{url.scheme}://{host}{port}{url.path}"[:300])
