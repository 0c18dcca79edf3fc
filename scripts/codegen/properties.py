"""The generator's own properties (openapi-python-client's parse), read for the facade.

What a request argument accepts and what a response returns, written from
the Property objects the generator made (the same types the generated models
declare), never by re-reading the document's types.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


def text(value: Any) -> str:
    """An UntrustedString (or None) as plain text: it only goes into docstrings and string literals."""
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
    return str(raw)


def code(value: Any) -> str:
    """A generator ``PythonCode`` (a type annotation) as text."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def kind(prop: Any) -> str:
    return str(prop.template).removesuffix("_property.py.jinja")


def is_none(prop: Any) -> bool:
    return code(prop.get_type_string()) == "None"


class Annotations:
    """Facade annotations of request properties, and the names they need imported."""

    def __init__(self, twins: Mapping[str, str]) -> None:
        self.models: set[str] = set()
        self.stdlib: set[str] = set()
        self._twins = {original: copy for copy, original in twins.items()}

    def of(self, prop: Any) -> str:
        """What a request argument accepts: a model or a mapping, any sequence, a UUID or its string."""
        members: list[str] = []
        for part in self._parts(prop):
            if part not in members:
                members.append(part)
        if "None" in members:
            members = [m for m in members if m != "None"] + ["None"]
        return " | ".join(members)

    def _parts(self, prop: Any) -> list[str]:
        k = kind(prop)
        if k == "union":
            return [part for inner in prop.inner_properties for part in self._parts(inner)]
        if k == "list":
            return [f"Sequence[{self.of(prop.inner_property)}]"]
        if k == "model":
            name = code(prop.class_info.name)
            self.models.add(name)
            twin = self._twins.get(name)
            if twin:
                self.models.add(twin)
                return [name, twin, "Mapping[str, Any]"]
            return [name, "Mapping[str, Any]"]
        if k == "literal_enum":
            self.models.add(code(prop.class_info.name))
            return [code(prop.class_info.name)]
        if k == "uuid":
            self.stdlib.add("UUID")
            return ["str", "UUID"]
        if k in ("date", "datetime"):
            self.stdlib.add("datetime")
            return ["str", f"datetime.{k}"]
        if k == "file":
            return ["FileInput"]
        if is_none(prop):
            return ["None"]
        return [code(prop.get_type_string(no_optional=True))]

    def returned(self, prop: Any) -> str:
        """A response type, its models noted for import (``builtins.list``: a resource has a ``list`` method)."""
        k = kind(prop)
        if k in ("model", "literal_enum"):
            self.models.add(code(prop.class_info.name))
            return code(prop.class_info.name)
        if k == "list":
            return f"builtins.list[{self.returned(prop.inner_property)}]"
        if k == "union":
            members = sorted({self.returned(inner) for inner in prop.inner_properties}, key=str.lower)
            return " | ".join(members)
        if k == "uuid":
            self.stdlib.add("UUID")
        return code(prop.get_type_string(no_optional=True))

    @staticmethod
    def _classes(prop: Any) -> Iterator[str]:
        k = kind(prop)
        if k in ("model", "literal_enum"):
            yield code(prop.class_info.name)
        elif k == "list":
            yield from Annotations._classes(prop.inner_property)
        elif k == "union":
            for inner in prop.inner_properties:
                yield from Annotations._classes(inner)


def choices(prop: Any) -> list[Any]:
    k = kind(prop)
    if k == "literal_enum":
        return sorted(prop.values, key=str)
    if k == "union":
        return [c for inner in prop.inner_properties for c in choices(inner)]
    return []
