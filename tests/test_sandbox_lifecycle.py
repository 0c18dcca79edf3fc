"""The result lifecycle of the sandbox over real HTTP on 127.0.0.1, read through the SDK.

A result moves invited → ongoing → collected → completed, or → failed, driven by
``POST <base>/_sandbox/results/{id}/advance`` (or by itself with a speed). What
each phase sets, what cannot happen, and the Results operations that depend on
it (details, list, report, request another attempt) are checked here; every
answer of the API is checked against the document with openapi-core.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from support.sandbox_steps import advance, invite, state, update

from jobmojito import JobMojito, NotFoundError, UnprocessableEntityError
from jobmojito.sandbox import Sandbox, run_sandbox
from jobmojito.sandbox.document import normalized_document

UNKNOWN_ID = "6f1c2b1e-0000-4000-8000-000000000000"
NORMALIZED = normalized_document()
ERROR_SCHEMA = Draft202012Validator(NORMALIZED["components"]["schemas"]["Error"])


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with run_sandbox(seed=1) as sb:
        yield sb


@pytest.fixture
def jm(sandbox: Sandbox) -> Iterator[JobMojito]:
    with JobMojito(token="any-token", base_url=sandbox.base_url, max_retries=0) as client:
        yield client


@pytest.fixture(scope="module")
def document_api() -> OpenAPI:
    doc = copy.deepcopy(NORMALIZED)
    doc["servers"] = [{"url": "/functions/v1"}]
    return OpenAPI.from_dict(doc)


def conforms(api: OpenAPI, response: httpx.Response) -> httpx.Response:
    """``response``, after openapi-core found it to be what the document describes."""
    request = response.request
    api.validate_response(
        MockRequest(
            f"{request.url.scheme}://{request.url.netloc.decode()}",
            request.method.lower(),
            request.url.path,
            args=dict(request.url.params),
            headers=dict(request.headers),
            data=request.read(),
            content_type=request.headers.get("content-type", "application/json"),
        ),
        MockResponse(response.content, response.status_code, dict(response.headers), response.headers["content-type"]),
    )
    return response


def api(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sandbox.base_url, headers={"Authorization": "Bearer any"}, timeout=10)


# --- completed results read through the SDK ------------------------------------------------


def test_a_completed_result_has_a_score_a_transcript_and_reasons_through_the_sdk(
    sandbox: Sandbox, jm: JobMojito
) -> None:
    interview_id, (result_id,) = invite(jm)
    questions = [q["question"] for q in sandbox.store.interviews[interview_id].questions]
    assert advance(sandbox.base_url, result_id, "completed").status_code == 200

    details = jm.results.get(interview_result_id=result_id)
    assert details.status == "completed"
    assert isinstance(details.score, float) and 0 <= details.score <= 100
    assert [t.question_asked for t in details.transcript if not t.is_answer] == questions
    answers = [t for t in details.transcript if t.is_answer]
    assert len(answers) == len(questions) and all(t.answer and isinstance(t.score, float) for t in answers)
    assert details.ai_analysis and details.ai_analysis_recruiter
    why_hire = details.ai_analysis_recruiter_why_hire
    assert isinstance(why_hire, list) and 1 <= len(why_hire) <= 4 and all(isinstance(r, str) for r in why_hire)
    assert details.ai_analysis_other["hiring_reasons"] == {
        "reasons_to_hire": why_hire,
        "reasons_not_to_hire": details.ai_analysis_recruiter_why_not_hire,
    }
    assert details.start and details.end and isinstance(details.duration, float | int) and details.duration > 0

    (row,) = jm.results.list(interview_id=interview_id)
    assert (row.status, row.coach_status, row.processing_status) == ("active", "completed", "completed")
    assert row.score == details.score and row.interview_started is True

    report = jm.results.create_report(interview_result_id=result_id, export_type="pdf")
    assert report.pdf_export_url.startswith("https://") and report.pdf_export_url.endswith(".pdf")


def test_signed_recording_urls_only_when_asked_for(sandbox: Sandbox, jm: JobMojito) -> None:
    _, (result_id,) = invite(jm)
    advance(sandbox.base_url, result_id, "completed")
    plain = jm.results.get(interview_result_id=result_id)
    signed = jm.results.get(interview_result_id=result_id, get_signed_recordings="true")
    assert plain.recording_local_path and plain.recording_url is None
    assert signed.recording_url and all(t.recording_url for t in signed.transcript if t.is_answer)


# --- what each phase sets -------------------------------------------------------------------------

PHASES = [
    # outcome, interview_status asked for, expected (phase, status, interview_status, processing_status)
    ("ongoing", None, ("ongoing", "draft", "ongoing", "new")),
    ("collected", None, ("collected", "draft", "completed", "processing")),
    ("collected", "completed, stopped early", ("collected", "draft", "completed, stopped early", "processing")),
    ("completed", None, ("completed", "active", "completed", "completed")),
    ("completed", "completed, stopped early", ("completed", "active", "completed, stopped early", "completed")),
    ("failed", None, ("failed", "draft", "failed", "failed")),
    ("failed", "abandoned", ("failed", "draft", "abandoned", "failed")),
    ("failed", "terminated, no speech detected", ("failed", "draft", "terminated, no speech detected", "failed")),
]


@pytest.mark.parametrize(("outcome", "interview_status", "expected"), PHASES)
def test_each_outcome_sets_the_documented_fields(
    document_api: OpenAPI,
    sandbox: Sandbox,
    jm: JobMojito,
    outcome: str,
    interview_status: str | None,
    expected: tuple[str, str, str, str],
) -> None:
    interview_id, (result_id,) = invite(jm)
    extra = {"interview_status": interview_status} if interview_status else {}
    answer = advance(sandbox.base_url, result_id, outcome, **extra)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    payload = body["result"]
    assert (body["phase"], payload["status"], payload["interview_status"], payload["processing_status"]) == expected
    assert state(sandbox.base_url, result_id) == body

    with api(sandbox) as client:
        details = conforms(
            document_api, client.get("/job-interview-details", params={"interview_result_id": result_id})
        )
        rows = conforms(document_api, client.get("/merchant-result-list", params={"interview_id": interview_id}))
    detail, (row,) = details.json(), rows.json()["data"]
    assert detail["status"] == row["coach_status"] == expected[2]
    assert row["status"] == expected[1] and row["processing_status"] == expected[3]
    scoring = ("score", "ai_analysis", "ai_analysis_recruiter", "ai_analysis_recruiter_why_hire")
    if outcome == "completed":
        assert all(detail[name] is not None for name in scoring)
        assert payload["score"] == detail["score"] and payload["ai_analysis"] == detail["ai_analysis"]
    else:  # nothing is scored before completion, and failures are never scored
        assert all(detail[name] is None for name in scoring) and payload["score"] is None
        assert row["score"] is None and payload["ai_analysis_recruiter_score"] is None
    total = len(sandbox.store.interviews[interview_id].questions)
    answered = sum(1 for t in detail["transcript"] if t["is_answer"])
    if expected[2] == "completed":
        assert answered == total
    elif outcome != "ongoing":
        assert answered < total  # stopped early or failed: part of the interview
    if expected[2] == "terminated, no speech detected":
        assert answered == 0 and len(detail["transcript"]) == 1


def test_an_invited_result_reads_invited_until_the_candidate_starts(sandbox: Sandbox, jm: JobMojito) -> None:
    interview_id, (result_id,) = invite(jm)
    assert jm.results.get(interview_result_id=result_id).status == "invited"
    assert state(sandbox.base_url, result_id)["result"]["status"] == "draft"
    assert [r.status for r in jm.results.list(interview_id=interview_id)] == ["invited"]


# --- what cannot happen ------------------------------------------------------------------------------

IMPOSSIBLE = [
    # steps taken first, then the refused outcome
    ([], "invited"),  # not an outcome
    (["ongoing"], "ongoing"),
    (["collected"], "ongoing"),
    (["completed"], "collected"),
    (["completed"], "completed"),
    (["completed"], "failed"),
    (["failed"], "completed"),
    (["failed"], "ongoing"),
]


@pytest.mark.parametrize(("steps", "outcome"), IMPOSSIBLE)
def test_impossible_transitions_are_refused_and_change_nothing(
    sandbox: Sandbox, jm: JobMojito, steps: list[str], outcome: str
) -> None:
    _, (result_id,) = invite(jm)
    for step in steps:
        assert advance(sandbox.base_url, result_id, step).status_code == 200
    before = state(sandbox.base_url, result_id)
    refused = advance(sandbox.base_url, result_id, outcome)
    assert refused.status_code == (422 if outcome == "invited" else 409), refused.text
    assert ERROR_SCHEMA.is_valid(refused.json()) and refused.json()["name"] == "outcome"
    assert state(sandbox.base_url, result_id) == before


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ({"outcome": "completed", "interview_status": "abandoned"}, "interview_status"),
        ({"outcome": "failed", "interview_status": "completed"}, "interview_status"),
        ({"outcome": "ongoing", "interview_status": "failed"}, "interview_status"),
        ({"outcome": 3}, "outcome"),
        ({}, "outcome"),
        ({"outcome": "completed", "score": 90}, "score"),
        ([], "body"),
    ],
)
def test_malformed_advance_requests_are_422_naming_the_field(
    sandbox: Sandbox, jm: JobMojito, body: Any, name: str
) -> None:
    _, (result_id,) = invite(jm)
    response = httpx.post(f"{sandbox.base_url}/_sandbox/results/{result_id}/advance", json=body, timeout=10)
    assert response.status_code == 422 and response.json()["name"] == name
    assert ERROR_SCHEMA.is_valid(response.json())
    not_json = httpx.post(
        f"{sandbox.base_url}/_sandbox/results/{result_id}/advance", content=b"{outcome", timeout=10
    ).json()
    assert not_json["name"] == "body"
    assert state(sandbox.base_url, result_id)["phase"] == "invited"


def test_collected_answers_keep_their_interview_status(sandbox: Sandbox, jm: JobMojito) -> None:
    _, (result_id,) = invite(jm)
    advance(sandbox.base_url, result_id, "collected", interview_status="completed, stopped early")
    refused = advance(sandbox.base_url, result_id, "completed", interview_status="completed")
    assert (refused.status_code, refused.json()["name"]) == (409, "interview_status")
    done = advance(sandbox.base_url, result_id, "completed", interview_status="completed, stopped early")
    assert done.json()["result"]["interview_status"] == "completed, stopped early"


# --- unknown ids ---------------------------------------------------------------------------------------


def test_unknown_result_ids_are_refused_with_the_error_body(sandbox: Sandbox, jm: JobMojito) -> None:
    for path in ("advance", "update"):
        response = httpx.post(f"{sandbox.base_url}/_sandbox/results/{UNKNOWN_ID}/{path}", json={}, timeout=10)
        assert response.status_code == 404
        assert response.json() == {"error": "Interview result not found.", "name": "interview_result_id"}
    assert httpx.get(f"{sandbox.base_url}/_sandbox/results/{UNKNOWN_ID}", timeout=10).status_code == 404

    with pytest.raises(NotFoundError) as details:
        jm.results.get(interview_result_id=UNKNOWN_ID)
    assert details.value.name == "interview_result_id" and ERROR_SCHEMA.is_valid(details.value.body)
    # The document lists no 404 for these two: a result that does not exist is their documented 422.
    with pytest.raises(UnprocessableEntityError) as report:
        jm.results.create_report(interview_result_id=UNKNOWN_ID, export_type="pdf")
    assert report.value.name == "interview_result_id" and ERROR_SCHEMA.is_valid(report.value.body)
    _, (known,) = invite(jm)
    with pytest.raises(UnprocessableEntityError) as combined:
        jm.results.create_report(interview_result_ids=[known, UNKNOWN_ID], export_type="pdf")
    assert combined.value.name == "interview_result_ids[1]"
    with pytest.raises(UnprocessableEntityError) as retake:
        jm.results.request_another_attempt(interview_result_id=UNKNOWN_ID)
    assert retake.value.name == "interview_result_id"


# --- request_another_attempt, reports and updates ----------------------------------------------------------


def test_request_another_attempt_reopens_only_a_submitted_result(sandbox: Sandbox, jm: JobMojito) -> None:
    interview_id, (result_id, failed_id) = invite(jm, 2)
    advance(sandbox.base_url, failed_id, "failed")
    for not_submitted in (result_id, failed_id):  # invited, failed
        with pytest.raises(UnprocessableEntityError):
            jm.results.request_another_attempt(interview_result_id=not_submitted)
    advance(sandbox.base_url, result_id, "completed")
    decided = update(sandbox.base_url, result_id, recruiter_go_next_round=True)
    assert decided.json()["result"]["recruiter_go_next_round"] is True
    first = jm.results.get(interview_result_id=result_id)

    jm.results.request_another_attempt(interview_result_id=result_id)
    reopened = state(sandbox.base_url, result_id)
    assert (reopened["phase"], reopened["attempt"]) == ("invited", 2)
    assert reopened["result"]["status"] == "draft" and reopened["result"]["recruiter_go_next_round"] is None
    assert [r.status for r in jm.results.list(interview_id=interview_id, tab="completed")] == []
    with pytest.raises(UnprocessableEntityError):  # no longer submitted
        jm.results.request_another_attempt(interview_result_id=result_id)

    advance(sandbox.base_url, result_id, "completed")
    second = jm.results.get(interview_result_id=result_id)
    assert second.status == "completed" and second.score is not None
    assert [t.answer for t in second.transcript] != [t.answer for t in first.transcript]  # a new attempt


def test_a_stored_report_becomes_the_results_pdf_url(sandbox: Sandbox, jm: JobMojito) -> None:
    _, (result_id, invited_id) = invite(jm, 2)
    advance(sandbox.base_url, result_id, "completed")
    assert state(sandbox.base_url, result_id)["result"]["pdf_export_url"] is None  # the interview makes no PDF itself
    unstored = jm.results.create_report(interview_result_id=result_id, export_type="pdf")
    assert state(sandbox.base_url, result_id)["result"]["pdf_export_url"] is None
    stored = jm.results.create_report(interview_result_id=result_id, export_type="pdf", store_file=True)
    assert stored.pdf_export_url == unstored.pdf_export_url
    assert state(sandbox.base_url, result_id)["result"]["pdf_export_url"] == stored.pdf_export_url
    # A result without a finished interview has a report too, but no stored PDF URL.
    jm.results.create_report(interview_result_id=invited_id, export_type="pdf", store_file=True)
    assert state(sandbox.base_url, invited_id)["result"]["pdf_export_url"] is None
    html = jm.results.create_report(interview_result_id=result_id, export_type="html")
    assert isinstance(html.html_export, str)


def test_an_interview_that_generates_pdfs_has_the_url_once_completed(sandbox: Sandbox, jm: JobMojito) -> None:
    _, (result_id,) = invite(jm, pdf_export_auto_config={"mojito_language_code": "en"})
    collected = advance(sandbox.base_url, result_id, "collected").json()["result"]
    assert collected["pdf_export_url"] is None
    completed = advance(sandbox.base_url, result_id, "completed").json()["result"]
    report = jm.results.create_report(interview_result_id=result_id, export_type="pdf")
    assert completed["pdf_export_url"] == report.pdf_export_url


def test_update_changes_only_a_completed_results_watched_fields(sandbox: Sandbox, jm: JobMojito) -> None:
    _, (result_id,) = invite(jm)
    assert update(sandbox.base_url, result_id, score=50).status_code == 409  # not completed yet
    advance(sandbox.base_url, result_id, "completed")
    for body, name in [({"score": "high"}, "score"), ({"recruiter_go_next_round": 1}, "recruiter_go_next_round"),
                       ({"status": "archived"}, "status"), ({}, "body")]:  # fmt: skip
        response = update(sandbox.base_url, result_id, **body)
        assert (response.status_code, response.json()["name"]) == (422, name)
    changed = update(sandbox.base_url, result_id, score=12.5, ai_analysis_recruiter_why_hire=["Fast"]).json()
    assert changed["result"]["score"] == 12.5 and changed["result"]["ai_analysis_recruiter_why_hire"] == ["Fast"]
    details = jm.results.get(interview_result_id=result_id)
    assert details.score == 12.5 and details.ai_analysis_recruiter_why_hire == ["Fast"]


# --- filters -------------------------------------------------------------------------------------------------


def test_the_result_list_tabs_and_score_order_follow_the_lifecycle(sandbox: Sandbox, jm: JobMojito) -> None:
    interview_id, (low, high, failed, invited) = invite(jm, 4)
    for result_id in (low, high):
        advance(sandbox.base_url, result_id, "completed")
    advance(sandbox.base_url, failed, "failed")
    for result_id, score in ((low, 10), (high, 90)):
        assert update(sandbox.base_url, result_id, score=score).status_code == 200
    assert update(sandbox.base_url, high, recruiter_go_next_round=True).status_code == 200

    def tab(name: str) -> set[str]:
        return {str(r.interview_result_id) for r in jm.results.list(interview_id=interview_id, tab=name)}

    assert tab("completed") == {low, high}
    assert tab("incomplete") == {failed, invited}
    assert tab("undecided") == {low}
    assert tab("decided-selected") == {high}
    assert tab("decided-rejected") == tab("shortlist") == set()
    assert tab("") == {low, high, failed, invited}
    ranked = [str(r.interview_result_id) for r in jm.results.list(interview_id=interview_id, order_by="score")]
    assert ranked[:2] == [high, low] and set(ranked[2:]) == {failed, invited}


# --- determinism and time ------------------------------------------------------------------------------------------


def scripted_run(seed: int) -> list[Any]:
    """Everything the API and the control endpoint answer for one fixed script."""
    with (
        run_sandbox(seed=seed) as sb,
        JobMojito(token="t", base_url=sb.base_url) as client,
        api(sb) as raw,
    ):
        _, (done, early, failed) = invite(client, 3)
        out: list[Any] = [advance(sb.base_url, done, "completed").json()]
        out.append(advance(sb.base_url, early, "completed", interview_status="completed, stopped early").json())
        out.append(advance(sb.base_url, failed, "failed", interview_status="abandoned").json())
        for result_id in (done, early, failed):
            out.append(raw.get("/job-interview-details", params={"interview_result_id": result_id}).json())
        out.append(raw.get("/merchant-result-list").json())
        out.append(raw.post("/job-interview-pdf", json={"interview_result_id": done, "export_type": "pdf"}).json())
        return out


def test_results_are_deterministic_for_a_seed() -> None:
    first = scripted_run(5)
    assert first == scripted_run(5)
    other = scripted_run(6)
    assert first[3]["score"] != other[3]["score"] or first[3]["transcript"] != other[3]["transcript"]
    assert first[0]["result"]["id"] != other[0]["result"]["id"]


def test_with_a_speed_invited_results_complete_by_themselves() -> None:
    with run_sandbox(seed=2, speed=60_000) as sb, JobMojito(token="t", base_url=sb.base_url) as client:
        _, result_ids = invite(client, 2)
        deadline = time.monotonic() + 15
        while any(state(sb.base_url, result_id)["phase"] != "completed" for result_id in result_ids):
            assert time.monotonic() < deadline, [state(sb.base_url, result_id) for result_id in result_ids]
            time.sleep(0.02)
        for result_id in result_ids:
            assert client.results.get(interview_result_id=result_id).score is not None
        refused = advance(sb.base_url, result_ids[0], "failed")  # the clock made it final, as a request would have
        assert refused.status_code == 409
