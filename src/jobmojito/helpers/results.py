"""``results.wait_for`` (wait until a candidate's result is final) and ``results.create_reports_bulk``.

``wait_for`` is for teams without a webhook endpoint.

A result is final when the interview failed (``failed``, ``abandoned``,
``terminated, no speech detected``) or completed and was scored (a
``score``). Until then ``results.get`` is asked again, the wait between
asks doubling from ``interval`` up to ``max_interval``; each ask is a normal
call (retried by the client's policy). A webhook (``jobmojito.webhooks``) is
the better way where JobMojito can reach you.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .._errors import JobMojitoError
from .._lifecycle import COMPLETED_STATUSES, FAILED_STATUSES

if TYPE_CHECKING:
    from uuid import UUID

    from jobmojito_api.models import HTMLExport, JobInterviewDetailsResponse, JSONExport, PDFExport

    from ..bulk import BulkReports, _runner
    from ..bulk._journal import Journal

    # The helpers' ``self`` is typed by what they call: were ``results.get`` gone
    # from the generated class, mypy would say so at every call of a helper
    # (a stub declared on the mixin would have hidden it).
    class _Results(Protocol):
        """What the helpers call on ``Results``: the generated methods, checked at each use."""

        def get(self, *, interview_result_id: str | UUID) -> JobInterviewDetailsResponse: ...

        def create_report(
            self,
            *,
            export_type: ExportType,
            interview_result_id: str | UUID | None = ...,
            store_file: bool | None = ...,
        ) -> HTMLExport | JSONExport | PDFExport: ...

    class _AsyncResults(Protocol):
        """What the helpers call on ``AsyncResults``."""

        def get(self, *, interview_result_id: str | UUID) -> Awaitable[JobInterviewDetailsResponse]: ...

        def create_report(
            self,
            *,
            export_type: ExportType,
            interview_result_id: str | UUID | None = ...,
            store_file: bool | None = ...,
        ) -> Awaitable[HTMLExport | JSONExport | PDFExport]: ...


__all__ = ["AsyncResultsHelpers", "ResultsHelpers", "WaitTimeout", "is_final"]

ExportType = Literal["pdf", "html", "json"]


class WaitTimeout(JobMojitoError, TimeoutError):
    """``wait_for`` gave up: the result was not final within ``timeout`` seconds (``last`` is what it saw)."""

    def __init__(self, interview_result_id: str, timeout: float, last: JobInterviewDetailsResponse | None) -> None:
        status = last.status if last is not None else None
        super().__init__(
            f"results.wait_for: {interview_result_id} not final after {timeout:g} s (last status: {status!r})"
        )
        self.interview_result_id = interview_result_id
        self.last = last


def is_final(details: JobInterviewDetailsResponse) -> bool:
    """Failed, or completed and scored."""
    if details.status in FAILED_STATUSES:
        return True
    return details.status in COMPLETED_STATUSES and details.score is not None


class _Backoff:
    def __init__(self, timeout: float, interval: float, max_interval: float) -> None:
        if timeout < 0 or interval <= 0 or max_interval < interval:
            raise ValueError("wait_for needs timeout >= 0 and 0 < interval <= max_interval")
        self.deadline = time.monotonic() + timeout
        self.interval = interval
        self.max_interval = max_interval

    def next_wait(self) -> float | None:
        """Seconds to wait before the next ask, or None when the deadline leaves no time for one."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            return None
        wait = min(self.interval, left)
        self.interval = min(self.interval * 2, self.max_interval)
        return wait


def _progress(on_progress: Callable[[int, int], None] | None, total: int) -> Callable[[int], None] | None:
    return None if on_progress is None else (lambda done: on_progress(done, total))


