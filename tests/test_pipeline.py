"""The regeneration pipeline: make spec, make generate, make check."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from check_generated import tree_differences
from conftest import ROOT
from generate import PACKAGE, generate

SPEC_SCRIPT = ROOT / "scripts" / "fetch_spec.py"


def fetch(source: str, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, SPEC_SCRIPT, source, "--output", output], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regen") / PACKAGE
    generate(ROOT / "openapi.yaml", out)
    return out


def test_regeneration_reproduces_the_committed_tree(regenerated: Path) -> None:
    assert tree_differences(ROOT / "generated" / PACKAGE, regenerated) == []


def test_a_hand_edit_in_generated_is_detected(regenerated: Path, tmp_path: Path) -> None:
    edited = tmp_path / PACKAGE
    shutil.copytree(regenerated, edited)
    target = edited / "api" / "interviews" / "create_interview.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (edited / "models" / "stray.py").write_text("")
    assert tree_differences(edited, regenerated) == [
        "api/interviews/create_interview.py (differs)",
        "models/stray.py (only in generated/)",
    ]


def test_generated_package_carries_the_published_document(regenerated: Path) -> None:
    published = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert json.loads((regenerated / "openapi.json").read_text()) == published


def test_an_operation_missing_from_the_table_still_generates_and_is_reported(tmp_path: Path) -> None:
    doc: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    status = doc["paths"]["/merchant-status"]
    doc["paths"]["/merchant-status-v2"] = json.loads(json.dumps(status))
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = tmp_path / PACKAGE
    unnamed = generate(spec, out)
    assert unnamed == ["GET /merchant-status-v2"]
    assert (out / "api" / "admin" / "get_merchant_status_v2.py").exists()
    assert "def get_merchant_status_v2(" in (out / "resources" / "admin.py").read_text()


def test_make_spec_writes_the_document_as_stable_yaml(tmp_path: Path) -> None:
    published = tmp_path / "published.json"  # as the server sends it: JSON
    published.write_text(json.dumps(yaml.safe_load((ROOT / "openapi.yaml").read_text()), indent=2))
    output = tmp_path / "openapi.yaml"
    result = fetch(published.as_uri(), output)
    assert result.returncode == 0, result.stderr
    assert yaml.safe_load(output.read_text()) == json.loads(published.read_text())
    assert output.read_text() == (ROOT / "openapi.yaml").read_text(), "same input, same bytes"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("/nonexistent/openapi.json", "cannot read"),
        ("http://127.0.0.1:9/openapi", "cannot fetch"),
    ],
)
def test_make_spec_refuses_unreachable_sources(tmp_path: Path, source: str, message: str) -> None:
    output = tmp_path / "openapi.yaml"
    output.write_text("previous: document\n")
    result = fetch(source, output)
    assert result.returncode == 2
    assert message in result.stderr
    assert output.read_text() == "previous: document\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not JSON or YAML"),
        ('{"hello": "world"}', "is not an OpenAPI document"),
        ('{"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}}', "is not a valid OpenAPI document"),
    ],
)
def test_make_spec_refuses_invalid_documents(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content)
    output = tmp_path / "openapi.yaml"
    output.write_text("previous: document\n")
    result = fetch(str(source), output)
    assert result.returncode == 2
    assert message in result.stderr
    assert output.read_text() == "previous: document\n"
    assert not list(tmp_path.glob(".openapi.yaml.*")), "no temporary file left behind"
