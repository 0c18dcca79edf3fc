"""A downstream team's tests, using nothing but the ``jobmojito_sandbox`` fixture of the pytest plugin.

The plugin is found through its ``pytest11`` entry point, as in any project
that installs the SDK: the downstream tests run in their own pytest process,
in a folder that knows nothing of this repository's tests.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

DOWNSTREAM = """
import pytest

INTERVIEW = dict(
    name="Project manager", location="Remote", interview_template_id="baa3bf7c-6926-46fd-9005-16738a31f72d",
    mojito_language_code="en", status="active", type="interview", visibility="merchant_invite",
)


def invite(jm):
    interview_id = jm.interviews.create(**INTERVIEW).interview_def_set_id
    jm.interviews.register_users(interview_id=interview_id, users=[{"name": "Ann", "email": "ann@example.com"}])
    [result] = jm.results.list(interview_id=interview_id)
    return result.interview_result_id


def test_a_completed_interview_has_a_score_and_a_transcript(jobmojito_sandbox):
    jm = jobmojito_sandbox.client
    result_id = invite(jm)
    assert jm.results.get(interview_result_id=result_id).score is None
    jobmojito_sandbox.advance(result_id, "completed")
    details = jm.results.wait_for(result_id, timeout=10, interval=0.05)
    assert details.score is not None and details.transcript


@pytest.mark.jobmojito_sandbox(webhook_urls=["http://127.0.0.1:9/nowhere"], webhook_max_attempts=1)
def test_the_deliveries_the_sandbox_made_are_there(jobmojito_sandbox):
    result_id = invite(jobmojito_sandbox.client)
    jobmojito_sandbox.advance(result_id, "failed")
    [attempt] = jobmojito_sandbox.wait_for_deliveries(1, acknowledged=False)
    assert attempt.payload["id"] == result_id and attempt.payload["interview_status"] == "failed"


def test_each_test_has_a_sandbox_of_its_own(jobmojito_sandbox):
    assert list(jobmojito_sandbox.client.interviews.list()) == []
"""


def test_a_downstream_test_using_only_the_fixture_passes(tmp_path: Path) -> None:
    (tmp_path / "test_downstream.py").write_text(textwrap.dedent(DOWNSTREAM), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 passed" in done.stdout


def test_the_plugin_costs_nothing_where_no_test_asks_for_it(tmp_path: Path) -> None:
    (tmp_path / "test_plain.py").write_text(
        "import sys\n\ndef test_no_sandbox_imported():\n    assert 'jobmojito.sandbox' not in sys.modules\n"
        "    assert 'starlette' not in sys.modules\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
