"""Run batches of a bulk job concurrently, adapting to 429s, journaling so that nothing is sent twice.

A job is a list of ``Batch``es (items with journal keys) and a ``send``
function that makes one API call for a batch and tells each item's outcome.
The runner:

* writes each batch's items ``sent`` in the journal before the call;
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


def classify(batch: Batch[Any], error: JobMojitoError) -> tuple[list[Result] | None, float | None]:
    """What a failed call means for its batch: (final results, or None to send it again; seconds to wait)."""
    if isinstance(error, RateLimitError):
        batch.rate_limited += 1
        if batch.rate_limited <= MAX_RATE_LIMITED:
            asked = retry_after_seconds(error.response) if error.response is not None else None
            return None, asked if asked is not None else min(60.0, 2.0**batch.rate_limited)
        return _all(batch, "error", f"rate limited {batch.rate_limited} times: {error}"), None
    if isinstance(error, ValidationError):
        return _all(batch, "error", f"not sent: {error}"), None
    if getattr(error, "outcome_unknown", False):
        return _all(batch, "unknown", f"the answer was lost; it may have been processed: {error}"), None
    if isinstance(error, APIConnectionError):
        batch.not_sent += 1
        if batch.not_sent < MAX_NOT_SENT:
            return None, min(30.0, 0.5 * 2**batch.not_sent)
        return _all(batch, "error", f"not sent: {error}"), None
    if isinstance(error, APIStatusError):
        return _all(batch, "error", str(error)), None
    return _all(batch, "unknown", f"{type(error).__name__}: {error}"), None


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
    done: list[Result] = []

    def one(batch: Batch[T]) -> None:
        journal.write(sent_records(batch))
        while True:
            with changed:
                changed.wait_for(limits.has_room)
                pause = limits.start()
            if pause > 0:
                time.sleep(pause)
            try:
                results: list[Result] | None = send(batch)
                wait, rate_limited = None, None
            except JobMojitoError as error:
                results, wait = classify(batch, error)
                rate_limited = wait if isinstance(error, RateLimitError) else None
            with changed:
                limits.finish(rate_limited)
                changed.notify_all()
            if results is None:
                if rate_limited is None:
                    time.sleep(wait or 0)  # a connection that could not be made: a little later
                continue  # a 429: the pause is taken before the next start
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
        journal.write(sent_records(batch))
        while True:
            async with changed:
                await changed.wait_for(limits.has_room)
                pause = limits.start()
            if pause > 0:
                await asyncio.sleep(pause)
            try:
                results: list[Result] | None = await send(batch)
                wait, rate_limited = None, None
            except JobMojitoError as error:
                results, wait = classify(batch, error)
                rate_limited = wait if isinstance(error, RateLimitError) else None
            async with changed:
                limits.finish(rate_limited)
                changed.notify_all()
            if results is None:
                if rate_limited is None:
                    await asyncio.sleep(wait or 0)
                continue
            journal.write(records(results))
            done.extend(results)
            if on_progress is not None:
                on_progress(len(done))
            return

    await asyncio.gather(*(one(batch) for batch in batches))
    return done
