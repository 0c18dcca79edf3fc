"""scripts/fast_from_dict.py: the fast path builds exactly what the generated body builds.

A small model source shows which shapes get the fast path and which are left
alone; every generated model that has it is checked against its own general
path, with a distinct value per field, so a field read into the wrong
``__init__`` slot cannot pass; and reading a whole list (scripts/fast_rows.py,
``_from_dicts``) must build what ``from_dict`` row by row builds, whatever
rows the list mixes.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import textwrap
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs
import jobmojito_api.models
import pytest
from fast_from_dict import KEYS, NAME, batch_source, fast_path_source, unslotted_source
from fast_rows import rows_from_dicts
from jobmojito_api.types import UNSET

PLAIN = textwrap.dedent(
    """
    from collections.abc import Mapping
    from typing import Any

    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from jobmojito_api.types import UNSET, Unset


    @_attrs_define
    class Row:
        id: str
        type_: None | str | Unset = UNSET
        score: float | None | Unset = UNSET
        additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

        @classmethod
        def from_dict(cls, src_dict: Mapping[str, Any]) -> "Row":
            d = dict(src_dict)
            id: str = d.pop("id")

            score: float | None | Unset = d.pop("score", UNSET)

            type_: None | str | Unset = d.pop("type", UNSET)

            row = cls(
                id=id,
                score=score,
                type_=type_,
            )

            row.additional_properties = d
            return row
    """
)


def load(source: str) -> type[Any]:
    namespace: dict[str, Any] = {"__name__": "row_model"}
    source = source.replace("from .._fast_rows import", "from fast_rows import")
    exec(compile(source, "<model>", "exec"), namespace)
    return namespace["Row"]  # type: ignore[no-any-return]


class OnlyGetItem(Mapping[str, Any]):
    """A row whose keys cannot be listed: only the fast path (``len`` and ``[]``) can read it."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("the general path ran: it lists the keys")


def test_a_plain_model_gets_the_fast_path_in_init_order() -> None:
    out = fast_path_source(PLAIN)
    assert f"{KEYS} = ('id', 'type', 'score',)" in out
    assert f"{NAME} = itemgetter(*{KEYS})" in out
    assert "if len(src_dict) == 3:" in out
    assert "from operator import itemgetter" in out
    assert out.count("d.pop(") == PLAIN.count("d.pop("), "the general path is kept as generated"


@pytest.mark.parametrize(
    "body",
    [
        {"id": "a", "type": "t", "score": 1.5},
        {"id": "a", "type": None, "score": None},
        {"id": "a"},
        {"id": "a", "score": 2.0, "extra": [1]},
        {"id": "a", "type": "t", "extra": 1},
        {"id": "a", "type": "t", "score": 1.5, "extra": {"x": 1}},
    ],
)
def test_the_rewritten_model_parses_every_row_the_same(body: dict[str, Any]) -> None:
    before, after = load(PLAIN), load(fast_path_source(PLAIN))
    assert repr(after.from_dict(body)) == repr(before.from_dict(body))


def test_a_missing_required_field_still_raises_key_error() -> None:
    after = load(fast_path_source(PLAIN))
    with pytest.raises(KeyError, match="id"):
        after.from_dict({"type": "t", "score": 1.0, "other": 2})


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('d.pop("score", UNSET)', 'parse_score(d.pop("score", UNSET))'),
        ("score: float | None | Unset = UNSET", "score: float | None | Unset = _attrs_field(default=UNSET)"),
        ("        row.additional_properties = d\n", "        row.additional_properties = {}\n"),
        ("            type_=type_,\n", ""),
        ("type_: None | str | Unset = UNSET\n    score", "score"),
    ],
    ids=[
        "a converted field",
        "a field with its own settings",
        "extras dropped",
        "a field not passed",
        "a key with no field",
    ],
)
def test_any_other_shape_is_left_as_generated(old: str, new: str) -> None:
    assert old in PLAIN
    changed = PLAIN.replace(old, new)
    assert fast_path_source(changed) == changed


def _models_with_fast_path() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(jobmojito_api.models.__path__):
        module = importlib.import_module(f"jobmojito_api.models.{info.name}")
        if hasattr(module, NAME):
            yield module


FAST = sorted(_models_with_fast_path(), key=lambda m: m.__name__)


def test_the_list_row_models_have_the_fast_path() -> None:
    names = {m.__name__.rsplit(".", 1)[1] for m in FAST}
    assert {"merchant_result_list_response_data_item", "merchant_candidate_list_response_data_item"} <= names


