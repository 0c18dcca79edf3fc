"""The facade's resources (``src/jobmojito/resources/``), from the generator's own parse.

openapi-python-client has already read the normalized document into endpoints
and properties (names, wire keys, types, descriptions) to write
``generated/``; this module reads the same objects, so the facade's
signatures are the generated models' types, not a second type mapping. The
JSON Schemas the facade validates requests with come from the normalized
document itself. Then templates/facade/ renders two classes per tag (sync and
async) and one ``Operation`` record per operation.
"""

from __future__ import annotations

import keyword
import pprint
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser.openapi import Endpoint

from . import pointers
from .config import Config, Narrowing
from .normalize import SECRET_MARK, fallback_operation_id, iter_webhooks, operation_pointer, pascal, response_twins
from .properties import Annotations, choices, code, is_none, kind, text

ANNOTATION_KEYS = frozenset({"description", "example", "examples", "title", "deprecated"})
DOC_WIDTH = 100


@dataclass
class Param:
    """One argument of a facade method."""

    python: str  # the keyword: the wire name where that is a legal one (type="interview"), else the generated one
    wire: str
    location: str  # "path", "query" or "body"
    annotation: str
    required: bool
    nullable: bool
    is_file: bool
    description: str
    choices: list[Any] = field(default_factory=list)

    @property
    def default(self) -> str:
        return "NOT_GIVEN" if self.nullable else "None"

    @property
    def signature(self) -> str:
        if self.required:
            return f"{self.python}: {self.annotation}"
        if self.nullable:
            return f"{self.python}: {self.annotation} | NotGiven = NOT_GIVEN"
        return f"{self.python}: {self.annotation} | None = None"


@dataclass
class Shape:
    """One overload of a method whose response a request field selects."""

    values: list[Any]  # the selector's values that give this shape ([] for "omitted or any other")
    selector: str  # the selector argument in this overload's signature
    returns: str
    parse: str
    otherwise: bool = False


