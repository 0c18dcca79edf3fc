from typing import Literal, cast

CatalogueTagUpdateRequestStatus = Literal["active", "archived", "draft"]

CATALOGUE_TAG_UPDATE_REQUEST_STATUS_VALUES: set[CatalogueTagUpdateRequestStatus] = {
    "active",
    "archived",
    "draft",
}


def check_catalogue_tag_update_request_status(value: str) -> CatalogueTagUpdateRequestStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``CATALOGUE_TAG_UPDATE_REQUEST_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(CatalogueTagUpdateRequestStatus, value)
