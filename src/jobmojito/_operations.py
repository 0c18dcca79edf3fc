"""The generated operation table, loaded on first use, one entry per call."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from types import ModuleType
from typing import Any


class Operation:
    """One operation: where it goes, how its request is shaped and checked."""

    __slots__ = (
        "_body_model",
        "_module",
        "attrs",
        "body",
        "body_model_name",
        "body_schema",
        "fields",
        "id",
        "idempotent",
        "items",
        "method",
        "module_name",
        "path",
        "query",
        "query_schema",
        "secret_fields",
    )

    def __init__(self, operation_id: str, data: Mapping[str, Any]) -> None:
        self.id = operation_id
        self.method: str = data["method"]
        self.path: str = data["path"]
        self.module_name: str = data["module"]
        self.idempotent: bool = data["idempotent"]
        self.body: str | None = data["body"]
        self.body_model_name: str | None = data["body_model"]
        self.body_schema: Mapping[str, Any] | None = data["body_schema"]
        self.fields: Mapping[str, str] = data["fields"]
        self.attrs: Mapping[str, str] = data["attrs"]
        self.query: Mapping[str, str] = data["query"]
        self.query_schema: Mapping[str, Any] | None = data["query_schema"]
        self.items: str | None = data["items"]
        self.secret_fields: frozenset[str] = frozenset(data["secret_fields"])
        self._module: ModuleType | None = None
        self._body_model: Any = None

    @property
    def module(self) -> ModuleType:
        """The generated endpoint module (imported on first use)."""
        if self._module is None:
            self._module = importlib.import_module(self.module_name)
        return self._module

    @property
    def body_model(self) -> Any:
        if self._body_model is None and self.body_model_name:
            models = importlib.import_module("jobmojito_api.models")
            self._body_model = getattr(models, self.body_model_name)
        return self._body_model

    def __repr__(self) -> str:
        return f"<Operation {self.id}: {self.method} {self.path}>"


@cache
def _table() -> Mapping[str, Mapping[str, Any]]:
    from jobmojito_api._operations import OPERATIONS

    return OPERATIONS


@cache
def get_operation(operation_id: str) -> Operation:
    return Operation(operation_id, _table()[operation_id])


def all_operation_ids() -> list[str]:
    return list(_table())
