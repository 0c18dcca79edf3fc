from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterUser")


_KEYS_IN_INIT_ORDER = (
    "email",
    "external_id",
    "name",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class RegisterUser:
    """
    Attributes:
        email (None | str | Unset): Email used to identify and invite the candidate. Validated per item, not request-
            level. Example: peter.parker@example.com.
        external_id (None | str | Unset): Optional caller-supplied id, stored on the candidate profile. Example: abcd.
        name (None | str | Unset): Display name of the candidate. Example: Peter Parker.
    """

    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 3:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        register_user = cls(
            email=email,
            external_id=external_id,
            name=name,
        )

        register_user.additional_properties = d
        return register_user

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
