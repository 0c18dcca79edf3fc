"""Section 7: one very large result (``results.get``), next to ``json.loads`` of the same bytes.

Production results can be large: one measured 805,685 characters, 776,484 of
them the raw per-answer assessment (``answer_assessment_raw_data``). The body
here is about 1 MB, 95 % of it that blob (every word and phoneme scored, for
20 answers). The SDK call runs on ``httpx.MockTransport`` and returns the
typed result, its blob still raw (the parsed JSON, not modelled field by
field); the peer is ``json.loads`` of the body alone, the least any client
can do, and raw httpx's ``get(...).json()`` is shown beside it. "SDK parse"
is what the SDK does with the answer once it has it (``jobmojito._parse.parse``
on a read ``httpx.Response``: the depth check, ``json.loads``, the typed
result), without the request and the transport both clients pay. Variants are
interleaved round by round.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from jobmojito import JobMojito
from jobmojito._parse import parse
from jobmojito.resources.results import _GET_RESULT_DETAILS

from .fixtures import BASE, DETAILS_PATH, JSON_HEADERS, TOKEN, details_body
from .results import Budget, Section, Spread, alternating, ratios

BUDGET = 1.2
RESULT_ID = "5b0c5a53-54d2-4a8e-9f36-0f6a4a9b2c11"


def variants(body: bytes) -> dict[str, Callable[[], Any]]:
    mock = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=JSON_HEADERS))
    raw = httpx.Client(transport=mock, headers={"Authorization": f"Bearer {TOKEN}"})
    jm = JobMojito(token=TOKEN, base_url=BASE, http_client=httpx.Client(transport=mock))

    def sdk() -> Any:
        details = jm.results.get(interview_result_id=RESULT_ID)
        assert details.transcript is not None and details.transcript[0].answer_assessment_raw_data
        return details

    answer = httpx.Response(200, content=body, headers=JSON_HEADERS)

    return {
        "json.loads": lambda: json.loads(body),
        "SDK parse (answer in hand)": lambda: parse(_GET_RESULT_DETAILS, answer, None),
        "raw httpx .json()": lambda: raw.get(BASE + DETAILS_PATH, params={"interview_result_id": RESULT_ID}).json(),
        "SDK results.get": sdk,
    }


def run(rounds: int) -> Section:
    body = details_body()
    section = Section(
        title="7. One very large result",
        method=(__doc__ or "").split("\n\n", 1)[1].strip()
        + f"\n\nBody: {len(body):,} bytes. {rounds} rounds; median [p25-p75] ms per call.",
        headers=["variant", "ms per call", "÷ json.loads (per round)"],
    )
    calls = variants(body)
    for call in calls.values():
        for _ in range(3):
            call()  # warm-up
    found: dict[str, list[float]] = {name: [] for name in calls}
    for index in range(rounds):
        for name in alternating(calls, index):
            started = time.perf_counter()
            calls[name]()
            found[name].append(time.perf_counter() - started)
    for name, values in found.items():
        section.rows.append(
            [name, Spread.of(values).show(1000, digits=2), ratios(values, found["json.loads"]).show(digits=2)]
        )
    ratio = ratios(found["SDK results.get"], found["json.loads"])
    section.budgets.append(Budget("1 MB result: SDK results.get ÷ json.loads", ratio, BUDGET))
    parsing = ratios(found["SDK parse (answer in hand)"], found["json.loads"])
    section.budgets.append(Budget("1 MB result: SDK parse of the answer ÷ json.loads", parsing, BUDGET))
    return section
