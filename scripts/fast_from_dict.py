"""Give ``from_dict`` a fast path for rows that carry exactly the documented fields.

After scripts/inline_parsers.py, a model whose fields need no converting has a
``from_dict`` that copies the row, pops each field by name and calls ``cls``
with one keyword per field::

    d = dict(src_dict)
    id: None | str = d.pop("id")
    score: float | None | Unset = d.pop("score", UNSET)
    row = cls(id=id, score=score)
    row.additional_properties = d
    return row

With 37 fields that is ~5 us a row, most of a typed list page's cost
(BENCHMARKS.md). When the row has exactly as many keys as the model has
fields and every one of them is present (so there is nothing extra either),
the same object is ``cls(*itemgetter(<keys in __init__ order>)(src_dict))``:
one C call reads every value, and positional arguments skip keyword matching
(~1.4 us). This module puts that in front of the generated body::

    if len(src_dict) == 2:
        try:
            return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
        except KeyError:
            pass

Any other row (a field missing, an extra key) falls through to the body as
generated. Only models of exactly the shape above are touched: a field that is
converted, a field with its own ``attrs.field`` settings, or a body with any
other statement leaves the model as generated. ``__init__`` takes the fields
in the order the class declares them (attrs' rule), which is the order used.

Such a model also gets ``_from_dicts(rows)``, and a parent's generated loop
``for item_data in data: item = Row.from_dict(item_data); items.append(item)``
becomes ``items.extend(Row._from_dicts(data))``: scripts/fast_rows.py (copied
into the package as ``_fast_rows.py``) reads a whole list with the keys of
its first row, which ``json.loads`` shares with every other row. A model read
that way is made without slots (``@_attrs_define(slots=False)``) and gets a
``__getattr__`` for what a decoded row lacks (``additional_properties``, a
key renamed as an attribute, listed in ``_RENAMED_KEYS``), so that rows the
SDK decoded itself can become its objects' ``__dict__`` unchanged instead of
being copied value by value (fast_rows.py says when, and why that is safe).
"""

from __future__ import annotations

import ast
from pathlib import Path

NAME = "_FIELDS_IN_INIT_ORDER"
KEYS = "_KEYS_IN_INIT_ORDER"
RENAMED = "_RENAMED_KEYS"
DEFINE = "_attrs_define"
UNSLOTTED = "_attrs_define(slots=False)"
HELPER = Path(__file__).with_name("fast_rows.py")


def _init_fields(cls: ast.ClassDef) -> list[str] | None:
    """The ``__init__`` parameters in order, or None if a field is not a plain one."""
    names = []
    for node in cls.body:
        if not isinstance(node, ast.AnnAssign):
            continue
        if not isinstance(node.target, ast.Name):
            return None
        value = node.value
        if isinstance(value, ast.Call):
            if (
                ast.unparse(value) != "_attrs_field(init=False, factory=dict)"
                or node.target.id != "additional_properties"
            ):
                return None
            continue
        names.append(node.target.id)
    return names


