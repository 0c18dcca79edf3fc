"""Run batches of a bulk job concurrently, adapting to 429s, journaling so that nothing is sent twice.

A job is a list of ``Batch``es (items with journal keys) and a ``send``
function that makes one API call for a batch and tells each item's outcome.
The runner:

* writes each batch's items ``sent`` in the journal just before its call
  (when it has room to run, not when it is queued), so that after a crash
  only the batches that were on their way are in doubt;
* runs up to ``concurrency`` calls at once, halving that when the API answers
  429 (after the client's own retries, which honour ``Retry-After``) and
  waiting as asked, then growing it back by one per ten successes;
* sends a batch again only when it provably was not processed: a 429, or a
  connection that could not be made; a batch whose answer was lost (a
  timeout, a reset, a 5xx) is ``unknown`` and never resent by the runner;
* writes each item's outcome in the journal as soon as its call ends.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from .._errors import APIConnectionError, APIStatusError, JobMojitoError, RateLimitError, ValidationError
from .._retry import retry_after_seconds
from ._journal import Journal, Record

Status = Literal["ok", "error", "unknown"]
T = TypeVar("T")
MAX_NOT_SENT = 5  # a batch whose connection failed this many times is given up ("error", nothing was sent)
MAX_RATE_LIMITED = 20


@dataclass(frozen=True)
class Item(Generic[T]):
    key: str
    value: T  # what the caller gave for this item


@dataclass(frozen=True)
class Result:
    """One item's outcome as the runner sees it (the bulk helper makes its typed outcome of it)."""

    key: str
    status: Status
    detail: Mapping[str, Any] = field(default_factory=dict)  # journaled: JSON-safe values only
    error: str | None = None
    value: Any = None  # what the call answered for the item, for this run's caller (not journaled)


@dataclass
class Batch(Generic[T]):
    items: list[Item[T]]
    not_sent: int = 0
    rate_limited: int = 0


