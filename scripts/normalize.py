"""Turn the published OpenAPI document into what the server means.

The committed ``openapi.yaml`` stays exactly as the server publishes it; this
module rewrites an in-memory copy before openapi-python-client sees it. Every
rewrite below names the quirk of the published document it answers (see
``../shared/specs/README.md``). ``normalize`` is pure: it never mutates its
input and gives the same output for the same input.

Two stages, because requests and responses need different treatment:

* ``strict`` (``normalize_strict``): the document's meaning in plain JSON
  Schema 2020-12 — used for request validation, where a wrong value must be
  refused before anything is sent.
* lenient responses (``normalize``): on top of strict, every property of
  every schema reachable from a response also admits ``null``, because the
  live server sends ``null`` where the document promises none (``emoji``,
  ``cover_image_url``, ``calc_duration``, ...). Unknown enum values in
  responses are absorbed by the ``literal_enum`` template, not here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

Schema = dict[str, Any]
Names = Mapping[str, Mapping[str, Any]]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
# Keywords that only annotate; a schema made only of these constrains nothing.
ANNOTATIONS = frozenset({"description", "title", "example", "examples", "default", "deprecated"})
_SUBSCHEMA_LISTS = ("anyOf", "allOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SUBSCHEMA_SINGLE = ("items", "additionalProperties", "not", "contains")


def iter_operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(METHOD, path, operation)`` in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def fallback_operation_id(method: str, path: str) -> str:
    """The deterministic name of an operation missing from the naming table."""
    slug = re.sub(r"[^0-9a-zA-Z]+", "_", path).strip("_").lower()
    return f"{method.lower()}_{slug}"


# --- schema traversal -------------------------------------------------------


def _children(schema: Schema) -> Iterator[Schema]:
    for key in _SUBSCHEMA_LISTS:
        for sub in schema.get(key, ()):
            if isinstance(sub, dict):
                yield sub
    for key in _SUBSCHEMA_MAPS:
        for sub in schema.get(key, {}).values():
            if isinstance(sub, dict):
                yield sub
    for key in _SUBSCHEMA_SINGLE:
        sub = schema.get(key)
        if isinstance(sub, dict):
            yield sub


def walk_schema(schema: Schema, visit: Callable[[Schema], None]) -> None:
    """Call ``visit`` on ``schema`` and every subschema, children first."""
    for child in list(_children(schema)):
        walk_schema(child, visit)
    visit(schema)


def _document_schemas(doc: dict[str, Any]) -> Iterator[Schema]:
    """Every top-level schema position of the document."""
    yield from doc.get("components", {}).get("schemas", {}).values()
    for _method, _path, op in iter_operations(doc):
        for param in op.get("parameters", ()):
            if "schema" in param:
                yield param["schema"]
        for media in op.get("requestBody", {}).get("content", {}).values():
            if "schema" in media:
                yield media["schema"]
        for response in op.get("responses", {}).values():
            for media in response.get("content", {}).values():
                if "schema" in media:
                    yield media["schema"]


# --- quirk: 3.0 ``nullable`` in a 3.1 document ------------------------------


def _null_schema() -> Schema:
    return {"type": "null"}


def _admits_null(schema: Schema) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_admits_null(s) for s in schema.get("anyOf", ()) if isinstance(s, dict))


def make_nullable(schema: Schema) -> None:
    """Rewrite ``schema`` in place so that it also accepts ``null``."""
    if _admits_null(schema):
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
    elif isinstance(kind, list):
        schema["type"] = [*kind, "null"]
    elif "anyOf" in schema:
        schema["anyOf"] = [*schema["anyOf"], _null_schema()]
    elif "$ref" in schema or "allOf" in schema or "oneOf" in schema:
        annotations = {k: schema.pop(k) for k in list(schema) if k in ANNOTATIONS}
        inner = {k: schema.pop(k) for k in list(schema)}
        schema.update(annotations)
        schema["anyOf"] = [inner, _null_schema()]
    elif not (set(schema) - ANNOTATIONS):
        pass  # the empty schema already accepts null
    else:
        schema["type"] = ["object", "null"] if "properties" in schema else "null"


def _is_bare_nullable(schema: Any) -> bool:
    return (
        isinstance(schema, dict) and schema.get("nullable") is True and not (set(schema) - ANNOTATIONS - {"nullable"})
    )


def _null_branches(schema: Schema) -> None:
    """An ``anyOf``/``oneOf`` branch that only says ``nullable`` means "or null".

    The last branch of ``interview_length``, ``hide_menu``, ``hide_iframe`` and
    ``is_test``: taken literally it is the empty schema, and every value would
    validate. Anywhere else (``additionalProperties: {nullable: true}``) the
    3.0 reading stands: any value, null included.
    """
    for keyword in ("anyOf", "oneOf"):
        for branch in schema.get(keyword, ()):
            if _is_bare_nullable(branch):
                del branch["nullable"]
                branch["type"] = "null"


def _nullable_keyword(schema: Schema) -> None:
    nullable = schema.pop("nullable", False)
    if nullable and set(schema) - ANNOTATIONS:
        make_nullable(schema)  # alone, it constrains nothing: the empty schema admits null


# --- inline enums and objects get names --------------------------------------


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9a-zA-Z]+", text) if w)


def _is_named_kind(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and ("enum" in schema or "properties" in schema or schema.get("type") == "object")
    )


def _hoist(schema: Schema, name: str, schemas: dict[str, Any]) -> Schema:
    """Move ``schema`` to ``components/schemas/<name>``; return the reference.

    What says "may be null" or describes this use stays at the reference, so
    the named schema is the plain type and nullable uses become
    ``anyOf: [{$ref}, {type: null}]``.
    """
    if name in schemas:
        raise ValueError(f"cannot name an inline schema {name!r}: a component of that name exists")
    body = dict(schema)
    ref: Schema = {k: body.pop(k) for k in list(body) if k in ANNOTATIONS or k == "nullable"}
    if None in body.get("enum", ()):
        body["enum"] = [v for v in body["enum"] if v is not None]
        ref["nullable"] = True
    schemas[name] = body
    _hoist_within(body, name, schemas)
    ref["$ref"] = f"#/components/schemas/{name}"
    return ref


def _hoist_within(schema: Schema, owner: str, schemas: dict[str, Any]) -> None:
    for prop, sub in schema.get("properties", {}).items():
        if _is_named_kind(sub):
            schema["properties"][prop] = _hoist(sub, owner + pascal(prop), schemas)
        elif isinstance(sub, dict) and _is_named_kind(sub.get("items")):
            sub["items"] = _hoist(sub["items"], owner + pascal(prop) + "Item", schemas)
    items = schema.get("items")
    if isinstance(items, dict) and "properties" in items:
        _hoist_within(items, owner + "Item", schemas)


def _name_inline_schemas(doc: dict[str, Any]) -> None:
    """Give every inline enum and object of a component a component of its own.

    Nullable inline schemas become unions, and openapi-python-client names
    union members by position (``CatalogueTagCreateRequestCoachPlanType2Type1``,
    ``MerchantResultListResponseDataType0Item``). Named first, each keeps the
    name it would have had without the union (``CatalogueTagCreateRequestCoachPlan``,
    ``MerchantResultListResponseDataItem``): stable, readable model names.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    for name in list(schemas):
        _hoist_within(schemas[name], name, schemas)


