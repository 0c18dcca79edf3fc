from typing import Literal, cast

ListResultsStep = Literal["interview", "pre-screening"]

LIST_RESULTS_STEP_VALUES: set[ListResultsStep] = {
    "interview",
    "pre-screening",
}


def check_list_results_step(value: str) -> ListResultsStep:
    """Open enum: a value the document does not list is kept as it came.

    Only responses are parsed with this (requests are validated by the
    facade before they are sent), so a new server-side value never breaks
    a client that is older than it. Compare with ``LIST_RESULTS_STEP_VALUES``
    to tell a known value from a new one.
    """
    return cast(ListResultsStep, value)
