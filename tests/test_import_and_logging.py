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


FIRST_CALL = """
import json, sys
import httpx, jobmojito
before = set(sys.modules)
body = {"interview_def_set_id": "d", "questions_generated": 8, "max_duration": 1800}
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
jm = jobmojito.JobMojito(token="t", base_url="https://api.test", http_client=http)
jm.interviews.create(name="PM", location="remote", interview_template_id="baa3bf7c-6926-46fd-9005-16738a31f72d",
                     mojito_language_code="en", status="active", type="interview", visibility="merchant_public")
new = sorted(set(sys.modules) - before)
print(json.dumps({
    "models": [m for m in new if m.startswith("jobmojito_api.models.")],
    "sdk": [m for m in new if m.startswith("jobmojito.")],
    "other": [m for m in new if not m.startswith(("jobmojito", "attr", "_"))],
}))
"""


def test_a_first_call_loads_its_own_response_model_and_nothing_it_does_not_use() -> None:
    result = run(FIRST_CALL)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["models"] == ["jobmojito_api.models.job_interview_create_response"]
    # Nothing for other resources, Supabase sessions, pagers, raw responses, bulk work or webhooks.
    unused = ("resources.results", "_session", "_refresh", "_pagination", "_raw", "_response", "bulk", "webhooks")
    assert not [m for m in seen["sdk"] if m.removeprefix("jobmojito.").startswith(unused)], seen["sdk"]
    assert not [m for m in seen["other"] if m.startswith(("sqlite3", "concurrent", "aiohttp"))], seen["other"]


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
