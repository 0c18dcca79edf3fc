"""Shared helpers of the contract tests (``test_contract_requests.py``, ``test_contract_responses.py``).

The judges are validators this project did not write: openapi-core 0.23.1
reads requests as they went on the wire, jsonschema checks the instances the
tests build, and hypothesis-jsonschema makes arguments and bodies from the
document's schemas.

openapi-core 0.23.1 needs three small changes to the normalized document to
read it as meant (``for_openapi_core``); each is explained where it is made
(two are the sandbox's, which validates requests with openapi-core too) and
none changes what a request may contain.
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import httpx
from codegen.config import load
from codegen.normalize import iter_operations, normalize, operation_pointer
from conftest import ROOT, load_yaml
from facade_support import BASE, TOKEN, Recorder
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator, FormatChecker
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from jobmojito import JobMojito
from jobmojito._operation import Operation as Record
from jobmojito._operations import get_operation
from jobmojito.sandbox.validation import binary_parts_as_bytes, single_parameter_type

CONFIG = load()
STRICT: dict[str, Any] = normalize(load_yaml(ROOT / "openapi.yaml"), CONFIG)
OPERATION_IDS = sorted(entry.id for entry in CONFIG.operations.values())

# hypothesis-jsonschema ignores ``format: uuid`` (it has no strategy for it),
# while openapi-core checks it. The SDK does not check formats, so a
# non-UUID string would pass the SDK and fail the judge: generate UUIDs.
FORMATS = {"uuid": st.uuids().map(str)}
# What a multipart ``format: binary`` part holds in the JSON instances the
# tests build; ``with_files`` turns it into a ``File`` before the call.
BINARY_PLACEHOLDER = "<binary>"
ONE_UUID = "baa3bf7c-6926-46fd-9005-16738a31f72d"
BASE_PATH = httpx.URL(BASE).path

FAST = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


# --- the operations, as the naming table and the document name them ----------------------


@dataclass(frozen=True)
class Operation:
    id: str
    method: str
    path: str
    resource: str  # attribute of the client: jm.<resource>
    name: str  # method of the resource: jm.<resource>.<name>(...)
    document: dict[str, Any]  # the operation in the strict document

    @property
    def record(self) -> Record[Any]:
        """The facade's own record of the operation (what the client validates with)."""
        return get_operation(self.id)


@cache
def operations() -> dict[str, Operation]:
    out = {}
    for method, path, op in iter_operations(STRICT):
        entry = CONFIG.operations[operation_pointer(method, path)]
        resource = CONFIG.resources[op["tags"][0]]
        out[entry.id] = Operation(entry.id, method, path, resource, entry.method, op)
    return out


def inlined(node: Any, document: dict[str, Any] = STRICT) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points to (the document has no cycles)."""
    if isinstance(node, list):
        return [inlined(item, document) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return inlined({**target, **rest}, document)
    return {key: inlined(value, document) for key, value in node.items()}


def request_schema(operation_id: str) -> tuple[str, dict[str, Any]] | None:
    """``("json" | "multipart" | "query", schema)`` of the operation's arguments, or None."""
    record = operations()[operation_id].record
    if record.body is not None and record.body_schema is not None:
        return record.body, dict(record.body_schema)
    if record.params_schema is not None:
        return "query", dict(record.params_schema)
    return None


def client(answer: Callable[[httpx.Request], httpx.Response], **options: Any) -> tuple[JobMojito, Recorder]:
    """A client (validation on, no retries) whose transport records every request."""
    recorder = Recorder(answer)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    jm = JobMojito(token=TOKEN, base_url=BASE, http_client=http, max_retries=0, **options)
    return jm, recorder


