from typing import Literal, cast

CatalogueTagCreateRequestStatus = Literal["active", "archived", "draft"]

CATALOGUE_TAG_CREATE_REQUEST_STATUS_VALUES: set[CatalogueTagCreateRequestStatus] = {
    "active",
    "archived",
    "draft",
}


def check_catalogue_tag_create_request_status(value: str) -> CatalogueTagCreateRequestStatus:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``CATALOGUE_TAG_CREATE_REQUEST_STATUS_VALUES``
    to tell a known value from a new one.
    """
    return cast(CatalogueTagCreateRequestStatus, value)
