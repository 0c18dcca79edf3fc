"""Every operation is callable on both clients, named by the table."""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from codegen.config import Config
from codegen.generate import generate
from codegen.normalize import operation_pointer
from conftest import ROOT
from facade_support import TOKEN

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito
from jobmojito._operations import get_operation


def expected(config: Config, operations: list[Any]) -> list[tuple[str, str, str, str, str]]:
    """(method, path, resource, facade method, operationId) of every operation of the document."""
    out = []
    for method, path, op in operations:
        entry = config.operations[operation_pointer(method, path)]
        out.append((method, path, config.resources[op["tags"][0]], entry.method, entry.id))
    return out


def test_every_operation_is_reachable_on_both_clients(config: Config, operations: list[Any]) -> None:
    jm = JobMojito(token=TOKEN)
    ajm = AsyncJobMojito(token=TOKEN)
    for method, path, resource, name, _id in expected(config, operations):
        sync_method = getattr(getattr(jm, resource), name)
        async_method = getattr(getattr(ajm, resource), name)
        assert f"``{method} {path}``" in (sync_method.__doc__ or ""), (method, path)
        is_list = hasattr(getattr(jm, resource), name + "_page")
        assert inspect.iscoroutinefunction(async_method) != is_list, (resource, name)
        raw_name = name + "_page" if is_list else name
        assert callable(getattr(getattr(jm.with_raw_response, resource), raw_name))


def required_arguments(operation_id: str) -> dict[str, Any]:
    """Every required argument filled with a placeholder (validation is off)."""
    return {
        p.python: ("cv.pdf", b"%PDF-1.4") if p.is_file else "x"
        for p in get_operation(operation_id).params
        if p.required
    }


def test_every_operation_sends_its_documented_method_and_path(config: Config, operations: list[Any]) -> None:
    seen: list[tuple[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path.removeprefix("/functions/v1")))
        return httpx.Response(599, text="stop here")

    jm = JobMojito(
        token=TOKEN,
        base_url="https://api.test/functions/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        validate_requests=False,
        max_retries=0,
    )
    for method, path, resource, name, operation_id in expected(config, operations):
        call = getattr(getattr(jm, resource), name + "_page", None) or getattr(getattr(jm, resource), name)
        with pytest.raises(jobmojito.InternalServerError):
            call(**required_arguments(operation_id))
        assert seen[-1] == (method, path)
    assert len(seen) == len(operations) == 30


NEW_OPERATION_CALL = """
import httpx, json
from jobmojito import JobMojito
seen = []
def answer(request):
    seen.append((request.method, request.url.raw_path.decode()))
    return httpx.Response(200, json={"status": "ready", "zz": 1})
http = httpx.Client(transport=httpx.MockTransport(answer))
jm = JobMojito(token="t", base_url="https://api.test/v1", http_client=http)
method = jm.admin.get_merchant_health_merchant_id
result = method("m 1/2", verbose=True)
print(json.dumps({"seen": seen, "status": result.status, "extra": result["zz"], "type": type(result).__name__}))
"""


def test_an_operation_added_to_the_document_is_callable_with_no_hand_written_code(tmp_path: Path) -> None:
    doc: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    doc["paths"]["/merchant-health/{merchant_id}"] = {
        "get": {
            "tags": ["Admin"],
            "summary": "Get merchant health",
            "parameters": [
                {"name": "merchant_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "title": "MerchantHealth",
                                "properties": {"status": {"type": "string", "enum": ["ready", "degraded"]}},
                                "required": ["status"],
                            }
                        }
                    },
                }
            },
        }
    }
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    shutil.copytree(ROOT / "src" / "jobmojito", tmp_path / "src" / "jobmojito")  # the hand-written facade
    unnamed = generate(spec, tmp_path)
    assert unnamed == ["/paths/~1merchant-health~1{merchant_id}/get"]
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'src'}{os.pathsep}{tmp_path / 'generated'}"}
    result = subprocess.run(
        [sys.executable, "-c", NEW_OPERATION_CALL], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    # Not in the naming table: the method takes the deterministic fallback name; the path
    # parameter is positional and goes into the path, escaped.
    assert json.loads(result.stdout) == {
        "seen": [["GET", "/v1/merchant-health/m%201%2F2?verbose=true"]],
        "status": "ready",
        "extra": 1,
        "type": "MerchantHealth",
    }
