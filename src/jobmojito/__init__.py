"""The Python SDK for the JobMojito API.

>>> from jobmojito import JobMojito
>>> jm = JobMojito()  # JOBMOJITO_TOKEN, JOBMOJITO_BASE_URL
>>> jm.interviews.create(name="Project manager", ...)
"""

from ._auth import BearerToken, RefreshError, SupabaseSession, TokenPair, TokenProvider
from ._client import AsyncJobMojito, JobMojito
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    JobMojitoError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._logging import setup_logging as _setup_logging
from ._pagination import AsyncPager, SyncPager
from ._response import APIResponse
from ._retry import RetryDecision, RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .helpers.results import WaitTimeout

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
    "ConflictError",
    "InternalServerError",
    "JobMojito",
    "JobMojitoError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RefreshError",
    "RetryDecision",
    "RetryPolicy",
    "SupabaseSession",
    "SyncPager",
    "TokenPair",
    "TokenProvider",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitTimeout",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
]

_setup_logging()
