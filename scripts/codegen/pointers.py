"""JSON pointers (RFC 6901) and JSON merge patches (RFC 7386) on plain data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PointerError(LookupError):
    """A JSON pointer that does not resolve in the document."""


def parts(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PointerError(f"{pointer!r}: a JSON pointer starts with '/'")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def join(*path: str | int) -> str:
    return "".join("/" + escape(str(part)) for part in path)


def resolve(doc: Any, pointer: str) -> Any:
    """The value ``pointer`` designates; ``PointerError`` if it does not resolve."""
    node = doc
    for depth, part in enumerate(parts(pointer)):
        try:
            if isinstance(node, list):
                node = node[int(part)]
            elif isinstance(node, Mapping):
                node = node[part]
            else:
                raise KeyError(part)
        except (KeyError, IndexError, ValueError):
            where = join(*parts(pointer)[: depth + 1])
            raise PointerError(f"{pointer}: nothing at {where}") from None
    return node


def merge_patch(target: Any, patch: Any) -> Any:
    """``target`` with ``patch`` merged in (RFC 7386: a ``None`` value deletes the key); a new value."""
    if not isinstance(patch, Mapping):
        return patch
    out = dict(target) if isinstance(target, Mapping) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


def patch_at(doc: Any, pointer: str, patch: Mapping[str, Any]) -> None:
    """Merge ``patch`` into the object at ``pointer``, in place."""
    *head, last = parts(pointer)
    parent = resolve(doc, join(*head))
    key: Any = int(last) if isinstance(parent, list) else last
    try:
        current = parent[key]
    except (KeyError, IndexError):
        raise PointerError(f"{pointer}: nothing there to patch") from None
    parent[key] = merge_patch(current, patch)
