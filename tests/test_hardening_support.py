"""The fake Supabase token endpoint and the new faults do what the hardening tests rely on."""

from __future__ import annotations

import gzip
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.fault_server import FaultServer, builtin_then, drip, gzip_bomb, gzip_reply

pytestmark = pytest.mark.timeout(30)
URL = "/auth/v1/token?grant_type=refresh_token"


def refresh(client: httpx.Client, server: FaultServer, token: str) -> httpx.Response:
    return client.post(URL, headers={"apikey": server.anon_key}, json={"refresh_token": token})


def test_a_reused_token_is_refused_at_once_while_the_winner_still_waits() -> None:
    with FaultServer(refresh_delay=2.0) as server, httpx.Client(base_url=server.url) as client:
        token = server.tokens.mint_refresh()
        with ThreadPoolExecutor(1) as pool:
            winner = pool.submit(refresh, httpx.Client(base_url=server.url), server, token)
            while server.tokens.rotations == 0:  # spent; its answer comes 2 s later
                time.sleep(0.01)
            again = refresh(client, server, token)
            assert not winner.done(), "the refusal came first"
            assert winner.result().status_code == 200
        assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
        [reuse] = server.tokens.reuses
        assert reuse.token == token and not reuse.forgiven
        assert not server.tokens.is_revoked(token), "refused, but the session lives on"
        assert refresh(client, server, winner.result().json()["refresh_token"]).status_code == 200


def test_revoke_on_reuse_kills_every_token_of_the_session() -> None:
    with FaultServer(require_auth=True, revoke_on_reuse=True) as server, httpx.Client(base_url=server.url) as client:
        first = server.tokens.mint_refresh()
        pair = refresh(client, server, first).json()
        bystander = refresh(client, server, server.tokens.mint_refresh()).json()  # another session
        headers = {"apikey": server.anon_key, "Authorization": f"Bearer {pair['access_token']}"}
        assert client.get("/api", headers=headers).status_code == 200
        assert refresh(client, server, first).status_code == 400  # the reuse
        assert server.tokens.is_revoked(pair["refresh_token"])
        assert refresh(client, server, pair["refresh_token"]).status_code == 400, "the descendant is dead too"
        assert client.get("/api", headers=headers).status_code == 401, "and so is its access token"
        assert refresh(client, server, bystander["refresh_token"]).status_code == 200


def test_a_reuse_within_the_interval_is_answered_with_the_active_pair() -> None:
    # 2 s: room for three loopback calls on a loaded machine before the interval of ``first`` ends.
    with FaultServer(reuse_interval=2.0) as server, httpx.Client(base_url=server.url) as client:
        first = server.tokens.mint_refresh()
        child = refresh(client, server, first).json()["refresh_token"]
        forgiven = refresh(client, server, first)
        assert forgiven.status_code == 200 and forgiven.json()["refresh_token"] == child
        grandchild = refresh(client, server, child).json()["refresh_token"]
        assert refresh(client, server, first).json()["refresh_token"] == grandchild, "the newest unspent descendant"
        time.sleep(2.1)
        assert refresh(client, server, first).status_code == 400
        assert [r.forgiven for r in server.tokens.reuses] == [True, True, False]
        assert server.tokens.rotations == 2


def test_builtin_then_disconnect_rotates_and_drops_the_answer() -> None:
    with FaultServer() as server, httpx.Client(base_url=server.url) as client:
        token = server.tokens.mint_refresh()
        server.script("/auth/v1/token", builtin_then("disconnect"))
        with pytest.raises(httpx.RemoteProtocolError):
            refresh(client, server, token)
        assert server.tokens.rotations == 1, "the token was spent"
        assert refresh(client, server, token).status_code == 400


def test_drip_sends_one_byte_at_a_time() -> None:
    with FaultServer() as server, httpx.Client(base_url=server.url) as client:
        server.script("/d", drip(b'{"a": 1}', 0.05))
        started = time.monotonic()
        response = client.get("/d", timeout=httpx.Timeout(5, read=0.5))  # no single read waits long
        assert response.json() == {"a": 1}
        assert time.monotonic() - started >= 0.3


def test_gzip_replies_and_the_bomb() -> None:
    with FaultServer() as server, httpx.Client(base_url=server.url) as client:
        server.script("/z", gzip_reply(gzip.compress(b'{"a": 1}')))
        assert client.get("/z").json() == {"a": 1}
    bomb = gzip_bomb(8 << 20)
    assert len(bomb) < 64 << 10 and len(gzip.decompress(bomb)) == 8 << 20
