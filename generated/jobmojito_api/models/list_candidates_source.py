from typing import Literal, cast

ListCandidatesSource = Literal["invited", "registered"]

LIST_CANDIDATES_SOURCE_VALUES: set[ListCandidatesSource] = {
    "invited",
    "registered",
}


def check_list_candidates_source(value: str) -> ListCandidatesSource:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_CANDIDATES_SOURCE_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListCandidatesSource, value)
