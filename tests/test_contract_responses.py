"""Contract, response side: every documented answer comes back as the documented type.

Through the facade (a MockTransport answers), for every operation:

* 200 bodies made by hypothesis-jsonschema from the operation's 200 schema
  parse into the model the document names there (the ``$ref``'s generated
  class, or one of the union's members); so do the same bodies with every
  field null, and bodies from a relaxed copy of the schema (any property may
  be null, enums take a value the document does not list, objects carry a
  field it does not know: ``relax`` of test_lenient_responses.py).
* each documented error status, answered with an ``Error`` body made from its
  schema, raises the error class of that status with ``.error`` and
  ``.name`` taken from the body.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from codegen.normalize import pascal, walk_schema
from contract_support import (
    FAST,
    FORMATS,
    OPERATION_IDS,
    STRICT,
    call,
    client,
    full_instance,
    inlined,
    minimal_instance,
    operations,
    request_schema,
    with_files,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from test_lenient_responses import EXTRA_FIELD, all_null, relax

import jobmojito

ERROR_CLASSES: dict[int, type[jobmojito.APIStatusError]] = {
    400: jobmojito.BadRequestError,
    401: jobmojito.AuthenticationError,
    403: jobmojito.PermissionDeniedError,
    404: jobmojito.NotFoundError,
    409: jobmojito.ConflictError,
    422: jobmojito.UnprocessableEntityError,
    429: jobmojito.RateLimitError,
    500: jobmojito.InternalServerError,
}
SUCCESS_EXAMPLES = settings(FAST, max_examples=5)
ERROR_EXAMPLES = settings(FAST, max_examples=3)


class Answer:
    """The transport's answer, set before each call."""

    def __init__(self) -> None:
        self.response = httpx.Response(599)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.response


def arguments(operation_id: str) -> dict[str, Any]:
    """Valid arguments: only the required ones (``with_files`` makes the files)."""
    kind_schema = request_schema(operation_id)
    return {} if kind_schema is None else minimal_instance(kind_schema[1])


def json_schema(response: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def responses(operation_id: str) -> dict[str, Any]:
    documented: dict[str, Any] = operations()[operation_id].document["responses"]
    return documented


# --- the type a 200 is documented to be ---------------------------------------------------------

SCALARS: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}


def documented(value: Any, schema: dict[str, Any], class_name: str = "") -> bool:
    """Whether ``value`` (a parsed body) is what ``schema`` says, in generated-client terms.

    A component object is the model ``pascal(title or name)`` (``JobInterviewPdfPdfExport``
    has the title "PDF export": ``PDFExport``); a union is any of its members,
    inline members named by their title (a spec patch gives the set-state ones
    theirs) or else ``<Class>Type<i>`` by position; an array is a list of
    its items, inline item objects named ``<Class>Item``; a scalar is the
    Python scalar. A model the document implies but the package lacks is an
    AttributeError, not a False.
    """
    import jobmojito_api.models as models

    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = STRICT["components"]["schemas"][name]
        class_name = pascal(schema.get("title", name))
    members = schema.get("anyOf", schema.get("oneOf"))
    if members is not None:
        return any(
            documented(value, member, pascal(member["title"]) if "title" in member else f"{class_name}Type{i}")
            for i, member in enumerate(members)
        )
    kind = schema.get("type", "object")
    if kind == "array":
        items = schema.get("items", {})
        return isinstance(value, list) and all(documented(item, items, f"{class_name}Item") for item in value)
    if kind == "object":
        return isinstance(value, getattr(models, class_name))
    return isinstance(value, SCALARS[kind]) and not (kind != "boolean" and isinstance(value, bool))


def test_documented_names_the_generated_classes() -> None:
    import jobmojito_api.models as models

    pdf = models.PDFExport.from_dict(
        full_instance(inlined(STRICT["components"]["schemas"]["JobInterviewPdfPdfExport"]))
    )
    report = json_schema(responses("create_result_report")["200"])
    assert documented(pdf, report)
    assert not documented(pdf, json_schema(responses("screen_resume_text")["200"]))
    state = json_schema(responses("set_interview_state")["200"])
    assert documented(models.JobInterviewSetStateSuccess(success=True), state)
    users = json_schema(responses("register_interview_users")["200"])
    assert documented([], users)
    assert not documented([pdf], users)
    assert documented("https://i.test/x", json_schema(responses("create_interview_token")["200"]))


# --- success bodies ---------------------------------------------------------------------------

_BODIES: dict[str, st.SearchStrategy[Any]] = {}


def bodies(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Built once per schema: hypothesis-jsonschema's set-up is the slow part."""
    key = json.dumps(schema, sort_keys=True)
    if key not in _BODIES:
        _BODIES[key] = from_schema(short_arrays(schema), custom_formats=FORMATS)
    return _BODIES[key]


def short_arrays(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with at most two items per array where it sets no bound.

    Only to generate faster (nested arrays of objects make hypothesis slow):
    the document bounds none of these arrays, every item parses the same way,
    and zero, one and two items are all still made.
    """
    out = copy.deepcopy(schema)

    def bound(node: dict[str, Any]) -> None:
        if "items" in node:
            node.setdefault("maxItems", max(2, node.get("minItems", 0)))

    walk_schema(out, bound)
    return out


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_success_bodies_parse_into_the_documented_type(operation_id: str) -> None:
    documented_schema = json_schema(responses(operation_id)["200"])
    schema = inlined(documented_schema)
    valid = arguments(operation_id)
    answer = Answer()
    jm, _recorder = client(answer)

    def parse(body: Any) -> Any:
        answer.response = httpx.Response(200, json=body)
        parsed = call(jm, operation_id, with_files(operation_id, valid))
        assert documented(parsed, documented_schema), f"{parsed!r:.200} is not what the document says"
        return parsed

    @SUCCESS_EXAMPLES
    @given(body=bodies(schema), relaxed=bodies(relax(schema)))
    def check(body: Any, relaxed: Any) -> None:
        parse(body)
        parse(all_null(body))
        parsed = parse(relaxed)
        if isinstance(relaxed, dict) and hasattr(parsed, "additional_properties"):
            assert parsed.additional_properties[EXTRA_FIELD] == relaxed[EXTRA_FIELD]

    check()


# --- error bodies -----------------------------------------------------------------------------

ERROR_CASES = [
    (operation_id, int(status))
    for operation_id in OPERATION_IDS
    for status in responses(operation_id)
    if status != "200"
]


def test_every_documented_error_status_has_its_class() -> None:
    assert {status for _, status in ERROR_CASES} <= set(ERROR_CLASSES)
    assert len({op for op, _ in ERROR_CASES}) == 30


@pytest.mark.parametrize(("operation_id", "status"), ERROR_CASES)
def test_documented_errors_raise_their_typed_error(operation_id: str, status: int) -> None:
    schema = inlined(json_schema(responses(operation_id)[str(status)]))
    expected = ERROR_CLASSES[status]
    valid = arguments(operation_id)
    answer = Answer()
    jm, recorder = client(answer)

    @ERROR_EXAMPLES
    @given(body=bodies(schema))
    def check(body: dict[str, Any]) -> None:
        answer.response = httpx.Response(status, json=body)
        sent = len(recorder.requests)
        with pytest.raises(jobmojito.APIStatusError) as caught:
            call(jm, operation_id, with_files(operation_id, valid))
        error = caught.value
        assert type(error) is expected
        assert len(recorder.requests) == sent + 1  # max_retries=0: no retry hides the answer
        assert (error.status_code, error.error, error.name) == (status, body["error"], body.get("name"))
        assert error.body == body

    check()
