"""Turning command-line text into request values, by each field's JSON Schema type.

``--limit 20`` is an integer, ``--store-file true`` a boolean, ``--hiring-for-company
'{"name": "Acme"}'`` an object; an array is the option repeated (``--tags a --tags b``)
or one JSON array (``--tags '["a", "b"]'``); ``null`` is null where the field
allows it. Text that fits none of the field's types is a validation error
naming the field, like any other argument the document refuses.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .._errors import ValidationError
from .document import Field, schema_types
from .errors import UsageError

_INTEGER = re.compile(r"[+-]?\d+")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}
_KIND_NAMES = {"integer": "an integer", "number": "a number", "boolean": "true or false"}


def option_values(fs: Sequence[Field], given: Mapping[str, Any], operation: str) -> list[tuple[Field, Any]]:
    """Each field given on the command line (``given`` is click's parameters) with its JSON value."""
    return [(f, option_value(f, given[f.param], operation)) for f in fs if given[f.param] not in (None, ())]


def option_value(field: Field, raw: str | Sequence[str], operation: str) -> Any:
    """The JSON value of an option as given on the command line."""
    if isinstance(raw, str):
        return _scalar(field.schema, raw, field.wire, operation)
    if len(raw) == 1 and raw[0].lstrip().startswith("["):
        value = _json(raw[0], field.wire, operation)
        if isinstance(value, list):
            return value
    items = field.schema.get("items", {})
    return [_scalar(items, text, f"{field.wire}[{i}]", operation) for i, text in enumerate(raw)]


def _scalar(schema: Mapping[str, Any], text: str, where: str, operation: str) -> Any:
    kinds = schema_types(schema)
    if text == "null" and "null" in kinds:
        return None
    if kinds & {"object", "array"} and text.lstrip()[:1] in ("{", "["):
        return _json(text, where, operation)
    if "integer" in kinds and _INTEGER.fullmatch(text.strip()):
        return int(text)
    if "number" in kinds:
        number = _number(text)
        if number is not None:
            return number
    if "boolean" in kinds and text.lower() in _BOOLEANS:
        return _BOOLEANS[text.lower()]
    if "string" in kinds or not kinds:
        return text
    expected = " or ".join(_KIND_NAMES.get(k, f"a JSON {k}") for k in sorted(kinds - {"null"}))
    raise ValidationError(field=where, rule="type", message=f"must be {expected}, not {text!r}", operation=operation)


def _number(text: str) -> int | float | None:
    if _INTEGER.fullmatch(text.strip()):
        return int(text)
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _json(text: str, where: str, operation: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        message = f"is not valid JSON ({exc})"
        raise ValidationError(field=where, rule="type", message=message, operation=operation) from None


def read_data(spec: str) -> dict[str, Any]:
    """The body given by ``--data``: JSON text, ``@file.json``, or ``-`` for stdin."""
    if spec == "-":
        text, source = sys.stdin.read(), "stdin"
    elif spec.startswith("@"):
        path = Path(spec[1:])
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except OSError as exc:
            raise UsageError(f"--data: cannot read {path}: {exc.strerror or exc}") from None
    else:
        text, source = spec, "the argument"
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise UsageError(f"--data: {source} is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise UsageError(f"--data: {source} must be a JSON object, not {type(body).__name__}")
    return body
