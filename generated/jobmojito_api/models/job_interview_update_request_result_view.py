from typing import Literal, cast

JobInterviewUpdateRequestResultView = Literal[
    "advanced", "full", "full_expand_scores", "minimal", "minimal_with_score", "none"
]

JOB_INTERVIEW_UPDATE_REQUEST_RESULT_VIEW_VALUES: set[JobInterviewUpdateRequestResultView] = {
    "advanced",
    "full",
    "full_expand_scores",
    "minimal",
    "minimal_with_score",
    "none",
}


def check_job_interview_update_request_result_view(value: str) -> JobInterviewUpdateRequestResultView:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_UPDATE_REQUEST_RESULT_VIEW_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewUpdateRequestResultView, value)
