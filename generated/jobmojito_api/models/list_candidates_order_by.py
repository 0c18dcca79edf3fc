from typing import Literal, cast

ListCandidatesOrderBy = Literal["created_at_newest", "created_at_oldest", "name_accending", "name_decending"]

LIST_CANDIDATES_ORDER_BY_VALUES: set[ListCandidatesOrderBy] = {
    "created_at_newest",
    "created_at_oldest",
    "name_accending",
    "name_decending",
}


def check_list_candidates_order_by(value: str) -> ListCandidatesOrderBy:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_CANDIDATES_ORDER_BY_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListCandidatesOrderBy, value)
