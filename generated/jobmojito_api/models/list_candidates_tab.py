from typing import Literal, cast

ListCandidatesTab = Literal["", "interview", "leads", "no-action", "pre-screening"]

LIST_CANDIDATES_TAB_VALUES: set[ListCandidatesTab] = {
    "",
    "interview",
    "leads",
    "no-action",
    "pre-screening",
}


def check_list_candidates_tab(value: str) -> ListCandidatesTab:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_CANDIDATES_TAB_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListCandidatesTab, value)
