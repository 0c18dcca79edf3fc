"""Inline the parse functions of ``from_dict`` that return their argument unchanged.

openapi-python-client writes each union-typed field of a model's ``from_dict``
as a nested function and a call::

    def _parse_score(data: object) -> float | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(float | None | Unset, data)

    score = _parse_score(d.pop("score", UNSET))

When no member of the union needs converting (strings, numbers, booleans,
null, untyped values), every branch returns ``data`` as it came, so the pair
is the same as ``score: float | None | Unset = d.pop("score", UNSET)`` (a local
annotation, never evaluated). Defining and calling the function, and building
the union for ``cast``, cost a few hundred nanoseconds per field per row:
`make bench` showed it was most of the time spent parsing a list page. A
function with any other statement (a model, an enum check, a date) is kept.
"""

from __future__ import annotations

import ast
from pathlib import Path

_GUARDS = {"data is None", "isinstance(data, Unset)"}


def _is_identity(fn: ast.FunctionDef) -> bool:
    """Only ``if <guard>: return data`` statements, then ``return cast(T, data)``."""
    if fn.decorator_list or [a.arg for a in fn.args.args] != ["data"] or fn.returns is None:
        return False
    *guards, last = fn.body
    if not (
        isinstance(last, ast.Return)
        and isinstance(last.value, ast.Call)
        and ast.unparse(last.value.func) == "cast"
        and len(last.value.args) == 2
        and ast.unparse(last.value.args[1]) == "data"
    ):
        return False
    return all(
        isinstance(g, ast.If)
        and not g.orelse
        and ast.unparse(g.test) in _GUARDS
        and len(g.body) == 1
        and ast.unparse(g.body[0]) == "return data"
        for g in guards
    )


def _replacements(tree: ast.Module) -> list[tuple[int, int, str]]:
    """(first line, last line, new line) for each function-and-call pair to inline."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.FunctionDef) and node.name == "from_dict"):
            continue
        for fn, call in zip(node.body, node.body[1:], strict=False):
            if not (isinstance(fn, ast.FunctionDef) and _is_identity(fn) and isinstance(call, ast.Assign)):
                continue
            value = call.value
            if (
                len(call.targets) == 1
                and isinstance(call.targets[0], ast.Name)
                and isinstance(value, ast.Call)
                and ast.unparse(value.func) == fn.name
                and len(value.args) == 1
                and not value.keywords
                and call.end_lineno is not None
                and fn.returns is not None
            ):
                target, kind, source = call.targets[0].id, ast.unparse(fn.returns), ast.unparse(value.args[0])
                found.append((fn.lineno, call.end_lineno, f"{' ' * fn.col_offset}{target}: {kind} = {source}\n"))
    return found


def inline_source(source: str) -> str:
    lines = source.splitlines(keepends=True)
    for first, last, line in sorted(_replacements(ast.parse(source)), reverse=True):
        lines[first - 1 : last] = [line]
    return "".join(lines)


def inline_models(models: Path) -> int:
    """Rewrite the model modules under ``models`` that have such functions; the number of modules changed."""
    changed = 0
    for path in sorted(models.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rewritten = inline_source(source)
        if rewritten != source:
            changed += 1
            path.write_text(rewritten, encoding="utf-8")
    return changed
