"""The models the API sends (templates/response_model.py.jinja, the runtime in jobmojito_api.types).

Honest types (required fields plain, optional ones ``X | None``, no ``Unset``),
lenient values, strict shapes, unknown fields kept at no cost, the wire object
given back as sent, secrets masked; for every response model of the document.
"""

from __future__ import annotations

import copy
import importlib
import pickle
from typing import Any

import attrs
import jobmojito_api.models as models
import pytest
from codegen.config import Config
from codegen.normalize import RESPONSE_MARK, SECRET_MARK
from contract_support import STRICT, full_instance, inlined
from jobmojito_api.types import NOTES, ResponseModel, ResponseShapeError

RESPONSE_SCHEMAS = {
    name: schema
    for name, schema in STRICT["components"]["schemas"].items()
    if schema.get(RESPONSE_MARK) and "properties" in schema
}


def model_class(schema_name: str) -> type[ResponseModel]:
    schema = STRICT["components"]["schemas"][schema_name]
    title = schema.get("title", schema_name)
    name = "".join(w[:1].upper() + w[1:] for w in title.replace("-", " ").split())
    found: type[ResponseModel] = getattr(models, name)
    return found


def test_the_document_has_response_models() -> None:
    assert len(RESPONSE_SCHEMAS) >= 50
    assert all(issubclass(model_class(name), ResponseModel) for name in RESPONSE_SCHEMAS)


@pytest.mark.parametrize("schema_name", sorted(RESPONSE_SCHEMAS))
def test_required_fields_are_plain_optional_ones_default_to_none_and_nothing_is_unset(schema_name: str) -> None:
    schema = RESPONSE_SCHEMAS[schema_name]
    cls = model_class(schema_name)
    annotations = {a.name: str(a.type) for a in attrs.fields(cls)}
    assert not any("Unset" in t for t in annotations.values()), annotations
    required = set(schema.get("required", ()))
    for field in attrs.fields(cls):
        wire = {v: k for k, v in cls._jm_renamed.items()}.get(field.name, field.name)
        if wire in required:
            assert field.default is attrs.NOTHING, (schema_name, field.name)
        else:
            assert field.default is None and "None" in annotations[field.name], (schema_name, field.name)


@pytest.mark.parametrize("schema_name", sorted(RESPONSE_SCHEMAS))
def test_the_wire_object_comes_back_as_sent_unknown_fields_included(schema_name: str) -> None:
    body = full_instance(inlined(RESPONSE_SCHEMAS[schema_name]))
    body["zz_field_from_a_newer_server"] = {"kept": [1, 2]}
    sent = copy.deepcopy(body)
    parsed = model_class(schema_name).from_dict(body)
    assert body == sent, "the caller's dict is not changed"
    assert parsed.to_dict() == sent
    assert parsed.additional_properties == {"zz_field_from_a_newer_server": {"kept": [1, 2]}}
    assert parsed["zz_field_from_a_newer_server"] == {"kept": [1, 2]}
    assert pickle.loads(pickle.dumps(parsed)) == parsed == copy.deepcopy(parsed)
    assert pickle.loads(pickle.dumps(parsed)).to_dict() == sent


def test_a_row_is_read_as_documented_and_missing_fields_read_as_none() -> None:
    row = models.MerchantResultListResponseDataItem.from_dict({"id": "r1", "type": "interview", "score": 7.5})
    assert (row.id, row.type_, row.score, row.candidate_name) == ("r1", "interview", 7.5, None)
    assert "UNSET" not in repr(row) and "Unset" not in repr(row)
    assert row.to_dict() == {"id": "r1", "type": "interview", "score": 7.5}
    built = models.MerchantResultListResponseDataItem(id="r2", type_="coaching")
    assert built.type_ == "coaching" and built.to_dict()["type"] == "coaching"
    assert attrs.evolve(row, score=9.0).score == 9.0


def test_a_wire_key_that_would_hide_a_method_or_a_renamed_field_is_kept_apart() -> None:
    body = {"id": "r1", "type": "interview", "to_dict": "x", "type_": "y", "from_dict": 3}
    row = models.MerchantResultListResponseDataItem.from_dict(body)
    assert callable(row.to_dict) and row.type_ == "interview"
    assert row.to_dict() == body
    assert row.additional_properties == {"to_dict": "x", "type_": "y", "from_dict": 3}


