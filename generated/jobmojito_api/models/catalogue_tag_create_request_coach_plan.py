from typing import Literal, cast

CatalogueTagCreateRequestCoachPlan = Literal["2nd", "3rd", "closing", "demo", "job-specific", "other", "screening"]

CATALOGUE_TAG_CREATE_REQUEST_COACH_PLAN_VALUES: set[CatalogueTagCreateRequestCoachPlan] = {
    "2nd",
    "3rd",
    "closing",
    "demo",
    "job-specific",
    "other",
    "screening",
}


def check_catalogue_tag_create_request_coach_plan(value: str) -> CatalogueTagCreateRequestCoachPlan:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``CATALOGUE_TAG_CREATE_REQUEST_COACH_PLAN_VALUES``
    to tell a known value from a new one.
    """
    return cast(CatalogueTagCreateRequestCoachPlan, value)
