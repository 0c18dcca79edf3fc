"""Static types end to end: mypy --strict on a caller's code (tests/typing_usage.py) and on mistakes."""

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
    result = mypy(ROOT / "tests" / "typing_usage.py")
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


def test_a_misspelt_attribute_of_a_list_row_is_caught(tmp_path: Path) -> None:
    """Response models keep wire objects as their instance dictionaries; their attributes are still checked."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from jobmojito import JobMojito\n"
        "def f(jm: JobMojito) -> None:\n"
        "    for row in jm.results.list_page().data or []:\n"
        "        print(row.type_, row.additional_properties, row.candidate_nam)\n"
    )
    result = mypy(wrong)
    assert result.returncode == 1
    assert '"MerchantResultListResponseDataItem" has no attribute "candidate_nam"' in result.stdout
    assert result.stdout.count("error:") == 1, result.stdout
