"""A result's lifecycle as the webhooks report it: its statuses, and which event a delivery is, when it does not say.

JobMojito POSTs one payload, ``WebhookInterviewResultPayload``, for all three
events, and neither the payload nor a documented header names the event
(openapi-webhooks.yaml has the events only as the keys of ``webhooks``). The
event follows from the trigger conditions its documentation gives, read off
the payload's three status fields:

1. ``interview_failed`` if ``interview_status`` is ``failed``, ``abandoned``
   or ``terminated, no speech detected``, or ``processing_status`` is
   ``failed`` ("failed, abandoned, or terminated with no speech detected");
2. else ``interview_result`` if ``processing_status`` is ``completed`` and
   ``status`` is not ``draft`` ("submitted … finalized and AI-scored"; it is
   re-sent when a watched field changes);
3. else ``interview_collected`` if ``interview_status`` is ``completed`` or
   ``completed, stopped early`` and ``processing_status`` is ``new``,
   ``processing`` or null ("answers collected, before final AI scoring");
4. else none: the payload matches no documented event.

Source: the three webhook descriptions of the webhooks document and the
status values of JobMojito's webhook documentation (``status``: draft, active,
archived; ``interview_status``: ongoing, failed, abandoned, "terminated, no
speech detected", completed, "completed, stopped early";
``processing_status``: new, processing, completed, failed). The sandbox sends
exactly the deliveries this rule names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# interview_status values, in the documentation's order.
FAILED_STATUSES = ("failed", "abandoned", "terminated, no speech detected")
COMPLETED_STATUSES = ("completed", "completed, stopped early")
# A change of one of these re-sends interview_result ("score, recruiter decision, AI analysis, or the PDF report URL").
WATCHED_FIELDS = (
    "score",
    "ai_analysis_recruiter_score",
    "ai_analysis",
    "ai_analysis_recruiter",
    "recruiter_go_next_round",
    "pdf_export_url",
    "ai_analysis_recruiter_why_hire",
    "ai_analysis_recruiter_why_not_hire",
)


def event_of(payload: Mapping[str, Any]) -> str | None:
    """The documented event ``payload`` is (the rule in the module docstring), or None."""
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
