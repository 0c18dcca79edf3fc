from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts

T = TypeVar("T", bound="LanguageAccent")


_KEYS_IN_INIT_ORDER = (
    "code",
    "name",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class LanguageAccent:
    """
    Attributes:
        code (None | str): Azure speech locale code for the accent/regional variant. Example: en-US.
        name (None | str): Human-readable accent name. Example: English (United States).
    """

    code: None | str
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 2:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        code: None | str = d.pop("code")

        name: None | str = d.pop("name")

        language_accent = cls(
            code=code,
            name=name,
        )

        language_accent.additional_properties = d
        return language_accent

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

    if not TYPE_CHECKING:  # a type checker would take any attribute name as valid

        def __getattr__(self, name: str) -> Any:
            """Only for what an adopted row lacks (_fast_rows.py): its extras, a renamed key."""
            return adopted_attribute(self, name, _RENAMED_KEYS)
