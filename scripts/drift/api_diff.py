"""Compare two API snapshots (``api_surface.collect()``) and judge each difference.

A difference is **breaking** when code written against the old API can stop
working against the new one — at run time or under ``mypy --strict``:

* a name, method, overload, field or parameter removed;
* a parameter added without a default, or a positional one inserted before
  others; a default removed (an optional parameter became required); a
  keyword parameter made positional-only, a positional one keyword-only, or
  moved; ``async`` added or removed;
* an input type narrowed (a parameter or a request-model field accepts less);
* an output type widened (a return type, property, attribute or response-model
  field can hold more — ``str`` became ``str | None``, or a response enum
  gained a value, so an exhaustive ``match`` ending in ``assert_never`` no
  longer is);
* a public base class removed; the values of a ``Literal`` alias removed.

Everything else that differs is **compatible** (a new name, an optional
parameter, a widened input, a narrowed output, ...). ``level()`` turns the
list into the version bump it needs: major, minor or none.

A member that moves to a public base class (``Class.method`` now inherited
from ``Base.method``) is compared with the inherited one, not reported as
removed. A removed or added class reports once, not once per member.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .api_surface import POSITIONAL, Entry, Surface
from .api_types import covers, names_in

PARAMETER_KINDS = frozenset(
    {"positional-only", "positional-or-keyword", "var-positional", "keyword-only", "var-keyword"}
)
CALLABLES = frozenset({"function", "method", "classmethod", "staticmethod", "overload"})
# What an optional parameter's type holds only for its default ("left out").
SENTINELS = frozenset({"None", "Unset", "NotGiven"})
# Parameter kinds that accept every call the other accepted.
WIDER_KIND = {("keyword-only", "positional-or-keyword"), ("positional-only", "positional-or-keyword")}
_KEY = re.compile(r"^(?P<callable>[^()\[\]]+(?:\[\d+\])?)(?:\((?P<parameter>[^()]*)\))?$")


# The JSON the guard writes (``api_guard --json``), as ``drift.bump --api-diff`` reads it.
API_DIFF_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "API snapshot difference",
    "type": "object",
    "required": ["summary", "level", "recorded", "version", "changes"],
    "properties": {
        "summary": {
            "type": "object",
            "required": ["breaking", "compatible"],
            "properties": {
                "breaking": {"type": "integer", "minimum": 0},
                "compatible": {"type": "integer", "minimum": 0},
            },
        },
        "level": {"enum": ["major", "minor", None]},
        "recorded": {"type": "string"},
        "version": {"type": "string"},
        "changes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["breaking", "name", "message"],
                "properties": {
                    "breaking": {"type": "boolean"},
                    "name": {"type": "string"},
                    "message": {"type": "string"},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class ApiChange:
    """One difference between two snapshots: ``name`` is the entry, ``message`` says what changed."""

    breaking: bool
    name: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"breaking": self.breaking, "name": self.name, "message": self.message}


def level(changes: Iterable[ApiChange]) -> str | None:
    """The version bump ``changes`` call for: ``major``, ``minor`` or None."""
    found = list(changes)
    if any(change.breaking for change in found):
        return "major"
    return "minor" if found else None


def alias_table(surface: Surface) -> dict[str, str]:
    """Short name -> type text of each alias (``Literal[...]`` for a list of values)."""
    table = {}
    for key, entry in surface.items():
        if entry["kind"] != "alias":
            continue
        if "values" in entry:
            table[key.rsplit(".", 1)[-1]] = f"Literal[{', '.join(repr(value) for value in entry['values'])}]"
        else:
            table[key.rsplit(".", 1)[-1]] = entry["type"]
    return table


def parent(key: str) -> str:
    """``C.m(p)`` -> ``C.m``; ``C.m[2]`` -> ``C.m``; ``C.m`` -> ``C``."""
    if key.endswith(")"):
        return key[: key.rindex("(")]
    if key.endswith("]"):
        return key[: key.rindex("[")]
    return key.rsplit(".", 1)[0]


class Comparison:
    def __init__(self, old: Surface, new: Surface) -> None:
        self.old, self.new = old, new
        self.aliases = alias_table(old), alias_table(new)
        self.changes: list[ApiChange] = []

    def run(self) -> list[ApiChange]:
        for key in sorted(self.old.keys() | self.new.keys()):
            before, after = self.old.get(key), self.new.get(key)
            if self.in_flipped_model(key):
                continue  # the class's own line says it all
            if before is not None and after is not None:
                self.changed(key, before, after)
            elif after is not None:
                inherited = self.inherited(self.old, key)
                if inherited is not None:
                    self.changed(key, inherited, after)
                elif parent(key) not in self.new or parent(key) in self.old:  # not inside something new
                    self.added(key, after)
            elif before is not None:
                inherited = self.inherited(self.new, key)
                if inherited is not None:
                    self.changed(key, before, inherited)
                elif parent(key) not in self.old or parent(key) in self.new:  # not inside something removed
                    self.removed(key, before)
        return self.changes

    def add(self, breaking: bool, key: str, message: str) -> None:
        self.changes.append(ApiChange(breaking, key, message))

    def in_flipped_model(self, key: str) -> bool:
        """Whether ``key`` is a member of a model that changed kind (a response model now built as a request)."""
        klass = parent(key)
        while klass != key and "." in klass:
            old, new = self.old.get(klass), self.new.get(klass)
            if (old or new or {}).get("kind") == "class":
                return old is not None and new is not None and old.get("model") != new.get("model")
            key, klass = klass, parent(klass)
        return False

    # --- inheritance ------------------------------------------------------------------

    def inherited(self, surface: Surface, key: str) -> Entry | None:
        """The entry ``key`` names through a public base class of its class, if any."""
        match = _KEY.match(key)
        if match is None:
            return None
        head, _, member = match.group("callable").rpartition(".")
        suffix = key[len(match.group("callable")) :]
        seen: set[str] = set()
        todo = [head]
        while todo:
            klass = todo.pop(0)
            if klass in seen or surface.get(klass, {}).get("kind") != "class":
                continue
            seen.add(klass)
            if klass != head and f"{klass}.{member}{suffix}" in surface:
                return surface[f"{klass}.{member}{suffix}"]
            todo += surface[klass].get("bases", [])
        return None

    # --- one side only --------------------------------------------------------------

    def removed(self, key: str, before: Entry) -> None:
        kind = before["kind"]
        if kind in PARAMETER_KINDS:
            self.add(True, key, "parameter removed")
        elif kind == "field":
            self.add(True, key, "field removed")
        elif kind == "overload":
            self.add(True, key, "overload removed")
        else:
            self.add(True, key, f"{kind} removed")

    def added(self, key: str, after: Entry) -> None:
        kind = after["kind"]
        if kind in PARAMETER_KINDS:
            required = "default" not in after and not kind.startswith("var-")
            if required:
                self.add(True, key, f"new required parameter ({kind})")
            elif kind in POSITIONAL and after["position"] < self.positional_count(self.old, parent(key)):
                self.add(True, key, f"new parameter at position {after['position']}: later positional arguments shift")
            else:
                self.add(False, key, f"new optional parameter (default {after.get('default', kind)})")
        elif kind == "field":
            if self.model(key) == "request" and "default" not in after:
                self.add(True, key, "new required field")
            else:
                self.add(False, key, "new field")
        else:
            self.add(False, key, f"{kind} added")

    @staticmethod
    def positional_count(surface: Surface, callable_key: str) -> int:
        prefix = callable_key + "("
        return sum(1 for key, entry in surface.items() if key.startswith(prefix) and entry["kind"] in POSITIONAL)

    def model(self, key: str) -> str | None:
        klass = parent(key)
        found = self.new.get(klass) or self.old.get(klass) or {}
        model: str | None = found.get("model")
        return model

    # --- both sides ------------------------------------------------------------------

    def changed(self, key: str, before: Entry, after: Entry) -> None:
        kind, new_kind = before["kind"], after["kind"]
        if kind != new_kind:
            self.kind_changed(key, before, after)
        elif kind in PARAMETER_KINDS:
            self.parameter(key, before, after)
        elif kind == "field":
            if self.model(key) == "request":
                self.parameter(key, before, after)
            else:
                self.output(key, before.get("type", ""), after.get("type", ""), "type")
        elif kind in CALLABLES:
            if before.get("async", False) != after.get("async", False):
                self.add(True, key, "is now async" if after.get("async") else "is no longer async")
            self.output(key, before.get("returns", ""), after.get("returns", ""), "return type")
        elif kind in ("property", "attribute"):
            self.output(key, before.get("type", ""), after.get("type", ""), "type")
            if before.get("settable") and not after.get("settable"):
                self.add(True, key, "can no longer be set")
        elif kind == "class":
            self.klass(key, before, after)
        elif kind == "alias":
            self.alias(key, before, after)
        elif before != after:
            self.add(kind != "constant" or before.get("type") != after.get("type"), key, self.describe(before, after))

    def kind_changed(self, key: str, before: Entry, after: Entry) -> None:
        kind, new_kind = before["kind"], after["kind"]
        if kind in PARAMETER_KINDS and new_kind in PARAMETER_KINDS:
            self.add((kind, new_kind) not in WIDER_KIND, key, f"was {kind}, now {new_kind}")
            self.parameter(key, before, after, kinds_done=True)
        elif {kind, new_kind} <= {"property", "attribute"}:
            self.output(key, before.get("type", ""), after.get("type", ""), "type")
        else:
            self.add(True, key, f"was a {kind}, now a {new_kind}")

    def parameter(self, key: str, before: Entry, after: Entry, kinds_done: bool = False) -> None:
        if "default" in before and "default" not in after and not after["kind"].startswith("var-"):
            self.add(True, key, f"now required (was optional, default {before['default']})")
            old_aliases, new_aliases = self.aliases
            if covers(after.get("type", ""), before.get("type", ""), new_aliases, old_aliases, ignore=SENTINELS):
                return  # only the "left out" of the default is gone from the type: said above
        elif "default" not in before and "default" in after:
            self.add(False, key, f"now optional (default {after['default']})")
        elif before.get("default") != after.get("default"):
            self.add(False, key, f"default {before.get('default')} -> {after.get('default')}")
        if not kinds_done and "position" in before and "position" in after and before["position"] != after["position"]:
            self.add(True, key, f"moved from position {before['position']} to {after['position']}")
        self.input(key, before.get("type", ""), after.get("type", ""))

    def input(self, key: str, old: str, new: str) -> None:
        if old == new and self.same_aliases(old):
            return
        old_aliases, new_aliases = self.aliases
        if covers(new, old, new_aliases, old_aliases):
            if not covers(old, new, old_aliases, new_aliases):
                self.add(False, key, f"accepts more: {self.types(old, new)}")
        else:
            self.add(True, key, f"accepts less or other: {self.types(old, new)}")

    def output(self, key: str, old: str, new: str, what: str) -> None:
        if old == new and self.same_aliases(old):
            return
        old_aliases, new_aliases = self.aliases
        if covers(old, new, old_aliases, new_aliases):
            if not covers(new, old, new_aliases, old_aliases):
                self.add(False, key, f"{what} narrowed: {self.types(old, new)}")
        else:
            self.add(True, key, f"{what} widened or changed: {self.types(old, new)}")

    def same_aliases(self, text: str) -> bool:
        old_aliases, new_aliases = self.aliases
        return all(old_aliases.get(name) == new_aliases.get(name) for name in names_in(text))

    def types(self, old: str, new: str) -> str:
        if old != new:
            return f"`{old}` -> `{new}`"
        old_aliases, new_aliases = self.aliases
        moved = [name for name in sorted(names_in(old)) if old_aliases.get(name) != new_aliases.get(name)]
        return f"`{old}` ({', '.join(f'{name}: {self.alias_change(name)}' for name in moved)})"

    def alias_change(self, name: str) -> str:
        old_aliases, new_aliases = self.aliases
        old, new = old_aliases.get(name, ""), new_aliases.get(name, "")
        old_values, new_values = _literal_values(old), _literal_values(new)
        if old_values is None or new_values is None:
            return f"`{old}` -> `{new}`"
        parts = [f"+{value}" for value in new_values if value not in old_values]
        parts += [f"-{value}" for value in old_values if value not in new_values]
        return " ".join(parts)

    def klass(self, key: str, before: Entry, after: Entry) -> None:
        if before.get("model") != after.get("model"):
            was, now = (f"a {side.get('model')} model" if side.get("model") else "no model" for side in (before, after))
            self.add(True, key, f"was {was}, now {now}: its fields are read (response) or built (request)")
        for base in before.get("bases", []):
            if base not in after.get("bases", []):
                self.add(True, key, f"no longer a subclass of {base}")
        for base in after.get("bases", []):
            if base not in before.get("bases", []):
                self.add(False, key, f"now also a subclass of {base}")
        if before.get("parameters") != after.get("parameters"):
            self.add(True, key, f"type parameters {before.get('parameters')} -> {after.get('parameters')}")

    def alias(self, key: str, before: Entry, after: Entry) -> None:
        if "values" in before and "values" in after:
            added = [value for value in after["values"] if value not in before["values"]]
            removed = [value for value in before["values"] if value not in after["values"]]
            if removed:
                self.add(True, key, f"values removed: {', '.join(map(repr, removed))}")
            if added:
                self.add(False, key, f"values added: {', '.join(map(repr, added))} (the fields typed with it say more)")
        elif before != after:
            old_aliases, new_aliases = self.aliases
            old, new = (
                alias_table({key: before})[key.rsplit(".", 1)[-1]],
                alias_table({key: after})[key.rsplit(".", 1)[-1]],
            )
            widened = covers(new, old, new_aliases, old_aliases)
            self.add(not widened, key, f"type `{old}` -> `{new}`")

    @staticmethod
    def describe(before: Entry, after: Entry) -> str:
        keys = sorted(before.keys() | after.keys())
        return "; ".join(f"{k} {before.get(k)} -> {after.get(k)}" for k in keys if before.get(k) != after.get(k))


def _literal_values(text: str) -> list[str] | None:
    match = re.fullmatch(r"Literal\[(.*)\]", text)
    if match is None:
        return None
    return [part.strip() for part in re.findall(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^,]+", match.group(1))]


def compare(old: Surface, new: Surface) -> list[ApiChange]:
    """Every difference from ``old`` to ``new``, judged (see the module docstring), sorted by name."""
    changes = Comparison(old, new).run()
    return sorted(changes, key=lambda change: (not change.breaking, change.name, change.message))
