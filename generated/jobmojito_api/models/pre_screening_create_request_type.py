from typing import Literal, cast

PreScreeningCreateRequestType = Literal["form", "resume", "resume_with_form"]

PRE_SCREENING_CREATE_REQUEST_TYPE_VALUES: set[PreScreeningCreateRequestType] = {
    "form",
    "resume",
    "resume_with_form",
}


def check_pre_screening_create_request_type(value: str) -> PreScreeningCreateRequestType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_CREATE_REQUEST_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningCreateRequestType, value)
