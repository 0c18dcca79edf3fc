"""Values made from a JSON Schema, deterministic for a given random generator.

``Faker(document).value(schema, rng)`` makes a value that validates against
``schema`` (a schema of the normalized document, ``$ref``s resolved against
its components). Where the schema carries an ``example``, ``examples`` or
``default`` that validates, that value is used; otherwise one is made up, with
the property name as a hint (``*_at`` is a timestamp, ``*_url`` a URL, ...).
Every optional property is filled in, so responses show the whole shape.
"""

from __future__ import annotations

import copy
import math
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from random import Random
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

Schema = Mapping[str, Any]

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
FAKE_HOST = "https://sandbox.jobmojito.invalid"
_MAX_DEPTH = 8
_MAX_ITEMS = 2


def timestamp(seconds: float) -> str:
    """An ISO 8601 UTC timestamp ``seconds`` after the sandbox's epoch."""
    return (EPOCH + timedelta(seconds=seconds)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def seeded(*parts: object) -> Random:
    """A generator determined by ``parts`` (a seed, an operation, a record id...).

    Test data, never secrets: the standard generator is the point, as the same
    parts give the same values on every run and every machine.
    """
    return Random(":".join(["jobmojito-sandbox", *map(str, parts)]))  # noqa: S311


def fake_uuid(rng: Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Faker:
    """Makes values for the schemas of one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._components: Mapping[str, Any] = document.get("components", {}).get("schemas", {})
        self._validators: dict[int, tuple[Schema, Draft202012Validator]] = {}

    def resolve(self, schema: Schema) -> Schema:
        ref = schema.get("$ref")
        while isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            schema = self._components[ref.rsplit("/", 1)[1]]
            ref = schema.get("$ref")
        return schema

    def fits(self, value: Any, schema: Schema) -> bool:
        """Whether ``value`` validates against ``schema`` (formats included)."""
        entry = self._validators.get(id(schema))
        if entry is None:
            # A root that holds the components, so "#/components/..." resolves.
            root = {**schema, "components": {"schemas": self._components}}
            entry = (schema, Draft202012Validator(root, format_checker=FormatChecker()))
            self._validators[id(schema)] = entry
        return bool(entry[1].is_valid(value))

    def value(self, schema: Schema, rng: Random, hint: str = "", depth: int = 0) -> Any:
        for key in ("example", "default"):
            if key in schema and self.fits(schema[key], schema):
                return copy.deepcopy(schema[key])
        for example in schema.get("examples", ()):
            if self.fits(example, schema):
                return copy.deepcopy(example)
        if "$ref" in schema:
            return self.value(self.resolve(schema), rng, hint, depth)
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            choices = [v for v in schema["enum"] if v is not None]
            return copy.deepcopy(rng.choice(choices)) if choices else None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [b for b in schema[key] if b.get("type") != "null"]
                return self.value(branches[0], rng, hint, depth) if branches else None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for member in schema["allOf"]:
                merged.update(self.resolve(member))
            return self.value(merged, rng, hint, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        maker = _MAKERS.get(kind) if isinstance(kind, str) else None
        if maker is None:
            return {} if "properties" in schema else None
        return maker(self, schema, rng, hint, depth)

    def _object(self, schema: Schema, rng: Random, hint: str, depth: int) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        out: dict[str, Any] = {}
        for name, sub in schema.get("properties", {}).items():
            if depth < _MAX_DEPTH or name in required:
                out[name] = self.value(sub, rng, name, depth + 1)
        return out

    def _array(self, schema: Schema, rng: Random, hint: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        count = low if depth >= _MAX_DEPTH else max(low, min(_MAX_ITEMS, int(schema.get("maxItems", _MAX_ITEMS))))
        items = schema.get("items", {})
        return [self.value(items, rng, hint, depth + 1) for _ in range(count)]

    def _string(self, schema: Schema, rng: Random, hint: str, depth: int) -> str:
        text = _string_for(schema.get("format"), hint, rng)
        if "pattern" in schema and not re.search(schema["pattern"], text):
            text = "sandbox"
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        text = text.ljust(low, "x")
        return text if high is None else text[: int(high)]

    def _number(self, schema: Schema, rng: Random, hint: str, depth: int) -> float:
        low = schema.get("minimum", 0)
        high = schema.get("maximum", max(low, 0) + 100)
        if math.ceil(low) > math.floor(high):
            return float(low)  # a range without a whole number in it: 0.01..0.9
        return rng.randint(math.ceil(low), math.floor(high))

    def _boolean(self, schema: Schema, rng: Random, hint: str, depth: int) -> bool:
        return rng.random() < 0.5


def _string_for(fmt: Any, hint: str, rng: Random) -> str:
    hint = hint.lower()
    if fmt == "uuid" or hint == "id" or hint.endswith("_id"):
        return fake_uuid(rng)
    if fmt == "date-time" or hint.endswith("_at") or hint in {"start", "end", "interview_last"}:
        return timestamp(rng.randrange(0, 90 * 86400))
    if fmt == "date" or hint.endswith(("_till", "_until", "date")):
        return timestamp(rng.randrange(0, 90 * 86400))[:10]
    if fmt == "uri" or hint.endswith(("_url", "url")):
        return f"{FAKE_HOST}/{hint or 'resource'}/{rng.randrange(10**6)}"
    if fmt == "email" or "email" in hint:
        return f"candidate{rng.randrange(1000)}@example.com"
    return f"sandbox {hint.replace('_', ' ')}".strip()


_MAKERS: dict[str, Any] = {
    "object": Faker._object,
    "array": Faker._array,
    "string": Faker._string,
    "integer": Faker._number,
    "number": Faker._number,
    "boolean": Faker._boolean,
    "null": lambda self, schema, rng, hint, depth: None,
}
