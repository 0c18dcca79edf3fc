"""Section 2: the cost of one call on ``httpx.MockTransport``, SDK next to raw httpx.

No network: the transport answers from bytes built beforehand, so what is left
is the client-side work. Raw httpx sends the same JSON (or query) with the
bearer header and calls ``.json()``; the SDK also serializes, validates (when
on), runs the auth flow and the retry loop, and parses into the typed model.
Each round times every variant for the same number of calls with
``time.perf_counter``, variants interleaved (in reverse order every other
round); a warm-up precedes the rounds, and ratios are taken per round. Samples
are short (about 20 ms) and many, so that the few another process on the
shared machine interrupts are outliers the median leaves out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from jobmojito import JobMojito

from .fixtures import BASE, CREATE_PATH, CREATED, INTERVIEW, JSON_HEADERS, LIST_PATH, TOKEN, page_body
from .results import Budget, Section, Spread, alternating, ratios

ON_BUDGET = 1.5
OFF_BUDGET = 1.2
CREATE_ON_BUDGET = 1.15  # the validator stops at the first anyOf branch that matches
UNKNOWN_BUDGET = 1.2  # rows with a field the document lacks stay on the fast path
UNKNOWN = "results.list_page (1,000 rows, one unknown field each)"


def _handler(page: bytes, unknown: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        big = request.url.params.get("limit") == "1000"
        body = CREATED if request.method == "POST" else unknown if big else page
        return httpx.Response(200, content=body, headers=JSON_HEADERS)

    return answer


def clients(page: bytes, unknown: bytes) -> tuple[httpx.Client, JobMojito, JobMojito]:
    """Raw httpx, the SDK validating, the SDK not validating: one transport each."""
    answer = _handler(page, unknown)
    raw = httpx.Client(transport=httpx.MockTransport(answer), headers={"Authorization": f"Bearer {TOKEN}"})
    sdk = JobMojito(token=TOKEN, base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    return raw, sdk, sdk.with_options(validate_requests=False)


def calls(page: bytes, unknown: bytes | None = None) -> dict[str, dict[str, Callable[[], Any]]]:
    """``page``: 100 documented rows; ``unknown``: 1,000 rows with a field the document lacks."""
    raw, on, off = clients(page, unknown or page_body(0, 1000, 1000, unknown=True))
    return {
        "interviews.create": {
            "raw httpx": lambda: raw.post(BASE + CREATE_PATH, json=INTERVIEW).json(),
            "SDK, validation on": lambda: on.interviews.create(**INTERVIEW),
            "SDK, validation off": lambda: off.interviews.create(**INTERVIEW),
        },
        "results.list_page (100 rows)": {
            "raw httpx": lambda: raw.get(BASE + LIST_PATH, params={"limit": 100}).json(),
            "SDK, validation on": lambda: on.results.list_page(limit=100),
            "SDK, validation off": lambda: off.results.list_page(limit=100),
        },
        UNKNOWN: {
            "raw httpx": lambda: raw.get(BASE + LIST_PATH, params={"limit": 1000}).json(),
            "SDK, validation on": lambda: on.results.list_page(limit=1000),
            "SDK, validation off": lambda: off.results.list_page(limit=1000),
        },
    }


def _per_call(call: Callable[[], Any], loops: int) -> float:
    started = time.perf_counter()
    for _ in range(loops):
        call()
    return (time.perf_counter() - started) / loops


def _loops_for(call: Callable[[], Any], target: float) -> int:
    """Enough calls for one timing to last about ``target`` seconds."""
    return max(1, int(target / _per_call(call, 5)))


def measure(variants: dict[str, Callable[[], Any]], rounds: int, target: float) -> dict[str, list[float]]:
    for call in variants.values():
        _per_call(call, 50)  # warm-up: imports, caches, pools
    loops = _loops_for(variants["raw httpx"], target)
    found: dict[str, list[float]] = {name: [] for name in variants}
    for index in range(rounds):
        for name in alternating(variants, index):
            found[name].append(_per_call(variants[name], loops))
    return found


def run(rounds: int, target: float) -> Section:
    section = Section(
        title="2. Per-call overhead on httpx.MockTransport",
        method=(__doc__ or "").split("\n\n", 1)[1].strip()
        + f"\n\n{rounds} rounds of about {target:g} s per variant; median [p25-p75] µs per call.",
        headers=["call", "variant", "µs per call", "÷ raw httpx (per round)"],
    )
    for call, variants in calls(page_body(0, 100, 1000)).items():
        found = measure(variants, rounds, target)
        for name, values in found.items():
            ratio = ratios(values, found["raw httpx"])
            section.rows.append([call, name, Spread.of(values).show(1e6), ratio.show(digits=2)])
            if name.endswith("on"):
                limit = {UNKNOWN: UNKNOWN_BUDGET, "interviews.create": CREATE_ON_BUDGET}.get(call, ON_BUDGET)
                section.budgets.append(Budget(f"{call}, validation on ÷ raw httpx", ratio, limit))
            elif name.endswith("off"):
                section.budgets.append(Budget(f"{call}, validation off ÷ raw httpx", ratio, OFF_BUDGET))
    return section
