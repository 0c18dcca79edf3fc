"""The bounded body reader and the whole-call deadline (issue 13, findings 3, 5 and 10).

Building blocks: the request loop wires them in (phase B). Every test reads from a
real loopback server through plain httpx clients opened with ``stream=True``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from jobmojito._deadline import NO_DEADLINE, Deadline, DeadlineExceeded
from jobmojito._errors import APIResponseValidationError, ResponseDecodingError, ResponseTooLargeError
from jobmojito._limits import DEFAULT_MAX_RESPONSE_BYTES, aread_limited, read_limited
from jobmojito._retry import RetryPolicy
from tests.support.fault_server import (
    FaultServer,
    Reply,
    drip,
    gzip_bomb,
    gzip_reply,
    json_reply,
    reset_after_headers,
)

pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parent.parent
CORRUPT = gzip.compress(b'{"ok": true}' * 100)[:40] + b"\x00garbage" * 20  # a gzip stream gone bad midway


@pytest.fixture(name="server")
def server_fixture() -> Iterator[FaultServer]:
    with FaultServer(hard_timeout=300.0) as server:
        yield server


@contextlib.contextmanager
def stream(server: FaultServer, reply: Reply, timeout: httpx.Timeout | None = None) -> Iterator[httpx.Response]:
    """A GET answered ``reply``, opened with ``stream=True``, through a fresh client."""
    server.script("/body", reply)
    with httpx.Client(base_url=server.url, timeout=timeout or httpx.Timeout(5)) as client:
        yield client.send(client.build_request("GET", "/body"), stream=True)


# --- the size cap ---------------------------------------------------------------


def test_a_body_up_to_the_cap_is_read_and_kept_as_the_content(server: FaultServer) -> None:
    body = json.dumps({"data": "x" * 1000}).encode()
    with stream(server, Reply(200, body)) as response:
        assert read_limited(response, len(body)) == body
        assert response.content == body and response.json()["data"] == "x" * 1000 and response.is_closed
    with stream(server, Reply(200, body)) as response, pytest.raises(ResponseTooLargeError) as caught:
        read_limited(response, len(body) - 1, method="GET", path="/list")
    error = caught.value
    assert isinstance(error, APIResponseValidationError) and response.is_closed
    assert (error.method, error.path, error.status_code, error.limit) == ("GET", "/list", 200, len(body) - 1)
    assert f"larger than {len(body) - 1:,} bytes" in str(error)


def test_decoded_bytes_are_counted_not_wire_bytes(server: FaultServer) -> None:
    body = b"[" + b"0," * 50_000 + b"0]"
    with stream(server, gzip_reply(gzip.compress(body))) as response, pytest.raises(ResponseTooLargeError):
        read_limited(response, 10_000)  # the gzip is ~200 bytes, the body 100 KB


def test_truncate_gives_the_first_bytes_for_an_error_excerpt(server: FaultServer) -> None:
    with stream(server, Reply(500, b"<html>" + b"x" * 100_000, "text/html")) as response:
        prefix = read_limited(response, 4096, truncate=True)
        assert prefix == (b"<html>" + b"x" * 100_000)[:4096] and response.content == prefix and response.is_closed


def test_a_response_already_read_is_checked_too(server: FaultServer) -> None:
    server.script("/body", Reply(200, b"x" * 100))
    with httpx.Client(base_url=server.url) as client:
        response = client.get("/body")
        assert read_limited(response, 100) == b"x" * 100
        with pytest.raises(ResponseTooLargeError):
            read_limited(response, 99)


def test_a_corrupt_gzip_body_is_a_typed_error(server: FaultServer) -> None:
    with (
        stream(server, gzip_reply(CORRUPT)) as response,
        pytest.raises(ResponseDecodingError, match="Content-Encoding: gzip") as caught,
    ):
        read_limited(response)
    assert isinstance(caught.value, APIResponseValidationError) and caught.value.__suppress_context__
    with stream(server, gzip_reply(CORRUPT)) as response:
        assert isinstance(read_limited(response, truncate=True), bytes), "an excerpt gets what could be decoded"


def test_transport_errors_pass_through_for_the_retry_policy(server: FaultServer) -> None:
    with stream(server, reset_after_headers()) as response, pytest.raises(httpx.ReadError):
        read_limited(response)


def test_the_async_reader(server: FaultServer) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(base_url=server.url) as client:
            server.script("/body", Reply(200, b"y" * 10), Reply(200, b"y" * 11), gzip_reply(CORRUPT))
            response = await client.send(client.build_request("GET", "/body"), stream=True)
            assert await aread_limited(response, 10) == b"y" * 10 and response.content == b"y" * 10
            response = await client.send(client.build_request("GET", "/body"), stream=True)
            with pytest.raises(ResponseTooLargeError):
                await aread_limited(response, 10)
            assert response.is_closed
            response = await client.send(client.build_request("GET", "/body"), stream=True)
            with pytest.raises(ResponseDecodingError):
                await aread_limited(response)

    asyncio.run(main())


PEAK_SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sys
    import httpx
    from jobmojito._limits import aread_limited, read_limited
    from jobmojito._errors import ResponseTooLargeError

    url, mode = sys.argv[1], sys.argv[2]
    outcome = "read it all"
    if mode == "sync":
        with httpx.Client() as client:
            response = client.send(client.build_request("GET", url), stream=True)
            try:
                read_limited(response)
            except ResponseTooLargeError as error:
                outcome = type(error).__name__
    else:
        async def main():
            async with httpx.AsyncClient() as client:
                response = await client.send(client.build_request("GET", url), stream=True)
                try:
                    await aread_limited(response)
                except ResponseTooLargeError as error:
                    return type(error).__name__
            return "read it all"
        outcome = asyncio.run(main())
    # VmHWM: this process's own peak; ru_maxrss would count the pages of the parent it was forked from
    peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print(json.dumps({"outcome": outcome, "peak_mb": peak_kb / 1024}))
    """
)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(1 << 30)  # 1 GiB of zeros, about 1 MB on the wire


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_1_gb_gzip_bomb_stops_early_under_400_mb(server: FaultServer, bomb: bytes, mode: str) -> None:
    server.script("/bomb", gzip_reply(bomb))
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, server.url + "/bomb", mode],
        capture_output=True,
        text=True,
        timeout=100,
        check=True,
        cwd=ROOT,
    )
    measured = json.loads(done.stdout)
    assert measured["outcome"] == "ResponseTooLargeError"
    assert measured["peak_mb"] < 400, measured
    assert DEFAULT_MAX_RESPONSE_BYTES == 64 << 20


