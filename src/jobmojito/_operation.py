"""What the client needs to know of one operation: the record each resource module holds.

``src/jobmojito/resources/<resource>.py`` (generated) defines one
``Operation`` per operation of the document; the methods pass it, with their
arguments, to the client's request loop (``_base_client``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Param(NamedTuple):
    """One argument of the method: its keyword, its name on the wire, where it goes."""

    python: str
    wire: str
    location: str  # "path", "query" or "body"
    required: bool = False
    nullable: bool = False  # None is sent as JSON null (else None means "not sent")
    is_file: bool = False  # a multipart file part


class Narrowing(NamedTuple):
    """A response union a request field selects: how to read the answer for each of its values."""

    field: str
    reads: Mapping[Any, Callable[[Any], Any]]
    otherwise: Callable[[Any], Any] | None = None


class Operation(Generic[T]):
    """One operation: where it goes, how its request is checked, how its answer is read."""

    __slots__ = (
        "body",
        "body_schema",
        "id",
        "idempotent",
        "items",
        "method",
        "name",
        "narrowing",
        "nullable",
        "params",
        "params_schema",
        "path",
        "read",
        "resource",
        "secret_fields",
    )

    def __init__(
        self,
        *,
        id: str,
        resource: str,
        name: str,
        method: str,
        path: str,
        idempotent: bool,
        read: Callable[[Any], T],
        params: tuple[Param, ...] = (),
        body: str | None = None,
        body_schema: Mapping[str, Any] | None = None,
        params_schema: Mapping[str, Any] | None = None,
        secret_fields: frozenset[str] = frozenset(),
        items: str | None = None,
        narrowing: Narrowing | None = None,
    ) -> None:
        self.id = id
        self.resource = resource
        self.name = name
        self.method = method
        self.path = path
        self.idempotent = idempotent
        self.read = read
        self.params = params
        self.body = body
        self.body_schema = body_schema
        self.params_schema = params_schema
        self.secret_fields = secret_fields
        self.items = items
        self.narrowing = narrowing
        # Wire names whose None is sent as null (every other None means "not sent").
        self.nullable = frozenset(p.wire for p in params if p.nullable)

    @property
    def qualname(self) -> str:
        """``interviews.create``: how the SDK names the operation in messages."""
        return f"{self.resource}.{self.name}"

    def __repr__(self) -> str:
        return f"<Operation {self.qualname}: {self.method} {self.path}>"
