"""Without an extra, its command says in one line which extra to install, and exits 1.

Each run is a real subprocess in which the extra's packages cannot be imported
(``support/without.py``), so what is checked is what a user without the extra
sees: the exit status and every byte of stderr.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest
from conftest import ROOT

from jobmojito._extras import MODULES

WITHOUT = ROOT / "tests" / "support" / "without.py"


def run_without(blocked: str, *command: str) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, str(WITHOUT), blocked, *command]
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_the_extras_table_names_the_packages_of_each_extra_in_pyproject() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    declared = {
        extra: frozenset(
            re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].replace("-", "_").lower()
            for requirement in requirements
        )
        for extra, requirements in extras.items()
    }
    assert declared == MODULES


@pytest.mark.parametrize("how", [("--script", "jobmojito"), ("-m", "jobmojito.cli")])
@pytest.mark.parametrize("args", [["--help"], ["results", "list"], []])
def test_the_command_line_without_click_names_its_extra(how: tuple[str, str], args: list[str]) -> None:
    done = run_without("click", *how, *args)
    assert (done.returncode, done.stdout) == (1, "")
    assert (
        done.stderr
        == 'jobmojito: the command line needs its extra: pip install "jobmojito[cli]" (click is not installed)\n'
    )


@pytest.mark.parametrize("module", sorted(MODULES["sandbox"] - {"click"}))
def test_python_m_sandbox_without_its_extra_names_it(module: str) -> None:
    done = run_without(module, "-m", "jobmojito.sandbox", "--help")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f'python -m jobmojito.sandbox: the sandbox needs its extra: pip install "jobmojito[sandbox]" '
        f"({module} is not installed)\n"
    )


def test_the_sandbox_command_with_the_cli_but_not_the_sandbox_extra_names_it() -> None:
    done = run_without("starlette", "--script", "jobmojito", "sandbox", "--port", "0")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        'error: sandbox: the sandbox needs its extra: pip install "jobmojito[sandbox]" (starlette is not installed)\n'
    )


def test_the_sdk_and_the_modules_that_name_extras_import_without_any_extra() -> None:
    code = (
        "import jobmojito, jobmojito.cli, jobmojito.sandbox, jobmojito.testing.plugin\n"
        "jm = jobmojito.JobMojito(token='t')\n"
        "print(type(jm.interviews).__name__)"
    )
    done = run_without(",".join(sorted(set().union(*MODULES.values()))), "-c", code)
    assert (done.returncode, done.stdout, done.stderr) == (0, "Interviews\n", "")
