from typing import Literal, cast

PersonaCreateRequestPortal = Literal["coaching", "interview"]

PERSONA_CREATE_REQUEST_PORTAL_VALUES: set[PersonaCreateRequestPortal] = {
    "coaching",
    "interview",
}


def check_persona_create_request_portal(value: str) -> PersonaCreateRequestPortal:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_PORTAL_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestPortal, value)
