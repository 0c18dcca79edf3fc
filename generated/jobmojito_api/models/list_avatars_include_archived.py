from typing import Literal, cast

ListAvatarsIncludeArchived = Literal["false", "true"]

LIST_AVATARS_INCLUDE_ARCHIVED_VALUES: set[ListAvatarsIncludeArchived] = {
    "false",
    "true",
}


def check_list_avatars_include_archived(value: str) -> ListAvatarsIncludeArchived:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_AVATARS_INCLUDE_ARCHIVED_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListAvatarsIncludeArchived, value)
