from typing import Literal, cast

PersonaCreateRequestInterviewConversationSpeed = Literal["faster", "normal", "slower"]

PERSONA_CREATE_REQUEST_INTERVIEW_CONVERSATION_SPEED_VALUES: set[PersonaCreateRequestInterviewConversationSpeed] = {
    "faster",
    "normal",
    "slower",
}


def check_persona_create_request_interview_conversation_speed(
    value: str,
) -> PersonaCreateRequestInterviewConversationSpeed:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_INTERVIEW_CONVERSATION_SPEED_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestInterviewConversationSpeed, value)
