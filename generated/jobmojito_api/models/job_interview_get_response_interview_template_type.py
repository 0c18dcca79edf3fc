from typing import Literal, cast

JobInterviewGetResponseInterviewTemplateType = Literal[
    "interactive_elevenlabs", "interactive_heygen", "offline_elai", "offline_heygen", "offline_synthesia"
]

JOB_INTERVIEW_GET_RESPONSE_INTERVIEW_TEMPLATE_TYPE_VALUES: set[JobInterviewGetResponseInterviewTemplateType] = {
    "interactive_elevenlabs",
    "interactive_heygen",
    "offline_elai",
    "offline_heygen",
    "offline_synthesia",
}


def check_job_interview_get_response_interview_template_type(
    value: str,
) -> JobInterviewGetResponseInterviewTemplateType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_GET_RESPONSE_INTERVIEW_TEMPLATE_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewGetResponseInterviewTemplateType, value)
