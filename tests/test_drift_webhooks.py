"""Drift covers the webhooks document too: a payload is judged as a response a receiver reads.

Each test edits a copy of the committed ``openapi-webhooks.yaml`` and runs
``python -m drift`` on both documents, as ``make update`` does.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD = "WebhookInterviewResultPayload"


def committed() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi-webhooks.yaml").read_text(encoding="utf-8"))
    return loaded


def run_drift(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m drift`` on the committed API document (no change) and the webhooks documents given."""
    return subprocess.run(
        [sys.executable, "-m", "drift", "--old", "openapi.yaml", "--new", "openapi.yaml", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "scripts"), "PATH": ""},
        check=False,
    )


def drift(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> tuple[int, dict[str, Any]]:
    new = copy.deepcopy(committed())
    edit(new)
    new_path = tmp_path / "new-webhooks.json"
    new_path.write_text(json.dumps(new), encoding="utf-8")
    done = run_drift("--format", "json", "--old-webhooks", "openapi-webhooks.yaml", "--new-webhooks", str(new_path))
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return done.returncode, report


def kinds(report: dict[str, Any]) -> set[tuple[str, str, str | None]]:
    return {(c["kind"], c["severity"], c["operation"]) for c in report["changes"]}


def resolves(doc: Any, pointer: str) -> bool:
    for token in pointer.lstrip("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(doc, dict) or key not in doc:
            return False
        doc = doc[key]
    return True


def payload(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][PAYLOAD]
    return schema


def test_the_same_documents_have_no_drift(tmp_path: Path) -> None:
    status, report = drift(tmp_path, lambda doc: None)
    assert status == 0 and report["changes"] == []


def test_a_payload_field_removed_breaks_every_event_that_carries_it(tmp_path: Path) -> None:
    def remove_score(doc: dict[str, Any]) -> None:
        del payload(doc)["properties"]["score"]
        payload(doc)["required"] = [f for f in payload(doc).get("required", []) if f != "score"]

    status, report = drift(tmp_path, remove_score)
    assert status == 1, "breaking: make update bumps the major version"
    removed = {c for c in kinds(report) if c[0] == "response-field-removed"}
    events = {f"webhook {name}" for name in committed()["webhooks"]}
    assert removed == {("response-field-removed", "breaking", event) for event in events}
    for change in report["changes"]:  # a removal points into the old webhooks document
        assert resolves(committed(), change["location"]), change["location"]


def test_a_payload_field_added_is_safe(tmp_path: Path) -> None:
    def add_field(doc: dict[str, Any]) -> None:
        payload(doc)["properties"]["ai_fit_summary"] = {"type": "string", "nullable": True}

    status, report = drift(tmp_path, add_field)
    assert status == 0
    assert {c[0:2] for c in kinds(report)} == {("response-field-added", "safe")}


def test_an_event_removed_is_breaking_and_an_event_added_is_safe(tmp_path: Path) -> None:
    def swap(doc: dict[str, Any]) -> None:
        doc["webhooks"]["interview_archived"] = doc["webhooks"].pop("interview_failed")

    status, report = drift(tmp_path, swap)
    assert status == 1
    assert ("operation-removed", "breaking", "webhook interview_failed") in kinds(report)
    assert ("operation-added", "safe", "webhook interview_archived") in kinds(report)
    removed = next(c for c in report["changes"] if c["kind"] == "operation-removed")
    assert removed["location"] == "/webhooks/interview_failed/post"


@pytest.mark.parametrize("flag", ["--old-webhooks", "--new-webhooks"])
def test_one_webhooks_side_alone_is_a_usage_error(flag: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "drift",
            "--old",
            "openapi.yaml",
            "--new",
            "openapi.yaml",
            flag,
            "openapi-webhooks.yaml",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "scripts"), "PATH": ""},
        check=False,
    )
    assert done.returncode == 2 and "go together" in done.stderr


def test_a_webhooks_document_that_cannot_be_normalized_is_an_error_not_a_verdict(tmp_path: Path) -> None:
    """Exit 2 and one line, as for the API document: exit 1 would read as "breaking" to make update."""
    new = copy.deepcopy(committed())
    new["components"]["schemas"]["WebhookInterviewResultPayload"]["properties"] = ["not", "a", "mapping"]
    new_path = tmp_path / "new-webhooks.json"
    new_path.write_text(json.dumps(new), encoding="utf-8")
    done = run_drift("--old-webhooks", "openapi-webhooks.yaml", "--new-webhooks", str(new_path))
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert "the new webhooks document cannot be normalized" in done.stderr