@dataclass
class Operation:
    id: str
    pointer: str
    resource: str
    name: str
    method: str
    path: str
    idempotent: bool
    summary: str
    description: str
    params: list[Param]
    body: str | None  # "json", "multipart" or None
    body_schema: dict[str, Any] | None
    params_schema: dict[str, Any] | None
    returns: str
    returns_doc: str
    parse_body: str  # the expression that reads the decoded 200 body, ``data``
    parse_classes: list[str]
    secret_fields: list[str]
    items: str | None = None  # the list field of a page, for list operations
    item_type: str | None = None
    narrow: Param | None = None
    shapes: list[Shape] = field(default_factory=list)

    @property
    def constant(self) -> str:
        return "_" + self.id.upper()

    @property
    def positional(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def keyword_only(self) -> list[Param]:
        rest = [p for p in self.params if p.location != "path"]
        return sorted(rest, key=lambda p: not p.required)

    def values(self, location: str) -> list[Param]:
        return [p for p in self.params if p.location == location]


# --- the normalized document ----------------------------------------------------------


def resolve(doc: Mapping[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    """``node`` with every local ``$ref`` inlined (request schemas have no cycles)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in seen:
                raise ValueError(f"cyclic $ref {ref}")
            target = pointers.resolve(doc, ref[1:])
            return {**resolve(doc, target, seen | {ref}), **{k: v for k, v in node.items() if k != "$ref"}}
        return {k: resolve(doc, v, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(doc, v, seen) for v in node]
    return node


def constraints(node: Any) -> Any:
    """A schema as validation needs it: no prose, no x- marks."""
    if isinstance(node, dict):
        return {
            k: constraints(v)
            for k, v in node.items()
            if not (k in ANNOTATION_KEYS and isinstance(v, (str, list, bool))) and not k.startswith("x-")
        }
    if isinstance(node, list):
        return [constraints(v) for v in node]
    return node


def _secret_fields(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            if isinstance(sub, dict) and sub.get(SECRET_MARK):
                yield name
        for value in node.values():
            yield from _secret_fields(value)
    elif isinstance(node, list):
        for value in node:
            yield from _secret_fields(value)


def python_name(wire: str, generated: str) -> str:
    """The keyword argument: the wire name if it is a legal one, else the generator's identifier."""
    legal = wire.isidentifier() and not keyword.iskeyword(wire) and wire not in RESERVED_ARGUMENTS
    return wire if legal else generated


# Arguments every method has; a field of the same name takes the generator's identifier.
RESERVED_ARGUMENTS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_items"})


def _descriptions(raw_op: Mapping[str, Any], doc: Mapping[str, Any]) -> dict[str, str]:
    """Each argument's description, read from the document where it is written.

    The generator's properties lose a description written beside a ``$ref``
    (``mojito_language_code``: the enum is a component, its use is described
    at the reference), so the document itself is read.
    """
    out: dict[str, str] = {}
    for param in raw_op.get("parameters", ()):
        text = param.get("description") or resolve(doc, param.get("schema", {})).get("description")
        if isinstance(text, str):
            out[param["name"]] = text
    for media in raw_op.get("requestBody", {}).get("content", {}).values():
        for name, schema in resolve(doc, media.get("schema", {})).get("properties", {}).items():
            if isinstance(schema.get("description"), str):
                out.setdefault(name, schema["description"])
    return out


def _param(prop: Any, location: str, annotations: Annotations, descriptions: Mapping[str, str]) -> Param:
    wire = text(prop.name)
    # Only a JSON body can carry null: a path or query parameter's None means "not sent".
    nullable = location == "body" and kind(prop) == "union" and any(is_none(inner) for inner in prop.inner_properties)
    return Param(
        python=python_name(wire, str(prop.python_name)),
        wire=wire,
        location=location,
        annotation=annotations.of(prop),
        required=bool(prop.required),
        nullable=nullable,
        is_file=kind(prop) == "file",
        description=descriptions.get(text(prop.name)) or text(prop.description),
        choices=[c for c in choices(prop) if c is not None],
    )


# --- reading the endpoints --------------------------------------------------------------


def _page(prop: Any, params: list[Param], annotations: Annotations) -> tuple[str, str] | None:
    """(items field, item type) if the response is a limit/offset page."""
    if kind(prop) != "model" or not {"limit", "offset"} <= {p.wire for p in params if p.location == "query"}:
        return None
    fields = {text(p.name): p for p in prop.required_properties + prop.optional_properties}
    lists = [name for name, p in fields.items() if kind(p) == "list" or _list_in_union(p)]
    if "pagination" not in fields or len(lists) != 1:
        return None
    items = fields[lists[0]]
    listed = items if kind(items) == "list" else next(i for i in items.inner_properties if kind(i) == "list")
    inner = listed.inner_property
    return str(items.python_name), annotations.returned(inner)


def _list_in_union(prop: Any) -> bool:
    return kind(prop) == "union" and any(kind(i) == "list" for i in prop.inner_properties)


def _describe(
    endpoint: Endpoint, doc: Mapping[str, Any], config: Config, annotations: Annotations, render_read: Any
) -> Operation:
    method, path = endpoint.method.upper(), text(endpoint.path)
    pointer = operation_pointer(method, path)
    entry = config.operations.get(pointer)
    raw_op = pointers.resolve(doc, pointer)
    tag = text(endpoint.tags[0]) if endpoint.tags else "default"
    raw_tag = (raw_op.get("tags") or ["default"])[0]
    resource = config.resources.get(raw_tag, re.sub(r"\W+", "_", raw_tag.lower()).strip("_") or tag)
    descriptions = _descriptions(raw_op, doc)
    params = [_param(p, "path", annotations, descriptions) for p in endpoint.path_parameters]
    params += [_param(p, "query", annotations, descriptions) for p in endpoint.query_parameters]
    body_kind = body_schema = None
    if endpoint.bodies:
        body = endpoint.bodies[0]
        content_type = text(body.content_type)
        body_kind = "multipart" if content_type == "multipart/form-data" else "json"
        media = raw_op["requestBody"]["content"][content_type]
        body_schema = constraints(resolve(doc, media["schema"]))
        model: Any = body.prop
        if kind(model) != "model":
            raise NotImplementedError(f"{method} {path}: a request body that is not an object")
        for prop in model.required_properties + model.optional_properties:
            params.append(_param(prop, "body", annotations, descriptions))
    taken = [p.python for p in params]
    clashes = {name for name in taken if taken.count(name) > 1}
    if clashes:
        raise NotImplementedError(f"{method} {path}: arguments {sorted(clashes)} appear in two places")
    located = [p for p in params if p.location != "body"]
    params_schema = None
    if located:
        by_wire = {p["name"]: p for p in raw_op.get("parameters", ())}
        params_schema = constraints(
            {
                "type": "object",
                "properties": {p.wire: resolve(doc, by_wire[p.wire].get("schema", {})) for p in located},
                "required": [p.wire for p in located if p.required],
            }
        )
    ok = next(r for r in endpoint.responses.patterns if r.status_code.range == (200, 200))
    success = raw_op["responses"]["200"]
    secret = sorted(set(_secret_fields(resolve(doc, success.get("content", {})))))
    op = Operation(
        id=str(endpoint.name),
        pointer=pointer,
        resource=resource,
        name=entry.method if entry else fallback_operation_id(method, path),
        method=method,
        path=path,
        idempotent=method == "GET" or bool(entry and entry.idempotent),
        summary=text(endpoint.summary).strip(),
        description=text(endpoint.description).strip(),
        params=params,
        body=body_kind,
        body_schema=body_schema,
        params_schema=params_schema,
        returns=annotations.returned(ok.prop),
        returns_doc=text(success.get("description", "")).strip(),
        parse_body=render_read(ok.prop, "data", repr(f"{resource}.{entry.method if entry else endpoint.name}")),
        parse_classes=sorted(set(Annotations._classes(ok.prop))),
        secret_fields=secret,
    )
    page = _page(ok.prop, params, annotations)
    if page:
        op.items, op.item_type = page
    narrowing = config.narrow.get(pointer)
    if narrowing:
        _narrow(op, narrowing, ok.prop, render_read)
    return op


def _narrow(op: Operation, narrowing: Narrowing, prop: Any, render_read: Any) -> None:
    """One overload per selecting value, one for "any other value" if configured (the fallback is the union)."""
    members = {code(inner.class_info.name): inner for inner in prop.inner_properties if kind(inner) == "model"}
    selector = next((p for p in op.params if p.wire == narrowing.field), None)
    if selector is None:
        raise ValueError(f"generator-config.yml narrow {op.pointer}: no argument {narrowing.field!r}")
    unknown = sorted({*narrowing.shapes.values(), narrowing.otherwise or ""} - set(members) - {""})
    if unknown:
        raise ValueError(f"generator-config.yml narrow {op.pointer}: {unknown} are not members of {op.returns}")
    op.narrow = selector
    where = repr(f"{op.resource}.{op.name}")
    for value, name in narrowing.shapes.items():
        signature = f"{selector.python}: Literal[{value!r}]"
        op.shapes.append(Shape([value], signature, name, render_read(members[name], "data", where)))
    if narrowing.otherwise:
        known = selector.choices or ([True, False] if "bool" in selector.annotation else [])
        rest = [v for v in known if v not in narrowing.shapes]
        kinds = [f"Literal[{', '.join(repr(v) for v in rest)}]"] if rest else []
        kinds += ["None"] if selector.nullable else []
        if selector.required:
            signature = f"{selector.python}: {' | '.join(kinds)}"
        elif selector.nullable:
            signature = f"{selector.python}: {' | '.join(kinds)} | NotGiven = NOT_GIVEN"
        else:
            signature = f"{selector.python}: {' | '.join(kinds)} | None = None"
        name = narrowing.otherwise
        op.shapes.append(Shape(rest, signature, name, render_read(members[name], "data", where), otherwise=True))


def describe(project: Project, doc: Mapping[str, Any], config: Config) -> list[Operation]:
    annotations = Annotations(response_twins(doc))
    reader = project.env.get_template("_readers.jinja").module

    def render_read(prop: Any, source: str, where: str) -> str:
        return str(reader.read(prop, source, where)).strip()  # type: ignore[attr-defined]

    ops = [
        _describe(endpoint, doc, config, annotations, render_read)
        for collection in project.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    ]
    project.facade_annotations = annotations  # type: ignore[attr-defined]
    return ops


# --- writing -------------------------------------------------------------------------------------


def class_name(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


def python_literal(value: Any) -> str:
    """A JSON value (the JSON Schemas the facade validates with) as a Python literal, keys sorted."""
    return pprint.pformat(value, sort_dicts=True, width=110)


def webhook_events(webhooks: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(event, payload model, summary) of each webhook of the (normalized) webhooks document."""
    out = []
    for event, _method, op in iter_webhooks(webhooks):
        media: Mapping[str, Any] = next(iter(op.get("requestBody", {}).get("content", {}).values()), {})
        ref = str(media.get("schema", {}).get("$ref", ""))
        if not ref.startswith("#/components/schemas/"):
            raise NotImplementedError(f"webhook {event}: a payload that is not a component")
        name = ref.rsplit("/", 1)[1]
        title = webhooks["components"]["schemas"][name].get("title")
        out.append((event, pascal(title) if title else name, str(op.get("summary", "")).strip()))
    return sorted(out)


def render(
    project: Project, doc: Mapping[str, Any], config: Config, out: Path, webhooks: Mapping[str, Any]
) -> list[str]:
    """Write the resource modules into ``out``; the operations the naming table misses."""
    ops = describe(project, doc, config)
    annotations: Annotations = project.facade_annotations  # type: ignore[attr-defined]
    by_resource: dict[str, list[Operation]] = {}
    for op in ops:
        by_resource.setdefault(op.resource, []).append(op)
    env = project.env
    env.filters["pyliteral"] = python_literal
    out.mkdir(parents=True, exist_ok=True)
    module = env.get_template("facade/resource.py.jinja")
    for resource, resource_ops in by_resource.items():
        used = _used_names(resource_ops, annotations)
        helpers = [path.rsplit(".", 1) for path in config.helpers[resource]] if resource in config.helpers else []
        (out / f"{resource}.py").write_text(
            module.render(
                resource=resource,
                class_name=class_name(resource),
                helpers=helpers,
                ops=resource_ops,
                models=sorted(used & annotations.models),
                stdlib=sorted(used & annotations.stdlib),
                doc_width=DOC_WIDTH,
            ),
            encoding="utf-8",
        )
    (out / "webhook_events.py").write_text(
        env.get_template("facade/webhook_events.py.jinja").render(events=webhook_events(webhooks)), encoding="utf-8"
    )
    (out / "__init__.py").write_text(
        env.get_template("facade/resources_init.py.jinja").render(
            resources=[(r, class_name(r), ops_of) for r, ops_of in by_resource.items()]
        ),
        encoding="utf-8",
    )
    return [op.pointer for op in ops if op.pointer not in config.operations]


def _used_names(ops: list[Operation], annotations: Annotations) -> set[str]:
    texts = [op.returns for op in ops] + [p.annotation for op in ops for p in op.params]
    texts += [op.item_type or "" for op in ops] + [s.returns for op in ops for s in op.shapes]
    return {name for t in texts for name in re.findall(r"[A-Za-z_][\w.]*", t)} | {
        name.split(".")[0] for t in texts for name in re.findall(r"datetime\.\w+", t)
    }
