from typing import Literal, cast

JobInterviewCreateFromArrayRequestRecordingFullSession = Literal["audio_all", "video_all"]

JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_RECORDING_FULL_SESSION_VALUES: set[
    JobInterviewCreateFromArrayRequestRecordingFullSession
] = {
    "audio_all",
    "video_all",
}


def check_job_interview_create_from_array_request_recording_full_session(
    value: str,
) -> JobInterviewCreateFromArrayRequestRecordingFullSession:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_RECORDING_FULL_SESSION_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateFromArrayRequestRecordingFullSession, value)
