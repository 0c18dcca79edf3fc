"""Every operation of openapi.yaml is generated and importable under its table name."""

from __future__ import annotations

import importlib
import re
from typing import Any

from codegen.config import Config
from codegen.normalize import operation_pointer


def tag_module(tag: str) -> str:
    return re.sub(r"_+", "_", re.sub(r"[^0-9a-z]", "_", tag.lower())).strip("_")


def test_every_operation_is_named_by_the_table(operations: list[Any], config: Config) -> None:
    in_document = {operation_pointer(method, path) for method, path, _ in operations}
    assert in_document == set(config.operations), "the naming table and openapi.yaml disagree"
    ids = [entry.id for entry in config.operations.values()]
    assert len(ids) == len(set(ids)), "operation ids must be unique"


def test_every_operation_has_an_importable_generated_function(operations: list[Any], config: Config) -> None:
    missing = []
    for method, path, op in operations:
        name = config.operations[operation_pointer(method, path)].id
        module_name = f"jobmojito_api.api.{tag_module(op['tags'][0])}.{name}"
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            missing.append(f"{method} {path}: {module_name}: {exc}")
            continue
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            if not callable(getattr(module, function, None)):
                missing.append(f"{method} {path}: {module_name}.{function}")
        source = importlib.util.find_spec(module_name)
        assert source is not None
    assert not missing, "\n".join(missing)
    assert len(operations) == 30
