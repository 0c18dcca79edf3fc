"""The payloads every section sends and answers with, built once."""

from __future__ import annotations

import json
from typing import Any

TOKEN = "bench-token-0123456789"  # noqa: S105 (a dummy: no server checks it)
BASE = "https://api.bench/functions/v1"
CREATE_PATH = "/job-interview-create"
LIST_PATH = "/merchant-result-list"

INTERVIEW: dict[str, Any] = {
    "name": "Project manager",
    "location": "remote",
    "interview_template_id": "baa3bf7c-6926-46fd-9005-16738a31f72d",
    "mojito_language_code": "en",
    "status": "active",
    "type": "interview",
    "visibility": "merchant_public",
}
CREATED = json.dumps({"interview_def_set_id": "d", "questions_generated": 8, "max_duration": 1800}).encode()
JSON_HEADERS = {"content-type": "application/json"}


def result_row(index: int) -> dict[str, Any]:
    """One row of ``GET /merchant-result-list`` with every documented field set."""
    text = f"{index:08d}"
    return {
        "id": f"row-{text}",
        "candidate_email": f"candidate{text}@example.com",
        "candidate_name": f"Candidate {text}",
        "coach_status": "completed",
        "created_at": "2025-05-01T10:00:00Z",
        "decision_status": "selected",
        "definition_id": f"def-{text}",
        "duration_ds": 9000.0,
        "emoji": "star",
        "external_id": f"ext-{text}",
        "interview_result_id": f"res-{text}",
        "interview_result_pre_screening_id": None,
        "interview_started": True,
        "is_multi_stage": False,
        "is_test": False,
        "kyc_processing_status": "done",
        "merchant_id": "merchant-1",
        "mojito_language_code": "en",
        "position_name": "Project manager",
        "position_result_step_id": f"step-{text}",
        "position_step": "interview",
        "processing_error": None,
        "processing_status": "done",
        "profile_id": f"profile-{text}",
        "profile_interview_id": f"pi-{text}",
        "recruiter_risks": None,
        "recruiter_shortlist": True,
        "score": 87.5,
        "score_answer_ai": 80.0,
        "score_interview_ai": 90.0,
        "score_pronunciation": 75.0,
        "score_sentiment": 66.0,
        "score_simulation": 88.0,
        "score_words_per_minute": 140.0,
        "status": "active",
        "type": "interview",
        "updated_at": "2025-05-02T10:00:00Z",
    }


def page_body(offset: int, limit: int, total: int, unknown: bool = False) -> bytes:
    """The JSON body of one page, honest about ``has_more``; ``unknown``: each row has a field the document lacks,
    as every row has after the server adds one."""
    rows = [result_row(i) for i in range(offset, min(offset + limit, total))]
    if unknown:
        for row in rows:
            row["ai_fit_summary"] = f"Strong fit, row {row['id']}"
    pagination = {"total": total, "limit": limit, "offset": offset, "has_more": offset + len(rows) < total}
    return json.dumps({"data": rows, "pagination": pagination}).encode()
