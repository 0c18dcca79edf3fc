from typing import Literal, cast

PreScreeningFormFieldType = Literal["optional", "required", "screening"]

PRE_SCREENING_FORM_FIELD_TYPE_VALUES: set[PreScreeningFormFieldType] = {
    "optional",
    "required",
    "screening",
}


def check_pre_screening_form_field_type(value: str) -> PreScreeningFormFieldType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_FORM_FIELD_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningFormFieldType, value)
