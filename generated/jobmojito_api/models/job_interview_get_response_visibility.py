from typing import Literal, cast

JobInterviewGetResponseVisibility = Literal[
    "merchant_invite", "merchant_public", "merchant_unlisted", "public", "sub_item"
]

JOB_INTERVIEW_GET_RESPONSE_VISIBILITY_VALUES: set[JobInterviewGetResponseVisibility] = {
    "merchant_invite",
    "merchant_public",
    "merchant_unlisted",
    "public",
    "sub_item",
}


def check_job_interview_get_response_visibility(value: str) -> JobInterviewGetResponseVisibility:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_VISIBILITY_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseVisibility, value)
