"""``results.wait_for``: polling until a result is final, sync and async, against the sandbox."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from support.sandbox_steps import advance, invite

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito
from jobmojito.sandbox import Sandbox, run_sandbox

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with run_sandbox(seed=9) as sb:
        yield sb


def later(seconds: float, action: object) -> threading.Timer:
    timer = threading.Timer(seconds, action)  # type: ignore[arg-type]
    timer.start()
    return timer


def test_waits_until_the_result_is_completed_and_scored(sandbox: Sandbox) -> None:
    with JobMojito(token="t", base_url=sandbox.base_url) as jm:
        _interview, [result_id] = invite(jm, 1)
        later(0.3, lambda: advance(sandbox.base_url, result_id, "collected"))
        later(0.6, lambda: advance(sandbox.base_url, result_id, "completed"))
        details = jm.results.wait_for(result_id, timeout=20, interval=0.05, max_interval=0.1)
    assert details.status == "completed" and details.score is not None and details.transcript


def test_a_failed_interview_is_final_too(sandbox: Sandbox) -> None:
    with JobMojito(token="t", base_url=sandbox.base_url) as jm:
        _interview, [result_id] = invite(jm, 1)
        later(0.2, lambda: advance(sandbox.base_url, result_id, "failed", interview_status="abandoned"))
        details = jm.results.wait_for(result_id, timeout=20, interval=0.05, max_interval=0.1)
    assert details.status == "abandoned" and details.score is None


def test_gives_up_with_a_typed_error_naming_what_it_saw(sandbox: Sandbox) -> None:
    with JobMojito(token="t", base_url=sandbox.base_url) as jm:
        _interview, [result_id] = invite(jm, 1)
        with pytest.raises(jobmojito.WaitTimeout) as caught:
            jm.results.wait_for(result_id, timeout=0.3, interval=0.05, max_interval=0.1)
    assert isinstance(caught.value, jobmojito.JobMojitoError) and isinstance(caught.value, TimeoutError)
    assert result_id in str(caught.value) and caught.value.last is not None


def test_an_unknown_result_is_not_found_at_once(sandbox: Sandbox) -> None:
    with JobMojito(token="t", base_url=sandbox.base_url) as jm, pytest.raises(jobmojito.NotFoundError):
        jm.results.wait_for("6f1c2b1e-0000-4000-8000-000000000000", timeout=30)


def test_async_waits_without_blocking_the_loop(sandbox: Sandbox) -> None:
    with JobMojito(token="t", base_url=sandbox.base_url) as jm:
        _interview, [result_id] = invite(jm, 1)

    async def main() -> tuple[float | None, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        async with AsyncJobMojito(token="t", base_url=sandbox.base_url) as ajm:
            task = asyncio.create_task(ticker())
            later(0.3, lambda: advance(sandbox.base_url, result_id, "completed"))
            details = await ajm.results.wait_for(result_id, timeout=20, interval=0.05, max_interval=0.1)
            task.cancel()
        return details.score, ticks

    score, ticks = asyncio.run(main())
    assert score is not None and ticks > 5, "the loop kept running while wait_for waited"
