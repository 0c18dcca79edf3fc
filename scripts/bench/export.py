"""Section 6: exporting 100,000 results through the pager, next to a raw httpx page loop.

Each run is a fresh interpreter (``python -m bench.export``), so that its
peak RSS is its own (``VmHWM`` of ``/proc/self/status``: ``ru_maxrss``
survives ``exec`` and would report the bench process it was forked from). It iterates ``results.list(limit=1000)``
to the end on ``httpx.MockTransport`` (raw httpx: ``get(..., params={"limit":
1000, "offset": ...}).json()["data"]`` until ``has_more`` is false), touching
one field of each row. The transport answers from two page bodies built
beforehand (every page but the last, and the last), so that building pages
is not what is timed. Runs are interleaved, SDK and raw; the SDK also runs a
10,000-row export, so that "flat" (peak RSS at 100,000 rows within 10 % of the
peak at 10,000) is measured, not assumed.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .results import Budget, Section, Spread, alternating, ratios

LIMIT = 1000
ROWS = 100_000
TIME_BUDGET = 1.1
FLAT = 1.1


def _run(variant: str, rows: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.export", variant, str(rows)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout
    found: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return found


def run(runs: int) -> Section:
    section = Section(
        title="6. Export through the pager",
        method=(__doc__ or "").split("\n\n", 1)[1].strip() + f"\n\n{runs} runs per variant; median [p25-p75].",
        headers=["variant", "rows", "seconds", "rows/s", "peak RSS MiB", "time ÷ raw httpx (per run)"],
    )
    variants = {"raw httpx": ROWS, "SDK": ROWS, "SDK, 10,000 rows": ROWS // 10}
    found: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    for name in variants:  # warm the bytecode caches
        _run(name.split(",")[0], 2 * LIMIT)
    for index in range(runs):
        for name in alternating(variants, index):
            found[name].append(_run(name.split(",")[0], variants[name]))
    seconds = {name: [r["seconds"] for r in runs_] for name, runs_ in found.items()}
    peaks = {name: [r["peak_mib"] for r in runs_] for name, runs_ in found.items()}
    time_ratio = ratios(seconds["SDK"], seconds["raw httpx"])
    for name, rows in variants.items():
        shown = time_ratio.show(digits=2) if name == "SDK" else ("1.00" if name == "raw httpx" else "")
        section.rows.append(
            [
                name,
                f"{rows:,}",
                Spread.of(seconds[name]).show(digits=2),
                Spread.of([rows / s for s in seconds[name]]).show(digits=0),
                Spread.of(peaks[name]).show(digits=1),
                shown,
            ]
        )
    flat = ratios(peaks["SDK"], peaks["SDK, 10,000 rows"])
    section.budgets.append(Budget(f"export of {ROWS:,} rows: SDK ÷ raw httpx page loop", time_ratio, TIME_BUDGET))
    section.budgets.append(Budget("export peak RSS: 100,000 rows ÷ 10,000 rows (SDK)", flat, FLAT))
    section.notes.append(
        f"Peak RSS, SDK ÷ raw httpx at {ROWS:,} rows: {ratios(peaks['SDK'], peaks['raw httpx']).show(digits=2)}x."
    )
    return section


def _peak_rss_kib() -> float:
    """This process's peak resident set (Linux ``VmHWM``; elsewhere ``ru_maxrss``, KiB on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _prepared(variant: str, rows: int) -> Callable[[], int]:
    """The export, ready to run: imports done, page bodies built."""
    import httpx

    from .fixtures import BASE, JSON_HEADERS, LIST_PATH, TOKEN, page_body

    more, last = page_body(0, LIMIT, rows + 1), page_body(rows - LIMIT, LIMIT, rows)

    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        return httpx.Response(200, content=last if offset + LIMIT >= rows else more, headers=JSON_HEADERS)

    transport = httpx.MockTransport(answer)
    if variant == "raw httpx":
        client = httpx.Client(transport=transport, headers={"Authorization": f"Bearer {TOKEN}"})

        def raw() -> int:
            seen, offset, has_more = 0, 0, True
            while has_more:
                page = client.get(BASE + LIST_PATH, params={"limit": LIMIT, "offset": offset}).json()
                for row in page["data"]:
                    seen += row["score"] is not None
                offset += LIMIT
                has_more = page["pagination"]["has_more"]
            return seen

        return raw
    from jobmojito import JobMojito

    jm = JobMojito(token=TOKEN, base_url=BASE, http_client=httpx.Client(transport=transport))

    def sdk() -> int:
        return sum(result.score is not None for result in jm.results.list(limit=LIMIT))

    return sdk


if __name__ == "__main__":
    variant, rows = sys.argv[1], int(sys.argv[2])
    export = _prepared(variant, rows)
    started = time.perf_counter()
    seen = export()
    elapsed = time.perf_counter() - started
    assert seen == rows, (seen, rows)
    peak = _peak_rss_kib() / 1024
    print(json.dumps({"seconds": elapsed, "peak_mib": peak}))
