"""The fault matrix, through the facade, against a real loopback server.

``MATRIX`` is the fault table of the docs' "Errors and retries" guide
(``docs/guides/errors.md``; a test checks that they agree): for
each fault, what the client does for a read (GET), an idempotent POST
(``set_state``) and a POST that spends credits (``create``). The server
counts what it received, so "never sent twice" is measured, not assumed.
"""

from __future__ import annotations

import functools
import gzip
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from conftest import ROOT
from facade_support import CREATED, INTERVIEW, LANGUAGES

import jobmojito
from jobmojito import JobMojito, RetryPolicy
from tests.support.fault_server import (
    FaultServer,
    Reply,
    disconnect,
    drip,
    empty_body,
    gzip_bomb,
    gzip_reply,
    html_error,
    json_reply,
    malformed_json,
    rate_limited,
    reset_after_headers,
    slow,
    truncated_body,
    wrong_content_type,
)
from tests.support.fixtures import fault_server_fixture  # noqa: F401

pytestmark = pytest.mark.timeout(60)

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02, max_retry_after=5.0)
READ_TIMEOUT = 0.3
STATE = {"success": True}

# What each kind of call answers when it finally succeeds, and how it is called.
CALLS: dict[str, tuple[str, str, dict[str, Any], Callable[[JobMojito], Any]]] = {
    "read": ("GET", "/platform-languages-list", LANGUAGES, lambda jm: jm.admin.list_languages()),
    "idempotent": (
        "POST",
        "/job-interview-set-state",
        STATE,
        lambda jm: jm.interviews.set_state(position_id="7f1c0f37-2f56-4a55-9a8a-1e1f4c3f8a11", status="archived"),
    ),
    "create": ("POST", "/job-interview-create", CREATED, lambda jm: jm.interviews.create(**INTERVIEW)),
}

OK = "ok after a retry"
SENT_ONCE = "sent once, outcome unknown"


@dataclass(frozen=True)
class Fault:
    name: str
    reply: Callable[[], Reply]
    read: str  # OK | an error class name (raised after one request)
    create: str  # OK | SENT_ONCE | an error class name
    error: type[Exception] = jobmojito.APIError
    options: Callable[[], dict[str, Any]] = dict  # the client's, for this fault


@functools.cache
def _bomb() -> bytes:
    return gzip_bomb(16 << 20)  # 16 MiB of zeros, 16 KB on the wire


CORRUPT_GZIP = gzip.compress(b'{"ok": true}' * 100)[:40] + b"\x00garbage" * 20


MATRIX = [
    Fault("connection reset after headers", reset_after_headers, OK, SENT_ONCE, jobmojito.APIConnectionError),
    Fault("connection closed without an answer", disconnect, OK, SENT_ONCE, jobmojito.APIConnectionError),
    Fault("read timeout", lambda: slow(2.0, json_reply({})), OK, SENT_ONCE, jobmojito.APITimeoutError),
    Fault("truncated body", truncated_body, OK, SENT_ONCE, jobmojito.APIConnectionError),
    Fault("429 with Retry-After", lambda: rate_limited("0"), OK, OK),
    Fault("429 asking to wait longer than the cap", lambda: rate_limited("3600"), "RateLimitError", "RateLimitError"),
    Fault("500 with an HTML body", lambda: html_error(500), "InternalServerError", SENT_ONCE),
    Fault("502 with an HTML body", lambda: html_error(502), OK, SENT_ONCE, jobmojito.InternalServerError),
    Fault("503 with an HTML body", lambda: html_error(503), OK, OK),
    Fault("504 with an HTML body", lambda: html_error(504), OK, SENT_ONCE, jobmojito.InternalServerError),
    Fault("malformed JSON", malformed_json, "APIResponseValidationError", "APIResponseValidationError"),
    Fault("empty body", empty_body, "APIResponseValidationError", "APIResponseValidationError"),
    Fault("wrong content type", wrong_content_type, "APIResponseValidationError", "APIResponseValidationError"),
    Fault("corrupt gzip body", lambda: gzip_reply(CORRUPT_GZIP), "ResponseDecodingError", "ResponseDecodingError"),
    Fault(
        "gzip body that expands past the size cap",
        lambda: gzip_reply(_bomb()),
        "ResponseTooLargeError",
        "ResponseTooLargeError",
        options=lambda: {"max_response_bytes": 1 << 20},
    ),
    Fault(
        "JSON nested 200,000 deep",
        lambda: Reply(200, b"[" * 200_000 + b"]" * 200_000),
        "APIResponseValidationError",
        "APIResponseValidationError",
    ),
    Fault(
        "100 KB HTML error body",
        lambda: Reply(500, b"<" * 100_000, "text/html"),
        "InternalServerError",
        SENT_ONCE,
        jobmojito.InternalServerError,
    ),
    Fault(
        "body dripped slower than the deadline",
        lambda: drip(b" " * 100, 0.1),
        "APITimeoutError",
        SENT_ONCE,
        jobmojito.APITimeoutError,
        options=lambda: {"deadline": 0.6},
    ),
    Fault(
        "redirect loop, through a client that follows redirects",
        lambda: Reply(307, b"", None, {"Location": "?again=1"}),
        "APIStatusError",
        "APIStatusError",
        options=lambda: {"http_client": httpx.Client(follow_redirects=True)},
    ),
]


