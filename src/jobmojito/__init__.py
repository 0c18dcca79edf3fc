"""The Python SDK for the JobMojito API.

>>> from jobmojito import JobMojito
>>> jm = JobMojito()  # JOBMOJITO_TOKEN, JOBMOJITO_BASE_URL
>>> jm.interviews.create(name="Project manager", ...)
"""

from ._auth import BearerToken, RefreshError, SupabaseSession, TokenPair, TokenProvider, TokenProviderError
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
)
from ._logging import setup_logging as _setup_logging
from ._pagination import AsyncPager, SyncPager
from ._response import APIResponse
from ._retry import RetryDecision, RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

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
    "__version__",
]

_setup_logging()
