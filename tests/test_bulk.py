"""Bulk registration and reports against the sandbox with faults: nothing registered twice, nothing lost.

Faults of three kinds: the sandbox's own 429s and gateway 5xx (answered
before the request is processed, though the client cannot know that of a
5xx), and answers lost *after* the sandbox processed the request
(``jobmojito.testing.LossyTransport`` between the client and the sandbox
raises a read timeout instead of returning the answer). Every request the sandbox processed is recorded, so
"registered twice" is counted, not inferred.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.sandbox_steps import invite

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito, RetryPolicy
from jobmojito.bulk import JSONLinesJournal, Record, SQLiteJournal
from jobmojito.sandbox import Sandbox, run_sandbox
from jobmojito.testing import LossyTransport

pytestmark = pytest.mark.timeout(180)
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, max_retry_after=0.0)


def first_email(request: httpx.Request) -> str | None:
    """Faults on register-users only, drawn once per batch (keyed by its first e-mail), whatever thread sends it."""
    if not request.url.path.endswith("/job-interview-register-users"):
        return None
    users = json.loads(request.content)["users"]
    return (users[0].get("email") or None) if users else None


class Processed:
    """The candidates the sandbox registered, over every client's transport: what it answered 200 to, lost or not."""

    def __init__(self) -> None:
        self.transports: list[LossyTransport] = []

    def transport(self, lose: float, seed: int, gateway: float) -> LossyTransport:
        lossy = LossyTransport(lose=lose, gateway=gateway, seed=seed, key=first_email)
        self.transports.append(lossy)
        return lossy

    @property
    def calls(self) -> int:
        return sum(1 for request, response in self._registrations())

    @property
    def emails(self) -> Counter[str]:
        return Counter(u["email"] for request, _ in self._registrations() for u in json.loads(request.content)["users"])

    def _registrations(self) -> Iterator[tuple[httpx.Request, httpx.Response]]:
        for lossy in self.transports:
            for request, response in list(lossy.answered):
                if request.url.path.endswith("/job-interview-register-users") and response.status_code == 200:
                    yield request, response


def client(sandbox: Sandbox, processed: Processed, lose: float = 0.0, seed: int = 0, gateway: float = 0.0) -> JobMojito:
    http = httpx.Client(transport=processed.transport(lose, seed, gateway), timeout=30)
    return JobMojito(token="t", base_url=sandbox.base_url, http_client=http, retry_policy=NO_WAIT)


def candidates(count: int) -> list[dict[str, str]]:
    return [{"name": f"Candidate {i}", "email": f"c{i}@example.com", "external_id": f"x-{i}"} for i in range(count)]


@pytest.fixture
def faulty() -> Iterator[Sandbox]:
    with run_sandbox(seed=11, rate_429=0.05, rate_5xx=0.05, retry_after_s=0) as sandbox:
        yield sandbox


@pytest.mark.parametrize("kind", ["jsonl", "sqlite"])
def test_with_faults_no_candidate_is_registered_twice_and_a_rerun_finishes_the_rest(
    faulty: Sandbox, tmp_path: Path, kind: str
) -> None:
    processed = Processed()
    people = candidates(240)
    journal = tmp_path / ("run.jsonl" if kind == "jsonl" else "run.sqlite")
    with JobMojito(token="t", base_url=faulty.base_url) as setup:
        interview_id, _ = invite(setup, 0)
    jm = client(faulty, processed, lose=0.2, seed=3, gateway=0.2)
    first = jm.interviews.register_users_bulk(interview_id, people, batch_size=10, concurrency=4, journal=journal)
    assert len(first) == 240 and {r.status for r in first} <= {"ok", "unknown", "error"}
    assert first.unknown, "the faults left some batches whose answer was lost"
    not_processed = {r.email for r in first.unknown if processed.emails[r.email or ""] == 0}
    assert not_processed, "some of those were not processed (the 504 came before the sandbox)"
    assert max(processed.emails.values()) == 1, "nobody registered twice"
    assert all(processed.emails[r.email or ""] == 1 for r in first.ok), "every ok was registered"
    assert all(r.interview_url for r in first.ok)

    calls_before = processed.calls
    second = jm.interviews.register_users_bulk(interview_id, people, batch_size=10, concurrency=4, journal=journal)
    assert all(r.resumed for r in second if r.email in {o.email for o in first.ok}), "ok rows are not sent again"
    lost_but_registered = [r for r in first.unknown if processed.emails[r.email or ""] == 1]
    assert lost_but_registered, "some lost answers were processed"
    assert all(s.status == "ok" for s in second if s.email in {r.email for r in lost_but_registered}), (
        "found among the results: counted ok without sending"
    )
    assert max(processed.emails.values()) == 1
    assert all(s.status == "unknown" and s.resumed for s in second if s.email in not_processed), "not sent again"
    assert processed.calls == calls_before, "the second run sent nothing: it only looked up the results"

    third = client(faulty, processed).interviews.register_users_bulk(
        interview_id, people, batch_size=10, concurrency=4, journal=journal, resend_unknown=True
    )
    assert [r.status for r in third] == ["ok"] * 240, third.summary()
    assert processed.emails == Counter(p["email"] for p in people), "everyone registered, exactly once"
    assert {r.email for r in third if not r.resumed} == not_processed, "only the unprocessed ones were sent"


