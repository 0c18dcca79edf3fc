"""Every operation is callable on both clients, named by the table."""

from __future__ import annotations

import inspect
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT
from facade_support import TOKEN
from generate import PACKAGE, generate

import jobmojito
from jobmojito import AsyncJobMojito, JobMojito


def expected(naming: dict[str, Any], operations: list[Any]) -> list[tuple[str, str, str, str]]:
    out = []
    for method, path, op in operations:
        entry = naming["operations"][f"{method} {path}"]
        out.append((method, path, naming["resources"][op["tags"][0]], entry["method"]))
    return out


def test_every_operation_is_reachable_on_both_clients(naming: dict[str, Any], operations: list[Any]) -> None:
    jm = JobMojito(token=TOKEN)
    ajm = AsyncJobMojito(token=TOKEN)
    for method, path, resource, name in expected(naming, operations):
        sync_method = getattr(getattr(jm, resource), name)
        async_method = getattr(getattr(ajm, resource), name)
        raw_method = getattr(getattr(jm.with_raw_response, resource), name)
        assert f"``{method} {path}``" in (sync_method.__doc__ or ""), (method, path)
        is_list = hasattr(getattr(jm, resource), name + "_page")
        assert inspect.iscoroutinefunction(async_method) != is_list, (resource, name)
        assert callable(raw_method)


def minimal_body(operation_id: str) -> dict[str, Any]:
    """Every required field filled with a placeholder (validation is off)."""
    from jobmojito_api._operations import OPERATIONS
    from jobmojito_api.types import File

    entry = OPERATIONS[operation_id]
    schema = entry["body_schema"] or {}
    body: dict[str, Any] = {}
    for name in schema.get("required", ()):
        binary = schema["properties"].get(name, {}).get("format") == "binary"
        body[name] = File(payload=io.BytesIO(b"%PDF-1.4"), file_name="cv.pdf") if binary else "x"
    return body


def test_every_operation_sends_its_documented_method_and_path(naming: dict[str, Any], operations: list[Any]) -> None:
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
    for method, path, resource, name in expected(naming, operations):
        operation_id = naming["operations"][f"{method} {path}"]["id"]
        call = getattr(getattr(jm, resource), name + "_page", None) or getattr(getattr(jm, resource), name)
        required = {}
        if method == "GET":
            from jobmojito_api._operations import OPERATIONS

            schema = OPERATIONS[operation_id]["query_schema"] or {}
            required = {OPERATIONS[operation_id]["query"].get(n, n): "x" for n in schema.get("required", ())}
            python = {wire: py for py, wire in OPERATIONS[operation_id]["query"].items()}
            required = {python[w]: v for w, v in required.items()}
        with pytest.raises(jobmojito.InternalServerError):
            call(minimal_body(operation_id)) if method == "POST" else call(**required)
        assert seen[-1] == (method, path)
    assert len(seen) == len(operations) == 30


NEW_OPERATION_CALL = """
import httpx, json
from jobmojito import JobMojito
seen = []
def answer(request):
    seen.append((request.method, request.url.path))
    return httpx.Response(200, json={"status": "ready", "zz": 1})
http = httpx.Client(transport=httpx.MockTransport(answer))
jm = JobMojito(token="t", base_url="https://api.test/v1", http_client=http)
result = jm.admin.get_merchant_health(merchant_id="m-1")
print(json.dumps({"seen": seen, "status": result.status, "type": type(result).__name__}))
"""


def test_an_operation_added_to_the_document_is_callable_with_no_hand_written_code(tmp_path: Path) -> None:
    doc: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    doc["paths"]["/merchant-health"] = {
        "get": {
            "tags": ["Admin"],
            "summary": "Get merchant health",
            "parameters": [{"name": "merchant_id", "in": "query", "required": True, "schema": {"type": "string"}}],
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
    unnamed = generate(spec, tmp_path / "out" / PACKAGE)
    assert unnamed == ["GET /merchant-health"]
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'out'}{os.pathsep}{ROOT / 'src'}"}
    result = subprocess.run(
        [sys.executable, "-c", NEW_OPERATION_CALL], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    # Not in the naming table: the method takes the deterministic fallback name.
    assert json.loads(result.stdout) == {
        "seen": [["GET", "/v1/merchant-health"]],
        "status": "ready",
        "type": "MerchantHealth",
    }
