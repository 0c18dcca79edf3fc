from typing import Literal, cast

ListResultsType = Literal["assessment", "coaching", "interview", "persona", "persona_interview", "public_avatar"]

LIST_RESULTS_TYPE_VALUES: set[ListResultsType] = {
    "assessment",
    "coaching",
    "interview",
    "persona",
    "persona_interview",
    "public_avatar",
}


def check_list_results_type(value: str) -> ListResultsType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_RESULTS_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListResultsType, value)
