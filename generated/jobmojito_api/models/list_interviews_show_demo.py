from typing import Literal, cast

ListInterviewsShowDemo = Literal["false", "true"]

LIST_INTERVIEWS_SHOW_DEMO_VALUES: set[ListInterviewsShowDemo] = {
    "false",
    "true",
}


def check_list_interviews_show_demo(value: str) -> ListInterviewsShowDemo:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_INTERVIEWS_SHOW_DEMO_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListInterviewsShowDemo, value)
