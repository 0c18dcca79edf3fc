"""Errors of issue 13: linear excerpts (finding 4), pickling (6), secrets in error bodies (7)."""

from __future__ import annotations

import copy
import json
import multiprocessing
import pickle
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

import jobmojito
from jobmojito import _errors
from jobmojito._auth import TokenProviderError
from jobmojito._excerpt import EXCERPT_READ, excerpt, strip_tags
from jobmojito._secrets import REDACTED, secret_registry
from jobmojito.cli.errors import MissingTokenError, UsageError
from jobmojito.webhooks import DeliveryInProgress
from tests.support.fault_server import FaultServer, Reply, json_reply

pytestmark = pytest.mark.timeout(60)

TOKEN = "bearer-token-for-pickles-0123456789"
ANON = "anon-key-for-pickles-0123456789"
EMBED_KEY = "esk_live_pickled_5e1d2c3b4a"
LANGUAGES = "/platform-languages-list"


@pytest.fixture(name="server")
def server_fixture() -> Iterator[FaultServer]:
    with FaultServer(anon_key=ANON, hard_timeout=120.0) as server:
        yield server


def call(server: FaultServer) -> jobmojito.JobMojitoError:
    """The error the SDK raises for the next scripted answer of ``LANGUAGES``."""
    auth = jobmojito.BearerToken(TOKEN, anon_key=ANON)
    with jobmojito.JobMojito(auth=auth, base_url=server.url, max_retries=0) as jm:
        try:
            jm.admin.list_languages()
        except jobmojito.JobMojitoError as error:
            return error
    raise AssertionError("no error")


# --- finding 4: building the message is linear, whatever the body ----------------


@pytest.mark.parametrize("size", [100_000, 10_000_000], ids=["100KB", "10MB"])
@pytest.mark.parametrize("unit", ["<", "<a", "<script>", '"embed_signing_key": "'])
def test_an_error_body_of_any_size_and_shape_becomes_a_message_in_well_under_a_second(
    server: FaultServer, size: int, unit: str
) -> None:
    body = (unit * (size // len(unit) + 1))[:size].encode()
    server.script(LANGUAGES, Reply(500, body, "text/html"))
    started = time.perf_counter()
    error = call(server)
    elapsed = time.perf_counter() - started  # the whole call: send, read, build the error
    assert isinstance(error, jobmojito.InternalServerError)
    assert elapsed < 1.0, f"{elapsed:.2f} s: quadratic?"
    assert len(str(error)) < 400


def test_the_excerpt_reads_only_the_start_of_a_body() -> None:
    head = "<html><body><h1>Bad Gateway</h1>"
    shown = excerpt((head + "x" * 20_000 + "THE-END").encode())
    assert shown.startswith("Bad Gateway x") and shown.endswith("…") and "THE-END" not in shown
    assert excerpt("<" * 10 * EXCERPT_READ) == "<" * 199 + "…"
    assert excerpt(" " * 10 * EXCERPT_READ + "late text") == "(body cut)", "only the first few KB are looked at"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><p>b</p>", " a  b "),
        ("a < b and c > d", "a   d"),
        ("x <> y", "x <> y"),
        ("open < never closed", "open < never closed"),
        ("<script>var a = '<b>';</script>after", " after"),
        ("<STYLE type=x>p {}</Style >after", " after"),
        ("<script>no end <b>bold</b>", " no end  bold "),
        ("<scripted>kept</scripted>", " kept "),
    ],
)
def test_tags_are_stripped(html: str, text: str) -> None:
    assert strip_tags(html) == text


# --- finding 7: secrets in a non-2xx body without an "error" key ------------------


