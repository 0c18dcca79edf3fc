"""decode_json refuses deep nesting before the parser recurses (issue 13, finding 3)."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmojito._json import DEFAULT_MAX_DEPTH, JSONDepthError, decode_json, nesting_depth

pytestmark = pytest.mark.timeout(60)


def depth_of(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((depth_of(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth_of(v) for v in value), default=0)
    return 0


def test_json_nested_200000_deep_is_a_value_error_not_a_recursion_error() -> None:
    for doc in (b"[" * 200_000 + b"]" * 200_000, '{"a":' * 200_000 + "1" + "}" * 200_000, b"[" * 200_000):
        with pytest.raises(JSONDepthError) as caught:
            decode_json(doc)
        assert isinstance(caught.value, ValueError)
        assert caught.value.depth == 200_000 and caught.value.max_depth == DEFAULT_MAX_DEPTH


def test_the_limit_is_exact() -> None:
    assert decode_json("[" * DEFAULT_MAX_DEPTH + "]" * DEFAULT_MAX_DEPTH) is not None
    with pytest.raises(JSONDepthError):
        decode_json("[" * (DEFAULT_MAX_DEPTH + 1) + "]" * (DEFAULT_MAX_DEPTH + 1))
    assert decode_json("[[[1]]]", max_depth=3) == [[[1]]]
    with pytest.raises(JSONDepthError, match="4 levels deep, deeper than the limit of 3"):
        decode_json("[[[[1]]]]", max_depth=3)


@pytest.mark.parametrize(
    ("doc", "depth"),
    [
        ('"[[[["', 0),
        ('["\\"[[[", "]"]', 1),
        ('["\\\\", ["x"]]', 2),
        ('{"k[": {"v{": ["\\u005b"]}}', 3),
        ('["é[", ["😀"]]', 2),
        ("", 0),
    ],
)
def test_brackets_inside_strings_do_not_count(doc: str, depth: int) -> None:
    assert nesting_depth(doc) == depth == nesting_depth(doc.encode()) == nesting_depth(doc.encode("utf-16"))


@pytest.mark.parametrize(
    "doc",
    [
        b"[" * 100_000 + b'"never closed',
        b"[" * 100_000 + b"\\",
        b'"\\' + b"[" * 100_000,
        b"[}" * 100_000,
        b"{" * 600 + b'"a": 1' + b"}" * 600,
    ],
)
def test_broken_documents_are_value_errors(doc: bytes) -> None:
    with pytest.raises(ValueError):
        decode_json(doc)


def test_a_limit_above_what_the_stack_allows_still_gives_a_value_error() -> None:
    with pytest.raises(JSONDepthError):
        decode_json("[" * 100_000 + "]" * 100_000, max_depth=10**9)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(alphabet='[]{}"\\ab\n é'),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet='[]{}"\\a'), inner, max_size=3),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(value=JSON, indent=st.sampled_from([None, 1]))
def test_the_depth_is_measured_exactly_and_decoding_is_json_loads(value: Any, indent: int | None) -> None:
    doc = json.dumps(value, indent=indent, ensure_ascii=False)
    assert nesting_depth(doc) == depth_of(value) == nesting_depth(doc.encode())
    assert decode_json(doc.encode(), max_depth=depth_of(value)) == json.loads(doc)
    if depth_of(value):
        with pytest.raises(JSONDepthError):
            decode_json(doc, max_depth=depth_of(value) - 1)


def test_object_hook_and_pickling() -> None:
    assert decode_json('{"a": {"b": 1}}', object_hook=sorted) == ["a"]
    error = JSONDepthError(9, 3)
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), str(back), back.depth, back.max_depth) == (JSONDepthError, str(error), 9, 3)
