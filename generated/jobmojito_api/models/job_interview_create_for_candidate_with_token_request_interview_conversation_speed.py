from typing import Literal, cast

JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed = Literal["faster", "normal", "slower"]

JOB_INTERVIEW_CREATE_FOR_CANDIDATE_WITH_TOKEN_REQUEST_INTERVIEW_CONVERSATION_SPEED_VALUES: set[
    JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed
] = {
    "faster",
    "normal",
    "slower",
}


def check_job_interview_create_for_candidate_with_token_request_interview_conversation_speed(
    value: str,
) -> JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FOR_CANDIDATE_WITH_TOKEN_REQUEST_INTERVIEW_CONVERSATION_SPEED_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed, value)
