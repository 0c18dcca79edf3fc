"""The auth flows against the loopback server, through plain httpx clients."""

from __future__ import annotations

import asyncio
import base64
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from jobmojito._auth import BearerToken, RefreshError, SupabaseSession, TokenPair, TokenProvider, jwt_expiry
from jobmojito._retry import RetryPolicy
from tests.support.fault_server import FaultServer, html_error, json_reply, slow, unauthorized
from tests.support.fixtures import auth_server_fixture  # noqa: F401
from tests.support.tokens import make_jwt

pytestmark = pytest.mark.timeout(30)
TOKEN = ("POST", "/auth/v1/token")
API = ("GET", "/api")


def session_for(
    server: FaultServer, access: str | None = None, pairs: list[TokenPair] | None = None, **kwargs: float
) -> SupabaseSession:
    return SupabaseSession(
        server.tokens.mint_refresh(),
        project_url=server.url,
        anon_key=server.anon_key,
        access_token=access,
        on_refresh=pairs.append if pairs is not None else None,
        **kwargs,
    )


def test_jwt_expiry() -> None:
    assert jwt_expiry(make_jwt(exp=1_800_000_000)) == 1_800_000_000.0
    assert jwt_expiry(make_jwt()) is None
    for claims in ['{"exp": true}', '{"exp": "1800000000"}', '{"exp": 1e999}']:
        payload = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
        assert jwt_expiry(f"h.{payload}.s") is None
    for junk in ["", "opaque-token", "a.b", "a.!!!.c", "a.bm90IGpzb24.c", "a.WzFd.c"]:  # WzFd = [1]
        assert jwt_expiry(junk) is None


def test_bearer_token(auth_server: FaultServer) -> None:
    token = auth_server.tokens.mint_access()
    auth = BearerToken(token, anon_key=auth_server.anon_key)
    with httpx.Client(base_url=auth_server.url, auth=auth) as client:
        assert client.get("/api").status_code == 200
        assert client.get("/api", headers={"apikey": "mine"}).status_code == 401  # an explicit header wins
    assert auth_server.received[0].headers["authorization"] == f"Bearer {token}"
    assert repr(auth) == str(auth) == "BearerToken(token=<redacted>, anon_key=<redacted>)"
    with pytest.raises(ValueError):
        BearerToken("")


def test_token_provider_is_asked_before_every_request(auth_server: FaultServer) -> None:
    calls: list[str] = []

    def get_token() -> str:
        calls.append(auth_server.tokens.mint_access())
        return calls[-1]

    auth = TokenProvider(get_token, anon_key=auth_server.anon_key)
    with httpx.Client(base_url=auth_server.url, auth=auth) as client:
        assert [client.get("/api").status_code for _ in range(3)] == [200, 200, 200]
    assert [r.headers["authorization"] for r in auth_server.received] == [f"Bearer {t}" for t in calls]
    assert repr(
        auth
    ) == "TokenProvider(get_token=test_token_provider_is_asked_before_every_request.<locals>.get_token" + (
        ", anon_key=<redacted>)"
    )


def test_async_token_provider(auth_server: FaultServer) -> None:
    async def get_token() -> str:
        return auth_server.tokens.mint_access()

    async def main() -> list[int]:
        auth = TokenProvider(get_token, anon_key=auth_server.anon_key)
        async with httpx.AsyncClient(base_url=auth_server.url, auth=auth) as client:
            return [(await client.get("/api")).status_code for _ in range(2)]

    assert asyncio.run(main()) == [200, 200]
    with httpx.Client(auth=TokenProvider(get_token)) as client, pytest.raises(TypeError, match="AsyncClient"):
        client.get(auth_server.url + "/api")
    with httpx.Client(auth=TokenProvider(lambda: None)) as client, pytest.raises(TypeError, match="non-empty str"):  # type: ignore[arg-type,return-value]
        client.get(auth_server.url + "/api")
    assert auth_server.count(*API) == 2


