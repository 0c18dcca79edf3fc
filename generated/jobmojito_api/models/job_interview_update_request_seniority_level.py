from typing import Literal, cast

JobInterviewUpdateRequestSeniorityLevel = Literal[
    "director", "entry-level", "executive", "intermediate", "managerial", "senior"
]

JOB_INTERVIEW_UPDATE_REQUEST_SENIORITY_LEVEL_VALUES: set[JobInterviewUpdateRequestSeniorityLevel] = {
    "director",
    "entry-level",
    "executive",
    "intermediate",
    "managerial",
    "senior",
}


def check_job_interview_update_request_seniority_level(value: str) -> JobInterviewUpdateRequestSeniorityLevel:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_UPDATE_REQUEST_SENIORITY_LEVEL_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewUpdateRequestSeniorityLevel, value)
