"""What each operation is, read from the generated code and the document.

Used by ``scripts/generate_resources.py``. Signatures are read from the
generated source with ``ast`` (the generator's own annotations, not a
re-implementation of its type mapping); request schemas come from the strict
normalization (``scripts/normalize.py``) with every ``$ref`` inlined.
"""

from __future__ import annotations

import ast
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize import iter_operations, normalize_strict


@dataclass
class Param:
    """One keyword argument of a facade method.

    ``python`` is the argument name: the wire name wherever that is a legal
    keyword argument (``type="interview"``, as the API spells it), else the
    generated attribute name (``from_``). ``attr`` is the generated model's
    attribute or the generated function's parameter.
    """

    wire: str
    attr: str
    annotation: str
    required: bool

    @property
    def python(self) -> str:
        return self.wire if self.wire.isidentifier() and not keyword.iskeyword(self.wire) else self.attr


@dataclass
class Operation:
    id: str
    method: str
    path: str
    tag_module: str
    resource: str
    name: str
    idempotent: bool
    summary: str
    description: str
    body_kind: str | None = None
    body_model: str | None = None
    body_schema: dict[str, Any] | None = None
    fields: list[Param] = field(default_factory=list)
    query: list[Param] = field(default_factory=list)
    query_schema: dict[str, Any] | None = None
    returns: str = "Any"
    page_model: str | None = None
    items_field: str | None = None
    item_type: str | None = None
    secret_fields: list[str] = field(default_factory=list)


# --- reading the generated source ------------------------------------------------


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _function(module: ast.Module, name: str) -> ast.FunctionDef:
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise LookupError(name)