def test_a_null_or_missing_required_value_is_kept_and_noted_never_raised() -> None:
    notes: list[tuple[str, str]] = []
    token = NOTES.set(notes)
    try:
        created = models.JobInterviewCreateResponse.from_dict({"questions_generated": None, "max_duration": 600})
    finally:
        NOTES.reset(token)
    assert created.interview_def_set_id is None and created.questions_generated is None
    assert notes == [
        ("JobInterviewCreateResponse", "interview_def_set_id"),
        ("JobInterviewCreateResponse", "questions_generated"),
    ]
    assert models.JobInterviewCreateResponse.from_dict({}).max_duration is None, "nobody collects: nothing raised"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("a string", "JobInterviewDetailsResponse: expected an object, got a string"),
        ({"transcript": {"not": "a list"}}, "JobInterviewDetailsResponse.transcript: expected a list, got an object"),
        ({"transcript": ["text"]}, "JobInterviewDetailsResponse.transcript[0]: expected an object, got a string"),
    ],
)
def test_a_value_of_the_wrong_shape_raises_naming_the_field(body: Any, message: str) -> None:
    with pytest.raises(ResponseShapeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        models.JobInterviewDetailsResponse.from_dict(body)


def test_values_the_document_does_not_list_are_kept_as_they_came() -> None:
    row = models.MerchantResultListResponseDataItem.from_dict({"id": "r1", "status": "brand-new", "score": "high"})
    assert (row.status, row.score) == ("brand-new", "high")


def test_a_union_is_read_as_the_member_whose_required_fields_it_has() -> None:
    endpoint = importlib.import_module("jobmojito_api.api.interviews.set_interview_state")
    import httpx

    class Context:
        raise_on_unexpected_status = False

    def parsed(body: Any) -> Any:
        return endpoint._parse_response(client=Context(), response=httpx.Response(200, json=body))

    assert isinstance(parsed({"success": True}), models.JobInterviewSetStateSuccess)
    embed = parsed({"embed_id": "e", "embed_signing_key": "k" * 24})
    assert isinstance(embed, models.JobInterviewSetStateEmbed) and embed.embed_id == "e"
    with pytest.raises(ResponseShapeError):
        parsed(["not", "an", "object"])


def test_every_credential_the_api_sends_is_masked(config: Config) -> None:
    secret = "embed-signing-key-0a1b2c3d4e5f"
    masked = 0
    for schema_name, schema in RESPONSE_SCHEMAS.items():
        for name, prop in schema["properties"].items():
            if prop.get(SECRET_MARK):
                parsed = model_class(schema_name).from_dict({name: secret})
                assert getattr(parsed, name) == secret and secret not in repr(parsed) and secret not in str([parsed])
                masked += 1
    embed = models.JobInterviewSetStateEmbed.from_dict({"embed_id": "e", "embed_signing_key": secret})  # inline member
    assert embed.embed_signing_key == secret and secret not in repr(embed)
    assert masked + 1 == len(config.secret_fields) >= 5


def test_every_response_field_named_like_a_credential_is_configured_as_one(published: dict[str, Any]) -> None:
    """A new operation that sends an embed signing key must be added to secret_fields, or this fails."""
    marked = {
        name
        for schema in STRICT["components"]["schemas"].values()
        for name, prop in schema.get("properties", {}).items()
        if isinstance(prop, dict) and prop.get(SECRET_MARK)
    }
    for schema in STRICT["components"]["schemas"].values():
        if not schema.get(RESPONSE_MARK):
            continue
        for name, prop in schema.get("properties", {}).items():
            if (
                any(word in name for word in ("signing_key", "secret", "password", "token"))
                and name != "interview_token"
            ):
                assert prop.get(SECRET_MARK), f"{name} looks like a credential: add it to secret_fields"
    assert marked == {"embed_signing_key"}


def test_the_client_adopts_the_objects_it_decoded_and_from_dict_copies_a_callers() -> None:
    """Reading a page costs no copy of its rows; a caller's dicts are never kept."""
    from jobmojito._operations import get_operation

    decoded = {
        "data": [{"id": "r1", "type": "interview"}],
        "pagination": {"total": 1, "limit": 1, "offset": 0, "has_more": False},
    }
    row, pagination = decoded["data"][0], decoded["pagination"]
    page = get_operation("list_results").read(decoded)
    assert vars(page.data[0]) is row, "adopted: the decoded row is the instance dictionary"
    assert vars(page.pagination) is pagination and vars(page) is decoded
    mine = {"data": [{"id": "r1", "type": "interview"}], "pagination": None}
    copied = models.MerchantResultListResponse.from_dict(mine)
    assert vars(copied.data[0]) is not mine["data"][0] and vars(copied) is not mine
    assert mine == {"data": [{"id": "r1", "type": "interview"}], "pagination": None}, "not changed"
