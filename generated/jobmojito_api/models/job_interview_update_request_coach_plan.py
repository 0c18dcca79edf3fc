from typing import Literal, cast

JobInterviewUpdateRequestCoachPlan = Literal["2nd", "3rd", "closing", "demo", "job-specific", "other", "screening"]

JOB_INTERVIEW_UPDATE_REQUEST_COACH_PLAN_VALUES: set[JobInterviewUpdateRequestCoachPlan] = {
    "2nd",
    "3rd",
    "closing",
    "demo",
    "job-specific",
    "other",
    "screening",
}


def check_job_interview_update_request_coach_plan(value: str) -> JobInterviewUpdateRequestCoachPlan:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_UPDATE_REQUEST_COACH_PLAN_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewUpdateRequestCoachPlan, value)
