from typing import Literal, cast

PersonaCreateRequestVisibility = Literal["merchant_invite", "merchant_public", "merchant_unlisted"]

PERSONA_CREATE_REQUEST_VISIBILITY_VALUES: set[PersonaCreateRequestVisibility] = {
    "merchant_invite",
    "merchant_public",
    "merchant_unlisted",
}


def check_persona_create_request_visibility(value: str) -> PersonaCreateRequestVisibility:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PERSONA_CREATE_REQUEST_VISIBILITY_VALUES``
    to tell a known value from a new one.
    """
    return cast(PersonaCreateRequestVisibility, value)
