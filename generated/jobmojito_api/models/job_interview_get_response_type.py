from typing import Literal, cast

JobInterviewGetResponseType = Literal[
    "assessment", "coaching", "interview", "persona", "persona_interview", "public_avatar"
]

JOB_INTERVIEW_GET_RESPONSE_TYPE_VALUES: set[JobInterviewGetResponseType] = {
    "assessment",
    "coaching",
    "interview",
    "persona",
    "persona_interview",
    "public_avatar",
}


def check_job_interview_get_response_type(value: str) -> JobInterviewGetResponseType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseType, value)
