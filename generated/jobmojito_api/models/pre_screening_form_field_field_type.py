from typing import Literal, cast

PreScreeningFormFieldFieldType = Literal["file", "radio", "text"]

PRE_SCREENING_FORM_FIELD_FIELD_TYPE_VALUES: set[PreScreeningFormFieldFieldType] = {
    "file",
    "radio",
    "text",
}


def check_pre_screening_form_field_field_type(value: str) -> PreScreeningFormFieldFieldType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_FORM_FIELD_FIELD_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningFormFieldFieldType, value)
