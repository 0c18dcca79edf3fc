"""One error hierarchy, rooted at ``JobMojitoError``.

::

    JobMojitoError
    ├── ValidationError            bad input, refused before anything was sent
    └── APIError                   something went wrong talking to the API
        ├── APIConnectionError     no usable answer (``outcome_unknown`` says
        │   └── APITimeoutError    whether a POST may have been processed)
        ├── APIResponseValidationError   a 2xx answer that cannot be parsed
        └── APIStatusError         a non-2xx answer, one class per status
            ├── BadRequestError (400)      ├── ConflictError (409)
            ├── AuthenticationError (401)  ├── UnprocessableEntityError (422)
            ├── PermissionDeniedError (403)├── RateLimitError (429)
            ├── NotFoundError (404)        └── InternalServerError (>= 500)

Messages carry the method, the path, the status and the server's ``error``
text (and offending field ``name``) or a short excerpt of a non-JSON body.
They never carry headers, so never a token; an excerpt has the values of the
operation's secret fields (``embed_signing_key``, ...) and of every secret the
SDK knows (tokens, keys) replaced by ``<redacted>``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import httpx

from ._secrets import REDACTED, secret_registry

EXCERPT_CHARS = 200


def _redact_fields(text: str, names: Iterable[str]) -> str:
    """``text`` (JSON, possibly cut short) with the string value of each field in ``names`` redacted."""
    keys = "|".join(re.escape(name) for name in sorted(names))
    if not keys:
        return text
    return re.sub(rf'("(?:{keys})"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|$)', rf'\g<1>"{REDACTED}"', text)


def excerpt(body: bytes | str, limit: int = EXCERPT_CHARS, secret_fields: Iterable[str] = ()) -> str:
    """A short, single-line, tag-free excerpt of a response body, secrets redacted."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    text = secret_registry.redact(_redact_fields(text, secret_fields))
    text = " ".join(text.split())
    if not text:
        return "(empty body)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class JobMojitoError(Exception):
    """Every error this SDK raises."""


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


class APIStatusError(APIError):
    """The API answered with a non-2xx status."""

    def __init__(self, response: httpx.Response, *, method: str, path: str, outcome_unknown: bool = False) -> None:
        self.response = response
        self.status_code = response.status_code
        self.error: str | None = None
        self.name: str | None = None
        self.body: Any = None
        self.outcome_unknown = outcome_unknown
        detail = self._read_body(response)
        text = f"{method} {path}: HTTP {self.status_code}: {detail}"
        if outcome_unknown:
            text += "; the outcome is unknown: the server may have processed the request, so it was not retried"
        super().__init__(text, method=method, path=path)

    def _read_body(self, response: httpx.Response) -> str:
        raw = response.content
        try:
            self.body = json.loads(raw) if raw else None
        except ValueError:
            self.body = None
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), str):
            self.error = self.body["error"]
            name = self.body.get("name")
            self.name = name if isinstance(name, str) else None
            detail = f"{self.error} (field: {self.name})" if self.name else self.error
            return secret_registry.redact(detail)  # a server that echoes the token must not put it in the message
        return excerpt(raw)

    @property
    def request_id(self) -> str | None:
        headers = self.response.headers
        value = headers.get("sb-request-id") or headers.get("x-request-id")
        return str(value) if value else None


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


def status_error(response: httpx.Response, *, method: str, path: str, outcome_unknown: bool = False) -> APIStatusError:
    """The typed error for a non-2xx response."""
    status = response.status_code
    cls = InternalServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    return cls(response, method=method, path=path, outcome_unknown=outcome_unknown)
