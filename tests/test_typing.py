"""Static types end to end: mypy --strict on the typing checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            ROOT / "pyproject.toml",
            *files,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_revealed_types_of_sync_and_async_calls() -> None:
    result = mypy(ROOT / "tests" / "typing_checks.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_type_is_caught(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from jobmojito import JobMojito\n"
        "from typing import assert_type\n"
        "def f(jm: JobMojito) -> None:\n"
        "    assert_type(jm.interviews.get(position_id='p'), str)\n"
    )
    result = mypy(wrong)
    assert result.returncode == 1
    assert 'Expression is of type "JobInterviewGetResponse", not "str"' in result.stdout
