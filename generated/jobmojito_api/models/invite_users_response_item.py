from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteUsersResponseItem")


_KEYS_IN_INIT_ORDER = (
    "email",
    "interview_id",
    "name",
    "profile_id",
    "profile_interview_id",
    "result",
    "type",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class InviteUsersResponseItem:
    """
    Attributes:
        email (None | str):
        interview_id (None | str | Unset):
        name (None | str | Unset):
        profile_id (None | str | Unset):
        profile_interview_id (None | str | Unset):
        result (None | str | Unset): Outcome, e.g. 'Invited', 'Activated', 'SubMerchantAdded' (administrative access to
            another merchant), 'CoachingAccessAdded' (learner access to another merchant's portal), 'Skipped', or 'Error:
            <message>'.
        type_ (None | str | Unset):
    """

    email: None | str
    interview_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    profile_id: None | str | Unset = UNSET
    profile_interview_id: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        interview_id: None | str | Unset
        if isinstance(self.interview_id, Unset):
            interview_id = UNSET
        else:
            interview_id = self.interview_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = self.profile_id

        profile_interview_id: None | str | Unset
        if isinstance(self.profile_interview_id, Unset):
            profile_interview_id = UNSET
        else:
            profile_interview_id = self.profile_interview_id

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if interview_id is not UNSET:
            field_dict["interview_id"] = interview_id
        if name is not UNSET:
            field_dict["name"] = name
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if profile_interview_id is not UNSET:
            field_dict["profile_interview_id"] = profile_interview_id
        if result is not UNSET:
            field_dict["result"] = result
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 7:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        email: None | str = d.pop("email")

        interview_id: None | str | Unset = d.pop("interview_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        profile_id: None | str | Unset = d.pop("profile_id", UNSET)

        profile_interview_id: None | str | Unset = d.pop("profile_interview_id", UNSET)

        result: None | str | Unset = d.pop("result", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        invite_users_response_item = cls(
            email=email,
            interview_id=interview_id,
            name=name,
            profile_id=profile_id,
            profile_interview_id=profile_interview_id,
            result=result,
            type_=type_,
        )

        invite_users_response_item.additional_properties = d
        return invite_users_response_item

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
