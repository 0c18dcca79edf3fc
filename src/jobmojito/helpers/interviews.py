"""``interviews.register_users_bulk``: many candidates in concurrent batches, resumable, each registered once.

See ``jobmojito.bulk`` for what the journal guarantees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from uuid import UUID

    from jobmojito_api.models import JobInterviewRegisterUsersResponseItem

    from .._base_client import AsyncClientCore, SyncClientCore
    from ..bulk import BulkRegistrations, _runner
    from ..bulk._journal import Journal

    # The helper's ``self`` is typed by what it calls (see helpers/results.py).
    class _Interviews(Protocol):
        """What the helper calls on ``Interviews``: the generated method, checked at each use."""

        _client: SyncClientCore

        def register_users(
            self,
            *,
            users: Sequence[Mapping[str, Any]],
            interview_id: str | UUID,
            merchant_id: str | None = ...,
            send_email: bool | None = ...,
            is_test: bool | None = ...,
        ) -> list[JobInterviewRegisterUsersResponseItem]: ...

    class _AsyncInterviews(Protocol):
        """What the helper calls on ``AsyncInterviews``."""

        _client: AsyncClientCore

        async def register_users(
            self,
            *,
            users: Sequence[Mapping[str, Any]],
            interview_id: str | UUID,
            merchant_id: str | None = ...,
            send_email: bool | None = ...,
            is_test: bool | None = ...,
        ) -> list[JobInterviewRegisterUsersResponseItem]: ...


__all__ = ["AsyncInterviewsHelpers", "InterviewsHelpers"]

Progress = Callable[[int, int], None]


def _options(send_email: bool | None, is_test: bool | None, merchant_id: str | None) -> dict[str, Any]:
    """The call's arguments that were given (None: not sent)."""
    given = {"send_email": send_email, "is_test": is_test, "merchant_id": merchant_id}
    return {name: value for name, value in given.items() if value is not None}


def _progress(on_progress: Progress | None, already: int, total: int) -> Callable[[int], None] | None:
    if on_progress is None:
        return None
    on_progress(already, total)
    return lambda done: on_progress(already + done, total)


class InterviewsHelpers:
    """``client.interviews.register_users_bulk`` (mixed into the generated ``Interviews``)."""

    def register_users_bulk(
        self: _Interviews,
        interview_id: str,
        users: Iterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = 50,
        concurrency: int = 4,
        journal: Journal | str | Path | None = None,
        send_email: bool | None = None,
        is_test: bool | None = None,
        merchant_id: str | None = None,
        resend_unknown: bool = False,
        on_progress: Progress | None = None,
    ) -> BulkRegistrations:
        """Register ``users`` for ``interview_id`` in batches of ``batch_size``, ``concurrency`` at once.

        Args:
            interview_id: the interview to register the candidates for.
            users: each a mapping or ``RegisterUser`` with ``email`` (or ``external_id``), ``name``.
            batch_size: candidates per call.
            concurrency: calls at once at most (halved while the API answers 429).
            journal: a path (``.jsonl``, or ``.sqlite``/``.db``) or a ``Journal``: what was done,
                so that a rerun sends no candidate that was registered (or may have been) again.
            send_email: have JobMojito e-mail each candidate their interview URL.
            is_test: mark the results as test results.
            merchant_id: for admin and sub-merchant accounts.
            resend_unknown: send again the candidates whose earlier batch's answer was lost and who
                are not among the interview's results (check first: they may have been e-mailed).
            on_progress: called with (candidates done, total) as batches finish.

        Returns:
            BulkRegistrations: each candidate's ``Registration`` (ok with the interview URL, the
            server's error, or unknown), in the order given.
        """
        from ..bulk import _registrations, _runner  # on first use: not every caller does bulk work
        from ..bulk._journal import opened_journal

        with opened_journal(journal) as book:
            plan = _registrations.plan(
                interview_id, users, book.load(), batch_size=batch_size, resend_unknown=resend_unknown
            )
            if plan.doubtful:
                book.write(_registrations.reconciled(plan, _registered(self._client, interview_id)))
            options = _options(send_email, is_test, merchant_id)

            def send(batch: _runner.Batch[dict[str, Any]]) -> list[_runner.Result]:
                users_now = [item.value for item in batch.items]
                rows = self.register_users(interview_id=interview_id, users=users_now, **options)
                return _registrations.results_of(batch, rows)

            batches = plan.batches
            total = sum(len(b.items) for b in batches)
            results = _runner.run(
                batches,
                send,
                book,
                concurrency=concurrency,
                on_progress=_progress(on_progress, 0, total),
            )
            return _registrations.outcome(plan, results)


def _registered(client: Any, interview_id: str) -> set[str]:
    """The e-mails of the interview's results: candidates it has registered (pages of 1,000, the most allowed)."""
    from ..bulk._registrations import email_key

    rows = client.results.list(interview_id=interview_id, limit=1000)
    emails = (email_key(row.candidate_email) for row in rows)
    return {email for email in emails if email is not None}


async def _aregistered(client: Any, interview_id: str) -> set[str]:
    from ..bulk._registrations import email_key

    rows = client.results.list(interview_id=interview_id, limit=1000)
    emails = [email_key(row.candidate_email) async for row in rows]
    return {email for email in emails if email is not None}


class AsyncInterviewsHelpers:
    """``async_client.interviews.register_users_bulk`` (mixed into the generated ``AsyncInterviews``)."""

    async def register_users_bulk(
        self: _AsyncInterviews,
        interview_id: str,
        users: Iterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = 50,
        concurrency: int = 4,
        journal: Journal | str | Path | None = None,
        send_email: bool | None = None,
        is_test: bool | None = None,
        merchant_id: str | None = None,
        resend_unknown: bool = False,
        on_progress: Progress | None = None,
    ) -> BulkRegistrations:
        """The awaitable ``InterviewsHelpers.register_users_bulk`` (same arguments)."""
        from ..bulk import _registrations, _runner  # on first use: not every caller does bulk work
        from ..bulk._journal import opened_journal

        with opened_journal(journal) as book:
            plan = _registrations.plan(
                interview_id, users, book.load(), batch_size=batch_size, resend_unknown=resend_unknown
            )
            if plan.doubtful:
                book.write(_registrations.reconciled(plan, await _aregistered(self._client, interview_id)))
            options = _options(send_email, is_test, merchant_id)

            async def send(batch: _runner.Batch[dict[str, Any]]) -> list[_runner.Result]:
                users_now = [item.value for item in batch.items]
                rows = await self.register_users(interview_id=interview_id, users=users_now, **options)
                return _registrations.results_of(batch, rows)

            batches = plan.batches
            total = sum(len(b.items) for b in batches)
            results = await _runner.arun(
                batches, send, book, concurrency=concurrency, on_progress=_progress(on_progress, 0, total)
            )
            return _registrations.outcome(plan, results)
