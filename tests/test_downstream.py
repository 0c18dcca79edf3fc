"""The downstream package (tests/downstream/) type-checks with mypy --strict and works against the sandbox.

It is the contract's witness: the contract scenarios run it after each
simulated change (test_contract_scenarios.py). Here it runs against the tree
as it is, and once against a deliberate break, so that a verdict of "ok"
cannot come from a check that sees nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from downstream_verdict import check_downstream


def test_the_downstream_package_is_clean_and_every_call_works() -> None:
    verdict = check_downstream(ROOT)
    assert verdict.mypy_errors == []
    assert verdict.smoke and verdict.failed_calls == [], verdict.smoke
    assert set(verdict.smoke) >= {"hiring.open_position", "review.raw_first_page", "failures.missing_result"}


def test_a_break_in_what_the_package_relies_on_is_seen_by_both_checks(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "tests" / "downstream", tmp_path / "downstream", ignore=shutil.ignore_patterns("__pycache__")
    )
    hiring = tmp_path / "downstream" / "hiring.py"
    # As if `create` had renamed `location`: the call the package makes no longer fits.
    hiring.write_text(hiring.read_text(encoding="utf-8").replace('location="Remote"', 'place="Remote"'), "utf-8")
    verdict = check_downstream(ROOT, tests=tmp_path)
    assert any('"place"' in error for error in verdict.mypy_errors), verdict.mypy_errors
    assert verdict.smoke["hiring.open_position"].startswith("failed: TypeError"), verdict.smoke
    assert verdict.broken and verdict.summary().startswith("broken: ")
