"""``make bench``: run every section, print the budgets, write BENCHMARKS.md."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import bulk, codegen, details, export, imports, loopback, memory, overhead
from .report import budgets, keep_history, render
from .results import Section

ROOT = Path(__file__).resolve().parents[2]


def sections(quick: bool) -> dict[str, Callable[[], Section]]:
    """Each section with its repeat counts (``--quick``: a smoke run, not for the record)."""
    return {
        "import": lambda: imports.run(runs=5 if quick else 25),
        "overhead": lambda: overhead.run(rounds=3 if quick else 75, target=0.02),
        "loopback": lambda: loopback.run(
            calls=200 if quick else 2_000, rounds=2 if quick else 7, concurrent_rounds=1 if quick else 3
        ),
        "generate": lambda: codegen.run(runs=1 if quick else 3),
        "memory": lambda: memory.run(runs=1 if quick else 3),
        "export": lambda: export.run(runs=1 if quick else 5),
        "details": lambda: details.run(rounds=5 if quick else 60),
        "bulk": lambda: bulk.run(runs=1 if quick else 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--quick", action="store_true", help="few repeats: checks that the benchmark runs")
    parser.add_argument("--only", action="append", choices=list(sections(False)), help="run only these sections")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget fails")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    done: list[Section] = []
    for name, section in sections(args.quick).items():
        if args.only and name not in args.only:
            continue
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        done.append(section())
    command = "make bench" if not (args.quick or args.only) else "python -m bench " + " ".join(sys.argv[1:])
    text = render(done, command.strip(), time.perf_counter() - started, keep_history(args.output))
    args.output.write_text(text, encoding="utf-8")
    rows = budgets(done)
    for name, rule, measured, verdict in rows:
        print(f"{verdict.strip('*'):4}  {name}: {measured} (budget {rule})")
    print(f"wrote {args.output}")
    failed = any("FAIL" in row[3] for row in rows)
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
