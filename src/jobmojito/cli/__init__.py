"""``jobmojito``: the JobMojito API from the command line (``pip install jobmojito[cli]``).

::

    export JOBMOJITO_TOKEN=...
    jobmojito interviews create --name "Project manager" --location remote ...
    jobmojito interviews register-users --data @users.json
    jobmojito results list --all > results.jsonl
    jobmojito results export --format csv > results.csv
    jobmojito interviews invite --interview-id ID --csv candidates.csv --journal invite.jsonl
    jobmojito sandbox --port 0

Answers go to stdout as JSON; errors to stderr as one line, with an exit
status per error class (see ``errors.py`` and ``docs/cli.md``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from .._errors import JobMojitoError
from .._version import __version__
from .commands import ResourceGroup, reporting, resources
from .errors import FAILURE, INTERRUPTED, OK, USAGE
from .options import connection_options, remember_connection

__all__ = ["cli", "main"]


class Root(click.Group):
    """The resources (built on first use) and ``sandbox``."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*sorted(resources()), "sandbox"]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        name = cmd_name.replace("_", "-")
        if name == "sandbox":
            return sandbox
        if name not in resources():
            return None
        extra = {}
        if name == "results":
            from .export import export_command

            extra["export"] = export_command
        if name == "interviews":
            from .invite import invite_command

            extra["invite"] = invite_command
        return ResourceGroup(name, extra)


@click.group(
    cls=Root,
    params=connection_options(from_env=True),
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="jobmojito", message="%(prog)s %(version)s")
def cli(**settings: Any) -> None:
    """The JobMojito API from the command line: jobmojito RESOURCE METHOD [--field value ...].

    Answers are JSON on stdout. Errors are one line on stderr, with an exit
    status per kind: 2 usage, 3 validation, 4 authentication, 5 not found,
    6 refused (400/409/422), 7 rate limited, 8 server error, 9 connection or
    timeout, 10 unreadable answer, 1 anything else.
    """
    remember_connection(click.get_current_context(), settings)


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
    short_help="Run a local JobMojito API (needs jobmojito[sandbox]).",
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: tuple[str, ...]) -> None:
    """Serve the local sandbox API; the arguments are those of python -m jobmojito.sandbox (try --help)."""
    with reporting("sandbox"):
        try:
            from jobmojito.sandbox import main as sandbox_main
        except ImportError as exc:
            raise JobMojitoError(
                f"the sandbox needs its extra: pip install 'jobmojito[sandbox]' ({exc.name or exc} is missing)"
            ) from None
    try:
        status = sandbox_main(list(args))
    except SystemExit as exc:  # argparse on --help or a bad argument
        status = exc.code if isinstance(exc.code, int) else OK if exc.code is None else FAILURE
    raise click.exceptions.Exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (see ``errors.py``)."""
    try:
        status = cli.main(args=list(argv) if argv is not None else None, prog_name="jobmojito", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return USAGE if isinstance(exc, click.UsageError) else exc.exit_code or FAILURE
    except (click.Abort, KeyboardInterrupt):
        click.echo("error: interrupted", err=True)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): say nothing more, on a stdout that can take it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILURE
    return status if isinstance(status, int) else OK
