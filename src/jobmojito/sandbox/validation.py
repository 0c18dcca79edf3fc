"""Request validation against the normalized document, with openapi-core.

``RequestValidator.validate`` answers either the request's query parameters
(cast, defaults filled in) or an ``Invalid`` naming the offending field, which
the app turns into the document's 422 ``Error`` body ``{"error", "name"}``.

openapi-core 0.23.1 reads the document almost as is; ``for_openapi_core``
makes the few changes it needs, each explained where it is made. None of them
changes what a request may contain.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match
from openapi_core import Config, OpenAPI
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.unmarshalling.request.unmarshallers import (
    V30RequestParametersUnmarshaller,
    V31RequestParametersUnmarshaller,
)
from openapi_core.validation.request.exceptions import (
    MissingRequestBodyError,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.request.validators import V30RequestBodyValidator, V31RequestBodyValidator
from starlette.datastructures import ImmutableMultiDict

_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Valid:
    """A request that passed: its query (cast, defaults in) and its JSON body (None without one)."""

    query: dict[str, Any]
    body: Any


@dataclass(frozen=True)
class Invalid:
    """Why a request was refused, and the field it was refused for."""

    message: str
    name: str


def for_openapi_core(normalized: Mapping[str, Any], base_path: str) -> dict[str, Any]:
    """A copy of the normalized document that openapi-core 0.23.1 reads as meant."""
    doc = copy.deepcopy(dict(normalized))
    # The sandbox serves the paths under its own base path, on any host.
    doc["servers"] = [{"url": base_path or "/"}]
    for item in doc.get("paths", {}).values():
        for method in _METHODS:
            if method not in item:
                continue
            operation = item[method]
            for param in operation.get("parameters", ()):
                single_parameter_type(param.get("schema", {}))
            body = operation.get("requestBody", {}).get("content", {})
            for media_type, media in body.items():
                if media_type == "multipart/form-data":
                    binary_parts_as_bytes(media.get("schema", {}), doc)
    return doc


def single_parameter_type(schema: dict[str, Any]) -> None:
    """``offset: {type: [integer, null]}`` → ``integer`` (also for the contract tests' judge).

    openapi-core 0.23.1 reads a parameter's ``type`` as one string and raises
    TypeError on a list. A query string has no null to send (the SDK leaves
    None out), so the type without null admits the same query strings.
    """
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = [k for k in kind if k != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest


def binary_parts_as_bytes(schema: dict[str, Any], doc: Mapping[str, Any]) -> None:
    """A multipart body's file parts without ``type`` (also for the contract tests' judge).

    A file part reaches openapi-core's schema validator as bytes, and its 3.1
    validator refuses bytes for ``type: string`` (its 3.0 one takes them when
    ``format: binary``). Without ``type`` the part is still required and
    still ``format: binary``; the text parts keep their types.
    """
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    for prop in schema.get("properties", {}).values():
        if prop.get("format") == "binary" and prop.get("type") == "string":
            del prop["type"]


class RequestValidator:
    """Validates requests against one (adapted) document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        # The document's own correctness is checked by the project's tests;
        # skipping it here saves a second per app.
        api = OpenAPI.from_dict(dict(document), config=Config(spec_validator_cls=None))
        # Parameters are unmarshalled (cast, defaults filled in: the app uses
        # them); a body is only validated. openapi-core's unmarshalling of a
        # body walks the schema path by path and costs ~20x its validation
        # (3.6 of 3.8 s for ten 100-candidate register-users requests).
        v31 = str(document.get("openapi", "")).startswith("3.1")
        params = V31RequestParametersUnmarshaller if v31 else V30RequestParametersUnmarshaller
        body = V31RequestBodyValidator if v31 else V30RequestBodyValidator
        self._parameters = params(api.spec)
        self._body = body(api.spec)
        self._query: dict[str, dict[str, Draft202012Validator]] = {}
        for item in document.get("paths", {}).values():
            for method in _METHODS:
                operation = item.get(method, {})
                self._query[operation.get("operationId", "")] = {
                    p["name"]: Draft202012Validator(p.get("schema", {}), format_checker=FormatChecker())
                    for p in operation.get("parameters", ())
                    if p.get("in") == "query"
                }

    def validate(self, request: Any, operation_id: str) -> Valid | Invalid:
        """The query and JSON body of ``request`` (an openapi-core ``Request``), or why it is invalid."""
        body = None
        if request.body and request.content_type.startswith("application/json"):
            try:
                body = json.loads(request.body)  # parsed here once; openapi-core parses its own copy
            except ValueError as exc:
                return Invalid(f"Request body is not valid JSON: {exc}", "body")
        # openapi-core refuses every empty query value (``?tab=``), even where
        # the schema takes "" (``tab``'s enum has it; ``filter_text=`` is a
        # string). Empty values are judged here against the parameter's
        # schema, and openapi-core sees the rest.
        empty = {name for name, value in request.parameters.query.multi_items() if value == ""}
        for name in sorted(empty):
            checker = self._query.get(operation_id, {}).get(name)
            if checker is not None and not checker.is_valid(""):
                return Invalid(f"Invalid query parameter {name}: an empty value is not allowed", name)
        query = request.parameters.query
        request.parameters.query = ImmutableMultiDict([(k, v) for k, v in query.multi_items() if k not in empty])
        result = self._parameters.unmarshal(request)
        try:
            first = next(iter([*result.errors, *self._body.iter_errors(request)]), None)
        except Exception as exc:  # openapi-core asserts on some malformed multipart bodies
            return Invalid(f"Request body could not be read as {request.content_type}: {exc!r}", "body")
        if first is not None:
            return describe(first)
        return Valid({**result.parameters.query, **dict.fromkeys(empty, "")}, body)


def describe(error: Exception) -> Invalid:
    """An openapi-core request error as a message and the field it concerns."""
    if isinstance(error, ParameterValidationError):
        detail = _schema_errors(error)
        if detail is not None:
            return Invalid(f"{error}: {detail.message}", error.name)
        cause = f": {error.__cause__}" if error.__cause__ is not None else ""  # "Failed to cast value to integer"
        return Invalid(f"{error}{cause}", error.name)
    if isinstance(error, MissingRequestBodyError):
        return Invalid(str(error), "body")
    if isinstance(error, RequestBodyValidationError):
        if isinstance(error.__cause__, MediaTypeNotFound):
            return Invalid(f"Unsupported content type: {error.__cause__.mimetype}", "body")
        detail = _schema_errors(error)
        if detail is not None:
            return Invalid(detail.message, field_name(detail))
        return Invalid(str(error), "body")
    return Invalid(str(error), "request")


def _schema_errors(error: Exception) -> SchemaError | None:
    errors: Iterable[SchemaError] = getattr(error.__cause__, "schema_errors", ())
    return best_match(errors)


def field_name(error: SchemaError) -> str:
    """The field a JSON Schema error is about: ``users[0].email``, ``name``."""
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [key for key in error.validator_value if key not in error.instance]
        if missing:
            path.append(missing[0])
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".") or "body"
