from typing import Literal, cast

PreScreeningResumeTextResponseRecommendation = Literal["ai_accept", "ai_reject", "recruiter_action"]

PRE_SCREENING_RESUME_TEXT_RESPONSE_RECOMMENDATION_VALUES: set[PreScreeningResumeTextResponseRecommendation] = {
    "ai_accept",
    "ai_reject",
    "recruiter_action",
}


def check_pre_screening_resume_text_response_recommendation(value: str) -> PreScreeningResumeTextResponseRecommendation:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_RESUME_TEXT_RESPONSE_RECOMMENDATION_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningResumeTextResponseRecommendation, value)
