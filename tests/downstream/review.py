"""Read what candidates did: the pager, raw responses, and an exhaustive match over a response enum."""

from __future__ import annotations

from typing import assert_never

from jobmojito_api.models import JobInterviewGetResponseStatus, MerchantResultListResponseDataItem

from jobmojito import JobMojito


def results_of(jm: JobMojito, interview_id: str) -> list[MerchantResultListResponseDataItem]:
    """Every result of an interview, two per page: the pager asks for the next page itself."""
    return list(jm.results.list(interview_id=interview_id, limit=2))


def raw_first_page(jm: JobMojito) -> tuple[int, int]:
    """The status code of a raw page, and the number of results it holds."""
    list_page = jm.with_raw_response(jm.results.list_page)
    raw = list_page(limit=1)
    page = raw.parse()
    return raw.status_code, len(page.data or [])


def phase(status: JobInterviewGetResponseStatus) -> str:
    """Every status the API sends, handled: mypy says so when one is added."""
    match status:
        case "active":
            return "open"
        case "archived" | "deleted":
            return "closed"
        case "completed":
            return "done"
        case "draft" | "preparing":
            return "not open yet"
        case _:
            assert_never(status)


def interview_phase(jm: JobMojito, interview_id: str) -> str:
    return phase(jm.interviews.get(position_id=interview_id).status)
