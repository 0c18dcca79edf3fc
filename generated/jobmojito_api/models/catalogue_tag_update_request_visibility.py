from typing import Literal, cast

CatalogueTagUpdateRequestVisibility = Literal["merchant_invite", "merchant_public", "merchant_unlisted", "public"]

CATALOGUE_TAG_UPDATE_REQUEST_VISIBILITY_VALUES: set[CatalogueTagUpdateRequestVisibility] = {
    "merchant_invite",
    "merchant_public",
    "merchant_unlisted",
    "public",
}


def check_catalogue_tag_update_request_visibility(value: str) -> CatalogueTagUpdateRequestVisibility:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``CATALOGUE_TAG_UPDATE_REQUEST_VISIBILITY_VALUES``
    to tell a known value from a new one.
    """
    return cast(CatalogueTagUpdateRequestVisibility, value)