def call(jm: JobMojito, operation_id: str, arguments: dict[str, Any]) -> Any:
    """Call the operation through the facade (one page for list operations), ``arguments`` by wire name.

    Each becomes its keyword argument; a field the method does not have goes in
    ``extra_body``. A required argument ``arguments`` lacks is passed as None,
    which the SDK sends as nothing (None is null only where the document allows
    it, and no required field of this document does), so that a breakage which
    removes a required field reaches the SDK's check instead of Python's.
    """
    op = operations()[operation_id]
    resource = getattr(jm, op.resource)
    method = getattr(resource, op.name + "_page", None) or getattr(resource, op.name)
    python = {p.wire: p.python for p in op.record.params}
    known = {python[wire]: value for wire, value in arguments.items() if wire in python}
    missing = {p.python: None for p in op.record.params if p.required and p.python not in known and not p.nullable}
    extra = {wire: value for wire, value in arguments.items() if wire not in python}
    return method(**known, **missing, extra_body=extra or None)


def with_files(operation_id: str, arguments: dict[str, Any], payload: bytes = b"%PDF-1.4\n") -> dict[str, Any]:
    """``arguments`` with each binary placeholder replaced by a file (a name and bytes)."""
    kind_schema = request_schema(operation_id)
    if kind_schema is None or kind_schema[0] != "multipart":
        return arguments
    binary = {k for k, v in kind_schema[1].get("properties", {}).items() if v.get("format") == "binary"}
    return {
        k: ("cv.pdf", payload, "application/pdf") if k in binary and v == BINARY_PLACEHOLDER else v
        for k, v in arguments.items()
    }


# --- openapi-core, and the document as it needs it ----------------------------------------


