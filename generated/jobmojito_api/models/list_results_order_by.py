from typing import Literal, cast

ListResultsOrderBy = Literal["created_at_newest", "created_at_oldest", "score", "updated_at_newest"]

LIST_RESULTS_ORDER_BY_VALUES: set[ListResultsOrderBy] = {
    "created_at_newest",
    "created_at_oldest",
    "score",
    "updated_at_newest",
}


def check_list_results_order_by(value: str) -> ListResultsOrderBy:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_RESULTS_ORDER_BY_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListResultsOrderBy, value)