class ResultsHelpers:
    """``client.results.wait_for`` (mixed into the generated ``Results``)."""

    def create_reports_bulk(
        self: _Results,
        interview_result_ids: Iterable[str],
        *,
        export_type: ExportType = "pdf",
        store_file: bool | None = None,
        concurrency: int = 4,
        journal: Journal | str | Path | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> BulkReports:
        """A report for each result, ``concurrency`` at once; with a journal a rerun skips the ones done.

        Args:
            interview_result_ids: the results (a repeat is made once).
            export_type: ``"pdf"``, ``"html"`` or ``"json"``.
            store_file: (pdf) keep the file and answer a signed URL.
            concurrency: calls at once at most (halved while the API answers 429).
            journal: a path (``.jsonl``, ``.sqlite``/``.db``) or a ``Journal``.
            on_progress: called with (reports done, total) as they finish.

        Returns:
            BulkReports: each result's ``Report``, in the order given.
        """
        from ..bulk import _reports, _runner  # on first use: not every caller does bulk work
        from ..bulk._journal import opened_journal

        with opened_journal(journal) as book:
            ids, batches, known = _reports.plan(interview_result_ids, export_type, book.load())
            flags = {} if store_file is None else {"store_file": store_file}

            def send(batch: _runner.Batch[str]) -> list[_runner.Result]:
                report = self.create_report(export_type=export_type, interview_result_id=batch.items[0].value, **flags)
                return _reports.result_of(batch, report)

            done = _progress(on_progress, len(batches))
            results = _runner.run(batches, send, book, concurrency=concurrency, on_progress=done)
            return _reports.outcome(ids, export_type, known, results)

    def wait_for(
        self: _Results,
        interview_result_id: str | UUID,
        *,
        timeout: float = 900.0,
        interval: float = 2.0,
        max_interval: float = 30.0,
        until: Callable[[JobInterviewDetailsResponse], bool] = is_final,
    ) -> JobInterviewDetailsResponse:
        """Ask ``results.get`` until the result is final (``until``), waiting longer between asks each time.

        Args:
            interview_result_id: the result to wait for.
            timeout: seconds to wait in all; then ``WaitTimeout``.
            interval: seconds before the second ask; doubled after each ask.
            max_interval: the longest wait between two asks.
            until: what "final" means (default: failed, or completed and scored).

        Returns:
            JobInterviewDetailsResponse: the result as it was when it became final.

        Raises:
            jobmojito.WaitTimeout: not final within ``timeout``.
            jobmojito.NotFoundError: no such result (not retried).
        """
        backoff = _Backoff(timeout, interval, max_interval)
        while True:
            details = self.get(interview_result_id=interview_result_id)
            if until(details):
                return details
            wait = backoff.next_wait()
            if wait is None:
                raise WaitTimeout(str(interview_result_id), timeout, details)
            time.sleep(wait)


class AsyncResultsHelpers:
    """``async_client.results.wait_for`` (mixed into the generated ``AsyncResults``)."""

    async def create_reports_bulk(
        self: _AsyncResults,
        interview_result_ids: Iterable[str],
        *,
        export_type: ExportType = "pdf",
        store_file: bool | None = None,
        concurrency: int = 4,
        journal: Journal | str | Path | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> BulkReports:
        """The awaitable ``ResultsHelpers.create_reports_bulk`` (same arguments)."""
        from ..bulk import _reports, _runner  # on first use: not every caller does bulk work
        from ..bulk._journal import opened_journal

        with opened_journal(journal) as book:
            ids, batches, known = _reports.plan(interview_result_ids, export_type, book.load())
            flags = {} if store_file is None else {"store_file": store_file}

            async def send(batch: _runner.Batch[str]) -> list[_runner.Result]:
                report = await self.create_report(
                    export_type=export_type, interview_result_id=batch.items[0].value, **flags
                )
                return _reports.result_of(batch, report)

            done = _progress(on_progress, len(batches))
            results = await _runner.arun(batches, send, book, concurrency=concurrency, on_progress=done)
            return _reports.outcome(ids, export_type, known, results)

    async def wait_for(
        self: _AsyncResults,
        interview_result_id: str | UUID,
        *,
        timeout: float = 900.0,
        interval: float = 2.0,
        max_interval: float = 30.0,
        until: Callable[[JobInterviewDetailsResponse], Any] = is_final,
    ) -> JobInterviewDetailsResponse:
        """The awaitable ``ResultsHelpers.wait_for`` (same arguments)."""
        import asyncio

        backoff = _Backoff(timeout, interval, max_interval)
        while True:
            details = await self.get(interview_result_id=interview_result_id)
            if until(details):
                return details
            wait = backoff.next_wait()
            if wait is None:
                raise WaitTimeout(str(interview_result_id), timeout, details)
            await asyncio.sleep(wait)
