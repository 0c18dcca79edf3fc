from typing import Literal, cast

ListAvatarsIncludePublic = Literal["false", "true"]

LIST_AVATARS_INCLUDE_PUBLIC_VALUES: set[ListAvatarsIncludePublic] = {
    "false",
    "true",
}


def check_list_avatars_include_public(value: str) -> ListAvatarsIncludePublic:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_AVATARS_INCLUDE_PUBLIC_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListAvatarsIncludePublic, value)
