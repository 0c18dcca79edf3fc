"""The sandbox's webhook deliveries, received by a real Starlette receiver on another loopback port.

Every delivered payload is validated with jsonschema against the webhooks
document (``WebhookInterviewResultPayload``). A delivery does not say which
event it is, so these tests tell the events apart as a receiver must: by the
trigger conditions the webhook documentation gives (``documented_event``).
Background deliveries are awaited on conditions (receiver, ``Webhooks.wait_*``),
never by sleeping.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from support.sandbox_steps import control, invite
from support.webhook_receiver import Received, Receiver, run_receiver

from jobmojito import JobMojito
from jobmojito.sandbox import Sandbox, create_app, run_sandbox
from jobmojito.sandbox.webhooks import WebhookSettings

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret"
HEADER = f"X-Webhook-Token: {SECRET}"
FAST = {"webhook_backoff_s": 0.01, "webhook_timeout_s": 5.0}


def webhooks_document() -> dict[str, Any]:
    """The pipeline's openapi-webhooks.yaml once it exists, else the shared reconstructed document."""
    for path in (ROOT / "openapi-webhooks.yaml", ROOT.parent / "shared" / "specs" / "jobmojito-webhooks.json"):
        if path.is_file():
            document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
            return document
    pytest.fail("no webhooks document: neither openapi-webhooks.yaml nor ../shared/specs/jobmojito-webhooks.json")


DOCUMENT = webhooks_document()
PAYLOAD_SCHEMA = DOCUMENT["components"]["schemas"]["WebhookInterviewResultPayload"]
PAYLOAD = Draft202012Validator({"$ref": "#/components/schemas/WebhookInterviewResultPayload", **DOCUMENT})


def documented_event(payload: dict[str, Any]) -> str | None:
    """Which event a payload is, by the documented triggers (failed / submitted and scored / collected).

    The rule of docs/guides/webhooks.md "Which event is it?", written out here as a receiver would, not imported.
    """
    if payload["interview_status"] in ("failed", "abandoned", "terminated, no speech detected"):
        return "interview_failed"
    if payload["processing_status"] == "failed":
        return "interview_failed"
    if payload["processing_status"] == "completed" and payload["status"] != "draft":
        return "interview_result"
    collected = payload["interview_status"] in ("completed", "completed, stopped early")
    if collected and payload["processing_status"] in ("new", "processing", None):
        return "interview_collected"
    return None


def checked(received: list[Received]) -> list[tuple[str, str | None, dict[str, Any]]]:
    """(result id, event, payload) of each POST, after checking it is a documented, authenticated delivery."""
    out = []
    for r in received:
        assert r.headers["x-webhook-token"] == SECRET
        assert r.headers["content-type"] == "application/json"
        payload = r.payload
        PAYLOAD.validate(payload)
        assert set(payload) == set(PAYLOAD_SCHEMA["properties"])  # every documented field, nothing else
        event = documented_event(payload)
        assert event in DOCUMENT["webhooks"]
        out.append((payload["id"], event, payload))
    return out


def acknowledged(received: list[Received]) -> list[tuple[str, str | None]]:
    return [(rid, event) for (rid, event, _), r in zip(checked(received), received, strict=True) if r.status < 300]


@contextmanager
def cli_sandbox(*args: str, stderr: Path) -> Iterator[str]:
    """``python -m jobmojito.sandbox`` in a subprocess: its base URL while it runs."""
    command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--seed", "1", *args]
    with (
        stderr.open("w") as errors,
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, env=os.environ.copy()) as process,
    ):
        try:
            assert process.stdout is not None
            name, _, url = process.stdout.readline().strip().partition("=")
            assert name == "JOBMOJITO_SANDBOX_URL", stderr.read_text()
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


# --- the scenario, through the command line -------------------------------------------------------


