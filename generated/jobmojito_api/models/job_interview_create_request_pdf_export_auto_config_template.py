from typing import Literal, cast

JobInterviewCreateRequestPdfExportAutoConfigTemplate = Literal["classic", "modern", "one_pager"]

JOB_INTERVIEW_CREATE_REQUEST_PDF_EXPORT_AUTO_CONFIG_TEMPLATE_VALUES: set[
    JobInterviewCreateRequestPdfExportAutoConfigTemplate
] = {
    "classic",
    "modern",
    "one_pager",
}


def check_job_interview_create_request_pdf_export_auto_config_template(
    value: str,
) -> JobInterviewCreateRequestPdfExportAutoConfigTemplate:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_CREATE_REQUEST_PDF_EXPORT_AUTO_CONFIG_TEMPLATE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewCreateRequestPdfExportAutoConfigTemplate, value)
