"""What really broke for the downstream package (tests/downstream/) against a tree of the SDK.

``check_downstream(root)`` type-checks the package with ``mypy --strict`` and
runs its smoke module against the sandbox, both in subprocesses that import
``jobmojito`` and ``jobmojito_api`` from ``root`` (a copy of the repository,
regenerated, in the contract scenarios) and not from the installed package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "downstream"


@dataclass(frozen=True)
class Downstream:
    mypy_errors: list[str]
    smoke: dict[str, str]  # call -> "ok" or "failed: ..."

    @property
    def failed_calls(self) -> list[str]:
        return [name for name, outcome in self.smoke.items() if outcome != "ok"]

    @property
    def broken(self) -> bool:
        return bool(self.mypy_errors or self.failed_calls)

    def summary(self) -> str:
        if not self.broken:
            return f"ok (mypy --strict clean, {len(self.smoke)}/{len(self.smoke)} smoke calls)"
        return (
            f"broken: {len(self.mypy_errors)} mypy error(s), "
            f"{len(self.failed_calls)} of {len(self.smoke)} smoke calls failed"
        )


def environment(root: Path, tests: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(path) for path in (root / "src", root / "generated", tests))
    env["MYPYPATH"] = os.pathsep.join(str(path) for path in (root / "src", root / "generated"))
    return env


def check_downstream(root: Path, tests: Path | None = None) -> Downstream:
    """``tests`` holds the package (default ``root/tests``); the SDK is imported from ``root``."""
    tests = tests or root / "tests"
    env = environment(root, tests)
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tests / ".mypy_cache"), str(tests / PACKAGE)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    if mypy.returncode not in (0, 1) or (mypy.returncode == 1 and not errors):
        raise RuntimeError(f"mypy did not run: {mypy.stdout}{mypy.stderr}")
    smoke = subprocess.run(
        [sys.executable, "-m", f"{PACKAGE}.smoke"],
        cwd=tests,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    try:
        outcome: dict[str, str] = json.loads(smoke.stdout)
    except ValueError:  # the package did not even import
        outcome = {"import": f"failed: {smoke.stderr.strip().splitlines()[-1] if smoke.stderr.strip() else '?'}"}
    return Downstream(errors, outcome)
