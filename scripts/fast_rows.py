"""Build a list of model rows at once (copied into the package as ``_fast_rows.py``).

scripts/fast_from_dict.py gives a plain model a fast path for one row with
exactly its documented keys. A list of such rows is read here instead of one
``from_dict`` call per row: ``json.loads`` shares one ``str`` object per key
among all the objects of a document, so an ``itemgetter`` made of the first
row's own key objects finds every key of every row by identity, before any
string comparison. A row that does not fit (a key missing or extra, not a
dict) goes through ``from_dict`` as before, and raises as before.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


class Row(Protocol[T_co]):
    def __call__(self, *values: Any) -> T_co: ...

    def from_dict(self, src_dict: Any) -> T_co: ...


def rows_from_dicts(model: Row[T_co], keys: tuple[str, ...], rows: Any) -> list[T_co]:
    """``[model.from_dict(row) for row in rows]``; ``keys`` are the fields in ``__init__`` order."""
    if not isinstance(rows, list):
        return [model.from_dict(row) for row in rows]
    getter, size = itemgetter(*keys), len(keys)
    first = rows[0] if rows else None
    if type(first) is dict and len(first) == size:
        own = {key: key for key in first}
        if all(key in own for key in keys):
            getter = itemgetter(*[own[key] for key in keys])
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
