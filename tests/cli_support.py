"""What the CLI tests share: a sandbox (empty, or with one interview and RESULTS results) and a runner.

Import the fixtures explicitly in a test module:

from cli_support import populated_fixture, sandbox_fixture  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner, Result
from facade_support import INTERVIEW

import jobmojito
from jobmojito.cli import cli
from jobmojito.sandbox import Sandbox, run_sandbox

TOKEN = "cli-test-token-5e1f0c"
RESULTS = 7


@pytest.fixture(name="sandbox")
def sandbox_fixture() -> Iterator[Sandbox]:
    with run_sandbox(seed=1) as sb:
        yield sb


@pytest.fixture(name="populated")
def populated_fixture(sandbox: Sandbox) -> Sandbox:
    """A sandbox with one interview and RESULTS results, made with the SDK."""
    with jobmojito.JobMojito(token=TOKEN, base_url=sandbox.base_url) as jm:
        interview_id = jm.interviews.create(**INTERVIEW).interview_def_set_id
        users = [{"name": f"Candidate {i}", "email": f"c{i}@example.com"} for i in range(RESULTS)]
        jm.interviews.register_users(interview_id=str(interview_id), users=users)
    return sandbox


def run(sb: Sandbox | None, *args: str, token: str | None = TOKEN, stdin: str | None = None) -> Result:
    """``jobmojito ARGS`` in this process, against ``sb``; stdout and stderr apart."""
    env = {"JOBMOJITO_BASE_URL": sb.base_url if sb else None, "JOBMOJITO_TOKEN": token}
    return CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)


def options(body: dict[str, Any]) -> list[str]:
    return [text for key, value in body.items() for text in ("--" + key.replace("_", "-"), str(value))]
