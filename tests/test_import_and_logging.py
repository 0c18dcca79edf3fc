"""Import cost and logging, each in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys

LOADED = """
import json, sys
import jobmojito
jm = jobmojito.JobMojito(token="t")
loaded = lambda prefix: sorted(m for m in sys.modules if m.startswith(prefix))
before = {
    "models": loaded("jobmojito_api.models"),
    "api": loaded("jobmojito_api.api"),
    "attrs": "attrs" in sys.modules,
    "aiohttp": "aiohttp" in sys.modules,
}
jm.results  # a resource is imported on first use, its endpoints on first call
after = {"resources": loaded("jobmojito.resources."), "api": loaded("jobmojito_api.api")}
print(json.dumps({"before": before, "after": after}))
"""


def run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env}, check=False
    )


def test_import_and_construction_load_no_generated_model_or_endpoint() -> None:
    result = run(LOADED)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["before"] == {"models": [], "api": [], "attrs": False, "aiohttp": False}
    assert seen["after"] == {"resources": ["jobmojito.resources.results"], "api": []}


CALL = """
import httpx, jobmojito
body = {"languages": []}
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
jobmojito.JobMojito(token="secret-token-0a1b2c3d", base_url="https://api.test", http_client=http).admin.list_languages()
"""


def test_jobmojito_log_debug_turns_logging_on_without_secrets() -> None:
    result = run(CALL, JOBMOJITO_LOG="debug")
    assert result.returncode == 0, result.stderr
    assert "jobmojito DEBUG GET /platform-languages-list -> 200 in" in result.stderr
    assert "secret-token-0a1b2c3d" not in result.stderr


def test_logging_is_silent_by_default() -> None:
    env = {k: v for k, v in os.environ.items() if k != "JOBMOJITO_LOG"}
    result = subprocess.run([sys.executable, "-c", CALL], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
