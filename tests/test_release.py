"""Releases: the tag must be the tree's version, the notes are its CHANGELOG entry, the dists pass twine check.

.github/workflows/release.yml runs `python -m drift.release` and `make dist`
on a v* tag; this builds the same sdist and wheel (the pinned build, hatchling
and twine of requirements-dev.txt, no download) and checks what a user installs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from drift import release
from drift.bump import read_version

VERSION = read_version((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
VERSION_FILE = (ROOT / "src" / "jobmojito" / "_version.py").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_tag_of_this_version_is_releasable_with_its_changelog_entry() -> None:
    notes = release.check(f"v{VERSION}", PYPROJECT, VERSION_FILE, CHANGELOG)
    heading = next(line for line in CHANGELOG.splitlines() if line.startswith(f"## {VERSION}"))
    assert notes.strip() and notes.strip() in CHANGELOG and heading not in notes
    assert "## " not in notes  # one entry, not the ones below it


@pytest.mark.parametrize(
    ("tag", "version_file", "changelog", "message"),
    [
        ("v9.9.9", VERSION_FILE, CHANGELOG, f"the tag v9.9.9 is not v{VERSION}"),
        (f"v{VERSION}", '__version__ = "0.0.1"\n', CHANGELOG, "jobmojito.__version__ is 0.0.1"),
        (f"v{VERSION}", VERSION_FILE, "# Changelog\n\n## 0.0.1 — 2020-01-01\n\nOld.\n", "has no entry for"),
        (f"v{VERSION}", VERSION_FILE, f"# Changelog\n\n## {VERSION} — 2020-01-01\n\n## 0.0.1\n", "is empty"),
    ],
    ids=["tag-is-not-the-version", "package-version-differs", "no-changelog-entry", "empty-entry"],
)
def test_a_tree_that_is_not_the_tagged_release_is_refused(
    tag: str, version_file: str, changelog: str, message: str
) -> None:
    with pytest.raises(release.ReleaseError, match=message):
        release.check(tag, PYPROJECT, version_file, changelog)


def test_the_command_writes_the_notes(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "drift.release", "--tag", f"v{VERSION}", "--notes", str(tmp_path / "notes.md")]
    result = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "PYTHONPATH": "scripts"}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == release.notes(CHANGELOG, VERSION)
    wrong = subprocess.run(
        [*command[:4], "v0.0.0"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": "scripts"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert wrong.returncode == 1 and wrong.stderr.startswith("release: the tag v0.0.0 is not")


def test_the_sdist_and_wheel_build_and_pass_twine_check(tmp_path: Path) -> None:
    build = [
        sys.executable,
        "-m",
        "build",
        "--no-isolation",
        "--sdist",
        "--wheel",
        "--outdir",
        str(tmp_path),
        str(ROOT),
    ]
    built = subprocess.run(build, capture_output=True, text=True, check=False, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    wheel, sdist = tmp_path / f"jobmojito-{VERSION}-py3-none-any.whl", tmp_path / f"jobmojito-{VERSION}.tar.gz"
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "jobmojito/__init__.py",
        "jobmojito/py.typed",
        "jobmojito/resources/openapi.json",
        "jobmojito/sandbox/__init__.py",
        "jobmojito_api/__init__.py",
        "jobmojito_api/py.typed",
    ):
        assert needed in names, needed
    assert not any(name.startswith(("tests/", "scripts/")) for name in names)
    metadata = zipfile.ZipFile(wheel).read(f"jobmojito-{VERSION}.dist-info/METADATA").decode()
    assert f"Version: {VERSION}" in metadata and "Requires-Dist: httpx" in metadata
    with tarfile.open(sdist) as archive:
        members = set(archive.getnames())
    assert f"jobmojito-{VERSION}/openapi.yaml" in members and f"jobmojito-{VERSION}/README.md" in members
