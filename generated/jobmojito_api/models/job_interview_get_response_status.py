from typing import Literal, cast

JobInterviewGetResponseStatus = Literal["active", "archived", "completed", "deleted", "draft", "preparing"]

JOB_INTERVIEW_GET_RESPONSE_STATUS_VALUES: set[JobInterviewGetResponseStatus] = {
    "active",
    "archived",
    "completed",
    "deleted",
    "draft",
    "preparing",
}


def check_job_interview_get_response_status(value: str) -> JobInterviewGetResponseStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseStatus, value)