def test_the_cli_sandbox_delivers_each_event_with_the_header_and_again_after_a_500(tmp_path: Path) -> None:
    stderr = tmp_path / "sandbox.err"
    with run_receiver() as receiver:
        receiver.answer(500)  # the first delivery fails once
        options = ["--webhook-url", receiver.url, "--webhook-header", HEADER, "--webhook-backoff", "0.01"]
        with cli_sandbox(*options, "--log-level", "info", stderr=stderr) as base_url:
            with JobMojito(token="any", base_url=base_url) as jm:
                _, (done, failed) = invite(jm, 2)
                control(base_url, done, "advance", {"outcome": "completed"})
                control(base_url, failed, "advance", {"outcome": "failed"})
                expected = {(done, "interview_collected"), (done, "interview_result"), (failed, "interview_failed")}
                got = receiver.wait_for(lambda rs: set(acknowledged(rs)) >= expected)
                details = jm.results.get(interview_result_id=done)
            deadline = time.monotonic() + 15
            while (log := httpx.get(f"{base_url}/_sandbox/webhooks/deliveries", timeout=10).json())["pending"]:
                assert time.monotonic() < deadline, log
                time.sleep(0.02)

    got = receiver.received
    assert sorted(acknowledged(got)) == sorted(expected)  # each event once, nothing undocumented
    first = got[0]
    assert first.status == 500 and [r.body for r in got].count(first.body) == 2  # the same delivery again
    assert any(r.body == first.body and r.status == 200 for r in got[1:])
    assert not any("event" in name for r in got for name in r.headers)  # no event header: see the docs

    by_event = {event: payload for rid, event, payload in checked(got) if rid == done}
    scored, collected = by_event["interview_result"], by_event["interview_collected"]
    assert scored["score"] == details.score and isinstance(details.score, float)
    assert details.transcript and any(t.is_answer and t.answer for t in details.transcript)
    assert collected["score"] is None and collected["processing_status"] == "processing"
    assert scored["candidate_email"] == "candidate0@example.com" and scored["candidate_external_id"] == "ext-0"
    failure = next(payload for rid, event, payload in checked(got) if rid == failed)
    scoring = ("score", "ai_analysis_recruiter_score", "ai_analysis", "ai_analysis_recruiter", "pdf_export_url")
    assert all(failure[name] is None for name in (*scoring, "recruiter_go_next_round"))

    attempts = log["attempts"]
    assert [(a["attempt"], a["status"]) for a in attempts if a["status"] == 500] == [(1, 500)]
    assert {a["event"] for a in attempts} == {"interview_collected", "interview_result", "interview_failed"}
    assert all(a["headers"]["X-Webhook-Token"] == "***" for a in attempts)
    text = stderr.read_text()
    assert "retrying" in text and "acknowledged" in text
    assert SECRET not in text and SECRET not in json.dumps(log)


# --- what is delivered when ----------------------------------------------------------------------------------


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with run_receiver() as r:
        yield r


def serve(receiver: Receiver, **options: Any) -> Any:
    """``run_sandbox`` delivering to ``receiver`` with the token header, retrying fast; ``options`` override."""
    return run_sandbox(**{"seed": 1, "webhook_urls": [receiver.url], "webhook_headers": [HEADER], **FAST, **options})


def test_interview_result_is_resent_when_a_watched_field_changes(receiver: Receiver) -> None:
    with serve(receiver) as sb, JobMojito(token="t", base_url=sb.base_url) as jm:
        _, (result_id,) = invite(jm, 1)

        def delivered() -> list[tuple[str | None, str | None]]:
            assert sb.webhooks.wait_idle(15)
            return [(event, payload["reason"]) for _, event, payload in checked(receiver.received)]

        control(sb.base_url, result_id, "advance", {"outcome": "ongoing"})
        assert delivered() == []  # a started interview is no event
        control(sb.base_url, result_id, "advance", {"outcome": "completed"})
        # Both at once, in no guaranteed order.
        assert sorted(event for event, _ in delivered()) == ["interview_collected", "interview_result"]
        control(sb.base_url, result_id, "update", {"score": 77})
        assert delivered()[2:] == [("interview_result", "score")]
        control(sb.base_url, result_id, "update", {"score": 77})
        assert len(delivered()) == 3  # no change, no delivery
        control(sb.base_url, result_id, "update", {"recruiter_go_next_round": False, "ai_analysis": "Revised."})
        assert delivered()[3:] == [("interview_result", "ai_analysis,recruiter_go_next_round")]
        jm.results.create_report(interview_result_id=result_id, export_type="pdf", store_file=True)
        assert delivered()[4:] == [("interview_result", "pdf_export_url")]
        last = receiver.received[-1].payload
        assert (last["score"], last["recruiter_go_next_round"], last["ai_analysis"]) == (77, False, "Revised.")
        assert last["pdf_export_url"]

        jm.results.request_another_attempt(interview_result_id=result_id)
        assert len(delivered()) == 5  # reopening is no event
        control(sb.base_url, result_id, "advance", {"outcome": "completed"})
        assert sorted(event for event, _ in delivered()[5:]) == ["interview_collected", "interview_result"]
        retaken = next(p for _, e, p in checked(receiver.received[5:]) if e == "interview_result")
        assert retaken["recruiter_go_next_round"] is None and retaken["pdf_export_url"] is None
        assert retaken["score"] != 77


