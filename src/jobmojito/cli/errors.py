"""Exit statuses of the ``jobmojito`` command and the one-line error messages.

Each error class of the SDK has its own status, so a script can tell "fix
the arguments" from "try again later" without parsing stderr:

====  ======================================================================
 0    success
 1    any other error (an undocumented HTTP status, an unexpected failure)
 2    usage: unknown option, malformed ``--data`` JSON, unreadable file, an unusable setting
 3    validation: an argument breaks the document's rules; nothing was sent
 4    authentication: no token, an unusable token, HTTP 401 or 403, a session that cannot be refreshed
      (a webhook delivery without the expected header, in a receiver)
 5    not found: HTTP 404
 6    refused by the server: HTTP 400, 409 or 422
 7    rate limited: HTTP 429 (after the client's own retries)
 8    server error: HTTP 5xx (after the client's own retries)
 9    connection failed or timed out, or ``results.wait_for`` gave up waiting
10    a 2xx answer that cannot be used: not what the document describes, larger
      than the size cap, or undecodable (the request was processed; in a receiver:
      a webhook payload that is not what the document describes)
130   interrupted (Ctrl-C)
====  ======================================================================
"""

from __future__ import annotations

from .. import _errors as e
from .._auth import RefreshError, TokenProviderError
from ..helpers.results import WaitTimeout

OK = 0
FAILURE = 1
USAGE = 2
VALIDATION = 3
AUTH = 4
NOT_FOUND = 5
REFUSED = 6
RATE_LIMITED = 7
SERVER = 8
CONNECTION = 9
BAD_RESPONSE = 10
INTERRUPTED = 130


class MissingTokenError(e.JobMojitoError):
    """No token on the command line or in the environment."""

    def __init__(self) -> None:
        super().__init__("no token: pass --token or set JOBMOJITO_TOKEN")


class UsageError(e.JobMojitoError):
    """A command line the CLI cannot turn into a request (exit status 2)."""


# First match wins: subclasses before their bases.
_TABLE: tuple[tuple[type[BaseException], int], ...] = (
    (UsageError, USAGE),
    (e.ValidationError, VALIDATION),
    (MissingTokenError, AUTH),
    (TokenProviderError, AUTH),  # a ConfigurationError: before it
    (RefreshError, AUTH),
    (e.ConfigurationError, USAGE),
    (e.AuthenticationError, AUTH),
    (e.PermissionDeniedError, AUTH),
    (e.NotFoundError, NOT_FOUND),
    (e.BadRequestError, REFUSED),
    (e.ConflictError, REFUSED),
    (e.UnprocessableEntityError, REFUSED),
    (e.RateLimitError, RATE_LIMITED),
    (e.InternalServerError, SERVER),
    (e.APIConnectionError, CONNECTION),  # APITimeoutError included
    (WaitTimeout, CONNECTION),
    (e.ResponseTooLargeError, BAD_RESPONSE),
    (e.ResponseDecodingError, BAD_RESPONSE),
    (e.APIResponseValidationError, BAD_RESPONSE),
    # Raised by webhook receivers (jobmojito.webhooks), not by a command; kept apart all the same.
    (e.WebhookVerificationError, AUTH),
    (e.WebhookPayloadError, BAD_RESPONSE),
    (KeyboardInterrupt, INTERRUPTED),
)


def exit_status(exc: BaseException) -> int:
    """The exit status for an error (1 for anything the table does not name)."""
    for cls, status in _TABLE:
        if isinstance(exc, cls):
            return status
    return FAILURE


def error_line(exc: BaseException, operation: str | None = None) -> str:
    """One line for stderr: ``error: create_interview: status must be one of ... (rule: enum)``."""
    if isinstance(exc, KeyboardInterrupt):
        return "error: interrupted"
    text = str(exc) or type(exc).__name__
    if isinstance(exc, e.ValidationError) and exc.operation:
        operation = None  # the message already starts with it
    if isinstance(exc, e.APIStatusError) and exc.request_id:
        text += f" (request id: {exc.request_id})"
    prefix = f"{operation}: " if operation else ""
    return "error: " + " ".join(f"{prefix}{text}".split())
