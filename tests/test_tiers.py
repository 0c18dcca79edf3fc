"""The slow-test table names tests that exist, and the fast tier really leaves them out."""

from __future__ import annotations

import ast

import pytest
from conftest import ROOT
from tiers import SLOW_MODULES, SLOW_TESTS

TESTS = ROOT / "tests"


def functions_of(module: str) -> set[str]:
    tree = ast.parse((TESTS / f"{module}.py").read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_every_slow_module_and_test_exists() -> None:
    missing = [m for m in SLOW_MODULES if not (TESTS / f"{m}.py").is_file()]
    missing += [entry for entry in SLOW_TESTS if entry.split("::")[1] not in functions_of(entry.split("::")[0])]
    assert missing == []


def test_the_markers_are_applied(request: pytest.FixtureRequest) -> None:
    items = request.session.items
    by_id = {item.nodeid.split("[")[0]: item for item in items}
    for entry in SLOW_TESTS:
        module, function = entry.split("::")
        item = by_id.get(f"tests/{module}.py::{function}")
        if item is not None:  # collected in this run
            assert item.get_closest_marker("slow") is not None, entry
    assert request.node.get_closest_marker("slow") is None
