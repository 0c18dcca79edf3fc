"""One click command per operation, built at run time from the operation table.

``jobmojito <resource> <method> --field value ...``: the resource and method
names are the SDK's (``jm.interviews.register_users`` is ``jobmojito interviews
register-users``), the options are the operation's request fields with their
descriptions from the packaged document. A command is built when it is
first looked up: running one reads the schemas of that operation only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import click

from .._errors import JobMojitoError
from .._operation import Operation
from .._operations import get_operation
from .choices import choice_of
from .document import Field, enum_values, fields, row_columns, rows_key, summary, tag_description
from .errors import UsageError, error_line, exit_status
from .formats import columns_of, format_options, write_answer, write_rows
from .options import connection_options, make_client, pop_connection
from .output import write_json
from .values import option_values, read_data

ENUM_SHOWN = 12


def command_name(python_name: str) -> str:
    return python_name.replace("_", "-")


@cache
def resources() -> Mapping[str, Mapping[str, str]]:
    """``{resource command: {method command: operation id}}`` from the resources' index."""
    from ..resources import OPERATIONS

    table: dict[str, dict[str, str]] = {}
    for operation_id, (resource, method, _record) in OPERATIONS.items():
        table.setdefault(command_name(resource), {})[command_name(method)] = operation_id
    return table


class ResourceGroup(click.Group):
    """The commands of one resource, each built on first use."""

    def __init__(self, name: str, extra: Mapping[str, Callable[[], click.Command]] | None = None) -> None:
        first = get_operation(next(iter(resources()[name].values())))
        super().__init__(name, help=tag_description(first) or f"Operations on {name.replace('-', ' ')}.")
        self._extra = dict(extra or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*resources()[self.name or ""], *self._extra})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd_name = command_name(cmd_name)
        if cmd_name in self._extra:
            return self._extra[cmd_name]()
        operation_id = resources()[self.name or ""].get(cmd_name)
        return operation_command(get_operation(operation_id), cmd_name) if operation_id else None


@contextmanager
def reporting(operation: str, hint: Callable[[], str | None] | None = None) -> Iterator[None]:
    """SDK errors as one line on stderr (then ``hint()``, if any) and the exit status of their class."""
    try:
        yield
    except (JobMojitoError, KeyboardInterrupt) as exc:
        click.echo(error_line(exc, operation), err=True)
        note = hint() if hint else None
        if note:
            click.echo(note, err=True)
        raise click.exceptions.Exit(exit_status(exc)) from None


def field_options(fs: list[Field], operation: str) -> list[click.Option]:
    """One option per field; an enum field's type is the choice of its values (``choices.py``)."""
    options = []
    for f in fs:
        choice = choice_of(f, operation)
        options.append(
            click.Option(
                [f.option, f.param],
                type=choice,
                multiple="array" in f.types,
                metavar=None if choice else _metavar(f),
                help=_help(f),
            )
        )
    return options


def _metavar(f: Field) -> str:
    if f.is_file:
        return "PATH"
    kinds = f.types - {"null"}
    if "array" in kinds or "object" in kinds:
        return "JSON"
    if len(kinds) == 1:
        return {"integer": "INTEGER", "number": "NUMBER", "boolean": "BOOLEAN"}.get(next(iter(kinds)), "TEXT")
    return "VALUE"


def _help(f: Field) -> str:
    notes = ["required"] if f.required else []
    choices = enum_values(f.schema)
    if choices:
        shown = ", ".join("null" if c is None else str(c) or '""' for c in choices[:ENUM_SHOWN])
        notes.append("one of: " + shown + (", …" if len(choices) > ENUM_SHOWN else ""))
    if "array" in f.types:
        notes.append("repeat the option, or give a JSON array")
    if f.is_file:
        notes.append("a file to upload")
    if "null" in f.types:
        notes.append("null allowed")
    return f"{f.description} [{'; '.join(notes)}]" if notes else f.description


def operation_command(op: Operation[Any], name: str) -> click.Command:
    fs = fields(op)
    short, long = summary(op)
    params: list[click.Parameter] = list(field_options(fs, op.qualname))
    epilog = []
    if op.body is not None:
        params.append(click.Option(["--data"], metavar="JSON|@FILE|-", help="The whole request body as a JSON object."))
        epilog.append(
            "The body can be given whole with --data '{...}', --data @body.json or --data - (stdin); "
            "field options given as well replace its keys."
        )
    if op.items:
        params.append(click.Option(["--all", "all_pages"], is_flag=True, help="Every item of every page."))
        params.append(click.Option(["--max-items"], type=click.IntRange(min=0), help="With --all: stop after N."))
        epilog.append(
            "Prints one page as JSON; with --all, every item of every page as JSON Lines. --format csv or table "
            "prints the items (of the page, or with --all of every page) as rows."
        )
    if op.method == "GET":
        params += format_options()
    params += connection_options()

    def callback(**kwargs: Any) -> None:
        settings = pop_connection(click.get_current_context(), kwargs)
        with reporting(op.qualname), ExitStack() as stack:
            jm = stack.enter_context(make_client(settings))
            run(op, fs, jm, kwargs, stack)

    return click.Command(
        name,
        params=params,
        callback=callback,
        help=f"{short}.\n\n{long}" if long else short,
        short_help=short,
        epilog="\n\n".join(epilog) or None,
    )


def run(op: Operation[Any], fs: list[Field], jm: Any, kwargs: dict[str, Any], stack: ExitStack) -> None:
    resource = getattr(jm, op.resource)
    values = option_values(fs, kwargs, op.qualname)
    if op.body is not None:
        body = read_data(kwargs["data"]) if kwargs.get("data") else {}
        body.update({f.wire: value for f, value in values})
        for f in fs:
            if f.is_file and isinstance(body.get(f.wire), str):
                body[f.wire] = _file(f, body[f.wire])
        keyword = {p.wire: p.python for p in op.params if p.location == "body"}
        arguments = {keyword[k]: v for k, v in body.items() if k in keyword}
        extra = {k: v for k, v in body.items() if k not in keyword}  # fields this version does not know
        write_json(getattr(resource, op.name)(**arguments, extra_body=extra or None))
        return
    arguments = {f.kwarg: value for f, value in values}
    fmt = kwargs.get("fmt")
    if kwargs.get("columns") and fmt not in ("csv", "table"):
        raise UsageError("--columns goes with --format csv or --format table")
    columns = columns_of(kwargs.get("columns"), row_columns(op)) if fmt in ("csv", "table") else []
    if op.items and kwargs["all_pages"]:
        write_rows(getattr(resource, op.name)(**arguments, max_items=kwargs["max_items"]), fmt or "jsonl", columns)
        return
    if op.items and kwargs["max_items"] is not None:
        raise UsageError("--max-items goes with --all")
    page_method = f"{op.name}_page" if op.items else op.name
    write_answer(getattr(resource, page_method)(**arguments), fmt, columns, rows_key(op))


def _file(f: Field, path_text: str) -> Path:
    """A file option's path, checked here so that a typo is a usage error, not an API call."""
    path = Path(path_text)
    if not path.is_file():
        raise UsageError(f"{f.option}: cannot read {path}: no such file")
    return path
