from typing import Literal, cast

PreScreeningCreateRequestStatus = Literal["active", "draft"]

PRE_SCREENING_CREATE_REQUEST_STATUS_VALUES: set[PreScreeningCreateRequestStatus] = {
    "active",
    "draft",
}


def check_pre_screening_create_request_status(value: str) -> PreScreeningCreateRequestStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_CREATE_REQUEST_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningCreateRequestStatus, value)
