"""The ``jobmojito`` command against a real sandbox on 127.0.0.1.

Commands run in-process through click's test runner (their stdout and stderr
apart); a few run as ``python -m jobmojito.cli`` subprocesses to cover the
entry point. Each sandbox is started by ``run_sandbox`` and stops when its
test ends; every subprocess has a timeout.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from cli_support import RESULTS, TOKEN, options, populated_fixture, run, sandbox_fixture  # noqa: F401
from click.testing import CliRunner
from facade_support import INTERVIEW

import jobmojito
from jobmojito import _errors
from jobmojito._operations import all_operation_ids, get_operation
from jobmojito.cli import cli, errors, main
from jobmojito.cli.document import fields, row_columns
from jobmojito.cli.output import write_json
from jobmojito.sandbox import Sandbox, run_sandbox

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parent.parent


# --- operations -------------------------------------------------------------------


def test_create_with_field_options(sandbox: Sandbox) -> None:
    result = run(sandbox, "interviews", "create", *options(INTERVIEW))
    assert result.exit_code == 0, result.stderr
    created = json.loads(result.stdout)
    assert created["interview_def_set_id"] in sandbox.store.interviews
    assert sandbox.store.interviews[created["interview_def_set_id"]].request == INTERVIEW


def test_create_with_data_from_a_file_or_stdin_and_options_overriding_it(sandbox: Sandbox, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps(INTERVIEW), encoding="utf-8")
    from_file = run(sandbox, "interviews", "create", "--data", f"@{body}", "--name", "Designer")
    from_stdin = run(sandbox, "interviews", "create", "--data", "-", stdin=json.dumps(INTERVIEW))
    assert (from_file.exit_code, from_stdin.exit_code) == (0, 0), from_file.stderr + from_stdin.stderr
    names = sorted(i.name for i in sandbox.store.interviews.values())
    assert names == ["Designer", "Project manager"]


def test_repeated_options_make_an_array_of_json_objects(populated: Sandbox) -> None:
    interview_id = next(iter(populated.store.interviews))
    users = ['{"name": "Ann", "email": "ann@example.com"}', '{"name": "Bo", "email": "bo@example.com"}']
    result = run(
        populated,
        "interviews",
        "register-users",
        "--interview-id",
        interview_id,
        "--users",
        users[0],
        "--users",
        users[1],
    )
    assert result.exit_code == 0, result.stderr
    assert [row["email"] for row in json.loads(result.stdout)] == ["ann@example.com", "bo@example.com"]


def test_a_binary_field_uploads_the_file_at_the_path(sandbox: Sandbox, tmp_path: Path) -> None:
    document = tmp_path / "handbook.txt"
    document.write_text("How we work.", encoding="utf-8")
    result = run(
        sandbox, "knowledge-base", "upload-document", "--knowledge-base-store-id", "kb-1", "--file", str(document)
    )
    assert result.exit_code == 0, result.stderr
    missing = run(
        sandbox, "knowledge-base", "upload-document", "--knowledge-base-store-id", "kb-1", "--file", "nope.txt"
    )
    assert missing.exit_code == errors.USAGE and "--file: cannot read nope.txt" in missing.stderr


def test_a_value_the_document_refuses_is_named_on_stderr_and_nothing_is_sent(sandbox: Sandbox) -> None:
    result = run(sandbox, "interviews", "create", *options({**INTERVIEW, "status": "bogus"}))
    assert result.exit_code == errors.VALIDATION
    assert result.stdout == ""
    assert (
        result.stderr == "error: interviews.create: status must be one of 'draft', 'active'; got 'bogus' (rule: enum)\n"
    )
    assert not sandbox.store.interviews
    typed = run(sandbox, "results", "list", "--limit", "many")
    assert typed.exit_code == errors.VALIDATION
    assert typed.stderr == "error: results.list: limit must be an integer, not 'many' (rule: type)\n"


def test_no_token_is_exit_status_4_and_a_token_is_never_printed(populated: Sandbox) -> None:
    result = run(populated, "results", "list", token=None)
    assert result.exit_code == errors.AUTH
    assert result.stderr == "error: results.list: no token: pass --token or set JOBMOJITO_TOKEN\n"
    missing = run(populated, "results", "get", "--interview-result-id", "6f1c2b1e-0000-4000-8000-000000000000")
    assert missing.exit_code == errors.NOT_FOUND
    assert "HTTP 404" in missing.stderr and "interview_result_id" in missing.stderr
    for outcome in (result, missing, run(populated, "results", "list", "--help")):
        assert TOKEN not in outcome.stdout + outcome.stderr


def test_help_shows_each_field_description_from_the_document() -> None:
    result = run(None, "interviews", "create", "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "--interview-template-id TEXT Id of the interview template to base this interview on. [required]" in text
    assert "one of: draft, active" in text and "--data JSON|@FILE|-" in text


@pytest.mark.parametrize("operation_id", all_operation_ids())
def test_every_operation_has_a_command_with_every_field(operation_id: str) -> None:
    op = get_operation(operation_id)
    resource, method = op.resource.replace("_", "-"), op.name.replace("_", "-")
    result = CliRunner().invoke(cli, [resource, method, "--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    help_text = " ".join(result.stdout.split())
    for field in fields(get_operation(operation_id)):
        assert field.option in help_text
        assert field.description in help_text


def test_list_prints_one_page_or_every_item_as_json_lines(populated: Sandbox) -> None:
    page = run(populated, "results", "list", "--limit", "3")
    assert page.exit_code == 0, page.stderr
    body = json.loads(page.stdout)
    assert len(body["data"]) == 3 and body["pagination"]["total"] == RESULTS
    every = run(populated, "results", "list", "--limit", "3", "--all")
    lines = [json.loads(line) for line in every.stdout.splitlines()]
    assert len(lines) == RESULTS and len({r["id"] for r in lines}) == RESULTS
    some = run(populated, "results", "list", "--all", "--max-items", "2")
    assert len(some.stdout.splitlines()) == 2


# --- results export -------------------------------------------------------------------


def listed_ids(sb: Sandbox) -> list[str]:
    """The ids of every result, oldest first, straight from the sandbox over HTTP."""
    params = {"limit": 1000, "order_by": "created_at_oldest"}
    response = httpx.get(
        sb.base_url + "/merchant-result-list", params=params, headers={"Authorization": "Bearer x"}, timeout=10
    )
    return [row["id"] for row in response.json()["data"]]


def test_export_as_json_lines_and_csv_has_every_row_and_resumes_at_an_offset(populated: Sandbox) -> None:
    expected = listed_ids(populated)
    jsonl = run(populated, "results", "export", "--format", "jsonl", "--limit-per-page", "2")
    assert jsonl.exit_code == 0, jsonl.stderr
    assert [json.loads(line)["id"] for line in jsonl.stdout.splitlines()] == expected
    as_csv = run(populated, "results", "export", "--format", "csv", "--limit-per-page", "3")
    rows = list(csv.reader(as_csv.stdout.splitlines()))
    assert rows[0] == row_columns(get_operation("list_results"))
    assert [row[0] for row in rows[1:]] == expected
    tail = run(populated, "results", "export", "--offset", "4", "--limit-per-page", "2")
    assert [json.loads(line)["id"] for line in tail.stdout.splitlines()] == expected[4:]


def test_export_since_filters_on_created_at(populated: Sandbox) -> None:
    created = sorted(r.created_at for r in populated.store.results.values())
    result = run(populated, "results", "export", "--since", created[3], "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + len(created) - 3
    bad = run(populated, "results", "export", "--since", "last week")
    assert bad.exit_code == errors.USAGE


def test_an_export_that_fails_says_which_offset_resumes_it() -> None:
    with run_sandbox(seed=3, rate_5xx=0.5) as sb:
        interview = sb.store.add_interview(
            name="PM",
            type="interview",
            status="active",
            visibility="merchant_public",
            language="en",
            questions=[],
            request={},
        )
        for i in range(12):
            sb.store.register(interview, f"C{i}", f"c{i}@example.com", None, source="invited", is_test=False)
        result = run(sb, "results", "export", "--limit-per-page", "1", "--max-retries", "0")
    assert result.exit_code == errors.SERVER, result.stderr
    written = len(result.stdout.splitlines())
    assert written < 12
    assert result.stderr.splitlines()[-1] == f"resume with --offset {written} ({written} rows written in this run)"


# --- exit statuses ----------------------------------------------------------------


def status_error(status: int) -> _errors.APIStatusError:
    response = httpx.Response(status, json={"error": "no"}, request=httpx.Request("GET", "https://api.test/x"))
    return _errors.status_error(response, method="GET", path="/x")


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (errors.UsageError("bad"), 2),
        (_errors.ValidationError(field="name", rule="minLength", message="is too short"), 3),
        (errors.MissingTokenError(), 4),
        (status_error(401), 4),
        (status_error(403), 4),
        (status_error(404), 5),
        (status_error(400), 6),
        (status_error(409), 6),
        (status_error(422), 6),
        (status_error(429), 7),
        (status_error(500), 8),
        (status_error(503), 8),
        (_errors.APIConnectionError(method="GET", path="/x", reason="refused"), 9),
        (_errors.APITimeoutError(method="GET", path="/x", reason="read timeout"), 9),
        (jobmojito.WaitTimeout("r1", 1.0, None), 9),
        (jobmojito.WebhookVerificationError("X-Webhook-Token", "missing"), 4),
        (jobmojito.WebhookPayloadError("not JSON"), 10),
        (_errors.APIResponseValidationError(method="GET", path="/x", status_code=200, reason="r", body=b"<html>"), 10),
        (jobmojito.ResponseTooLargeError(method="GET", path="/x", status_code=200, limit=10), 10),
        (jobmojito.ResponseDecodingError(method="GET", path="/x", status_code=200, reason="bad gzip"), 10),
        (jobmojito.ConfigurationError("refusing plain http://"), 2),
        (jobmojito.TokenProviderError("get_token() must return a non-empty str"), 4),
        (jobmojito.RefreshError("the auth server could not be reached"), 4),
        (status_error(418), 1),
        (jobmojito.JobMojitoError("other"), 1),
        (RuntimeError("bug"), 1),
        (KeyboardInterrupt(), 130),
    ],
)
def test_exit_status_of_each_error_class(error: BaseException, status: int) -> None:
    assert errors.exit_status(error) == status


def test_every_error_class_the_sdk_exports_has_its_own_status() -> None:
    bases = {"JobMojitoError", "APIError", "APIStatusError"}
    for name in jobmojito.__all__:
        cls = getattr(jobmojito, name)
        if isinstance(cls, type) and issubclass(cls, jobmojito.JobMojitoError) and name not in bases:
            assert errors.exit_status(cls.__new__(cls)) not in (errors.OK, errors.FAILURE), name


def test_docs_list_every_exit_status() -> None:
    text = (ROOT / "docs" / "guides" / "cli.md").read_text(encoding="utf-8")
    for value in {v for k, v in vars(errors).items() if k.isupper() and isinstance(v, int)}:
        assert f"| {value} |" in text, value


def test_json_is_indented_on_a_terminal_only() -> None:
    class Terminal:
        def __init__(self, tty: bool) -> None:
            self.tty, self.text = tty, ""

        def isatty(self) -> bool:
            return self.tty

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

    for tty, expected in ((True, '{\n  "a": [\n    1\n  ]\n}\n'), (False, '{"a": [1]}\n')):
        out = Terminal(tty)
        write_json({"a": [1]}, out)  # type: ignore[arg-type]
        assert out.text == expected


# --- the entry point and the sandbox command ------------------------------------------------


def cli_process(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jobmojito.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_the_entry_point_maps_outcomes_to_exit_statuses(populated: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    env = {**os.environ, "JOBMOJITO_BASE_URL": populated.base_url, "JOBMOJITO_TOKEN": TOKEN}
    ok = cli_process("results", "list", "--limit", "1", env=env)
    assert ok.returncode == 0 and len(json.loads(ok.stdout)["data"]) == 1
    assert cli_process("results", "list", "--bogus", env=env).returncode == errors.USAGE
    gone = cli_process(
        "--base-url", "http://127.0.0.1:9/functions/v1", "--max-retries", "0", "results", "list", env=env
    )
    assert gone.returncode == errors.CONNECTION and gone.stderr.startswith(
        "error: results.list: GET /merchant-result-list"
    )
    monkeypatch.setenv("JOBMOJITO_TOKEN", "")
    assert main(["results", "list"]) == errors.AUTH


def test_sandbox_command_delegates_to_the_sandbox() -> None:
    # Without the sandbox extra it names the extra: tests/test_extras.py.
    shown = run(None, "sandbox", "--help")
    assert shown.exit_code == 0 and "--rate-429" in shown.stdout


def test_a_resumed_csv_export_appends_without_a_second_header(populated: Sandbox) -> None:
    head = run(populated, "results", "export", "--format", "csv", "--limit-per-page", "2")
    first = head.stdout.splitlines()[:4]  # the header and 3 rows, as if stopped at offset 3
    tail = run(populated, "results", "export", "--format", "csv", "--offset", "3", "--no-header")
    assert first + tail.stdout.splitlines() == head.stdout.splitlines()


def test_deadline_bounds_a_whole_call_against_a_server_that_does_not_answer_in_time() -> None:
    """--deadline is the client's whole-call deadline: a slow server ends in a timeout (exit 9), not a wait."""
    import os
    import time

    from tests.support.fault_server import FaultServer, slow

    path = "/functions/v1/merchant-result-list"
    with FaultServer(hard_timeout=60.0) as server:
        server.script(path, slow(30))  # answers after the server's cap (5 s), well past the deadline
        env = {**os.environ, "JOBMOJITO_TOKEN": TOKEN}
        started = time.monotonic()
        args = ("--base-url", server.url + "/functions/v1", "--timeout", "30", "--deadline", "1", "results", "list")
        done = cli_process(*args, env=env)
        took = time.monotonic() - started
        assert done.returncode == errors.CONNECTION, done.stderr
        assert "results.list" in done.stderr and "deadline" in done.stderr.lower()
        assert took < 20  # the 30 s per-request timeout did not apply; start-up of the CLI is the rest
        assert server.count("GET", path) == 1  # the deadline, spent on the first attempt, left no time for a retry
    assert cli_process("--deadline", "0", "results", "list", env=env).returncode == errors.USAGE