def _popped(statement: ast.stmt) -> tuple[str, str] | None:
    """(local, key) for ``local[: T] = d.pop("key"[, UNSET])``."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target, value = statement.targets[0], statement.value
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        target, value = statement.target, statement.value
    else:
        return None
    if not (
        isinstance(target, ast.Name)
        and isinstance(value, ast.Call)
        and ast.unparse(value.func) == "d.pop"
        and not value.keywords
        and value.args
        and isinstance(value.args[0], ast.Constant)
        and isinstance(value.args[0].value, str)
        and [ast.unparse(a) for a in value.args[1:]] in ([], ["UNSET"])
    ):
        return None
    return target.id, value.args[0].value


def _keys_in_init_order(cls: ast.ClassDef, from_dict: ast.FunctionDef) -> list[str] | None:
    """The row keys in ``__init__`` order if ``from_dict`` has exactly the plain shape, else None."""
    fields = _init_fields(cls)
    body = from_dict.body
    if fields is None or len(fields) < 2 or len(body) != len(fields) + 4:
        return None
    first, *pops, build, extra, ret = body
    if ast.unparse(first) != "d = dict(src_dict)":
        return None
    key_of = dict(p for p in map(_popped, pops) if p is not None)
    if not (
        len(key_of) == len(pops)
        and isinstance(build, ast.Assign)
        and len(build.targets) == 1
        and isinstance(build.value, ast.Call)
    ):
        return None
    call, built = build.value, ast.unparse(build.targets[0])
    arguments = {k.arg: ast.unparse(k.value) for k in call.keywords if k.arg is not None}
    if (
        ast.unparse(call.func) != "cls"
        or call.args
        or len(arguments) != len(call.keywords)
        or sorted(arguments) != sorted(fields)
        or sorted(arguments.values()) != sorted(key_of)
        or ast.unparse(extra) != f"{built}.additional_properties = d"
        or ast.unparse(ret) != f"return {built}"
    ):
        return None
    return [key_of[arguments[field]] for field in fields]


def fast_path_source(source: str) -> str:
    """The module with the fast path added, or unchanged if it has no plain model."""
    tree = ast.parse(source)
    for cls in tree.body:
        if not (isinstance(cls, ast.ClassDef) and [ast.unparse(d) for d in cls.decorator_list] == [DEFINE]):
            continue
        from_dict = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "from_dict"), None)
        keys = None if from_dict is None else _keys_in_init_order(cls, from_dict)
        if from_dict is None or keys is None:
            continue
        lines = source.splitlines(keepends=True)
        pad = " " * from_dict.body[0].col_offset
        fast = [
            f"{pad}if len(src_dict) == {len(keys)}:  # every field and nothing else: read them in one call\n",
            f"{pad}    try:\n",
            f"{pad}        return cls(*{NAME}(src_dict))\n",
            f"{pad}    except KeyError:\n",
            f"{pad}        pass  # a field is missing: the general path below\n",
        ]
        lines[from_dict.body[0].lineno - 1 : from_dict.body[0].lineno - 1] = fast
        method = [
            f"{pad[4:]}@classmethod\n",
            f"{pad[4:]}def _from_dicts(cls: type[T], rows: Any) -> list[T]:\n",
            f'{pad}"""``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""\n',
            f"{pad}return rows_from_dicts(cls, {KEYS}, rows)\n",
            "\n",
        ]
        lines[from_dict.lineno - 2 : from_dict.lineno - 2] = method
        constants = [f"{KEYS} = ({', '.join(repr(k) for k in keys)},)\n", f"{NAME} = itemgetter(*{KEYS})\n\n\n"]
        lines[cls.lineno - 1 - len(cls.decorator_list) : cls.lineno - 1 - len(cls.decorator_list)] = constants
        last_import = max(n.end_lineno or n.lineno for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom)))
        lines[last_import:last_import] = [
            "from operator import itemgetter\n",
            "from .._fast_rows import rows_from_dicts\n",
        ]
        return "".join(lines)
    return source


def _row_loops(tree: ast.Module, fast: frozenset[str]) -> list[tuple[ast.For, str, str]]:
    """Each ``for x in it: y = Row.from_dict(x); items.append(y)`` over a fast-path ``Row``: the loop,
    its replacement and ``Row``."""
    found = []
    for loop in ast.walk(tree):
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and not loop.orelse):
            continue
        if len(loop.body) != 2 or not (isinstance(loop.body[0], ast.Assign) and isinstance(loop.body[1], ast.Expr)):
            continue
        (item,) = loop.body[0].targets if len(loop.body[0].targets) == 1 else (None,)
        call, append = loop.body[0].value, loop.body[1].value
        if not (
            isinstance(item, ast.Name)
            and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "from_dict"
            and ast.unparse(call.func.value) in fast
            and [ast.unparse(a) for a in call.args] == [loop.target.id]
            and not call.keywords
            and isinstance(append, ast.Call)
            and isinstance(append.func, ast.Attribute)
            and append.func.attr == "append"
            and [ast.unparse(a) for a in append.args] == [item.id]
        ):
            continue
        items, model, rows = ast.unparse(append.func.value), ast.unparse(call.func.value), ast.unparse(loop.iter)
        found.append((loop, f"{items}.extend({model}._from_dicts({rows}))", model))
    return found


