from typing import Literal, cast

JobInterviewCreateFromArrayRequestInterviewType = Literal[
    "potential-based-interview",
    "pre-screening",
    "pre-screening-with-test-questions",
    "process-verification-from-knowledge-base",
    "remote-freelancer-verification",
    "second-interview",
    "strength-based-interview",
]

JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_INTERVIEW_TYPE_VALUES: set[JobInterviewCreateFromArrayRequestInterviewType] = {
    "potential-based-interview",
    "pre-screening",
    "pre-screening-with-test-questions",
    "process-verification-from-knowledge-base",
    "remote-freelancer-verification",
    "second-interview",
    "strength-based-interview",
}


def check_job_interview_create_from_array_request_interview_type(
    value: str,
) -> JobInterviewCreateFromArrayRequestInterviewType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_INTERVIEW_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateFromArrayRequestInterviewType, value)
