from typing import Literal, cast

JobInterviewGetResponseStage = Literal[
    "Application submitted",
    "Hired",
    "Interest",
    "Interview 1st completed",
    "Interview 1st planned",
    "Interview 2nd completed",
    "Interview 2nd planned",
    "Interview 3rd completed",
    "Interview 3rd planned",
    "Offer declined",
    "Offer negotiations",
    "Other",
    "Rejected",
]

JOB_INTERVIEW_GET_RESPONSE_STAGE_VALUES: set[JobInterviewGetResponseStage] = {
    "Application submitted",
    "Hired",
    "Interest",
    "Interview 1st completed",
    "Interview 1st planned",
    "Interview 2nd completed",
    "Interview 2nd planned",
    "Interview 3rd completed",
    "Interview 3rd planned",
    "Offer declined",
    "Offer negotiations",
    "Other",
    "Rejected",
}


def check_job_interview_get_response_stage(value: str) -> JobInterviewGetResponseStage:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_STAGE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseStage, value)
