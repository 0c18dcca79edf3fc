from typing import Literal, cast

PersonaCreateRequestRecording = Literal["audio_all", "audio_first_5_answers", "video_all", "video_first_5_answers"]

PERSONA_CREATE_REQUEST_RECORDING_VALUES: set[PersonaCreateRequestRecording] = {
    "audio_all",
    "audio_first_5_answers",
    "video_all",
    "video_first_5_answers",
}


def check_persona_create_request_recording(value: str) -> PersonaCreateRequestRecording:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_RECORDING_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestRecording, value)
