from typing import Literal, cast

ListInterviewsType = Literal["assessment", "coaching", "interview", "persona", "persona_interview", "public_avatar"]

LIST_INTERVIEWS_TYPE_VALUES: set[ListInterviewsType] = {
    "assessment",
    "coaching",
    "interview",
    "persona",
    "persona_interview",
    "public_avatar",
}


def check_list_interviews_type(value: str) -> ListInterviewsType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_INTERVIEWS_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListInterviewsType, value)
