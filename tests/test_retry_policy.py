"""The retry policy on its own: the decision matrix, Retry-After, backoff and jitter."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from jobmojito import RefreshError
from jobmojito._retry import NO_RETRIES, SIDE_REQUEST, RetryDecision, RetryPolicy, RetryPolicyLike, was_not_sent

pytestmark = pytest.mark.timeout(10)

NOW = 1_700_000_000.0


def upper(a: float, b: float) -> float:
    """A 'random' source that always draws the top of the range."""
    return b


def policy(**kwargs: object) -> RetryPolicy:
    return RetryPolicy(uniform=upper, clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


# (error, retried when idempotent, retried when not, outcome_unknown when not idempotent)
ERROR_MATRIX = [
    (httpx.ConnectError("refused"), True, True, False),
    (httpx.ConnectTimeout("connect timeout"), True, True, False),
    (httpx.PoolTimeout("pool timeout"), True, True, False),
    (httpx.ReadTimeout("read timeout"), True, False, True),
    (httpx.WriteTimeout("write timeout"), True, False, True),
    (httpx.RemoteProtocolError("server disconnected"), True, False, True),
    (httpx.ReadError("connection reset"), True, False, True),
    (httpx.WriteError("broken pipe"), True, False, True),
    (httpx.LocalProtocolError("bad header"), False, False, False),
    (httpx.UnsupportedProtocol("ftp"), False, False, False),
    (httpx.ProxyError("proxy says no"), False, False, False),
    (httpx.InvalidURL("too long"), False, False, False),
    (httpx.DecodingError("bad gzip"), False, False, True),
    (httpx.TooManyRedirects("loop"), False, False, True),
    (ValueError("a bug"), False, False, True),
    (RefreshError("auth server unreachable"), True, True, False),
    (RefreshError("auth server failed", status_code=503), True, True, False),
    (RefreshError("slow down", status_code=429), True, True, False),
    (RefreshError("wrong anon key", status_code=401), False, False, False),
    (RefreshError("invalid_grant", status_code=400, session_ended=True), False, False, False),
    (RefreshError("lost twice", session_ended=True), False, False, False),
]

# (status, retried when idempotent, retried when not, outcome_unknown when not idempotent)
STATUS_MATRIX = [
    (200, False, False, False),
    (201, False, False, False),
    (301, False, False, True),  # a redirect is never followed; after most, a POST may have been processed
    (302, False, False, True),
    (303, False, False, True),
    (307, False, False, False),  # "send it there instead": not processed here
    (308, False, False, False),
    (400, False, False, False),
    (401, False, False, False),
    (403, False, False, False),
    (404, False, False, False),
    (408, False, False, False),
    (409, False, False, False),
    (422, False, False, False),
    (429, True, True, False),
    (500, False, False, True),
    (501, False, False, True),
    (502, True, False, True),
    (503, True, True, False),
    (504, True, False, True),
]


@pytest.mark.parametrize(("error", "idem", "non_idem", "unknown"), ERROR_MATRIX, ids=lambda v: type(v).__name__)
def test_error_matrix(error: BaseException, idem: bool, non_idem: bool, unknown: bool) -> None:
    d = policy().decide(attempt=0, idempotent=True, error=error)
    assert (d.retry, d.outcome_unknown) == (idem, False), d.reason
    d = policy().decide(attempt=0, idempotent=False, error=error)
    assert (d.retry, d.outcome_unknown) == (non_idem, unknown), d.reason
    assert type(error).__name__ in d.reason


@pytest.mark.parametrize(("status", "idem", "non_idem", "unknown"), STATUS_MATRIX, ids=str)
def test_status_matrix(status: int, idem: bool, non_idem: bool, unknown: bool) -> None:
    d = policy().decide(attempt=0, idempotent=True, response=httpx.Response(status))
    assert (d.retry, d.outcome_unknown) == (idem, False), d.reason
    d = policy().decide(attempt=0, idempotent=False, response=httpx.Response(status))
    assert (d.retry, d.outcome_unknown) == (non_idem, unknown), d.reason
    assert str(status) in d.reason


@pytest.mark.parametrize("error_type", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError])
def test_a_failed_side_request_means_the_api_request_was_not_sent(error_type: type[httpx.RequestError]) -> None:
    refresh = httpx.Request("POST", "https://x.supabase.co/auth/v1/token", extensions={SIDE_REQUEST: True})
    d = policy().decide(attempt=0, idempotent=False, error=error_type("lost", request=refresh))
    assert d.retry and not d.outcome_unknown and "/auth/v1/token" in d.reason
    d = policy().decide(attempt=0, idempotent=False, error=httpx.LocalProtocolError("bad", request=refresh))
    assert not d.retry and not d.outcome_unknown
    api = httpx.Request("POST", "https://api.example/job-interview-create")
    d = policy().decide(attempt=0, idempotent=False, error=error_type("lost", request=api))
    assert not d.retry and d.outcome_unknown


def test_retry_after_delta_seconds_replaces_backoff() -> None:
    d = policy().decide(attempt=0, idempotent=False, response=httpx.Response(429, headers={"Retry-After": "3"}))
    assert d == RetryDecision(True, 3.0, d.reason, False)
    d = policy().decide(attempt=1, idempotent=True, response=httpx.Response(503, headers={"Retry-After": "0"}))
    assert d.retry and d.delay == 0.0


def test_retry_after_http_date() -> None:
    when = datetime.fromtimestamp(NOW + 10, tz=UTC)
    headers = {"Retry-After": format_datetime(when, usegmt=True)}
    d = policy().decide(attempt=0, idempotent=True, response=httpx.Response(503, headers=headers))
    assert d.retry and d.delay == pytest.approx(10.0)

    past = {"Retry-After": format_datetime(datetime.fromtimestamp(NOW - 100, tz=UTC), usegmt=True)}
    d = policy().decide(attempt=0, idempotent=True, response=httpx.Response(503, headers=past))
    assert d.retry and d.delay == 0.0


def test_retry_after_ms_wins_over_retry_after() -> None:
    headers = {"retry-after-ms": "1500", "Retry-After": "30"}
    d = policy().decide(attempt=0, idempotent=True, response=httpx.Response(429, headers=headers))
    assert d.retry and d.delay == 1.5


def test_retry_after_longer_than_allowed_gives_up() -> None:
    headers = {"Retry-After": "61"}
    d = policy().decide(attempt=0, idempotent=True, response=httpx.Response(429, headers=headers))
    assert not d.retry and "61" in d.reason
    d = policy(max_retry_after=120.0).decide(attempt=0, idempotent=True, response=httpx.Response(429, headers=headers))
    assert d.retry and d.delay == 61.0
    date = {"Retry-After": format_datetime(datetime.fromtimestamp(NOW + 3600, tz=UTC), usegmt=True)}
    assert not policy().decide(attempt=0, idempotent=True, response=httpx.Response(503, headers=date)).retry


@pytest.mark.parametrize("value", ["soon", "-5", "nan", "inf", ""])
def test_unparseable_retry_after_falls_back_to_backoff(value: str) -> None:
    d = policy().decide(attempt=0, idempotent=True, response=httpx.Response(503, headers={"Retry-After": value}))
    assert d.retry and d.delay == 0.5


def test_retry_after_on_a_status_that_is_not_retried_is_ignored() -> None:
    headers = {"Retry-After": "1"}
    assert not policy().decide(attempt=0, idempotent=True, response=httpx.Response(400, headers=headers)).retry
    assert not policy().decide(attempt=0, idempotent=False, response=httpx.Response(502, headers=headers)).retry


def test_backoff_doubles_and_is_capped() -> None:
    p = policy(max_retries=10)
    ceilings = [p.decide(attempt=n, idempotent=True, error=httpx.ConnectError("x")).delay for n in range(8)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]
    assert (
        policy(max_retries=10, max_delay=3.0).decide(attempt=5, idempotent=True, response=httpx.Response(503)).delay
        == 3.0
    )


def test_full_jitter_stays_in_bounds_and_is_reproducible() -> None:
    def delays(seed: int) -> list[float]:
        p = RetryPolicy(max_retries=100, uniform=random.Random(seed).uniform)
        return [p.decide(attempt=n % 6, idempotent=True, error=httpx.ReadTimeout("x")).delay for n in range(600)]

    first = delays(42)
    assert first == delays(42)
    assert first != delays(43)
    for n, delay in enumerate(first):
        assert 0.0 <= delay <= min(8.0, 0.5 * 2 ** (n % 6))
    # Full jitter: the draws cover the range, not just its top.
    at_cap = [d for n, d in enumerate(first) if n % 6 == 5]
    assert min(at_cap) < 2.0 and max(at_cap) > 6.0


def test_attempts_exhausted() -> None:
    p = policy(max_retries=2)
    assert p.decide(attempt=1, idempotent=True, response=httpx.Response(503)).retry
    d = p.decide(attempt=2, idempotent=True, response=httpx.Response(503))
    assert not d.retry and "exhausted" in d.reason
    d = p.decide(attempt=2, idempotent=False, error=httpx.ConnectError("x"))
    assert not d.retry and not d.outcome_unknown


def test_no_retries_still_reports_unknown_outcome() -> None:
    assert RetryPolicy(max_retries=0) == NO_RETRIES
    assert not NO_RETRIES.decide(attempt=0, idempotent=True, error=httpx.ConnectError("x")).retry
    d = NO_RETRIES.decide(attempt=0, idempotent=False, error=httpx.ReadTimeout("x"))
    assert not d.retry and d.outcome_unknown


def test_needs_a_response_or_an_error() -> None:
    with pytest.raises(ValueError, match="response or an error"):
        policy().decide(attempt=0, idempotent=True)


def test_a_custom_policy_satisfies_the_protocol() -> None:
    class Always:
        def decide(
            self,
            *,
            attempt: int,
            idempotent: bool,
            response: httpx.Response | None = None,
            error: BaseException | None = None,
        ) -> RetryDecision:
            return RetryDecision(retry=attempt < 1, delay=0.0, reason="custom")

    custom: RetryPolicyLike = Always()
    assert isinstance(custom, RetryPolicyLike)
    assert isinstance(RetryPolicy(), RetryPolicyLike)
    assert custom.decide(attempt=0, idempotent=False, response=httpx.Response(500)).retry


TRANSPORT_MATRIX = [row for row in ERROR_MATRIX if not isinstance(row[0], RefreshError)]  # what a refresh can raise


@pytest.mark.parametrize(("error", "_retried", "retried_when_not_idempotent", "_unknown"), TRANSPORT_MATRIX)
def test_was_not_sent_agrees_with_the_matrix(
    error: BaseException, _retried: bool, retried_when_not_idempotent: bool, _unknown: bool
) -> None:
    """What the refresh flow asks to tell an unspent refresh token from one whose answer was lost.

    Retried even when not idempotent means nothing was sent; an unsupported scheme never leaves either.
    """
    assert was_not_sent(error) == (retried_when_not_idempotent or isinstance(error, httpx.UnsupportedProtocol))
