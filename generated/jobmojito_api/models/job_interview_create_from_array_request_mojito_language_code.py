from typing import Literal, cast

JobInterviewCreateFromArrayRequestMojitoLanguageCode = Literal[
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

JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_MOJITO_LANGUAGE_CODE_VALUES: set[
    JobInterviewCreateFromArrayRequestMojitoLanguageCode
] = {
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


def check_job_interview_create_from_array_request_mojito_language_code(
    value: str,
) -> JobInterviewCreateFromArrayRequestMojitoLanguageCode:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_FROM_ARRAY_REQUEST_MOJITO_LANGUAGE_CODE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateFromArrayRequestMojitoLanguageCode, value)