def model_fields(package: Path, model: str) -> list[tuple[str, str, bool]]:
    """``(attribute, annotation, required)`` of a generated attrs model."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", model).lower()
    candidates = [package / "models" / f"{snake}.py", *sorted((package / "models").glob("*.py"))]
    for path in candidates:
        if not path.exists():
            continue
        module = _parse(path)
        classes = [n for n in module.body if isinstance(n, ast.ClassDef) and n.name == model]
        if classes:
            out = []
            for stmt in classes[0].body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                    if stmt.target.id == "additional_properties":
                        continue
                    out.append((stmt.target.id, ast.unparse(stmt.annotation), stmt.value is None))
            return out
    raise LookupError(f"model {model} not found in {package / 'models'}")


def endpoint_signature(path: Path) -> tuple[list[tuple[str, str, bool]], str]:
    """Keyword arguments (minus ``client``) and return annotation of ``sync``."""
    module = _parse(path)
    sync = _function(module, "sync")
    args = sync.args.kwonlyargs
    defaults = sync.args.kw_defaults
    params = [
        (arg.arg, ast.unparse(arg.annotation) if arg.annotation else "Any", default is None)
        for arg, default in zip(args, defaults, strict=True)
        if arg.arg != "client"
    ]
    returns = ast.unparse(sync.returns) if sync.returns else "Any"
    return params, returns


def _union_members(annotation: str) -> list[str]:
    tree = ast.parse(annotation, mode="eval").body
    members: list[str] = []

    def visit(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            visit(node.left)
            visit(node.right)
        else:
            members.append(ast.unparse(node))

    visit(tree)
    return members


def success_type(returns: str) -> str:
    members = [m for m in _union_members(returns) if m not in ("Error", "None")]
    return " | ".join(members) or "Any"


# --- reading the normalized document --------------------------------------------


def resolve(doc: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """Inline every local ``$ref`` (the request schemas have no cycles)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in seen:
                raise ValueError(f"cyclic $ref {ref}")
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target[part]
            merged = {**resolve(doc, target, seen | {ref}), **{k: v for k, v in node.items() if k != "$ref"}}
            return merged
        return {k: resolve(doc, v, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(doc, v, seen) for v in node]
    return node


def _strip_annotations(node: Any) -> Any:
    """Validation needs constraints, not prose: drop descriptions and examples."""
    if isinstance(node, dict):
        return {
            k: _strip_annotations(v)
            for k, v in node.items()
            if k not in ("description", "example", "examples", "title", "deprecated")
            or (k in ("description", "title") and not isinstance(v, str))
        }
    if isinstance(node, list):
        return [_strip_annotations(v) for v in node]
    return node


def _field_names(node: Any, names: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            names.add(key)
            _field_names(value, names)
        for value in node.values():
            if isinstance(value, (dict, list)):
                _field_names(value, names)
    elif isinstance(node, list):
        for value in node:
            _field_names(value, names)


SECRET_FIELDS = frozenset({"embed_signing_key", "access_token", "refresh_token"})


def _python_candidates(wire: str) -> tuple[str, ...]:
    """The identifiers the generator may have made of a wire name."""
    plain = re.sub(r"\W", "_", wire)
    return (wire, wire + "_", plain, plain + "_")


def _python_name(wire: str, available: list[str]) -> str:
    for candidate in _python_candidates(wire):
        if candidate in available:
            return candidate
    raise LookupError(f"parameter {wire!r} not among {available}")


def collect(spec: Path, package: Path, names: dict[str, Any]) -> list[Operation]:
    raw = yaml.safe_load(spec.read_text(encoding="utf-8"))
    doc = normalize_strict(raw, names["operations"])
    ops = []
    for method, path, op in iter_operations(doc):
        entry = names["operations"].get(f"{method} {path}", {})
        tag = (op.get("tags") or ["default"])[0]
        tag_module = re.sub(r"_+", "_", re.sub(r"[^0-9a-z]", "_", tag.lower())).strip("_")
        resource = names["resources"].get(tag, tag_module)
        endpoint = package / "api" / tag_module / f"{op['operationId']}.py"
        params, returns = endpoint_signature(endpoint)
        available = [p for p, _, _ in params]
        operation = Operation(
            id=op["operationId"],
            method=method,
            path=path,
            tag_module=tag_module,
            resource=resource,
            name=entry.get("method", op["operationId"]),
            idempotent=method == "GET" or bool(entry.get("idempotent", False)),
            summary=op.get("summary", "").strip(),
            description=op.get("description", "").strip(),
            returns=success_type(returns),
        )
        query = [p for p in op.get("parameters", ()) if p.get("in") == "query"]
        annotations = {p: (a, r) for p, a, r in params}
        for spec_param in query:
            python = _python_name(spec_param["name"], available)
            annotation, required = annotations[python]
            operation.query.append(Param(spec_param["name"], python, annotation, required))
        if query:
            operation.query_schema = _strip_annotations(
                {
                    "type": "object",
                    "properties": {p["name"]: resolve(doc, p.get("schema", {})) for p in query},
                    "required": [p["name"] for p in query if p.get("required")],
                }
            )
        content = op.get("requestBody", {}).get("content", {})
        if content and query:
            raise NotImplementedError(f"{method} {path}: a body and query parameters together")
        if content:
            media_type, media = next(iter(content.items()))
            operation.body_kind = "multipart" if media_type == "multipart/form-data" else "json"
            operation.body_model = annotations["body"][0]
            operation.body_schema = _strip_annotations(resolve(doc, media["schema"]))
            wire_names = list(operation.body_schema.get("properties", {}))
            for attr, annotation, required in model_fields(package, operation.body_model):
                wire = next((w for w in wire_names if attr in _python_candidates(w)), attr)
                operation.fields.append(Param(wire, attr, annotation, required))
        success = resolve(doc, op.get("responses", {}).get("200", {}).get("content", {}))
        secret: set[str] = set()
        _field_names(success, secret)
        operation.secret_fields = sorted(secret & SECRET_FIELDS)
        success_media: dict[str, Any] = next(iter(success.values()), {}) if success else {}
        schema: dict[str, Any] = success_media.get("schema", {})
        props = schema.get("properties", {})
        arrays = [k for k, v in props.items() if "array" in str(v.get("type", ""))]
        if "pagination" in props and len(arrays) == 1 and {"limit", "offset"} <= {p.wire for p in operation.query}:
            operation.page_model = operation.returns
            operation.items_field = arrays[0]
            page_fields = {a: t for a, t, _ in model_fields(package, operation.returns)}
            match = re.search(r"list\[(\w+)\]", page_fields[arrays[0]])
            operation.item_type = match.group(1) if match else "Any"
        ops.append(operation)
    return ops