@pytest.mark.parametrize("module", FAST, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_generated_fast_path_matches_the_general_path(module: ModuleType) -> None:
    keys = _keys_of(module)
    model = _model_of(module)
    fields = [f for f in attrs.fields(model) if f.init]
    assert len(fields) == len(keys)
    row = {key: f"value of {key}" for key in keys}
    fast = model.from_dict(OnlyGetItem(row))
    general = model.from_dict({**row, "zz_extra": 1})
    assert general.additional_properties == {"zz_extra": 1}
    assert fast.additional_properties == {}
    for field in fields:
        assert getattr(fast, field.name) == getattr(general, field.name), field.name
    assert sorted(getattr(fast, f.name) for f in fields) == sorted(row.values()), "each key read once"
    last = fields[-1]
    short = {key: value for key, value in row.items() if key != keys[-1]}
    if last.default is attrs.NOTHING:
        with pytest.raises(KeyError):
            model.from_dict(short)
    else:
        assert getattr(model.from_dict(short), last.name) is UNSET


def _model_of(module: ModuleType) -> Any:
    """The one model class a generated module defines."""
    (model,) = [c for c in vars(module).values() if attrs.has(c) and c.__module__ == module.__name__]
    return model


def _keys_of(module: ModuleType) -> tuple[str, ...]:
    """The keys the getter reads, in ``__init__`` order."""
    keys: tuple[str, ...] = getattr(module, KEYS)
    assert getattr(module, NAME).__reduce__()[1] == keys
    return keys


@pytest.mark.parametrize("module", FAST, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_generated_list_reading_matches_row_by_row(module: ModuleType) -> None:
    keys = _keys_of(module)
    model = _model_of(module)
    # one document, as from the server: json.loads shares each key's str among the rows
    rows = json.loads(json.dumps([{key: f"{key} {index}" for key in keys} for index in range(3)]))
    rows.append({**rows[0], "zz_extra": True})
    if attrs.fields(model)[len(keys) - 1].default is not attrs.NOTHING:  # the last field is optional
        rows.append({k: v for k, v in rows[1].items() if k != keys[-1]})
    expected = [model.from_dict(row) for row in rows]
    assert model._from_dicts(rows) == expected
    assert model._from_dicts(tuple(rows)) == expected


@attrs.define
class Pair:
    a: Any
    b: Any = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Pair:
        d = dict(src)
        pair = cls(d.pop("a"), d.pop("b", UNSET))
        pair.additional_properties = d
        return pair


PAGE = json.loads('[{"a": 1, "b": 2}, {"b": 3, "a": 4}, {"a": 5}, {"a": 6, "b": 7, "c": 8}]')


@pytest.mark.parametrize(
    "rows",
    [PAGE, PAGE[::-1], PAGE[2:], [], tuple(PAGE), (row for row in PAGE[:2])],
    ids=["page", "irregular-first", "short-first", "empty", "tuple", "generator"],
)
def test_rows_from_dicts_builds_what_from_dict_builds(rows: Any) -> None:
    rows = list(rows) if not isinstance(rows, (list, tuple)) else rows
    assert rows_from_dicts(Pair, ("a", "b"), rows) == [Pair.from_dict(row) for row in rows]


@pytest.mark.parametrize("bad", [{"b": 1, "c": 2}, "row", 5])
def test_a_row_that_does_not_fit_raises_as_from_dict_does(bad: Any) -> None:
    with pytest.raises((KeyError, TypeError, ValueError)) as batch:
        rows_from_dicts(Pair, ("a", "b"), [*PAGE, bad])
    with pytest.raises(type(batch.value)):
        Pair.from_dict(bad)


LOOP = textwrap.dedent(
    """
    def _parse(data):
        rows = []
        for row_data in data:
            row = Row.from_dict(row_data)

            rows.append(row)
        others = []
        for other_data in data:
            other = Other.from_dict(other_data)
            others.append(other)
        return rows, others
    """
)


def test_only_loops_over_fast_path_models_are_batched() -> None:
    out, read = batch_source(LOOP, frozenset({"Row"}))
    assert "rows.extend(Row._from_dicts(data))" in out
    assert "for row_data in data" not in out
    assert "other = Other.from_dict(other_data)" in out
    assert read == {"Row"}
    assert batch_source(LOOP, frozenset()) == (LOOP, set())


def test_only_models_read_as_list_rows_lose_their_slots() -> None:
    fast = fast_path_source(PLAIN)
    out = unslotted_source(fast, frozenset({"Row"}))
    assert "@_attrs_define(slots=False)\nclass Row:" in out
    assert "_RENAMED_KEYS: tuple[tuple[str, str], ...] = (('type', 'type_'), )" in out
    assert "return adopted_attribute(self, name, _RENAMED_KEYS)" in out
    assert "from .._fast_rows import adopted_attribute, rows_from_dicts" in out
    assert unslotted_source(fast, frozenset({"Other"})) == fast
    assert unslotted_source(out, frozenset({"Row"})) == out, "a model already unslotted is left alone"
    row = load(out)
    assert not hasattr(row, "__slots__")
    assert row.from_dict({"id": "a", "type": "t"}).type_ == "t"
