from typing import Literal, cast

JobInterviewGetResponseRecordingFullSession = Literal[
    "audio_all", "audio_first_5_answers", "video_all", "video_first_5_answers"
]

JOB_INTERVIEW_GET_RESPONSE_RECORDING_FULL_SESSION_VALUES: set[JobInterviewGetResponseRecordingFullSession] = {
    "audio_all",
    "audio_first_5_answers",
    "video_all",
    "video_first_5_answers",
}


def check_job_interview_get_response_recording_full_session(value: str) -> JobInterviewGetResponseRecordingFullSession:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_RECORDING_FULL_SESSION_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseRecordingFullSession, value)
