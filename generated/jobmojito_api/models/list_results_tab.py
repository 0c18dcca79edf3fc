from typing import Literal, cast

ListResultsTab = Literal[
    "",
    "archived-interview",
    "archived-public_avatar",
    "completed",
    "decided-rejected",
    "decided-selected",
    "incomplete",
    "public_avatar",
    "shortlist",
    "undecided",
]

LIST_RESULTS_TAB_VALUES: set[ListResultsTab] = {
    "",
    "archived-interview",
    "archived-public_avatar",
    "completed",
    "decided-rejected",
    "decided-selected",
    "incomplete",
    "public_avatar",
    "shortlist",
    "undecided",
}


def check_list_results_tab(value: str) -> ListResultsTab:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_RESULTS_TAB_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListResultsTab, value)