def test_subscribed_events_only_to_every_url(receiver: Receiver) -> None:
    with run_receiver() as second:
        urls = [receiver.url, second.url]
        events = ["interview_result", "interview_failed"]
        with (
            serve(receiver, webhook_urls=urls, webhook_events=events) as sb,
            JobMojito(token="t", base_url=sb.base_url) as jm,
        ):
            _, (done, failed) = invite(jm, 2)
            control(sb.base_url, done, "advance", {"outcome": "completed"})
            control(sb.base_url, failed, "advance", {"outcome": "failed", "interview_status": "abandoned"})
            assert sb.webhooks.wait_idle(15)
        for r in (receiver, second):
            assert sorted(acknowledged(r.received)) == sorted(
                [(done, "interview_result"), (failed, "interview_failed")]
            )


def test_results_advancing_by_themselves_are_delivered_too(receiver: Receiver) -> None:
    with serve(receiver, speed=60_000) as sb, JobMojito(token="t", base_url=sb.base_url) as jm:
        _, (result_id,) = invite(jm, 1)
        both = {(result_id, "interview_collected"), (result_id, "interview_result")}
        got = receiver.wait_for(lambda rs: both <= set(acknowledged(rs)))
        # Collected 2 ms (sandbox: 120 s / speed) before scored; concurrent deliveries may still arrive swapped.
        assert sorted(event for _, event in acknowledged(got)) == ["interview_collected", "interview_result"]


# --- at least once -------------------------------------------------------------------------------------------


def test_failed_attempts_are_retried_until_max_attempts_then_given_up(receiver: Receiver) -> None:
    receiver.answer(503, times=3)
    with serve(receiver, webhook_max_attempts=3, webhook_events=["interview_failed"]) as sb:
        with JobMojito(token="t", base_url=sb.base_url) as jm:
            _, (result_id,) = invite(jm, 1)
            control(sb.base_url, result_id, "advance", {"outcome": "failed"})
            assert sb.webhooks.wait_idle(15)
        attempts = sb.webhooks.attempts()
    assert [(a.attempt, a.status, a.acknowledged) for a in attempts] == [
        (1, 503, False),
        (2, 503, False),
        (3, 503, False),
    ]
    assert len({r.body for r in receiver.received}) == 1 and len(receiver.received) == 3


