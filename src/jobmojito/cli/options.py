"""Connection options, accepted before or after the command, and the client they make."""

from __future__ import annotations

from typing import Any

import click

from .._client import JobMojito
from .._errors import JobMojitoError
from .errors import MissingTokenError, UsageError

NAMES = ("token", "base_url", "timeout", "deadline", "max_retries")


def connection_options(*, from_env: bool = False) -> list[click.Option]:
    """Fresh option objects (one set per command).

    Only the top-level command reads the environment: given after the
    command, an option must be explicit to override what came before it.
    """
    return [
        click.Option(
            ["--token"],
            envvar="JOBMOJITO_TOKEN" if from_env else None,
            metavar="TOKEN",
            help="Access token; default $JOBMOJITO_TOKEN, which is safer: a command line is visible to other users.",
        ),
        click.Option(
            ["--base-url"],
            envvar="JOBMOJITO_BASE_URL" if from_env else None,
            metavar="URL",
            help="API base URL; default $JOBMOJITO_BASE_URL, else https://cool.jobmojito.com/functions/v1.",
        ),
        click.Option(["--timeout"], type=click.FloatRange(min=0, min_open=True), help="Seconds per request."),
        click.Option(
            ["--deadline"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Seconds for each call as a whole, its retries and their waits included (default: no limit).",
        ),
        click.Option(["--max-retries"], type=click.IntRange(min=0), help="Retries of a failed call (default 2)."),
    ]


def pop_connection(ctx: click.Context, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The connection settings: the command's own, else those given before it."""
    given = ctx.find_root().meta.get("jobmojito.connection", {})
    settings = {name: kwargs.pop(name, None) for name in NAMES}
    return {name: given.get(name) if value is None else value for name, value in settings.items()}


def remember_connection(ctx: click.Context, settings: dict[str, Any]) -> None:
    ctx.find_root().meta["jobmojito.connection"] = settings


def make_client(settings: dict[str, Any]) -> JobMojito:
    if not settings.get("token"):
        raise MissingTokenError
    try:
        return JobMojito(
            token=settings["token"],
            base_url=settings.get("base_url") or None,
            timeout=settings.get("timeout"),
            deadline=settings.get("deadline"),
            max_retries=settings.get("max_retries"),
        )
    except JobMojitoError as exc:
        raise UsageError(f"--base-url: {exc}") from None
