"""Every operation's record, by operationId (for the CLI and tests; calls go through the resources)."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from ._operation import Operation
from .resources import OPERATIONS


@cache
def get_operation(operation_id: str) -> Operation[Any]:
    """The ``Operation`` of ``operation_id`` (its resource module is imported on first use)."""
    resource, _method, constant = OPERATIONS[operation_id]
    module = importlib.import_module(f"jobmojito.resources.{resource}")
    found: Operation[Any] = getattr(module, constant)
    return found


def all_operation_ids() -> list[str]:
    return list(OPERATIONS)
