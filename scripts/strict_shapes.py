"""A value whose shape contradicts the document raises instead of passing through.

openapi-python-client parses a union-typed field (``list[Row] | None``,
``None | Pagination``) by trying each typed member and, when none fits,
returning the value as it came::

    def _parse_data(data: object) -> list[Row] | None:
        if data is None:
            return data
        try:
            ...  # a list of Row.from_dict(item)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[Row] | None, data)

So a row without its required ``id`` left ``page.data`` holding plain dicts
under a ``list[Row]`` type: nothing failed until a caller read ``row.id``.
When every member other than ``None``/``Unset`` is a list or a model, that
last line is reached only by a value of the wrong shape; this module makes it
``raise TypeError("data: not list[Row] | None")``, which the facade reports
as ``APIResponseValidationError`` with an excerpt of the body. Unions with a
scalar member (an open enum, a UUID or a date string) keep passing values
through: a value the document did not foresee there is kept as it came, as
for every scalar field.
"""

from __future__ import annotations

import ast
from pathlib import Path

_PASSED = frozenset({"None", "Unset"})


def model_names(models: Path) -> frozenset[str]:
    """The attrs model classes the package defines."""
    names = set()
    for path in models.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and _is_model(node):
                names.add(node.name)
    return frozenset(names)


def _is_model(cls: ast.ClassDef) -> bool:
    """Decorated ``@_attrs_define``, or ``@_attrs_define(...)`` (fast_from_dict.py unslots list rows)."""
    return any(ast.unparse(d.func if isinstance(d, ast.Call) else d) == "_attrs_define" for d in cls.decorator_list)


def _members(union: ast.expr) -> list[str]:
    if isinstance(union, ast.BinOp) and isinstance(union.op, ast.BitOr):
        return _members(union.left) + _members(union.right)
    return [ast.unparse(union)]


def _fallbacks(tree: ast.Module, models: frozenset[str]) -> list[tuple[ast.Return, str, str]]:
    """(the final ``return cast(U, data)``, field, U) of each parser whose union is lists and models only."""
    found = []
    for fn in ast.walk(tree):
        if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("_parse_") and fn.name != "_parse_response"):
            continue
        last = fn.body[-1]
        if not (
            any(isinstance(s, ast.Try) for s in fn.body)
            and isinstance(last, ast.Return)
            and isinstance(last.value, ast.Call)
            and ast.unparse(last.value.func) == "cast"
            and len(last.value.args) == 2
            and ast.unparse(last.value.args[1]) == "data"
        ):
            continue
        union = last.value.args[0]
        typed = [m for m in _members(union) if m not in _PASSED]
        if typed and all(m.startswith("list[") or m in models for m in typed):
            found.append((last, fn.name.removeprefix("_parse_"), ast.unparse(union)))
    return found


def strict_source(source: str, models: frozenset[str]) -> str:
    lines = source.splitlines(keepends=True)
    for node, field, union in sorted(_fallbacks(ast.parse(source), models), key=lambda f: -f[0].lineno):
        message = f"{field}: not {union}"
        lines[node.lineno - 1 : node.end_lineno] = [f"{' ' * node.col_offset}raise TypeError({message!r})\n"]
    return "".join(lines)


def strict_models(package: Path) -> int:
    """Rewrite the package's modules that have such fallbacks; the number of modules changed."""
    models = model_names(package / "models")
    changed = 0
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        rewritten = strict_source(source, models)
        if rewritten != source:
            changed += 1
            path.write_text(rewritten, encoding="utf-8")
    return changed
