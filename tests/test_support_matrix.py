"""The Pythons the package claims are the ones CI tests, and the source compiles the way each of them compiles it."""

from __future__ import annotations

import ast
import re
import sys
import tomllib

import yaml
from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
PREFIX = "Programming Language :: Python :: 3."


def classified() -> list[str]:
    return [
        c.removeprefix("Programming Language :: Python :: ") for c in PYPROJECT["classifiers"] if c.startswith(PREFIX)
    ]


def test_the_classifiers_start_at_requires_python_and_leave_no_gap() -> None:
    versions = classified()
    minimum = re.fullmatch(r">=(3\.\d+)", PYPROJECT["requires-python"])
    assert minimum is not None and versions[0] == minimum[1]
    minors = [int(v.split(".")[1]) for v in versions]
    assert minors == list(range(minors[0], minors[0] + len(minors)))
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in versions  # the tests run on a claimed one


def test_ci_tests_exactly_the_classified_versions() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == classified()


def test_no_docstring_holds_a_lone_surrogate() -> None:
    # CPython 3.13.0 cannot compile such a module from its AST, which is how pytest
    # imports the jobmojito package (its pytest11 plugin has the package's asserts
    # rewritten): every test run of a user on 3.13.0 would fail to import the SDK.
    found = []
    for path in [*(ROOT / "src").rglob("*.py"), *(ROOT / "generated").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node, clean=False) or ""
                if re.search("[\ud800-\udfff]", doc):
                    found.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 1)}")
    assert found == []
