"""The client's settings: defaults, the checks made when a client is configured, the per-call options.

``RequestOptions`` is what ``with_options`` copies and changes; each call reads
it (and its own ``timeout``/``deadline`` keywords) when it starts.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

from ._deadline import NO_DEADLINE, Deadline
from ._errors import ConfigurationError, ValidationError
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._retry import RetryPolicy, RetryPolicyLike
from ._types import NotGiven
from ._urls import check_http_url
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "RequestOptions",
    "call_deadline",
    "check_base_url",
    "check_deadline",
    "check_headers",
    "check_max_response_bytes",
    "header_problem",
    "make_auth",
    "with_max_retries",
]

DEFAULT_BASE_URL = "https://cool.jobmojito.com/functions/v1"
# Interview creation generates questions with AI before it answers: reads
# get three minutes. Connecting is quick or not at all.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=180.0, write=60.0, pool=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # of the clients the SDK makes
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"jobmojito-python/{__version__}"


@dataclass(frozen=True)
class RequestOptions:
    """Per-client settings that ``with_options`` can override per call.

    ``deadline`` is the whole-call limit in seconds (None: none), retries and
    their waits included; ``max_response_bytes`` caps a 2xx body, counted in
    decoded bytes.
    """

    timeout: httpx.Timeout
    retry_policy: RetryPolicyLike
    validate: bool
    headers: Mapping[str, str]
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @functools.cached_property
    def http_headers(self) -> httpx.Headers:
        """``headers`` as httpx keeps them, built once: httpx normalizes a dict on every request."""
        return httpx.Headers(self.headers)


def check_base_url(base_url: str, *, allow_insecure_http: bool) -> str:
    """Refuse ``http://`` to anything but loopback: the token would travel in clear."""
    return check_http_url(
        base_url,
        name="base_url",
        carrying="the bearer token, the anon key and every request body",
        allow_insecure_http=allow_insecure_http,
    )


def check_deadline(value: object) -> float | None:
    """A client's ``deadline``: None, or a positive, finite number of seconds (``ConfigurationError``)."""
    problem = _deadline_problem(value)
    if problem is not None:
        raise ConfigurationError(f"deadline {problem[1]}")
    return None if value is None else float(value)  # type: ignore[arg-type]


def call_deadline(value: float | NotGiven | None, default: float | None) -> Deadline:
    """The running deadline of one call: its own ``deadline=`` keyword, else the client's (``ValidationError``)."""
    seconds = default if isinstance(value, NotGiven) else value
    if seconds is None:
        return NO_DEADLINE
    if seconds is not default:
        problem = _deadline_problem(seconds)
        if problem is not None:
            raise ValidationError(field="deadline", rule=problem[0], message=problem[1])
    return Deadline(seconds)


def _deadline_problem(value: object) -> tuple[str, str] | None:
    """(rule, message) if ``value`` is no deadline."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "type", f"must be a number of seconds or None, got {type(value).__name__}"
    if not (math.isfinite(value) and value > 0):
        return "exclusiveMinimum", f"must be a positive, finite number of seconds, got {value!r}"
    return None


def check_max_response_bytes(value: object) -> int:
    """A positive ``int`` (``ConfigurationError`` otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be a positive int (bytes), got {value!r}")
    return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # CR, LF, NUL, ...: a header injection, or a request httpx refuses


def header_problem(name: object, value: object) -> tuple[str, str] | None:
    """(rule, message) if ``name: value`` cannot be sent as an HTTP header."""
    if not isinstance(name, str) or not isinstance(value, str):
        return "type", "names and values must be strings"
    if not (name.isascii() and value.isascii()) or _CONTROL.search(name) or _CONTROL.search(value):
        return "header", "must be printable ASCII (an HTTP header carries nothing else)"
    return None


def check_headers(headers: Mapping[str, str]) -> Mapping[str, str]:
    """``default_headers``, each of them sendable (``ConfigurationError`` naming the header otherwise)."""
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem is not None:
            shown = name.encode("ascii", "backslashreplace").decode() if isinstance(name, str) else repr(name)
            raise ConfigurationError(f"default_headers[{shown!r}] {problem[1]}")
    return headers


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
    raise ConfigurationError(
        "no credentials: pass token=..., auth=... (e.g. jobmojito.SupabaseSession), "
        "or set the JOBMOJITO_TOKEN environment variable"
    )


def with_max_retries(policy: RetryPolicyLike, max_retries: int) -> RetryPolicyLike:
    if isinstance(policy, RetryPolicy):
        return replace(policy, max_retries=max_retries)
    return RetryPolicy(max_retries=max_retries)
