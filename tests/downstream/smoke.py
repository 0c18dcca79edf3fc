"""Every module of the package against the sandbox; prints one JSON object, call -> "ok" or why not.

    python -m downstream.smoke      (from tests/, with jobmojito[sandbox] importable)

Exit status: the number of calls that failed. A call that depends on another's
answer fails when that one did.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable

from jobmojito import AsyncJobMojito, JobMojito
from jobmojito.sandbox import run_sandbox

from . import failures, hiring, models, review


async def count_async(base_url: str, interview_id: str) -> int:
    async with AsyncJobMojito(token="downstream", base_url=base_url) as ajm:
        return len([result async for result in ajm.results.list(interview_id=interview_id)])


def calls(jm: JobMojito, base_url: str) -> dict[str, Callable[[], object]]:
    state: dict[str, str] = {}

    def open_position() -> object:
        state["interview"] = hiring.open_position(jm, "Downstream engineer")
        return state["interview"]

    def invite() -> object:
        urls = hiring.invite(
            jm, state["interview"], [("Ada Lovelace", "ada@example.com"), ("Alan Turing", "alan@example.com")]
        )
        assert len(urls) == 2, urls
        return urls

    def results() -> object:
        found = review.results_of(jm, state["interview"])
        assert len(found) == 2, found
        return len(found)

    def raw_page() -> object:
        status, count = review.raw_first_page(jm)
        assert status == 200 and count <= 1
        return status

    def phase() -> object:
        return review.interview_phase(jm, state["interview"])

    def missing() -> object:
        status = failures.missing_result(jm)
        assert status == 404
        return status

    def refused() -> object:
        field, rule = failures.refused_before_sending(jm)
        assert (field, rule) == ("limit", "minimum"), (field, rule)
        return field

    def request_model() -> object:
        body = models.create_request("Downstream engineer")
        assert body["type"] == "interview", body
        return models.created_id({"interview_def_set_id": "i-1", "questions_generated": 3, "max_duration": 1200})

    def async_results() -> object:
        return asyncio.run(count_async(base_url, state["interview"]))

    return {
        "hiring.open_position": open_position,
        "hiring.invite": invite,
        "review.results_of": results,
        "review.raw_first_page": raw_page,
        "review.interview_phase": phase,
        "failures.missing_result": missing,
        "failures.refused_before_sending": refused,
        "models.create_request": request_model,
        "async results": async_results,
    }


def main() -> int:
    outcome: dict[str, str] = {}
    with run_sandbox(seed=1) as sandbox, JobMojito(token="downstream", base_url=sandbox.base_url) as jm:
        for name, call in calls(jm, sandbox.base_url).items():
            try:
                call()
            except Exception as exc:  # every failure, whatever its class, is the answer
                outcome[name] = f"failed: {type(exc).__name__}: {exc}"[:300]
            else:
                outcome[name] = "ok"
    print(json.dumps(outcome, indent=1))
    return sum(1 for result in outcome.values() if result != "ok")


if __name__ == "__main__":
    sys.exit(main())
