"""Receiving webhooks: unwrap, the event rule, each change handled once, and receivers for three frameworks.

The deliveries come from the sandbox (``--webhook-url``/``--webhook-header``,
retrying non-2xx, duplicating on request) to receivers served by their own
framework on 127.0.0.1: Starlette on uvicorn, Flask and Django on werkzeug's
server. The receivers are the examples in ``examples/receivers``.
"""

from __future__ import annotations

import json
import multiprocessing
import pickle
import sys
import threading
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from receivers.handling import Receiver
from support.sandbox_steps import advance, invite
from support.web_servers import serve_asgi, serve_wsgi

import jobmojito
from jobmojito import JobMojito, WebhookPayloadError, WebhookVerificationError
from jobmojito.sandbox import run_sandbox
from jobmojito.webhooks import (
    Deduplicator,
    DeliveryInProgress,
    MemoryStore,
    SQLiteStore,
    WebhookEvent,
    event_of,
    unwrap,
)

pytestmark = pytest.mark.timeout(120)
SECRET = "s3cret"
EXPECTED = {"X-Webhook-Token": SECRET}
FAST = {"webhook_backoff_s": 0.01, "webhook_timeout_s": 5.0}

PAYLOAD = {
    "id": "r-1",
    "interview_id": "i-1",
    "question_set_id": "i-1",
    "status": "active",
    "interview_status": "completed",
    "processing_status": "completed",
    "profile_interview_id": "pi-1",
    "profile_id": None,
    "score": 81.5,
    "ai_analysis_recruiter_score": 77.0,
    "ai_analysis": "Clear answers.",
    "ai_analysis_recruiter": "Hire.",
    "recruiter_go_next_round": None,
}


# --- unwrap -------------------------------------------------------------------------


def test_unwrap_checks_every_expected_header_then_parses_the_payload() -> None:
    event = unwrap(json.dumps(PAYLOAD).encode(), {"x-webhook-token": SECRET}, expected_headers=EXPECTED)
    assert (event.event, event.derived) == ("interview_result", True)
    assert event.data.id == "r-1" and event.data.score == 81.5 and event.data.pdf_export_url is None
    assert unwrap(json.dumps(PAYLOAD), [("X-WEBHOOK-TOKEN", SECRET)], expected_headers=EXPECTED).event == (
        "interview_result"
    ), "header names are case-insensitive, text bodies and pairs work"
    assert JobMojito(token="t").webhooks.unwrap(PAYLOAD, {"x-webhook-token": SECRET}, expected_headers=EXPECTED).data.id


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({}, "missing"),
        ({"x-webhook-token": "s3cre7"}, "wrong value"),
        ({"x-webhook-token": ""}, "wrong value"),
        ([("x-webhook-token", SECRET), ("x-webhook-token", SECRET)], "repeated"),
    ],
)
def test_a_delivery_without_the_expected_header_value_is_refused_naming_the_header_not_the_value(
    headers: Any, problem: str
) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(json.dumps(PAYLOAD), headers, expected_headers=EXPECTED)
    error = caught.value
    assert isinstance(error, jobmojito.JobMojitoError)
    assert (error.header, error.problem) == ("X-Webhook-Token", problem)
    shown = str(error) + repr(error) + repr(pickle.loads(pickle.dumps(error)))
    assert SECRET not in shown and "s3cre7" not in shown


@pytest.mark.parametrize(
    ("body", "words"),
    [(b"<html>", "not JSON"), (b"[1, 2]", "not a JSON object"), (b"{" * 100_000 + b"}" * 100_000, "not JSON")],
)
def test_a_body_that_is_not_the_payload_is_a_typed_error(body: bytes, words: str) -> None:
    with pytest.raises(WebhookPayloadError, match=words):
        unwrap(body, {"x-webhook-token": SECRET}, expected_headers=EXPECTED)


@pytest.mark.parametrize(
    ("changes", "event"),
    [
        ({}, "interview_result"),
        ({"processing_status": "processing", "status": "draft", "score": None}, "interview_collected"),
        ({"interview_status": "completed, stopped early", "processing_status": None}, "interview_collected"),
        ({"interview_status": "abandoned", "processing_status": "new", "score": None}, "interview_failed"),
        ({"interview_status": "terminated, no speech detected"}, "interview_failed"),
        ({"processing_status": "failed"}, "interview_failed"),
        ({"interview_status": "ongoing", "processing_status": "new", "status": "draft"}, None),
    ],
)
def test_the_event_of_an_unnamed_delivery_follows_the_documented_triggers(
    changes: dict[str, Any], event: str | None
) -> None:
    payload = {**PAYLOAD, **changes}
    assert event_of(payload) == event
    assert unwrap(payload, {"x-webhook-token": SECRET}, expected_headers=EXPECTED).event == event


def test_an_event_named_by_the_delivery_or_the_endpoint_wins_and_unknown_ones_stay_raw() -> None:
    named = unwrap({**PAYLOAD, "event": "interview_rescored"}, {"x-webhook-token": SECRET}, expected_headers=EXPECTED)
    assert (named.event, named.derived) == ("interview_rescored", False)
    assert named.data.additional_properties == {"event": "interview_rescored"}
    routed = unwrap(PAYLOAD, {"x-webhook-token": SECRET}, expected_headers=EXPECTED, event="interview_collected")
    assert (routed.event, routed.derived) == ("interview_collected", False)


def test_the_payload_is_read_leniently() -> None:
    thin = {"id": "r-2", "interview_id": None, "zz_new_field": [1]}
    event = unwrap(thin, {"x-webhook-token": SECRET}, expected_headers=EXPECTED)
    assert event.data.interview_id is None and event.data["zz_new_field"] == [1]


# --- one delivery of one change -------------------------------------------------------


def _event(**changes: Any) -> WebhookEvent:
    return unwrap({**PAYLOAD, **changes}, {"x-webhook-token": SECRET}, expected_headers=EXPECTED)


def test_the_delivery_key_is_one_per_change() -> None:
    assert _event().delivery_key == _event().delivery_key, "a redelivery of the same change"
    assert _event().delivery_key != _event(score=90.0).delivery_key, "a watched field changed: a new change"
    assert _event().delivery_key != _event(reason="pdf_export_url").delivery_key
    assert _event().delivery_key != _event(id="r-9").delivery_key


@pytest.fixture(params=["memory", "sqlite"])
def dedupe(request: pytest.FixtureRequest, tmp_path: Path) -> Deduplicator:
    store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "webhooks.db")
    return Deduplicator(store, lease=60.0)


def test_a_change_is_handled_once_however_often_it_is_delivered(dedupe: Deduplicator) -> None:
    handled = []
    for _ in range(3):
        with dedupe.once(_event()) as first:
            if first:
                handled.append(1)
    assert handled == [1]


def test_a_failed_handling_is_handled_again_on_the_retry(dedupe: Deduplicator) -> None:
    with pytest.raises(RuntimeError), dedupe.once(_event()) as first:
        assert first
        raise RuntimeError("the database was down")
    with dedupe.once(_event()) as again:
        assert again, "the claim was released: the retry handles it"


def test_a_duplicate_arriving_while_the_first_is_handled_is_told_to_come_back(dedupe: Deduplicator) -> None:
    with dedupe.once(_event()) as first:
        assert first
        with pytest.raises(DeliveryInProgress), dedupe.once(_event()):
            pass
    with dedupe.once(_event()) as later:
        assert not later


def test_a_claim_left_by_a_crashed_worker_expires() -> None:
    now = [1000.0]
    dedupe = Deduplicator(MemoryStore(), lease=30.0, clock=lambda: now[0])
    assert dedupe.store.claim(_event().delivery_key, now[0], 30.0) == "new"  # a worker claimed, then died
    with pytest.raises(DeliveryInProgress), dedupe.once(_event()):
        pass
    now[0] += 31
    with dedupe.once(_event()) as first:
        assert first


def _claim_in_another_process(path: str, key: str, results: Any) -> None:
    results.put(SQLiteStore(path).claim(key, 1000.0, 60.0))


def test_the_sqlite_store_is_shared_by_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "webhooks.db")
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_claim_in_another_process, args=(path, "k", results)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    claims = sorted(results.get(timeout=10) for _ in workers)
    assert claims == ["busy", "busy", "busy", "new"]


# --- receivers in three frameworks, fed by the sandbox --------------------------------------


