"""Compare two schemas of one operation, field by field, and record changes.

``Recorder`` collects the changes of one operation; ``SchemaDiff`` walks an
old and a new schema side by side (through ``$ref`` — a pair of schemas seen
twice on the same path is a cycle and is not walked again) and classifies
each difference by direction: what the client sends (``request``) or what it
receives (``response``). The severities follow the table in kinds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from .kinds import ANNOTATION_KINDS, Change, Kind, Severity, by_direction
from .schema import LOWER_BOUNDS, UPPER_BOUNDS, Document, View, pointer, view

BREAKING, SAFE, INFO = Severity.BREAKING, Severity.SAFE, Severity.INFO
Located = dict[str, tuple[Any, str]]  # keyword -> (value, JSON pointer)


def same(old: Any, new: Any) -> bool:
    """JSON equality (``True`` is not ``1`` here, unlike in Python)."""
    return json.dumps(old, sort_keys=True, default=str) == json.dumps(new, sort_keys=True, default=str)


def shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def located(obj: Any, ptr: str, keys: tuple[str, ...]) -> Located:
    """The ``keys`` present in ``obj`` with their pointers."""
    if not isinstance(obj, dict):
        return {}
    return {key: (obj[key], pointer(ptr, key)) for key in keys if key in obj}


@dataclass
class Recorder:
    """The changes found so far, all attributed to one operation."""

    operation: str | None
    changes: list[Change] = field(default_factory=list)

    def add(self, severity: Severity, kind: Kind, location: str, message: str, *, old: Any, new: Any) -> None:
        self.changes.append(Change(severity, kind, self.operation, location, message, old, new))

    def annotations(self, old: Located, new: Located, subject: str) -> None:
        """Documentation changes: always info, old and new text kept."""
        for key in sorted(old.keys() | new.keys()):
            old_value, old_ptr = old.get(key, (None, ""))
            new_value, new_ptr = new.get(key, (None, ""))
            if same(old_value, new_value):
                continue
            verb = "added" if key not in old else "removed" if key not in new else "changed"
            where = new_ptr if key in new else old_ptr
            self.add(INFO, ANNOTATION_KINDS[key], where, f"{subject}: {key} {verb}", old=old_value, new=new_value)


@dataclass(frozen=True)
class Side:
    """Where in an operation a schema sits, for severities and messages."""

    request: bool
    where: str  # "request body", "query parameter `limit`", "response 200"
    label: str = ""  # the field path inside it: "questions[].text"
    optional: bool = False  # an object's property that may be left out (and so reads as None already)

    def subject(self) -> str:
        return f"{self.where} field `{self.label}`" if self.label else self.where

    def down(self, suffix: str) -> Side:
        nested = self.label and not suffix.startswith(("[", "{", "<"))
        return Side(self.request, self.where, f"{self.label}.{suffix}" if nested else self.label + suffix)


def _tighter(keyword: str, old: Any, new: Any) -> bool:
    """Whether a constraint now refuses values it accepted (conservative)."""
    if old is None or new is None:
        return old is None
    try:
        if keyword in LOWER_BOUNDS:
            return bool(new > old)
        if keyword in UPPER_BOUNDS:
            return bool(new < old)
    except TypeError:
        return True
    if keyword == "uniqueItems":
        return bool(new)
    return True  # another pattern or multipleOf can refuse what the old one accepted


def _ref_text(raw: Any) -> str | None:
    return str(raw["$ref"]) if isinstance(raw, dict) and "$ref" in raw else None


class SchemaDiff:
    def __init__(self, old: Document, new: Document, out: Recorder) -> None:
        self.old, self.new, self.out = old, new, out

    def compare(
        self, old_raw: Any, old_ptr: str, new_raw: Any, new_ptr: str, side: Side, _path: frozenset[Any] = frozenset()
    ) -> None:
        o, n = view(self.old, old_raw, old_ptr), view(self.new, new_raw, new_ptr)
        if (o.ptr, n.ptr) in _path:
            return  # a recursive schema: this pair is being compared further up
        path = _path | {(o.ptr, n.ptr)}
        if o.opaque_ref is not None or n.opaque_ref is not None:
            # A $ref that a partial document cannot resolve: only its text can be compared.
            if _ref_text(old_raw) != _ref_text(new_raw):
                self._type_changed(o, n, side)
            return
        self.out.annotations(o.annotations, n.annotations, side.subject())
        if o.types != n.types:
            self._type_changed(o, n, side)
            return  # what was inside no longer compares meaningfully
        if o.format != n.format:
            self._type_changed(o, n, side)
        self._nullable(o, n, side)
        self._enum(o, n, side)
        self._constraints(o, n, side)
        self._properties(o, n, side, path)
        for pair, suffix in ((o.items, n.items), "[]"), ((o.additional, n.additional), "{}"):
            if pair[0] is not None and pair[1] is not None:
                self.compare(*pair[0], *pair[1], side.down(suffix), path)
        self._variants(o, n, side, path)

    def _type_changed(self, o: View, n: View, side: Side) -> None:
        old, new = o.describe(), n.describe()
        self.out.add(BREAKING, Kind.TYPE_CHANGED, n.ptr, f"{side.subject()}: type {old} became {new}", old=old, new=new)

    def _nullable(self, o: View, n: View, side: Side) -> None:
        if o.nullable == n.nullable:
            return
        # An optional response field is `X | None` in the SDK whether or not it may be null.
        absorbed = not side.request and side.optional
        note = " (optional: the SDK reads it as `X | None` either way)" if absorbed else ""
        if n.nullable:
            severity = INFO if absorbed else by_direction(side.request, SAFE, BREAKING)
            message = f"{side.subject()} can now be null{note}"
            self.out.add(severity, Kind.NULLABLE_ADDED, n.ptr, message, old=False, new=True)
        else:
            severity = INFO if absorbed else by_direction(side.request, BREAKING, SAFE)
            message = f"{side.subject()} can no longer be null{note}"
            self.out.add(severity, Kind.NULLABLE_REMOVED, n.ptr, message, old=True, new=False)

    def _enum(self, o: View, n: View, side: Side) -> None:
        subject = side.subject()
        if o.enum is None or n.enum is None:
            if o.enum is not None or n.enum is not None:
                old, new = list(o.enum or ()) or None, list(n.enum or ()) or None
                self._constraint(side, "enum", (old, o.ptr), (new, n.ptr))
            return
        old_keys, new_keys = [shown(v) for v in o.enum], [shown(v) for v in n.enum]
        for value, where in zip(n.enum, n.enum_ptrs, strict=True):
            if shown(value) not in old_keys:
                message = f"{subject}: enum value {shown(value)} added"
                self.out.add(SAFE, Kind.ENUM_VALUE_ADDED, where, message, old=None, new=value)
        for value, where in zip(o.enum, o.enum_ptrs, strict=True):
            if shown(value) not in new_keys:
                severity = by_direction(side.request, BREAKING, SAFE)
                message = f"{subject}: enum value {shown(value)} removed"
                self.out.add(severity, Kind.ENUM_VALUE_REMOVED, where, message, old=value, new=None)

    def _constraints(self, o: View, n: View, side: Side) -> None:
        for keyword in sorted(o.constraints.keys() | n.constraints.keys()):
            before = o.constraints.get(keyword, (None, o.ptr))
            after = n.constraints.get(keyword, (None, n.ptr))
            if not same(before[0], after[0]):
                self._constraint(side, keyword, before, after)

    def _constraint(self, side: Side, keyword: str, before: tuple[Any, str], after: tuple[Any, str]) -> None:
        (old, old_ptr), (new, new_ptr) = before, after
        change = "added" if old is None else "removed" if new is None else f"{shown(old)} -> {shown(new)}"
        message = f"{side.subject()}: {keyword} {change}"
        where = old_ptr if new is None else new_ptr
        if _tighter(keyword, old, new):
            severity = by_direction(side.request, BREAKING, SAFE)
            self.out.add(severity, Kind.CONSTRAINT_TIGHTENED, where, message, old=old, new=new)
        else:
            self.out.add(SAFE, Kind.CONSTRAINT_LOOSENED, where, message, old=old, new=new)

    def _properties(self, o: View, n: View, side: Side, path: frozenset[Any]) -> None:
        request = side.request
        for name in sorted(o.properties.keys() | n.properties.keys()):
            inner = side.down(name)
            field_name = f"{side.where}: field `{inner.label}`"
            if name not in n.properties:
                kind = Kind.REQUEST_FIELD_REMOVED if request else Kind.RESPONSE_FIELD_REMOVED
                old_raw, old_ptr = o.properties[name]
                described = view(self.old, old_raw, old_ptr).describe()
                self.out.add(BREAKING, kind, old_ptr, f"{field_name} removed", old=described, new=None)
            elif name not in o.properties:
                new_raw, new_ptr = n.properties[name]
                described = view(self.new, new_raw, new_ptr).describe()
                required = name in n.required
                if request:
                    severity, kind = (BREAKING if required else SAFE), Kind.REQUEST_FIELD_ADDED
                else:
                    severity, kind = SAFE, Kind.RESPONSE_FIELD_ADDED
                message = f"{side.where}: new {'required' if required else 'optional'} field `{inner.label}`"
                self.out.add(severity, kind, new_ptr, message, old=None, new=described)
            else:
                self._required(name in o.required, name in n.required, n.properties[name][1], field_name, request)
                optional = name not in o.required and name not in n.required
                self.compare(*o.properties[name], *n.properties[name], replace(inner, optional=optional), path)

    def _required(self, was: bool, now: bool, where: str, field_name: str, request: bool) -> None:
        if was == now:
            return
        if request:
            kind = Kind.REQUEST_FIELD_REQUIRED if now else Kind.REQUEST_FIELD_OPTIONAL
            severity = BREAKING if now else SAFE
        else:
            kind = Kind.RESPONSE_FIELD_REQUIRED if now else Kind.RESPONSE_FIELD_OPTIONAL
            severity = SAFE if now else BREAKING
        message = f"{field_name} is now {'required' if now else 'optional'}"
        self.out.add(severity, kind, where, message, old=was, new=now)

    def _variants(self, o: View, n: View, side: Side, path: frozenset[Any]) -> None:
        for key in sorted(o.variants.keys() | n.variants.keys()):
            if key not in n.variants:
                severity = by_direction(side.request, BREAKING, SAFE)
                message = f"{side.subject()}: variant `{key}` removed"
                self.out.add(severity, Kind.VARIANT_REMOVED, o.variants[key][1], message, old=key, new=None)
            elif key not in o.variants:
                severity = by_direction(side.request, SAFE, BREAKING)
                message = f"{side.subject()}: variant `{key}` added"
                self.out.add(severity, Kind.VARIANT_ADDED, n.variants[key][1], message, old=None, new=key)
            else:
                self.compare(*o.variants[key], *n.variants[key], side.down(f"<{key}>"), path)
