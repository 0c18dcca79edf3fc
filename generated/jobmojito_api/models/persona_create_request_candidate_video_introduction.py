from typing import Literal, cast

PersonaCreateRequestCandidateVideoIntroduction = Literal["optional", "required"]

PERSONA_CREATE_REQUEST_CANDIDATE_VIDEO_INTRODUCTION_VALUES: set[PersonaCreateRequestCandidateVideoIntroduction] = {
    "optional",
    "required",
}


def check_persona_create_request_candidate_video_introduction(
    value: str,
) -> PersonaCreateRequestCandidateVideoIntroduction:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_CANDIDATE_VIDEO_INTRODUCTION_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestCandidateVideoIntroduction, value)
