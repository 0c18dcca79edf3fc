from typing import Literal, cast

ListInterviewsStatus = Literal["active", "archived", "completed", "deleted", "draft", "preparing"]

LIST_INTERVIEWS_STATUS_VALUES: set[ListInterviewsStatus] = {
    "active",
    "archived",
    "completed",
    "deleted",
    "draft",
    "preparing",
}


def check_list_interviews_status(value: str) -> ListInterviewsStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_INTERVIEWS_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListInterviewsStatus, value)
