"""``make demo``: run examples/quickstart.py against a local sandbox, offline.

Starts ``python -m jobmojito.sandbox --port 0 --seed 1`` as a subprocess,
reads the URL from its first stdout line, runs the quickstart with
``JOBMOJITO_BASE_URL`` pointing there and a dummy token, then lists the same
results with the ``jobmojito`` command. The sandbox is stopped whatever
happens. Every step has a timeout; the exit status is non-zero on any failure.
"""

from __future__ import annotations

import argparse
import csv
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"
URL_PREFIX = "JOBMOJITO_SANDBOX_URL="
START_TIMEOUT_S = 30.0
STEP_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0


def start_sandbox() -> tuple[subprocess.Popen[str], str]:
    """The sandbox process and its base URL (the process is stopped if no URL comes)."""
    command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--seed", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_drain, args=(process.stdout, lines), daemon=True).start()
    try:
        first = lines.get(timeout=START_TIMEOUT_S)
    except queue.Empty:
        stop(process)
        raise RuntimeError(f"the sandbox printed no URL within {START_TIMEOUT_S:.0f} s") from None
    if not first.startswith(URL_PREFIX):
        stop(process)
        raise RuntimeError(f"the sandbox did not start (first line: {first.strip()!r}, exit {process.poll()})")
    return process, first.strip().removeprefix(URL_PREFIX)


def _drain(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:  # keeps reading so the pipe never fills
        lines.put(line)
    lines.put("")  # end of output: the process is gone


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT_S)


def step(title: str, command: list[str], env: dict[str, str], *, echo: bool = True) -> str:
    """Run one command; its stdout (also printed when ``echo``)."""
    print(f"\n$ {title}", flush=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT_S, check=False)
    sys.stdout.write(done.stdout if echo else "")
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        raise RuntimeError(f"{title} exited with status {done.returncode}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the quickstart against a local sandbox.")
    parser.add_argument("--script", type=Path, default=QUICKSTART, help="the script to run (default: the quickstart)")
    script: Path = parser.parse_args(argv).script
    try:
        process, url = start_sandbox()
    except (OSError, RuntimeError) as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    print(f"Sandbox running at {url} (pid {process.pid})")
    env = {**os.environ, "JOBMOJITO_BASE_URL": url, "JOBMOJITO_TOKEN": "sandbox-demo-token"}
    try:
        step(f"python {script}", [sys.executable, str(script)], env)
        export = [sys.executable, "-m", "jobmojito.cli", "results", "export", "--format", "csv"]
        rows = list(csv.DictReader(step("jobmojito results export --format csv", export, env, echo=False).splitlines()))
        for row in rows:
            print(f"{row['created_at']}  {row['candidate_name']:<20} {row['candidate_email']:<28} {row['status']}")
        print(f"({len(rows)} rows; the header has the {len(rows[0]) if rows else 0} columns of the result schema)")
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    finally:
        stop(process)
        print("Sandbox stopped")
    print("\nDemo passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
