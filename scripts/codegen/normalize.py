"""Turn the published OpenAPI document into what the server means.

The committed ``openapi.yaml`` stays exactly as the server publishes it; this
module rewrites an in-memory copy before anything reads it (the generator, the
facade, the sandbox, the drift report). It is pure: the input is never mutated
and the same input gives the same output.

In order:

1. ``apply_config``: what ``generator-config.yml`` says, at its JSON pointers
   into the published document: the spec patches, the secret fields (marked
   ``x-jobmojito-secret``) and the nullability overlay (``nullable: true``).
2. Inline enums and objects get component names of their own, so model names
   stay stable and readable (``MerchantResultListResponseDataItem``).
3. The document declares OpenAPI 3.1 but speaks 3.0's ``nullable`` (579
   times): it becomes JSON Schema's ``null``; an ``anyOf`` branch that only
   says ``nullable`` means "or null", not "anything".
4. operationIds from the naming table, with a deterministic fallback.
5. A component used by requests and responses alike is split: responses get a
   copy of their own (named after where they use it), because request models
   tell "omitted" from ``None`` and response models do not.
6. Components reachable from a response are marked ``x-jobmojito-response``:
   the model template gives them lenient parsing and ``X | None`` fields.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from . import pointers
from .config import Config, OperationName

Schema = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
# Keywords that only annotate; a schema made only of these constrains nothing.
ANNOTATIONS = frozenset({"description", "title", "example", "examples", "default", "deprecated"})
RESPONSE_MARK = "x-jobmojito-response"
SECRET_MARK = "x-jobmojito-secret"  # noqa: S105 - the name of a mark, not a secret
OVERLAY_MARK = "x-jobmojito-nullable-evidence"
_SUBSCHEMA_LISTS = ("anyOf", "allOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SUBSCHEMA_SINGLE = ("items", "additionalProperties", "not", "contains")
_SCHEMAS = "#/components/schemas/"


def iter_operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(METHOD, path, operation)`` in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def operation_pointer(method: str, path: str) -> str:
    """The JSON pointer of an operation, as the naming table keys it."""
    return pointers.join("paths", path, method.lower())


def fallback_operation_id(method: str, path: str) -> str:
    """The deterministic name of an operation missing from the naming table."""
    slug = re.sub(r"[^0-9a-zA-Z]+", "_", path).strip("_").lower()
    return f"{method.lower()}_{slug}"


def naming_line(method: str, path: str) -> str:
    """The naming-table line an unnamed operation needs, with its fallback names as a start."""
    name = fallback_operation_id(method, path)
    return f"  {operation_pointer(method, path)}: {{id: {name}, method: {name}}}"


def needs_name(doc: Mapping[str, Any], names: Mapping[str, OperationName]) -> dict[str, str]:
    """Pointer -> naming-table line (:func:`naming_line`) for each operation of ``doc`` that ``names`` lacks."""
    pointers = {operation_pointer(method, path): (method, path) for method, path, _ in iter_operations(doc)}
    return {pointer: naming_line(*where) for pointer, where in pointers.items() if pointer not in names}


def unnamed_operations(doc: Mapping[str, Any], names: Mapping[str, OperationName]) -> list[str]:
    """The JSON pointer of every operation the naming table does not name."""
    return list(needs_name(doc, names))


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


def request_roots(doc: Mapping[str, Any]) -> list[Any]:
    roots: list[Any] = []
    for _method, _path, op in iter_operations(doc):
        roots.extend(p["schema"] for p in op.get("parameters", ()) if "schema" in p)
        roots.extend(m["schema"] for m in op.get("requestBody", {}).get("content", {}).values() if "schema" in m)
    return roots


def response_roots(doc: Mapping[str, Any]) -> list[Any]:
    return [
        media["schema"]
        for _method, _path, op in iter_operations(doc)
        for response in op.get("responses", {}).values()
        for media in response.get("content", {}).values()
        if "schema" in media
    ]


def refs(node: Any) -> Iterator[str]:
    """The component names ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMAS):
            yield ref[len(_SCHEMAS) :]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def reachable(doc: Mapping[str, Any], roots: list[Any]) -> set[str]:
    """The components reachable from ``roots`` through ``$ref``s."""
    schemas = doc.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = [name for root in roots for name in refs(root)]
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(refs(schemas[name]))
    return seen


# --- 1. the configuration's entries ---------------------------------------------