def test_secret_fields_and_registered_secrets_never_reach_a_status_error(server: FaultServer) -> None:
    access, refresh = server.tokens.mint_access(), server.tokens.mint_refresh()
    body = {
        "message": "boom",
        "embed_signing_key": EMBED_KEY,
        "session": {"access_token": access, "refresh_token": refresh},
        "echo": f"Bearer {TOKEN}",
    }
    server.script(LANGUAGES, json_reply(body, 500, **{"sb-request-id": "req-7"}))
    error = call(server)
    assert isinstance(error, jobmojito.InternalServerError) and error.error is None
    texts = [str(error), repr(error), error.body_excerpt, "".join(traceback.format_exception(error))]
    for text in texts:
        for secret in (EMBED_KEY, access, refresh, TOKEN):
            assert secret not in text
    for secret in (EMBED_KEY, access, refresh):  # the parsed body holds secret fields masked
        assert secret not in repr(error.body)
    assert "embed_signing_key" in str(error) and REDACTED in str(error), "the message still says what was there"
    assert error.body["embed_signing_key"] == EMBED_KEY, "the value is still there for code that needs it"
    assert error.request_id == "req-7"


class Owner:
    """Stands in for an auth object (the registry holds owners weakly)."""


def test_a_secret_cut_by_the_excerpt_window_is_masked() -> None:
    owner = Owner()
    secret = "cut-secret-" + "s" * 40
    secret_registry.set(owner, "token", secret)
    try:
        for split in (5, 20, len(secret) - 1):
            body = "x" * (EXCERPT_READ - split - 1) + " " + secret + " and more"  # the window ends inside it
            shown = excerpt(body, limit=10_000)
            assert secret[:4] not in shown and shown.endswith(f"x {REDACTED}…"), split
        assert excerpt("x" * (EXCERPT_READ - 3) + " cu" + "t" * 99, limit=10_000).endswith(" cu…"), "too short to tell"
    finally:
        secret_registry.set(owner, "token", None)


# --- finding 6: pickling and copying ----------------------------------------------


