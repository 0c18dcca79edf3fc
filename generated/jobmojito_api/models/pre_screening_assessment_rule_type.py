from typing import Literal, cast

PreScreeningAssessmentRuleType = Literal["optional", "required", "screening"]

PRE_SCREENING_ASSESSMENT_RULE_TYPE_VALUES: set[PreScreeningAssessmentRuleType] = {
    "optional",
    "required",
    "screening",
}


def check_pre_screening_assessment_rule_type(value: str) -> PreScreeningAssessmentRuleType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_ASSESSMENT_RULE_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningAssessmentRuleType, value)
