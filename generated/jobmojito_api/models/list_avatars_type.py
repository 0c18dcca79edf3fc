from typing import Literal, cast

ListAvatarsType = Literal[
    "interactive_elevenlabs", "interactive_heygen", "offline_elai", "offline_heygen", "offline_synthesia"
]

LIST_AVATARS_TYPE_VALUES: set[ListAvatarsType] = {
    "interactive_elevenlabs",
    "interactive_heygen",
    "offline_elai",
    "offline_heygen",
    "offline_synthesia",
}


def check_list_avatars_type(value: str) -> ListAvatarsType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_AVATARS_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListAvatarsType, value)