# --- the whole-call deadline ------------------------------------------------------


def test_a_drip_that_never_trips_the_read_timeout_stops_at_the_deadline(server: FaultServer) -> None:
    deadline = Deadline(1.0)
    started = time.monotonic()
    with (
        stream(server, drip(b'{"data": []}'.ljust(150), 0.1), deadline.clip(httpx.Timeout(5))) as response,
        pytest.raises(DeadlineExceeded) as caught,
    ):
        read_limited(response, deadline=deadline)
    elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 4.0, elapsed  # the body alone takes 15 s
    assert response.is_closed and isinstance(caught.value, httpx.ReadTimeout)
    decision = RetryPolicy().decide(attempt=0, idempotent=False, error=caught.value)
    assert decision.outcome_unknown and not decision.retry, "a lost answer, like any read timeout"


def test_the_async_reader_keeps_the_deadline(server: FaultServer) -> None:
    async def main() -> float:
        deadline = Deadline(0.5)
        server.script("/body", drip(b"z" * 100, 0.05))
        async with httpx.AsyncClient(base_url=server.url) as client:
            request = client.build_request("GET", "/body", timeout=deadline.clip(httpx.Timeout(5)))
            response = await client.send(request, stream=True)
            started = time.monotonic()
            with pytest.raises(DeadlineExceeded):
                await aread_limited(response, deadline=deadline)
            return time.monotonic() - started

    assert asyncio.run(main()) < 3.0


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_deadline_arithmetic() -> None:
    clock = Clock()
    deadline = Deadline(10, clock=clock)
    assert deadline.remaining() == 10 and not deadline.expired() and deadline.allows(9.9) and not deadline.allows(10)
    clock.now += 7
    clipped = deadline.clip(httpx.Timeout(connect=5, read=180, write=None, pool=1))
    assert (clipped.connect, clipped.read, clipped.write, clipped.pool) == (3, 3, 3, 1)
    clock.now += 5
    assert deadline.remaining() == 0 and deadline.expired() and not deadline.allows(0)
    assert deadline.clip(httpx.Timeout(5)).read == 0.001, "a phase never gets 0 (no wait at all)"
    with pytest.raises(DeadlineExceeded, match="deadline of 10 s"):
        deadline.check_reading()
    assert NO_DEADLINE.remaining() is None and not NO_DEADLINE.expired() and NO_DEADLINE.allows(1e9)
    timeout = httpx.Timeout(3)
    assert NO_DEADLINE.clip(timeout) is timeout
    NO_DEADLINE.check_reading()
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            Deadline(bad)
    assert "left" in repr(deadline) and repr(NO_DEADLINE) == "Deadline(None)"


def test_json_reply_helper_still_streams(server: FaultServer) -> None:
    with stream(server, json_reply({"a": 1})) as response:
        assert json.loads(read_limited(response)) == {"a": 1}
