"""Simulated nightly changes in a copy of the repository (tests/test_contract_scenarios.py).

``simulate(tmp, edit)`` copies the working tree (no .git: no tags, no
history), applies ``edit`` to the copy's ``openapi.yaml`` (written as
``make spec`` writes it), and runs in the copy what the pipeline runs:

1. ``python -m codegen generate`` — regenerating, no version bump;
2. ``python -m drift`` — the document drift, old (this tree's document) vs new;
3. ``python -m codegen check`` and ``python -m drift.api_guard`` — the two
   guards of ``make check`` (lint and mypy of the tree are not what changed);
4. ``python -m drift.bump`` with both reports — the bump ``make update``
   applies — and the guard once more, which must then pass;
5. the downstream package: ``mypy --strict`` and its smoke run on the sandbox.

Every step imports the copy (PYTHONPATH), never the installed package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from codegen.spec import dump_yaml
from conftest import ROOT
from downstream_verdict import Downstream, check_downstream
from drift.bump import read_version

IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis", ".bench", "dist"
)
Edit = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class Simulation:
    drift: dict[str, Any]  # the drift report (JSON)
    api: dict[str, Any]  # the guard's difference from api-snapshot.json (JSON)
    codegen_check: subprocess.CompletedProcess[str]
    guard: subprocess.CompletedProcess[str]
    bump: str  # "major", "minor", "patch" or "none"
    version: str  # after the bump
    guard_after_bump: subprocess.CompletedProcess[str]
    downstream: Downstream

    @property
    def check_passes(self) -> bool:
        return self.codegen_check.returncode == 0 and self.guard.returncode == 0

    @property
    def check_output(self) -> str:
        parts = (self.codegen_check, self.guard)
        return "\n".join(part.stdout + part.stderr for part in parts)

    @property
    def guard_says_breaking(self) -> bool:
        return bool(self.api["summary"]["breaking"])

    def drift_kinds(self) -> list[tuple[str, str]]:
        return sorted({(change["kind"], change["severity"]) for change in self.drift["changes"]})

    def row(self, change: str) -> str:
        drift = ", ".join(f"{kind} ({severity})" for kind, severity in self.drift_kinds()) or "none"
        api = self.api["summary"]
        api_text = f"{api['breaking']} breaking, {api['compatible']} compatible"
        check = "passes" if self.check_passes else "fails"
        return f"| {change} | {drift} | {api_text} | {self.bump} | {check} | {self.downstream.summary()} |"


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False)


def level(before: str, after: str) -> str:
    old, new = (tuple(int(part) for part in version.split(".")) for version in (before, after))
    for index, name in enumerate(("major", "minor", "patch")):
        if new[index] != old[index]:
            return name
    return "none"


def environment(repo: Path) -> dict[str, str]:
    """The environment of a step in the copy: its scripts, src and generated come first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(repo / folder) for folder in ("scripts", "src", "generated"))
    return env


def simulate(tmp: Path, edit: Edit) -> Simulation:
    repo = tmp / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    document = yaml.safe_load((repo / "openapi.yaml").read_text(encoding="utf-8"))
    edit(document)
    (repo / "openapi.yaml").write_text(dump_yaml(document), encoding="utf-8")
    env = environment(repo)
    python = sys.executable
    generated = run([python, "-m", "codegen", "generate"], repo, env)
    if generated.returncode != 0:
        raise RuntimeError(f"make generate failed: {generated.stderr}")
    drift = run(
        [python, "-m", "drift", "--old", str(ROOT / "openapi.yaml"), "--new", "openapi.yaml", "--format", "json"],
        repo,
        env,
    )
    if drift.returncode not in (0, 1):
        raise RuntimeError(f"make drift failed: {drift.stderr}")
    (tmp / "drift.json").write_text(drift.stdout, encoding="utf-8")
    codegen_check = run([python, "-m", "codegen", "check"], repo, env)
    guard = run([python, "-m", "drift.api_guard", "--json", str(tmp / "api-diff.json")], repo, env)
    if guard.returncode == 2:
        raise RuntimeError(f"the API guard failed: {guard.stderr}")
    before = read_version((repo / "pyproject.toml").read_text(encoding="utf-8"))
    bumped = run(
        [python, "-m", "drift.bump", str(tmp / "drift.json"), "--api-diff", str(tmp / "api-diff.json")], repo, env
    )
    if bumped.returncode != 0:
        raise RuntimeError(f"the bump failed: {bumped.stderr}")
    after = read_version((repo / "pyproject.toml").read_text(encoding="utf-8"))
    guard_after_bump = run([python, "-m", "drift.api_guard"], repo, env)
    return Simulation(
        drift=json.loads(drift.stdout),
        api=json.loads((tmp / "api-diff.json").read_text(encoding="utf-8")),
        codegen_check=codegen_check,
        guard=guard,
        bump=level(before, after),
        version=after,
        guard_after_bump=guard_after_bump,
        downstream=check_downstream(repo),
    )
