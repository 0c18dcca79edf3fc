"""Normalization: one small fixture per quirk of the published document."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from codegen.config import Config, OperationName
from codegen.normalize import (
    RESPONSE_MARK,
    SECRET_MARK,
    fallback_operation_id,
    normalize,
    response_twins,
    unnamed_operations,
)

EMPTY = Config(generator={}, resources={}, operations={}, secret_fields={}, patches={}, nullable={})


def normalize_strict(document: dict[str, Any], config: Config = EMPTY) -> dict[str, Any]:
    return normalize(document, config)


def doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def op(response: dict[str, Any] | None = None, body: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if response is not None:
        out["responses"]["200"]["content"] = {"application/json": {"schema": response}}
    if body is not None:
        out["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return out


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def accepts(schema: dict[str, Any], value: Any, full: dict[str, Any]) -> bool:
    """Validate with the jsonschema library, resolving refs within ``full``."""
    wrapped = {**schema, "components": full["components"]}
    return jsonschema.Draft202012Validator(wrapped).is_valid(value)


def test_nullable_scalar_becomes_a_type_array() -> None:
    out = normalize_strict(doc({"A": {"type": "object", "properties": {"x": {"type": "string", "nullable": True}}}}))
    x = out["components"]["schemas"]["A"]["properties"]["x"]
    assert x == {"type": ["string", "null"]}
    assert accepts(ref("A"), {"x": None}, out)


def test_nullable_false_is_dropped_and_stays_non_null() -> None:
    out = normalize_strict(doc({"A": {"type": "object", "properties": {"x": {"type": "string", "nullable": False}}}}))
    assert out["components"]["schemas"]["A"]["properties"]["x"] == {"type": "string"}
    assert not accepts(ref("A"), {"x": None}, out)


def test_nullable_enum_is_named_and_admits_null_at_the_reference() -> None:
    source = doc(
        {"A": {"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "b"], "nullable": True}}}}
    )
    out = normalize_strict(source)
    schemas = out["components"]["schemas"]
    assert schemas["AS"] == {"type": "string", "enum": ["a", "b"]}
    assert schemas["A"]["properties"]["s"] == {"anyOf": [ref("AS"), {"type": "null"}]}
    assert accepts(ref("A"), {"s": None}, out) and accepts(ref("A"), {"s": "a"}, out)
    assert not accepts(ref("A"), {"s": "c"}, out)


def test_nullable_ref_becomes_any_of_with_null_keeping_its_description() -> None:
    source = doc(
        {
            "B": {"type": "object", "properties": {"q": {"type": "integer"}}},
            "A": {"type": "object", "properties": {"b": {**ref("B"), "nullable": True, "description": "d"}}},
        }
    )
    b = normalize_strict(source)["components"]["schemas"]["A"]["properties"]["b"]
    assert b == {"description": "d", "anyOf": [ref("B"), {"type": "null"}]}


def test_any_of_branch_that_only_says_nullable_means_null_not_anything() -> None:
    # interview_length, hide_menu, hide_iframe, is_test: the last branch is {nullable: true}
    prop = {"anyOf": [{"type": "number"}, {"type": "string"}, {"nullable": True}]}
    source = doc({"A": {"type": "object", "properties": {"n": prop}}})
    assert accepts(ref("A"), {"n": [1, 2]}, source), "taken literally, the published branch accepts anything"
    out = normalize_strict(source)
    assert out["components"]["schemas"]["A"]["properties"]["n"]["anyOf"][-1] == {"type": "null"}
    assert accepts(ref("A"), {"n": None}, out) and accepts(ref("A"), {"n": "5"}, out)
    assert not accepts(ref("A"), {"n": [1, 2]}, out)


def test_nullable_alone_outside_a_branch_still_means_any_value() -> None:
    # custom_scoring, additional_context, form, ...: additionalProperties: {nullable: true}
    source = doc({"A": {"type": "object", "additionalProperties": {"nullable": True}}})
    out = normalize_strict(source)
    assert out["components"]["schemas"]["A"]["additionalProperties"] == {}
    assert accepts(ref("A"), {"max_score": 10, "note": None, "tags": ["a"]}, out)


def test_a_patch_is_a_json_merge_patch_at_its_pointer() -> None:
    """How generator-config.yml folds the description-only allOf member of JobInterviewPdfRequest.template."""
    source = doc(
        {
            "T": {"type": "string", "enum": ["classic", "modern"]},
            "R": {"type": "object", "properties": {"t": {"allOf": [ref("T"), {"description": "layout"}]}}},
        }
    )
    patch = {"allOf": None, "$ref": "#/components/schemas/T", "description": "layout"}
    config = Config(**{**EMPTY.__dict__, "patches": {"/components/schemas/R/properties/t": patch}})
    t = normalize(source, config)["components"]["schemas"]["R"]["properties"]["t"]
    assert t == {"description": "layout", "$ref": "#/components/schemas/T"}
    assert "allOf" in source["components"]["schemas"]["R"]["properties"]["t"], "the input is not modified"


def test_a_patch_whose_pointer_does_not_resolve_is_an_error() -> None:
    config = Config(**{**EMPTY.__dict__, "patches": {"/components/schemas/Gone": {"title": "x"}}})
    with pytest.raises(ValueError, match="patches: /components/schemas/Gone"):
        normalize(doc({}), config)


def test_inline_objects_and_array_items_get_stable_component_names() -> None:
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    source = doc({"L": {"type": "object", "properties": {"data": {"type": "array", "items": item, "nullable": True}}}})
    out = normalize_strict(source)
    schemas = out["components"]["schemas"]
    assert schemas["LDataItem"] == item
    assert schemas["L"]["properties"]["data"] == {"type": ["array", "null"], "items": ref("LDataItem")}


def test_an_inline_name_that_collides_with_a_component_is_an_error() -> None:
    source = doc({"AB": {"type": "string"}, "A": {"type": "object", "properties": {"b": {"enum": ["x"]}}}})
    with pytest.raises(ValueError, match="'AB'"):
        normalize_strict(source)


def test_enum_with_empty_string_keeps_it() -> None:
    # GET /merchant-result-list `tab` lists "" (meaning: all)
    param = {"name": "tab", "in": "query", "schema": {"type": "string", "enum": ["a", ""]}}
    source = doc({}, {"/r": {"get": {**op(), "parameters": [param]}}})
    out = normalize_strict(source)
    assert out["paths"]["/r"]["get"]["parameters"][0]["schema"]["enum"] == ["a", ""]


def test_a_request_body_offered_twice_asks_for_a_patch() -> None:
    body = {
        "required": True,
        "content": {"multipart/form-data": {"schema": ref("M")}, "application/json": {"schema": ref("J")}},
    }
    source = doc({"M": {"type": "object"}, "J": {"type": "object"}}, {"/u": {"post": {**op(), "requestBody": body}}})
    with pytest.raises(ValueError, match="/paths/~1u/post/requestBody/content"):
        normalize_strict(source)


def test_operation_ids_come_from_the_table_with_a_deterministic_fallback() -> None:
    source = doc({}, {"/job-interview-create": {"post": op()}, "/new-thing": {"get": op()}})
    names = {"/paths/~1job-interview-create/post": OperationName(id="create_interview", method="create")}
    out = normalize(source, Config(**{**EMPTY.__dict__, "operations": names}))
    assert out["paths"]["/job-interview-create"]["post"]["operationId"] == "create_interview"
    assert out["paths"]["/new-thing"]["get"]["operationId"] == "get_new_thing"
    assert fallback_operation_id("GET", "/new-thing") == "get_new_thing"
    assert unnamed_operations(source, names) == ["/paths/~1new-thing/get"]


def test_responses_say_what_the_document_says_and_the_overlay_adds_null() -> None:
    shape = {"type": "object", "properties": {"emoji": {"type": "string"}, "id": {"type": "string"}}}
    source = doc(
        {"Out": {**copy.deepcopy(shape), "required": ["id"]}, "In": copy.deepcopy(shape)},
        {"/x": {"post": op(response=ref("Out"), body=ref("In"))}},
    )
    overlay = {"/components/schemas/Out/properties/emoji": "seen null in production"}
    out = normalize(source, Config(**{**EMPTY.__dict__, "nullable": overlay}))
    assert accepts(ref("Out"), {"id": "1", "emoji": None}, out), "the overlay: the server sends null here"
    assert not accepts(ref("Out"), {"id": None}, out), "elsewhere the response is as documented"
    assert not accepts(ref("In"), {"emoji": None}, out), "a request follows the document"
    schemas = out["components"]["schemas"]
    assert schemas["Out"][RESPONSE_MARK] is True and RESPONSE_MARK not in schemas["In"]


def test_secret_fields_are_marked_where_the_configuration_points() -> None:
    source = doc(
        {"Out": {"type": "object", "properties": {"key": {"type": "string"}}}}, {"/x": {"get": op(ref("Out"))}}
    )
    config = Config(**{**EMPTY.__dict__, "secret_fields": {"/components/schemas/Out/properties/key": "a key"}})
    assert normalize(source, config)["components"]["schemas"]["Out"]["properties"]["key"][SECRET_MARK] is True


def test_a_component_requests_and_responses_share_is_split_and_named_after_its_use() -> None:
    question = {"type": "object", "properties": {"id": {"type": "string"}, "text": {"type": "string"}}}
    source = doc(
        {
            "Question": question,
            "Got": {"type": "object", "properties": {"questions": {"type": "array", "items": ref("Question")}}},
            "Update": {"type": "object", "properties": {"questions": {"type": "array", "items": ref("Question")}}},
        },
        {"/get": {"get": op(ref("Got"))}, "/update": {"post": op(body=ref("Update"))}},
    )
    out = normalize_strict(source)
    schemas = out["components"]["schemas"]
    assert schemas["Got"]["properties"]["questions"]["items"] == ref("GotQuestionsItem")
    assert schemas["Update"]["properties"]["questions"]["items"] == ref("Question")
    assert schemas["GotQuestionsItem"][RESPONSE_MARK] is True and RESPONSE_MARK not in schemas["Question"]
    assert response_twins(out) == {"GotQuestionsItem": "Question"}


def test_normalize_is_pure_and_deterministic(published: dict[str, Any], config: Config) -> None:
    before = json.dumps(published, sort_keys=True)
    first = normalize(published, config)
    second = normalize(published, config)
    assert json.dumps(published, sort_keys=True) == before, "the input was modified"
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_no_nullable_keyword_survives(normalized: dict[str, Any]) -> None:
    assert '"nullable"' not in json.dumps(normalized)


def test_normalized_document_is_valid_openapi_31(normalized: dict[str, Any]) -> None:
    from openapi_spec_validator import validate

    validate(normalized)
