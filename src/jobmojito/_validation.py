"""Client-side request validation: refuse a bad request before it is sent.

A small validator for the JSON Schema keywords the document's request
schemas use (type, enum, const, properties, required, additionalProperties,
items, min/maxItems, min/maxLength, pattern, minimum, maximum, exclusive
bounds, anyOf, allOf, oneOf). It is differential-tested against the
``jsonschema`` library; it exists because the SDK's runtime dependencies are
httpx, attrs and python-dateutil only. Errors name the field and the rule.

Before the schema, :func:`check_json` makes sure the value can be sent at all,
whatever the schema says (JSON Schema accepts all of these; the wire does not):

* ``unicode``: a string (or an object key) holding a lone surrogate
  (``"\\ud800"``) cannot be encoded as UTF-8;
* ``finite``: NaN and ±infinity are not JSON numbers;
* ``integer size``: an int of more than :data:`MAX_INT_DIGITS` digits (Python
  will not even turn it into text, and sending it would be quadratic);
* ``type``: an object that is not JSON (bytes, a file object, a set, ...);
* ``depth``: nesting deeper than :data:`MAX_DEPTH`.

:func:`check_query` bounds what goes into a URL: each query value
(:data:`MAX_QUERY_VALUE_LENGTH` characters, rule ``maxLength``) and the whole
URL once encoded (:data:`MAX_URL_LENGTH`, rule ``url length``). Messages never
hold the offending value's text when it is that large.
"""

from __future__ import annotations

import math
import re
import reprlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from ._errors import ValidationError

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_QUERY_VALUE_LENGTH",
    "MAX_URL_LENGTH",
    "check_json",
    "check_query",
    "validate",
]

MAX_INT_DIGITS = 4300
"""Python's default limit for int-to-text conversion (``sys.get_int_max_str_digits()``)."""
_INT_LIMIT = 10**MAX_INT_DIGITS  # the smallest int with one digit too many
_SAFE_INT_BITS = math.floor(MAX_INT_DIGITS / math.log10(2))  # an int this short in bits is below _INT_LIMIT

MAX_DEPTH = 256
"""How deeply a request value may nest (no request schema of the API nests more than a few levels)."""

MAX_QUERY_VALUE_LENGTH = 8000
"""The longest query value, in characters (servers and proxies commonly refuse URLs past 8 KB)."""

MAX_URL_LENGTH = 8000
"""The longest URL, query included, in characters once percent-encoded."""

_SURROGATE = re.compile("[\ud800-\udfff]")

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


_SHORT = reprlib.Repr()  # shows the start of a long string or container without building its whole repr
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlevel = 3


def _describe(value: Any) -> str:
    text = _SHORT.repr(value)
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


def _key(key: Any) -> str:
    """An object key as it can be shown in a field path (a lone surrogate escaped)."""
    text = key if isinstance(key, str) else str(key)
    return (
        text if text.isascii() or _SURROGATE.search(text) is None else text.encode("utf-8", "backslashreplace").decode()
    )


def check_json(value: Any, where: str = "") -> None:
    """Raise ``ValidationError`` if ``value`` cannot be sent as JSON (see the module's docstring).

    Iterative, so that nesting deeper than the interpreter's stack is refused, not crashed on.
    """
    if type(value) is dict and _plain(value):
        return  # most bodies and queries: a flat object of short ASCII strings, small ints, booleans
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    while stack:
        item, at, depth = stack.pop()
        if isinstance(item, str):
            _check_text(item, at)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if item.bit_length() > _SAFE_INT_BITS and abs(item) >= _INT_LIMIT:
                raise _fail(at, "integer size", f"must have at most {MAX_INT_DIGITS} digits; got a longer integer")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise _fail(at, "finite", f"must be a finite number; got {item!r}")
        elif isinstance(item, (Mapping, list, tuple)):
            if depth >= MAX_DEPTH:
                raise _fail(at, "depth", f"nests deeper than {MAX_DEPTH} levels")
            if isinstance(item, Mapping):
                children = []
                for key, child in item.items():
                    path = _child(at, _key(key))
                    if not isinstance(key, str):
                        raise _fail(path, "type", f"object keys must be strings; got {_type_name(key)}")
                    _check_text(key, path, what="key")
                    children.append((child, path, depth + 1))
            else:
                children = [(child, _child(at, index), depth + 1) for index, child in enumerate(item)]
            stack.extend(reversed(children))  # first child on top: errors come in document order
        elif not _is_file(item):
            raise _fail(
                at, "type", f"must be JSON (a string, number, boolean, null, array or object); got {_type_name(item)}"
            )


