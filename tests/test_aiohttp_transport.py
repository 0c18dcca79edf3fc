"""``DefaultAioHttpClient``: the whole fault matrix again, on aiohttp.

The same table as ``test_resilience`` (which docs/guides/errors.md prints), run through
``AsyncJobMojito`` on ``DefaultAioHttpClient`` against the same loopback fault
server: reads are retried, idempotent posts are retried, a create is never
sent twice. aiohttp names its failures differently from httpx; these tests are
what shows that the SDK still tells "never sent" from "answer lost".
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from facade_support import INTERVIEW, LANGUAGES
from test_resilience import CALLS, FAST, MATRIX, OK, READ_TIMEOUT, SENT_ONCE, Fault

import jobmojito
from jobmojito import AsyncJobMojito
from tests.support.fault_server import FaultServer, json_reply
from tests.support.fixtures import fault_server_fixture  # noqa: F401

pytest.importorskip("httpx_aiohttp")
pytestmark = pytest.mark.timeout(60)

ASYNC_CALLS: dict[str, Callable[[AsyncJobMojito], Awaitable[Any]]] = {
    "read": lambda jm: jm.admin.list_languages(),
    "idempotent": lambda jm: jm.interviews.set_state(
        position_id="7f1c0f37-2f56-4a55-9a8a-1e1f4c3f8a11", status="archived"
    ),
    "create": lambda jm: jm.interviews.create(**INTERVIEW),
}


@asynccontextmanager
async def client(base_url: str, fault: Fault | None = None) -> AsyncIterator[AsyncJobMojito]:
    options = fault.options() if fault is not None else {}
    # A fault's own httpx client (one that follows redirects) becomes its aiohttp twin.
    given = options.pop("http_client", None)
    follow = bool(given.follow_redirects) if isinstance(given, httpx.Client) else False
    # The caller owns an http_client it passes in, so it closes it too.
    async with jobmojito.DefaultAioHttpClient(follow_redirects=follow) as http:
        yield AsyncJobMojito(
            token="test-token-5c1d",
            base_url=base_url,
            retry_policy=FAST,
            timeout=httpx.Timeout(READ_TIMEOUT, connect=2.0),
            http_client=http,
            **options,
        )


async def call(server: FaultServer, kind: str, fault: Fault) -> Any:
    async with client(server.url, fault) as jm:
        return await ASYNC_CALLS[kind](jm)


def expect(server: FaultServer, fault: Fault, kind: str, outcome: str) -> None:
    method, path, success, _ = CALLS[kind]
    server.script(path, fault.reply(), json_reply(success))
    if outcome == OK:
        asyncio.run(call(server, kind, fault))
        assert server.count(method, path) == 2, "one failure, one retry"
        return
    with pytest.raises(jobmojito.APIError) as caught:
        asyncio.run(call(server, kind, fault))
    assert server.count(method, path) == 1, f"{fault.name}: {kind} must be sent exactly once"
    error = caught.value
    if outcome == SENT_ONCE:
        assert isinstance(error, fault.error), error
        assert getattr(error, "outcome_unknown", False) is True
    else:
        assert type(error).__name__ == outcome
        assert getattr(error, "outcome_unknown", False) is False


@pytest.mark.parametrize("fault", MATRIX, ids=[f.name for f in MATRIX])
def test_reads(fault_server: FaultServer, fault: Fault) -> None:
    expect(fault_server, fault, "read", fault.read)


@pytest.mark.parametrize("fault", MATRIX, ids=[f.name for f in MATRIX])
def test_idempotent_posts(fault_server: FaultServer, fault: Fault) -> None:
    expect(fault_server, fault, "idempotent", fault.read)


@pytest.mark.parametrize("fault", MATRIX, ids=[f.name for f in MATRIX])
def test_creates_are_never_sent_twice(fault_server: FaultServer, fault: Fault) -> None:
    expect(fault_server, fault, "create", fault.create)


def test_connection_refused_is_retried_even_for_create(fault_server: FaultServer) -> None:
    async def main() -> None:
        async with client(fault_server.refused_url) as jm:
            await jm.interviews.create(**INTERVIEW)

    with pytest.raises(jobmojito.APIConnectionError) as caught:
        asyncio.run(main())
    assert caught.value.outcome_unknown is False, "nothing reached the server: safe to resend"
    assert not isinstance(caught.value, jobmojito.APITimeoutError)


def test_many_concurrent_calls_share_one_pool(fault_server: FaultServer) -> None:
    fault_server.script("/platform-languages-list", *[json_reply(LANGUAGES)] * 50)

    async def main() -> list[Any]:
        async with client(fault_server.url) as jm:
            return await asyncio.gather(*(jm.admin.list_languages() for _ in range(50)))

    answers = asyncio.run(main())
    assert len(answers) == 50
    assert all(answer == answers[0] for answer in answers)
    assert fault_server.count("GET", "/platform-languages-list") == 50


def test_the_sdk_defaults_apply() -> None:
    async def main() -> httpx.AsyncClient:
        async with jobmojito.DefaultAioHttpClient() as http:
            return http

    http = asyncio.run(main())
    assert http.follow_redirects is False
    assert http.timeout.read is not None


def test_cookies_an_answer_sets_are_still_kept() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"set-cookie": "session=abc; Path=/"} if request.url.path == "/login" else {}
        return httpx.Response(200, json={}, headers=headers)

    async def main() -> dict[str, str]:
        async with jobmojito.DefaultAioHttpClient(transport=httpx.MockTransport(answer)) as http:
            await http.get("https://api.test/plain")
            assert dict(http.cookies) == {}
            await http.get("https://api.test/login")
            http.cookies = dict(http.cookies)  # the setter keeps the skipping jar
            await http.get("https://api.test/plain")
            return dict(http.cookies)

    assert asyncio.run(main()) == {"session": "abc"}
