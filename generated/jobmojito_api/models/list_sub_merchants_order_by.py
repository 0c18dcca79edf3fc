from typing import Literal, cast

ListSubMerchantsOrderBy = Literal["created_at_newest", "created_at_oldest", "name"]

LIST_SUB_MERCHANTS_ORDER_BY_VALUES: set[ListSubMerchantsOrderBy] = {
    "created_at_newest",
    "created_at_oldest",
    "name",
}


def check_list_sub_merchants_order_by(value: str) -> ListSubMerchantsOrderBy:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_SUB_MERCHANTS_ORDER_BY_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListSubMerchantsOrderBy, value)
