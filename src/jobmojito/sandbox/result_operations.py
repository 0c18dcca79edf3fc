"""The Results operations, answered from the store and the lifecycle.

* ``list_results`` (GET /merchant-result-list): one row per result, with its
  lifecycle (``status``, ``coach_status``, ``processing_status``), scores and
  decision; the ``tab``, ``step`` and ``order_by`` filters are honoured.
* ``get_result_details`` (GET /job-interview-details): the transcript and AI
  assessment; 404 for an unknown id, as the document says.
* ``create_result_report`` (POST /job-interview-pdf): a report of existing
  results only (a PDF URL, a small HTML page or the result rows as JSON, by
  ``export_type``); an unknown id is a 422 naming it, the only refusal the
  document lists for this operation. ``store_file: true`` on a completed
  result stores the PDF as the result's ``pdf_export_url`` (a change that
  re-sends the ``interview_result`` webhook).
* ``request_another_attempt``: as the document describes, only for a
  submitted (active and completed) result, else 422; it reopens the result
  (``lifecycle.Lifecycle.reopen``).

An invited result's ``status`` (list) and ``status`` (details, the coach
status) read ``invited``; once the candidate starts, the list shows the
result's own status (draft, active) and the details its interview status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from random import Random
from typing import Any

from .fake import FAKE_HOST, fake_uuid, seeded, timestamp
from .lifecycle import Lifecycle
from .respond import Call, Handler, Reply, Responder, error, limits, matches
from .seeded_results import report_url
from .state import Result, Store, newest_first, paginate

REPORT_VALID_S = 7 * 86400
_DECISIONS = {True: "selected", False: "rejected"}
# tab → whether a result is on it; tabs of what the sandbox never has (shortlists, archives,
# public avatars) hold nothing.
_TABS: dict[str, Callable[[Result], bool]] = {
    "completed": lambda r: r.phase == "completed",
    "incomplete": lambda r: r.phase != "completed",
    "undecided": lambda r: r.phase == "completed" and r.recruiter_go_next_round is None,
    "decided-selected": lambda r: r.recruiter_go_next_round is True,
    "decided-rejected": lambda r: r.recruiter_go_next_round is False,
}


class ResultOperations(Responder):
    """The four Results operations of the main flow."""

    def __init__(self, document: Mapping[str, Any], store: Store, lifecycle: Lifecycle) -> None:
        super().__init__(document, store)
        self.lifecycle = lifecycle

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "list_results": self.list_results,
            "get_result_details": self.get_result_details,
            "create_result_report": self.create_result_report,
            "request_another_attempt": self.request_another_attempt,
        }

    def list_results(self, call: Call, rng: Random) -> Reply:
        q = call.query
        rows = []
        for r in newest_first(self.store.results.values()):
            interview, candidate = self.store.interviews[r.interview_id], self.store.candidates[r.candidate_id]
            tab = q.get("tab") or ""
            if (
                interview.type == q.get("type", "interview")
                and str(q.get("interview_id") or r.interview_id) == r.interview_id
                and str(q.get("profile_interview_id") or r.profile_interview_id) == r.profile_interview_id
                and matches(q.get("filter_text"), candidate.name, candidate.email, interview.name)
                and not q.get("filter_emoji")
                and (not tab or (tab in _TABS and _TABS[tab](r)))
                and q.get("step") in (None, "interview")
            ):
                rows.append(r)
        order = q.get("order_by", "created_at_newest")
        if order == "created_at_oldest":
            rows.reverse()
        elif order == "updated_at_newest":
            rows.sort(key=lambda r: (r.updated_at, r.seq), reverse=True)
        elif order == "score":
            rows.sort(key=_best_first)
        page, pagination = paginate(rows, *limits(q))
        schema = self.item_schema(call.operation_id)
        data = [self.shape(schema, self._result_row(r), rng) for r in page]
        return 200, {"data": data, "pagination": pagination}

    def _result_row(self, r: Result) -> dict[str, Any]:
        interview, candidate = self.store.interviews[r.interview_id], self.store.candidates[r.candidate_id]
        a = r.assessment
        invited = r.phase == "invited"
        return {
            "id": r.id,
            "interview_result_id": r.interview_result_id,
            "merchant_id": self.store.merchant_id,
            "profile_id": candidate.profile_id,
            "profile_interview_id": r.profile_interview_id,
            "definition_id": interview.id,
            "candidate_name": candidate.name,
            "candidate_email": candidate.email,
            "position_name": interview.name,
            "position_step": "interview",
            "type": interview.type,
            "external_id": candidate.external_id,
            "mojito_language_code": interview.language,
            "status": "invited" if invited else r.status,
            "coach_status": "invited" if invited else r.interview_status,
            "decision_status": None if r.recruiter_go_next_round is None else _DECISIONS[r.recruiter_go_next_round],
            "interview_started": r.started_at is not None and not invited,
            "is_multi_stage": False,
            "is_test": r.is_test,
            "recruiter_shortlist": False,
            "duration_ds": a.duration_ds if a else None,
            "score": a.score if a else None,
            "score_sentiment": a.score_sentiment if a else None,
            "score_words_per_minute": a.score_words_per_minute if a else None,
            "score_interview_ai": a.ai_analysis_recruiter_score if a else None,
            "score_answer_ai": a.score_answer if a else None,
            "score_pronunciation": a.score_pronunciation if a else None,
            "processing_status": r.processing_status,
            "created_at": r.created_at,
            "updated_at": r.updated_at,
        }

    def get_result_details(self, call: Call, rng: Random) -> Reply:
        result = self.store.results.get(str(call.query["interview_result_id"]))
        if result is None:
            return error(404, "Interview result not found.", "interview_result_id")
        signed = call.query.get("get_signed_recordings") == "true"
        stable = seeded(self.store.seed, "result", result.interview_result_id, result.attempt)
        a = result.assessment
        recording = f"recordings/{result.interview_result_id}/attempt-{result.attempt}.webm" if a else None
        turn_schema = self.faker.resolve(self.response_schema(call.operation_id))["properties"]["transcript"]["items"]
        transcript = []
        for turn in a.transcript if a else []:
            known = dict(turn)
            if turn["is_answer"]:
                path = f"recordings/{result.interview_result_id}/{turn['id']}.webm"
                known.update(recording_local_path=path, recording_is_video=True)
                if signed:
                    known["recording_url"] = _signed(path)
            transcript.append(self.shape(turn_schema, known, stable))
        reasons = (
            {"hiring_reasons": {"reasons_to_hire": a.why_hire, "reasons_not_to_hire": a.why_not_hire or []}}
            if a and a.why_hire is not None
            else None
        )
        known_fields: dict[str, Any] = {
            "status": "invited" if result.phase == "invited" else result.interview_status,
            "start": result.started_at,
            "end": result.ended_at,
            "transcript": transcript,
            "recording_local_path": recording,
            "recording_is_video": True if recording else None,
            "recording_url": _signed(recording) if signed and recording else None,
            "ai_analysis_other": reasons,
        }
        if a is not None:
            known_fields.update(
                score=a.score,
                score_text=a.score_text,
                score_sentiment=a.score_sentiment,
                score_words_per_minute=a.score_words_per_minute,
                score_pronunciation=a.score_pronunciation,
                score_answer=a.score_answer,
                duration=a.duration_ds,
                ai_interview_coverage_percentage=a.coverage_percentage,
                ai_completion_reason=a.completion_reason,
                ai_analysis=a.ai_analysis,
                ai_analysis_recruiter=a.ai_analysis_recruiter,
                ai_analysis_recruiter_why_hire=a.why_hire,
                ai_analysis_recruiter_why_not_hire=a.why_not_hire,
            )
        return 200, self.shape(self.response_schema(call.operation_id), known_fields, stable)

    def create_result_report(self, call: Call, rng: Random) -> Reply:
        body = call.body
        single = body.get("interview_result_id")
        ids = [single] if single else list(body.get("interview_result_ids") or [])
        if not ids:
            return error(422, "Give interview_result_id or interview_result_ids.", "interview_result_id")
        for number, result_id in enumerate(ids):
            if result_id not in self.store.results:
                return error(
                    422,
                    "Interview result not found.",
                    "interview_result_id" if single else f"interview_result_ids[{number}]",
                )
        results = [self.store.results[result_id] for result_id in ids]
        if body["export_type"] == "html":
            return 200, {"html_export": _html_report(results)}
        if body["export_type"] == "json":
            rows = [{"data": self._result_row(r), "files": []} for r in results]
            table = {"table": _html_report(results)} if len(results) > 1 else {}
            return 200, {"json_export": {**table, "results": rows}}
        if len(ids) == 1:
            result = self.store.results[ids[0]]
            url = report_url(result.interview_result_id, result.attempt)
            if body.get("store_file") is True and result.phase == "completed" and result.pdf_export_url != url:
                self.lifecycle.update(result, {"pdf_export_url": url})
        else:
            url = f"{FAKE_HOST}/reports/combined/{fake_uuid(seeded(self.store.seed, 'report', *ids))}.pdf"
        return 200, {"pdf_export_url": url, "pdf_export_valid_until": timestamp(self.store.seconds + REPORT_VALID_S)}

    def request_another_attempt(self, call: Call, rng: Random) -> Reply:
        result = self.store.results.get(call.body["interview_result_id"])
        if result is None:
            return error(422, "Interview result not found.", "interview_result_id")
        if result.phase != "completed" or result.status != "active":
            message = f"Only a submitted (active and completed) result can be retaken; this one is {result.phase}."
            return error(422, message, "interview_result_id")
        self.lifecycle.reopen(result)
        return 200, {}


def _best_first(result: Result) -> tuple[int, float]:
    """Sort key of order_by=score: the best score first, unscored results last."""
    scored = result.assessment.score if result.assessment else None
    return (0, -scored) if scored is not None else (1, 0.0)


def _html_report(results: list[Result]) -> str:
    rows = "".join(
        f"<tr><td>{r.interview_result_id}</td><td>{r.phase}</td>"
        f"<td>{'' if r.assessment is None or r.assessment.score is None else r.assessment.score}</td></tr>"
        for r in results
    )
    return f"<html><body><h1>Interview report</h1><table>{rows}</table></body></html>"


def _signed(path: str) -> str:
    return f"{FAKE_HOST}/signed/{path}?expires=3600"
