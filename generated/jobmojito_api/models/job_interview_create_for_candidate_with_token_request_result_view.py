from typing import Literal, cast

JobInterviewCreateForCandidateWithTokenRequestResultView = Literal[
    "advanced", "full", "full_expand_scores", "minimal", "minimal_with_score", "none"
]

JOB_INTERVIEW_CREATE_FOR_CANDIDATE_WITH_TOKEN_REQUEST_RESULT_VIEW_VALUES: set[
    JobInterviewCreateForCandidateWithTokenRequestResultView
] = {
    "advanced",
    "full",
    "full_expand_scores",
    "minimal",
    "minimal_with_score",
    "none",
}


def check_job_interview_create_for_candidate_with_token_request_result_view(
    value: str,
) -> JobInterviewCreateForCandidateWithTokenRequestResultView:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FOR_CANDIDATE_WITH_TOKEN_REQUEST_RESULT_VIEW_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateForCandidateWithTokenRequestResultView, value)
