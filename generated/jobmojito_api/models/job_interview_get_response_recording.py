from typing import Literal, cast

JobInterviewGetResponseRecording = Literal["audio_all", "audio_first_5_answers", "video_all", "video_first_5_answers"]

JOB_INTERVIEW_GET_RESPONSE_RECORDING_VALUES: set[JobInterviewGetResponseRecording] = {
    "audio_all",
    "audio_first_5_answers",
    "video_all",
    "video_first_5_answers",
}


def check_job_interview_get_response_recording(value: str) -> JobInterviewGetResponseRecording:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_RECORDING_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseRecording, value)
