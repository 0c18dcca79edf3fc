from typing import Literal, cast

ReportTemplate = Literal["classic", "modern", "one_pager"]

REPORT_TEMPLATE_VALUES: set[ReportTemplate] = {
    "classic",
    "modern",
    "one_pager",
}


def check_report_template(value: str) -> ReportTemplate:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``REPORT_TEMPLATE_VALUES``
    to tell a known value from a new one.
    """
    return cast(ReportTemplate, value)
