"""The fault server does what the other tests rely on it to do."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.fault_server import (
    FaultServer,
    disconnect,
    empty_body,
    html_error,
    json_reply,
    malformed_json,
    rate_limited,
    reset_after_headers,
    slow,
    truncated_body,
    unauthorized,
    wrong_content_type,
)
from tests.support.fixtures import fault_server_fixture  # noqa: F401

pytestmark = pytest.mark.timeout(30)


def test_scripted_replies_are_served_in_order_then_the_default(fault_server: FaultServer) -> None:
    fault_server.script("/x", html_error(502), rate_limited("7"), json_reply({"id": 1}, 201))
    with httpx.Client(base_url=fault_server.url) as client:
        r = client.post("/x")
        assert r.status_code == 502 and r.headers["content-type"].startswith("text/html") and b"<h1>502" in r.content
        r = client.post("/x")
        assert r.status_code == 429 and r.headers["retry-after"] == "7"
        assert client.post("/x").json() == {"id": 1}
        assert client.post("/x").json() == {"ok": True, "method": "POST", "path": "/x"}
        client.get("/x?a=1")
    assert fault_server.count("POST", "/x") == 4
    assert fault_server.count("GET", "/x") == 1
    assert fault_server.counts() == {("POST", "/x"): 4, ("GET", "/x"): 1}
    assert fault_server.received[-1].query == "a=1"


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_html_gateway_errors(fault_server: FaultServer, status: int) -> None:
    fault_server.script("/f", html_error(status))
    r = httpx.get(fault_server.url + "/f")
    assert r.status_code == status
    with pytest.raises(ValueError):
        r.json()


def test_bodies_that_are_not_what_they_say(fault_server: FaultServer) -> None:
    fault_server.script("/b", malformed_json(), empty_body(), wrong_content_type())
    with httpx.Client(base_url=fault_server.url) as client:
        with pytest.raises(ValueError):
            client.get("/b").json()
        r = client.get("/b")
        assert r.status_code == 200 and r.content == b"" and r.headers["content-type"] == "application/json"
        assert client.get("/b").headers["content-type"] == "text/html"


def test_connection_refused(fault_server: FaultServer) -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(fault_server.refused_url + "/x", timeout=2)


def test_read_timeout_is_bounded(fault_server: FaultServer) -> None:
    fault_server.script("/slow", slow(30))  # capped at MAX_DELAY by the server
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(fault_server.url + "/slow", timeout=httpx.Timeout(5, read=0.2))
    assert time.monotonic() - started < 2


def test_dropped_connections(fault_server: FaultServer) -> None:
    fault_server.script("/d", reset_after_headers(), truncated_body(), disconnect())
    with httpx.Client(base_url=fault_server.url) as client:
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            client.get("/d")
        with pytest.raises(httpx.RemoteProtocolError, match=r"incomplete|peer closed"):
            client.get("/d")
        with pytest.raises(httpx.RemoteProtocolError, match="without sending"):
            client.get("/d")
        assert client.get("/d").status_code == 200  # the server survives
    assert fault_server.count("GET", "/d") == 4


def test_reset_after_headers_fails_while_reading_the_body(fault_server: FaultServer) -> None:
    fault_server.script("/r", reset_after_headers())
    with httpx.Client() as client, client.stream("GET", fault_server.url + "/r") as response:
        assert response.status_code == 200  # the headers arrived
        with pytest.raises(httpx.ReadError):
            response.read()


def test_auth_required_and_refresh_tokens_are_single_use() -> None:
    with FaultServer(require_auth=True) as server, httpx.Client(base_url=server.url) as client:
        key = {"apikey": server.anon_key}
        assert client.get("/api", headers=key).status_code == 401
        good = server.tokens.mint_access()
        assert client.get("/api", headers={**key, "Authorization": f"Bearer {good}"}).status_code == 200
        assert client.get("/api", headers={"Authorization": f"Bearer {good}"}).status_code == 401  # no apikey
        expired = server.tokens.mint_access(exp=time.time() - 1)
        assert client.get("/api", headers={**key, "Authorization": f"Bearer {expired}"}).status_code == 401
        revoked = server.tokens.mint_access(valid=False)
        assert client.get("/api", headers={**key, "Authorization": f"Bearer {revoked}"}).status_code == 401

        refresh = server.tokens.mint_refresh()
        url = "/auth/v1/token?grant_type=refresh_token"
        first = client.post(url, headers=key, json={"refresh_token": refresh})
        assert first.status_code == 200
        assert set(first.json()) >= {"access_token", "refresh_token", "expires_in", "expires_at", "token_type"}
        again = client.post(url, headers=key, json={"refresh_token": refresh})
        assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
        assert client.post(url, json={"refresh_token": first.json()["refresh_token"]}).status_code == 401
        assert client.post(url, headers=key, json={"refresh_token": first.json()["refresh_token"]}).status_code == 200
        assert server.count("POST", "/auth/v1/token") == 4


def test_scripts_override_built_ins(fault_server: FaultServer) -> None:
    fault_server.script("/auth/v1/token", html_error(504))
    fault_server.script("/api", unauthorized())
    assert httpx.post(fault_server.url + "/auth/v1/token").status_code == 504
    assert httpx.get(fault_server.url + "/api").status_code == 401


def test_counters_are_thread_safe(fault_server: FaultServer) -> None:
    with httpx.Client(base_url=fault_server.url) as client, ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda _: client.get("/c").status_code, range(200)))
    assert statuses == [200] * 200
    assert fault_server.count("GET", "/c") == 200


def test_stops_by_itself_after_the_hard_timeout() -> None:
    server = FaultServer(hard_timeout=0.3)
    server.start()
    assert httpx.get(server.url + "/x").status_code == 200
    time.sleep(0.8)
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/x", timeout=1)
    server.stop()  # idempotent


def test_stop_wakes_a_sleeping_handler() -> None:
    with FaultServer() as server:
        server.script("/slow", slow(5))
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(server.url + "/slow", timeout=httpx.Timeout(2, read=0.1))
        started = time.monotonic()
    assert time.monotonic() - started < 1.5