def test_refreshes_shortly_before_expiry(auth_server: FaultServer) -> None:
    pairs: list[TokenPair] = []
    soon = auth_server.tokens.mint_access(exp=time.time() + 30)  # inside the 60 s leeway
    session = session_for(auth_server, soon, pairs)
    with httpx.Client(base_url=auth_server.url, auth=session) as client:
        assert client.get("/api").status_code == 200
        assert client.get("/api").status_code == 200
    assert auth_server.count(*TOKEN) == 1 and auth_server.count(*API) == 2  # no 401 on the way
    [pair] = pairs
    assert auth_server.received[-1].headers["authorization"] == f"Bearer {pair.access_token}"
    assert pair.expires_at == jwt_expiry(pair.access_token) and pair.expires_at > time.time() + 3000
    assert pair.refresh_token in auth_server.tokens.minted

    far = session_for(auth_server, auth_server.tokens.mint_access(), [])
    with httpx.Client(base_url=auth_server.url, auth=far) as client:
        assert client.get("/api").status_code == 200
    assert auth_server.count(*TOKEN) == 1


def test_tokens_shorter_lived_than_the_leeway_are_not_refreshed_on_every_request() -> None:
    with FaultServer(require_auth=True, access_ttl=30) as server:  # 30 s tokens, 60 s leeway
        with httpx.Client(base_url=server.url, auth=session_for(server)) as client:
            assert [client.get("/api").status_code for _ in range(5)] == [200] * 5
        assert server.count(*TOKEN) == 1


def test_without_an_access_token_the_first_request_refreshes(auth_server: FaultServer) -> None:
    pairs: list[TokenPair] = []
    with httpx.Client(base_url=auth_server.url, auth=session_for(auth_server, None, pairs)) as client:
        assert client.get("/api").status_code == 200
    assert len(pairs) == 1 and auth_server.count(*TOKEN) == 1 and auth_server.count(*API) == 1


@pytest.mark.parametrize("kind", ["revoked JWT", "opaque token without exp"])
def test_401_refreshes_once_and_retries_once(auth_server: FaultServer, kind: str) -> None:
    pairs: list[TokenPair] = []
    token = auth_server.tokens.mint_access(valid=False) if kind == "revoked JWT" else "opaque-access-token-123"
    session = session_for(auth_server, token, pairs)
    with httpx.Client(base_url=auth_server.url, auth=session) as client:
        response = client.get("/api")
    assert response.status_code == 200
    assert [r.status_code for r in response.history] == [401, 200]
    assert auth_server.count(*TOKEN) == 1 and auth_server.count(*API) == 2
    assert auth_server.received[-1].headers["authorization"] == f"Bearer {pairs[0].access_token}"


def test_a_401_that_persists_is_returned_after_one_retry(auth_server: FaultServer) -> None:
    auth_server.script("/api", unauthorized(), unauthorized())
    with httpx.Client(base_url=auth_server.url, auth=session_for(auth_server, "opaque-access-token-123")) as c:
        assert c.get("/api").status_code == 401
    assert auth_server.count(*TOKEN) == 1 and auth_server.count(*API) == 2

    auth_server.script("/api", unauthorized())  # a token fresh from Supabase refused: no second refresh
    with httpx.Client(base_url=auth_server.url, auth=session_for(auth_server)) as c:
        assert c.get("/api").status_code == 401
    assert auth_server.count(*TOKEN) == 2 and auth_server.count(*API) == 3


def test_rotated_pairs_are_chained_and_a_reused_refresh_token_is_rejected(auth_server: FaultServer) -> None:
    pairs: list[TokenPair] = []
    first_refresh = auth_server.tokens.mint_refresh()
    session = SupabaseSession(
        first_refresh, project_url=auth_server.url, anon_key=auth_server.anon_key, on_refresh=pairs.append
    )
    with httpx.Client(base_url=auth_server.url, auth=session) as client:
        assert client.get("/api").status_code == 200
        auth_server.script("/api", unauthorized())  # the server revokes the token: refresh with the new one
        assert client.get("/api").status_code == 200
    assert len(pairs) == 2 and pairs[0].refresh_token != pairs[1].refresh_token
    sent = [r.body for r in auth_server.received if r.path == "/auth/v1/token"]
    assert first_refresh.encode() in sent[0] and pairs[0].refresh_token.encode() in sent[1]

    reuse = SupabaseSession(first_refresh, project_url=auth_server.url, anon_key=auth_server.anon_key)
    with httpx.Client(base_url=auth_server.url, auth=reuse) as client, pytest.raises(RefreshError) as caught:
        client.get("/api")
    assert caught.value.status_code == 400 and caught.value.error_code == "invalid_grant"
    text = f"{caught.value} {caught.value!r}"
    assert "invalid_grant" in text and first_refresh not in text and auth_server.anon_key not in text


