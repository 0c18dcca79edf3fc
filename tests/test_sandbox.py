"""The sandbox over real HTTP on 127.0.0.1: auth, validation, state, faults, conformance.

Every server here is started by ``run_sandbox`` (port 0, background thread) and
stops when its ``with`` block ends; every request has a timeout.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from random import Random
from typing import Any

import httpx
import pytest
import schemathesis
from facade_support import INTERVIEW
from hypothesis import HealthCheck, Phase, given, settings
from openapi_core import OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse
from schemathesis import GenerationMode
from schemathesis.checks import ignored_auth, negative_data_rejection, positive_data_acceptance, status_code_conformance

from jobmojito.sandbox import Sandbox, run_sandbox
from jobmojito.sandbox.document import normalized_document, published_document
from jobmojito.sandbox.fake import Faker

AUTH = {"Authorization": "Bearer any-token-will-do"}
TEMPLATE_ID = "baa3bf7c-6926-46fd-9005-16738a31f72d"
UNKNOWN_ID = "6f1c2b1e-0000-4000-8000-000000000000"
NORMALIZED = normalized_document()
OPERATIONS = {
    op["operationId"]: (method, path, op)
    for path, item in NORMALIZED["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with run_sandbox(seed=1) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, headers=AUTH, timeout=10) as c:
        yield c


def interview_body(**overrides: Any) -> dict[str, Any]:
    return {**INTERVIEW, **overrides}


def create_interview(client: httpx.Client, **overrides: Any) -> str:
    response = client.post("/job-interview-create", json=interview_body(**overrides))
    assert response.status_code == 200, response.text
    interview_id: str = response.json()["interview_def_set_id"]
    return interview_id


def register(client: httpx.Client, interview_id: str, count: int, start: int = 0) -> list[dict[str, Any]]:
    users = [{"name": f"Candidate {i}", "email": f"c{i}@example.com"} for i in range(start, start + count)]
    response = client.post("/job-interview-register-users", json={"interview_id": interview_id, "users": users})
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()
    return rows


# --- authentication -------------------------------------------------------------


@pytest.mark.parametrize("header", [None, "", "Basic abc", "Bearer", "Token abc"])
def test_a_request_without_a_bearer_token_is_401_with_an_error_body(sandbox: Sandbox, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = httpx.get(sandbox.base_url + "/merchant-interview-list", headers=headers, timeout=10)
    assert response.status_code == 401
    body = response.json()
    assert set(body) == {"error"} and body["error"]


def test_any_non_empty_bearer_token_is_accepted(client: httpx.Client) -> None:
    for token in ("x", "eyJhbGciOiJIUzI1NiJ9.e30.sig"):
        response = client.get("/platform-languages-list", headers={"Authorization": f"bearer {token}"})
        assert response.status_code == 200


# --- validation -------------------------------------------------------------------


def test_422_names_the_missing_field(client: httpx.Client) -> None:
    body = interview_body()
    del body["name"]
    response = client.post("/job-interview-create", json=body)
    assert response.status_code == 422
    assert response.json() == {"error": "'name' is a required property", "name": "name"}


def test_422_names_the_field_with_a_wrong_enum_value(client: httpx.Client) -> None:
    response = client.post("/job-interview-create", json=interview_body(type="bogus"))
    assert response.status_code == 422
    assert response.json()["name"] == "type"
    assert "'bogus' is not one of" in response.json()["error"]


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/merchant-interview-list", {"status": "bogus"}, "status"),
        ("/merchant-interview-list", {"limit": "0"}, "limit"),
        ("/merchant-interview-list", {"limit": "1001"}, "limit"),
        ("/merchant-interview-list", {"limit": "ten"}, "limit"),
        ("/merchant-interview-list", {"offset": "-1"}, "offset"),
        ("/merchant-interview-list", {"type": ""}, "type"),
        ("/job-interview-get", {}, "position_id"),
        ("/job-interview-get", {"position_id": "not-a-uuid"}, "position_id"),
    ],
)
def test_422_names_the_offending_query_parameter(
    client: httpx.Client, path: str, params: dict[str, str], field: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.json()["name"] == field


def test_422_names_nested_fields_and_bad_bodies(client: httpx.Client) -> None:
    bad_user = {"interview_id": UNKNOWN_ID, "users": [{"name": "A", "email": 5}]}
    response = client.post("/job-interview-register-users", json=bad_user)
    assert (response.status_code, response.json()["name"]) == (422, "users[0].email")
    response = client.post("/job-interview-create", content=b"{not json", headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["name"]) == (422, "body")
    response = client.post("/job-interview-create")
    assert (response.status_code, response.json()["name"]) == (422, "body")


def test_empty_query_values_are_judged_by_the_parameter_schema(client: httpx.Client) -> None:
    # `tab`'s enum includes "" and `filter_text` is any string: both accept an empty value.
    assert client.get("/merchant-result-list", params={"tab": "", "filter_text": ""}).status_code == 200


# --- state: the main flow ------------------------------------------------------------


def test_created_interviews_are_found_by_get_and_list(client: httpx.Client) -> None:
    plain = create_interview(client, name="Plain")
    question = {"question": "Why us?", "id": "q1"}
    from_array = client.post(
        "/job-interview-create-from-array",
        json=interview_body(name="From array", description="d", questions=[question, {"question": "Next?"}]),
    ).json()["interview_def_set_id"]
    for_candidate = client.post(
        "/job-interview-create-for-candidate-with-token",
        json={
            "candidate_name": "Ann",
            "candidate_email": "ann@example.com",
            "candidate_country_code": "SK",
            "candidate_resume": "CV",
            "position_name": "Barista",
        },
    ).json()["interview_def_set_id"]
    persona = client.post(
        "/persona-create",
        json={
            "name": "Difficult customer",
            "interview_template_id": TEMPLATE_ID,
            "mojito_language_code": "en",
            "status": "draft",
            "visibility": "merchant_invite",
            "persona_role_avatar": "is an angry customer",
            "persona_role_user": "is a sales person",
        },
    ).json()["interview_def_set_id"]

    names = {}
    for interview_id in (plain, from_array, for_candidate, persona):
        response = client.get("/job-interview-get", params={"position_id": interview_id})
        assert response.status_code == 200
        names[interview_id] = response.json()["name"]
    assert names == {plain: "Plain", from_array: "From array", for_candidate: "Barista", persona: "Difficult customer"}
    got = client.get("/job-interview-get", params={"position_id": from_array}).json()
    assert [q["question"] for q in got["questions"]] == ["Why us?", "Next?"]
    assert len({q["id"] for q in got["questions"]}) == 2

    listed = client.get("/merchant-interview-list").json()  # type defaults to "interview", newest first
    assert [row["id"] for row in listed["data"]] == [for_candidate, from_array, plain]
    assert listed["pagination"] == {"total": 3, "limit": 50, "offset": 0, "has_more": False}
    personas = client.get("/merchant-interview-list", params={"type": "persona"}).json()["data"]
    assert [row["id"] for row in personas] == [persona]
    filtered = client.get("/merchant-interview-list", params={"filter_text": "ARRAY"}).json()["data"]
    assert [row["id"] for row in filtered] == [from_array]


def page_through(client: httpx.Client, path: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:
        body = client.get(path, params={"limit": limit, "offset": offset, **params}).json()
        pagination = body["pagination"]
        assert pagination["limit"] == limit and pagination["offset"] == offset
        rows.extend(body["data"])
        assert pagination["has_more"] == (offset + len(body["data"]) < pagination["total"])
        if not pagination["has_more"]:
            assert len(rows) == pagination["total"]
            return rows
        assert len(body["data"]) == limit
        offset += limit


def test_registered_users_are_candidates_with_results_across_pages(client: httpx.Client) -> None:
    first, second = create_interview(client, name="First"), create_interview(client, name="Second")
    answers = register(client, first, 7)
    assert all(a["result"] == "ok" and a["interview_url"] for a in answers)
    register(client, first, 2)  # the same two again: updated, not duplicated
    register(client, second, 2, start=6)  # one known candidate, one new

    candidates = page_through(client, "/merchant-candidate-list", 3)
    assert len({c["id"] for c in candidates}) == len(candidates) == 8
    assert [c["email"] for c in candidates][:2] == ["c7@example.com", "c6@example.com"]  # newest first
    counts = {c["email"]: c["interview_count"] for c in candidates}
    assert counts["c6@example.com"] == 2 and counts["c7@example.com"] == 1 and sum(counts.values()) == 9
    page = client.get("/merchant-candidate-list", params={"limit": 3, "offset": 6}).json()
    assert page["pagination"] == {"total": 8, "limit": 3, "offset": 6, "has_more": False}
    assert len(page["data"]) == 2
    past_the_end = client.get("/merchant-candidate-list", params={"limit": 3, "offset": 20}).json()
    assert past_the_end["data"] == [] and past_the_end["pagination"]["has_more"] is False

    results = page_through(client, "/merchant-result-list", 4)
    assert len({r["interview_result_id"] for r in results}) == 9
    assert all(r["status"] == "invited" for r in results)
    assert len(page_through(client, "/merchant-result-list", 2, interview_id=second)) == 2

    details = client.get("/job-interview-details", params={"interview_result_id": results[0]["interview_result_id"]})
    assert details.status_code == 200 and details.json()["status"] == "invited"


def test_unknown_ids_are_404_and_an_unknown_interview_cannot_get_users(client: httpx.Client) -> None:
    response = client.get("/job-interview-details", params={"interview_result_id": UNKNOWN_ID})
    assert response.status_code == 404
    assert response.json()["name"] == "interview_result_id"
    assert client.get("/job-interview-get", params={"position_id": UNKNOWN_ID}).status_code == 404
    response = client.post("/job-interview-register-users", json={"interview_id": UNKNOWN_ID, "users": []})
    assert (response.status_code, response.json()["name"]) == (422, "interview_id")  # as the document says
    assert client.get("/no-such-operation").status_code == 404


# --- faults --------------------------------------------------------------------------


def fault_run(seed: int, count: int = 40) -> list[tuple[int, str, str]]:
    with (
        run_sandbox(seed=seed, rate_429=0.25, rate_5xx=0.25, retry_after_s=2) as sb,
        httpx.Client(base_url=sb.base_url, headers=AUTH, timeout=10) as client,
    ):
        out = []
        for _ in range(count):
            r = client.get("/platform-languages-list")
            out.append((r.status_code, r.headers.get("content-type", ""), r.headers.get("retry-after", "")))
            if r.status_code >= 500:
                assert r.text.startswith("<html>") and "<h1>" in r.text
            if r.status_code == 429:
                assert r.json()["error"]
        return out


def test_faults_are_deterministic_for_a_seed() -> None:
    run = fault_run(7)
    statuses = [status for status, _, _ in run]
    assert run == fault_run(7)
    assert statuses != [status for status, _, _ in fault_run(8)]
    assert {200, 429} <= set(statuses) and set(statuses) & {502, 503, 504}
    assert set(statuses) <= {200, 429, 502, 503, 504}
    for status, content_type, retry_after in run:
        if status == 429:
            assert retry_after == "2"
        if status >= 500:
            assert content_type.startswith("text/html")


def test_latency_is_added_to_every_request() -> None:
    with run_sandbox(latency_ms=150) as sb:
        started = time.monotonic()
        assert httpx.get(sb.base_url + "/merchant-status", timeout=10).status_code == 401
        assert time.monotonic() - started >= 0.15


# --- every response conforms to the document --------------------------------------------


@pytest.fixture(scope="module")
def document_api() -> OpenAPI:
    """openapi-core over the normalized document (the document itself is validated once, here)."""
    doc = copy.deepcopy(NORMALIZED)
    doc["servers"] = [{"url": "/functions/v1"}]  # any host: the sandbox's port changes
    return OpenAPI.from_dict(doc)


def assert_conforms(api: OpenAPI, response: httpx.Response) -> None:
    request = response.request
    mock_request = MockRequest(
        f"{request.url.scheme}://{request.url.netloc.decode()}",
        request.method.lower(),
        request.url.path,
        args=dict(request.url.params),
        headers=dict(request.headers),
        data=request.read(),
        content_type=request.headers.get("content-type", "application/json"),
    )
    content_type = response.headers["content-type"]
    mock_response = MockResponse(response.content, response.status_code, dict(response.headers), content_type)
    api.validate_response(mock_request, mock_response)


def test_the_conformance_check_refuses_what_the_document_does_not_describe(document_api: OpenAPI) -> None:
    request = httpx.Request("GET", "http://127.0.0.1:1/functions/v1/merchant-interview-list", headers=AUTH)
    page = {"total": 1, "limit": 50, "offset": 0, "has_more": False}
    for status, body in [(200, {"data": [{"id": 5}], "pagination": page}), (200, {"data": []}), (404, {"error": "x"})]:
        response = httpx.Response(status, json=body, request=request)
        with pytest.raises(OpenAPIError):
            assert_conforms(document_api, response)


def valid_call(operation_id: str, known: dict[str, str]) -> dict[str, Any]:
    """httpx.request arguments for a valid call of the operation (bodies from the schemas' examples)."""
    method, path, operation = OPERATIONS[operation_id]
    faker, rng = Faker(NORMALIZED), Random(operation_id)
    params = {
        p["name"]: known.get(p["name"]) or faker.value(p["schema"], rng, p["name"])
        for p in operation.get("parameters", ())
        if p.get("required")
    }
    call: dict[str, Any] = {"method": method.upper(), "url": path, "params": params}
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = faker.value(content["application/json"]["schema"], rng)
        body.update({k: v for k, v in known.items() if k in body})
        body.pop("position_def_set_id", None)  # for-candidate: make a new position
        call["json"] = body
    elif "multipart/form-data" in content:
        schema = faker.resolve(content["multipart/form-data"]["schema"])
        fields = {name: faker.value(sub, rng, name) for name, sub in schema["properties"].items()}
        binary = [name for name, sub in schema["properties"].items() if sub.get("format") == "binary"]
        call["files"] = {name: ("resume.txt", b"Curriculum vitae\n", "text/plain") for name in binary}
        call["data"] = {k: v for k, v in fields.items() if k not in binary and isinstance(v, str)}
    return call


def test_every_operation_answers_200_with_a_response_the_document_describes(
    document_api: OpenAPI, client: httpx.Client
) -> None:
    interview_id = create_interview(client)
    register(client, interview_id, 2)
    result_id = client.get("/merchant-result-list").json()["data"][0]["interview_result_id"]
    # request_another_attempt takes only a submitted (active and completed) result.
    assert client.post(f"/_sandbox/results/{result_id}/advance", json={"outcome": "completed"}).status_code == 200
    known = {"position_id": interview_id, "interview_id": interview_id, "interview_result_id": result_id}
    assert len(OPERATIONS) == 30
    for operation_id in OPERATIONS:
        response = client.request(**valid_call(operation_id, known))
        assert response.status_code == 200, (operation_id, response.text)
        assert_conforms(document_api, response)


def test_error_responses_are_the_documented_error_body(
    document_api: OpenAPI, sandbox: Sandbox, client: httpx.Client
) -> None:
    for method, path, operation in OPERATIONS.values():
        if "401" in operation["responses"]:
            assert_conforms(document_api, httpx.request(method.upper(), sandbox.base_url + path, timeout=10))
        if "422" in operation["responses"] and method == "post":
            response = client.post(path, content=b"[]", headers={"Content-Type": "application/json"})
            assert response.status_code == 422
            assert_conforms(document_api, response)
    assert_conforms(document_api, client.get("/job-interview-get", params={"position_id": UNKNOWN_ID}))
    assert_conforms(document_api, client.get("/job-interview-details", params={"interview_result_id": UNKNOWN_ID}))


# --- schemathesis ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[tuple[Sandbox, str]]:
    """One sandbox for the schemathesis runs, with one interview to register users for."""
    with run_sandbox(seed=3) as sb, httpx.Client(base_url=sb.base_url, headers=AUTH, timeout=10) as client:
        yield sb, create_interview(client)


FUZZ_SETTINGS = settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_schemathesis_finds_no_failure(
    shared_sandbox: tuple[Sandbox, str], operation_id: str, mode: GenerationMode
) -> None:
    sandbox, interview_id = shared_sandbox
    schema = schemathesis.openapi.from_dict(copy.deepcopy(NORMALIZED))
    operation = schema.find_operation_by_id(operation_id)
    _, _, document_operation = OPERATIONS[operation_id]
    # Any non-empty bearer token is accepted by design, so "invalid credentials" cannot fail.
    excluded = [ignored_auth]
    if "401" not in document_operation["responses"]:
        # The document lists no 401 here, but a request without a token gets one (see the report).
        excluded.append(status_code_conformance)
    if operation_id in ("request_another_attempt", "create_result_report"):
        # A made-up interview_result_id names no result: a 422, the only refusal these two document.
        excluded.append(positive_data_acceptance)
    if "multipart/form-data" in document_operation.get("requestBody", {}).get("content", {}):
        # Multipart parts are text: a "number" where a string is due cannot be told from a string.
        excluded.append(negative_data_rejection)

    @FUZZ_SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: Any) -> None:
        if operation_id == "register_interview_users" and isinstance(case.body, dict) and mode == "positive":
            case.body["interview_id"] = interview_id  # an unknown interview is a documented 422
        case.call_and_validate(base_url=sandbox.base_url, headers=AUTH, excluded_checks=excluded, timeout=10)

    check()


# --- the command line and the documents ------------------------------------------------


def test_the_cli_prints_the_url_first_and_serves_it() -> None:
    command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--seed", "1", "--latency-ms", "0"]
    command += ["--rate-429", "0", "--rate-5xx", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=os.environ.copy()) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline().strip()
            name, _, url = first.partition("=")
            assert name == "JOBMOJITO_SANDBOX_URL"
            assert url.startswith("http://127.0.0.1:") and url.endswith("/functions/v1")
            response = httpx.get(url + "/merchant-status", headers=AUTH, timeout=10)
            assert response.status_code == 200
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_the_cli_refuses_a_rate_outside_0_to_1() -> None:
    command = [sys.executable, "-m", "jobmojito.sandbox", "--port", "0", "--rate-429", "1.5"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 2 and "between 0 and 1" in done.stderr


def test_the_document_is_the_packaged_normalization_of_the_published_one(
    normalized: dict[str, Any], client: httpx.Client
) -> None:
    assert published_document() == normalized_document() == normalized
    served = client.get("/openapi", headers={})
    assert served.status_code == 200 and json.loads(served.content) == normalized
