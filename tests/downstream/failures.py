"""What a caller does when a call fails: the error classes and what they carry."""

from __future__ import annotations

from jobmojito import JobMojito, JobMojitoError, NotFoundError, ValidationError

UNKNOWN_RESULT = "00000000-0000-4000-8000-000000000000"


def missing_result(jm: JobMojito) -> int:
    """The status code of a result that does not exist (404)."""
    try:
        jm.results.get(interview_result_id=UNKNOWN_RESULT)
    except NotFoundError as exc:
        return exc.status_code
    except JobMojitoError as exc:
        raise AssertionError(f"expected NotFoundError, got {exc!r}") from exc
    raise AssertionError("expected NotFoundError, the call succeeded")


def refused_before_sending(jm: JobMojito) -> tuple[str, str]:
    """The field and rule of an argument the document forbids (nothing is sent)."""
    try:
        jm.results.list_page(limit=0)
    except ValidationError as exc:
        return exc.field, exc.rule
    raise AssertionError("expected ValidationError")
