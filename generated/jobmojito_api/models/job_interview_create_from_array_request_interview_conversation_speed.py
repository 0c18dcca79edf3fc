from typing import Literal, cast

JobInterviewCreateFromArrayRequestInterviewConversationSpeed = Literal["faster", "normal", "slower"]

JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_INTERVIEW_CONVERSATION_SPEED_VALUES: set[
    JobInterviewCreateFromArrayRequestInterviewConversationSpeed
] = {
    "faster",
    "normal",
    "slower",
}


def check_job_interview_create_from_array_request_interview_conversation_speed(
    value: str,
) -> JobInterviewCreateFromArrayRequestInterviewConversationSpeed:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_INTERVIEW_CONVERSATION_SPEED_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateFromArrayRequestInterviewConversationSpeed, value)
