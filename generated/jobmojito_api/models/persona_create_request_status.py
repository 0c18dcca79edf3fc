from typing import Literal, cast

PersonaCreateRequestStatus = Literal["active", "draft"]

PERSONA_CREATE_REQUEST_STATUS_VALUES: set[PersonaCreateRequestStatus] = {
    "active",
    "draft",
}


def check_persona_create_request_status(value: str) -> PersonaCreateRequestStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestStatus, value)
