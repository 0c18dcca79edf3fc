"""scripts/strict_shapes.py: a list or model of the wrong shape is a typed error, not data.

The unit half shows which unions change; the facade half sends malformed
pages through a real client on httpx.MockTransport and expects
``APIResponseValidationError`` naming the field, where before the page came
back holding plain dicts (or a string) under a typed list.
"""

from __future__ import annotations

import textwrap
from typing import Any

import httpx
import pytest
from facade_support import Recorder, sync_client
from strict_shapes import strict_source

import jobmojito

SOURCE = textwrap.dedent(
    """
    def from_dict(d):
        def _parse_rows(data: object) -> list[Row] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return [Row.from_dict(item) for item in data]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Row] | None, data)

        def _parse_status(data: object) -> Status | None | Unset:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_status(data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Status | None | Unset, data)

        def _parse_owner(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                return UUID(data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)
    """
)


def test_only_unions_of_lists_and_models_raise() -> None:
    out = strict_source(SOURCE, frozenset({"Row"}))
    assert "raise TypeError('rows: not list[Row] | None')" in out
    assert "return cast(list[Row] | None, data)" not in out
    assert "return cast(Status | None | Unset, data)" in out, "an open enum keeps unknown values"
    assert "return cast(None | UUID, data)" in out, "a scalar format is not a shape"


def test_a_class_that_is_not_a_model_is_not_a_shape() -> None:
    only_model = SOURCE.replace("list[Row] | None", "Row | None")
    assert "raise TypeError('rows: not Row | None')" in strict_source(only_model, frozenset({"Row"}))
    assert strict_source(only_model, frozenset()) == only_model


ROW = {"id": "row-1", "candidate_name": "Ada"}
PAGINATION = {"total": 1, "limit": 1, "offset": 0, "has_more": False}


def page_client(body: Any) -> jobmojito.JobMojito:
    return sync_client(Recorder(httpx.Response(200, json=body)))


def test_a_well_formed_page_parses() -> None:
    page = page_client({"data": [ROW], "pagination": PAGINATION}).results.list_page(limit=1)
    assert [row.candidate_name for row in page.data] == ["Ada"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"data": [{"candidate_name": "no id"}], "pagination": PAGINATION}, "data"),
        ({"data": [ROW, "not a row"], "pagination": PAGINATION}, "data"),
        ({"data": "rows", "pagination": PAGINATION}, "data"),
        ({"data": [ROW], "pagination": ["not", "an", "object"]}, "pagination"),
        ({"data": [ROW], "pagination": {"total": 1}}, "pagination"),
    ],
    ids=["row-missing-required", "row-not-an-object", "data-not-a-list", "pagination-a-list", "pagination-partial"],
)
def test_a_page_of_the_wrong_shape_is_a_typed_error_naming_the_field(body: Any, field: str) -> None:
    with pytest.raises(jobmojito.APIResponseValidationError) as caught:
        page_client(body).results.list_page(limit=1)
    assert f"{field}: not " in str(caught.value)
    assert caught.value.status_code == 200


def test_the_pager_raises_too_instead_of_yielding_dicts() -> None:
    pager = page_client({"data": [{"candidate_name": "no id"}], "pagination": PAGINATION}).results.list(limit=1)
    with pytest.raises(jobmojito.APIResponseValidationError):
        list(pager)
