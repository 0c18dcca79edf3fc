"""``results.wait_for``: wait until a candidate's result is final, for teams without a webhook endpoint.

A result is final when the interview failed (``failed``, ``abandoned``,
``terminated, no speech detected``) or completed and was scored (a
``score``). Until then ``results.get`` is asked again, the wait between
asks doubling from ``interval`` up to ``max_interval``; each ask is a normal
call (retried by the client's policy). A webhook (``jobmojito.webhooks``) is
the better way where JobMojito can reach you.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._errors import JobMojitoError
from .._lifecycle import COMPLETED_STATUSES, FAILED_STATUSES

if TYPE_CHECKING:
    from uuid import UUID

    from jobmojito_api.models import JobInterviewDetailsResponse

__all__ = ["AsyncResultsHelpers", "ResultsHelpers", "WaitTimeout", "is_final"]


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


class ResultsHelpers:
    """``client.results.wait_for`` (mixed into the generated ``Results``)."""

    if TYPE_CHECKING:

        def get(self, *, interview_result_id: str | UUID) -> JobInterviewDetailsResponse: ...

    def wait_for(
        self,
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

    if TYPE_CHECKING:

        def get(self, *, interview_result_id: str | UUID) -> Awaitable[JobInterviewDetailsResponse]: ...

    async def wait_for(
        self,
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
