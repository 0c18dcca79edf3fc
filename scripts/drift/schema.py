"""Read an OpenAPI document's schemas the way ``make drift`` compares them.

``Document`` follows local ``$ref`` pointers (``#/components/...``) and stops
at a cycle or at a target the document lacks (a partial document): such a
reference stays opaque and is compared by its text. ``view`` reduces a schema
to the facts a client depends on, with nullability in one form whatever the
spelling (3.0 ``nullable``, 3.1 ``type: [x, "null"]``, ``null`` enum members,
``anyOf``/``oneOf`` null branches) and ``allOf`` / single-branch ``anyOf``
merged into one schema. Everything here is pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Schema = dict[str, Any]

ANNOTATIONS = ("title", "description", "example", "examples", "default", "deprecated")
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
OTHER_CONSTRAINTS = ("pattern", "multipleOf", "uniqueItems")
_NOT_SIMPLE = frozenset({"$ref", "properties", "items", "enum", "const", "allOf", "anyOf", "oneOf", "format"})


def escape(token: str) -> str:
    """One JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape(str(token)) for token in tokens)


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a mapping, else empty: partial documents omit things."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class Document:
    """An OpenAPI document with local ``$ref`` resolution."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def find(self, ptr: str) -> tuple[bool, Any]:
        """``(True, value)`` at the JSON pointer ``ptr``, ``(False, None)`` where nothing is."""
        node: Any = self.data
        for raw in ptr.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return False, None
        return True, node

    def lookup(self, ptr: str) -> Any:
        return self.find(ptr)[1]

    def has(self, ptr: str) -> bool:
        return self.find(ptr)[0]

    def resolve(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow ``$ref`` until a real object; keep it opaque when unresolvable.

        Keywords beside a ``$ref`` (3.1 allows them) override the target's.
        """
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                break
            target = self.lookup(ref[1:])
            if not isinstance(target, dict):
                break
            seen.add(ref)
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            node, ptr = {**target, **siblings}, ref[1:]
        return node, ptr

    def is_opaque(self, node: Any) -> bool:
        """A ``$ref`` this document cannot resolve (or a cycle of refs)."""
        return isinstance(node, dict) and "$ref" in node


@dataclass
class View:
    """What a schema means to a client, in one canonical form."""

    ptr: str
    types: frozenset[str] = frozenset()  # JSON types other than null; empty: any
    nullable: bool = False
    enum: tuple[Any, ...] | None = None  # without null
    enum_ptrs: tuple[str, ...] = ()  # where each enum value is
    format: str | None = None
    properties: dict[str, tuple[Any, str]] = field(default_factory=dict)  # name -> (raw, pointer)
    required: frozenset[str] = frozenset()
    items: tuple[Any, str] | None = None
    additional: tuple[Any, str] | None = None
    variants: dict[str, tuple[Any, str]] = field(default_factory=dict)  # anyOf/oneOf branches
    constraints: dict[str, tuple[Any, str]] = field(default_factory=dict)  # keyword -> (value, pointer)
    annotations: dict[str, tuple[Any, str]] = field(default_factory=dict)  # keyword -> (value, pointer)
    opaque_ref: str | None = None

    def describe(self) -> str:
        """A short type summary: ``string``, ``array<integer>``, ``number|string|null``."""
        if self.opaque_ref is not None:
            return self.opaque_ref
        names = sorted(self.types) or (["any"] if not self.variants else [])
        names += [f"<{key}>" for key in sorted(self.variants)]
        text = "|".join(names)
        if self.format:
            text += f"({self.format})"
        return text + ("|null" if self.nullable else "")


def _is_null_branch(doc: Document, raw: Any, ptr: str) -> bool:
    schema, _ = doc.resolve(raw, ptr)
    if not isinstance(schema, dict):
        return False
    meaningful = {key: value for key, value in schema.items() if key not in ANNOTATIONS}
    if meaningful in ({"type": "null"}, {"nullable": True}, {"enum": [None]}, {"const": None}):
        return True
    return isinstance(meaningful.get("type"), list) and meaningful["type"] == ["null"] and len(meaningful) == 1


def _simple_types(raw: Any) -> tuple[frozenset[str], bool] | None:
    """``(types, nullable)`` of a branch made only of ``type`` (and annotations), else None."""
    if not isinstance(raw, dict) or _NOT_SIMPLE & raw.keys():
        return None
    meaningful = {key: value for key, value in raw.items() if key not in ANNOTATIONS and key != "nullable"}
    if set(meaningful) != {"type"}:
        return None
    kinds = meaningful["type"] if isinstance(meaningful["type"], list) else [meaningful["type"]]
    nullable = "null" in kinds or raw.get("nullable") is True
    return frozenset(str(kind) for kind in kinds if kind != "null"), nullable


def _variant_key(doc: Document, raw: Any, ptr: str, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        return str(raw["$ref"]).rsplit("/", 1)[-1]
    schema, _ = doc.resolve(raw, ptr)
    kind = as_dict(schema).get("type")
    return str(kind) if isinstance(kind, str) else f"#{index}"


def _constraints(schema: Schema, ptr: str) -> dict[str, tuple[Any, str]]:
    keys = (*LOWER_BOUNDS, *UPPER_BOUNDS, *OTHER_CONSTRAINTS)
    found = {key: (schema[key], pointer(ptr, key)) for key in keys if key in schema}
    # 3.0 boolean exclusive bounds are the 3.1 numeric ones in another spelling.
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(flag), bool):
            del found[flag]
            if schema[flag] and bound in found:
                found[flag] = (found.pop(bound)[0], pointer(ptr, flag))
    if schema.get("uniqueItems") is False:
        del found["uniqueItems"]
    return found


