from typing import Literal, cast

ListCatalogueTagsStatus = Literal["active", "archived", "draft"]

LIST_CATALOGUE_TAGS_STATUS_VALUES: set[ListCatalogueTagsStatus] = {
    "active",
    "archived",
    "draft",
}


def check_list_catalogue_tags_status(value: str) -> ListCatalogueTagsStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_CATALOGUE_TAGS_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListCatalogueTagsStatus, value)
