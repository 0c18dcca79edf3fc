from typing import Literal, cast

CatalogueTagCreateRequestVisibility = Literal["merchant_invite", "merchant_public", "merchant_unlisted", "public"]

CATALOGUE_TAG_CREATE_REQUEST_VISIBILITY_VALUES: set[CatalogueTagCreateRequestVisibility] = {
    "merchant_invite",
    "merchant_public",
    "merchant_unlisted",
    "public",
}


def check_catalogue_tag_create_request_visibility(value: str) -> CatalogueTagCreateRequestVisibility:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``CATALOGUE_TAG_CREATE_REQUEST_VISIBILITY_VALUES``
    to tell a known value from a new one.
    """
    return cast(CatalogueTagCreateRequestVisibility, value)
