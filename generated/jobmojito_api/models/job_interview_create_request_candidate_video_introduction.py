from typing import Literal, cast

JobInterviewCreateRequestCandidateVideoIntroduction = Literal["optional", "required"]

JOB_INTERVIEW_CREATE_REQUEST_CANDIDATE_VIDEO_INTRODUCTION_VALUES: set[
    JobInterviewCreateRequestCandidateVideoIntroduction
] = {
    "optional",
    "required",
}


def check_job_interview_create_request_candidate_video_introduction(
    value: str,
) -> JobInterviewCreateRequestCandidateVideoIntroduction:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_REQUEST_CANDIDATE_VIDEO_INTRODUCTION_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateRequestCandidateVideoIntroduction, value)
