"""The SDK's request validator agrees with the jsonschema library.

The SDK cannot depend on jsonschema at run time, so it carries a small
validator (src/jobmojito/_validation.py). Here it is differential-tested: on
every request schema of the document, for valid instances (drawn from the
schema) and arbitrary ones (drawn from any JSON, and from the schema with one
field replaced by any JSON), both must give the same verdict.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest
from contract_support import ecma_patterns
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from jobmojito import ValidationError
from jobmojito._operations import all_operation_ids, get_operation
from jobmojito._validation import validate

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


SCHEMAS = {
    f"{op_id}:{part}": ecma_patterns(dict(schema))
    for op_id in sorted(all_operation_ids())
    for part, schema in (("body", get_operation(op_id).body_schema), ("query", get_operation(op_id).params_schema))
    if schema and get_operation(op_id).body != "multipart"
}
SETTINGS = settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def agree(schema: dict[str, Any], instance: Any) -> None:
    expected = jsonschema.Draft202012Validator(schema).is_valid(instance)
    try:
        validate(schema, instance)
        ours = True
    except ValidationError:
        ours = False
    assert ours == expected, instance


def with_one_field_replaced(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    names = sorted(schema.get("properties", {}))
    if not names:
        return JSON

    def replace(instance: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
        out = copy.copy(instance)
        out[name] = value
        return out

    return st.builds(replace, from_schema(schema), st.sampled_from(names), JSON)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@SETTINGS
@given(data=st.data())
def test_the_validator_agrees_with_jsonschema(name: str, data: st.DataObject) -> None:
    schema = SCHEMAS[name]
    agree(schema, data.draw(from_schema(schema), label="valid"))
    agree(schema, data.draw(JSON, label="any JSON"))
    agree(schema, data.draw(with_one_field_replaced(schema), label="one field replaced"))


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2026-01-01", True),
        ("2026-01-01\n", False),
        ("\u0662\u0660\u0662\u0666-\u0660\u0661-\u0660\u0661", False),  # Arabic-Indic digits
        ("2026-1-01", False),
    ],
)
def test_patterns_follow_the_json_schema_dialect(value: str, ok: bool) -> None:
    schema = {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"}
    if ok:
        validate(schema, value)
    else:
        with pytest.raises(ValidationError) as caught:
            validate(schema, value)
        assert caught.value.rule == "pattern"


COMBINATORS = [
    {"anyOf": [{"type": "string"}, {"type": "null"}]},
    {"anyOf": [{"type": "string", "minLength": 3}, {"type": "integer", "minimum": 0}, {"type": "null"}]},
    {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 10}]},
    {"oneOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "string", "maxLength": 1}]},
    {"anyOf": [{"type": "object", "properties": {"n": {"type": "string"}}, "required": ["n"]}, {"type": "null"}]},
]


@pytest.mark.parametrize("schema", COMBINATORS, ids=[str(i) for i in range(len(COMBINATORS))])
@SETTINGS
@given(value=JSON)
def test_anyof_and_oneof_verdicts_agree_with_jsonschema(schema: dict[str, Any], value: Any) -> None:
    """Stopping at the first branch that fits (the second, for oneOf) changes no verdict."""
    expected = jsonschema.Draft202012Validator(schema).is_valid(value)
    try:
        validate(schema, value)
    except ValidationError:
        assert not expected, value
    else:
        assert expected, value


def test_anyof_stops_at_the_first_branch_that_fits() -> None:
    # The second branch's pattern is not a valid regex: evaluating it at all would raise re.error.
    schema = {"anyOf": [{"type": "string"}, {"type": "string", "pattern": "("}]}
    validate(schema, "fits the first")
    # A branch whose type cannot fit is skipped without being evaluated either.
    validate({"anyOf": [{"type": "integer", "pattern": "("}, {"type": "null"}]}, None)


def test_a_value_that_fits_no_branch_is_refused_with_the_most_telling_message() -> None:
    schema = {"properties": {"company": {"anyOf": [{"type": "object", "properties": {"name": {"type": "string"}}}]}}}
    with pytest.raises(ValidationError) as caught:
        validate({**schema, "type": "object"}, {"company": {"name": 5}})
    assert caught.value.field == "company.name" and caught.value.rule == "type"
