"""make drift judges the committed document's changes as the SDK reads them (drift.sdk_side).

The document is normalized with generator-config.yml first, so what the SDK
absorbs (the nullability overlay, the two nullable spellings, an optional
field that is `X | None` either way) is no breaking change, and an operation
the naming table misses is `operation-needs-name`, with the line to add.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from codegen.config import Config
from codegen.normalize import naming_line
from conftest import ROOT
from drift.diff import diff
from drift.kinds import Kind, Severity
from drift.report import render_markdown
from drift.sdk_side import sdk_changes
from test_drift import to_31

OVERLAID = ("components", "schemas", "JobInterviewGetResponse", "properties", "cover_image_url")


def at(doc: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    node = doc
    for key in path:
        node = node[key]
    return node


def kinds(changes: list[Any]) -> list[tuple[str, str]]:
    return sorted((change.kind.value, change.severity.value) for change in changes)


def test_the_committed_document_compared_with_itself_has_no_change(published: dict[str, Any], config: Config) -> None:
    assert sdk_changes(published, published, config) == []


def test_nullable_added_to_a_field_the_overlay_covers_is_no_change(published: dict[str, Any], config: Config) -> None:
    """The live document marked cover_image_url nullable after the overlay had: the SDK already typed it so."""
    before = copy.deepcopy(published)
    del at(before, OVERLAID)["nullable"]
    assert "/components/schemas/JobInterviewGetResponse/properties/cover_image_url" in config.nullable
    assert kinds(diff(before, published)) == [("nullable-added", "breaking")]  # as published: a major bump
    assert sdk_changes(before, published, config) == []
    spelled_31 = copy.deepcopy(before)
    at(spelled_31, OVERLAID)["type"] = ["string", "null"]
    assert sdk_changes(before, spelled_31, config) == []


def test_the_document_respelled_in_31_nullables_is_no_change(published: dict[str, Any], config: Config) -> None:
    assert sdk_changes(published, to_31(published), config) == []


def test_nullable_on_an_optional_response_field_is_info(published: dict[str, Any], config: Config) -> None:
    edited = copy.deepcopy(published)
    schema = edited["components"]["schemas"]["JobInterviewCreateResponse"]
    assert "embed_id" not in schema["required"]
    schema["properties"]["embed_id"]["nullable"] = True
    (change,) = sdk_changes(published, edited, config)
    assert (change.kind, change.severity) == (Kind.NULLABLE_ADDED, Severity.INFO)
    assert "the SDK reads it as `X | None` either way" in change.message


def test_nullable_on_a_required_response_field_breaks(published: dict[str, Any], config: Config) -> None:
    edited = copy.deepcopy(published)
    schema = edited["components"]["schemas"]["JobInterviewCreateResponse"]
    schema["properties"]["interview_def_set_id"]["nullable"] = True
    assert kinds(sdk_changes(published, edited, config)) == [("nullable-added", "breaking")]


def with_new_operation(published: dict[str, Any]) -> dict[str, Any]:
    edited = copy.deepcopy(published)
    edited["paths"]["/job-interview-archive"] = {
        "post": copy.deepcopy(published["paths"]["/job-interview-token"]["post"])
    }
    return edited


def test_an_unnamed_operation_needs_a_name(published: dict[str, Any], config: Config) -> None:
    (change,) = sdk_changes(published, with_new_operation(published), config)
    assert (change.kind, change.severity, change.operation) == (
        Kind.OPERATION_NEEDS_NAME,
        Severity.SAFE,
        "POST /job-interview-archive",
    )
    line = naming_line("POST", "/job-interview-archive")  # what `python -m codegen check` prints too
    assert change.new == line
    assert (
        line
        == "  /paths/~1job-interview-archive/post: {id: post_job_interview_archive, method: post_job_interview_archive}"
    )
    markdown = render_markdown([change], "old", "new")
    assert "### Needs a name (1)" in markdown and f"```yaml\n{line}\n```" in markdown


def test_a_named_new_operation_is_an_addition(published: dict[str, Any], config: Config) -> None:
    operations = {**config.operations}
    operations["/paths/~1job-interview-archive/post"] = next(iter(config.operations.values()))
    named = Config(**{**config.__dict__, "operations": operations})
    assert kinds(sdk_changes(published, with_new_operation(published), named)) == [("operation-added", "safe")]


def run_drift(old: Path, new: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "drift", "--old", str(old), "--new", str(new), "--format", "json", *args]
    return subprocess.run(command, cwd=ROOT / "scripts", capture_output=True, text=True, check=False, timeout=120)


def test_the_command_exits_1_for_an_operation_that_needs_a_name(published: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(with_new_operation(published)), encoding="utf-8")
    result = run_drift(ROOT / "openapi.yaml", tmp_path / "new.yaml")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"] == {"breaking": 0, "safe": 1, "info": 0}
    assert [change["kind"] for change in report["changes"]] == ["operation-needs-name"]
    published_only = run_drift(ROOT / "openapi.yaml", tmp_path / "new.yaml", "--as-published")
    assert published_only.returncode == 0
    assert [change["kind"] for change in json.loads(published_only.stdout)["changes"]] == ["operation-added"]


def test_a_document_the_configuration_does_not_fit_is_an_error(published: dict[str, Any], tmp_path: Path) -> None:
    edited = copy.deepcopy(published)
    del edited["components"]["schemas"]["JobInterviewPdfRequest"]  # a patch points into it
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(edited), encoding="utf-8")
    result = run_drift(ROOT / "openapi.yaml", tmp_path / "new.yaml")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "the new document cannot be normalized with generator-config.yml" in result.stderr


@pytest.mark.parametrize("name", ["operation", "summary"])
def test_partial_documents_compare_as_published(name: str) -> None:
    case = ROOT / "tests" / "fixtures" / "drift" / name
    assert run_drift(case / "old.yaml", case / "new.yaml", "--as-published").returncode in (0, 1)
    assert run_drift(case / "old.yaml", case / "new.yaml").returncode == 2  # not the SDK's document
