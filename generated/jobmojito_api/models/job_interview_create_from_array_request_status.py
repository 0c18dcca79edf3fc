from typing import Literal, cast

JobInterviewCreateFromArrayRequestStatus = Literal["active", "draft"]

JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_STATUS_VALUES: set[JobInterviewCreateFromArrayRequestStatus] = {
    "active",
    "draft",
}


def check_job_interview_create_from_array_request_status(value: str) -> JobInterviewCreateFromArrayRequestStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateFromArrayRequestStatus, value)
