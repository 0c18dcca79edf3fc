"""Contract, request side: what the SDK sends is what the document describes.

The judge is openapi-core's request validator on the strictly normalized
document (adapted for openapi-core 0.23.1 in ``contract_support``), reading
each request as it reached the transport: method, path, query string,
headers (the bearer token, the content type) and the JSON or multipart body.

* Arguments made by hypothesis-jsonschema from every operation's request
  schema go through the facade, validation on, and every request that goes
  out is one the judge accepts. A generated argument the SDK's own validator
  refuses is a disagreement between the SDK and the document: they are
  counted, and any makes the test fail.
* Arguments that break the schema never leave the client: for every field
  of every operation, each rule its schema states is broken once and the
  facade must raise ``ValidationError`` naming that field, sending nothing.
* The judge itself is checked: it refuses those same broken bodies when the
  SDK's check is off, and a few hand-made requests the document refuses.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from contract_support import (
    BASE_PATH,
    BINARY_PLACEHOLDER,
    FAST,
    FORMATS,
    OPERATION_IDS,
    Breakage,
    breakages,
    broken,
    call,
    checker,
    client,
    ecma_patterns,
    full_instance,
    judge,
    minimal_instance,
    operations,
    request_schema,
    with_files,
)
from facade_support import BASE
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import jobmojito


def stop(request: httpx.Request) -> httpx.Response:
    """The answer to every request here: the request is what is under test."""
    return httpx.Response(599, json={"error": "stop here"})


# --- generated arguments ----------------------------------------------------------------------

FILE_NAMES = [None, "cv.pdf", "résumé.docx"]
MIME_TYPES = [None, "application/pdf", "application/octet-stream"]
_STRATEGIES: dict[str, st.SearchStrategy[dict[str, Any]]] = {}


def generated_arguments(operation_id: str) -> st.SearchStrategy[dict[str, Any]]:
    """Arguments for the operation, made from its schema. Built once per operation."""
    if operation_id in _STRATEGIES:
        return _STRATEGIES[operation_id]
    kind_schema = request_schema(operation_id)
    if kind_schema is None:
        strategy: st.SearchStrategy[dict[str, Any]] = st.just({})
    else:
        kind, schema = kind_schema
        if kind == "query":
            # The facade takes exactly the documented parameters as keywords
            # (another keyword is a TypeError), so a request cannot carry others.
            schema = {**schema, "additionalProperties": False}
        strategy = from_schema(ecma_patterns(schema), custom_formats={**FORMATS, "binary": st.just(BINARY_PLACEHOLDER)})
        if kind == "multipart":
            strategy = st.builds(
                _with_drawn_files,
                strategy,
                st.binary(max_size=64),
                st.sampled_from(FILE_NAMES),
                st.sampled_from(MIME_TYPES),
            )
    _STRATEGIES[operation_id] = strategy
    return strategy


def _with_drawn_files(arguments: dict[str, Any], payload: bytes, name: str | None, mime: str | None) -> dict[str, Any]:
    return {k: (name, payload, mime) if v == BINARY_PLACEHOLDER else v for k, v in arguments.items()}


def test_every_operation_is_under_contract() -> None:
    assert len(OPERATION_IDS) == len(operations()) == 30


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_generated_arguments_go_out_as_documented_requests(operation_id: str) -> None:
    op = operations()[operation_id]
    jm, recorder = client(stop)
    refused: list[str] = []  # arguments the document allows and the SDK refused
    disagreements: list[str] = []  # requests the judge refused
    validated: list[httpx.Request] = []

    @FAST
    @given(arguments=generated_arguments(operation_id))
    def send(arguments: dict[str, Any]) -> None:
        sent = len(recorder.requests)
        try:
            call(jm, operation_id, arguments)
        except jobmojito.ValidationError as exc:
            refused.append(f"{exc.field} ({exc.rule}) {exc.reason}; arguments: {arguments!r:.300}")
            assert len(recorder.requests) == sent
            return
        except jobmojito.InternalServerError:
            pass
        assert len(recorder.requests) == sent + 1
        assert (recorder.last.method, recorder.last.url.path) == (op.method, BASE_PATH + op.path)
        problems = judge().problems(recorder.last)
        if problems:
            disagreements.append(f"{problems}; arguments: {arguments!r:.300}")
        else:
            validated.append(recorder.last)

    send()
    assert not refused, f"the SDK refused {len(refused)} argument sets the document allows:\n" + "\n".join(refused)
    assert not disagreements, f"openapi-core refused {len(disagreements)} requests:\n" + "\n".join(disagreements)
    assert validated


# --- deterministic instances -----------------------------------------------------------------

WITH_ARGUMENTS = [op for op in OPERATION_IDS if request_schema(op) is not None]


def arguments_schema(operation_id: str) -> tuple[str, dict[str, Any]]:
    found = request_schema(operation_id)
    assert found is not None
    return found


@pytest.mark.parametrize("operation_id", WITH_ARGUMENTS)
@pytest.mark.parametrize("build", [full_instance, minimal_instance], ids=["every-field", "required-only"])
def test_built_arguments_go_out_as_documented_requests(operation_id: str, build: Any) -> None:
    # The bases the breakages below start from: valid, sent, accepted.
    schema = arguments_schema(operation_id)[1]
    arguments = build(schema)
    assert checker(schema).is_valid(arguments), list(checker(schema).iter_errors(arguments))
    jm, recorder = client(stop)
    with pytest.raises(jobmojito.InternalServerError):
        call(jm, operation_id, with_files(operation_id, arguments))
    assert judge().problems(recorder.last) == []


# --- broken arguments ------------------------------------------------------------------------


def cases(operation_id: str) -> tuple[dict[str, Any], list[Breakage]]:
    kind, schema = arguments_schema(operation_id)
    base = full_instance(schema)
    return base, list(breakages(schema, base, query=kind == "query"))


def as_sent(kind: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """What the arguments mean on the wire: a None keyword argument is no query parameter."""
    return {k: v for k, v in arguments.items() if v is not None} if kind == "query" else arguments


@pytest.mark.parametrize("operation_id", WITH_ARGUMENTS)
def test_arguments_that_break_the_schema_never_leave_the_client(operation_id: str) -> None:
    kind, schema = arguments_schema(operation_id)
    base, found = cases(operation_id)
    assert found, "no rule to break: the schema states none?"
    jm, recorder = client(stop)
    wrong: list[str] = []
    for breakage in found:
        arguments = broken(base, breakage)
        if checker(schema).is_valid(as_sent(kind, arguments)):
            wrong.append(f"{breakage}: jsonschema accepts the broken arguments, so the breakage is wrong")
            continue
        try:
            call(jm, operation_id, with_files(operation_id, arguments))
        except jobmojito.ValidationError as exc:
            named = (exc.field, exc.rule) == (breakage.field, breakage.rule)
            if not named:
                wrong.append(f"{breakage}: refused for {exc.field} ({exc.rule}): {exc.reason}")
        except jobmojito.APIStatusError:
            wrong.append(f"{breakage}: sent")
    assert recorder.requests == []
    assert not wrong, f"{len(wrong)} of {len(found)} breakages:\n" + "\n".join(wrong)


def test_a_wrong_type_inside_a_nullable_object_names_the_field() -> None:
    base = full_instance(arguments_schema("create_interview")[1])
    jm, recorder = client(stop)
    with pytest.raises(jobmojito.ValidationError) as caught:
        call(jm, "create_interview", {**base, "hiring_for_company": {"name": 12345}})
    assert recorder.requests == []
    assert (caught.value.field, caught.value.rule) == ("hiring_for_company.name", "type")


@pytest.mark.parametrize("operation_id", ["screen_resume_file", "upload_knowledge_base_document"])
def test_a_multipart_body_sends_undocumented_fields(operation_id: str) -> None:
    base = with_files(operation_id, minimal_instance(arguments_schema(operation_id)[1]))
    jm, recorder = client(stop)
    with pytest.raises(jobmojito.InternalServerError):
        call(jm, operation_id, {**base, "source_system": "ats-7"})
    assert b'name="source_system"' in recorder.last.content
    assert judge().problems(recorder.last) == []


JSON_BODIES = [op for op in WITH_ARGUMENTS if arguments_schema(op)[0] == "json"]


@pytest.mark.parametrize("operation_id", JSON_BODIES)
def test_the_judge_refuses_the_same_breakages(operation_id: str) -> None:
    # With the SDK's check off the broken bodies go out, and openapi-core
    # refuses every one: the judge is not lenient where the SDK is strict.
    base, found = cases(operation_id)
    jm, recorder = client(stop, validate_requests=False)
    accepted = []
    for breakage in found:
        with pytest.raises(jobmojito.InternalServerError):
            call(jm, operation_id, broken(base, breakage))
        if not judge().problems(recorder.last):
            accepted.append(str(breakage))
    assert not accepted


@pytest.mark.parametrize(
    ("url", "token", "reason"),
    [
        ("/merchant-result-list?limit=", True, "an integer cannot be empty"),
        ("/merchant-result-list?type=", True, "the enum has no empty value"),
        ("/merchant-result-list?limit=0", True, "below the minimum"),
        ("/merchant-result-list?interview_id=not-a-uuid", True, "not a uuid"),
        ("/merchant-analytics?date_from=2026-01-01", True, "date_to is required"),
        ("/merchant-result-list", False, "no bearer token"),
        ("/merchant-results", True, "no such path"),
    ],
)
def test_the_judge_refuses_what_the_document_refuses(url: str, token: bool, reason: str) -> None:
    request = httpx.Request("GET", BASE + url, headers={"Authorization": "Bearer t"} if token else {})
    assert judge().problems(request), reason


def test_the_judge_refuses_a_json_body_where_the_document_says_multipart() -> None:
    request = httpx.Request(
        "POST",
        BASE + "/knowledge-base-document-upload",
        headers={"Authorization": "Bearer t"},
        json={"knowledge_base_store_id": "kb-1", "file": "JVBERi0xLjQK"},
    )
    assert judge().problems(request)


def test_the_judge_accepts_an_empty_query_value_the_schema_allows() -> None:
    request = httpx.Request(
        "GET", BASE + "/merchant-result-list?tab=&filter_text=", headers={"Authorization": "Bearer t"}
    )
    assert judge().problems(request) == []
