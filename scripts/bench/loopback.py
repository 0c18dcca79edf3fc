"""Section 3: throughput over real HTTP on 127.0.0.1, SDK next to raw httpx.

The server (``server.py``) runs in its own process, so it has the other core,
and both clients talk to that same server in the same run. Each round makes
the calls with raw httpx and with the SDK (``interviews.create``, validation
on, as by default), alternately; raw httpx sends the same JSON with the bearer
header and calls ``.json()``. Both use an httpx client with the same limits
(100 connections, all kept alive) and keep-alive connections warmed up.
Sequential calls are timed in alternating blocks of 100 (raw, SDK, SDK, raw,
...), so that a change in the machine's load hits both alike; the throughput of
a round is its 2,000 calls over the summed time of its blocks.
Concurrent: 100 asyncio tasks share one ``AsyncClient``/``AsyncJobMojito``,
timed in alternating blocks of 500 calls. httpcore's pool is slow with 100
busy connections (a few hundred calls per second here, for both sides alike),
so this mode gets fewer rounds. The same 100 tasks on aiohttp: the SDK on
``jobmojito.DefaultAioHttpClient`` next to a raw ``aiohttp.ClientSession``
(100 connections) posting the same JSON and reading ``.json()``, with plain
``httpx_aiohttp.HttpxAiohttpClient`` beside them: the floor of any client
built on httpx, whatever it does on top.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from jobmojito import AsyncJobMojito, JobMojito

from .fixtures import CREATE_PATH, CREATED, INTERVIEW, TOKEN, page_body
from .results import Budget, Section, Spread, alternating, ratios

LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
TASKS = 100
BLOCK = 100  # sequential calls are timed in alternating blocks of this many
CONCURRENT_BLOCK = 500  # and concurrent ones in blocks of this many (5 per task)
BUDGET = 0.9
AIOHTTP_BUDGET = 0.8
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@contextmanager
def server() -> Iterator[str]:
    """The base URL of a fresh server process, stopped afterwards."""
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("server.py"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(page_body(0, 100, 1000).decode() + "\n" + CREATED.decode() + "\n")
        proc.stdin.flush()
        yield f"http://127.0.0.1:{int(proc.stdout.readline())}"
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _sequential(base: str, calls: int, rounds: int) -> dict[str, list[float]]:
    raw = httpx.Client(limits=LIMITS, headers=AUTH)
    pool = httpx.Client(limits=LIMITS)
    sdk = JobMojito(token=TOKEN, base_url=base, http_client=pool)
    variants: dict[str, Callable[[], Any]] = {
        "raw httpx": lambda: raw.post(base + CREATE_PATH, json=INTERVIEW).json(),
        "SDK": lambda: sdk.interviews.create(**INTERVIEW),
    }
    found: dict[str, list[float]] = {name: [] for name in variants}
    with raw, pool:
        for call in variants.values():
            for _ in range(200):
                call()
        for _ in range(rounds):
            spent = dict.fromkeys(variants, 0.0)
            for block in range(calls // BLOCK):
                for name in alternating(variants, block):
                    call = variants[name]
                    started = time.perf_counter()
                    for _ in range(BLOCK):
                        call()
                    spent[name] += time.perf_counter() - started
            for name, seconds in spent.items():
                found[name].append(calls // BLOCK * BLOCK / seconds)
    return found


async def _tasks(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    """Seconds for ``TASKS`` tasks to make ``calls`` calls between them."""

    async def worker(count: int) -> None:
        for _ in range(count):
            await call()

    share, extra = divmod(calls, TASKS)
    started = time.perf_counter()
    await asyncio.gather(*(worker(share + (i < extra)) for i in range(TASKS)))
    return time.perf_counter() - started


async def _concurrent(base: str, calls: int, rounds: int) -> dict[str, list[float]]:
    raw = httpx.AsyncClient(limits=LIMITS, headers=AUTH)
    pool = httpx.AsyncClient(limits=LIMITS)
    sdk = AsyncJobMojito(token=TOKEN, base_url=base, http_client=pool)

    async def raw_call() -> Any:
        return (await raw.post(base + CREATE_PATH, json=INTERVIEW)).json()

    variants: dict[str, Callable[[], Awaitable[Any]]] = {
        "raw httpx": raw_call,
        "SDK": lambda: sdk.interviews.create(**INTERVIEW),
    }
    async with raw, pool:
        return await _blocks(variants, calls, rounds)


async def _blocks(variants: dict[str, Callable[[], Awaitable[Any]]], calls: int, rounds: int) -> dict[str, list[float]]:
    """Calls per second of each variant, run by 100 tasks in alternating blocks, after a warm-up."""
    found: dict[str, list[float]] = {name: [] for name in variants}
    for call in variants.values():
        await _tasks(call, 500)
    size = min(CONCURRENT_BLOCK, calls)  # --quick makes fewer calls than one block
    for _ in range(rounds):
        spent = dict.fromkeys(variants, 0.0)
        for block in range(calls // size):
            for name in alternating(variants, block):
                spent[name] += await _tasks(variants[name], size)
        for name, seconds in spent.items():
            found[name].append(calls // size * size / seconds)
    return found


async def _concurrent_aiohttp(base: str, calls: int, rounds: int) -> dict[str, list[float]]:
    import aiohttp
    import httpx_aiohttp

    import jobmojito

    raw = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=LIMITS.max_connections or 100), headers=AUTH)

    async def raw_call() -> Any:
        async with raw.post(base + CREATE_PATH, json=INTERVIEW) as response:
            return await response.json()

    plain = httpx_aiohttp.HttpxAiohttpClient(limits=LIMITS, headers=AUTH)

    async def plain_call() -> Any:
        return (await plain.post(base + CREATE_PATH, json=INTERVIEW)).json()

    async with raw, plain, jobmojito.DefaultAioHttpClient(limits=LIMITS) as pool:
        sdk = AsyncJobMojito(token=TOKEN, base_url=base, http_client=pool)
        variants: dict[str, Callable[[], Awaitable[Any]]] = {
            "raw aiohttp": raw_call,
            "raw httpx on httpx-aiohttp (no SDK)": plain_call,
            "SDK on DefaultAioHttpClient": lambda: sdk.interviews.create(**INTERVIEW),
        }
        return await _blocks(variants, calls, rounds)


def run(calls: int, rounds: int, concurrent_rounds: int) -> Section:
    section = Section(
        title="3. Loopback throughput (real HTTP on 127.0.0.1)",
        method=(__doc__ or "").split("\n\n", 1)[1].strip()
        + f"\n\n{rounds} sequential and {concurrent_rounds} concurrent rounds of {calls:,} calls per variant"
        + "; median [p25-p75] calls per second.",
        headers=["mode", "client", "calls/s", "÷ raw peer (per round)"],
    )
    with server() as base:
        modes = {
            "sequential": _sequential(base, calls, rounds),
            f"{TASKS} concurrent tasks": asyncio.run(_concurrent(base, calls, concurrent_rounds)),
            f"{TASKS} concurrent tasks, aiohttp": asyncio.run(_concurrent_aiohttp(base, calls, concurrent_rounds)),
        }
    for mode, found in modes.items():
        (peer, peer_values), *_, (sdk, sdk_values) = found.items()  # the peer first, the SDK last
        for name, values in found.items():
            ratio = ratios(values, peer_values)
            section.rows.append([mode, name, Spread.of(values).show(digits=0), ratio.show(digits=2)])
        floor = AIOHTTP_BUDGET if "aiohttp" in mode else BUDGET
        section.budgets.append(
            Budget(f"{mode}: {sdk} ÷ {peer} throughput", ratios(sdk_values, peer_values), floor, False)
        )
    aio = modes[f"{TASKS} concurrent tasks, aiohttp"]["SDK on DefaultAioHttpClient"]
    httpx_sdk = modes[f"{TASKS} concurrent tasks"]["SDK"]
    section.notes.append(
        f"The SDK at {TASKS} tasks on DefaultAioHttpClient ÷ on httpx's own AsyncClient: "
        f"{ratios(aio, httpx_sdk).show(digits=2)}x the calls per second (rounds paired in order)."
    )
    return section
