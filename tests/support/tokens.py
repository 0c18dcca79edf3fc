"""Fake Supabase tokens: unsigned-looking JWTs and single-use refresh tokens.

Refresh tokens rotate like Supabase's (GoTrue's): each use spends the token and
hands out a child. Every token belongs to a *session* (GoTrue's token family):

* presenting a spent token is a **reuse**. Within ``reuse_interval`` seconds of the
  spend it is forgiven, as GoTrue does: the answer is a fresh access token with
  the session's active refresh token (the newest unspent descendant).
* outside the interval it is refused (``400 invalid_grant``), and with
  ``revoke_on_reuse`` the whole session dies: every refresh and access token of
  that family is refused from then on.

Every presentation of a spent token is recorded in :attr:`TokenStore.reuses`, so a
test can assert that a client never sent one again.
"""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(exp: float | None = None, **claims: Any) -> str:
    """A ``header.payload.signature`` token; the signature is random bytes, never checked."""
    payload: dict[str, Any] = {"sub": "user-1", "role": "authenticated", "jti": secrets.token_hex(8), **claims}
    if exp is not None:
        payload["exp"] = int(exp)
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(payload).encode())}.{_b64(secrets.token_bytes(32))}"


@dataclass
class _Refresh:
    family: int
    spent_at: float | None = None  # time.monotonic() of the first use
    child: str | None = None


@dataclass(frozen=True)
class Reuse:
    """A spent refresh token presented again."""

    token: str
    after: float  # seconds since it was spent
    forgiven: bool  # within the reuse interval: answered with the active pair


class TokenStore:
    """What the fake auth server knows: valid access tokens and refresh-token sessions."""

    def __init__(
        self, *, access_ttl: float = 3600.0, reuse_interval: float = 0.0, revoke_on_reuse: bool = False
    ) -> None:
        self.access_ttl = access_ttl
        self.reuse_interval = reuse_interval
        self.revoke_on_reuse = revoke_on_reuse
        self._lock = threading.Lock()
        self._access: dict[str, int | None] = {}  # token -> family (None: minted alone)
        self._refresh: dict[str, _Refresh] = {}
        self._revoked: set[int] = set()
        self._families = itertools.count(1)
        self.minted: list[str] = []  # every token ever handed out, to grep logs for
        self.reuses: list[Reuse] = []
        self.rotations = 0  # refresh tokens spent for the first time

    def mint_access(self, exp: float | None = None, *, valid: bool = True, family: int | None = None) -> str:
        """A JWT expiring at ``exp`` (default: now + ttl); ``valid=False`` makes the server refuse it."""
        token = make_jwt(time.time() + self.access_ttl if exp is None else exp)
        with self._lock:
            self.minted.append(token)
            if valid:
                self._access[token] = family
        return token

    def mint_refresh(self, *, family: int | None = None) -> str:
        """An unused refresh token, starting a new session unless ``family`` is given."""
        token = secrets.token_urlsafe(16)
        with self._lock:
            self.minted.append(token)
            self._refresh[token] = _Refresh(next(self._families) if family is None else family)
        return token

    def is_valid_access(self, token: str) -> bool:
        with self._lock:
            if token not in self._access or self._access[token] in self._revoked:
                return False
        part = token.split(".")[1]
        payload = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        return "exp" not in payload or payload["exp"] > time.time()

    def is_revoked(self, refresh_token: str) -> bool:
        """Whether the session ``refresh_token`` belongs to was revoked."""
        with self._lock:
            known = self._refresh.get(refresh_token)
            return known is not None and known.family in self._revoked

    def rotate(self, refresh_token: str) -> dict[str, Any] | None:
        """Spend ``refresh_token`` and answer like Supabase; ``None`` when refused."""
        with self._lock:
            known = self._refresh.get(refresh_token)
            if known is None or known.family in self._revoked:
                return None
            if known.spent_at is None:
                known.spent_at = time.monotonic()
                self.rotations += 1
                child = self._new_child(known)
            else:
                after = time.monotonic() - known.spent_at
                forgiven = after < self.reuse_interval
                self.reuses.append(Reuse(refresh_token, after, forgiven))
                if not forgiven:
                    if self.revoke_on_reuse:
                        self._revoked.add(known.family)
                    return None
                child = self._active_descendant(known)
            family = known.family
        return self._answer(self.mint_access(family=family), child)

    def _new_child(self, parent: _Refresh) -> str:
        child = secrets.token_urlsafe(16)
        self.minted.append(child)
        self._refresh[child] = _Refresh(parent.family)
        parent.child = child
        return child

    def _active_descendant(self, token: _Refresh) -> str:
        """The newest unspent token of the chain below ``token`` (what GoTrue hands back on a forgiven reuse)."""
        assert token.child is not None
        name = token.child
        while (step := self._refresh[name]).child is not None:
            name = step.child
        return name

    def _answer(self, access: str, refresh: str) -> dict[str, Any]:
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": int(self.access_ttl),
            "expires_at": int(time.time() + self.access_ttl),
            "refresh_token": refresh,
            "user": {"id": "user-1", "role": "authenticated"},
        }
