"""Client-side request validation: refuse a bad request before it is sent.

A small validator for the JSON Schema keywords the document's request
schemas use (type, enum, const, properties, required, additionalProperties,
items, min/maxItems, min/maxLength, pattern, minimum, maximum, exclusive
bounds, anyOf, allOf, oneOf). It is differential-tested against the
``jsonschema`` library; it exists because the SDK's runtime dependencies are
httpx, attrs and python-dateutil only. Errors name the field and the rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from ._errors import ValidationError

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "object": (Mapping,),
    "array": (list, tuple),
}


@lru_cache(maxsize=256)
def _pattern(source: str) -> re.Pattern[str]:
    """``source`` read as JSON Schema's (ECMA-262) regex dialect where Python differs.

    ``\\d`` and ``\\w`` are ASCII there (``re.ASCII``), and a final ``$`` matches
    only at the very end, not before a trailing newline (``\\Z``).
    """
    if source.endswith("$") and not source.endswith("\\$"):
        source = source[:-1] + "\\Z"
    return re.compile(source, re.ASCII)


def _is_type(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str) or _is_file(value)  # multipart `format: binary` fields carry a File
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _JSON_TYPES.get(kind, object))


def _is_file(value: Any) -> bool:
    return type(value).__name__ == "File" and hasattr(value, "payload")


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def _fail(where: str, rule: str, message: str) -> ValidationError:
    return ValidationError(field=where or "(body)", rule=rule, message=message)


def _child(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def validate(schema: Mapping[str, Any], value: Any, where: str = "") -> None:
    """Raise ``ValidationError`` for the first rule ``value`` breaks."""
    kind = schema.get("type")
    if kind is not None and not (
        _is_type(value, kind) if isinstance(kind, str) else any(_is_type(value, k) for k in kind)
    ):
        kinds = [kind] if isinstance(kind, str) else list(kind)
        expected = " or ".join(kinds)
        raise _fail(where, "type", f"must be {expected}, got {_type_name(value)} {_describe(value)}")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise _fail(where, "enum", f"must be one of {allowed}; got {_describe(value)}")
    if "const" in schema and value != schema["const"]:
        raise _fail(where, "const", f"must be {schema['const']!r}; got {_describe(value)}")
    if type(value) is str or (isinstance(value, str) and not _is_file(value)):
        _check_string(schema, value, where)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(schema, value, where)
    elif isinstance(value, Mapping):
        _check_object(schema, value, where)
    elif isinstance(value, (list, tuple)):
        _check_array(schema, value, where)
    if "anyOf" in schema or "oneOf" in schema or "allOf" in schema:
        _check_combinators(schema, value, where)


def _check_string(schema: Mapping[str, Any], value: str, where: str) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise _fail(where, "minLength", f"must be at least {schema['minLength']} characters; got {len(value)}")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise _fail(where, "maxLength", f"must be at most {schema['maxLength']} characters; got {len(value)}")
    if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
        raise _fail(where, "pattern", f"must match {schema['pattern']!r}; got {_describe(value)}")


def _check_number(schema: Mapping[str, Any], value: float, where: str) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        raise _fail(where, "minimum", f"must be >= {schema['minimum']}; got {value}")
    if "maximum" in schema and value > schema["maximum"]:
        raise _fail(where, "maximum", f"must be <= {schema['maximum']}; got {value}")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        raise _fail(where, "exclusiveMinimum", f"must be > {schema['exclusiveMinimum']}; got {value}")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        raise _fail(where, "exclusiveMaximum", f"must be < {schema['exclusiveMaximum']}; got {value}")


def _check_object(schema: Mapping[str, Any], value: Mapping[str, Any], where: str) -> None:
    for name in schema.get("required", ()):
        if name not in value:
            raise _fail(_child(where, name), "required", "is required")
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            validate(properties[key], item, _child(where, key))
        elif extra is False:
            raise _fail(_child(where, key), "additionalProperties", "is not a known field")
        elif isinstance(extra, Mapping):
            validate(extra, item, _child(where, key))


def _check_array(schema: Mapping[str, Any], value: Sequence[Any], where: str) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        raise _fail(where, "minItems", f"must have at least {schema['minItems']} items; got {len(value)}")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise _fail(where, "maxItems", f"must have at most {schema['maxItems']} items; got {len(value)}")
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            validate(items, item, _child(where, index))


def _check_combinators(schema: Mapping[str, Any], value: Any, where: str) -> None:
    for sub in schema.get("allOf", ()):
        validate(sub, value, where)
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if not branches:
            continue
        errors: list[ValidationError] = []
        for sub in branches:
            try:
                validate(sub, value, where)
            except ValidationError as exc:
                errors.append(exc)
        matched = len(branches) - len(errors)
        if keyword == "oneOf" and matched > 1:
            raise _fail(where, "oneOf", f"matches {matched} alternatives; exactly one is allowed")
        if matched == 0:
            # The most telling error is the deepest one (from the branch whose
            # type fits: `hiring_for_company.name`), then any rule but `type`.
            here = where or "(body)"
            deeper = [e for e in errors if e.field != here]
            fitting = deeper or [e for e in errors if e.rule != "type"]
            raise fitting[0] if fitting else _fail(where, "type", "; ".join(e.message for e in errors))
