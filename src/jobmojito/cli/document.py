"""What the CLI reads about an operation: its fields, their schemas and descriptions.

Field names and JSON Schemas come from the operation records of the
resources (the same ones the client validates with); the human text
(summaries and each field's ``description``) from the document packaged
with them, ``jobmojito/resources/openapi.json``, read on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._document import packaged_document
from .._operation import Operation

# Options of every operation command: a field with one of these names is
# spelled ``--field-<name>`` instead.
RESERVED = frozenset(
    {
        "data",
        "all",
        "max_items",
        "format",
        "columns",
        "progress",
        "token",
        "base_url",
        "timeout",
        "deadline",
        "max_retries",
        "help",
    }
)
DESCRIPTION_CHARS = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`])")


@dataclass(frozen=True)
class Field:
    """One request field as a command-line option."""

    kwarg: str  # the SDK's keyword argument
    wire: str  # its name in the JSON body or the query string
    schema: Mapping[str, Any]
    description: str
    required: bool

    @property
    def option(self) -> str:
        name = f"field_{self.kwarg}" if self.kwarg in RESERVED else self.kwarg
        return "--" + name.replace("_", "-")

    @property
    def param(self) -> str:
        """The name click stores the value under."""
        return "f_" + self.kwarg

    @property
    def types(self) -> frozenset[str]:
        return schema_types(self.schema)

    @property
    def is_file(self) -> bool:
        return self.schema.get("format") == "binary"


def document() -> Mapping[str, Any]:
    """The OpenAPI document as the SDK reads it (normalized), packaged with the resources."""
    return packaged_document()


def resolve(node: Any) -> Any:
    """``node`` with local ``$ref``s followed (one level at a time, until none is left)."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 32:
        target: Any = document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def published(op: Operation[Any]) -> Mapping[str, Any]:
    """The operation object of the published document (empty if it is not there)."""
    item = document().get("paths", {}).get(op.path, {})
    found: Mapping[str, Any] = item.get(op.method.lower(), {})
    return found


def properties(schema: Any) -> Mapping[str, Any]:
    """The properties of a (resolved) object schema, ``allOf`` parts merged."""
    schema = resolve(schema)
    if not isinstance(schema, Mapping):
        return {}
    merged: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        merged.update(properties(part))
    merged.update(schema.get("properties", {}))
    return merged


def trim(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """The first sentence of ``text`` on one line, at most ``limit`` characters."""
    text = " ".join(text.split())
    text = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def _description(schema: Any) -> str:
    schema = resolve(schema)
    if not isinstance(schema, Mapping):
        return ""
    text = schema.get("description")
    if isinstance(text, str):
        return text
    for part in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        found = _description(part)
        if found:
            return found
    return ""


def _body_descriptions(doc_op: Mapping[str, Any]) -> Mapping[str, Any]:
    content = doc_op.get("requestBody", {}).get("content", {})
    found: dict[str, Any] = {}
    for media in content.values():  # multipart first where both are documented
        for name, schema in properties(media.get("schema")).items():
            found.setdefault(name, schema)
    return found


def fields(op: Operation[Any]) -> list[Field]:
    """The operation's request fields, required ones first, then by name."""
    doc_op = published(op)
    if op.body is not None:
        schema = op.body_schema or {}
        pairs = [(p.python, p.wire) for p in op.params if p.location == "body"]
        described = _body_descriptions(doc_op)
    else:
        schema = op.params_schema or {}
        pairs = [(p.python, p.wire) for p in op.params if p.location != "body"]
        parameters = [p for p in map(resolve, doc_op.get("parameters", [])) if isinstance(p, Mapping)]
        described = {str(p.get("name")): p for p in parameters}
    required = set(schema.get("required", []))
    out = []
    for kwarg, wire in pairs:
        doc = described.get(wire, {})
        text = (_description(doc) or _description(doc.get("schema"))) if isinstance(doc, Mapping) else ""
        out.append(
            Field(
                kwarg=kwarg,
                wire=wire,
                schema=schema.get("properties", {}).get(wire, {}),
                description=trim(text),
                required=wire in required,
            )
        )
    return sorted(out, key=lambda f: (not f.required, f.kwarg))


def summary(op: Operation[Any]) -> tuple[str, str]:
    """The operation's one-line summary and its longer description."""
    doc_op = published(op)
    return str(doc_op.get("summary") or op.id), " ".join(str(doc_op.get("description") or "").split())


def tag_description(op: Operation[Any]) -> str:
    """The description of the operation's (first) tag: what its resource is for."""
    tags = published(op).get("tags") or [""]
    for tag in document().get("tags", []):
        if tag.get("name") == tags[0]:
            return trim(str(tag.get("description") or ""), limit=200)
    return ""


def _answer_schema(op: Operation[Any]) -> Mapping[str, Any]:
    response = resolve(published(op).get("responses", {}).get("200", {}))
    for media in response.get("content", {}).values():
        schema = resolve(media.get("schema"))
        return schema if isinstance(schema, Mapping) else {}
    return {}


def rows_key(op: Operation[Any]) -> str | None:
    """The property holding an answer's rows: a list's items, or an object's only property when it is an array."""
    if op.items:
        return op.items
    props = properties(_answer_schema(op))
    if len(props) == 1:
        ((name, schema),) = props.items()
        if "array" in schema_types(resolve(schema)):
            return name
    return None


def row_columns(op: Operation[Any]) -> list[str]:
    """The property names of the rows an answer has: the items under ``rows_key``, an array's, or the object's."""
    schema = _answer_schema(op)
    key = rows_key(op)
    if key is not None:
        schema = resolve(properties(schema).get(key, {}))
    if "items" in schema:
        schema = resolve(schema["items"])
    return list(properties(schema))


def schema_types(schema: Mapping[str, Any]) -> frozenset[str]:
    """Every JSON type a value of ``schema`` may have (``anyOf``/``oneOf`` included)."""
    kinds: set[str] = set()
    declared = schema.get("type")
    if isinstance(declared, str):
        kinds.add(declared)
    elif isinstance(declared, list):
        kinds.update(str(k) for k in declared)
    for part in schema.get("anyOf", []) + schema.get("oneOf", []):
        kinds |= schema_types(part)
    if "enum" in schema and not kinds:
        kinds.update(_json_type(v) for v in schema["enum"])
    return frozenset(kinds)


def enum_values(schema: Mapping[str, Any]) -> list[Any]:
    values = list(schema.get("enum", []))
    for part in schema.get("anyOf", []) + schema.get("oneOf", []):
        values += [v for v in enum_values(part) if v not in values]
    return values


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else "object"
