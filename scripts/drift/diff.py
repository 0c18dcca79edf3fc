"""``diff(old, new)``: every change between two OpenAPI documents, classified.

Pure: no I/O, inputs are not modified, the same inputs give the same sorted
list. Operations are matched by method and path template (``/a/{id}`` and
``/a/{uuid}`` are one operation); parameters by location and name; request
bodies and responses by media type; responses by status. A change inside a
schema shared by several operations is reported once per operation, because
each is an SDK method whose behaviour changes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .kinds import Change, Kind, Severity
from .schema import Document, as_dict, as_list, pointer
from .schema_diff import Located, Recorder, SchemaDiff, Side, located

BREAKING, SAFE = Severity.BREAKING, Severity.SAFE
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
JSON_MEDIA = "application/json"
ANONYMOUS: frozenset[tuple[str, tuple[str, ...]]] = frozenset()
Alternative = frozenset[tuple[str, tuple[str, ...]]]  # one security requirement object: scheme -> scopes


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    raw: dict[str, Any]
    ptr: str
    item: dict[str, Any]  # the path item, for parameters shared by its operations
    item_ptr: str

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def operations(doc: Document) -> dict[tuple[str, str], Operation]:
    """Operations keyed by ``(METHOD, path template)``."""
    found: dict[tuple[str, str], Operation] = {}
    for path, raw_item in as_dict(doc.data.get("paths")).items():
        item, item_ptr = doc.resolve(raw_item, pointer("", "paths", path))
        for method in HTTP_METHODS:
            operation = as_dict(item).get(method)
            if isinstance(operation, dict):
                template = re.sub(r"\{[^}/]*\}", "{}", str(path))
                found[method.upper(), template] = Operation(
                    method.upper(), str(path), operation, pointer(item_ptr, method), as_dict(item), item_ptr
                )
    return found


def diff(old_data: Mapping[str, Any], new_data: Mapping[str, Any]) -> list[Change]:
    old, new = Document(old_data), Document(new_data)
    out = Recorder(None)
    info_keys = ("title", "summary", "description")
    out.annotations(
        located(old.data.get("info"), "/info", info_keys), located(new.data.get("info"), "/info", info_keys), "API"
    )
    changes = out.changes
    old_ops, new_ops = operations(old), operations(new)
    for key in old_ops.keys() - new_ops.keys():
        gone = old_ops[key]
        summary = gone.raw.get("summary")
        changes.append(
            Change(BREAKING, Kind.OPERATION_REMOVED, gone.label, gone.ptr, "operation removed", summary, None)
        )
    for key in new_ops.keys() - old_ops.keys():
        added = new_ops[key]
        summary = added.raw.get("summary")
        changes.append(Change(SAFE, Kind.OPERATION_ADDED, added.label, added.ptr, "operation added", None, summary))
    for key in old_ops.keys() & new_ops.keys():
        changes += OperationDiff(old, new, old_ops[key], new_ops[key]).run()
    unique = {change.sort_key(): change for change in changes}
    return [unique[key] for key in sorted(unique)]


def _media_suffix(media: str) -> str:
    return "" if media == JSON_MEDIA else f" ({media})"


class OperationDiff:
    """The changes inside one operation present in both documents."""

    def __init__(self, old: Document, new: Document, old_op: Operation, new_op: Operation) -> None:
        self.old, self.new, self.o, self.n = old, new, old_op, new_op
        self.out = Recorder(new_op.label)
        self.schemas = SchemaDiff(old, new, self.out)

    def run(self) -> list[Change]:
        keys = ("summary", "description", "deprecated")
        self.out.annotations(located(self.o.raw, self.o.ptr, keys), located(self.n.raw, self.n.ptr, keys), "operation")
        self._parameters()
        self._request_body()
        self._responses()
        self._security()
        return self.out.changes

    # --- parameters -----------------------------------------------------------

    @staticmethod
    def _params(doc: Document, op: Operation) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, container in ((op.item_ptr, op.item), (op.ptr, op.raw)):  # the operation's own win
            for index, raw in enumerate(as_list(container.get("parameters"))):
                param, ptr = doc.resolve(raw, pointer(base, "parameters", index))
                if not isinstance(param, dict):
                    continue
                if doc.is_opaque(param):  # an unresolvable reference: known only by its text
                    found["$ref", str(param["$ref"])] = (param, ptr)
                    continue
                where, name = str(param.get("in")), str(param.get("name"))
                found[where, name.lower() if where == "header" else name] = (param, ptr)
        return found

    def _parameters(self) -> None:
        old, new = self._params(self.old, self.o), self._params(self.new, self.n)
        for key in sorted(old.keys() | new.keys()):
            where = f"{key[0]} parameter `{key[1]}`"
            if key not in new:
                param, ptr = old[key]
                summary = {"in": key[0], "name": key[1], "required": param.get("required") is True}
                self.out.add(BREAKING, Kind.PARAMETER_REMOVED, ptr, f"{where} removed", old=summary, new=None)
            elif key not in old:
                param, ptr = new[key]
                required = param.get("required") is True
                summary = {"in": key[0], "name": key[1], "required": required}
                message = f"new {'required' if required else 'optional'} {where}"
                severity = BREAKING if required else SAFE
                self.out.add(severity, Kind.PARAMETER_ADDED, ptr, message, old=None, new=summary)
            else:
                self._parameter(where, *old[key], *new[key])

    def _parameter(self, where: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str) -> None:
        was, now = old.get("required") is True, new.get("required") is True
        if was != now:
            kind = Kind.PARAMETER_REQUIRED if now else Kind.PARAMETER_OPTIONAL
            message = f"{where} is now {'required' if now else 'optional'}"
            self.out.add(BREAKING if now else SAFE, kind, new_ptr, message, old=was, new=now)
        keys = ("description", "example", "examples", "deprecated")
        self.out.annotations(located(old, old_ptr, keys), located(new, new_ptr, keys), where)
        old_schema, new_schema = self._param_schema(old, old_ptr), self._param_schema(new, new_ptr)
        if old_schema is not None and new_schema is not None:
            self.schemas.compare(*old_schema, *new_schema, Side(request=True, where=where))

    @staticmethod
    def _param_schema(param: dict[str, Any], ptr: str) -> tuple[Any, str] | None:
        if "schema" in param:
            return param["schema"], pointer(ptr, "schema")
        for media, content in sorted(as_dict(param.get("content")).items()):
            if isinstance(content, dict) and "schema" in content:
                return content["schema"], pointer(ptr, "content", media, "schema")
        return None

    # --- request body and responses --------------------------------------------

    def _request_body(self) -> None:
        old_raw, new_raw = self.o.raw.get("requestBody"), self.n.raw.get("requestBody")
        old_ptr, new_ptr = pointer(self.o.ptr, "requestBody"), pointer(self.n.ptr, "requestBody")
        if old_raw is None and new_raw is None:
            return
        if new_raw is None:
            self.out.add(BREAKING, Kind.REQUEST_BODY_REMOVED, old_ptr, "request body removed", old=True, new=None)
            return
        new_body, new_ptr = self.new.resolve(new_raw, new_ptr)
        now = as_dict(new_body).get("required") is True
        if old_raw is None:
            message = f"new {'required' if now else 'optional'} request body"
            self.out.add(BREAKING if now else SAFE, Kind.REQUEST_BODY_ADDED, new_ptr, message, old=None, new=now)
            return
        old_body, old_ptr = self.old.resolve(old_raw, old_ptr)
        was = as_dict(old_body).get("required") is True
        if was != now:
            kind = Kind.REQUEST_BODY_REQUIRED if now else Kind.REQUEST_BODY_OPTIONAL
            message = f"request body is now {'required' if now else 'optional'}"
            self.out.add(BREAKING if now else SAFE, kind, new_ptr, message, old=was, new=now)
        keys = ("description",)
        self.out.annotations(located(old_body, old_ptr, keys), located(new_body, new_ptr, keys), "request body")
        self._content(as_dict(old_body), old_ptr, as_dict(new_body), new_ptr, request=True, where="request body")

    def _content(
        self, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str, *, request: bool, where: str
    ) -> None:
        def media_types(container: dict[str, Any], ptr: str) -> dict[str, tuple[str, dict[str, Any]]]:
            content = as_dict(container.get("content"))
            return {
                str(media).lower(): (pointer(ptr, "content", media), as_dict(body)) for media, body in content.items()
            }

        old_media, new_media = media_types(old, old_ptr), media_types(new, new_ptr)
        for media in sorted(old_media.keys() | new_media.keys()):
            if media not in new_media:
                message = f"{where}: media type {media} removed"
                self.out.add(BREAKING, Kind.MEDIA_TYPE_REMOVED, old_media[media][0], message, old=media, new=None)
            elif media not in old_media:
                message = f"{where}: media type {media} added"
                self.out.add(SAFE, Kind.MEDIA_TYPE_ADDED, new_media[media][0], message, old=None, new=media)
            else:
                (o_ptr, o_body), (n_ptr, n_body) = old_media[media], new_media[media]
                subject = where + _media_suffix(media)
                examples: Located = located(o_body, o_ptr, ("example", "examples"))
                self.out.annotations(examples, located(n_body, n_ptr, ("example", "examples")), subject)
                side = Side(request=request, where=subject)
                self.schemas.compare(
                    o_body.get("schema", {}),
                    pointer(o_ptr, "schema"),
                    n_body.get("schema", {}),
                    pointer(n_ptr, "schema"),
                    side,
                )

    def _responses(self) -> None:
        def responses(doc: Document, op: Operation) -> dict[str, tuple[dict[str, Any], str]]:
            found = {}
            for status, raw in as_dict(op.raw.get("responses")).items():
                response, ptr = doc.resolve(raw, pointer(op.ptr, "responses", status))
                found[str(status).upper()] = (as_dict(response), ptr)
            return found

        old, new = responses(self.old, self.o), responses(self.new, self.n)
        for status in sorted(old.keys() | new.keys()):
            if status not in new:
                severity = BREAKING if status.startswith("2") else SAFE
                message = f"response {status} removed"
                self.out.add(severity, Kind.RESPONSE_STATUS_REMOVED, old[status][1], message, old=status, new=None)
            elif status not in old:
                message = f"response {status} added"
                self.out.add(SAFE, Kind.RESPONSE_STATUS_ADDED, new[status][1], message, old=None, new=status)
            else:
                (o_body, o_ptr), (n_body, n_ptr) = old[status], new[status]
                where = f"response {status}"
                keys = ("description",)
                self.out.annotations(located(o_body, o_ptr, keys), located(n_body, n_ptr, keys), where)
                self._content(o_body, o_ptr, n_body, n_ptr, request=False, where=where)

    # --- security ---------------------------------------------------------------

    @staticmethod
    def _requirement(doc: Document, op: Operation) -> tuple[frozenset[Alternative], str | None]:
        """The requirement in force (the operation's, else the document's) and where it is."""
        if isinstance(op.raw.get("security"), list):
            requirements, where = op.raw["security"], pointer(op.ptr, "security")
        elif isinstance(doc.data.get("security"), list):
            requirements, where = doc.data["security"], "/security"
        else:
            return frozenset({ANONYMOUS}), None
        alternatives = frozenset(
            frozenset((str(name), tuple(sorted(map(str, as_list(scopes))))) for name, scopes in as_dict(req).items())
            for req in requirements
        )
        return alternatives or frozenset({ANONYMOUS}), where  # `security: []` switches authentication off

    def _security(self) -> None:
        """Judged by one question: does every old way to authenticate still work?

        A client that authenticated with the schemes of an old alternative still
        gets in when some new alternative asks for no more than that.
        """
        old, old_ptr = self._requirement(self.old, self.o)
        new, new_ptr = self._requirement(self.new, self.n)
        if old == new:
            return
        locked_out = any(not any(_covers(alt, was) for alt in new) for was in old)
        severity = BREAKING if locked_out else SAFE
        added, removed = new - old, old - new
        before, after = _describe(old), _describe(new)
        now = f"now {' or '.join(after)} (was {' or '.join(before)})"
        if added - {ANONYMOUS} or ANONYMOUS in removed:
            where = new_ptr or self.n.ptr
            self.out.add(
                severity, Kind.SECURITY_ADDED, where, f"security requirement added: {now}", old=before, new=after
            )
        if removed - {ANONYMOUS} or ANONYMOUS in added:
            where = new_ptr or old_ptr or self.o.ptr  # into the old document once nothing is required
            message = f"security requirement removed: {now}"
            self.out.add(severity, Kind.SECURITY_REMOVED, where, message, old=before, new=after)


def _covers(alternative: Alternative, held: Alternative) -> bool:
    """Whether a client holding the credentials of ``held`` satisfies ``alternative``."""
    return all(any(name == n and set(scopes) <= set(s) for n, s in held) for name, scopes in alternative)


def _describe(alternatives: frozenset[Alternative]) -> list[str]:
    def one(alternative: Alternative) -> str:
        if not alternative:
            return "anonymous"
        return " + ".join(f"{name}[{','.join(scopes)}]" if scopes else name for name, scopes in sorted(alternative))

    return sorted(one(alternative) for alternative in alternatives)