def client(server: FaultServer, **options: Any) -> JobMojito:
    return JobMojito(
        token="test-token-5c1d",
        base_url=server.url,
        retry_policy=FAST,
        timeout=httpx.Timeout(READ_TIMEOUT, connect=2.0),
        **options,
    )


def expect(server: FaultServer, fault: Fault, kind: str, outcome: str) -> None:
    method, path, success, call = CALLS[kind]
    server.script(path, fault.reply(), json_reply(success))
    with client(server, **fault.options()) as jm:
        if outcome == OK:
            call(jm)
            assert server.count(method, path) == 2, "one failure, one retry"
            return
        with pytest.raises(jobmojito.APIError) as caught:
            call(jm)
    assert server.count(method, path) == 1, f"{fault.name}: {kind} must be sent exactly once"
    error = caught.value
    if outcome == SENT_ONCE:
        assert isinstance(error, fault.error), error
        assert getattr(error, "outcome_unknown", False) is True
        assert "outcome is unknown" in str(error)
    else:
        assert type(error).__name__ == outcome
        assert getattr(error, "outcome_unknown", False) is False


@pytest.mark.parametrize("fault", MATRIX, ids=[f.name for f in MATRIX])
def test_reads_and_idempotent_posts(fault_server: FaultServer, fault: Fault) -> None:
    expect(fault_server, fault, "read", fault.read)


@pytest.mark.parametrize("fault", MATRIX, ids=[f.name for f in MATRIX])
def test_idempotent_posts_are_retried_like_reads(fault_server: FaultServer, fault: Fault) -> None:
    expect(fault_server, fault, "idempotent", fault.read)


@pytest.mark.parametrize("fault", MATRIX, ids=[f.name for f in MATRIX])
def test_posts_that_spend_credits_are_never_sent_twice(fault_server: FaultServer, fault: Fault) -> None:
    expect(fault_server, fault, "create", fault.create)


def test_connection_refused_is_retried_even_for_create(fault_server: FaultServer) -> None:
    attempts: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [attempts.append]})
    jm = JobMojito(token="t", base_url=fault_server.refused_url, retry_policy=FAST, http_client=http)
    with pytest.raises(jobmojito.APIConnectionError) as caught:
        jm.interviews.create(**INTERVIEW)
    assert len(attempts) == 3, "refused means not processed: retried up to max_retries"
    assert caught.value.outcome_unknown is False
    assert not isinstance(caught.value, jobmojito.APITimeoutError)


def test_retries_give_up_after_max_retries(fault_server: FaultServer) -> None:
    fault_server.script("/platform-languages-list", *[html_error(503)] * 5)
    with client(fault_server) as jm, pytest.raises(jobmojito.InternalServerError) as caught:
        jm.admin.list_languages()
    assert fault_server.count("GET", "/platform-languages-list") == 3
    assert "503" in str(caught.value)
    assert fault_server.count("GET", "/platform-languages-list") == 3


def test_retry_after_is_honoured(fault_server: FaultServer) -> None:
    fault_server.script("/platform-languages-list", rate_limited("1"), json_reply(LANGUAGES))
    started = time.monotonic()
    with client(fault_server) as jm:
        jm.admin.list_languages()
    assert time.monotonic() - started >= 1.0