def _merge(into: View, part: View) -> None:
    """Merge a branch of ``allOf`` (or a lone ``anyOf`` branch) into ``into``."""
    if part.types:
        into.types = into.types & part.types if into.types else part.types
    if into.enum is None and part.enum is not None:
        into.enum, into.enum_ptrs = part.enum, part.enum_ptrs
    into.format = into.format or part.format
    for name, value in part.properties.items():
        into.properties.setdefault(name, value)
    into.required |= part.required
    into.items = into.items or part.items
    into.additional = into.additional or part.additional
    for key, value in part.variants.items():
        into.variants.setdefault(key, value)
    for key, value in part.constraints.items():
        into.constraints.setdefault(key, value)
    for key, value in part.annotations.items():
        into.annotations.setdefault(key, value)


def _own_keywords(result: View, schema: Schema, ptr: str) -> None:
    """The keywords of ``schema`` itself, before any composition."""
    if isinstance(schema.get("format"), str):
        result.format = schema["format"]
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if isinstance(kinds, str) else []
    result.types = frozenset(str(kind) for kind in kinds if kind != "null")
    result.nullable = "null" in kinds or schema.get("nullable") is True
    listed: list[tuple[Any, str]] | None = None
    if isinstance(schema.get("enum"), list):
        listed = [(value, pointer(ptr, "enum", i)) for i, value in enumerate(schema["enum"])]
    elif "const" in schema:
        listed = [(schema["const"], pointer(ptr, "const"))]
    if listed is not None:
        result.nullable = result.nullable or any(value is None for value, _ in listed)
        result.enum = tuple(value for value, _ in listed if value is not None)
        result.enum_ptrs = tuple(where for value, where in listed if value is not None)
    for name, sub in as_dict(schema.get("properties")).items():
        result.properties[name] = (sub, pointer(ptr, "properties", name))
    required = schema.get("required")
    result.required = frozenset(str(name) for name in required) if isinstance(required, list) else frozenset()
    if isinstance(schema.get("items"), dict):
        result.items = (schema["items"], pointer(ptr, "items"))
    if isinstance(schema.get("additionalProperties"), dict):
        result.additional = (schema["additionalProperties"], pointer(ptr, "additionalProperties"))
    result.constraints = _constraints(schema, ptr)
    for key in ANNOTATIONS:
        if key in schema:
            result.annotations[key] = (schema[key], pointer(ptr, key))
    examples, where = result.annotations.get("examples", (None, ""))
    if isinstance(examples, list) and len(examples) == 1 and "example" not in result.annotations:
        del result.annotations["examples"]  # the 3.1 spelling of one example
        result.annotations["example"] = (examples[0], pointer(where, 0))


def _compose(result: View, doc: Document, schema: Schema, ptr: str, expanding: frozenset[str]) -> None:
    """Fold ``allOf`` and ``anyOf``/``oneOf`` into ``result``."""
    parts = [view(doc, sub, pointer(ptr, "allOf", i), expanding) for i, sub in enumerate(as_list(schema.get("allOf")))]
    typed = [part for part in (result, *parts) if part.types or part.nullable or part.enum is not None]
    if parts and typed and all(part.nullable for part in typed):  # null passes every typed branch
        result.nullable = True
    for part in parts:
        _merge(result, part)
    for keyword in ("anyOf", "oneOf"):
        branches = [(sub, pointer(ptr, keyword, i)) for i, sub in enumerate(as_list(schema.get(keyword)))]
        real = [(sub, where) for sub, where in branches if not _is_null_branch(doc, sub, where)]
        result.nullable = result.nullable or len(real) < len(branches)
        if len(real) == 1:  # "X or null": the branch is the schema
            lone = view(doc, real[0][0], real[0][1], expanding)
            result.nullable = result.nullable or lone.nullable
            _merge(result, lone)
            continue
        for index, (sub, where) in enumerate(real):
            simple = _simple_types(sub)
            if simple is not None:
                result.types |= simple[0]
                result.nullable = result.nullable or simple[1]
            else:
                result.variants.setdefault(_variant_key(doc, sub, where, index), (sub, where))


def view(doc: Document, raw: Any, ptr: str, _expanding: frozenset[str] = frozenset()) -> View:
    """The canonical view of the schema ``raw`` found at ``ptr``."""
    schema, ptr = doc.resolve(raw, ptr)
    if doc.is_opaque(schema):
        return View(ptr=ptr, opaque_ref=str(schema["$ref"]))
    result = View(ptr=ptr)
    if not isinstance(schema, dict) or ptr in _expanding:
        return result
    _own_keywords(result, schema, ptr)
    _compose(result, doc, schema, ptr, _expanding | {ptr})
    if not result.types and not result.variants:  # the type a client infers from the keywords
        if result.properties or result.required or result.additional:
            result.types = frozenset({"object"})
        elif result.items:
            result.types = frozenset({"array"})
        elif result.enum is None:  # no type at all: any value, null included (3.0.3 and 3.1 agree)
            result.nullable = True
    return result
