from typing import Literal, cast

ListCatalogueTagsVisibility = Literal["merchant_invite", "merchant_public", "merchant_unlisted", "public"]

LIST_CATALOGUE_TAGS_VISIBILITY_VALUES: set[ListCatalogueTagsVisibility] = {
    "merchant_invite",
    "merchant_public",
    "merchant_unlisted",
    "public",
}


def check_list_catalogue_tags_visibility(value: str) -> ListCatalogueTagsVisibility:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_CATALOGUE_TAGS_VISIBILITY_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListCatalogueTagsVisibility, value)
