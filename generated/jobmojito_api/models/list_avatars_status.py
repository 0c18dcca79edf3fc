from typing import Literal, cast

ListAvatarsStatus = Literal["active", "archived", "deleted", "draft"]

LIST_AVATARS_STATUS_VALUES: set[ListAvatarsStatus] = {
    "active",
    "archived",
    "deleted",
    "draft",
}


def check_list_avatars_status(value: str) -> ListAvatarsStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_AVATARS_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListAvatarsStatus, value)
