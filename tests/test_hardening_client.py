"""Issue 13 through the client: typed errors (finding 3), bounded error bodies (4), the size cap (5),
redirects (8) and the whole-call deadline (10).

Every test calls ``JobMojito`` or ``AsyncJobMojito`` against the loopback fault
server, which counts what it received; "sent once" is measured, not assumed.
The Supabase side of these findings is ``test_hardening_client_auth.py``.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import CREATED, INTERVIEW, LANGUAGES

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito, RetryPolicy
from jobmojito._errors import ERROR_BODY_LIMIT
from tests.support.fault_server import (
    FaultServer,
    Reply,
    drip,
    gzip_bomb,
    gzip_reply,
    html_error,
    json_reply,
    rate_limited,
    slow,
)

pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parent.parent
LANG, CREATE = "/platform-languages-list", "/job-interview-create"
FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02, max_retry_after=10.0)
CORRUPT = gzip.compress(json.dumps(LANGUAGES).encode() * 50)[:60] + b"\x00garbage" * 20
Call = Callable[[Any], Any]
CALLS: dict[str, tuple[str, str, Call]] = {  # kind -> (method, path, call on a client)
    "read": ("GET", LANG, lambda c: c.admin.list_languages()),
    "create": ("POST", CREATE, lambda c: c.interviews.create(**INTERVIEW)),
}


@pytest.fixture(name="server")
def server_fixture() -> Iterator[FaultServer]:
    with FaultServer(hard_timeout=300.0) as server:
        yield server


def outcome(mode: str, server: FaultServer, call: Call, **options: Any) -> Any:
    """What ``call`` returns or raises (a JobMojitoError) through a fresh sync or async client."""
    options = {"token": "test-token-0a1b2c3d", "base_url": server.url, "retry_policy": FAST, **options}
    if mode == "sync":
        with JobMojito(**options) as jm:
            try:
                return call(jm)
            except jobmojito.JobMojitoError as error:
                return error

    async def main() -> Any:
        async with AsyncJobMojito(**options) as ajm:
            try:
                return await call(ajm)
            except jobmojito.JobMojitoError as error:
                return error

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
KINDS = pytest.mark.parametrize("kind", list(CALLS))


def sent_once(server: FaultServer, kind: str) -> None:
    method, path, _ = CALLS[kind]
    assert server.count(method, path) == 1, server.counts()


# --- finding 3: every failure a JobMojitoError, outcome_unknown set truthfully ---------


@MODES
@KINDS
def test_a_corrupt_gzip_body_is_a_typed_error_and_not_sent_again(server: FaultServer, mode: str, kind: str) -> None:
    _, path, call = CALLS[kind]
    server.script(path, gzip_reply(CORRUPT), json_reply(CREATED))
    error = outcome(mode, server, call)
    assert isinstance(error, jobmojito.ResponseDecodingError), error  # was httpx.DecodingError
    assert isinstance(error, jobmojito.APIResponseValidationError) and error.outcome_unknown is False
    assert "Content-Encoding: gzip" in str(error) and error.status_code == 200
    sent_once(server, kind)  # the server answered: the request was processed


@MODES
def test_json_nested_200000_deep_is_a_typed_error(server: FaultServer, mode: str) -> None:
    server.script(LANG, Reply(200, b"[" * 200_000 + b"]" * 200_000))
    error = outcome(mode, server, CALLS["read"][2])
    assert type(error) is jobmojito.APIResponseValidationError, error  # was RecursionError
    assert "JSONDepthError" in str(error) and "200000 levels" in str(error)
    sent_once(server, "read")


@MODES
def test_a_redirect_loop_through_a_following_client_is_one_request(server: FaultServer, mode: str) -> None:
    server.script(CREATE, *[Reply(307, b"", None, {"Location": CREATE})] * 25, json_reply(CREATED))
    client = httpx.Client(follow_redirects=True) if mode == "sync" else httpx.AsyncClient(follow_redirects=True)
    error = outcome(mode, server, CALLS["create"][2], http_client=client)
    assert isinstance(error, jobmojito.APIStatusError) and error.status_code == 307, error  # was TooManyRedirects
    assert error.outcome_unknown is False, "a 307 says: send it there instead; it was not processed here"
    assert "not followed" in str(error)
    sent_once(server, "create")  # was 21 POSTs


def test_after_a_303_a_create_may_have_been_processed(server: FaultServer) -> None:
    server.script(CREATE, Reply(303, b"", None, {"Location": "/job-interview-get?id=1"}))
    error = outcome("sync", server, CALLS["create"][2])
    assert isinstance(error, jobmojito.APIStatusError) and error.outcome_unknown is True
    assert "outcome is unknown" in str(error)
    server.script(LANG, Reply(303, b"", None, {"Location": "/elsewhere"}))
    assert outcome("sync", server, CALLS["read"][2]).outcome_unknown is False


def _raise(error: Exception) -> Callable[..., None]:
    def hook(_: object) -> None:
        raise error

    return hook


@pytest.mark.parametrize(
    ("where", "error", "unknown_for_create"),
    [
        ("request", httpx.InvalidURL("bad URL"), False),  # refused before anything was sent
        ("request", httpx.LocalProtocolError("bad header"), False),
        ("response", httpx.DecodingError("bad encoding"), True),  # after the server got the request
        ("response", httpx.TooManyRedirects("loop"), True),
        ("response", httpx.StreamConsumed(), True),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else str(v),
)
def test_any_httpx_exception_while_sending_is_typed(
    server: FaultServer, where: str, error: Exception, unknown_for_create: bool
) -> None:
    for kind, unknown in (("read", False), ("create", unknown_for_create)):
        client = httpx.Client(event_hooks={where: [_raise(error)]})
        raised = outcome("sync", server, CALLS[kind][2], http_client=client)
        assert type(raised) is jobmojito.APIConnectionError, raised
        assert raised.outcome_unknown is unknown and type(error).__name__ in str(raised), (kind, str(raised))
    expected = 0 if where == "request" else 1
    assert (server.count("GET", LANG), server.count("POST", CREATE)) == (expected, expected), "and never sent again"


# --- finding 4: an error body is read up to a bound, and its message is quick -----------


@MODES
@pytest.mark.parametrize("size", [100_000, 10_000_000], ids=["100KB", "10MB"])
def test_a_huge_html_error_reads_64_kib_and_raises_in_well_under_a_second(
    server: FaultServer, mode: str, size: int
) -> None:
    server.script(LANG, Reply(500, b"<" * size, "text/html"))
    started = time.thread_time()  # this thread's CPU: the excerpt was quadratic (11-28 s for 100 KB)
    error = outcome(mode, server, CALLS["read"][2])
    used = time.thread_time() - started
    assert isinstance(error, jobmojito.InternalServerError) and used < 1.0, used
    assert error.response is not None and len(error.response.content) == min(size, ERROR_BODY_LIMIT + 1)
    assert len(str(error)) < 400


# --- finding 5: the size cap ----------------------------------------------------------


@MODES
def test_an_answer_over_the_cap_is_a_typed_error_and_the_cap_is_per_client_and_per_call(
    server: FaultServer, mode: str
) -> None:
    body = json.dumps({"languages": [], "pad": "x" * 2000}).encode()
    server.script(LANG, Reply(200, body), Reply(200, body))
    error = outcome(mode, server, CALLS["read"][2], max_response_bytes=1000)
    assert isinstance(error, jobmojito.ResponseTooLargeError) and error.limit == 1000, error
    assert "larger than 1,000 bytes" in str(error) and error.outcome_unknown is False
    assert server.count("GET", LANG) == 1, "not sent again: the answer would be as large"
    fits = outcome(mode, server, lambda c: c.with_options(max_response_bytes=len(body)).admin.list_languages())
    assert fits.languages == []


def test_unusable_limits_are_configuration_errors() -> None:
    for options in ({"max_response_bytes": 0}, {"max_response_bytes": 1.5}, {"deadline": -1}, {"deadline": "1"}):
        with pytest.raises(jobmojito.ConfigurationError, match=next(iter(options))):
            JobMojito(token="t", **options)
    jm = JobMojito(token="t", deadline=5)
    with pytest.raises(jobmojito.ConfigurationError):
        jm.with_options(max_response_bytes=-1)
    assert jm.with_options(deadline=None)._options.deadline is None and jm._options.deadline == 5


PEAK = textwrap.dedent(
    """
    import asyncio, json, sys
    import jobmojito

    url, mode = sys.argv[1], sys.argv[2]

    def run():
        if mode == "sync":
            with jobmojito.JobMojito(token="t-0123456789", base_url=url) as jm:
                return jm.admin.list_languages()

        async def main():
            async with jobmojito.AsyncJobMojito(token="t-0123456789", base_url=url) as ajm:
                return await ajm.admin.list_languages()

        return asyncio.run(main())

    try:
        run()
        outcome = "read it all"
    except jobmojito.JobMojitoError as error:
        outcome = type(error).__name__
    # VmHWM: this process's own peak (ru_maxrss would count the pages of the parent it forked from)
    peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print(json.dumps({"outcome": outcome, "peak_mb": peak_kb / 1024}))
    """
)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(1 << 30)  # 1 GiB of zeros, about 1 MB on the wire


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
@MODES
def test_a_1_gb_gzip_bomb_through_the_client_stays_under_400_mb(server: FaultServer, bomb: bytes, mode: str) -> None:
    server.script(LANG, gzip_reply(bomb))
    done = subprocess.run(
        [sys.executable, "-c", PEAK, server.url, mode],
        capture_output=True,
        text=True,
        timeout=100,
        check=True,
        cwd=ROOT,
    )
    measured = json.loads(done.stdout)
    assert measured["outcome"] == "ResponseTooLargeError", measured  # was read whole: 2.1 GB peak
    assert measured["peak_mb"] < 400, measured
    assert server.count("GET", LANG) == 1


# --- finding 8: redirects are never followed, so nothing reaches another origin ---------


@MODES
def test_a_create_redirected_to_another_origin_sends_it_nothing(server: FaultServer, mode: str) -> None:
    with FaultServer() as other:
        target = other.url.replace("127.0.0.1", "localhost") + CREATE
        server.script(CREATE, Reply(307, b"", None, {"Location": target}))
        client = httpx.Client(follow_redirects=True) if mode == "sync" else httpx.AsyncClient(follow_redirects=True)
        auth = jobmojito.BearerToken("bearer-token-0a1b2c3d4e", anon_key="anon-key-0a1b2c3d4e")
        error = outcome(mode, server, CALLS["create"][2], http_client=client, auth=auth, token=None)
        assert isinstance(error, jobmojito.APIStatusError) and error.status_code == 307
        assert other.received == [], "no apikey, no body: nothing at all"  # was: apikey and the create body
        assert f"a redirect to {other.url.replace('127.0.0.1', 'localhost')}{CREATE}" in str(error)
        sent_once(server, "create")


# --- finding 10: the whole-call deadline -------------------------------------------------

DRIP = json.dumps(LANGUAGES).encode().ljust(100)  # 10 s at one byte every 100 ms


@MODES
@KINDS
def test_a_drip_that_never_trips_the_read_timeout_stops_at_the_deadline(
    server: FaultServer, mode: str, kind: str
) -> None:
    method, path, call = CALLS[kind]
    server.script(path, drip(DRIP, 0.1), json_reply(LANGUAGES))
    started = time.monotonic()
    error = outcome(mode, server, call, timeout=1.0, deadline=1.0)
    elapsed = time.monotonic() - started
    assert isinstance(error, jobmojito.APITimeoutError), error  # was: success after 10 s
    assert 1.0 <= elapsed < 5.0, elapsed  # anti-hang bound; the body alone takes 10 s
    assert "deadline of 1 s" in str(error)
    assert error.outcome_unknown is (kind == "create"), "the answer was lost: a create may have been processed"
    assert server.count(method, path) == 1, "no time left for a retry"


@MODES
def test_a_call_s_own_deadline_overrides_the_client_s(server: FaultServer, mode: str) -> None:
    server.script(LANG, drip(DRIP, 0.1), drip(DRIP, 0.1))
    started = time.monotonic()
    error = outcome(mode, server, lambda c: c.admin.list_languages(deadline=0.5), deadline=600)
    assert isinstance(error, jobmojito.APITimeoutError) and time.monotonic() - started < 4.0
    started = time.monotonic()
    error = outcome(mode, server, lambda c: c.with_options(deadline=0.5).admin.list_languages())
    assert isinstance(error, jobmojito.APITimeoutError) and time.monotonic() - started < 4.0
    assert "deadline of 0.5 s" in str(error)


def test_each_attempt_gets_what_is_left_of_the_deadline(server: FaultServer) -> None:
    server.script(LANG, slow(3.0, json_reply(LANGUAGES)), json_reply(LANGUAGES))
    seen: list[dict[str, float]] = []
    client = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.extensions["timeout"])]})
    started = time.monotonic()
    error = outcome("sync", server, CALLS["read"][2], http_client=client, timeout=60.0, deadline=0.8)
    assert isinstance(error, jobmojito.APITimeoutError) and time.monotonic() - started < 2.5
    assert len(seen) == 1 and 0 < seen[0]["read"] <= 0.8 and seen[0]["connect"] <= 0.8, seen
    assert "deadline of 0.8 s has passed" in str(error)


def test_a_retry_whose_wait_does_not_fit_is_not_made(server: FaultServer) -> None:
    for reply, cls in ((rate_limited("3"), jobmojito.RateLimitError), (html_error(503), jobmojito.InternalServerError)):
        server.script(LANG, reply)  # then the built-in 200
        policy = RetryPolicy(max_retries=2, initial_delay=5.0, max_delay=5.0, uniform=lambda a, b: b)
        started = time.monotonic()
        error = outcome("sync", server, CALLS["read"][2], retry_policy=policy, deadline=1.0)
        assert isinstance(error, cls) and time.monotonic() - started < 2.0, error
        assert "leaves no time to wait" in str(error) and error.outcome_unknown is False
    assert server.count("GET", LANG) == 2, "one request each"
    server.script(LANG, rate_limited("0.2"), json_reply(LANGUAGES))
    assert outcome("sync", server, CALLS["read"][2], deadline=5.0).languages is not None, "a wait that fits is made"


def test_without_a_deadline_nothing_changes(server: FaultServer) -> None:
    seen: list[httpx.Request] = []
    client = httpx.Client(event_hooks={"request": [seen.append]})
    outcome("sync", server, CALLS["read"][2], http_client=client, timeout=7.0)
    assert seen[0].extensions["timeout"]["read"] == 7.0 and "jobmojito.deadline" not in seen[0].extensions
