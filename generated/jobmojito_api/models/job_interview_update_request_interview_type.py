from typing import Literal, cast

JobInterviewUpdateRequestInterviewType = Literal[
    "potential-based-interview",
    "pre-screening",
    "pre-screening-with-test-questions",
    "process-verification-from-knowledge-base",
    "remote-freelancer-verification",
    "second-interview",
    "strength-based-interview",
]

JOB_INTERVIEW_UPDATE_REQUEST_INTERVIEW_TYPE_VALUES: set[JobInterviewUpdateRequestInterviewType] = {
    "potential-based-interview",
    "pre-screening",
    "pre-screening-with-test-questions",
    "process-verification-from-knowledge-base",
    "remote-freelancer-verification",
    "second-interview",
    "strength-based-interview",
}


def check_job_interview_update_request_interview_type(value: str) -> JobInterviewUpdateRequestInterviewType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_UPDATE_REQUEST_INTERVIEW_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewUpdateRequestInterviewType, value)
