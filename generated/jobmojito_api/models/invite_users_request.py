from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_users_request_mojito_language_code import (
    InviteUsersRequestMojitoLanguageCode,
    check_invite_users_request_mojito_language_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_users_request_users_item import InviteUsersRequestUsersItem


T = TypeVar("T", bound="InviteUsersRequest")


@_attrs_define
class InviteUsersRequest:
    """
    Attributes:
        users (list[InviteUsersRequestUsersItem]): List of users to invite.
        force_invite (bool | None | Unset): When true, re-sends the invite email for still-pending (invited) profiles
            that did not otherwise produce a result. Example: False.
        merchant_id (None | Unset | UUID): Target merchant id. Required with a service-role key; for admins / sub-
            merchant users it overrides the token's merchant. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        message_from_recruiter (None | str | Unset): Optional custom message included in the invitation email.
        mojito_language_code (InviteUsersRequestMojitoLanguageCode | None | Unset): Language code applied to created
            profiles (one of the platform-languages.json codes). Defaults to 'en' when omitted. Example: en.
    """

    users: list[InviteUsersRequestUsersItem]
    force_invite: bool | None | Unset = UNSET
    merchant_id: None | Unset | UUID = UNSET
    message_from_recruiter: None | str | Unset = UNSET
    mojito_language_code: InviteUsersRequestMojitoLanguageCode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        force_invite: bool | None | Unset
        if isinstance(self.force_invite, Unset):
            force_invite = UNSET
        else:
            force_invite = self.force_invite

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        elif isinstance(self.merchant_id, UUID):
            merchant_id = str(self.merchant_id)
        else:
            merchant_id = self.merchant_id

        message_from_recruiter: None | str | Unset
        if isinstance(self.message_from_recruiter, Unset):
            message_from_recruiter = UNSET
        else:
            message_from_recruiter = self.message_from_recruiter

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        elif isinstance(self.mojito_language_code, str):
            mojito_language_code = self.mojito_language_code
        else:
            mojito_language_code = self.mojito_language_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )
        if force_invite is not UNSET:
            field_dict["force_invite"] = force_invite
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if message_from_recruiter is not UNSET:
            field_dict["message_from_recruiter"] = message_from_recruiter
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invite_users_request_users_item import InviteUsersRequestUsersItem  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = InviteUsersRequestUsersItem.from_dict(users_item_data)

            users.append(users_item)

        force_invite: bool | None | Unset = d.pop("force_invite", UNSET)

        def _parse_merchant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merchant_id_type_0 = UUID(data)

                return merchant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        merchant_id = _parse_merchant_id(d.pop("merchant_id", UNSET))

        message_from_recruiter: None | str | Unset = d.pop("message_from_recruiter", UNSET)

        def _parse_mojito_language_code(data: object) -> InviteUsersRequestMojitoLanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mojito_language_code_type_0 = check_invite_users_request_mojito_language_code(data)

                return mojito_language_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InviteUsersRequestMojitoLanguageCode | None | Unset, data)

        mojito_language_code = _parse_mojito_language_code(d.pop("mojito_language_code", UNSET))

        invite_users_request = cls(
            users=users,
            force_invite=force_invite,
            merchant_id=merchant_id,
            message_from_recruiter=message_from_recruiter,
            mojito_language_code=mojito_language_code,
        )

        invite_users_request.additional_properties = d
        return invite_users_request

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
