from typing import Literal, cast

JobInterviewPdfRequestExportType = Literal["html", "json", "pdf"]

JOB_INTERVIEW_PDF_REQUEST_EXPORT_TYPE_VALUES: set[JobInterviewPdfRequestExportType] = {
    "html",
    "json",
    "pdf",
}


def check_job_interview_pdf_request_export_type(value: str) -> JobInterviewPdfRequestExportType:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``JOB_INTERVIEW_PDF_REQUEST_EXPORT_TYPE_VALUES``
    to tell a known value from a new one.
    """
    return cast(JobInterviewPdfRequestExportType, value)