def test_a_crash_after_a_batch_was_sent_is_reconciled_from_the_results(tmp_path: Path) -> None:
    processed = Processed()
    people = candidates(6)
    with run_sandbox(seed=12) as sandbox:
        jm = client(sandbox, processed)
        interview_id, _ = invite(jm, 0)
        # A run registered the first three, then died before it wrote their outcome.
        jm.interviews.register_users(interview_id=interview_id, users=people[:3])
        journal = JSONLinesJournal(tmp_path / "run.jsonl")
        journal.write([Record(f"{interview_id}|email|{p['email']}", "sent", {}) for p in people[:3]])
        done = jm.interviews.register_users_bulk(interview_id, people, batch_size=2, journal=journal)
        journal.close()
    assert [r.status for r in done] == ["ok"] * 6
    assert [r.resumed for r in done] == [True] * 3 + [False] * 3
    assert processed.emails == Counter(p["email"] for p in people)


def test_the_servers_per_row_errors_are_typed_outcomes_and_retried_on_a_rerun(tmp_path: Path) -> None:
    processed = Processed()
    with run_sandbox(seed=13) as sandbox:
        jm = client(sandbox, processed)
        interview_id, _ = invite(jm, 0)
        people: list[dict[str, Any]] = [{"email": "ann@example.com"}, {"external_id": "no-email", "email": ""}]
        outcome = jm.interviews.register_users_bulk(interview_id, people, journal=tmp_path / "run.sqlite")
        assert [(r.status, r.error) for r in outcome] == [("ok", None), ("error", "error: email is required")]
        again = jm.interviews.register_users_bulk(interview_id, people, journal=tmp_path / "run.sqlite")
    assert [(r.status, r.resumed) for r in again] == [("ok", True), ("error", False)]
    assert processed.emails["ann@example.com"] == 1


def test_bad_input_is_refused_before_anything_is_sent() -> None:
    processed = Processed()
    with run_sandbox(seed=14) as sandbox:
        jm = client(sandbox, processed)
        with pytest.raises(jobmojito.ValidationError) as caught:
            jm.interviews.register_users_bulk("i", [{"email": "a@example.com"}, {"name": "no email"}])
        assert caught.value.field == "users[1]"
        with pytest.raises(jobmojito.ValidationError):
            jm.interviews.register_users_bulk("i", [{"email": "a@example.com"}], batch_size=0)
    assert processed.calls == 0


def test_the_same_candidate_twice_in_one_list_is_registered_once() -> None:
    processed = Processed()
    with run_sandbox(seed=15) as sandbox:
        jm = client(sandbox, processed)
        interview_id, _ = invite(jm, 0)
        done = jm.interviews.register_users_bulk(interview_id, [{"email": "A@example.com"}, {"email": "a@example.com"}])
    assert [r.status for r in done] == ["ok", "ok"] and sum(processed.emails.values()) == 1


