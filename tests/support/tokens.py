"""Fake Supabase tokens: unsigned-looking JWTs and single-use refresh tokens."""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
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


class TokenStore:
    """What the fake auth server knows: valid access tokens and unused refresh tokens."""

    def __init__(self, *, access_ttl: float = 3600.0) -> None:
        self.access_ttl = access_ttl
        self._lock = threading.Lock()
        self._access: set[str] = set()
        self._refresh: dict[str, bool] = {}  # token -> already used
        self.minted: list[str] = []  # every token ever handed out, to grep logs for

    def mint_access(self, exp: float | None = None, *, valid: bool = True) -> str:
        """A JWT expiring at ``exp`` (default: now + ttl); ``valid=False`` makes the server refuse it."""
        token = make_jwt(time.time() + self.access_ttl if exp is None else exp)
        with self._lock:
            self.minted.append(token)
            if valid:
                self._access.add(token)
        return token

    def mint_refresh(self) -> str:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self.minted.append(token)
            self._refresh[token] = False
        return token

    def is_valid_access(self, token: str) -> bool:
        with self._lock:
            if token not in self._access:
                return False
        part = token.split(".")[1]
        payload = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        return "exp" not in payload or payload["exp"] > time.time()

    def rotate(self, refresh_token: str) -> dict[str, Any] | None:
        """Spend ``refresh_token`` and answer like Supabase; ``None`` if unknown or already used."""
        with self._lock:
            if self._refresh.get(refresh_token, True):
                return None
            self._refresh[refresh_token] = True
        access, refresh = self.mint_access(), self.mint_refresh()
        expires_at = int(time.time() + self.access_ttl)
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": int(self.access_ttl),
            "expires_at": expires_at,
            "refresh_token": refresh,
            "user": {"id": "user-1", "role": "authenticated"},
        }
