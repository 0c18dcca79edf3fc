from typing import Literal, cast

GetResultDetailsGetSignedRecordings = Literal["false", "true"]

GET_RESULT_DETAILS_GET_SIGNED_RECORDINGS_VALUES: set[GetResultDetailsGetSignedRecordings] = {
    "false",
    "true",
}


def check_get_result_details_get_signed_recordings(value: str) -> GetResultDetailsGetSignedRecordings:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``GET_RESULT_DETAILS_GET_SIGNED_RECORDINGS_VALUES``
    to tell a known value from a new one.
    """
    return cast(GetResultDetailsGetSignedRecordings, value)
