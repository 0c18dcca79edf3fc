"""The nightly pull request's verdict (python -m drift.pull_request): label, auto-merge, failure, body.

A breaking change, in the document or in the Python API, is labelled and
never auto-merged, and fails the run unless the bump is major; only safe and
info-only changes whose make check and make test passed auto-merge.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from drift.pull_request import TITLES, body, decide


def drift(breaking: int = 0, safe: int = 0, info: int = 0, kinds: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"summary": {"breaking": breaking, "safe": safe, "info": info}, "changes": [{"kind": k} for k in kinds]}


def api(breaking: int = 0, compatible: int = 0) -> dict[str, Any]:
    return {"summary": {"breaking": breaking, "compatible": compatible}}


@pytest.mark.parametrize(
    ("document", "python", "old", "new", "severity", "auto_merge", "fails"),
    [
        (drift(breaking=1), api(), "1.4.0", "2.0.0", "breaking", False, False),
        (drift(safe=1), api(breaking=1), "1.4.0", "2.0.0", "breaking", False, False),  # the enum case: drift safe
        (drift(safe=1), api(breaking=1), "1.4.0", "1.5.0", "breaking", False, True),  # no major bump: the run fails
        (drift(safe=1), api(compatible=1), "1.4.0", "1.5.0", "safe", True, False),
        (drift(), api(compatible=2), "1.4.0", "1.5.0", "safe", True, False),
        (drift(info=1), api(), "1.4.0", "1.4.1", "info", True, False),
        (
            drift(safe=1, kinds=("operation-needs-name",)),
            api(compatible=6),
            "1.4.0",
            "1.5.0",
            "needs-name",
            False,
            False,
        ),
        (drift(), api(), "1.4.0", "1.4.0", "none", False, False),
    ],
)
def test_the_verdict(
    document: dict[str, Any], python: dict[str, Any], old: str, new: str, severity: str, auto_merge: bool, fails: bool
) -> None:
    decision = decide(document, python, old_version=old, new_version=new, check="success", tests="success")
    assert (decision.severity, decision.auto_merge, bool(decision.failures)) == (severity, auto_merge, fails)
    outputs = decision.outputs()
    assert outputs["title"] == TITLES[severity]
    assert outputs["breaking"] == str(severity == "breaking").lower()


@pytest.mark.parametrize(("check", "tests"), [("failure", "success"), ("success", "failure")])
def test_a_failed_check_or_test_fails_the_run_and_never_auto_merges(check: str, tests: str) -> None:
    decision = decide(
        drift(safe=1), api(compatible=1), old_version="1.4.0", new_version="1.5.0", check=check, tests=tests
    )
    assert not decision.auto_merge
    assert decision.failures == [f"make {'check' if check == 'failure' else 'test'} failed on the regenerated SDK"]


def test_the_body_holds_both_reports_under_the_warnings() -> None:
    decision = decide(
        drift(breaking=1), api(breaking=2), old_version="1.4.0", new_version="1.5.0", check="success", tests="failure"
    )
    text = body(
        decision,
        "## API drift: 1 breaking, 0 safe, 0 info\n",
        "## Python API: 2 breaking, 0 compatible\n",
        "https://run",
    )
    lines = text.splitlines()
    assert lines[0].startswith("> **Make test failed on the regenerated SDK**")
    assert any(
        line.startswith("> **A breaking change without a major version bump (1.4.0 -> 1.5.0)**") for line in lines
    )
    assert any("labelled `breaking-change`, never auto-merged" in line for line in lines)
    assert text.index("## API drift") < text.index("## Python API") < text.index("https://run")


def test_a_long_report_is_cut_to_fit_a_pull_request() -> None:
    decision = decide(drift(safe=1), api(), old_version="1.4.0", new_version="1.5.0", check="success", tests="success")
    long = "## API drift\n" + "| row |\n" * 20_000
    assert len(body(decision, long, long)) < 65_536


def test_the_command_writes_the_body_and_prints_the_outputs(tmp_path: Path) -> None:
    (tmp_path / "drift.json").write_text(json.dumps(drift(safe=1)), encoding="utf-8")
    (tmp_path / "api.json").write_text(json.dumps(api(breaking=1)), encoding="utf-8")
    (tmp_path / "drift.md").write_text("## API drift: 0 breaking, 1 safe, 0 info\n", encoding="utf-8")
    (tmp_path / "api.md").write_text("## Python API: 1 breaking, 0 compatible\n", encoding="utf-8")
    (tmp_path / "old.toml").write_text('[project]\nversion = "1.4.0"\n', encoding="utf-8")
    (tmp_path / "new.toml").write_text('[project]\nversion = "2.0.0"\n', encoding="utf-8")
    args = ["--drift", "drift.json", "--drift-markdown", "drift.md", "--api", "api.json", "--api-markdown", "api.md"]
    args += ["--old-pyproject", "old.toml", "--pyproject", "new.toml", "--check", "success", "--tests", "success"]
    result = subprocess.run(
        [sys.executable, "-m", "drift.pull_request", *args, "--body", "body.md"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "scripts")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outputs = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert outputs == {
        "severity": "breaking",
        "title": "API drift: breaking",
        "breaking": "true",
        "auto_merge": "false",
        "failure": "",
    }
    assert "## Python API: 1 breaking" in (tmp_path / "body.md").read_text(encoding="utf-8")
