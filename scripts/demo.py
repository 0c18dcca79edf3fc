"""``make demo``: the whole flow against a local sandbox, offline, through a webhook.

1. Starts a webhook receiver (``examples/receivers``, Starlette) and a sandbox
   (``python -m jobmojito.sandbox``) that delivers its webhooks there, with the
   header the receiver expects; each prints its URL on its first stdout line.
2. Runs the quickstart (create an interview, invite candidates, list results)
   with ``JOBMOJITO_BASE_URL`` pointing at the sandbox and a dummy token.
3. Plays the first candidate: the sandbox's control endpoint completes their
   interview; the receiver gets ``interview_collected``, then
   ``interview_result`` with the score.
4. Reads the score with the ``jobmojito`` command, and exports every result.

Both processes are stopped whatever happens. Every step has a timeout; the
exit status is non-zero on any failure.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"
WEBHOOK_TOKEN = "demo-webhook-token"  # noqa: S105 - the demo's own receiver, on 127.0.0.1
START_TIMEOUT_S = 30.0
STEP_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0


class Process:
    """A background process whose stdout lines are read as they come."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.popen = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
        assert self.popen.stdout is not None
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_drain, args=(self.popen.stdout, self.lines), daemon=True).start()

    def first_line(self, prefix: str, what: str) -> str:
        """The value of the first line, which must start with ``prefix``."""
        try:
            first = self.lines.get(timeout=START_TIMEOUT_S)
        except queue.Empty:
            raise RuntimeError(f"{what} printed no URL within {START_TIMEOUT_S:.0f} s") from None
        if not first.startswith(prefix):
            raise RuntimeError(f"{what} did not start (first line: {first.strip()!r}, exit {self.popen.poll()})")
        return first.strip().removeprefix(prefix)

    def wait_for_lines(self, *starts: str, timeout: float = STEP_TIMEOUT_S) -> dict[str, str]:
        """The first line starting with each of ``starts``, in whatever order they come.

        Webhook deliveries arrive in no guaranteed order (the sandbox makes
        them concurrently), so a line is never skipped for waiting on another.
        """
        found: dict[str, str] = {}
        deadline = time.monotonic() + timeout
        while len(found) < len(starts) and (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line == "":
                raise RuntimeError(f"the process ended (exit {self.popen.poll()}) before printing {starts!r}")
            for prefix in starts:
                if prefix not in found and line.startswith(prefix):
                    found[prefix] = line.strip()
        missing = [prefix for prefix in starts if prefix not in found]
        if missing:
            raise RuntimeError(f"no {' or '.join(map(repr, missing))} line within {timeout:.0f} s")
        return found

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=STOP_TIMEOUT_S)


def _drain(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:  # keeps reading so the pipe never fills
        lines.put(line)
    lines.put("")  # end of output: the process is gone


def step(title: str, command: list[str], env: dict[str, str], *, echo: bool = True) -> str:
    """Run one command; its stdout (also printed when ``echo``)."""
    print(f"\n$ {title}", flush=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT_S, check=False)
    sys.stdout.write(done.stdout if echo else "")
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        raise RuntimeError(f"{title} exited with status {done.returncode}")
    return done.stdout


def complete_interview(base_url: str, result_id: str) -> None:
    """What the candidate does: the sandbox's control endpoint (not part of the API) completes the interview."""
    request = urllib.request.Request(  # noqa: S310 - the demo's own sandbox, on 127.0.0.1
        f"{base_url}/_sandbox/results/{result_id}/advance",
        data=json.dumps({"outcome": "completed"}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=STEP_TIMEOUT_S) as answer:  # noqa: S310
        if answer.status != 200:
            raise RuntimeError(f"the sandbox refused to complete {result_id}: HTTP {answer.status}")


def flow(sandbox_url: str, receiver: Process, script: Path, env: dict[str, str]) -> None:
    step(f"python {script}", [sys.executable, str(script)], env)
    export = [sys.executable, "-m", "jobmojito.cli", "results", "export", "--format", "csv"]
    rows = list(csv.DictReader(step("jobmojito results export --format csv", export, env, echo=False).splitlines()))
    if not rows:
        raise RuntimeError("the quickstart left no result to play")
    first = rows[0]  # the first candidate invited
    print(f"\n# {first['candidate_name']} completes the interview (the sandbox's control endpoint)", flush=True)
    complete_interview(sandbox_url, first["interview_result_id"])
    events = ("interview_collected", "interview_result")
    received = receiver.wait_for_lines(*events)
    for event in events:
        print(f"webhook received: {received[event]}", flush=True)
    details = json.loads(
        step(
            "jobmojito results get",
            [
                sys.executable,
                "-m",
                "jobmojito.cli",
                "results",
                "get",
                "--interview-result-id",
                first["interview_result_id"],
            ],
            env,
            echo=False,
        )
    )
    print(f"{first['candidate_name']}: score {details['score']}, {len(details.get('transcript') or [])} answers")
    for row in csv.DictReader(step("jobmojito results export --format csv", export, env, echo=False).splitlines()):
        print(f"{row['created_at']}  {row['candidate_name']:<20} {row['candidate_email']:<28} {row['status']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The quickstart and a webhook, against a local sandbox.")
    parser.add_argument("--script", type=Path, default=QUICKSTART, help="the script to run (default: the quickstart)")
    script: Path = parser.parse_args(argv).script
    base_env = {**os.environ, "JOBMOJITO_WEBHOOK_TOKEN": WEBHOOK_TOKEN}
    receiver_env = {
        **base_env,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "examples"), os.environ.get("PYTHONPATH", "")]),
    }
    started: list[Process] = []
    try:
        receiver = Process([sys.executable, "-m", "receivers"], receiver_env)
        started.append(receiver)
        hook = receiver.first_line("JOBMOJITO_RECEIVER_URL=", "the webhook receiver")
        print(f"Webhook receiver at {hook} (pid {receiver.popen.pid})")
        sandbox_command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--seed", "1"]
        sandbox_command += ["--webhook-url", hook, "--webhook-header", f"X-Webhook-Token: {WEBHOOK_TOKEN}"]
        sandbox = Process(sandbox_command, base_env)
        started.append(sandbox)
        url = sandbox.first_line("JOBMOJITO_SANDBOX_URL=", "the sandbox")
        print(f"Sandbox running at {url} (pid {sandbox.popen.pid})")
        env = {**base_env, "JOBMOJITO_BASE_URL": url, "JOBMOJITO_TOKEN": "sandbox-demo-token"}
        flow(url, receiver, script, env)
    except (OSError, RuntimeError, subprocess.TimeoutExpired, ValueError, KeyError) as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    finally:
        for process in reversed(started):
            process.stop()
        print("Sandbox and receiver stopped")
    print("\nDemo passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
