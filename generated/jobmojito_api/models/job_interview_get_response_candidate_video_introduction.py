from typing import Literal, cast

JobInterviewGetResponseCandidateVideoIntroduction = Literal["hidden", "optional", "required"]

JOB_INTERVIEW_GET_RESPONSE_CANDIDATE_VIDEO_INTRODUCTION_VALUES: set[
    JobInterviewGetResponseCandidateVideoIntroduction
] = {
    "hidden",
    "optional",
    "required",
}


def check_job_interview_get_response_candidate_video_introduction(
    value: str,
) -> JobInterviewGetResponseCandidateVideoIntroduction:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_CANDIDATE_VIDEO_INTRODUCTION_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseCandidateVideoIntroduction, value)
