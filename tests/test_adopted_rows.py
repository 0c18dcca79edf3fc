"""Rows the SDK decoded itself become their objects' ``__dict__``; nobody else's dicts do.

scripts/fast_rows.py adopts a list row only while ``ADOPTING`` is set (the
facade sets it around parsing a body it just decoded) and only for a model
without slots (scripts/fast_from_dict.py unslots the list-row models and
gives them a ``__getattr__`` for what an adopted dict lacks). What is checked
here: an adopted row builds what ``from_dict`` builds from a copy of it and
reads, copies, pickles and serializes like one; adopting changes nothing in
the decoded rows (a union member tried next on the same data sees them as
decoded); a row that does not fit still goes through ``from_dict``; a
caller's own dicts are copied; and the flag never outlives a parse.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import pickle
import pkgutil
import re
from pathlib import Path
from typing import Any

import attrs
import fast_rows
import httpx
import jobmojito_api.models
import pytest
from facade_support import Recorder, async_client, sync_client
from jobmojito_api._fast_rows import ADOPTING
from jobmojito_api.models import merchant_result_list_response_data_item as result_item
from jobmojito_api.models.merchant_result_list_response import MerchantResultListResponse
from jobmojito_api.types import UNSET

from jobmojito import APIResponseValidationError

GENERATED = Path(jobmojito_api.models.__path__[0])


@attrs.define(slots=False)
class Loose:
    a: Any
    type_: Any = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Loose:
        d = dict(src)
        row = cls(d.pop("a"), d.pop("type", UNSET))
        row.additional_properties = d
        return row

    def __getattr__(self, name: str) -> Any:
        return fast_rows.adopted_attribute(self, name, (("type", "type_"),))


@attrs.define
class Slotted(Loose):
    pass


KEYS = ("a", "type")
# two regular rows, then: keys in another order, one missing, one extra, one swapped for another
PAGE = """[{"a": 1, "type": "x"}, {"a": 2, "type": null},
    {"type": "y", "a": 3}, {"a": 4}, {"a": 5, "type": "z", "c": 6}, {"a": 6, "c": 7}]"""


def read(model: Any, rows: list[Any], *, adopting: bool) -> list[Any]:
    token = fast_rows.ADOPTING.set(adopting)
    try:
        return fast_rows.rows_from_dicts(model, KEYS, rows)
    finally:
        fast_rows.ADOPTING.reset(token)


def test_regular_rows_are_adopted_unchanged_and_irregular_ones_built_by_from_dict() -> None:
    rows = json.loads(PAGE)
    before = copy.deepcopy(rows)
    built = read(Loose, rows, adopting=True)
    assert rows == before, "a union member tried next on the same data must see it as decoded"
    assert [vars(obj) is row for obj, row in zip(built, rows, strict=True)] == [True, True, False, False, False, False]
    assert built == [Loose.from_dict(row) for row in before]
    assert built[0].type_ == "x"
    built[0].additional_properties["k"] = 1
    assert built[0].additional_properties == {"k": 1}
    assert built[1].additional_properties == {}, "each adopted row gets its own extras dict"


def test_an_adopted_row_reads_copies_and_pickles_like_a_built_one() -> None:
    (adopted,) = read(Loose, json.loads('[{"a": 1, "type": "x"}]'), adopting=True)
    built = Loose.from_dict({"a": 1, "type": "x"})
    assert copy.deepcopy(adopted) == built
    assert pickle.loads(pickle.dumps(adopted)) == built
    assert not hasattr(adopted, "missing")
    with pytest.raises(AttributeError, match="'Loose' object has no attribute 'missing'"):
        _ = adopted.missing
    adopted.type_ = "y"
    assert adopted.type_ == "y"
    del adopted.a
    with pytest.raises(AttributeError):
        _ = adopted.a


@pytest.mark.parametrize(
    ("model", "adopting"), [(Loose, False), (Slotted, True)], ids=["not adopting", "slotted model"]
)
def test_otherwise_rows_are_copied(model: Any, adopting: bool) -> None:
    rows = json.loads(PAGE)
    before = copy.deepcopy(rows)
    built = read(model, rows, adopting=adopting)
    assert built == [model.from_dict(row) for row in before]
    assert not any(vars(obj) is row for obj, row in zip(built, rows, strict=True) if hasattr(obj, "__dict__"))
    built[0].a = "changed"
    assert rows == before


def _list_row_models() -> list[Any]:
    found = []
    for info in pkgutil.iter_modules([str(GENERATED)]):
        module = importlib.import_module(f"jobmojito_api.models.{info.name}")
        found += [c for c in vars(module).values() if attrs.has(c) and c.__module__ == module.__name__]
    return sorted((c for c in found if not hasattr(c, "__slots__")), key=lambda c: c.__name__)


LIST_ROWS = _list_row_models()


def test_exactly_the_models_read_as_list_rows_are_unslotted() -> None:
    read_as_rows = set()
    for path in GENERATED.glob("*.py"):
        read_as_rows |= set(re.findall(r"(\w+)\._from_dicts\(", path.read_text(encoding="utf-8")))
    assert {c.__name__ for c in LIST_ROWS} == read_as_rows
    assert "MerchantResultListResponseDataItem" in read_as_rows


@pytest.mark.parametrize("model", LIST_ROWS, ids=lambda c: c.__name__)
def test_generated_list_rows_adopted_equal_rows_built_from_copies(model: Any) -> None:
    module = importlib.import_module(model.__module__)
    keys = module._KEYS_IN_INIT_ORDER
    rows = json.loads(json.dumps([{key: f"{key} {index}" for key in keys} for index in range(3)]))
    rows.append({**rows[0], "zz_extra": True})
    before = copy.deepcopy(rows)
    token = ADOPTING.set(True)
    try:
        built = model._from_dicts(rows)
    finally:
        ADOPTING.reset(token)
    assert [vars(obj) is row for obj, row in zip(built, rows, strict=True)] == [True, True, True, False]
    expected = [model.from_dict(row) for row in before]
    for field in attrs.fields(model):
        assert getattr(built[0], field.name) == getattr(expected[0], field.name), field.name
    assert built == expected
    assert [obj.to_dict() for obj in built] == before


def _row(index: int) -> dict[str, Any]:
    """A result row with its keys in the reverse of ``__init__`` order (adopting does not depend on it)."""
    return {key: f"{key} {index}" for key in reversed(result_item._KEYS_IN_INIT_ORDER)}


def _page_body(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"data": rows, "pagination": {"total": len(rows), "limit": 10, "offset": 0, "has_more": False}}


class Decoded(httpx.Response):
    """A response that keeps what ``json()`` decoded, to tell the row adopted from a copy of it."""

    rows: list[Any]

    def json(self, **kwargs: Any) -> Any:
        decoded = super().json(**kwargs)
        self.rows = decoded["data"]
        return decoded


def test_the_facade_adopts_rows_it_decoded_and_resets_the_flag() -> None:
    body = _page_body([_row(0), _row(1)])
    response = Decoded(200, json=body)
    page = sync_client(Recorder(response)).results.list_page(limit=10)
    assert ADOPTING.get() is False
    assert [vars(row) for row in page.data] == response.rows
    assert all(vars(row) is decoded for row, decoded in zip(page.data, response.rows, strict=True))
    assert page == MerchantResultListResponse.from_dict(copy.deepcopy(body))
    assert page.data[1].type_ == "type 1"


def test_the_async_facade_adopts_too() -> None:
    body = _page_body([_row(0)])
    response = Decoded(200, json=body)
    page = asyncio.run(async_client(Recorder(response)).results.list_page(limit=10))
    assert vars(page.data[0]) is response.rows[0]
    assert page == MerchantResultListResponse.from_dict(copy.deepcopy(body))


def test_the_flag_is_reset_when_parsing_fails() -> None:
    jm = sync_client(Recorder(httpx.Response(200, json={"data": "not a list", "pagination": None})))
    with pytest.raises(APIResponseValidationError, match="data"):
        jm.results.list_page(limit=10)
    assert ADOPTING.get() is False


def test_from_dict_called_by_a_caller_neither_changes_nor_aliases_their_dict() -> None:
    body = _page_body([_row(0), _row(1)])
    before = copy.deepcopy(body)
    page = MerchantResultListResponse.from_dict(body)
    page.data[0].candidate_name = "changed"
    page.data[0].additional_properties["extra"] = 1
    assert body == before
