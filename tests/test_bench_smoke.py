"""``make bench`` still runs: its sections that drive the SDK, in ``--quick`` mode.

Benchmarks are not timed tests: nothing here looks at a figure. This only
catches a benchmark that no longer runs against the current SDK (a quick run
once divided by zero because it made fewer calls than one concurrent block).
The import and generate sections time other interpreters only and are left out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.timeout(300)


def test_the_quick_benchmark_runs_and_reports_every_budget(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    sections = [f"--only={name}" for name in ("overhead", "loopback", "memory", "export", "details", "bulk")]
    command = [sys.executable, "-m", "bench", "--quick", *sections, "--output", str(output)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, check=False, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    report = output.read_text(encoding="utf-8")
    for budget in (
        "interviews.create, validation off ÷ raw httpx",
        "results.list_page (100 rows), validation off ÷ raw httpx",
        "sequential: SDK ÷ raw httpx throughput",
        "100 concurrent tasks: SDK ÷ raw httpx throughput",
        "peak(10,000) ÷ peak(1,000), live memory",
        "earlier pages held by the pager",
        "results.list_page (1,000 rows, one unknown field each), validation on ÷ raw httpx",
        "100 concurrent tasks, aiohttp: SDK on DefaultAioHttpClient ÷ raw aiohttp throughput",
        "export of 100,000 rows: SDK ÷ raw httpx page loop",
        "1 MB result: SDK results.get ÷ json.loads",
        "bulk registration: duplicates",
    ):
        assert f"| {budget} |" in report, budget
