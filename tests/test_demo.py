"""``scripts/demo.py`` end to end: the quickstart and a webhook, against a sandbox subprocess, offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
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


def receiver_pid(output: str) -> int:
    found = re.search(r"Webhook receiver at http://127\.0\.0\.1:\d+/jobmojito/webhooks \(pid (\d+)\)", output)
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
    assert "Details of " in out
    assert re.search(r"webhook received: interview_collected [0-9a-f-]{36} score None", out)
    scored = re.search(r"webhook received: interview_result ([0-9a-f-]{36}) score (\d+\.\d+)", out)
    assert scored, out
    assert re.search(rf"Peter Parker: score {scored.group(2)}, \d+ answers", out), "the score the webhook said"
    assert out.rstrip().endswith("Sandbox and receiver stopped\n\nDemo passed")
    assert_gone(sandbox_pid(out))
    assert_gone(receiver_pid(out))


def test_a_failing_script_fails_the_demo_and_still_stops_the_sandbox(tmp_path: Path) -> None:
    script = tmp_path / "fails.py"
    script.write_text("import sys\nprint('about to fail')\nsys.exit(3)\n", encoding="utf-8")
    done = run_demo("--script", str(script))
    assert done.returncode == 1
    assert "about to fail" in done.stdout and "Sandbox and receiver stopped" in done.stdout
    assert "exited with status 3" in done.stderr
    assert_gone(sandbox_pid(done.stdout))
    assert_gone(receiver_pid(done.stdout))


@pytest.mark.parametrize(
    "printed",
    [
        ["interview_collected r1 score None", "interview_result r1 score 81.5"],
        ["interview_result r1 score 81.5", "other line", "interview_collected r1 score None"],
    ],
    ids=["in order", "result first"],
)
def test_the_demo_waits_for_both_webhooks_in_whatever_order_they_arrive(printed: list[str]) -> None:
    """Deliveries are concurrent: the result may be printed before the collection (as on CI once)."""
    from demo import Process

    program = "".join(f"print({line!r}, flush=True)\n" for line in printed) + "import time; time.sleep(30)\n"
    process = Process([sys.executable, "-c", program], dict(os.environ))
    try:
        found = process.wait_for_lines("interview_collected", "interview_result", timeout=20)
    finally:
        process.stop()
    assert found == {
        "interview_collected": "interview_collected r1 score None",
        "interview_result": "interview_result r1 score 81.5",
    }


def test_waiting_for_a_line_a_finished_process_never_printed_fails_at_once() -> None:
    from demo import Process

    process = Process([sys.executable, "-c", "print('interview_collected r1 score None')"], dict(os.environ))
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"ended .*before printing"):
        process.wait_for_lines("interview_collected", "interview_result", timeout=20)
    assert time.monotonic() - started < 15, "the end of output is seen, not waited out"
    process.stop()
