"""Arguments to JSON: models, mappings, sequences, dates and UUIDs; ``NOT_GIVEN``/``UNSET`` are left out."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from uuid import UUID

from jobmojito_api.types import Unset

from ._errors import ValidationError
from ._types import NOT_GIVEN, NotGiven

_OMITTED = (NotGiven, Unset)


def to_json(value: Any, where: str) -> Any:
    """A JSON-ready copy of ``value``; ``ValidationError`` naming ``where`` for what JSON cannot carry."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        return {
            str(k): to_json(v, f"{where}.{k}" if where else str(k))
            for k, v in value.items()
            if not isinstance(v, _OMITTED)
        }
    if isinstance(value, (list, tuple)):
        return [to_json(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json(to_dict(), where)
    raise ValidationError(
        field=where or "(body)", rule="type", message=f"cannot be sent as JSON: a {type(value).__name__}"
    )


_PLAIN = frozenset({str, int, float, bool})


def present(values: Mapping[str, Any], nullable: frozenset[str]) -> dict[str, Any]:
    """The arguments that go on the wire: not ``NOT_GIVEN``, and ``None`` only where it means null."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is NOT_GIVEN:  # most arguments of a call: checked first, by identity
            continue
        if value is None:
            if key in nullable:
                out[key] = None
        elif type(value) in _PLAIN:
            out[key] = value
        elif not isinstance(value, Unset):
            out[key] = to_json(value, key)
    return out


def query_value(value: Any) -> str:
    """How a query parameter value is written on the wire."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def multipart_text(value: Any) -> str:
    """A multipart text part: booleans as JSON spells them, objects and lists as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)
