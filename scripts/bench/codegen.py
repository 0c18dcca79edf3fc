"""Section 4: ``make generate`` on the committed document, into a temporary folder.

``scripts/generate.py --output`` runs the whole pipeline (normalize, the pinned
openapi-python-client, the resource layer, ruff) exactly as ``make generate``
does, but leaves ``generated/`` alone. Wall time of the process.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .results import Section, Spread

ROOT = Path(__file__).resolve().parents[2]


def run(runs: int) -> Section:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="jobmojito-bench-") as tmp:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "generate.py"), "--output", str(Path(tmp) / "jobmojito_api")],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            times.append(time.perf_counter() - started)
    return Section(
        title="4. make generate",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs; median [p25-p75] seconds. No budget.",
        headers=["step", "seconds"],
        rows=[["`scripts/generate.py --output <tmp>` on openapi.yaml", Spread.of(times).show(digits=2)]],
    )
