"""Input that crashed instead of raising ValidationError (issue 13, finding 9, the validator's side).

Each case goes through the document's own request schema for ``create_interview``
(and ``screen_resume_file`` for a file part), as the request builder calls it.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from facade_support import INTERVIEW
from jobmojito_api.types import File

from jobmojito import ValidationError
from jobmojito._operations import get_operation
from jobmojito._validation import (
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_QUERY_VALUE_LENGTH,
    MAX_URL_LENGTH,
    check_json,
    check_query,
    validate,
)

CREATE = get_operation("create_interview").body_schema
UPLOAD = get_operation("screen_resume_file").body_schema
URL = "https://cool.jobmojito.com/functions/v1/job-interview-list"


def refused(schema: dict[str, Any], value: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate(schema, value)
    error = caught.value
    str(error).encode("utf-8")  # printable: no lone surrogate in a message or a field path
    return error


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({**INTERVIEW, "name": "PM \ud800"}, "name"),
        ({**INTERVIEW, "description": "ok\udfff"}, "description"),  # a field the schema does not constrain
        ({**INTERVIEW, "custom_scoring": [{"name": "a", "x": ["fine", "\ud83d"]}]}, "custom_scoring[0].x[1]"),
        ({**INTERVIEW, "extra": {"k\ud800": 1}}, "extra.k\\ud800"),
    ],
)
def test_a_lone_surrogate_anywhere(value: dict[str, Any], field: str) -> None:
    error = refused(CREATE, value)
    assert (error.field, error.rule) == (field, "unicode")
    assert "lone surrogate" in error.message and "U+D" in error.message


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity(number: float) -> None:
    error = refused(CREATE, {**INTERVIEW, "max_duration": number})
    assert (error.field, error.rule) == ("max_duration", "finite")
    refused({"type": "number", "maximum": 5}, number)  # NaN compared false with the bound: it went through


def test_an_int_past_the_str_digits_limit_is_refused_without_turning_it_into_text() -> None:
    huge = 10**MAX_INT_DIGITS
    error = refused(CREATE, {**INTERVIEW, "max_duration": huge})
    assert (error.field, error.rule) == ("max_duration", "integer size")
    assert str(MAX_INT_DIGITS) in error.message and "0000" not in str(error)
    refused({"type": "integer", "maximum": 5, "enum": [1]}, -huge)
    validate({"type": "integer"}, huge - 1)  # 4,300 digits: the limit itself is fine


@pytest.mark.parametrize(
    ("wrong", "kind"),
    [(io.BytesIO(b"resume"), "BytesIO"), (b"bytes", "bytes"), ({"a", "b"}, "set"), (object(), "object")],
)
def test_a_non_json_object_where_a_string_belongs(wrong: Any, kind: str) -> None:
    error = refused(CREATE, {**INTERVIEW, "name": wrong})
    assert (error.field, error.rule) == ("name", "type") and kind in error.message
    error = refused(CREATE, {**INTERVIEW, "unconstrained": wrong})
    assert (error.field, error.rule) == ("unconstrained", "type")


def test_a_file_part_is_still_a_string_for_multipart() -> None:
    value = {"file": File(payload=io.BytesIO(b"%PDF"), file_name="cv.pdf"), "position_id": "p"}
    check_json(value)
    try:
        validate(UPLOAD, value)
    except ValidationError as error:
        assert error.rule == "required", error  # whatever else the schema wants, the file part is fine


def test_keys_must_be_strings_and_nesting_is_bounded() -> None:
    assert refused({}, {1: "x"}).rule == "type"
    deep: Any = "leaf"
    for _ in range(100_000):  # deeper than the interpreter's stack: refused, not crashed on
        deep = [deep]
    error = refused({"type": "array"}, deep)
    assert error.rule == "depth" and str(MAX_DEPTH) in error.message
    shallow: Any = "leaf"
    for _ in range(MAX_DEPTH):
        shallow = {"a": shallow}
    validate({"type": "object"}, shallow)


def test_a_long_string_is_shown_by_its_start_only() -> None:
    error = refused({"type": "string", "pattern": "^a+$"}, "b" * 10_000_000)
    assert len(str(error)) < 200


def test_query_values_and_urls_are_bounded() -> None:
    check_query(URL, {"filter_text": "x" * 100, "limit": "10"})
    with pytest.raises(ValidationError) as caught:
        check_query(URL, {"filter_text": "x" * 70_000})
    assert (caught.value.field, caught.value.rule) == ("filter_text", "maxLength")
    with pytest.raises(ValidationError) as caught:
        check_query(URL, {"filter_text": "x" * (MAX_QUERY_VALUE_LENGTH + 1)})
    assert caught.value.rule == "maxLength"
    fits = MAX_URL_LENGTH - len(URL) - len("?filter_text=")
    check_query(URL, {"filter_text": "x" * fits})
    with pytest.raises(ValidationError) as caught:
        check_query(URL, {"filter_text": "x" * (fits + 1)})
    assert (caught.value.field, caught.value.rule) == ("(query)", "url length")
    with pytest.raises(ValidationError, match="url length"):
        check_query(URL, {"filter_text": "é" * 2000})  # 2,000 characters, 12,000 once encoded
    with pytest.raises(ValidationError) as caught:
        check_query(URL, {"filter_text": "a\ud800"})
    assert (caught.value.field, caught.value.rule) == ("filter_text", "unicode")