def test_async_bulk_with_faults_registers_nobody_twice(faulty: Sandbox, tmp_path: Path) -> None:
    seen: Counter[str] = Counter()

    async def record(response: httpx.Response) -> None:
        request = response.request
        if request.url.path.endswith("/job-interview-register-users") and response.status_code == 200:
            seen.update(u["email"] for u in json.loads(request.content)["users"])

    async def main() -> Any:
        http = httpx.AsyncClient(event_hooks={"response": [record]}, timeout=30)
        async with AsyncJobMojito(token="t", base_url=faulty.base_url, http_client=http, retry_policy=NO_WAIT) as ajm:
            interview = await ajm.interviews.create(
                name="PM",
                location="Remote",
                interview_template_id="baa3bf7c-6926-46fd-9005-16738a31f72d",
                mojito_language_code="en",
                status="active",
                type="interview",
                visibility="merchant_invite",
            )
            people = candidates(120)
            journal = tmp_path / "run.jsonl"
            first = await ajm.interviews.register_users_bulk(
                interview.interview_def_set_id, people, batch_size=10, journal=journal
            )
            second = await ajm.interviews.register_users_bulk(
                interview.interview_def_set_id, people, batch_size=10, journal=journal, resend_unknown=True
            )
        await http.aclose()
        return first, second

    first, second = asyncio.run(main())
    assert max(seen.values()) == 1 and len(first) == 120
    assert [r.status for r in second] == ["ok"] * 120, second.summary()


def test_reports_for_many_results_resume_from_the_journal(tmp_path: Path) -> None:
    with run_sandbox(seed=16, rate_429=0.1, retry_after_s=0) as sandbox:
        jm = JobMojito(token="t", base_url=sandbox.base_url, retry_policy=NO_WAIT)
        _interview, result_ids = invite(jm, 8)
        for result_id in result_ids:
            httpx.post(f"{sandbox.base_url}/_sandbox/results/{result_id}/advance", json={"outcome": "completed"})
        first = jm.results.create_reports_bulk(
            result_ids, export_type="pdf", store_file=True, journal=tmp_path / "r.db"
        )
        assert [r.status for r in first] == ["ok"] * 8 and all(r.pdf_export_url for r in first)
        again = jm.results.create_reports_bulk(
            result_ids, export_type="pdf", store_file=True, journal=tmp_path / "r.db"
        )
    assert all(r.resumed and r.pdf_export_url for r in again)
    assert [r.pdf_export_url for r in again] == [r.pdf_export_url for r in first]


def test_the_journal_formats_keep_the_last_record_of_each_key(tmp_path: Path) -> None:
    for journal in (JSONLinesJournal(tmp_path / "j.jsonl"), SQLiteJournal(tmp_path / "j.sqlite")):
        journal.write([Record("a", "sent", {}), Record("b", "sent", {})])
        journal.write([Record("a", "ok", {"interview_url": "https://x"})])
        assert {k: r.state for k, r in journal.load().items()} == {"a": "ok", "b": "sent"}
        journal.close()
    (tmp_path / "cut.jsonl").write_text('{"key": "a", "state": "sent", "detail": {}}\n{"key": "a", "sta', "utf-8")
    assert JSONLinesJournal(tmp_path / "cut.jsonl").load()["a"].state == "sent", "a line cut by a crash is skipped"


def test_the_command_line_invites_a_csv_resumably_and_prints_a_summary(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from jobmojito.cli import cli

    people = tmp_path / "candidates.csv"
    people.write_text(
        "name,email,external_id,notes\n" + "".join(f"C {i},c{i}@example.com,x-{i},n\n" for i in range(30)),
        encoding="utf-8",
    )
    with run_sandbox(seed=17) as sandbox:
        env = {"JOBMOJITO_BASE_URL": sandbox.base_url, "JOBMOJITO_TOKEN": "t"}
        with JobMojito(token="t", base_url=sandbox.base_url) as jm:
            interview_id, _ = invite(jm, 0)
        args = ["interviews", "invite", "--interview-id", interview_id, "--csv", str(people), "--batch-size", "7"]
        args += ["--journal", str(tmp_path / "invite.jsonl"), "--output", str(tmp_path / "out.csv"), "--progress"]
        first = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
        again = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
        registered = len(sandbox.store.results)
    assert first.exit_code == 0, first.output
    assert "ok                 30" in first.stdout and "Registering" in first.stderr
    assert "resumed            30" in again.stdout, "the rerun sent nobody again"
    assert registered == 30
    rows = (tmp_path / "out.csv").read_text().splitlines()
    assert rows[0] == "email,name,external_id,status,interview_url,error,resumed" and len(rows) == 31
    missing = CliRunner().invoke(cli, ["interviews", "invite", "--interview-id", "i", "--csv", "nope.csv"], env=env)
    assert missing.exit_code == 2 and "cannot read nope.csv" in missing.stderr
