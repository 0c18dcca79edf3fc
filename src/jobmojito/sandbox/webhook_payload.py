"""The webhook payload of a result, and which event a payload is.

``payload_of`` gives a result's ``WebhookInterviewResultPayload`` (the
webhooks document, ``jobmojito-webhooks.json``): every property the document
lists, required or not, in its order; ``reason`` is filled in per delivery.

A delivery does not say which event it is: the payload has no event field and
the documentation names no event header (the events are only the keys of the
document's ``webhooks``). ``event_of`` derives it from the payload, by the
trigger conditions the webhook documentation gives for each event:

1. ``interview_failed`` if ``interview_status`` is ``failed``, ``abandoned``
   or ``terminated, no speech detected``, or ``processing_status`` is
   ``failed`` ("failed, abandoned, or terminated with no speech detected");
2. else ``interview_result`` if ``processing_status`` is ``completed`` and
   ``status`` is not ``draft`` ("submitted (active) … finalized and AI-scored");
3. else ``interview_collected`` if ``interview_status`` is ``completed`` or
   ``completed, stopped early`` and ``processing_status`` is ``new``,
   ``processing`` or null ("answers collected, before final AI scoring");
4. else none: the payload matches no documented event.

The sandbox sends exactly the deliveries this rule names (``webhooks.py``),
so a receiver that applies it knows the event of every sandbox delivery.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .seeded_results import COMPLETED_STATUSES, FAILED_STATUSES
from .state import Result, Store

EVENTS = ("interview_result", "interview_collected", "interview_failed")
# A change of one of these re-sends interview_result ("score, recruiter decision, AI analysis, or the PDF report URL").
RESULT_WATCHED = (
    "score",
    "ai_analysis_recruiter_score",
    "ai_analysis",
    "ai_analysis_recruiter",
    "recruiter_go_next_round",
    "pdf_export_url",
    "ai_analysis_recruiter_why_hire",
    "ai_analysis_recruiter_why_not_hire",
)
# What ``reason`` names when it changed: the lifecycle fields and the watched ones, in payload order.
REASON_FIELDS = ("status", "interview_status", "processing_status", *RESULT_WATCHED)


def payload_of(store: Store, result: Result) -> dict[str, Any]:
    """The result as the webhooks document's ``WebhookInterviewResultPayload`` (``reason`` null)."""
    interview = store.interviews[result.interview_id]
    candidate = store.candidates[result.candidate_id]
    a = result.assessment
    return {
        "id": result.interview_result_id,
        "interview_id": interview.id,
        "question_set_id": interview.id,
        "status": result.status,
        "interview_status": result.interview_status,
        "processing_status": result.processing_status,
        "profile_interview_id": result.profile_interview_id,
        "profile_id": candidate.profile_id,
        "score": a.score if a else None,
        "ai_analysis_recruiter_score": a.ai_analysis_recruiter_score if a else None,
        "ai_analysis": a.ai_analysis if a else None,
        "ai_analysis_recruiter": a.ai_analysis_recruiter if a else None,
        "recruiter_go_next_round": result.recruiter_go_next_round,
        "pdf_export_url": result.pdf_export_url,
        "reason": None,
        "candidate_external_id": candidate.external_id,
        "candidate_name": candidate.name,
        "candidate_email": candidate.email,
        "candidate_phone_number": None,  # the sandbox's candidates have none
        "ai_analysis_recruiter_why_hire": list(a.why_hire) if a and a.why_hire is not None else None,
        "ai_analysis_recruiter_why_not_hire": list(a.why_not_hire) if a and a.why_not_hire is not None else None,
    }


def event_of(payload: Mapping[str, Any]) -> str | None:
    """The documented event a payload is (the rule in the module docstring), or None."""
    status, interview, processing = (
        payload.get("status"),
        payload.get("interview_status"),
        payload.get("processing_status"),
    )
    if interview in FAILED_STATUSES or processing == "failed":
        return "interview_failed"
    if processing == "completed" and status != "draft":
        return "interview_result"
    if interview in COMPLETED_STATUSES and processing in ("new", "processing", None):
        return "interview_collected"
    return None


def changed_fields(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> list[str]:
    """The ``REASON_FIELDS`` whose values differ (all that are set, when there is no ``before``)."""
    if before is None:
        return [name for name in REASON_FIELDS if after.get(name) is not None]
    return [name for name in REASON_FIELDS if before.get(name) != after.get(name)]
