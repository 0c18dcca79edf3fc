"""What every auth object shares: the headers it sets, its errors and the token pair.

Split from :mod:`jobmojito._auth` so that :mod:`jobmojito._session` can build on
it without an import cycle; import the public names from ``jobmojito._auth``.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass

import httpx

from ._errors import ConfigurationError, JobMojitoError
from ._secrets import Secret, secret_registry


class RefreshError(JobMojitoError):
    """The Supabase session could not be refreshed.

    ``session_ended`` is True when its refresh token can no longer be used (refused
    as invalid or already used, or the answer to a refresh was lost beyond
    recovery): sign in again. It is False when the auth server could not be
    reached or failed without rotating the token: a later call may succeed.

    The message names the HTTP status and Supabase's error code only: no token, no
    request, no response body (the refresh request carries the refresh token).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_code: str | None = None,
        session_ended: bool = False,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_code = error_code
        self.session_ended = session_ended


class TokenProviderError(ConfigurationError, TypeError):
    """A ``get_token`` callable that returned no usable token, or an async one on a sync client."""


@dataclass(frozen=True, repr=False)
class TokenPair:
    """A rotated pair from a refresh. ``expires_at`` is Unix time, if known."""

    access_token: str
    refresh_token: str
    expires_at: float | None

    def __post_init__(self) -> None:
        object.__setattr__(self, "access_token", Secret(self.access_token))
        object.__setattr__(self, "refresh_token", Secret(self.refresh_token))

    def __repr__(self) -> str:
        return f"TokenPair(access_token=<redacted>, refresh_token=<redacted>, expires_at={self.expires_at!r})"


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT, read without checking the signature; ``None`` if absent or unreadable."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:  # binascii.Error, UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, int | float) and not isinstance(exp, bool) and math.isfinite(exp):
        return float(exp)
    return None


class ApiAuth(httpx.Auth):
    """Sets ``Authorization`` and, when configured, ``apikey`` on API requests."""

    _anon_key: Secret | None = None

    def _keep_anon_key(self, anon_key: str | None) -> None:
        self._anon_key = Secret(anon_key) if anon_key else None
        secret_registry.set(self, "anon_key", self._anon_key)

    def _authorize(self, request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"
        if self._anon_key is not None and "apikey" not in request.headers:
            request.headers["apikey"] = self._anon_key

    def _redacted_anon_key(self) -> str:
        return ", anon_key=<redacted>" if self._anon_key is not None else ""
