from typing import Literal, cast

PreScreeningAssessmentRuleLanguagesItemLevel = Literal["advanced", "beginner", "fluent", "intermediate"]

PRE_SCREENING_ASSESSMENT_RULE_LANGUAGES_ITEM_LEVEL_VALUES: set[PreScreeningAssessmentRuleLanguagesItemLevel] = {
    "advanced",
    "beginner",
    "fluent",
    "intermediate",
}


def check_pre_screening_assessment_rule_languages_item_level(
    value: str,
) -> PreScreeningAssessmentRuleLanguagesItemLevel:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_ASSESSMENT_RULE_LANGUAGES_ITEM_LEVEL_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningAssessmentRuleLanguagesItemLevel, value)
