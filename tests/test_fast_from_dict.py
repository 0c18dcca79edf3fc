"""scripts/fast_from_dict.py: the fast path builds exactly what the generated body builds.

Two layers: a small model source shows which shapes get the fast path and
which are left alone; then every generated model that has it is checked
against its own general path, with a distinct value per field, so a field
read into the wrong ``__init__`` slot cannot pass.
"""

from __future__ import annotations

import importlib
import pkgutil
import textwrap
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs
import jobmojito_api.models
import pytest
from fast_from_dict import NAME, fast_path_source
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
    assert f"{NAME} = itemgetter('id', 'type', 'score')" in out
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
    (model,) = [c for c in vars(module).values() if attrs.has(c) and c.__module__ == module.__name__]
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


def _keys_of(module: ModuleType) -> tuple[str, ...]:
    """The keys the getter reads, in ``__init__`` order."""
    keys: tuple[str, ...] = getattr(module, NAME).__reduce__()[1]
    return keys
