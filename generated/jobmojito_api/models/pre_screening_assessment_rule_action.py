from typing import Literal, cast

PreScreeningAssessmentRuleAction = Literal["mark_for_review", "reject"]

PRE_SCREENING_ASSESSMENT_RULE_ACTION_VALUES: set[PreScreeningAssessmentRuleAction] = {
    "mark_for_review",
    "reject",
}


def check_pre_screening_assessment_rule_action(value: str) -> PreScreeningAssessmentRuleAction:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``PRE_SCREENING_ASSESSMENT_RULE_ACTION_VALUES``
    to tell a known value from a new one.
    """
    return cast(PreScreeningAssessmentRuleAction, value)
