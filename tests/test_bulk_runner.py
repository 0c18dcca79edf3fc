"""The bulk runner's journal order: a batch is written ``sent`` when it goes out, not when it is queued.

After a crash, only the batches that were on their way may have been
processed; the rest must read as never sent, so that a rerun sends them
without asking the server (a row left in doubt is not resent by default).
And a crash ends the run: no queued batch starts after it, and no thread or
task is left waiting for room that the crashed call would never give back.
"""

from __future__ import annotations

import asyncio

import pytest

from jobmojito.bulk._journal import MemoryJournal
from jobmojito.bulk._runner import Batch, Item, Result, arun, run


class Crash(Exception):
    """Not a JobMojitoError: the process dying mid-run, as far as the runner can tell."""


def batches(count: int) -> list[Batch[str]]:
    return [Batch([Item(f"k{index}", f"v{index}")]) for index in range(count)]


def journaled(journal: MemoryJournal) -> dict[str, str]:
    return {key: record.state for key, record in journal.load().items()}


def test_threads_journal_a_batch_sent_only_when_it_goes_out_and_stop_after_a_crash() -> None:
    journal = MemoryJournal()
    seen: list[dict[str, str]] = []

    def send(batch: Batch[str]) -> list[Result]:
        seen.append(journaled(journal))
        if len(seen) == 2:
            raise Crash
        return [Result(item.key, "ok") for item in batch.items]

    with pytest.raises(Crash):
        run(batches(4), send, journal, concurrency=1)
    assert seen == [{"k0": "sent"}, {"k0": "ok", "k1": "sent"}]
    assert journaled(journal) == {"k0": "ok", "k1": "sent"}  # k2 and k3 never left: a rerun sends them


def test_tasks_journal_a_batch_sent_only_when_it_goes_out_and_end_after_a_crash() -> None:
    journal = MemoryJournal()
    seen: list[dict[str, str]] = []

    async def send(batch: Batch[str]) -> list[Result]:
        seen.append(journaled(journal))
        await asyncio.sleep(0)
        if len(seen) == 2:
            raise Crash
        return [Result(item.key, "ok") for item in batch.items]

    async def caller() -> set[asyncio.Task[object]]:
        with pytest.raises(Crash):
            await arun(batches(4), send, journal, concurrency=1)
        return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]

    left = asyncio.run(caller())
    assert left == set()  # the queued batches' tasks ended with the run, in the caller's own loop
    assert seen == [{"k0": "sent"}, {"k0": "ok", "k1": "sent"}]
    assert journaled(journal) == {"k0": "ok", "k1": "sent"}
