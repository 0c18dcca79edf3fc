"""Writing answers to stdout: JSON (pretty on a terminal) or JSON Lines."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO


def plain(value: Any) -> Any:
    """A JSON-ready form of a response: generated models through ``to_dict()``."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def dumps(value: Any, *, pretty: bool = False) -> str:
    # default=str: a value the models hand over as datetime or UUID stays readable.
    return json.dumps(plain(value), indent=2 if pretty else None, ensure_ascii=False, default=str)


def write_json(value: Any, stream: TextIO | None = None) -> None:
    """One JSON document, indented when the stream is a terminal."""
    out = stream or sys.stdout
    out.write(dumps(value, pretty=out.isatty()) + "\n")
    out.flush()


def write_line(value: Any, stream: TextIO | None = None) -> None:
    """One JSON Lines record (compact, one line)."""
    (stream or sys.stdout).write(dumps(value) + "\n")
