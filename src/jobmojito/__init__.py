"""The Python SDK for the JobMojito API.

>>> from jobmojito import JobMojito
>>> jm = JobMojito()  # JOBMOJITO_TOKEN, JOBMOJITO_BASE_URL
>>> jm.interviews.create(name="Project manager", ...)
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._auth import BearerToken, RefreshError, TokenPair, TokenProvider, TokenProviderError
from ._client import AsyncJobMojito, JobMojito
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    JobMojitoError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    ValidationError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._logging import setup_logging as _setup_logging
from ._retry import RetryDecision, RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

# Imported on first use, so that ``import jobmojito`` (and a serverless cold
# start) does not pay for what most callers never touch.
_LAZY = {
    "APIResponse": "._response",
    "AsyncPager": "._pagination",
    "DefaultAioHttpClient": "._aiohttp",
    "SupabaseSession": "._session",
    "SyncPager": "._pagination",
    "WaitTimeout": ".helpers.results",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJobMojito",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "ConfigurationError",
    "ConflictError",
    "DefaultAioHttpClient",
    "InternalServerError",
    "JobMojito",
    "JobMojitoError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RefreshError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "RetryDecision",
    "RetryPolicy",
    "SupabaseSession",
    "SyncPager",
    "TokenPair",
    "TokenProvider",
    "TokenProviderError",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitTimeout",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
]

if TYPE_CHECKING:
    from ._aiohttp import DefaultAioHttpClient
    from ._pagination import AsyncPager, SyncPager
    from ._response import APIResponse
    from ._session import SupabaseSession
    from .helpers.results import WaitTimeout

_setup_logging()
