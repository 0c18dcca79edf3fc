"""The public-API guard on a throwaway repository with a tagged release."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from drift.api_guard import check

V1 = """
def create(name: str, *, location: str = "remote") -> dict:
    return {}

class Interviews:
    def get(self, position_id: str) -> dict:
        return {}
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "src" / "jobmojito").mkdir(parents=True)
    (tmp_path / "src" / "jobmojito" / "__init__.py").write_text(V1)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "jobmojito"\nversion = "1.4.0"\n')
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "v1")
    git(tmp_path, "tag", "v1.4.0")
    return tmp_path


def edit(repo: Path, source: str, version: str = "1.5.0") -> None:
    (repo / "src" / "jobmojito" / "__init__.py").write_text(source)
    (repo / "pyproject.toml").write_text(f'[project]\nname = "jobmojito"\nversion = "{version}"\n')


def test_an_addition_is_compatible(repo: Path) -> None:
    edit(repo, V1 + "\ndef list_results(limit: int = 50) -> list:\n    return []\n")
    verdict = check(repo, None, {"jobmojito": "src"})
    assert verdict is not None and verdict.breakages == [] and verdict.ok


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (V1.replace("def create(", "def make("), "create"),
        (V1.replace('*, location: str = "remote"', "*, location: str"), "location"),
        (V1.replace("position_id: str", "position_id: str, merchant_id: str"), "merchant_id"),
        (V1.replace("class Interviews:", "class Positions:"), "Interviews"),
    ],
    ids=["removed", "became-required", "required-added", "class-removed"],
)
def test_a_breaking_change_fails_unless_the_major_version_is_bumped(repo: Path, change: str, expected: str) -> None:
    edit(repo, change)
    verdict = check(repo, None, {"jobmojito": "src"})
    assert verdict is not None and not verdict.ok
    assert any(expected in line for line in verdict.breakages), verdict.breakages
    edit(repo, change, version="2.0.0")
    bumped = check(repo, None, {"jobmojito": "src"})
    assert bumped is not None and bumped.breakages and bumped.ok


def test_no_release_yet_means_nothing_to_compare(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    assert check(tmp_path, None) is None


def test_the_project_api_is_compatible_with_its_last_release() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drift.api_guard"], cwd=ROOT / "scripts", capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
