"""Arguments to JSON: models, mappings, dates and UUIDs; ``UNSET`` is dropped."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from uuid import UUID

from jobmojito_api.types import File, Unset


def to_json(value: Any) -> Any:
    """A JSON-ready copy of ``value`` (a ``File`` is kept for multipart)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, File):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def is_present(value: Any) -> bool:
    """A query argument that goes on the wire (not ``UNSET``, not ``None``)."""
    return value is not None and not isinstance(value, Unset)


def query_value(value: Any) -> str:
    """How a query parameter value is written on the wire."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
