"""Run a module or a console script with some packages unimportable, as if an extra were not installed.

``python without.py click -m jobmojito.cli --help`` runs ``python -m jobmojito.cli --help``
(``-c CODE`` runs code);
``python without.py starlette,uvicorn --script jobmojito sandbox`` runs the installed
``jobmojito`` console script (its entry point, as pip's wrapper loads it).
An import of a blocked package, or of anything under it, raises ``ModuleNotFoundError``
exactly as when it is not installed.
"""

from __future__ import annotations

import runpy
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from importlib.metadata import entry_points
from types import ModuleType


class Unimportable:
    """A meta path finder that finds the blocked packages nowhere."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def main() -> None:
    blocked, how, target, *rest = sys.argv[1:]
    sys.meta_path.insert(0, Unimportable(frozenset(blocked.split(","))))
    sys.argv = [target, *rest]
    if how == "-m":
        runpy.run_module(target, run_name="__main__", alter_sys=True)
        return
    if how == "-c":
        exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})
        return
    (script,) = entry_points(group="console_scripts", name=target)
    sys.exit(script.load()())


if __name__ == "__main__":
    main()
