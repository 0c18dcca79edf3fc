from typing import Literal, cast

PersonaCreateRequestRecordingFullSession = Literal["audio_all", "video_all"]

PERSONA_CREATE_REQUEST_RECORDING_FULL_SESSION_VALUES: set[PersonaCreateRequestRecordingFullSession] = {
    "audio_all",
    "video_all",
}


def check_persona_create_request_recording_full_session(value: str) -> PersonaCreateRequestRecordingFullSession:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_RECORDING_FULL_SESSION_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestRecordingFullSession, value)