def test_refresh_failures_are_typed(auth_server: FaultServer) -> None:
    auth_server.script("/auth/v1/token", html_error(502), json_reply({"token_type": "bearer"}))
    with httpx.Client(base_url=auth_server.url, auth=session_for(auth_server)) as client:
        with pytest.raises(RefreshError, match="HTTP 502") as caught:
            client.get("/api")
        assert caught.value.error_code is None
        with pytest.raises(RefreshError, match="no token pair"):
            client.get("/api")
    assert auth_server.count(*API) == 0


def test_refresh_goes_through_the_same_client_with_its_timeout(auth_server: FaultServer) -> None:
    seen: list[str] = []
    hooks = {"request": [lambda request: seen.append(request.url.path)]}
    with httpx.Client(base_url=auth_server.url, auth=session_for(auth_server), event_hooks=hooks) as client:
        assert client.get("/api").status_code == 200
        assert seen == ["/auth/v1/token", "/api"]
    auth_server.script("/auth/v1/token", slow(5))
    started = time.monotonic()
    with (
        httpx.Client(base_url=auth_server.url, auth=session_for(auth_server)) as c,
        pytest.raises(httpx.ReadTimeout) as e,
    ):
        c.post("/api", timeout=httpx.Timeout(5, read=0.3))
    assert time.monotonic() - started < 2
    # The POST itself never left: the retry policy must not call its outcome unknown.
    assert auth_server.count("POST", "/api") == 0
    decision = RetryPolicy().decide(attempt=0, idempotent=False, error=e.value)
    assert decision.retry and not decision.outcome_unknown


def test_no_secret_in_repr_or_str(auth_server: FaultServer) -> None:
    access, refresh = auth_server.tokens.mint_access(), auth_server.tokens.mint_refresh()
    anon, url = "anon-key-0123456789", "https://x.supabase.co"
    session = SupabaseSession(refresh, project_url=url + "/", anon_key=anon)
    assert repr(session) == f"SupabaseSession(project_url={url!r}, access_token=None, refresh_token=<redacted>)"
    session = SupabaseSession(refresh, project_url=url, anon_key=anon, access_token=access)
    assert str(session) == f"SupabaseSession(project_url={url!r}, access_token=<redacted>, refresh_token=<redacted>)"
    pair = TokenPair(access, refresh, 1.0)
    for obj in (session, pair, BearerToken(access), TokenProvider(lambda: access, anon_key=anon)):
        for text in (repr(obj), str(obj), repr(vars(obj))):
            assert access not in text and refresh not in text and anon not in text


def expired_session(server: FaultServer, pairs: list[TokenPair], how: str) -> SupabaseSession:
    if how == "expired":
        return session_for(server, server.tokens.mint_access(exp=time.time() - 10), pairs)
    return session_for(server, server.tokens.mint_access(valid=False), pairs)  # answered 401


@pytest.mark.parametrize("how", ["expired", "401"])
def test_fifty_threads_share_one_refresh(how: str) -> None:
    with FaultServer(require_auth=True, refresh_delay=0.3) as server:
        pairs: list[TokenPair] = []
        session = expired_session(server, pairs, how)
        with httpx.Client(base_url=server.url, auth=session, timeout=30) as client, ThreadPoolExecutor(50) as pool:
            statuses = list(pool.map(lambda _: client.get("/api").status_code, range(50)))
        assert statuses == [200] * 50
        assert server.count(*TOKEN) == 1 and len(pairs) == 1


@pytest.mark.parametrize("how", ["expired", "401"])
def test_fifty_tasks_share_one_refresh(how: str) -> None:
    with FaultServer(require_auth=True, refresh_delay=0.3) as server:
        pairs: list[TokenPair] = []
        session = expired_session(server, pairs, how)

        async def main() -> list[int]:
            async with httpx.AsyncClient(base_url=server.url, auth=session, timeout=30) as client:
                responses = await asyncio.gather(*(client.get("/api") for _ in range(50)))
            return [r.status_code for r in responses]

        assert asyncio.run(main()) == [200] * 50
        assert server.count(*TOKEN) == 1 and len(pairs) == 1
        # A second event loop waits on the same session-wide refresh state and still works.
        assert asyncio.run(main()) == [200] * 50
        assert server.count(*TOKEN) == 1
