from typing import Literal, cast

JobInterviewGetResponseTypeCredit = Literal[
    "cover_letter", "interview_coach_contributor", "interview_coach_manager", "interview_coach_starter", "resume_check"
]

JOB_INTERVIEW_GET_RESPONSE_TYPE_CREDIT_VALUES: set[JobInterviewGetResponseTypeCredit] = {
    "cover_letter",
    "interview_coach_contributor",
    "interview_coach_manager",
    "interview_coach_starter",
    "resume_check",
}


def check_job_interview_get_response_type_credit(value: str) -> JobInterviewGetResponseTypeCredit:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_TYPE_CREDIT_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseTypeCredit, value)
