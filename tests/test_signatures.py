"""Every method has an explicit, typed, documented signature, and a misspelt keyword sends nothing.

Checked on every operation of the document, from the operation records the
methods were generated with (``jobmojito._operations``).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import pydoc
from typing import Any

import httpx
import pytest
from codegen.facade import resolve
from facade_support import CREATED, INTERVIEW, Recorder, async_client, sync_client

import jobmojito
from jobmojito import NOT_GIVEN
from jobmojito._operation import Operation
from jobmojito._operations import all_operation_ids, get_operation

OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "deadline")
STOP = httpx.Response(599, text="stop here")


def method_of(client: Any, op: Operation[Any], *, page: bool = False) -> Any:
    resource = getattr(client, op.resource)
    return getattr(resource, op.name + "_page") if page and op.items else getattr(resource, op.name)


def placeholders(op: Operation[Any]) -> dict[str, Any]:
    return {p.python: ("cv.pdf", b"%PDF") if p.is_file else "x" for p in op.params if p.required}


OPERATION_IDS = all_operation_ids()
BODY_OPERATIONS = [i for i in OPERATION_IDS if get_operation(i).body is not None]


def test_every_operation_is_covered() -> None:
    assert len(OPERATION_IDS) == 30 and len(BODY_OPERATIONS) == 17


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_a_misspelt_keyword_is_a_type_error_and_nothing_is_sent(operation_id: str) -> None:
    op = get_operation(operation_id)
    recorder = Recorder(STOP)
    call = method_of(sync_client(recorder, validate_requests=False), op, page=True)
    with pytest.raises(TypeError, match="unexpected keyword argument 'seniorty_level'"):
        call(**placeholders(op), seniorty_level="senior")
    async_call = method_of(async_client(recorder, validate_requests=False), op, page=True)
    with pytest.raises(TypeError, match="unexpected keyword argument 'send_emial'"):
        asyncio.run(async_call(**placeholders(op), send_emial=True))
    assert recorder.requests == []


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_the_signature_names_every_argument_typed_path_first_the_rest_keyword_only(operation_id: str) -> None:
    op = get_operation(operation_id)
    for page in (False, True):
        signature = inspect.signature(method_of(jobmojito.JobMojito(token="t"), op, page=page))
        parameters = list(signature.parameters.values())
        by_name = signature.parameters
        expected = [p.python for p in op.params]
        assert set(expected) | set(OPTIONS) <= set(by_name), (expected, list(by_name))
        for param in op.params:
            argument = by_name[param.python]
            assert argument.annotation is not inspect.Parameter.empty, param
            if param.location == "path":
                assert argument.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            else:
                assert argument.kind is inspect.Parameter.KEYWORD_ONLY
            if param.required:
                assert argument.default is inspect.Parameter.empty
            else:
                assert argument.default is (NOT_GIVEN if param.nullable else None), param
        positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert positional == [p.python for p in op.params if p.location == "path"]
        keyword = [p for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY and p.name not in OPTIONS]
        required = [p.default is inspect.Parameter.empty for p in keyword]
        assert required == sorted(required, reverse=True), "required arguments come first"
        assert [by_name[name].kind for name in OPTIONS] == [inspect.Parameter.KEYWORD_ONLY] * len(OPTIONS)


def described(op: Operation[Any], normalized: dict[str, Any]) -> dict[str, str]:
    """Each argument's description in the document."""
    raw = resolve(normalized, normalized["paths"][op.path][op.method.lower()])
    out = {
        p["name"]: p.get("description") or p.get("schema", {}).get("description", "") for p in raw.get("parameters", ())
    }
    for media in raw.get("requestBody", {}).get("content", {}).values():
        for name, schema in media["schema"].get("properties", {}).items():
            out[name] = schema.get("description", "")
    return {k: v for k, v in out.items() if v}


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_help_documents_every_argument_with_the_documents_words(operation_id: str, normalized: dict[str, Any]) -> None:
    op = get_operation(operation_id)
    method = method_of(jobmojito.JobMojito(token="t"), op)
    text = pydoc.render_doc(method, renderer=pydoc.plaintext)
    flat = " ".join(text.split())
    assert "Args:" in text and "Returns:" in text and f"{op.method} {op.path}" in text
    descriptions = described(op, normalized)
    for param in op.params:
        assert f"{param.python}: " in flat, param
        words = " ".join(descriptions.get(param.wire, "").split())
        assert words[:60] in flat, (param.python, words[:60])
    for name in OPTIONS:
        assert f"{name}: " in flat


