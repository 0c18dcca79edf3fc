"""Section 8: registering 10,000 candidates against the sandbox with 5 % faults.

The sandbox runs in its own process (``python -m jobmojito.sandbox``) and
answers 2 % of requests 429 (``Retry-After: 0``) and 2 % with a gateway 5xx
page before processing them; between client and sandbox,
``jobmojito.testing.LossyTransport`` loses 1 % of the register-users answers
*after* the sandbox processed them. ``interviews.register_users_bulk`` (batches
of 100, 8 at a time, a SQLite journal) runs, then runs again with
``resend_unknown=True`` until no row is left unknown; its throughput counts
every pass. The peer is the loop a caller writes first: one
``register_users`` call per candidate, sequential, each tried up to three
times on an error, on 1,000 candidates (its throughput does not depend on
how many). A duplicate is a candidate the sandbox processed (answered 200
to) more than once, as the transport saw it, lost answers included: each
such registration would e-mail the candidate again. A lost row is a
candidate missing from the sandbox's own results list at the end.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from demo import Process

from jobmojito import JobMojito, JobMojitoError, RetryPolicy
from jobmojito.testing import LossyTransport

from .fixtures import INTERVIEW, TOKEN
from .results import Budget, Section, Spread, ratios

ROWS = 10_000
NAIVE_ROWS = 1_000
FLOOR = 10.0
POLICY = RetryPolicy(max_retries=3, initial_delay=0.0, max_delay=0.0, max_retry_after=1.0)


@contextmanager
def sandbox(seed: int) -> Iterator[str]:
    """The sandbox's base URL, in its own process (started and stopped as ``make demo`` does it)."""
    command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--seed", str(seed)]
    command += ["--rate-429", "0.02", "--rate-5xx", "0.02", "--retry-after", "0", "--log-level", "error"]
    process = Process(command, dict(os.environ))
    try:
        yield process.first_line("JOBMOJITO_SANDBOX_URL=", "the sandbox")
    finally:
        process.stop()


def _client(base_url: str, seed: int) -> tuple[JobMojito, LossyTransport]:
    def register_batches(request: httpx.Request) -> str | None:
        if request.url.path.endswith("/job-interview-register-users"):
            return request.content.decode()
        return None

    lossy = LossyTransport(lose=0.01, seed=seed, key=register_batches)
    http = httpx.Client(transport=lossy, timeout=60)
    return JobMojito(token=TOKEN, base_url=base_url, http_client=http, retry_policy=POLICY), lossy


def _interview(jm: JobMojito) -> str:
    return jm.interviews.create(**{**INTERVIEW, "visibility": "merchant_invite"}).interview_def_set_id


def _people(count: int, tag: str) -> list[dict[str, Any]]:
    return [{"name": f"Candidate {i}", "email": f"{tag}{i}@example.com"} for i in range(count)]


def _processed(lossy: LossyTransport, tag: str) -> Counter[str]:
    """How many times the sandbox registered each candidate whose e-mail starts with ``tag``."""
    seen: Counter[str] = Counter()
    for request, response in lossy.answered:
        if request.url.path.endswith("/job-interview-register-users") and response.status_code == 200:
            seen.update(u["email"] for u in json.loads(request.content)["users"] if u["email"].startswith(tag))
    return seen


def _checked(jm: JobMojito, lossy: LossyTransport, interview_id: str, people: list[dict[str, Any]]) -> tuple[int, int]:
    """(duplicates, lost rows) of one run."""
    processed = _processed(lossy, people[0]["email"][:4])
    listed = Counter(r.candidate_email or "" for r in jm.results.list(interview_id=interview_id, limit=1000))
    dupes = sum(n > 1 for n in processed.values()) + sum(n > 1 for n in listed.values())
    return dupes, sum(listed[p["email"]] == 0 for p in people)


def _naive(jm: JobMojito, interview_id: str, people: list[dict[str, Any]]) -> float:
    started = time.perf_counter()
    for person in people:
        for _attempt in range(3):
            try:
                jm.interviews.register_users(interview_id=interview_id, users=[person])
                break
            except JobMojitoError:
                continue
    return time.perf_counter() - started


def _bulk(jm: JobMojito, interview_id: str, people: list[dict[str, Any]], journal: Path) -> tuple[float, int]:
    started = time.perf_counter()
    passes, resend = 0, False
    while True:
        passes += 1
        outcome = jm.interviews.register_users_bulk(
            interview_id, people, batch_size=100, concurrency=8, journal=journal, resend_unknown=resend
        )
        if not outcome.unknown or passes == 10:
            return time.perf_counter() - started, passes
        resend = True


def run(runs: int) -> Section:
    section = Section(
        title="8. Bulk registration with faults",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs; median [p25-p75].",
        headers=["approach", "candidates", "seconds", "candidates/s", "duplicates", "lost", "passes"],
    )
    found: dict[str, list[tuple[float, int, int, int]]] = {"naive loop": [], "register_users_bulk": []}
    for index in range(runs):
        with sandbox(seed=index + 1) as base_url, tempfile.TemporaryDirectory() as tmp:
            jm, lossy = _client(base_url, seed=index)
            naive_id, bulk_id = _interview(jm), _interview(jm)
            people = _people(NAIVE_ROWS, "naive")
            seconds = _naive(jm, naive_id, people)
            found["naive loop"].append((seconds, *_checked(jm, lossy, naive_id, people), 1))
            people = _people(ROWS, "bulk")
            seconds, passes = _bulk(jm, bulk_id, people, Path(tmp) / "journal.sqlite")
            found["register_users_bulk"].append((seconds, *_checked(jm, lossy, bulk_id, people), passes))
    rates: dict[str, list[float]] = {}
    for name, rows in found.items():
        count = NAIVE_ROWS if name == "naive loop" else ROWS
        rates[name] = [count / r[0] for r in rows]
        section.rows.append(
            [
                name,
                f"{count:,}",
                Spread.of([r[0] for r in rows]).show(digits=2),
                Spread.of(rates[name]).show(digits=0),
                str(max(r[1] for r in rows)),
                str(max(r[2] for r in rows)),
                str(max(r[3] for r in rows)),
            ]
        )
    bulk = found["register_users_bulk"]
    speedup = ratios(rates["register_users_bulk"], rates["naive loop"])
    section.budgets.append(Budget("bulk registration: throughput ÷ naive loop", speedup, FLOOR, at_most=False))
    section.budgets.append(
        Budget("bulk registration: duplicates", Spread.of([float(r[1]) for r in bulk]), 0, unit=" rows")
    )
    section.budgets.append(
        Budget("bulk registration: lost rows", Spread.of([float(r[2]) for r in bulk]), 0, unit=" rows")
    )
    return section
