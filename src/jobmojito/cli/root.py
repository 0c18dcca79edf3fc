"""The ``jobmojito`` group: the resources (each built on first use), ``sandbox``, and the entry point.

Every failure ends as one line on stderr and an exit status (``errors.py``):
click's usage errors too, whether the group runs as the installed command,
as ``python -m jobmojito.cli`` or under click's test runner.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from .._errors import JobMojitoError
from .._extras import missing_extra
from .._version import __version__
from .commands import ResourceGroup, reporting, resources
from .errors import FAILURE, INTERRUPTED, OK, USAGE, error_line, exit_status
from .options import connection_options, remember_connection

__all__ = ["cli", "main"]


class Root(click.Group):
    """The resources (built on first use) and ``sandbox``; its errors as one line each."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        sys.exit(_run(lambda: super(Root, self).main(args, prog_name, complete_var, standalone_mode=False, **extra)))

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
    "jobmojito",
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
            from jobmojito.sandbox.cli import main as sandbox_main
        except ImportError as exc:
            message = missing_extra(exc, "sandbox")
            if message is None:
                raise
            raise JobMojitoError(message) from None
    try:
        status = sandbox_main(list(args))
    except SystemExit as exc:  # argparse on --help or a bad argument
        status = exc.code if isinstance(exc.code, int) else OK if exc.code is None else FAILURE
    raise click.exceptions.Exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (see ``errors.py``)."""
    args = list(argv) if argv is not None else None
    return _run(lambda: cli.main(args=args, prog_name="jobmojito", standalone_mode=False))


def _run(invoke: Callable[[], Any]) -> int:
    """Run the group; every outcome an exit status, every failure one line on stderr."""
    try:
        status = invoke()
    except click.ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # click >= 8.2: a group run bare shows its help
            exc.show()
        else:
            click.echo(usage_line(exc), err=True)
        return USAGE if isinstance(exc, click.UsageError) else exc.exit_code or FAILURE
    except JobMojitoError as exc:  # a value refused while the command line is read (an enum choice)
        click.echo(error_line(exc), err=True)
        return exit_status(exc)
    except (click.Abort, KeyboardInterrupt):
        click.echo("error: interrupted", err=True)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): say nothing more, on a stdout that can take it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILURE
    return status if isinstance(status, int) else OK


def usage_line(exc: click.ClickException) -> str:
    """``error: jobmojito results list: No such option: --bogus (see: jobmojito results list --help)``."""
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    if not isinstance(exc, click.UsageError) or ctx is None:
        return f"error: {message}"
    return f"error: {ctx.command_path}: {message} (see: {ctx.command_path} --help)"