def test_the_backoff_doubles_up_to_its_cap() -> None:
    settings = WebhookSettings(backoff_s=0.5, max_backoff_s=3.0)
    assert [settings.delay_after(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_a_timeout_is_retried(receiver: Receiver) -> None:
    receiver.answer(200, delay=2.0)  # answers, but after the sandbox stopped waiting
    with serve(receiver, webhook_timeout_s=0.2, webhook_events=["interview_failed"]) as sb:
        with JobMojito(token="t", base_url=sb.base_url) as jm:
            _, (result_id,) = invite(jm, 1)
            control(sb.base_url, result_id, "advance", {"outcome": "failed"})
            assert sb.webhooks.wait_for(lambda attempts: any(a.acknowledged for a in attempts), 15)
        attempts = sb.webhooks.attempts()
    assert [(a.attempt, a.error, a.status) for a in attempts] == [(1, "timeout", None), (2, None, 200)]
    assert attempts[0].body == attempts[1].body


def test_deliveries_do_not_hold_up_the_api(receiver: Receiver) -> None:
    receiver.hold()
    with serve(receiver) as sb, JobMojito(token="t", base_url=sb.base_url) as jm:
        _, (result_id,) = invite(jm, 1)
        control(sb.base_url, result_id, "advance", {"outcome": "completed"})  # answered: the POSTs are still open
        receiver.wait_arrived(2)
        assert receiver.received == [] and sb.webhooks.pending == 2
        assert jm.results.get(interview_result_id=result_id).status == "completed"
        receiver.release()
        assert sb.webhooks.wait_idle(15)
    assert sorted(event for _, event in acknowledged(receiver.received)) == ["interview_collected", "interview_result"]


def duplicate_pattern(receiver: Receiver, seed: int, rate: float) -> list[tuple[int, bool]]:
    """(change, duplicate) of every attempt of a run completing six results."""
    receiver.received.clear()
    with serve(receiver, seed=seed, webhook_duplicates=rate) as sb, JobMojito(token="t", base_url=sb.base_url) as jm:
        for result_id in invite(jm, 6)[1]:
            control(sb.base_url, result_id, "advance", {"outcome": "completed"})
        assert sb.webhooks.wait_idle(15)
        attempts = sb.webhooks.attempts()
    assert all(a.acknowledged for a in attempts)
    bodies = [r.body for r in receiver.received]
    for a in attempts:  # a duplicate reaches the receiver with the very same body
        assert bodies.count(a.body) == sum(1 for b in attempts if b.body == a.body)
    return sorted((a.change, a.duplicate) for a in attempts)


def test_duplicates_are_injected_as_configured_and_seeded(receiver: Receiver) -> None:
    every = duplicate_pattern(receiver, 1, 1.0)
    assert len(every) == 24 and sum(duplicate for _, duplicate in every) == 12  # 12 deliveries, each twice
    half = duplicate_pattern(receiver, 1, 0.5)
    assert 0 < sum(duplicate for _, duplicate in half) < 12
    assert duplicate_pattern(receiver, 1, 0.5) == half  # the same seed, the same duplicates
    assert duplicate_pattern(receiver, 2, 0.5) != half  # another seed, others
    assert duplicate_pattern(receiver, 1, 0.0) == [(change, False) for change in range(1, 13)]


# --- secrets -----------------------------------------------------------------------------------------------


def test_header_values_stay_out_of_reprs_logs_and_errors(receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="jobmojito.sandbox")
    receiver.answer(500)
    with serve(receiver, webhook_max_attempts=2) as sb, JobMojito(token="t", base_url=sb.base_url) as jm:
        _, (result_id,) = invite(jm, 1)
        control(sb.base_url, result_id, "advance", {"outcome": "failed"})
        assert sb.webhooks.wait_idle(15)
        attempts = sb.webhooks.attempts()
        shown = [repr(attempts), str(attempts[0].headers), repr(sb.webhooks.settings), caplog.text]
    assert "retrying" in caplog.text and "acknowledged" in caplog.text
    assert all(SECRET not in text for text in shown) and "'X-Webhook-Token': '***'" in shown[0]
    assert attempts[0].headers["x-webhook-token"] == SECRET  # kept for a test to replay the delivery

    for bad in (["X-Webhook-Token s3cret"], {"X-Webhook-Token": "s3cret\r\nX: y"}):
        with pytest.raises(ValueError) as refused:
            create_app(webhook_headers=bad)
        assert SECRET not in str(refused.value)
    with pytest.raises(ValueError) as bad_url:
        create_app(webhook_urls=["ftp://user:s3cret@example.com/?token=s3cret"])
    assert SECRET not in str(bad_url.value)
    command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--webhook-header", "X-Webhook-Token s3cret"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "--webhook-header" in done.stderr and SECRET not in done.stderr


def test_sandbox_records_what_it_delivered(receiver: Receiver) -> None:
    with serve(receiver) as sb, JobMojito(token="t", base_url=sb.base_url) as jm:
        assert isinstance(sb, Sandbox) and sb.webhooks is sb.app.state.webhooks
        _, (result_id,) = invite(jm, 1)
        control(sb.base_url, result_id, "advance", {"outcome": "collected"})
        assert sb.webhooks.wait_idle(15)
        (attempt,) = sb.webhooks.deliveries
    assert (attempt.event, attempt.interview_result_id, attempt.url) == ("interview_collected", result_id, receiver.url)
    assert (attempt.attempt, attempt.duplicate, attempt.status, attempt.acknowledged) == (1, False, 200, True)
    assert attempt.payload == receiver.received[0].payload and attempt.body == receiver.received[0].body