class Limits:
    """At most ``limit`` calls at once; halved on a 429 (and paused as asked), grown back by one per ten successes.

    Only the bookkeeping: the sync and async runners wait on it with their own condition.
    """

    def __init__(self, concurrency: int) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.ceiling = self.limit = concurrency
        self.running = 0
        self.paused_until = 0.0
        self._successes = 0

    def has_room(self) -> bool:
        return self.running < self.limit

    def start(self) -> float:
        """Count a call in; the seconds it must still wait (a pause after a 429)."""
        self.running += 1
        return self.paused_until - time.monotonic()

    def finish(self, rate_limited: float | None) -> None:
        self.running -= 1
        if rate_limited is not None:
            self.limit = max(1, self.limit // 2)
            self.paused_until = max(self.paused_until, time.monotonic() + rate_limited)
            self._successes = 0
            return
        self._successes += 1
        if self._successes >= 10 and self.limit < self.ceiling:
            self.limit += 1
            self._successes = 0


def sent_records(batch: Batch[Any]) -> list[Record]:
    return [Record(item.key, "sent", {}) for item in batch.items]


def records(results: Sequence[Result]) -> list[Record]:
    return [Record(r.key, r.status, dict(r.detail) if r.status == "ok" else {"error": r.error or ""}) for r in results]


@dataclass(frozen=True)
class Verdict:
    """What a call's end means for its batch."""

    results: list[Result] | None  # final, or None: send the batch again
    retry_in: float = 0.0  # seconds this batch waits before it is sent again
    rate_limited: float | None = None  # a 429: the pause every call takes (``Limits.finish``)


def classify(batch: Batch[Any], error: JobMojitoError) -> Verdict:
    """What a failed call means for its batch."""
    if isinstance(error, RateLimitError):
        batch.rate_limited += 1
        if batch.rate_limited <= MAX_RATE_LIMITED:
            asked = retry_after_seconds(error.response) if error.response is not None else None
            return Verdict(None, rate_limited=asked if asked is not None else min(60.0, 2.0**batch.rate_limited))
        return Verdict(_all(batch, "error", f"rate limited {batch.rate_limited} times: {error}"))
    if isinstance(error, ValidationError):
        return Verdict(_all(batch, "error", f"not sent: {error}"))
    if getattr(error, "outcome_unknown", False):
        return Verdict(_all(batch, "unknown", f"the answer was lost; it may have been processed: {error}"))
    if isinstance(error, APIConnectionError):
        batch.not_sent += 1
        if batch.not_sent < MAX_NOT_SENT:  # a connection that could not be made: a little later
            return Verdict(None, retry_in=min(30.0, 0.5 * 2**batch.not_sent))
        return Verdict(_all(batch, "error", f"not sent: {error}"))
    if isinstance(error, APIStatusError):
        return Verdict(_all(batch, "error", str(error)))
    return Verdict(_all(batch, "unknown", f"{type(error).__name__}: {error}"))


def _all(batch: Batch[Any], status: Status, error: str) -> list[Result]:
    return [Result(item.key, status, error=error) for item in batch.items]


def run(
    batches: list[Batch[T]],
    send: Callable[[Batch[T]], list[Result]],
    journal: Journal,
    *,
    concurrency: int,
    on_progress: Callable[[int], None] | None = None,
) -> list[Result]:
    """Every batch's results (threads: ``send`` is a blocking call)."""
    from concurrent.futures import ThreadPoolExecutor

    limits = Limits(concurrency)
    changed = threading.Condition()
    stopped = threading.Event()  # a call failed with what is no JobMojitoError: start no other
    done: list[Result] = []

    def one(batch: Batch[T]) -> None:
        while True:
            with changed:
                changed.wait_for(lambda: stopped.is_set() or limits.has_room())
                if stopped.is_set():
                    return
                pause = limits.start()
            verdict: Verdict | None = None
            try:
                if pause > 0:
                    time.sleep(pause)
                journal.write(sent_records(batch))
                verdict = Verdict(send(batch))
            except JobMojitoError as error:
                verdict = classify(batch, error)
            finally:
                with changed:
                    limits.finish(None if verdict is None else verdict.rate_limited)
                    if verdict is None:
                        stopped.set()
                    changed.notify_all()
            results = verdict.results
            if results is None:
                time.sleep(verdict.retry_in)  # a 429's pause is taken before the next start
                continue
            journal.write(records(results))
            with changed:
                done.extend(results)
                if on_progress is not None:
                    on_progress(len(done))
            return

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="jobmojito-bulk") as pool:
        for future in [pool.submit(one, batch) for batch in batches]:
            future.result()
    return done


async def arun(
    batches: list[Batch[T]],
    send: Callable[[Batch[T]], Awaitable[list[Result]]],
    journal: Journal,
    *,
    concurrency: int,
    on_progress: Callable[[int], None] | None = None,
) -> list[Result]:
    """Every batch's results (asyncio tasks: ``send`` is awaited)."""
    import asyncio

    limits = Limits(concurrency)
    changed = asyncio.Condition()
    done: list[Result] = []

    async def one(batch: Batch[T]) -> None:
        while True:
            async with changed:
                await changed.wait_for(limits.has_room)
                pause = limits.start()
            if pause > 0:
                await asyncio.sleep(pause)
            # The journals write to disk (fsync, SQLite): in a thread, so that the loop runs on meanwhile.
            await asyncio.to_thread(journal.write, sent_records(batch))
            try:
                verdict = Verdict(await send(batch))
            except JobMojitoError as error:
                verdict = classify(batch, error)
            async with changed:
                limits.finish(verdict.rate_limited)
                changed.notify_all()
            results = verdict.results
            if results is None:
                await asyncio.sleep(verdict.retry_in)
                continue
            await asyncio.to_thread(journal.write, records(results))
            done.extend(results)
            if on_progress is not None:
                on_progress(len(done))
            return

    tasks = [asyncio.ensure_future(one(batch)) for batch in batches]
    try:
        await asyncio.gather(*tasks)
    except BaseException:  # what is no JobMojitoError (or a cancellation): start no other batch
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return done
