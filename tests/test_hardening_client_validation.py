"""Input that crashed instead of raising ValidationError, through the client (issue 13, finding 9).

Each case is a call of ``JobMojito``/``AsyncJobMojito`` against a loopback server
that counts requests, with validation on and off: the call raises
``ValidationError`` naming the field and the rule, and nothing reaches the server.
(Before: UnicodeEncodeError, ValueError or httpx.InvalidURL, the validator's own
crashes aside, with validation off for most of them.)
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from facade_support import INTERVIEW

from jobmojito import AsyncJobMojito, JobMojito, ValidationError
from tests.support.fault_server import FaultServer

pytestmark = pytest.mark.timeout(60)

UPLOAD = {"position_id": "p", "candidate_name": "Ada", "candidate_email": "ada@example.com"}

# (case, call on a client, field, rule); each call returns what the client's method returns.
CASES: list[tuple[str, Callable[[Any], Any], str, str]] = [
    (
        "lone surrogate in a body string",
        lambda c: c.interviews.create(**{**INTERVIEW, "name": "PM \ud800"}),
        "name",
        "unicode",
    ),
    (
        "lone surrogate in a query value",
        lambda c: c.interviews.list_page(filter_text="a\ud800"),
        "filter_text",
        "unicode",
    ),
    (
        "lone surrogate in a multipart text part",
        lambda c: c.screening.screen_resume_file(**{**UPLOAD, "candidate_name": "A\udc00"}, file=b"%PDF"),
        "candidate_name",
        "unicode",
    ),
    (
        "lone surrogate in a file name",
        lambda c: c.screening.screen_resume_file(**UPLOAD, file=("cv\udcff.pdf", b"%PDF")),
        "file (file name)",
        "unicode",
    ),
    ("NaN", lambda c: c.interviews.create(**INTERVIEW, max_duration=float("nan")), "max_duration", "finite"),
    ("infinity", lambda c: c.interviews.create(**INTERVIEW, max_duration=float("-inf")), "max_duration", "finite"),
    (
        "an int of 5,000 digits",
        lambda c: c.interviews.create(**INTERVIEW, max_duration=10**5000),
        "max_duration",
        "integer size",
    ),
    (
        "a file object where a string belongs",
        lambda c: c.interviews.create(**{**INTERVIEW, "name": io.BytesIO(b"x")}),
        "name",
        "type",
    ),
    (
        "NaN in extra_body",
        lambda c: c.interviews.create(**INTERVIEW, extra_body={"score": float("nan")}),
        "score",
        "finite",
    ),
    (
        "a 70,000-character query value",
        lambda c: c.interviews.list_page(filter_text="x" * 70_000),
        "filter_text",
        "maxLength",
    ),
    (
        "a URL longer than 8,000 characters",
        lambda c: c.interviews.list_page(extra_query={"a": "x" * 5000, "b": "y" * 5000}),
        "(query)",
        "url length",
    ),
    (
        "a header that is not ASCII",
        lambda c: c.admin.list_languages(extra_headers={"X-Name": "\u00e9t\u00e9"}),
        "extra_headers.X-Name",
        "header",
    ),
    (
        "a header with a line break",
        lambda c: c.admin.list_languages(extra_headers={"X-Name": "a\r\nX-Injected: 1"}),
        "extra_headers.X-Name",
        "header",
    ),
    ("a deadline that is not positive", lambda c: c.admin.list_languages(deadline=0), "deadline", "exclusiveMinimum"),
    ("a deadline that is no number", lambda c: c.admin.list_languages(deadline="5"), "deadline", "type"),
]
PAGER_CASES: list[tuple[str, Callable[[Any], Any], str, str]] = [
    ("list(max_items='10')", lambda c: c.results.list(max_items="10"), "max_items", "type"),
]


@pytest.fixture(name="server", scope="module")
def server_fixture() -> Iterator[FaultServer]:
    with FaultServer(hard_timeout=120.0) as server:
        yield server


def refused_by(error: BaseException | None, field: str, rule: str) -> ValidationError:
    assert isinstance(error, ValidationError), repr(error)
    assert (error.field, error.rule) == (field, rule), str(error)
    assert error.outcome_unknown is False
    str(error).encode("utf-8")  # printable: no lone surrogate in the message
    return error


def sync_error(server: FaultServer, call: Callable[[Any], Any], validate: bool) -> BaseException | None:
    with JobMojito(token="t-0123456789", base_url=server.url, validate_requests=validate) as jm:
        try:
            call(jm)
        except Exception as error:
            return error
    return None


def async_error(server: FaultServer, call: Callable[[Any], Any], validate: bool) -> BaseException | None:
    async def main() -> BaseException | None:
        async with AsyncJobMojito(token="t-0123456789", base_url=server.url, validate_requests=validate) as ajm:
            try:
                await call(ajm)
            except Exception as error:
                return error
        return None

    return asyncio.run(main())


@pytest.mark.parametrize("validate", [True, False], ids=["validation-on", "validation-off"])
@pytest.mark.parametrize(("case", "call", "field", "rule"), CASES, ids=[c[0] for c in CASES])
def test_refused_before_anything_is_sent(
    server: FaultServer, case: str, call: Callable[[Any], Any], field: str, rule: str, validate: bool
) -> None:
    before = server.counts()
    for run in (sync_error, async_error):
        error = refused_by(run(server, call, validate), field, rule)
        assert error.operation is not None and error.operation in str(error), "the message names the operation"
    assert server.counts() == before, f"{case}: nothing may be sent"


@pytest.mark.parametrize(("case", "call", "field", "rule"), PAGER_CASES, ids=[c[0] for c in PAGER_CASES])
def test_a_pager_refuses_a_bad_cap_when_it_is_made(
    server: FaultServer, case: str, call: Callable[[Any], Any], field: str, rule: str
) -> None:
    before = server.counts()
    refused_by(sync_error(server, call, True), field, rule)
    refused_by(async_error(server, call, False), field, rule)
    assert server.counts() == before


def test_the_same_calls_with_good_values_are_sent(server: FaultServer) -> None:
    """The checks refuse what they must only: each kind of value, made sendable, reaches the server."""
    with JobMojito(token="t-0123456789", base_url=server.url, validate_requests=False) as jm:
        before = sum(server.counts().values())
        jm.interviews.list_page(filter_text="é" * 500, extra_query={"a": "x" * 3000})
        jm.admin.list_languages(extra_headers={"X-Name": "ete"}, deadline=5)
        jm.with_raw_response.interviews.create(**INTERVIEW, max_duration=10**4299, extra_body={"score": 1.5})
        jm.with_raw_response.screening.screen_resume_file(**UPLOAD, file=("cv é.pdf", b"%PDF"))
        assert sum(server.counts().values()) == before + 4
    sent = server.received[-2]
    assert sent.path == "/job-interview-create" and b'"max_duration":1000' in sent.body and b'"score":1.5' in sent.body