def _plain(obj: dict[Any, Any]) -> bool:
    """Whether ``obj`` is flat and nothing in it can fail a rule of :func:`check_json` (else: walk it)."""
    for key, item in obj.items():
        if type(key) is not str or not key.isascii():
            return False
        kind = type(item)
        if kind is str:
            if not item.isascii():
                return False
        elif kind is int:
            if item.bit_length() > _SAFE_INT_BITS:
                return False
        elif item is not None and kind is not bool:
            return False
    return True


def _check_text(text: str, where: str, what: str = "string") -> None:
    if not text.isascii():
        found = _SURROGATE.search(text)
        if found is not None:
            raise _fail(
                where,
                "unicode",
                f"{what} holds a lone surrogate (U+{ord(found.group()):04X}) at index {found.start()}, "
                "which cannot be encoded as UTF-8",
            )


def check_query(url: str, params: Mapping[str, str]) -> None:
    """Raise ``ValidationError`` if a query value or the whole URL (``url`` plus ``params``) is too long.

    Call it with the values as they go on the wire (strings), before httpx builds
    the URL: httpx refuses URLs past 65,536 characters with ``httpx.InvalidURL``.
    """
    for name, value in params.items():
        where = _key(name)
        _check_text(name, where, what="key")
        _check_text(value, where)
        if len(value) > MAX_QUERY_VALUE_LENGTH:
            raise _fail(
                where, "maxLength", f"must be at most {MAX_QUERY_VALUE_LENGTH} characters in a URL; got {len(value)}"
            )
    length = len(url)
    for name, value in params.items():
        length += 2 + len(quote(name, safe="")) + len(quote(value, safe=""))  # "?" or "&", and "="
    if length > MAX_URL_LENGTH:
        raise _fail(
            "(query)",
            "url length",
            f"makes a URL of {length} characters once encoded; at most {MAX_URL_LENGTH} are sent",
        )


def validate(schema: Mapping[str, Any], value: Any, where: str = "") -> None:
    """Raise ``ValidationError`` for the first rule ``value`` breaks: :func:`check_json`, then the schema."""
    check_json(value, where)
    _validate(schema, value, where)


def _validate(schema: Mapping[str, Any], value: Any, where: str = "") -> None:
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
            _validate(properties[key], item, _child(where, key))
        elif extra is False:
            raise _fail(_child(where, key), "additionalProperties", "is not a known field")
        elif isinstance(extra, Mapping):
            _validate(extra, item, _child(where, key))


def _check_array(schema: Mapping[str, Any], value: Sequence[Any], where: str) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        raise _fail(where, "minItems", f"must have at least {schema['minItems']} items; got {len(value)}")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise _fail(where, "maxItems", f"must have at most {schema['maxItems']} items; got {len(value)}")
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            _validate(items, item, _child(where, index))


def _check_combinators(schema: Mapping[str, Any], value: Any, where: str) -> None:
    for sub in schema.get("allOf", ()):
        _validate(sub, value, where)
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if not branches:
            continue
        # Passing is the common case: anyOf stops at the first branch that
        # fits, oneOf at the second, and a branch whose type cannot fit is
        # skipped before anything is formatted. Messages are built only when
        # the value fits no branch, to say why.
        fits = 0
        for sub in branches:
            fits += _fits(sub, value, where)
            if fits and keyword == "anyOf":
                break
            if fits > 1:
                raise _fail(where, "oneOf", "matches more than one alternative; exactly one is allowed")
        if fits:
            continue
        errors: list[ValidationError] = []
        for sub in branches:
            try:
                _validate(sub, value, where)
            except ValidationError as exc:
                errors.append(exc)
        # The most telling error is the deepest one (from the branch whose
        # type fits: `hiring_for_company.name`), then any rule but `type`.
        here = where or "(body)"
        deeper = [e for e in errors if e.field != here]
        fitting = deeper or [e for e in errors if e.rule != "type"]
        raise fitting[0] if fitting else _fail(where, "type", "; ".join(e.message for e in errors))


def _fits(schema: Mapping[str, Any], value: Any, where: str) -> bool:
    """Whether ``value`` passes ``schema``: a type that cannot fit is refused without formatting a message."""
    kind = schema.get("type")
    if kind is not None and not (
        _is_type(value, kind) if isinstance(kind, str) else any(_is_type(value, k) for k in kind)
    ):
        return False
    try:
        _validate(schema, value, where)
    except ValidationError:
        return False
    return True
