from typing import Literal, cast

JobInterviewCreateForCandidateWithTokenResponseStatus = Literal[
    "ai_accept", "ai_reject", "already-applied", "recruiter_accept", "recruiter_action", "recruiter_reject"
]

JOB_INTERVIEW_CREATE_FOR_CANDIDATE_WITH_TOKEN_RESPONSE_STATUS_VALUES: set[
    JobInterviewCreateForCandidateWithTokenResponseStatus
] = {
    "ai_accept",
    "ai_reject",
    "already-applied",
    "recruiter_accept",
    "recruiter_action",
    "recruiter_reject",
}


def check_job_interview_create_for_candidate_with_token_response_status(
    value: str,
) -> JobInterviewCreateForCandidateWithTokenResponseStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FOR_CANDIDATE_WITH_TOKEN_RESPONSE_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateForCandidateWithTokenResponseStatus, value)
