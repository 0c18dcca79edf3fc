"""The version bump is the larger of what the document drift and the Python API difference call for.

`make update` passes both to `python -m drift.bump`; the CHANGELOG entry lists
both. (The bump of the drift report alone is in test_drift.py.)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from drift import bump as bump_version

DRIFT = {
    "none": {"summary": {"breaking": 0, "safe": 0, "info": 0}, "changes": []},
    "info": {
        "summary": {"breaking": 0, "safe": 0, "info": 1},
        "changes": [
            {
                "severity": "info",
                "kind": "description-changed",
                "operation": "GET /merchant-result-list",
                "location": "/paths/~1merchant-result-list/get/description",
                "message": "operation: description changed",
                "old": "a",
                "new": "b",
            }
        ],
    },
    "breaking": {
        "summary": {"breaking": 1, "safe": 0, "info": 0},
        "changes": [
            {
                "severity": "breaking",
                "kind": "request-field-required",
                "operation": "POST /job-interview-create",
                "location": "/components/schemas/JobInterviewCreateRequest/properties/interview_type",
                "message": "request body: field `interview_type` is now required",
                "old": False,
                "new": True,
            }
        ],
    },
}
PARAM = "jobmojito.resources.interviews.Interviews.create(interview_type)"


def api_diff(*changes: tuple[bool, str, str]) -> dict[str, Any]:
    breaking = sum(1 for change in changes if change[0])
    level = "major" if breaking else "minor" if changes else None
    return {
        "summary": {"breaking": breaking, "compatible": len(changes) - breaking},
        "level": level,
        "recorded": "0.1.0",
        "version": "0.1.0",
        "changes": [{"breaking": b, "name": name, "message": message} for b, name, message in changes],
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    return tmp_path


def run(project: Path, drift: dict[str, Any], api: dict[str, Any] | None) -> tuple[int, str, str]:
    (project / "drift.json").write_text(json.dumps(drift), encoding="utf-8")
    args = [str(project / "drift.json"), "--pyproject", str(project / "pyproject.toml")]
    args += ["--changelog", str(project / "CHANGELOG.md"), "--date", "2030-01-02"]
    if api is not None:
        (project / "api.json").write_text(json.dumps(api), encoding="utf-8")
        args += ["--api-diff", str(project / "api.json")]
    status = bump_version.main(args)
    version = bump_version.read_version((project / "pyproject.toml").read_text(encoding="utf-8"))
    return status, version, (project / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("drift", "api", "expected"),
    [
        ("none", api_diff((True, PARAM, "now required (was optional, default None)")), "1.0.0"),
        ("breaking", api_diff((False, "jobmojito_api.models.X.y", "new field")), "1.0.0"),
        ("none", api_diff((False, "jobmojito_api.models.X.y", "new field")), "0.2.0"),
        ("info", api_diff(), "0.1.1"),
        ("info", api_diff((False, "jobmojito_api.models.X.y", "new field")), "0.2.0"),
        ("none", api_diff(), "0.1.0"),
    ],
    ids=["api-breaking", "drift-breaking", "api-compatible", "drift-info", "larger-wins", "nothing"],
)
def test_the_larger_bump_wins(project: Path, drift: str, api: dict[str, Any], expected: str) -> None:
    assert bump_version.read_version((project / "pyproject.toml").read_text(encoding="utf-8")) == "0.1.0"
    status, version, _ = run(project, DRIFT[drift], api)
    assert (status, version) == (0, expected)


def test_the_changelog_entry_lists_both(project: Path) -> None:
    api = api_diff((True, PARAM, "now required (was optional, default None)"), (False, "jobmojito.X", "class added"))
    _, version, changelog = run(project, DRIFT["breaking"], api)
    entry = changelog[changelog.index(f"## {version} — 2030-01-02") : changelog.index("## 0.1.0")]
    assert "API drift: 1 breaking, 0 safe, 0 info." in entry
    assert "- **breaking** `request-field-required` (`POST /job-interview-create`)" in entry
    assert "Python API: 1 breaking, 1 compatible." in entry
    assert f"- **breaking** `{PARAM}`: now required (was optional, default None)" in entry
    assert "- **compatible** `jobmojito.X`: class added" in entry


def test_an_unreadable_api_difference_changes_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {path: path.read_bytes() for path in project.iterdir()}
    status, _, _ = run(project, DRIFT["info"], {"summary": {}})
    assert status == 2
    assert "api.json is not an API snapshot difference" in capsys.readouterr().err
    assert {path: path.read_bytes() for path in files} == files