def test_max_retries_per_call(fault_server: FaultServer) -> None:
    fault_server.script("/platform-languages-list", html_error(503), json_reply(LANGUAGES))
    with client(fault_server) as jm, pytest.raises(jobmojito.InternalServerError):
        jm.with_options(max_retries=0).admin.list_languages()
    assert fault_server.count("GET", "/platform-languages-list") == 1


def test_an_html_gateway_error_reads_as_an_excerpt(fault_server: FaultServer) -> None:
    fault_server.script("/platform-languages-list", html_error(500))
    with client(fault_server) as jm, pytest.raises(jobmojito.InternalServerError) as caught:
        jm.admin.list_languages()
    assert str(caught.value) == "GET /platform-languages-list: HTTP 500: 500 500"


def test_each_attempt_is_logged(fault_server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    fault_server.script("/platform-languages-list", html_error(503), json_reply(LANGUAGES))
    caplog.set_level("DEBUG", logger="jobmojito")
    with client(fault_server) as jm:
        jm.admin.list_languages()
    lines = [r.getMessage() for r in caplog.records if r.name == "jobmojito"]
    assert re.fullmatch(r"GET /platform-languages-list -> 503 in \d+ ms", lines[0]), lines
    assert lines[1].startswith("GET /platform-languages-list: retry 1 in ")
    assert re.fullmatch(r"GET /platform-languages-list -> 200 in \d+ ms", lines[2]), lines


# --- transport security --------------------------------------------------------


def test_plain_http_to_another_host_is_refused() -> None:
    with pytest.raises(jobmojito.JobMojitoError, match="unencrypted"):
        JobMojito(token="t", base_url="http://api.example.com/functions/v1")
    assert JobMojito(token="t", base_url="http://api.example.com", allow_insecure_http=True).base_url
    assert JobMojito(token="t", base_url="http://localhost:8000").base_url
    assert JobMojito(token="t", base_url="http://[::1]:8000").base_url


def test_tls_verification_is_on_by_default() -> None:
    jm = JobMojito(token="t")
    pool = jm._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


def test_a_redirect_is_never_followed_even_by_a_client_that_follows(fault_server: FaultServer) -> None:
    with FaultServer() as other:
        target = other.url.replace("127.0.0.1", "localhost") + "/platform-languages-list"
        fault_server.script("/platform-languages-list", Reply(307, b"", None, {"Location": target}))
        other.script("/platform-languages-list", json_reply(LANGUAGES))
        following = httpx.Client(follow_redirects=True)
        with (
            JobMojito(token="secret-token-9f8e", base_url=fault_server.url, http_client=following) as jm,
            pytest.raises(jobmojito.APIStatusError) as caught,
        ):
            jm.admin.list_languages()
        assert other.counts() == {}, "nothing reaches the other origin"
        assert fault_server.count("GET", "/platform-languages-list") == 1
        assert caught.value.status_code == 307 and caught.value.outcome_unknown is False
        assert f"a redirect to {target.rsplit('/', 1)[0]}/platform-languages-list, not followed" in str(caught.value)
        assert "secret-token-9f8e" not in str(caught.value)


def test_redirects_are_not_followed_by_default(fault_server: FaultServer) -> None:
    fault_server.script("/platform-languages-list", Reply(307, b"", None, {"Location": "https://elsewhere.test/"}))
    with client(fault_server) as jm, pytest.raises(jobmojito.APIStatusError) as caught:
        jm.admin.list_languages()
    assert caught.value.status_code == 307


# --- the documented table is this matrix ------------------------------------------


def test_the_documented_fault_table_lists_every_tested_row() -> None:
    guide = (ROOT / "docs" / "guides" / "errors.md").read_text()
    rows = re.findall(r"^\| ([^|]+?) \|", guide.split("## Resilience", 1)[1].split("\n## ", 1)[0], re.M)
    documented = {row.strip() for row in rows} - {"fault", "---"}
    tested = {f.name for f in MATRIX} | {
        "connection refused",
        "401 with a Supabase session",
        "expired token, 50 concurrent requests",
        "plain http:// to a non-loopback host",
        "redirect to another host",
        "expired token, threads and event loops sharing a session",
        "refresh answer lost",
        "auth server unreachable",
        "auth server refuses the refresh token",
    }
    assert documented == tested
