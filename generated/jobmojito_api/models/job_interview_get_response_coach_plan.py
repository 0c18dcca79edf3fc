from typing import Literal, cast

JobInterviewGetResponseCoachPlan = Literal["2nd", "3rd", "closing", "demo", "job-specific", "other", "screening"]

JOB_INTERVIEW_GET_RESPONSE_COACH_PLAN_VALUES: set[JobInterviewGetResponseCoachPlan] = {
    "2nd",
    "3rd",
    "closing",
    "demo",
    "job-specific",
    "other",
    "screening",
}


def check_job_interview_get_response_coach_plan(value: str) -> JobInterviewGetResponseCoachPlan:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_COACH_PLAN_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseCoachPlan, value)
