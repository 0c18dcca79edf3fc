"""The README: the two setup commands first, a quickstart that runs, and links to pages the site has."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib

from conftest import ROOT
from docs_hooks import pages

from jobmojito.sandbox import run_sandbox

README = ROOT / "README.md"


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, re.S)


def test_the_two_setup_commands_open_the_readme() -> None:
    readme = README.read_text()
    first_block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


def test_the_readme_quickstart_runs_against_the_sandbox() -> None:
    quickstart = python_blocks(README.read_text().split("## Quickstart", 1)[1])[0]
    with run_sandbox(seed=1) as sandbox:
        env = {**os.environ, "JOBMOJITO_BASE_URL": sandbox.base_url, "JOBMOJITO_TOKEN": "readme-token"}
        ran = subprocess.run(
            [sys.executable, "-c", quickstart], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        registered = [c.email for c in sandbox.store.candidates.values()]
    assert (ran.returncode, ran.stderr) == (0, "")
    assert ran.stdout.startswith("Invited peter.parker@example.com: http")
    assert ran.stdout.splitlines()[1:] == ["Peter Parker invited"]
    assert registered == ["peter.parker@example.com"]


def test_every_link_into_the_site_names_one_of_its_pages() -> None:
    home = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]["Documentation"]
    links = re.findall(rf"\]\({re.escape(home)}([^)#]*)\)", README.read_text())
    assert len(links) > 10
    generated = set(pages())  # the API reference, made at build time
    for path in links:
        page = path.rstrip("/") or "index"
        sources = {f"{page}.md", f"{page}/index.md"}
        assert any((ROOT / "docs" / source).is_file() for source in sources) or sources & generated, path