def apply_config(doc: dict[str, Any], config: Config) -> None:
    """Patches, secret marks and the nullability overlay, at their pointers (in place)."""
    for pointer, patch in config.patches.items():
        try:
            pointers.patch_at(doc, pointer, patch)
        except pointers.PointerError as exc:
            raise ValueError(f"generator-config.yml patches: {exc}") from None
    for pointer in config.secret_fields:
        _property_at(doc, pointer, "secret_fields")[SECRET_MARK] = True
    for pointer, evidence in config.nullable.items():
        prop = _property_at(doc, pointer, "nullable")
        prop["nullable"] = True
        prop[OVERLAY_MARK] = evidence


def _property_at(doc: Any, pointer: str, section: str) -> Schema:
    try:
        node = pointers.resolve(doc, pointer)
    except pointers.PointerError as exc:
        raise ValueError(f"generator-config.yml {section}: {exc}") from None
    if not isinstance(node, dict):
        raise ValueError(f"generator-config.yml {section}: {pointer} is not a schema")
    return node


# --- 3. 3.0 ``nullable`` in a 3.1 document ------------------------------


def _null_schema() -> Schema:
    return {"type": "null"}


def admits_null(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(admits_null(s) for s in schema.get("anyOf", ()) if isinstance(s, dict))


def make_nullable(schema: Schema) -> None:
    """Rewrite ``schema`` in place so that it also accepts ``null``."""
    if admits_null(schema):
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
        keep = ANNOTATIONS | {SECRET_MARK, OVERLAY_MARK}
        annotations = {k: schema.pop(k) for k in list(schema) if k in keep}
        inner = {k: schema.pop(k) for k in list(schema)}
        schema.update(annotations)
        schema["anyOf"] = [inner, _null_schema()]
    elif not (set(schema) - ANNOTATIONS - {SECRET_MARK, OVERLAY_MARK}):
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
    if nullable and set(schema) - ANNOTATIONS - {SECRET_MARK, OVERLAY_MARK}:
        make_nullable(schema)  # alone, it constrains nothing: the empty schema admits null


# --- 2. inline enums and objects get names --------------------------------------


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
    stays = ANNOTATIONS | {"nullable", SECRET_MARK, OVERLAY_MARK}
    ref: Schema = {k: body.pop(k) for k in list(body) if k in stays}
    if None in body.get("enum", ()):
        body["enum"] = [v for v in body["enum"] if v is not None]
        ref["nullable"] = True
    schemas[name] = body
    _hoist_within(body, name, schemas)
    ref["$ref"] = _SCHEMAS + name
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


# --- one body per operation -------------------------------------------------------


def _check_one_request_content_type(doc: dict[str, Any]) -> None:
    """openapi-python-client 0.29.1 makes an unimportable module of a body offered in two content types."""
    for method, path, op in iter_operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if len(content) > 1:
            raise ValueError(
                f"{method} {path} offers its body as {', '.join(content)}: openapi-python-client cannot "
                f"generate that; add a patch keeping one to generator-config.yml at "
                f"{operation_pointer(method, path)}/requestBody/content"
            )


# --- 4. operation names ---------------------------------------------------------


def _name_operations(doc: dict[str, Any], names: Mapping[str, OperationName]) -> None:
    for method, path, op in iter_operations(doc):
        entry = names.get(operation_pointer(method, path))
        op["operationId"] = entry.id if entry else fallback_operation_id(method, path)


# --- 5. requests and responses get models of their own -------------------------------


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and ("properties" in schema or schema.get("type") == "object")


def _split_shared(doc: dict[str, Any]) -> dict[str, str]:
    """Give responses their own copy of every object component requests use too.

    A copy is named after its first use by a response, the way inline schemas
    are (``JobInterviewGetResponseQuestionsItem`` for the items of
    ``JobInterviewGetResponse.questions``), and every response-side ``$ref``
    points at it. Returns ``{response copy: request original}``.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    shared = {
        name
        for name in reachable(doc, request_roots(doc)) & reachable(doc, response_roots(doc))
        if _is_object(schemas[name])
    }
    copies: dict[str, str] = {}  # original -> copy
    originals: dict[str, str] = {}

    def rewrite(node: Any, owner: str, where: str) -> None:
        if isinstance(node, list):
            for item in node:
                rewrite(item, owner, where)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMAS) and ref[len(_SCHEMAS) :] in shared:
            original = ref[len(_SCHEMAS) :]
            if original not in copies:
                name = owner + where
                if name in schemas:
                    raise ValueError(f"cannot name the response copy of {original} {name!r}: a component exists")
                copies[original] = name
                originals[name] = original
                body = copy.deepcopy(schemas[original])
                if "title" in body:
                    body["title"] = name  # titles name classes: the copy needs its own
                schemas[name] = body
                rewrite(body, name, "")
            node["$ref"] = _SCHEMAS + copies[original]
            return
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for prop, sub in value.items():
                    rewrite(sub, owner, where + pascal(prop))
            elif key == "items":
                rewrite(value, owner, where + "Item")
            else:
                rewrite(value, owner, where)

    for name in sorted(reachable(doc, response_roots(doc)) - shared):
        rewrite(schemas[name], name, "")
    for root in response_roots(doc):
        rewrite(root, "", "")
    return originals


def _mark_responses(doc: dict[str, Any]) -> None:
    """Mark every object schema a response reaches, inline ones (``anyOf`` members) included."""
    schemas = doc.get("components", {}).get("schemas", {})
    requests = reachable(doc, request_roots(doc))
    for name in reachable(doc, response_roots(doc)):
        if name in requests:
            if _is_object(schemas[name]):
                raise AssertionError(f"{name} is still shared by requests and responses")
            continue  # an enum: the same Literal type serves both
        walk_schema(schemas[name], _mark_response)
    for root in response_roots(doc):
        walk_schema(root, _mark_response)


def _mark_response(schema: Schema) -> None:
    if _is_object(schema):
        schema[RESPONSE_MARK] = True


def _spell_nulls(schemas: Iterable[Schema]) -> None:
    """Null branches and 3.0 ``nullable`` in 2020-12 spelling, in each schema and every subschema."""
    for schema in schemas:
        walk_schema(schema, _null_branches)
        walk_schema(schema, _nullable_keyword)


# --- the entry point -------------------------------------------------------------


def normalize(doc: Mapping[str, Any], config: Config) -> dict[str, Any]:
    """The document as the SDK reads it: JSON Schema 2020-12, named, split and marked."""
    out = copy.deepcopy(dict(doc))
    apply_config(out, config)
    _name_inline_schemas(out)
    _spell_nulls(_document_schemas(out))
    _check_one_request_content_type(out)
    _name_operations(out, config.operations)
    twins = _split_shared(out)
    _mark_responses(out)
    if twins:
        out.setdefault("x-jobmojito", {})["response-twins"] = dict(sorted(twins.items()))
    return out


def iter_webhooks(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(event, METHOD, operation)`` of a webhooks document, in document order."""
    for event, item in doc.get("webhooks", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield event, method.upper(), item[method]


def normalize_webhooks(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The webhooks document as the SDK reads it: the document-wide rules, and every payload marked.

    A delivery is read like a response (leniently, into a response model):
    whatever its bodies reach is marked ``x-jobmojito-response``.
    """
    out = copy.deepcopy(dict(doc))
    _name_inline_schemas(out)
    roots = [
        media["schema"]
        for _event, _method, op in iter_webhooks(out)
        for media in op.get("requestBody", {}).get("content", {}).values()
        if "schema" in media
    ]
    schemas = out.get("components", {}).get("schemas", {})
    _spell_nulls([*schemas.values(), *roots])
    for name in reachable(out, roots):
        walk_schema(schemas[name], _mark_response)
    for root in roots:
        walk_schema(root, _mark_response)
    return out


def with_webhook_models(api: Mapping[str, Any], webhooks: Mapping[str, Any]) -> dict[str, Any]:
    """The API document with the webhook payloads' components added, for the generator to model them.

    openapi-python-client ignores a document's top-level ``webhooks``: given
    the components, it generates their models like any other.
    """
    out = copy.deepcopy(dict(api))
    schemas = out.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in webhooks.get("components", {}).get("schemas", {}).items():
        if name in schemas:
            raise ValueError(f"the webhooks document's component {name!r} has the name of one of the API's")
        schemas[name] = copy.deepcopy(schema)
    return out


def response_twins(normalized: Mapping[str, Any]) -> dict[str, str]:
    """``{response copy: request original}`` of a normalized document."""
    twins: dict[str, str] = normalized.get("x-jobmojito", {}).get("response-twins", {})
    return twins
