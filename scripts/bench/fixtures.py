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


DETAILS_PATH = "/job-interview-details"
PHONEMES = ("w", "ɜ", "r", "d")


def _assessment(answer: int, words: int) -> dict[str, Any]:
    """Per-answer raw assessment as a speech service returns it: every word, every phoneme, scored."""
    return {
        "provider": "speech-assessment",
        "pronunciation": {
            "accuracy": 88.5,
            "fluency": 91.0,
            "words": [
                {
                    "word": f"word{answer}-{index}",
                    "offset_ms": index * 310,
                    "duration_ms": 280,
                    "accuracy": 80 + index % 20,
                    "error_type": "None" if index % 7 else "Mispronunciation",
                    "phonemes": [{"phoneme": p, "accuracy": 70 + (index + n) % 30} for n, p in enumerate(PHONEMES)],
                }
                for index in range(words)
            ],
        },
        "sentiment": {"positive": 0.71, "neutral": 0.25, "negative": 0.04},
    }


def details_body(answers: int = 20, words: int = 180) -> bytes:
    """A ``GET /job-interview-details`` body of about 1 MB, most of it the raw per-answer assessments."""
    transcript = [
        {
            "id": f"t-{i}",
            "is_answer": True,
            "view": "answer",
            "question_original_id": f"q-{i}",
            "question_original": f"Question {i}: tell us about a project you led.",
            "question_asked": f"Question {i}, as the avatar asked it.",
            "answer": "I led a migration of our billing system. " * 20,
            "ai_analysis": "Clear, structured answer with measurable outcomes. " * 4,
            "ai_analysis_recruiter": "Strong ownership. " * 4,
            "score": 82.0,
            "score_simulation": None,
            "score_answer_ai": 80.0,
            "score_answer_ai_simulation": None,
            "duration": 95.5,
            "mojito_language_code": "en",
            "answer_assessment_raw_data": _assessment(i, words),
            "recording_local_path": f"recordings/{i}.webm",
            "recording_is_video": True,
            "external_data": None,
            "external_id": None,
            "recording_url": None,
        }
        for i in range(answers)
    ]
    body = {
        "score": 84.0,
        "score_simulation": None,
        "score_text": "Strong candidate",
        "score_sentiment": 71.0,
        "score_words_per_minute": 142.0,
        "score_pronunciation": 88.5,
        "score_answer": 80.0,
        "status": "completed",
        "start": "2025-05-01T10:00:00Z",
        "end": "2025-05-01T10:30:00Z",
        "duration": 1800.0,
        "ai_interview_coverage_percentage": 92.0,
        "ai_completion_reason": "all questions answered",
        "ai_analysis": "A structured, confident candidate. " * 30,
        "ai_analysis_recruiter": "Recommend a second interview. " * 20,
        "ai_analysis_other": None,
        "ai_analysis_recruiter_why_hire": ["ownership", "clarity"],
        "ai_analysis_recruiter_why_not_hire": ["little team leadership"],
        "recruiter_risks": None,
        "user_feedback_recruiter": None,
        "recording_local_path": "recordings/session.webm",
        "recording_is_video": True,
        "video_introduction_local_path": None,
        "recording_url": None,
        "video_introduction_url": None,
        "transcript": transcript,
    }
    return json.dumps(body).encode()
