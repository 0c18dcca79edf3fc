"""Section 4: ``make generate`` on the committed document, into a temporary folder.

``python -m codegen generate --root <tmp>`` runs the whole pipeline (normalize,
the pinned openapi-python-client, the facade's resources, ruff) exactly as
``make generate`` does, but writes under a temporary root. Wall time of the process.
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
                [sys.executable, "-m", "codegen", "generate", "--root", tmp],
                check=True,
                capture_output=True,
                cwd=ROOT / "scripts",
            )
            times.append(time.perf_counter() - started)
    return Section(
        title="4. make generate",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs; median [p25-p75] seconds. No budget.",
        headers=["step", "seconds"],
        rows=[["`python -m codegen generate --root <tmp>` on openapi.yaml", Spread.of(times).show(digits=2)]],
    )
