"""Secret, redact_headers, the registry and the logging filter, on their own."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import httpx
import pytest
from facade_support import INTERVIEW, TOKEN, Recorder, sync_client

import jobmojito
from jobmojito._auth import RefreshError, SupabaseSession
from jobmojito._secrets import REDACTED, RedactingFilter, Secret, SecretRegistry, redact_headers
from tests.support.fault_server import FaultServer
from tests.support.fixtures import auth_server_fixture  # noqa: F401

pytestmark = pytest.mark.timeout(20)

VALUE = "sk_live_embed_signing_key_0123456789"


class Owner:
    """Stands in for an auth object."""


def test_secret_is_the_value_except_for_repr() -> None:
    s = Secret(VALUE)
    assert s == VALUE and isinstance(s, str)
    assert str(s) == VALUE and type(str(s)) is str
    assert f"{s}" == VALUE and s.upper() == VALUE.upper()
    assert json.dumps({"k": s}) == json.dumps({"k": VALUE})
    assert httpx.Headers({"x": s})["x"] == VALUE
    assert VALUE not in repr(s) and VALUE not in f"{s!r}" and VALUE not in repr({"k": s})
    assert repr(s) == "Secret('<redacted>')"


def test_redact_headers() -> None:
    headers = httpx.Headers(
        [
            ("Authorization", "Bearer abc.def.ghi"),
            ("apikey", "anon"),
            ("Cookie", "a=b"),
            ("Set-Cookie", "c=d"),
            ("Set-Cookie", "e=f"),
            ("Proxy-Authorization", "Basic dXNlcg=="),
            ("Content-Type", "application/json"),
        ]
    )
    assert redact_headers(headers) == {  # httpx.Headers gives lower-case names
        "authorization": "Bearer <redacted>",
        "apikey": REDACTED,
        "cookie": REDACTED,
        "set-cookie": REDACTED,
        "proxy-authorization": "Basic <redacted>",
        "content-type": "application/json",
    }
    assert redact_headers([("authorization", "token-without-scheme")]) == {"authorization": REDACTED}
    assert redact_headers({"APIKEY": "x"}) == {"APIKEY": REDACTED}


def test_registry_masks_owned_and_retired_values() -> None:
    registry = SecretRegistry(max_retired=2)
    owner = Owner()
    registry.set(owner, "access_token", "access-1-xxxxxxxx")
    registry.set(owner, "refresh_token", "refresh-1-xxxxxxxx")
    assert registry.redact("a access-1-xxxxxxxx b refresh-1-xxxxxxxx") == f"a {REDACTED} b {REDACTED}"

    # Rotation: the old value is still masked for a while, then falls out of the bounded list.
    registry.set(owner, "access_token", "access-2-xxxxxxxx")
    assert registry.redact("access-1-xxxxxxxx access-2-xxxxxxxx") == f"{REDACTED} {REDACTED}"
    registry.set(owner, "access_token", "access-3-xxxxxxxx")
    registry.set(owner, "access_token", "access-4-xxxxxxxx")
    assert registry.redact("access-1-xxxxxxxx") == "access-1-xxxxxxxx"
    assert registry.redact("access-2-xxxxxxxx access-3-xxxxxxxx") == f"{REDACTED} {REDACTED}"

    # The owner is held weakly: when it goes, its current secrets go with it.
    del owner
    gc.collect()
    assert "refresh-1-xxxxxxxx" not in registry.values()
    assert "access-4-xxxxxxxx" not in registry.values()
    assert registry.redact("refresh-1-xxxxxxxx access-3-xxxxxxxx") == f"refresh-1-xxxxxxxx {REDACTED}", "nor masked"


def test_redaction_sees_every_change_at_once() -> None:
    registry = SecretRegistry()
    owner, other = Owner(), Owner()
    assert registry.redact("token-aaaaaaaaaa") == "token-aaaaaaaaaa"
    registry.set(owner, "access_token", "token-aaaaaaaaaa")
    assert registry.redact("token-aaaaaaaaaa") == REDACTED
    registry.add("unowned-bbbbbbbbbb")
    registry.set(other, "access_token", "token-cccccccccc")
    assert registry.redact("unowned-bbbbbbbbbb token-cccccccccc") == f"{REDACTED} {REDACTED}"
    registry.set(other, "access_token", None)  # forgotten: retired, still masked for a while
    assert registry.redact("token-cccccccccc") == REDACTED
    del other
    gc.collect()
    assert registry.redact("token-aaaaaaaaaa token-cccccccccc") == f"{REDACTED} {REDACTED}"
    del owner
    gc.collect()
    assert registry.redact("token-aaaaaaaaaa") == "token-aaaaaaaaaa"


GC_INSIDE_THE_REGISTRY = textwrap.dedent(
    """
    import gc
    from jobmojito._secrets import REDACTED, SecretRegistry

    class Owner:
        def __init__(self):
            self.me = self  # a cycle: only the collector frees it, inside whatever allocates next

    registry, kept = SecretRegistry(), []
    gc.set_threshold(1)
    for i in range(200):
        registry.set(Owner(), "access_token", f"gone-token-{i:06d}-xxxx")
        kept.append(Owner())
        registry.set(kept[-1], "access_token", f"kept-token-{i:06d}-xxxx")
        assert registry.redact(f"kept-token-{i:06d}-xxxx") == REDACTED
    gc.collect()
    assert registry.redact("gone-token-000005-xxxx") == "gone-token-000005-xxxx"
    print("ok")
    """
)


def test_an_owner_collected_while_the_registry_is_busy_neither_deadlocks_nor_leaves_the_pattern_stale() -> None:
    """The collector may free an owner inside set() or values(), the registry's lock held: its finalizer
    must not wait for that lock (it did once, and a test run hung)."""
    done = subprocess.run(
        [sys.executable, "-c", GC_INSIDE_THE_REGISTRY], capture_output=True, text=True, timeout=15, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr[-2000:]


def test_registry_ignores_short_values_and_masks_longest_first() -> None:
    registry = SecretRegistry()
    owner = Owner()
    registry.set(owner, "short", "abc")
    registry.add("token-0123456789")
    registry.add("token-0123456789-longer")
    assert registry.redact("abc token-0123456789-longer") == f"abc {REDACTED}"
    registry.set(owner, "short", None)


def record(msg: object, *args: object, exc: bool = False) -> logging.LogRecord:
    exc_info = sys.exc_info() if exc else None
    return logging.LogRecord("httpx", logging.DEBUG, __file__, 1, msg, args, exc_info)


def test_filter_redacts_message_args_and_exceptions() -> None:
    registry = SecretRegistry()
    owner = Owner()
    registry.set(owner, "token", VALUE)
    flt = RedactingFilter(registry)

    r = record("token=%s headers=%r", VALUE, {"Authorization": f"Bearer {VALUE}"})
    assert flt.filter(r) is True
    assert VALUE not in r.getMessage() and r.getMessage().count(REDACTED) == 2
    assert r.args is None

    r = record(f"an f-string with {VALUE}")
    flt.filter(r)
    assert r.getMessage() == f"an f-string with {REDACTED}"

    try:
        raise RuntimeError(f"failed with {VALUE}")
    except RuntimeError:
        r = record("boom", exc=True)
    flt.filter(r)
    text = logging.Formatter().format(r)
    assert "RuntimeError" in text and VALUE not in text

    r = record("bad format %d", VALUE)  # a broken record is redacted, not dropped
    assert flt.filter(r) is True and VALUE not in r.getMessage()


def test_filter_on_a_handler_sees_child_loggers() -> None:
    registry = SecretRegistry()
    owner = Owner()
    registry.set(owner, "token", VALUE)
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, rec: logging.LogRecord) -> None:
            seen.append(self.format(rec))

    handler = Collect()
    handler.addFilter(RedactingFilter(registry))
    root = logging.getLogger("jm-test-parent")
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        logging.getLogger("jm-test-parent.child").debug("sending %s", VALUE)
    finally:
        root.removeHandler(handler)
    assert seen == [f"sending {REDACTED}"]


@pytest.fixture
def captured() -> Iterator[list[logging.LogRecord]]:
    """Every record at DEBUG, httpx's and httpcore's included, through a RedactingFilter."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, rec: logging.LogRecord) -> None:
            records.append(rec)

    handler = Keep(logging.DEBUG)
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "httpx", "httpcore")}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def test_no_secret_reaches_a_log_record(auth_server: FaultServer, captured: list[logging.LogRecord]) -> None:
    log = logging.getLogger("app")
    first_refresh = auth_server.tokens.mint_refresh()
    revoked = auth_server.tokens.mint_access(valid=False)
    session = SupabaseSession(
        first_refresh, project_url=auth_server.url, anon_key=auth_server.anon_key, access_token=revoked
    )
    with httpx.Client(base_url=auth_server.url, auth=session) as client:
        response = client.get("/api")  # 401, refresh, retry
    assert response.status_code == 200
    # What careless application code might log.
    log.debug("session %r sent %s", session, response.request.headers.raw)
    log.info("refresh answer: %s", response.history[1].text)
    log.warning(f"headers {dict(response.request.headers)}")

    async def in_a_task() -> None:
        expired = auth_server.tokens.mint_access(exp=time.time() - 5)
        auth = SupabaseSession(
            auth_server.tokens.mint_refresh(),
            project_url=auth_server.url,
            anon_key=auth_server.anon_key,
            access_token=expired,
        )
        async with httpx.AsyncClient(base_url=auth_server.url, auth=auth) as client:
            assert (await client.get("/api")).status_code == 200

    asyncio.run(in_a_task())

    reuse = SupabaseSession(first_refresh, project_url=auth_server.url, anon_key=auth_server.anon_key)
    with httpx.Client(base_url=auth_server.url, auth=reuse) as client, pytest.raises(RefreshError) as caught:
        client.get("/api")
    log.error("refresh failed for %s: %r", first_refresh, caught.value, exc_info=caught.value)
    exception_texts = [str(caught.value), repr(caught.value)]

    secrets = [*auth_server.tokens.minted, auth_server.anon_key]
    assert len(secrets) >= 8
    formatter = logging.Formatter("%(name)s %(message)s")
    texts = [formatter.format(rec) for rec in captured]
    assert {rec.name.split(".")[0] for rec in captured} >= {"httpx", "httpcore", "app"}
    for text in texts + exception_texts:
        for secret in secrets:
            assert secret not in text
    assert sum(REDACTED in text for text in texts) >= 4  # the careless lines were caught, not skipped


