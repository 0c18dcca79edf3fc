"""Answering an operation from its 200 schema, and what every answer shares.

``Responder`` answers every operation with a value made from the operation's
200 schema (``fake.py``), deterministic for the seed and the call's number;
a list operation (``limit`` and a ``pagination`` object) pages a fixed,
seeded collection honestly. ``flow.Operations`` overrides the operations
of the main flow with stateful ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from random import Random
from typing import Any

from starlette.responses import JSONResponse

from .fake import Faker, seeded
from .state import Store, paginate

Reply = tuple[int, Any]
Handler = Callable[["Call", Random], Reply]


@dataclass(frozen=True)
class Call:
    """A valid request: the operation, its query (cast, defaults in) and JSON body."""

    operation_id: str
    query: Mapping[str, Any]
    body: Any


def error(status: int, message: str, name: str | None = None) -> Reply:
    """The document's ``Error`` body."""
    return status, {"error": message} if name is None else {"error": message, "name": name}


def error_response(
    status: int, message: str, name: str | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """The document's ``Error`` body as a response (the app's own refusals, the control endpoint's, faults)."""
    code, body = error(status, message, name)
    return JSONResponse(body, status_code=code, headers=headers)


def matches(text: str | None, *fields: str | None) -> bool:
    """The ``filter_text`` rule: case-insensitive substring of any field (no text: everything)."""
    return not text or any(text.lower() in (f or "").lower() for f in fields)


def limits(query: Mapping[str, Any]) -> tuple[int, int]:
    """``limit`` and ``offset`` of a list request (the document's defaults: 50, 0)."""
    return int(query.get("limit") or 50), int(query.get("offset") or 0)


class Responder:
    """Answers every operation of one document from its 200 schema."""

    def __init__(self, document: Mapping[str, Any], store: Store) -> None:
        self.store = store
        self.faker = Faker(document)
        self._responses: dict[str, Any] = {}
        for item in document.get("paths", {}).values():
            for operation in item.values():
                if isinstance(operation, dict) and "operationId" in operation:
                    content = operation["responses"]["200"]["content"]["application/json"]
                    self._responses[operation["operationId"]] = content["schema"]
        self._calls: Counter[str] = Counter()

    def handlers(self) -> Mapping[str, Handler]:
        """Operations answered otherwise than by ``generic``, by operationId."""
        return {}

    def handle(self, call: Call) -> Reply:
        self._calls[call.operation_id] += 1
        rng = seeded(self.store.seed, call.operation_id, self._calls[call.operation_id])
        return self.handlers().get(call.operation_id, self.generic)(call, rng)

    def response_schema(self, operation_id: str) -> Any:
        return self._responses[operation_id]

    def item_schema(self, operation_id: str) -> Any:
        """The schema of one ``data`` item of a list operation's response."""
        return self.faker.resolve(self.response_schema(operation_id))["properties"]["data"]["items"]

    def shape(self, schema: Any, known: Mapping[str, Any], rng: Random) -> dict[str, Any]:
        """Every property of an object schema: known values, else null where allowed, else made up."""
        out: dict[str, Any] = {}
        for name, sub in self.faker.resolve(schema).get("properties", {}).items():
            if name in known:
                out[name] = known[name]
            elif self.faker.fits(None, sub):
                out[name] = None
            else:
                out[name] = self.faker.value(sub, rng, name)
        return out

    def generic(self, call: Call, rng: Random) -> Reply:
        schema = self.response_schema(call.operation_id)
        if "pagination" not in self.faker.resolve(schema).get("properties", {}) or "limit" not in call.query:
            return 200, self.faker.value(schema, rng)
        # A list: a fixed collection for the seed, paged honestly.
        total = seeded(self.store.seed, call.operation_id, "size").randint(2, 8)
        limit, offset = limits(call.query)
        items = self.item_schema(call.operation_id)
        out = self.faker.value(schema, rng)
        out["data"] = [
            self.faker.value(items, seeded(self.store.seed, call.operation_id, "item", i))
            for i in range(total)[offset : offset + limit]
        ]
        _, out["pagination"] = paginate(range(total), limit, offset)
        return 200, out