def test_an_enum_argument_lists_its_options() -> None:
    doc = " ".join((jobmojito.JobMojito(token="t").interviews.create.__doc__ or "").split())
    assert "seniority_level: Target seniority level" in doc
    assert 'One of: "director", "entry-level", "executive", "intermediate", "managerial", "senior".' in doc


def test_omitted_means_not_sent_and_none_means_null_where_the_document_allows_it() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))
    jm = sync_client(recorder)
    jm.interviews.create(**INTERVIEW)
    assert recorder.last_json() == INTERVIEW
    jm.interviews.create(**INTERVIEW, seniority_level=None, recording=NOT_GIVEN, interview_type=None)
    assert recorder.last_json() == {**INTERVIEW, "seniority_level": None}, "null is sent only where it is allowed"
    jm.interviews.create(**INTERVIEW, seniority_level="senior", interview_type="second-interview")
    assert recorder.last_json() == {**INTERVIEW, "seniority_level": "senior", "interview_type": "second-interview"}


def test_per_call_headers_query_body_and_timeout_reach_the_request() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=CREATED)

    jm = sync_client(Recorder(answer), default_headers={"X-Team": "hiring"})
    jm.interviews.create(
        **INTERVIEW,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": True},
        extra_body={"source_system": "ats"},
        timeout=12.5,
    )
    request = seen[-1]
    assert (request.headers["x-trace"], request.headers["x-team"]) == ("t-1", "hiring")
    assert request.url.params["debug"] == "true"
    assert json.loads(request.content) == {**INTERVIEW, "source_system": "ats"}
    assert request.extensions["timeout"]["read"] == 12.5
    jm.interviews.create(**INTERVIEW, timeout=httpx.Timeout(3.0, read=400.0))
    assert seen[-1].extensions["timeout"]["read"] == 400.0
    jm.interviews.create(**INTERVIEW)
    assert seen[-1].extensions["timeout"]["read"] == 180.0, "the client's default again"


def test_extra_body_on_an_operation_without_a_body_is_refused_before_sending() -> None:
    recorder = Recorder(STOP)
    with pytest.raises(jobmojito.ValidationError) as caught:
        sync_client(recorder).results.get(interview_result_id="x", extra_body={"a": 1})
    assert (caught.value.field, caught.value.rule) == ("extra_body", "body")
    assert recorder.requests == []


def test_the_typed_raw_wrapper_answers_status_headers_and_the_model() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED, headers={"sb-request-id": "req-9"}))
    jm = sync_client(recorder)
    create = jm.with_raw_response(jm.interviews.create)
    raw = create(**INTERVIEW)
    assert (raw.status_code, raw.request_id) == (200, "req-9")
    assert raw.parse().interview_def_set_id == CREATED["interview_def_set_id"]
    assert inspect.signature(create).parameters.keys() == inspect.signature(jm.interviews.create).parameters.keys()
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        create(**INTERVIEW, nme="x")
    with pytest.raises(TypeError, match="pager"):
        jm.with_raw_response(jm.results.list)
    with pytest.raises(TypeError, match="resource method"):
        jm.with_raw_response(print)  # type: ignore[arg-type]
    assert len(recorder.requests) == 1


def test_a_file_argument_is_documented_with_what_it_takes() -> None:
    text = jobmojito.JobMojito(token="t").knowledge_base.upload_document.__doc__ or ""
    assert "Bytes, a path, a binary file object or a (filename, content[, media type]) tuple." in " ".join(text.split())
