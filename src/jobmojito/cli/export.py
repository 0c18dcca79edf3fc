"""``jobmojito results export``: every result, page after page, as JSON Lines or CSV.

Rows are written as their page arrives (one page in memory at a time). The
offset of the next row to write is kept up to date, so when the export
stops early (an error, Ctrl-C) stderr says which ``--offset`` resumes it.
Results are read oldest first by default: new results then land at the end
of the list and do not shift the offsets of those already exported.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from datetime import UTC, datetime
from typing import Any

import click

from .._operations import get_operation
from .choices import choice_of
from .commands import field_options, reporting
from .document import fields, row_columns
from .formats import cell
from .options import connection_options, make_client, pop_connection
from .output import plain, write_line
from .values import option_values

OPERATION = "list_results"
OWN = ("limit", "offset", "order_by")  # set by the export's own options


class Export:
    """Streams items to stdout and remembers where to resume."""

    def __init__(
        self, fmt: str, since: datetime | None, offset: int, header: bool = True, progress: bool | None = None
    ) -> None:
        self.since = since
        self.offset = offset  # of the next item not yet written
        self.written = 0
        self.columns = row_columns(get_operation(OPERATION))
        self._csv = csv.writer(sys.stdout, lineterminator="\n") if fmt == "csv" else None
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.with_header = header

    def write_header(self) -> None:
        if self._csv is not None and self.with_header:
            self._csv.writerow(self.columns)

    def page(self, items: Iterable[Any], total: Any) -> None:
        for item in items:
            row = plain(item)
            if self._keep(row):
                self._write(row)
                self.written += 1
            self.offset += 1
        sys.stdout.flush()
        if self.progress:
            of = f"/{total}" if isinstance(total, int) else ""
            click.echo(f"\rexported {self.written} rows (offset {self.offset}{of})", err=True, nl=False)

    def _keep(self, row: Mapping[str, Any]) -> bool:
        if self.since is None:
            return True
        created = _instant(row.get("created_at"))
        return created is not None and created >= self.since

    def _write(self, row: Mapping[str, Any]) -> None:
        if self._csv is None:
            write_line(row)
        else:
            self._csv.writerow([cell(row.get(column)) for column in self.columns])

    def resume_hint(self) -> str:
        return f"resume with --offset {self.offset} ({self.written} rows written in this run)"


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    try:  # Python 3.10's fromisoformat does not read a trailing "Z"
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    moment = _instant(value)
    if moment is None:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or date-time (2026-01-31, 2026-01-31T12:00Z)")
    return moment


def export_command() -> click.Command:
    op = get_operation(OPERATION)
    filters = [f for f in fields(op) if f.kwarg not in OWN]
    (order_by,) = (f for f in fields(op) if f.kwarg == "order_by")
    params: list[click.Parameter] = [
        click.Option(["--format", "fmt"], type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True),
        click.Option(
            ["--since"],
            metavar="DATE",
            callback=_since,
            help="Only results created at or after DATE (ISO 8601; a date means midnight UTC). The API has no "
            "such filter, so every page is still read and the rows are filtered here.",
        ),
        click.Option(
            ["--offset"], type=click.IntRange(min=0), default=0, show_default=True, help="Start at this row (resume)."
        ),
        click.Option(["--header/--no-header"], default=True, help="CSV: the header row (leave it out to append)."),
        click.Option(
            ["--limit-per-page"], type=click.IntRange(1, 1000), default=100, show_default=True, help="Rows per request."
        ),
        click.Option(
            ["--order-by"],
            type=choice_of(order_by, op.id),
            default="created_at_oldest",
            show_default=True,
            help="Sort order. Oldest first keeps offsets stable while new results arrive.",
        ),
        click.Option(
            ["--progress/--no-progress"],
            default=None,
            help="A progress line on stderr (default: when stderr is a terminal).",
        ),
        *field_options(filters, op.id),
        *connection_options(),
    ]

    def callback(**kwargs: Any) -> None:
        settings = pop_connection(click.get_current_context(), kwargs)
        export = Export(kwargs["fmt"], kwargs["since"], kwargs["offset"], kwargs["header"], kwargs["progress"])
        with reporting(OPERATION, export.resume_hint), ExitStack() as stack:
            jm = stack.enter_context(make_client(settings))
            arguments = {f.kwarg: value for f, value in option_values(filters, kwargs, op.id)}
            pager = jm.results.list(
                **arguments, order_by=kwargs["order_by"], limit=kwargs["limit_per_page"], offset=kwargs["offset"]
            )
            export.write_header()
            try:
                for page in pager.pages():
                    pagination = getattr(page, "pagination", None)
                    export.page(getattr(page, op.items or "data"), getattr(pagination, "total", None))
            finally:
                if export.progress:
                    click.echo("", err=True)  # end the progress line

    return click.Command(
        "export",
        params=params,
        callback=callback,
        short_help="Every result as JSON Lines or CSV, page after page.",
        help="Stream every interview result to stdout, page after page, as JSON Lines (one result per line, "
        "as `results list --all`) or CSV (a header from the result schema's properties, in the document's "
        "order; nested values JSON-encoded; properties the document does not list are left out).\n\n"
        "Rows are written as each page arrives. If the export stops early, stderr says which --offset resumes "
        "it. A progress line is shown on stderr when stderr is a terminal (--progress/--no-progress to choose).",
    )
