"""Responses parse whatever the server really sends (property-based).

For each operation's 200 schema (as the document states it), hypothesis
generates bodies from a relaxed copy in which every property may be null,
every enum also admits a value the document does not list, and every object
carries a field the document does not know. Each body must parse with the
generated client, keeping unknown values as they came.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import httpx
import pytest
from codegen.config import load
from codegen.facade import resolve
from codegen.normalize import make_nullable, normalize, walk_schema
from conftest import ROOT, load_yaml
from facade_support import Recorder, sync_client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from jobmojito import _lenient
from jobmojito._operations import get_operation

NEW_ENUM_VALUE = "zz-value-from-a-newer-server"
EXTRA_FIELD = "zz_field_from_a_newer_server"


def relax(schema: dict[str, Any]) -> dict[str, Any]:
    """What the live server may send for ``schema``."""
    out = copy.deepcopy(schema)

    def visit(node: dict[str, Any]) -> None:
        if "enum" in node:
            node["enum"] = [*node["enum"], NEW_ENUM_VALUE]
            if isinstance(node.get("type"), str):
                node["type"] = [node["type"], "string"] if node["type"] != "string" else "string"
        if "properties" in node:
            for prop in node["properties"].values():
                make_nullable(prop)
            node["properties"][EXTRA_FIELD] = {"type": "integer"}
            node["required"] = sorted({*node.get("required", ()), EXTRA_FIELD})

    walk_schema(out, visit)
    return out


def all_null(value: Any) -> Any:
    """Every property of every object set to null."""
    if isinstance(value, dict):
        return {k: None for k in value}
    if isinstance(value, list):
        return [all_null(v) for v in value]
    return value


def success_schemas(strict_doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for item in strict_doc["paths"].values():
        for op in item.values():
            media = op["responses"]["200"]["content"]["application/json"]
            out.append((op["operationId"], resolve(strict_doc, media["schema"])))
    return out


def parse(operation_id: str, body: Any) -> Any:
    """What the operation's method returns for ``body``."""
    return get_operation(operation_id).read(body)


STRICT = normalize(load_yaml(ROOT / "openapi.yaml"), load())


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict[str, Any]]:
    return dict(success_schemas(STRICT))


def test_every_operation_has_a_success_schema(schemas: dict[str, Any]) -> None:
    assert len(schemas) == 30


_STRATEGIES: dict[tuple[str, bool], st.SearchStrategy[Any]] = {}


def bodies(schemas: dict[str, Any], operation_id: str, *, relaxed: bool) -> st.SearchStrategy[Any]:
    """Built once per schema: hypothesis-jsonschema's set-up is the slow part."""
    key = (operation_id, relaxed)
    if key not in _STRATEGIES:
        schema = schemas[operation_id]
        _STRATEGIES[key] = from_schema(relax(schema) if relaxed else schema)
    return _STRATEGIES[key]


OPERATION_IDS = sorted(op["operationId"] for op in (o for item in STRICT["paths"].values() for o in item.values()))
FAST = settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
@FAST
@given(data=st.data())
def test_relaxed_bodies_parse(schemas: dict[str, Any], operation_id: str, data: st.DataObject) -> None:
    body = data.draw(bodies(schemas, operation_id, relaxed=True))
    parsed = parse(operation_id, body)
    assert parsed is not None
    if isinstance(body, dict) and hasattr(parsed, "additional_properties"):
        assert parsed.additional_properties[EXTRA_FIELD] == body[EXTRA_FIELD]


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
@FAST
@given(data=st.data())
def test_bodies_with_every_field_null_parse(schemas: dict[str, Any], operation_id: str, data: st.DataObject) -> None:
    body = data.draw(bodies(schemas, operation_id, relaxed=False))
    assert parse(operation_id, all_null(body)) is not None


def test_an_unknown_enum_value_is_kept_as_it_came() -> None:
    body = {
        "data": [{"id": "r1", "status": NEW_ENUM_VALUE, "mojito_language_code": "tlh"}],
        "pagination": {"total": 1, "limit": 50, "offset": 0, "has_more": False},
    }
    page = parse("list_results", body)
    assert page.data[0].status == NEW_ENUM_VALUE
    assert page.data[0].mojito_language_code == "tlh"


def test_server_nulls_the_document_does_not_allow_parse() -> None:
    # emoji, cover_image_url and calc_duration arrive as null from the live server
    body = {
        "data": [{"id": "i1", "name": "PM", "emoji": None, "cover_image_url": None, "calc_duration": None}],
        "pagination": {"total": 1, "limit": 50, "offset": 0, "has_more": False},
    }
    page = parse("list_interviews", body)
    assert page.data[0].emoji is None


def test_a_required_value_the_server_leaves_out_is_kept_and_logged_once_per_operation_and_field(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_lenient, "_warned", set())  # once per process: start this test with none said
    answers = Recorder(httpx.Response(200, json={"questions_generated": 8, "max_duration": None}))
    jm = sync_client(answers)
    arguments = {
        "name": "PM",
        "location": "Remote",
        "interview_template_id": "baa3bf7c-6926-46fd-9005-16738a31f72d",
        "mojito_language_code": "en",
        "status": "active",
        "type": "interview",
        "visibility": "merchant_invite",
    }
    with caplog.at_level(logging.WARNING, logger="jobmojito"):
        first = jm.interviews.create(**arguments)
        second = jm.with_options(max_retries=0).interviews.create(**arguments)
    assert first.interview_def_set_id is None and first.max_duration is None and second.questions_generated == 8
    warnings = [r.getMessage() for r in caplog.records if r.name == "jobmojito"]
    assert len(warnings) == 2, warnings  # two fields, two calls: one warning per field
    assert any("interviews.create" in w and "JobInterviewCreateResponse.interview_def_set_id" in w for w in warnings)
    assert any("JobInterviewCreateResponse.max_duration" in w for w in warnings)