class Handled:
    """What a receiver's handler saw, with an optional first failure."""

    def __init__(self, fail_first: bool = False) -> None:
        self.events: list[tuple[str, str | None]] = []
        self._fail = fail_first
        self._lock = threading.Lock()

    def __call__(self, event: WebhookEvent) -> None:
        with self._lock:
            if self._fail:
                self._fail = False
                raise RuntimeError("the first handling fails: the receiver answers 500")
            self.events.append((event.data.id, event.event))


@contextmanager
def starlette_served(receiver: Receiver) -> Iterator[str]:
    from receivers.starlette_receiver import PATH, create_app

    with serve_asgi(create_app(receiver)) as url:
        yield url + PATH


@contextmanager
def flask_served(receiver: Receiver) -> Iterator[str]:
    from receivers.flask_receiver import PATH, create_app

    with serve_wsgi(create_app(receiver)) as url:
        yield url + PATH


_DJANGO: dict[str, Receiver] = {}


@contextmanager
def django_served(receiver: Receiver) -> Iterator[str]:
    from django.conf import settings

    if not settings.configured:
        from receivers.django_receiver import PATH, webhook_view

        class Current:  # the view of the one Django configuration of this process, whatever the test
            def receive(self, body: bytes, headers: Any) -> int:
                return _DJANGO["receiver"].receive(body, headers)

        urls = types.ModuleType("jobmojito_test_webhook_urls")
        from django.urls import path

        urls.urlpatterns = [path(PATH, webhook_view(Current()))]  # type: ignore[attr-defined]
        sys.modules[urls.__name__] = urls
        settings.configure(
            DEBUG=False,
            SECRET_KEY="test-only-django-key",
            ALLOWED_HOSTS=["127.0.0.1"],
            ROOT_URLCONF=urls.__name__,
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
        )
        import django

        django.setup()
    from django.core.wsgi import get_wsgi_application
    from receivers.django_receiver import PATH

    _DJANGO["receiver"] = receiver
    with serve_wsgi(get_wsgi_application()) as url:
        yield f"{url}/{PATH}"


SERVED: dict[str, Callable[[Receiver], Any]] = {
    "starlette": starlette_served,
    "flask": flask_served,
    "django": django_served,
}


@pytest.mark.parametrize("framework", sorted(SERVED))
def test_each_receiver_handles_every_event_once_despite_duplicates_and_a_failure(framework: str) -> None:
    handled = Handled(fail_first=True)
    receiver = Receiver(EXPECTED, handled, Deduplicator())
    with (
        SERVED[framework](receiver) as url,
        run_sandbox(
            seed=5, webhook_urls=[url], webhook_headers=[f"X-Webhook-Token: {SECRET}"], webhook_duplicates=1.0, **FAST
        ) as sandbox,
        JobMojito(token="t", base_url=sandbox.base_url) as jm,
    ):
        _interview, [done, failed] = invite(jm, 2)
        assert advance(sandbox.base_url, done, "completed").status_code == 200
        assert advance(sandbox.base_url, failed, "failed").status_code == 200
        assert sandbox.webhooks.wait_idle(30)
        details = jm.results.get(interview_result_id=done)
    assert sorted(handled.events) == sorted(
        [(done, "interview_collected"), (done, "interview_result"), (failed, "interview_failed")]
    ), "each change once: duplicates acknowledged, the failed handling handled on the retry"
    statuses = [a.status for a in sandbox.webhooks.attempts()]
    assert 500 in statuses and statuses.count(204) > len(handled.events), statuses
    assert details.score is not None and details.transcript


@pytest.mark.parametrize("framework", sorted(SERVED))
def test_each_receiver_refuses_deliveries_with_another_header_value(framework: str) -> None:
    handled = Handled()
    with (
        SERVED[framework](Receiver(EXPECTED, handled)) as url,
        run_sandbox(
            seed=6, webhook_urls=[url], webhook_headers=["X-Webhook-Token: guess"], webhook_max_attempts=2, **FAST
        ) as sandbox,
        JobMojito(token="t", base_url=sandbox.base_url) as jm,
    ):
        _interview, [done] = invite(jm, 1)
        advance(sandbox.base_url, done, "completed")
        assert sandbox.webhooks.wait_idle(30)
    assert handled.events == []
    assert {a.status for a in sandbox.webhooks.attempts()} == {401}
