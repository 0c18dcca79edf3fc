from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteUsersRequestUsersItem")


@_attrs_define
class InviteUsersRequestUsersItem:
    """
    Attributes:
        email (None | str | Unset): Email address of the person to invite. Validated per item; an invalid/missing value
            produces a per-item error result, not a request-level 422. Example: hello@google.com.
        interview_id (None | Unset | UUID): Interview/position id. Mandatory when type is 'candidate'. Example:
            d1c00b60-7e75-4292-9190-7037b95b349a.
        name (None | str | Unset): Display name for the invited profile. Example: mr. Brown.
        type_ (None | str | Unset): Invite type — selects which kind of account is created. Defaults to 'user'. Admin /
            merchant-team roles (manage the recruiting dashboard): `merchant_owner`, `merchant`, `merchant_selection`.
            Coaching-portal users: `user`, `mentor`. Interview candidate: `candidate` (requires `interview_id`). An invalid
            value yields a per-item error result rather than a request-level failure. Example: merchant.
    """

    email: None | str | Unset = UNSET
    interview_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        interview_id: None | str | Unset
        if isinstance(self.interview_id, Unset):
            interview_id = UNSET
        elif isinstance(self.interview_id, UUID):
            interview_id = str(self.interview_id)
        else:
            interview_id = self.interview_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if interview_id is not UNSET:
            field_dict["interview_id"] = interview_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        def _parse_interview_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_id_type_0 = UUID(data)

                return interview_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        interview_id = _parse_interview_id(d.pop("interview_id", UNSET))

        name: None | str | Unset = d.pop("name", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        invite_users_request_users_item = cls(
            email=email,
            interview_id=interview_id,
            name=name,
            type_=type_,
        )

        invite_users_request_users_item.additional_properties = d
        return invite_users_request_users_item

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
