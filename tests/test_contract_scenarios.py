"""Simulated nightly changes: the guard's verdict agrees with what really broke downstream.

Each scenario edits openapi.yaml in a copy of the repository (no .git, so no
tags), regenerates it and runs the drift report, make check's two guards, the
bump make update would apply, and the downstream package (mypy --strict and
the sandbox smoke run): see scenario_support.py. The last test runs the real
`make update` once. Slow (about 15 s a scenario): marked `scenario`, run by
`make test`.

The table of the run (`pytest -s -m scenario` prints each row):
change | drift | API diff | bump | check | downstream.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from scenario_support import IGNORE, Edit, Simulation, environment, run, simulate

pytestmark = pytest.mark.scenario


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def interview_type_required(doc: dict[str, Any]) -> None:
    schema(doc, "JobInterviewCreateRequest")["required"].append("interview_type")


def optional_response_field(doc: dict[str, Any]) -> None:
    schema(doc, "JobInterviewCreateResponse")["properties"]["share_url"] = {
        "type": "string",
        "description": "A link to share the interview.",
    }


def operation_removed(doc: dict[str, Any]) -> None:
    del doc["paths"]["/job-interview-details"]  # results.get


def response_enum_value(doc: dict[str, Any]) -> None:
    schema(doc, "JobInterviewGetResponse")["properties"]["status"]["enum"].append("paused")


def required_response_field_optional(doc: dict[str, Any]) -> None:
    schema(doc, "JobInterviewCreateResponse")["required"].remove("interview_def_set_id")


def nullable_optional_response_field(doc: dict[str, Any]) -> None:
    schema(doc, "JobInterviewCreateResponse")["properties"]["embed_id"]["nullable"] = True  # the 3.0 way


def unnamed_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/job-interview-archive"] = {"post": copy.deepcopy(doc["paths"]["/job-interview-token"]["post"])}


def show(change: str, result: Simulation) -> None:
    print("\n" + result.row(change))


def agree(result: Simulation) -> None:
    """The guard's verdict is what the downstream package found, and the bump make update applies is enough."""
    assert result.guard_says_breaking is result.downstream.broken, (result.api, result.downstream)
    assert result.guard_after_bump.returncode == 0, result.guard_after_bump.stdout + result.guard_after_bump.stderr
    if result.guard_says_breaking or result.drift["summary"]["breaking"]:
        assert result.bump == "major"


@pytest.mark.parametrize(
    ("change", "edit", "drift", "bump"),
    [
        (
            "a required response field optional",
            required_response_field_optional,
            [("response-field-optional", "breaking")],
            "major",
        ),
        ("a response enum gains a value", response_enum_value, [("enum-value-added", "safe")], "major"),
    ],
    ids=["response-field-optional", "response-enum-value"],
)
def test_a_change_that_breaks_callers_fails_check_naming_it(
    tmp_path: Path, change: str, edit: Edit, drift: list[tuple[str, str]], bump: str
) -> None:
    result = simulate(tmp_path, edit)
    show(change, result)
    assert result.drift_kinds() == drift
    assert not result.check_passes and result.guard.returncode == 1
    assert result.downstream.broken
    assert result.bump == bump
    agree(result)


def test_interview_type_made_required_fails_check_naming_it(tmp_path: Path) -> None:
    result = simulate(tmp_path, interview_type_required)
    show("create's interview_type required", result)
    assert result.drift_kinds() == [("request-field-required", "breaking")]
    assert not result.check_passes and result.guard.returncode == 1
    out = result.guard.stdout
    assert "api guard: breaking: jobmojito.resources.interviews.Interviews.create(interview_type): now required" in out
    assert "api guard: breaking: jobmojito_api.models.JobInterviewCreateRequest.interview_type: now required" in out
    assert "bump the major version" in result.guard.stderr
    assert any('"interview_type"' in error for error in result.downstream.mypy_errors)
    assert result.downstream.smoke["hiring.open_position"].startswith("failed: TypeError")
    assert result.version == "1.0.0"
    agree(result)


def test_removing_an_operation_fails_naming_its_method(tmp_path: Path) -> None:
    result = simulate(tmp_path, operation_removed)
    show("GET /job-interview-details removed", result)
    assert ("operation-removed", "breaking") in result.drift_kinds()
    assert "api guard: breaking: jobmojito.resources.results.Results.get: method removed" in result.guard.stdout
    assert "api guard: breaking: jobmojito.resources.results.AsyncResults.get: method removed" in result.guard.stdout
    assert not result.check_passes
    assert any('"get"' in error for error in result.downstream.mypy_errors), result.downstream.mypy_errors
    assert result.downstream.smoke["failures.missing_result"].startswith("failed: AttributeError")
    agree(result)


@pytest.mark.parametrize(
    ("change", "edit", "drift", "bump"),
    [
        ("an optional response field added", optional_response_field, [("response-field-added", "safe")], "minor"),
        (
            "nullable on an optional response field",
            nullable_optional_response_field,
            [("nullable-added", "info")],
            "patch",
        ),
    ],
    ids=["optional-response-field", "nullable-absorbed"],
)
def test_a_change_that_breaks_nobody_passes(
    tmp_path: Path, change: str, edit: Edit, drift: list[tuple[str, str]], bump: str
) -> None:
    result = simulate(tmp_path, edit)
    show(change, result)
    assert result.drift_kinds() == drift
    assert result.check_passes, result.check_output
    assert not result.downstream.broken, result.downstream
    assert result.bump == bump
    agree(result)


def test_an_unnamed_operation_fails_check_with_the_line_to_add(tmp_path: Path) -> None:
    result = simulate(tmp_path, unnamed_operation)
    show("a new operation the naming table misses", result)
    assert result.drift_kinds() == [("operation-needs-name", "safe")]
    line = "  /paths/~1job-interview-archive/post: {id: post_job_interview_archive, method: post_job_interview_archive}"
    assert result.drift["changes"][0]["new"] == line
    assert result.codegen_check.returncode == 1 and line in result.codegen_check.stdout
    assert result.guard.returncode == 0 and not result.guard_says_breaking  # an addition: nothing breaks callers
    assert not result.downstream.broken
    agree(result)
    # make update's last step records no fallback name: naming the operation later must not read as a removal.
    repo = tmp_path / "repo"
    before = (repo / "api-snapshot.json").read_text(encoding="utf-8")
    written = run([sys.executable, "-m", "drift.api_guard", "--write"], repo, environment(repo))
    assert written.returncode == 3 and "need a name first (/paths/~1job-interview-archive/post" in written.stdout
    assert (repo / "api-snapshot.json").read_text(encoding="utf-8") == before


def test_make_update_bumps_major_for_a_break_and_records_both_reports(tmp_path: Path) -> None:
    """The real Makefile path, as the nightly runs it: the live document is a file here."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    document = yaml.safe_load((repo / "openapi.yaml").read_text(encoding="utf-8"))
    interview_type_required(document)
    (tmp_path / "live.json").write_text(yaml.safe_dump(document), encoding="utf-8")
    hooks = yaml.safe_load((repo / "openapi-webhooks.yaml").read_text(encoding="utf-8"))
    payload = hooks["components"]["schemas"]["WebhookInterviewResultPayload"]
    payload["properties"]["ai_fit_summary"] = {"type": "string", "nullable": True}
    (tmp_path / "live-webhooks.json").write_text(yaml.safe_dump(hooks), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    args = ["make", "-s", "-C", str(repo), "update", "READY=", f"BIN={Path(sys.executable).parent}", f"VENV={work}"]
    env = {key: value for key, value in os.environ.items() if not key.startswith("MAKE")}
    update = subprocess.run(
        [*args, f"SPEC_URL={tmp_path / 'live.json'}", f"WEBHOOKS_SPEC_URL={tmp_path / 'live-webhooks.json'}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    assert update.returncode == 0, update.stdout + update.stderr
    assert "make update: 0.1.0 -> 1.0.0 (major; document drift: major, Python API: major)" in update.stdout
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog[changelog.index("## 1.0.0") : changelog.index("## 0.1.0")]
    assert "`request-field-required` (`POST /job-interview-create`)" in entry
    # Drift covers the webhooks document too: a payload field added is a safe change of each event.
    assert "**safe** `response-field-added` (`webhook interview_collected`, `webhook interview_failed`" in entry
    assert "`jobmojito.resources.interviews.Interviews.create(interview_type)`: now required" in entry
    assert '"version": "1.0.0"' in (repo / "api-snapshot.json").read_text(encoding="utf-8")
    assert (work / "drift.md").read_text(encoding="utf-8").startswith("## API drift: 1 breaking, 3 safe")
    assert (work / "api-diff.md").read_text(encoding="utf-8").startswith("## Python API: 3 breaking")
    env["PYTHONPATH"] = os.pathsep.join(str(repo / folder) for folder in ("scripts", "src", "generated"))
    guard = subprocess.run(
        [sys.executable, "-m", "drift.api_guard", "--exact"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    # Recorded at the new version: what a release checks, and why a second update bumps nothing.
    assert guard.returncode == 0, guard.stdout + guard.stderr
