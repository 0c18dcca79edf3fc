"""Enum fields as ``click.Choice``: the values of the operation's schema, as the client validates them.

The choices come from the operation record the client validates with (the
document's ``enum``, ``null`` where the field allows it), so ``--help``, shell
completion and the check agree with the installed SDK. A value outside them
is refused as the client would refuse it: ``ValidationError`` (exit status 3),
with the same one-line message, before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from .._errors import ValidationError
from .document import Field, enum_values

METAVAR_CHARS = 40

# click.Choice is generic from click 8.2 on, and not subscriptable before it.
if TYPE_CHECKING:
    _Choice = click.Choice[str]
else:
    _Choice = click.Choice


class FieldChoice(_Choice):
    """The values one field's schema allows, as command-line text."""

    def __init__(self, field: Field, operation: str) -> None:
        values = enum_values(field.schema)
        if "null" in field.types and None not in values:
            values.append(None)
        self.values = values
        self.field = field
        self.operation = operation
        super().__init__(["null" if v is None else str(v) for v in values], case_sensitive=True)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        metavar = "[" + "|".join(self.choices) + "]"
        return metavar if len(metavar) <= METAVAR_CHARS else "CHOICE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value in self.choices:
            return value
        allowed = ", ".join("null" if v is None else repr(v) for v in self.values)
        raise ValidationError(
            field=self.field.wire,
            rule="enum",
            message=f"must be one of {allowed}; got {value!r}",
            operation=self.operation,
        )


def choice_of(field: Field, operation: str) -> FieldChoice | None:
    """The choice type of an enum field (an array's items are JSON, not choices); None for other fields."""
    if "array" in field.types or not enum_values(field.schema):
        return None
    return FieldChoice(field, operation)
