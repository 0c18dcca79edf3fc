"""The README shows code that runs."""

from __future__ import annotations

import re

from conftest import ROOT


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, re.S)


def test_the_quickstart_is_the_demo_script() -> None:
    readme = (ROOT / "README.md").read_text()
    quickstart = python_blocks(readme.split("## Quickstart", 1)[1])[0]
    script = (ROOT / "examples" / "quickstart.py").read_text()
    code = script.split('"""\n\n', 1)[1].replace("from __future__ import annotations\n\n", "")
    assert quickstart == code


def test_the_two_setup_commands_open_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    first_block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci
