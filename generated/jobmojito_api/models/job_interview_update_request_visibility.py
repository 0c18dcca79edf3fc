from typing import Literal, cast

JobInterviewUpdateRequestVisibility = Literal["merchant_invite", "merchant_public", "merchant_unlisted"]

JOB_INTERVIEW_UPDATE_REQUEST_VISIBILITY_VALUES: set[JobInterviewUpdateRequestVisibility] = {
    "merchant_invite",
    "merchant_public",
    "merchant_unlisted",
}


def check_job_interview_update_request_visibility(value: str) -> JobInterviewUpdateRequestVisibility:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_UPDATE_REQUEST_VISIBILITY_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewUpdateRequestVisibility, value)
