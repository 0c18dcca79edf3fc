from typing import Literal, cast

CatalogueTagCreateRequestMojitoLanguageCode = Literal[
    "ar",
    "bg",
    "br",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fi",
    "fil",
    "fr",
    "hi",
    "hr",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "nl",
    "no",
    "pl",
    "pt",
    "ro",
    "ru",
    "sk",
    "sv",
    "ta",
    "th",
    "tr",
    "uk",
    "vi",
    "zh",
]

CATALOGUE_TAG_CREATE_REQUEST_MOJITO_LANGUAGE_CODE_VALUES: set[CatalogueTagCreateRequestMojitoLanguageCode] = {
    "ar",
    "bg",
    "br",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fi",
    "fil",
    "fr",
    "hi",
    "hr",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "nl",
    "no",
    "pl",
    "pt",
    "ro",
    "ru",
    "sk",
    "sv",
    "ta",
    "th",
    "tr",
    "uk",
    "vi",
    "zh",
}


def check_catalogue_tag_create_request_mojito_language_code(value: str) -> CatalogueTagCreateRequestMojitoLanguageCode:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``CATALOGUE_TAG_CREATE_REQUEST_MOJITO_LANGUAGE_CODE_VALUES``
    to tell a known value from a new one.
    """
    return cast(CatalogueTagCreateRequestMojitoLanguageCode, value)
