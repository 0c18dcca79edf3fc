"""The facade: calls, bodies, validation, errors, raw responses, options."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from facade_support import BASE, CREATED, INTERVIEW, LANGUAGES, TOKEN, Recorder, async_client, sync_client

import jobmojito
from jobmojito import JobMojito


def test_create_sends_keyword_arguments_as_the_documented_json_and_returns_the_model() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))
    jm = sync_client(recorder)
    created = jm.interviews.create(**INTERVIEW)
    assert created.interview_def_set_id == "def-1"
    assert created.questions_generated == 8
    request = recorder.last
    assert (request.method, str(request.url)) == ("POST", f"{BASE}/job-interview-create")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("jobmojito-python/")
    assert recorder.last_json() == INTERVIEW


def test_a_nested_request_model_or_a_plain_dict_is_the_same_request() -> None:
    from jobmojito_api.models import JobInterviewCreateRequestHiringForCompany

    recorder = Recorder(httpx.Response(200, json=CREATED))
    jm = sync_client(recorder)
    jm.interviews.create(**INTERVIEW, hiring_for_company={"name": "Acme"})
    as_dict = recorder.last_json()
    jm.interviews.create(**INTERVIEW, hiring_for_company=JobInterviewCreateRequestHiringForCompany(name="Acme"))
    assert recorder.last_json() == as_dict == {**INTERVIEW, "hiring_for_company": {"name": "Acme"}}


def test_a_whole_body_is_passed_as_keyword_arguments_and_unknown_fields_as_extra_body() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))
    jm = sync_client(recorder)
    with pytest.raises(TypeError, match="unexpected keyword argument 'source_system'"):
        jm.interviews.create(**INTERVIEW, source_system="ats")  # type: ignore[call-arg]
    assert recorder.requests == []
    jm.interviews.create(**INTERVIEW, extra_body={"source_system": "ats"})
    assert recorder.last_json() == {**INTERVIEW, "source_system": "ats"}


def test_query_parameters_use_wire_names_and_drop_unset() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": [], "pagination": None}))
    sync_client(recorder).results.list_page(type="coaching", limit=10, risks="a,b")
    assert dict(recorder.last.url.params) == {"type": "coaching", "limit": "10", "risks": "a,b"}


def test_string_flags_in_the_query_are_sent_as_given() -> None:
    # The document spells these flags as the strings "true"/"false".
    recorder = Recorder(httpx.Response(200, json={"data": [], "pagination": None}))
    sync_client(recorder).catalogue.list_page(include_public="false")
    assert recorder.last.url.params["include_public"] == "false"


def test_nested_models_may_be_plain_mappings() -> None:
    recorder = Recorder(httpx.Response(200, json={"interview_def_set_id": "d"}))
    jm = sync_client(recorder)
    try:
        jm.interviews.create_from_questions(
            **{**INTERVIEW, "description": "Runs projects."},
            questions=[{"question": "Why us?"}, {"question": "Tell me about a project.", "duration": 120}],
        )
    except jobmojito.ValidationError as exc:
        pytest.fail(f"valid nested mappings refused: {exc}")
    assert recorder.last_json()["questions"][1] == {"question": "Tell me about a project.", "duration": 120}


# --- client-side validation: nothing is sent ------------------------------------


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda jm: jm.interviews.create(**{**INTERVIEW, "location": None}), "location", "required"),
        (lambda jm: jm.interviews.create(**{**INTERVIEW, "status": "published"}), "status", "enum"),
        (lambda jm: jm.results.list_page(limit=5000), "limit", "maximum"),
        (lambda jm: jm.results.list_page(limit=0), "limit", "minimum"),
        (lambda jm: jm.catalogue.create(id="", name="Demo"), "id", "minLength"),
        (lambda jm: jm.catalogue.create(id="Not Valid!", name="Demo"), "id", "pattern"),
        (lambda jm: jm.interviews.create(**{**INTERVIEW, "name": 42}), "name", "type"),
    ],
    ids=["required", "enum", "maximum", "minimum", "minLength", "pattern", "type"],
)
def test_bad_input_raises_a_validation_error_naming_field_and_rule(call: Any, field: str, rule: str) -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))
    with pytest.raises(jobmojito.ValidationError) as caught:
        call(sync_client(recorder))
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert field in str(caught.value) and rule in str(caught.value)
    assert recorder.requests == [], "a bad request must not be sent"


def test_nested_fields_are_named_with_their_path() -> None:
    recorder = Recorder(httpx.Response(200, json=LANGUAGES))
    with pytest.raises(jobmojito.ValidationError) as caught:
        sync_client(recorder).interviews.create_from_questions(
            **{**INTERVIEW, "description": "d"}, questions=[{"question": "ok"}, {}]
        )
    assert caught.value.field == "questions[1].question"
    assert caught.value.rule == "required"


def test_validation_can_be_turned_off_per_client_and_per_call() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))
    sync_client(recorder, validate_requests=False).interviews.create(**{**INTERVIEW, "status": "published"})
    assert recorder.last_json()["status"] == "published"
    recorder = Recorder(httpx.Response(200, json={"data": [], "pagination": None}))
    jm = sync_client(recorder)
    jm.with_options(validate_requests=False).results.list_page(limit=5000)
    assert recorder.last.url.params["limit"] == "5000"


# --- typed errors ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, jobmojito.BadRequestError),
        (401, jobmojito.AuthenticationError),
        (403, jobmojito.PermissionDeniedError),
        (404, jobmojito.NotFoundError),
        (409, jobmojito.ConflictError),
        (422, jobmojito.UnprocessableEntityError),
        (429, jobmojito.RateLimitError),
        (500, jobmojito.InternalServerError),
        (502, jobmojito.InternalServerError),
        (418, jobmojito.APIStatusError),
    ],
)
def test_each_status_raises_its_error_class(status: int, error_class: type[jobmojito.APIStatusError]) -> None:
    body = {"error": "Field is required.", "name": "interview_result_id"}
    recorder = Recorder(httpx.Response(status, json=body, headers={"retry-after": "0"}))
    jm = sync_client(recorder, max_retries=0)
    with pytest.raises(error_class) as caught:
        jm.results.get(interview_result_id="7f1c0f37-2f56-4a55-9a8a-1e1f4c3f8a11")
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, jobmojito.APIStatusError) and isinstance(error, jobmojito.JobMojitoError)
    assert (error.status_code, error.method, error.path) == (status, "GET", "/job-interview-details")
    assert (error.error, error.name) == ("Field is required.", "interview_result_id")
    assert "Field is required." in str(error) and "interview_result_id" in str(error)
    assert TOKEN not in str(error) and TOKEN not in repr(error)


def test_a_gateway_html_page_becomes_a_short_excerpt() -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>" + "x" * 5000 + "</body>"
    recorder = Recorder(httpx.Response(502, text=html, headers={"content-type": "text/html"}))
    with pytest.raises(jobmojito.InternalServerError) as caught:
        sync_client(recorder, max_retries=0).admin.list_languages()
    message = str(caught.value)
    assert "502 Bad Gateway Bad Gateway" in message
    assert "<" not in message and len(message) < 400
    assert caught.value.error is None


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (
            httpx.Response(200, content=b'{"interview_def_set_id": ', headers={"content-type": "application/json"}),
            "JSONDecodeError",
        ),
        (httpx.Response(200, content=b"", headers={"content-type": "application/json"}), "JSONDecodeError"),
        (httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"}), "expected JSON"),
        (httpx.Response(200, json=["not", "an", "object"]), "Error"),
        (httpx.Response(201, json=CREATED), "undocumented status 201"),
    ],
    ids=["truncated", "empty", "html", "wrong-shape", "undocumented-2xx"],
)
def test_an_unparseable_success_is_a_typed_error_with_an_excerpt(response: httpx.Response, reason: str) -> None:
    recorder = Recorder(response)
    with pytest.raises(jobmojito.APIResponseValidationError) as caught:
        sync_client(recorder).interviews.create(**INTERVIEW)
    assert reason in str(caught.value)
    assert caught.value.status_code == response.status_code
    assert len(recorder.requests) == 1
    assert caught.value.response is not None and caught.value.response.content == response.content, "nothing lost"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"languages": "en"}, "PlatformLanguagesListResponse.languages: expected a list, got a string"),
        ({"languages": ["en"]}, "PlatformLanguagesListResponse.languages[0]: expected an object, got a string"),
        ({"languages": [{**LANGUAGES["languages"][0], "accents": {"code": "x"}}]}, "PlatformLanguage.accents"),
    ],
)
def test_a_value_of_the_wrong_shape_inside_the_answer_is_a_typed_error_naming_the_field(
    body: dict[str, Any], where: str
) -> None:
    """Lenient about values (a number where a string belongs is kept), strict about shapes."""
    with pytest.raises(jobmojito.APIResponseValidationError) as caught:
        sync_client(Recorder(httpx.Response(200, json=body))).admin.list_languages()
    assert where in str(caught.value)


# --- raw responses and options ---------------------------------------------------


def test_raw_response_gives_status_headers_and_the_parsed_model() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED, headers={"sb-request-id": "req-1"}))
    raw = sync_client(recorder).with_raw_response.interviews.create(**INTERVIEW)
    assert isinstance(raw, jobmojito.APIResponse)
    assert (raw.status_code, raw.request_id, raw.retries_taken) == (200, "req-1", 0)
    assert raw.json() == CREATED
    assert raw.parse().interview_def_set_id == "def-1"
    assert raw.parse() is raw.parse()


def test_raw_response_still_raises_typed_errors() -> None:
    recorder = Recorder(httpx.Response(404, json={"error": "Interview not found"}))
    with pytest.raises(jobmojito.NotFoundError):
        sync_client(recorder).with_raw_response.interviews.get(position_id="p")


def test_with_options_overrides_per_call_and_shares_the_pool() -> None:
    recorder = Recorder(httpx.Response(200, json=LANGUAGES))
    jm = sync_client(recorder)
    fast = jm.with_options(timeout=5.0, headers={"X-Trace": "t1"}, max_retries=0)
    fast.admin.list_languages()
    timeout = recorder.last.extensions["timeout"]
    assert timeout["read"] == 5.0 and timeout["connect"] == 5.0
    assert recorder.last.headers["x-trace"] == "t1"
    assert fast._http is jm._http
    jm.admin.list_languages()
    assert recorder.last.extensions["timeout"]["read"] == 180.0
    assert "x-trace" not in recorder.last.headers
    fast.close()
    assert not jm._http.is_closed, "a copy must not close the shared pool"


def test_default_timeouts_are_explicit() -> None:
    recorder = Recorder(httpx.Response(200, json=LANGUAGES))
    sync_client(recorder).admin.list_languages()
    assert recorder.last.extensions["timeout"] == {"connect": 10.0, "read": 180.0, "write": 60.0, "pool": 10.0}


def test_token_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBMOJITO_TOKEN", "env-token")
    monkeypatch.setenv("JOBMOJITO_BASE_URL", "https://env.test/functions/v1")
    recorder = Recorder(httpx.Response(200, json=LANGUAGES))
    jm = JobMojito(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    jm.admin.list_languages()
    assert str(recorder.last.url) == "https://env.test/functions/v1/platform-languages-list"
    assert recorder.last.headers["authorization"] == "Bearer env-token"


def test_no_credentials_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBMOJITO_TOKEN", raising=False)
    with pytest.raises(jobmojito.JobMojitoError, match="JOBMOJITO_TOKEN"):
        JobMojito()


def test_the_default_base_url_is_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBMOJITO_BASE_URL", raising=False)
    assert JobMojito(token="t").base_url == "https://cool.jobmojito.com/functions/v1"


def test_bring_your_own_http_client_is_used_and_not_closed() -> None:
    recorder = Recorder(httpx.Response(200, json=LANGUAGES))
    own = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Proxy-Tag": "mine"})
    with JobMojito(token=TOKEN, base_url=BASE, http_client=own) as jm:
        jm.admin.list_languages()
    assert recorder.last.headers["x-proxy-tag"] == "mine"
    assert not own.is_closed


def test_the_context_manager_closes_its_own_pool() -> None:
    with JobMojito(token=TOKEN, base_url=BASE) as jm:
        http = jm._http
    assert http.is_closed


def test_async_client_does_the_same_calls() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))

    async def main() -> Any:
        async with async_client(recorder) as ajm:
            created = await ajm.interviews.create(**INTERVIEW)
            raw = await ajm.with_raw_response.interviews.create(**INTERVIEW)
            return created, raw

    created, raw = asyncio.run(main())
    assert created.interview_def_set_id == "def-1"
    assert raw.status_code == 200
    assert json.loads(recorder.requests[0].content) == INTERVIEW


def test_async_validation_raises_before_sending() -> None:
    recorder = Recorder(httpx.Response(200, json=CREATED))

    async def main() -> None:
        async with async_client(recorder) as ajm:
            await ajm.interviews.create(**{**INTERVIEW, "status": "published"})

    with pytest.raises(jobmojito.ValidationError):
        asyncio.run(main())
    assert recorder.requests == []


def test_the_connection_pool_is_made_on_first_use_and_shared_by_copies() -> None:
    jm = JobMojito(token=TOKEN, base_url=BASE)
    copy = jm.with_options(timeout=5.0)
    assert jm._pool.client is None, "constructing a client must not load TLS certificates"
    assert copy._http is jm._http, "one pool for the client and its copies"
    assert jm._pool.client is not None
    jm.close()
    assert jm._http.is_closed
