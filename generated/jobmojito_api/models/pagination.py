from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts

T = TypeVar("T", bound="Pagination")


_KEYS_IN_INIT_ORDER = (
    "has_more",
    "limit",
    "offset",
    "total",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class Pagination:
    """
    Attributes:
        has_more (bool | None): True when more records exist beyond this page (offset + returned < total). Example:
            True.
        limit (int | None): Page size used for this response. Example: 50.
        offset (int | None): Offset used for this response. Example: 0.
        total (int | None): Total matching records across all pages. Example: 137.
    """

    has_more: bool | None
    limit: int | None
    offset: int | None
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more: bool | None
        has_more = self.has_more

        limit: int | None
        limit = self.limit

        offset: int | None
        offset = self.offset

        total: int | None
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "limit": limit,
                "offset": offset,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 4:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        has_more: bool | None = d.pop("has_more")

        limit: int | None = d.pop("limit")

        offset: int | None = d.pop("offset")

        total: int | None = d.pop("total")

        pagination = cls(
            has_more=has_more,
            limit=limit,
            offset=offset,
            total=total,
        )

        pagination.additional_properties = d
        return pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
