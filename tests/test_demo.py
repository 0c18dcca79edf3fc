"""``scripts/demo.py`` end to end: the quickstart against a sandbox subprocess, offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "scripts" / "demo.py"

pytestmark = pytest.mark.timeout(120)


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(DEMO), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=90, check=False, cwd=ROOT)


def sandbox_pid(output: str) -> int:
    found = re.search(r"Sandbox running at http://127\.0\.0\.1:\d+/functions/v1 \(pid (\d+)\)", output)
    assert found, output
    return int(found.group(1))


def assert_gone(pid: int) -> None:
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_demo_runs_the_quickstart_and_stops_the_sandbox() -> None:
    done = run_demo()
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert re.search(r"Created interview [0-9a-f-]{36} with \d+ questions", out)
    assert out.count("Invited ") == 3 and "Listed 3 results, 2 per page" in out
    assert "Details of " in out and "(3 rows; the header has the" in out
    assert out.rstrip().endswith("Sandbox stopped\n\nDemo passed")
    assert_gone(sandbox_pid(out))


def test_a_failing_script_fails_the_demo_and_still_stops_the_sandbox(tmp_path: Path) -> None:
    script = tmp_path / "fails.py"
    script.write_text("import sys\nprint('about to fail')\nsys.exit(3)\n", encoding="utf-8")
    done = run_demo("--script", str(script))
    assert done.returncode == 1
    assert "about to fail" in done.stdout and "Sandbox stopped" in done.stdout
    assert "exited with status 3" in done.stderr
    assert_gone(sandbox_pid(done.stdout))