def for_openapi_core(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the strict document that openapi-core 0.23.1 reads as meant."""
    doc = copy.deepcopy(document)
    doc["servers"] = [{"url": BASE}]
    for _method, _path, op in iter_operations(doc):
        for param in op.get("parameters", ()):
            single_parameter_type(param["schema"])
            if param["in"] == "query":
                # openapi-core refuses every empty query value (``?tab=``) unless
                # the parameter says ``allowEmptyValue``, even where the schema
                # takes "" (``tab``'s enum lists it; ``filter_text`` is any
                # string). With the flag the empty value is still cast and
                # checked against the schema: ``?limit=`` and ``?type=`` fail.
                param["allowEmptyValue"] = True
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data")
        if media is not None:
            binary_parts_as_bytes(media["schema"], doc)
    return doc


class WireRequest:
    """An ``httpx.Request`` as openapi-core's ``Request`` protocol sees it.

    Everything is read from what went on the wire: the raw query string is
    parsed here, not taken from httpx's own parameters.
    """

    def __init__(self, request: httpx.Request) -> None:
        request.read()
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        self.path = url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "")
        query = parse_qsl(url.query.decode("ascii"), keep_blank_values=True, errors="strict")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )


class Judge:
    """openapi-core's request validator on the adapted strict document."""

    def __init__(self, document: dict[str, Any]) -> None:
        # The document itself is checked by test_pipeline.py; skipping the
        # spec validator here saves seconds.
        self.api = OpenAPI.from_dict(for_openapi_core(document), config=Config(spec_validator_cls=None))

    def problems(self, request: httpx.Request) -> list[str]:
        """Why openapi-core refuses ``request`` (empty when it accepts it)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # allowEmptyValue is deprecated in 3.1
            result = self.api.unmarshal_request(WireRequest(request))
        return [describe(error) for error in result.errors]


def describe(error: BaseException) -> str:
    cause = error.__cause__
    details = [e.message for e in getattr(cause, "schema_errors", ())] or ([str(cause)] if cause else [])
    return f"{type(error).__name__}: {error}" + (f" ({'; '.join(details)})" if details else "")


@cache
def judge() -> Judge:
    return Judge(STRICT)


# --- instances built from a schema ----------------------------------------------------------


def ecma_patterns(schema: Any) -> Any:
    """``schema`` with each ``pattern``'s ``\\d`` written ``[0-9]``, as JSON Schema (ECMA-262) reads it.

    hypothesis-jsonschema reads ``\\d`` as Python's Unicode class and would draw
    Arabic-Indic digits the document does not allow (the SDK refuses them), and
    jsonschema would accept them where the SDK does not.
    """
    if isinstance(schema, dict):
        return {
            k: v.replace("\\d", "[0-9]") if k == "pattern" and isinstance(v, str) else ecma_patterns(v)
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [ecma_patterns(v) for v in schema]
    return schema


def checker(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [*schema.get("anyOf", ()), *schema.get("oneOf", ())]


def _kinds(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def _not_null(branches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [b for b in branches if _kinds(b) != ["null"]] or branches


@cache
def _matching(pattern: str, min_length: int) -> str:
    """A simple string matching ``pattern``: hypothesis's first, derandomized, unshrunk."""
    strings = from_schema({"type": "string", "pattern": pattern, "minLength": min_length})
    quick = settings(database=None, derandomize=True, phases=[Phase.generate])
    found: str = find(strings, lambda _: True, settings=quick)
    return found


def full_instance(schema: dict[str, Any]) -> Any:
    """A valid instance with every property present and not null where it may be.

    Strings are the shortest allowed, numbers the smallest, arrays hold one
    item; a union takes its first branch that is not null. The caller checks
    the result with jsonschema.
    """
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next((v for v in schema["enum"] if v is not None), None)
    if _branches(schema):
        return full_instance(_not_null(_branches(schema))[0])
    kinds = [k for k in _kinds(schema) if k != "null"] or _kinds(schema) or ["object"]
    kind = kinds[0]
    if kind == "object":
        return {name: full_instance(sub) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        items = schema.get("items", {})
        return [full_instance(items)] * max(1, schema.get("minItems", 0))
    if kind in ("integer", "number"):
        if "minimum" in schema:
            return schema["minimum"]
        if "exclusiveMinimum" in schema:
            return schema["exclusiveMinimum"] + 1
        return min(0, schema.get("maximum", 0))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(schema)


def _string(schema: dict[str, Any]) -> str:
    if schema.get("format") == "uuid":
        return ONE_UUID
    if schema.get("format") == "binary":
        return BINARY_PLACEHOLDER
    if "pattern" in schema:
        return _matching(schema["pattern"], schema.get("minLength", 0))
    return "x" * max(1, schema.get("minLength", 0))


def minimal_instance(schema: dict[str, Any]) -> Any:
    """``full_instance`` with only the required properties, at every depth."""

    def prune(node: dict[str, Any], value: Any) -> Any:
        if isinstance(value, dict):
            branch = _applied(node, value)
            required = set(branch.get("required", ()))
            properties = branch.get("properties", {})
            return {k: prune(properties.get(k, {}), v) for k, v in value.items() if k in required}
        if isinstance(value, list):
            return [prune(_applied(node, value).get("items", {}), v) for v in value]
        return value

    return prune(schema, full_instance(schema))


def _applied(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    """The part of ``schema`` that describes ``value``: itself, or the branch it matches."""
    branches = _branches(schema)
    if not branches:
        return schema
    for branch in _not_null(branches):
        if checker(branch).is_valid(value):
            return _applied(branch, value)
    return schema


# --- breakages derived from a schema ---------------------------------------------------------


@dataclass(frozen=True)
class Breakage:
    """One rule broken at one field: the field as the SDK should name it, and the edit that breaks it."""

    field: str  # as the SDK names fields: ``users[0].email``
    rule: str  # the JSON Schema keyword broken
    edit: tuple[str, list[Any], Any]  # ("remove" | "set", keys to the field, new value)

    def __str__(self) -> str:
        return f"{self.field} ({self.rule})"


WRONG_TYPES: list[tuple[str, Any]] = [
    ("string", "zz-wrong-type"),
    ("integer", 12345),
    ("boolean", True),
    ("array", ["zz"]),
    ("object", {"zz": 1}),
    ("null", None),
]
UNKNOWN_ENUM_VALUE = "zz-not-in-the-enum"
UNKNOWN_FIELD = "zz_unknown_field"


def _admitted(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types ``schema`` admits, or None when it does not restrict them."""
    if "type" in schema:
        kinds = set(_kinds(schema))
        return kinds | {"integer"} if "number" in kinds else kinds
    if "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        return {_json_type(v) for v in values}
    branches = _branches(schema)
    if branches:
        out: set[str] = set()
        for branch in branches:
            kinds = _admitted(branch)
            if kinds is None:
                return None
            out |= kinds
        return out
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _child(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def breakages(schema: dict[str, Any], base: dict[str, Any], *, query: bool = False) -> Iterator[Breakage]:
    """Each rule of ``schema`` that ``base`` (a valid instance) can be made to break, once.

    Every field of ``base``, at every depth, yields: its removal where it is
    required, a value of a type the schema does not admit, a value outside
    its enum, numbers just past their bounds, strings and arrays just past
    their lengths, a string missing its pattern, and, where the object allows
    no other fields, an unknown field. Query parameters are keyword
    arguments: a required one is left out by passing None (the SDK reads None
    as "not given"; leaving the keyword out is Python's TypeError), and None
    is never their wrong type.
    """
    walk = _Walk(query)
    yield from walk.container(schema, base, [])


@dataclass(frozen=True)
class _Walk:
    query: bool

    def container(self, schema: dict[str, Any], value: Any, keys: list[Any]) -> Iterator[Breakage]:
        where = _path(keys)
        node = _applied(schema, value)
        if isinstance(value, dict):
            properties = node.get("properties", {})
            for name in node.get("required", ()):
                if name in value:
                    edit = ("set", [*keys, name], None) if self.query and not keys else ("remove", [*keys, name], None)
                    yield Breakage(_child(where, name), "required", edit)
            if node.get("additionalProperties") is False:
                field = _child(where, UNKNOWN_FIELD)
                yield Breakage(field, "additionalProperties", ("set", [*keys, UNKNOWN_FIELD], 1))
            for name, item in value.items():
                if name in properties:
                    yield from self.field(properties[name], item, [*keys, name])
        elif isinstance(value, list):
            if node.get("minItems", 0) > 0:
                yield Breakage(where, "minItems", ("set", keys, value[: node["minItems"] - 1]))
            if "maxItems" in node and value:
                longer = value + [value[0]] * (node["maxItems"] + 1 - len(value))
                yield Breakage(where, "maxItems", ("set", keys, longer))
            for index, item in enumerate(value):
                yield from self.field(node.get("items", {}), item, [*keys, index])

    def field(self, schema: dict[str, Any], value: Any, keys: list[Any]) -> Iterator[Breakage]:
        where = _path(keys)
        admitted = _admitted(schema)
        if admitted is not None:
            for kind, wrong in WRONG_TYPES:
                if kind not in admitted and not (self.query and wrong is None):
                    yield Breakage(where, "type", ("set", keys, wrong))
                    break
        node = _applied(schema, value)
        for rule, wrong in _value_breakages(node, value):
            yield Breakage(where, rule, ("set", keys, wrong))
        yield from self.container(schema, value, keys)


def _value_breakages(node: dict[str, Any], value: Any) -> Iterator[tuple[str, Any]]:
    if "enum" in node and "string" in _kinds(node):
        yield "enum", UNKNOWN_ENUM_VALUE
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        for rule, past in (("minimum", -1), ("maximum", 1)):
            if rule in node:
                yield rule, node[rule] + past
        for rule in ("exclusiveMinimum", "exclusiveMaximum"):
            if rule in node:
                yield rule, node[rule]
    if isinstance(value, str) and "enum" not in node:
        if node.get("minLength", 0) > 0:
            yield "minLength", "x" * (node["minLength"] - 1)
        if "maxLength" in node:
            yield "maxLength", "x" * (node["maxLength"] + 1)
        if "pattern" in node:
            yield "pattern", "!" * max(1, node.get("minLength", 0))


def _path(keys: list[Any]) -> str:
    where = ""
    for key in keys:
        where = _child(where, key)
    return where


def broken(base: dict[str, Any], breakage: Breakage) -> dict[str, Any]:
    """``base`` with ``breakage`` applied (a copy)."""
    action, keys, new = breakage.edit
    out = copy.deepcopy(base)
    target: Any = out
    for key in keys[:-1]:
        target = target[key]
    if action == "remove":
        del target[keys[-1]]
    else:
        target[keys[-1]] = copy.deepcopy(new)
    return out
