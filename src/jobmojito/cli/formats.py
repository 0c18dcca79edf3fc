"""``--format json|jsonl|csv|table`` of the read commands (list and get).

Without ``--format`` the output is what it always was: the answer as one JSON
document (indented on a terminal), or with ``--all`` every item as JSON Lines.
The other formats write rows: the items of a list (of the page, or of every
page with ``--all``), or the one object a get answers. CSV and table columns
are the properties the document gives the rows, in its order (``--columns``
picks some); nested values are JSON, ``null`` is an empty cell. A table
leaves out the columns with no plain value in any row and cuts long cells.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

import click

from .errors import UsageError
from .output import dumps, plain, write_json, write_line

FORMATS = ("json", "jsonl", "csv", "table")
CELL_CHARS = 40


def format_options() -> list[click.Option]:
    return [
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(FORMATS),
            help="json (the default: indented on a terminal; with --all, JSON Lines), jsonl (one item a line), "
            "csv, or table (the items' fields as columns).",
        ),
        click.Option(
            ["--columns"],
            metavar="NAME,...",
            help="csv and table: only these fields, in this order (default: every field the document lists).",
        ),
    ]


def columns_of(given: str | None, documented: Sequence[str]) -> list[str]:
    """The columns ``--columns`` asks for (each a documented field), or every documented one."""
    if not given:
        return list(documented)
    names = [name.strip() for name in given.split(",") if name.strip()]
    unknown = [name for name in names if name not in documented]
    if unknown:
        raise UsageError(f"--columns: {', '.join(unknown)}: not a field of these rows ({', '.join(documented)})")
    return names


def rows_of(answer: Any, items: str | None) -> list[Any]:
    """The rows of one answer: a list's items, the elements of an array, or the object itself."""
    data = plain(answer)
    if isinstance(data, list):
        return data
    if items and isinstance(data, Mapping) and isinstance(data.get(items), list):
        return list(data[items])
    return [data]


def write_answer(answer: Any, fmt: str | None, columns: Sequence[str], items: str | None) -> None:
    """One answer (a page, an object, an array) in ``fmt``; None is JSON."""
    if fmt in (None, "json"):
        write_json(answer)
    else:
        write_rows(rows_of(answer, items), fmt, columns)


def write_rows(rows: Iterable[Any], fmt: str, columns: Sequence[str], out: TextIO | None = None) -> None:
    """Rows as they come (a table waits for the last, to size its columns)."""
    stream = out or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            write_line(row, stream)
    elif fmt == "json":
        _json_array(rows, stream)
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(_get(plain(row), column)) for column in columns])
    else:
        stream.write("".join(line + "\n" for line in table([plain(r) for r in rows], columns)))
    stream.flush()


def _json_array(rows: Iterable[Any], stream: TextIO) -> None:
    stream.write("[")
    for index, row in enumerate(rows):
        stream.write(("," if index else "") + "\n" + dumps(row))
    stream.write("\n]\n")


def cell(value: Any) -> str:
    """A CSV cell: text as it is, ``null`` empty, anything else JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def table(rows: Sequence[Any], columns: Sequence[str]) -> Iterator[str]:
    """Aligned lines: a header and one line per row, the columns with a plain value in some row."""
    shown = [c for c in columns if any(_plain_value(_get(row, c)) for row in rows)] or list(columns)[:1]
    cells = [[_short(cell(_get(row, c))) for c in shown] for row in rows]
    widths = [max([len(c), *(len(line[i]) for line in cells)]) for i, c in enumerate(shown)]
    yield "  ".join(c.upper().ljust(w) for c, w in zip(shown, widths, strict=True)).rstrip()
    for line in cells:
        yield "  ".join(text.ljust(w) for text, w in zip(line, widths, strict=True)).rstrip()


def _get(row: Any, column: str) -> Any:
    return row.get(column) if isinstance(row, Mapping) else None


def _plain_value(value: Any) -> bool:
    return value is not None and value != "" and not isinstance(value, (Mapping, list))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"