def _response(status: int, body: Any = None, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", "https://x.test/y", headers={"Authorization": f"Bearer {TOKEN}", "apikey": ANON})
    content = json.dumps(body).encode() if body is not None else b""
    return httpx.Response(status, content=content, headers=headers, request=request)


BODY = {"error": "nope", "name": "field", "embed_signing_key": EMBED_KEY}
MAKERS: dict[type[Exception], Callable[[], jobmojito.JobMojitoError]] = {
    jobmojito.JobMojitoError: lambda: jobmojito.JobMojitoError("plain"),
    _errors.ConfigurationError: lambda: _errors.ConfigurationError("bad argument"),
    jobmojito.ValidationError: lambda: jobmojito.ValidationError(field="f", rule="r", message="m", operation="op"),
    jobmojito.APIError: lambda: jobmojito.APIError("m", method="GET", path="/y"),
    jobmojito.APIConnectionError: lambda: jobmojito.APIConnectionError(
        method="POST", path="/y", reason="ReadError", outcome_unknown=True
    ),
    jobmojito.APITimeoutError: lambda: jobmojito.APITimeoutError(method="GET", path="/y", reason="ReadTimeout"),
    jobmojito.APIResponseValidationError: lambda: jobmojito.APIResponseValidationError(
        method="GET",
        path="/y",
        status_code=200,
        reason="KeyError",
        body=json.dumps(BODY).encode(),
        response=_response(200, BODY),
    ),
    _errors.ResponseTooLargeError: lambda: _errors.ResponseTooLargeError(
        method="GET", path="/y", status_code=200, limit=10, response=_response(200)
    ),
    _errors.ResponseDecodingError: lambda: _errors.ResponseDecodingError(
        method="GET",
        path="/y",
        status_code=200,
        reason="bad gzip",
        response=_response(200, **{"content-encoding": "gzip"}),
    ),
    jobmojito.RefreshError: lambda: jobmojito.RefreshError(
        "HTTP 400", status_code=400, error_code="invalid_grant", session_ended=True
    ),
    TokenProviderError: lambda: TokenProviderError("get_token() must return a non-empty str, not NoneType"),
    MissingTokenError: MissingTokenError,
    UsageError: lambda: UsageError("--data is not JSON"),
    jobmojito.WebhookVerificationError: lambda: jobmojito.WebhookVerificationError("X-Webhook-Token", "wrong value"),
    jobmojito.WebhookPayloadError: lambda: jobmojito.WebhookPayloadError("the body is not JSON"),
    jobmojito.WaitTimeout: lambda: jobmojito.WaitTimeout("r-1", 9.0, None),
    DeliveryInProgress: lambda: DeliveryInProgress("the same change is being handled"),
}
for _status, _cls in [
    *_errors._BY_STATUS.items(),
    (500, jobmojito.InternalServerError),
    (418, jobmojito.APIStatusError),
]:
    MAKERS[_cls] = lambda status=_status: _errors.status_error(
        _response(status, BODY, **{"sb-request-id": "req-1"}), method="GET", path="/y", outcome_unknown=True
    )


def every_error_class() -> set[type[Exception]]:
    found: set[type[Exception]] = set()
    todo: list[type[Exception]] = [jobmojito.JobMojitoError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("jobmojito"):
            found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


PUBLIC = ("message", "method", "path", "status_code", "error", "name", "request_id", "outcome_unknown", "body_excerpt")
PUBLIC += ("field", "rule", "operation", "error_code", "session_ended", "limit")


def test_every_error_class_has_a_maker() -> None:
    assert every_error_class() <= set(MAKERS), "add the new class to MAKERS"


@pytest.mark.parametrize("cls", sorted(MAKERS, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_every_error_pickles_without_a_secret_and_copies(cls: type[Exception]) -> None:
    error = MAKERS[cls]()
    assert type(error) is cls
    data = pickle.dumps(error)
    for secret in (TOKEN, ANON, EMBED_KEY):
        assert secret.encode() not in data
    back = pickle.loads(data)
    assert type(back) is cls and str(back) == str(error) and back.args == error.args
    for name in PUBLIC:
        assert getattr(back, name, None) == getattr(error, name, None), name
    assert getattr(back, "response", None) is None and getattr(back, "body", None) is None
    for clone in (copy.copy(error), copy.deepcopy(error)):
        assert type(clone) is cls and str(clone) == str(error) and clone is not error
        assert getattr(clone, "response", None) is getattr(error, "response", None), "kept, and shared"
        for name in PUBLIC:
            assert getattr(clone, name, None) == getattr(error, name, None), name


def test_a_status_error_keeps_what_the_message_says_across_a_pickle() -> None:
    error = MAKERS[jobmojito.AuthenticationError]()
    back = pickle.loads(pickle.dumps(error))
    assert (back.status_code, back.method, back.path, back.error, back.name) == (401, "GET", "/y", "nope", "field")
    assert back.request_id == "req-1" and back.outcome_unknown is True
    assert "nope (field: field)" in str(back) and EMBED_KEY not in back.body_excerpt and REDACTED in back.body_excerpt


def _fail_in_a_worker(url: str, pickled: bool) -> bytes:
    """Runs in a worker process: a real call that the loopback server answers 401."""
    with jobmojito.JobMojito(auth=jobmojito.BearerToken(TOKEN, anon_key=ANON), base_url=url, max_retries=0) as jm:
        try:
            jm.admin.list_languages()
        except jobmojito.AuthenticationError as error:
            if pickled:
                return pickle.dumps(error)
            raise
    return b""


def test_an_authentication_error_crosses_a_process_pool(server: FaultServer) -> None:
    unauthorized = json_reply({"code": 401, "message": "Invalid JWT"}, 401, **{"sb-request-id": "req-42"})
    server.script(LANGUAGES, unauthorized, unauthorized)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        raised = pool.submit(_fail_in_a_worker, server.url, False).exception(timeout=50)
        data = pool.submit(_fail_in_a_worker, server.url, True).result(timeout=50)
    assert type(raised) is jobmojito.AuthenticationError, raised
    assert (raised.status_code, raised.request_id, raised.path) == (401, "req-42", LANGUAGES)
    assert "Invalid JWT" in str(raised)
    assert server.received[0].headers["authorization"] == f"Bearer {TOKEN}", "the worker did send the token"
    assert TOKEN.encode() not in data and ANON.encode() not in data
    assert type(pickle.loads(data)) is jobmojito.AuthenticationError
