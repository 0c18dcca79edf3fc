from typing import Literal, cast

JobInterviewTokenRequestType = Literal[
    "interview-for-profile",
    "interview-result-candidate",
    "interview-result-talent-seeker",
    "interview-results-for-position",
    "results-for-profile",
]

JOB_INTERVIEW_TOKEN_REQUEST_TYPE_VALUES: set[JobInterviewTokenRequestType] = {
    "interview-for-profile",
    "interview-result-candidate",
    "interview-result-talent-seeker",
    "interview-results-for-position",
    "results-for-profile",
}


def check_job_interview_token_request_type(value: str) -> JobInterviewTokenRequestType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_TOKEN_REQUEST_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewTokenRequestType, value)
