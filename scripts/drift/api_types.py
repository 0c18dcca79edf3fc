"""Annotations as text, and whether one annotation accepts everything another does.

The API snapshot stores every annotation as the text a reader of the source
sees (``str | UUID | None``, ``Literal['pdf']``): string annotations as they
are written, annotation objects (modules without ``from __future__ import
annotations``) rendered in the same style by ``render``.

``covers(wide, narrow, aliases)`` answers "is every value of ``narrow`` also a
value of ``wide``?" on the parsed text, conservatively: a union covers another
when each of the other's members is covered by one of its own; a ``Literal``
alias of ``jobmojito_api.models`` is expanded to its values; ``Literal['x']``
is covered by ``str``; ``int`` by ``float``; generic arguments are compared
member by member in the same direction. What it cannot tell is "not covered".
An input (a parameter) stays compatible when the new type covers the old one;
an output (a return type, a response field) when the old one covers the new.
"""

from __future__ import annotations

import ast
import inspect
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass

OWN_PACKAGES = ("jobmojito", "jobmojito_api")
TOP = frozenset({"Any", "object"})
# Literal values of these types are values of the type.
LITERAL_TYPES = {str: "str", int: "int", bool: "bool", float: "float"}
WIDER = {"int": frozenset({"float", "complex"}), "float": frozenset({"complex"}), "bool": frozenset({"int", "float"})}


def _public_module(module: str) -> str:
    """``httpx._client`` -> ``httpx``: the path a user would write."""
    parts = []
    for part in module.split("."):
        if part.startswith("_"):
            break
        parts.append(part)
    return ".".join(parts)


def render(annotation: object) -> str:
    """An annotation as source text, in the style of the string annotations."""
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return " ".join(annotation.split())
    if annotation is None or annotation is type(None):
        return "None"
    if isinstance(annotation, typing.ForwardRef):
        return annotation.__forward_arg__
    if isinstance(annotation, typing.TypeVar):
        return annotation.__name__
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin in (typing.Union, types.UnionType):
        return " | ".join(render(arg) for arg in args)
    if origin is not None and origin is not annotation:  # typing.Generic is its own origin
        name = render(origin)
        if not args:
            return name
        shown = [f"[{', '.join(render(a) for a in arg)}]" if isinstance(arg, list) else render(arg) for arg in args]
        return f"{name}[{', '.join(shown)}]"
    if isinstance(annotation, list):  # Callable's parameters
        return f"[{', '.join(render(arg) for arg in annotation)}]"
    if annotation is Ellipsis:
        return "..."
    if isinstance(annotation, type) or callable(annotation):
        module = getattr(annotation, "__module__", "")
        name = getattr(annotation, "__qualname__", None) or getattr(annotation, "_name", None) or repr(annotation)
        if module in ("builtins", "typing", "collections.abc") or module.split(".")[0] in OWN_PACKAGES:
            return str(name)
        public = _public_module(module)
        return f"{public}.{name}" if public else str(name)
    return repr(annotation)


# --- parsing -------------------------------------------------------------------


@dataclass(frozen=True)
class Atom:
    """One member of a union: a literal value, ``None``, or a name with arguments."""

    name: str  # the last dotted component ("Timeout" for httpx.Timeout); "Literal" for a value
    args: tuple[tuple[Atom, ...], ...] = ()  # each argument is a union, its members sorted
    value: object = None  # a Literal's value

    def __str__(self) -> str:
        if self.name == "Literal":
            return f"Literal[{self.value!r}]"
        if not self.args:
            return self.name
        return f"{self.name}[{', '.join(' | '.join(map(str, arg)) for arg in self.args)}]"


Union_ = frozenset[Atom]


def _sorted(members: Union_) -> tuple[Atom, ...]:
    return tuple(sorted(members, key=str))


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class _Parser:
    def __init__(self, aliases: Mapping[str, str]) -> None:
        self.aliases = aliases

    def parse(self, text: str, seen: frozenset[str] = frozenset()) -> Union_ | None:
        if not text:
            return None
        try:
            tree = ast.parse(text, mode="eval").body
        except SyntaxError:
            return None
        return self.union(tree, seen)

    def union(self, node: ast.expr, seen: frozenset[str]) -> Union_ | None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            left, right = self.union(node.left, seen), self.union(node.right, seen)
            return None if left is None or right is None else left | right
        if isinstance(node, ast.Constant):
            if node.value is None:
                return frozenset({Atom("None")})
            if isinstance(node.value, str):  # a quoted forward reference
                return self.parse(node.value, seen)
            return None
        name = _name(node)
        if name is not None:
            if name in self.aliases and name not in seen:
                return self.parse(self.aliases[name], seen | {name})
            return frozenset({Atom(name)})
        if isinstance(node, ast.Subscript):
            return self.subscript(node, seen)
        return None

    def subscript(self, node: ast.Subscript, seen: frozenset[str]) -> Union_ | None:
        name = _name(node.value)
        if name is None:
            return None
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if name == "Literal":
            if not all(isinstance(item, ast.Constant) for item in items):
                return None
            return frozenset(Atom("Literal", value=typing.cast(ast.Constant, item).value) for item in items)
        parts = [self.argument(item, seen) for item in items]
        if any(part is None for part in parts):
            return None
        if name in ("Union", "Optional"):
            members: set[Atom] = set()
            for part in parts:
                members |= typing.cast(Union_, part)
            return frozenset(members | ({Atom("None")} if name == "Optional" else set()))
        return frozenset({Atom(name, tuple(_sorted(typing.cast(Union_, part)) for part in parts))})

    def argument(self, node: ast.expr, seen: frozenset[str]) -> Union_ | None:
        if isinstance(node, ast.List):  # Callable's parameter list, compared as a whole
            inner = [self.union(item, seen) for item in node.elts]
            if any(part is None for part in inner):
                return None
            return frozenset({Atom("[]", tuple(_sorted(typing.cast(Union_, part)) for part in inner))})
        if isinstance(node, ast.Constant) and node.value is Ellipsis:
            return frozenset({Atom("...")})
        return self.union(node, seen)


# --- covering -----------------------------------------------------------------


def _atom_covers(wide: Atom, narrow: Atom) -> bool:
    if wide.name in TOP or wide == narrow:
        return True
    if narrow.name == "Literal":
        if wide.name == "Literal":
            return type(wide.value) is type(narrow.value) and wide.value == narrow.value
        expected = LITERAL_TYPES.get(type(narrow.value))
        return expected is not None and (wide.name == expected or wide.name in WIDER.get(expected, frozenset()))
    if narrow.name in WIDER and wide.name in WIDER[narrow.name] and not narrow.args:
        return True
    if wide.name != narrow.name or len(wide.args) != len(narrow.args):
        return False
    pairs = zip(wide.args, narrow.args, strict=True)
    return all(_members_cover(frozenset(w), frozenset(n)) for w, n in pairs)


def _members_cover(wide: Union_, narrow: Union_) -> bool:
    return all(any(_atom_covers(w, n) for w in wide) for n in narrow)


def covers(
    wide: str,
    narrow: str,
    wide_aliases: Mapping[str, str] | None = None,
    narrow_aliases: Mapping[str, str] | None = None,
    ignore: frozenset[str] = frozenset(),
) -> bool:
    """Whether every value of the annotation ``narrow`` is a value of ``wide`` (False when unsure).

    Each side's ``Literal`` aliases are expanded with its own table: an alias
    whose values changed is a different type under the same name. Members of
    ``narrow`` named in ``ignore`` (``None``, ``Unset``) are left out.
    """
    if narrow_aliases is None:
        narrow_aliases = wide_aliases
    wide_members = _Parser(wide_aliases or {}).parse(wide)
    narrow_members = _Parser(narrow_aliases or {}).parse(narrow)
    if wide_members is None or narrow_members is None:
        return False
    narrow_members = frozenset(member for member in narrow_members if member.name not in ignore)
    return _members_cover(wide_members, narrow_members)


def names_in(text: str) -> set[str]:
    """The bare names an annotation mentions (to find where an alias is used)."""
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
