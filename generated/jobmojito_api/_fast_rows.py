"""Build a list of model rows at once (copied into the package as ``_fast_rows.py``).

scripts/fast_from_dict.py gives a plain model a fast path for one row with
exactly its documented keys. A list of such rows is read here instead of one
``from_dict`` call per row: ``json.loads`` shares one ``str`` object per key
among all the objects of a document, so an ``itemgetter`` made of the first
row's own key objects finds every key of every row by identity, before any
string comparison. A row that does not fit (a key missing or extra, not a
dict) goes through ``from_dict`` as before, and raises as before.

Rows the SDK decoded itself are adopted instead of copied. Copying a row's
values into a slotted object touches every value (most of what a typed list
page costs beyond ``json.loads``, BENCHMARKS.md). A list-row model is made
without slots (fast_from_dict.py), so a row whose keys are exactly the first
row's, in the same order, becomes an object's ``__dict__`` as it is: nothing
in it is changed while parsing, so a union member tried next on the same
data (if this one fails later) sees it as decoded. What the dict lacks is
answered by the model's ``__getattr__`` (``adopted_attribute``): the empty
``additional_properties``, made on first use, and an attribute whose key has
another name (``type_`` for ``type``). While ``ADOPTING`` is set (the facade
sets it around parsing a response body it just decoded: nobody else holds
those dicts) that is the row itself; otherwise (a caller's own dicts,
``from_dict`` called directly) a copy, so a caller's dict is never aliased.
"""

from __future__ import annotations

from contextvars import ContextVar
from operator import itemgetter
from typing import Any, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)

ADOPTING: ContextVar[bool] = ContextVar("jobmojito_api.adopting_decoded_rows", default=False)


class Row(Protocol[T_co]):
    def __call__(self, *values: Any) -> T_co: ...

    def from_dict(self, src_dict: Any) -> T_co: ...


def rows_from_dicts(model: Row[T_co], keys: tuple[str, ...], rows: Any) -> list[T_co]:
    """``[model.from_dict(row) for row in rows]``; ``keys`` are the fields' keys in ``__init__`` order."""
    if not isinstance(rows, list) or not rows:
        return [model.from_dict(row) for row in rows]
    first = rows[0]
    if type(first) is not dict or first.keys() != set(keys):
        return _copied(model, itemgetter(*keys), len(keys), rows)
    if not hasattr(model, "__slots__"):
        return _as_dicts(model, list(first), rows, adopt=ADOPTING.get())
    own = {key: key for key in first}
    return _copied(model, itemgetter(*[own[key] for key in keys]), len(keys), rows)


def _copied(model: Row[T_co], getter: itemgetter[Any], size: int, rows: list[Any]) -> list[T_co]:
    """Each row's values read with ``getter`` and passed to ``model`` in ``__init__`` order."""
    out = []
    for row in rows:
        if type(row) is dict and len(row) == size:
            try:
                out.append(model(*getter(row)))
                continue
            except KeyError:
                pass
        out.append(model.from_dict(row))
    return out


def _as_dicts(model: Any, order: list[str], rows: list[Any], *, adopt: bool) -> list[Any]:
    """Each row with exactly the keys ``order`` lists (all the fields), in that order, as an object's
    ``__dict__``: the row itself if ``adopt``, else a copy of it."""
    new = object.__new__
    out = []
    for row in rows:
        if type(row) is dict and list(row) == order:
            obj = new(model)
            obj.__dict__ = row if adopt else dict(row)
            out.append(obj)
        else:
            out.append(model.from_dict(row))
    return out


def adopted_attribute(obj: Any, name: str, renamed: tuple[tuple[str, str], ...]) -> Any:
    """``__getattr__`` of a list-row model, reached only for an attribute its ``__dict__`` lacks."""
    state = obj.__dict__
    if name == "additional_properties":
        return state.setdefault(name, {})
    for key, attribute in renamed:
        if attribute == name and key in state:
            return state[key]
    raise AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}")
