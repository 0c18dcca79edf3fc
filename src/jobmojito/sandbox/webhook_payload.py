"""The webhook payload of a result, and which event a payload is.

``payload_of`` gives a result's ``WebhookInterviewResultPayload`` (the
webhooks document, ``jobmojito-webhooks.json``): every property the document
lists, required or not, in its order; ``reason`` is filled in per delivery.

A delivery does not say which event it is: ``event_of`` derives it from the
payload by the documented trigger conditions, the rule of
``jobmojito.webhooks`` (``_events.py``) that receivers apply too. The sandbox
sends exactly the deliveries this rule names (``webhooks.py``), so a receiver
that applies it knows the event of every sandbox delivery.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._lifecycle import WATCHED_FIELDS, event_of
from ..resources.webhook_events import EVENTS as WEBHOOK_EVENTS
from .state import Result, Store

__all__ = ["EVENTS", "REASON_FIELDS", "RESULT_WATCHED", "changed_fields", "event_of", "payload_of"]

EVENTS = tuple(WEBHOOK_EVENTS)
RESULT_WATCHED = WATCHED_FIELDS
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


def changed_fields(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> list[str]:
    """The ``REASON_FIELDS`` whose values differ (all that are set, when there is no ``before``)."""
    if before is None:
        return [name for name in REASON_FIELDS if after.get(name) is not None]
    return [name for name in REASON_FIELDS if before.get(name) != after.get(name)]