def batch_source(source: str, fast: frozenset[str]) -> tuple[str, set[str]]:
    """The module with each per-row loop over a fast-path model replaced by one ``_from_dicts`` call,
    and the models those loops read."""
    lines = source.splitlines(keepends=True)
    read = set()
    for loop, statement, model in sorted(_row_loops(ast.parse(source), fast), key=lambda found: -found[0].lineno):
        lines[loop.lineno - 1 : loop.end_lineno] = [f"{' ' * loop.col_offset}{statement}\n"]
        read.add(model)
    return "".join(lines), read


def unslotted_source(source: str, models: frozenset[str]) -> str:
    """The module with each of ``models`` it defines made ready to adopt rows (fast_rows.py).

    The class is decorated ``@_attrs_define(slots=False)`` and gets a
    ``__getattr__`` for what an adopted row's dict lacks: ``_RENAMED_KEYS``
    pairs each key whose attribute has another name (``type`` → ``type_``).
    It is hidden from type checkers, which would otherwise accept any
    attribute name on the model.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for cls in reversed(tree.body):
        if not (
            isinstance(cls, ast.ClassDef)
            and cls.name in models
            and [ast.unparse(d) for d in cls.decorator_list] == [DEFINE]
        ):
            continue
        keys = _constant(tree, KEYS)
        fields = _init_fields(cls) or []
        renamed = "".join(f"({k!r}, {f!r}), " for k, f in zip(keys, fields, strict=True) if k != f)
        pad = " " * cls.body[0].col_offset
        lines[cls.end_lineno or cls.lineno : cls.end_lineno or cls.lineno] = [
            "\n",
            f"{pad}if not TYPE_CHECKING:  # a type checker would take any attribute name as valid\n",
            "\n",
            f"{pad}    def __getattr__(self, name: str) -> Any:\n",
            f'{pad}        """Only for what an adopted row lacks (_fast_rows.py): its extras, a renamed key."""\n',
            f"{pad}        return adopted_attribute(self, name, {RENAMED})\n",
        ]
        decorator = cls.decorator_list[0].lineno - 1
        lines[decorator] = lines[decorator].replace(f"@{DEFINE}", f"@{UNSLOTTED}", 1)
        getter = next(i for i, line in enumerate(lines) if line.startswith(f"{NAME} = "))
        lines[getter + 1 : getter + 1] = [f"{RENAMED}: tuple[tuple[str, str], ...] = ({renamed})\n"]
        helper = next(i for i, line in enumerate(lines) if line.startswith("from .._fast_rows import "))
        lines[helper] = "from .._fast_rows import adopted_attribute, rows_from_dicts\n"
        if not any(line.startswith("from typing import") and "TYPE_CHECKING" in line for line in lines):
            lines[helper:helper] = ["from typing import TYPE_CHECKING\n"]
    return "".join(lines)


def _constant(tree: ast.Module, name: str) -> list[str]:
    """The strings of the module-level tuple ``name``."""
    (value,) = [n.value for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == name]
    elements = value.elts if isinstance(value, ast.Tuple) else []
    return [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def fast_path_models(package: Path) -> int:
    """Rewrite the package's models and add ``_fast_rows.py``; the number given a fast path."""
    paths = sorted((package / "models").glob("*.py"))
    generated = {path: path.read_text(encoding="utf-8") for path in paths}
    sources = dict(generated)
    fast: set[str] = set()
    for path, source in sources.items():
        sources[path] = fast_path_source(source)
        if sources[path] != source:
            fast.update(c.name for c in ast.parse(source).body if isinstance(c, ast.ClassDef))
    read: set[str] = set()
    for path, source in sources.items():
        sources[path], found = batch_source(source, frozenset(fast))
        read |= found
    for path, source in sources.items():
        if (rewritten := unslotted_source(source, frozenset(read))) != generated[path]:
            path.write_text(rewritten, encoding="utf-8")
    (package / "_fast_rows.py").write_text(HELPER.read_text(encoding="utf-8"), encoding="utf-8")
    return len(fast)