# --- quirk: description-only ``allOf`` members ------------------------------


def _fold_annotation_only_all_of(schema: Schema) -> None:
    """``allOf: [{$ref: X}, {description: ...}]`` → ``$ref: X`` + description.

    openapi-python-client refuses an ``allOf`` member that is not an object
    ("Cannot take allOf a non-object"), which drops ``POST /job-interview-pdf``.
    """
    members = schema.get("allOf")
    if not members:
        return
    kept = []
    for member in members:
        if isinstance(member, dict) and member and not (set(member) - ANNOTATIONS):
            for key, value in member.items():
                schema.setdefault(key, value)
        else:
            kept.append(member)
    if len(kept) == 1 and set(kept[0]) == {"$ref"}:
        del schema["allOf"]
        schema["$ref"] = kept[0]["$ref"]
    else:
        schema["allOf"] = kept


# --- quirk: a request body offered in two content types ------------------


def _one_request_content_type(doc: dict[str, Any]) -> None:
    """Keep ``multipart/form-data`` where a body is also offered as JSON.

    ``POST /knowledge-base-document-upload`` takes the file as multipart or as
    base64 JSON. openapi-python-client 0.29.1 turns two bodies into a union
    whose module fails to import (``NameError: name 'Unset' is not defined``).
    Multipart carries the file as bytes (base64 JSON is a third larger), so
    the SDK speaks multipart; the JSON form stays in the published document.
    """
    for _method, _path, op in iter_operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if len(content) > 1 and "multipart/form-data" in content:
            op["requestBody"]["content"] = {"multipart/form-data": content["multipart/form-data"]}


# --- lenient responses ------------------------------------------------------


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(doc: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = doc.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = [name for root in roots for name in _refs(root)]
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def _response_roots(doc: dict[str, Any]) -> list[Any]:
    roots = []
    for _method, _path, op in iter_operations(doc):
        for response in op.get("responses", {}).values():
            for media in response.get("content", {}).values():
                if "schema" in media:
                    roots.append(media["schema"])
    return roots


def _nullable_properties(schema: Schema) -> None:
    for prop in schema.get("properties", {}).values():
        if isinstance(prop, dict):
            make_nullable(prop)


def _lenient(schema: Schema) -> None:
    walk_schema(schema, _nullable_properties)


# --- operation names ---------------------------------------------------------


def _name_operations(doc: dict[str, Any], names: Names) -> None:
    for method, path, op in iter_operations(doc):
        entry = names.get(f"{method} {path}")
        op["operationId"] = entry["id"] if entry else fallback_operation_id(method, path)


def unnamed_operations(doc: Mapping[str, Any], names: Names) -> list[str]:
    """``METHOD path`` of every operation the naming table does not name."""
    return [f"{m} {p}" for m, p, _ in iter_operations(doc) if f"{m} {p}" not in names]


# --- entry points -------------------------------------------------------------


def normalize_strict(doc: Mapping[str, Any], names: Names) -> dict[str, Any]:
    """The document in plain JSON Schema 2020-12 terms, with operationIds."""
    out = copy.deepcopy(dict(doc))
    _name_inline_schemas(out)
    for schema in _document_schemas(out):
        walk_schema(schema, _null_branches)
        walk_schema(schema, _nullable_keyword)
        walk_schema(schema, _fold_annotation_only_all_of)
    _one_request_content_type(out)
    _name_operations(out, names)
    return out


def normalize(doc: Mapping[str, Any], names: Names) -> dict[str, Any]:
    """What the generator sees: strict requests, lenient responses."""
    out = normalize_strict(doc, names)
    roots = _response_roots(out)
    schemas = out.get("components", {}).get("schemas", {})
    for name in sorted(_reachable(out, roots)):
        _lenient(schemas[name])
    for root in roots:
        _lenient(root)
    return out