# --- secrets in a body the SDK could not parse ------------------------------------

SIGNING_KEY = "esk_live_7f3a9c2b1d5e"


def _answering(body: bytes, status: int = 200) -> jobmojito.JobMojito:
    """The SDK client of tests/facade_support.py (token ``TOKEN``), answering ``body``."""
    return sync_client(Recorder(httpx.Response(status, content=body, headers={"content-type": "application/json"})))


@pytest.mark.parametrize(
    "body",
    [
        json.dumps([{"embed_signing_key": SIGNING_KEY, "questions_generated": 8}]).encode(),
        b'{"embed_signing_key" : "' + SIGNING_KEY.encode() + b'", "max_duration": "x", ',
        b'{"questions_generated": 8, "embed_signing_key": "' + SIGNING_KEY.encode(),
    ],
    ids=["wrong-shape", "truncated-after", "cut-inside-the-value"],
)
def test_an_unparseable_answer_never_shows_a_secret_field(body: bytes) -> None:
    with pytest.raises(jobmojito.APIResponseValidationError) as caught:
        _answering(body).interviews.create(**INTERVIEW)
    error = caught.value
    for shown in (str(error), repr(error), error.body_excerpt):
        assert SIGNING_KEY[:12] not in shown
        assert "embed_signing_key" in shown and REDACTED in shown, "the excerpt still says what was there"


def test_an_unparseable_answer_never_shows_the_callers_token() -> None:
    body = json.dumps({"languages": f"echo {TOKEN}"}).encode()  # a string where a list belongs
    with pytest.raises(jobmojito.APIResponseValidationError) as caught:
        _answering(body).admin.list_languages()
    assert TOKEN not in str(caught.value)
    assert REDACTED in caught.value.body_excerpt


def test_an_error_text_that_echoes_the_token_is_redacted_in_the_message() -> None:
    body = json.dumps({"error": f"JWT expired: {TOKEN}"}).encode()
    with pytest.raises(jobmojito.AuthenticationError) as caught:
        _answering(body, status=401).admin.list_languages()
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)
    assert f"JWT expired: {REDACTED}" in str(caught.value)
