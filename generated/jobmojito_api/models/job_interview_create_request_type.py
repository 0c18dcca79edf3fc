from typing import Literal, cast

JobInterviewCreateRequestType = Literal["assessment", "coaching", "interview"]

JOB_INTERVIEW_CREATE_REQUEST_TYPE_VALUES: set[JobInterviewCreateRequestType] = {
    "assessment",
    "coaching",
    "interview",
}


def check_job_interview_create_request_type(value: str) -> JobInterviewCreateRequestType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_REQUEST_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateRequestType, value)
