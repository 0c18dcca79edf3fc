"""``jobmojito``: the JobMojito API from the command line (``pip install "jobmojito[cli]"``).

::

    export JOBMOJITO_TOKEN=...
    jobmojito interviews create --name "Project manager" --location remote ...
    jobmojito interviews register-users --data @users.json
    jobmojito results list --all > results.jsonl
    jobmojito results list --format table
    jobmojito results export --format csv > results.csv
    jobmojito interviews invite --interview-id ID --csv candidates.csv --journal invite.jsonl
    jobmojito sandbox --port 0

Answers go to stdout as JSON; errors to stderr as one line, with an exit
status per error class (see ``errors.py`` and the CLI guide of the docs).

The command is installed with the SDK, its packages (click) only with the
extra: this module imports none of them, so that without the extra
``jobmojito`` says which extra to install, in one line, and exits 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._extras import exit_without_extra

if TYPE_CHECKING:
    from .root import cli

__all__ = ["cli", "main"]

PROGRAM = "jobmojito"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (see ``errors.py``)."""
    try:
        from .root import main as run
    except ImportError as exc:
        return exit_without_extra(PROGRAM, "cli", exc)
    return run(argv)


def __getattr__(name: str) -> Any:
    if name == "cli":
        from .root import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
