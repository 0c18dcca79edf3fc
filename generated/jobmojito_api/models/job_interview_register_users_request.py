from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_user import RegisterUser


T = TypeVar("T", bound="JobInterviewRegisterUsersRequest")


@_attrs_define
class JobInterviewRegisterUsersRequest:
    """
    Attributes:
        interview_id (UUID): Interview definition (interview_def_set) or position (position_def_set) id to register
            users for. Example: 04e09fa5-3fb8-4236-b37d-fca2bcd1cb66.
        users (list[RegisterUser]): Candidates to register for the interview. Each gets a one-time interview URL.
            Example: [{'email': 'peter.parker@example.com', 'external_id': 'abcd', 'name': 'Peter Parker'}, {'email':
            'mary.jane@example.com', 'name': 'Mary Jane Watson'}].
        hide_iframe (bool | None | str | Unset): When true (or the string "true"), the interview UI hides its iframe
            chrome (view_hi).
        hide_menu (bool | None | str | Unset): When true (or the string "true"), the interview UI hides its menu
            (view_hm).
        is_test (bool | None | str | Unset): When true (or the string "true"), mints a test token that can take a
            draft/unpublished interview and flags the result as a test. For a DRAFT interview it also recompiles the
            definition (interview_recalc_definition) first, so the test session includes the current questions/welcome. This
            makes it a single-call "trigger interview test".
        merchant_id (None | Unset | UUID): Merchant id. Required when authenticating with the service key; for user
            tokens it is optional and only honored for admin / sub-merchant accounts. Example:
            b5201178-46dd-4a20-a1af-7ffd647f834b.
        send_email (bool | None | Unset): Whether to send an invitation email to each registered candidate.
    """

    interview_id: UUID
    users: list[RegisterUser]
    hide_iframe: bool | None | str | Unset = UNSET
    hide_menu: bool | None | str | Unset = UNSET
    is_test: bool | None | str | Unset = UNSET
    merchant_id: None | Unset | UUID = UNSET
    send_email: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_id = str(self.interview_id)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        hide_iframe: bool | None | str | Unset
        if isinstance(self.hide_iframe, Unset):
            hide_iframe = UNSET
        else:
            hide_iframe = self.hide_iframe

        hide_menu: bool | None | str | Unset
        if isinstance(self.hide_menu, Unset):
            hide_menu = UNSET
        else:
            hide_menu = self.hide_menu

        is_test: bool | None | str | Unset
        if isinstance(self.is_test, Unset):
            is_test = UNSET
        else:
            is_test = self.is_test

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        elif isinstance(self.merchant_id, UUID):
            merchant_id = str(self.merchant_id)
        else:
            merchant_id = self.merchant_id

        send_email: bool | None | Unset
        if isinstance(self.send_email, Unset):
            send_email = UNSET
        else:
            send_email = self.send_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_id": interview_id,
                "users": users,
            }
        )
        if hide_iframe is not UNSET:
            field_dict["hide_iframe"] = hide_iframe
        if hide_menu is not UNSET:
            field_dict["hide_menu"] = hide_menu
        if is_test is not UNSET:
            field_dict["is_test"] = is_test
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if send_email is not UNSET:
            field_dict["send_email"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.register_user import RegisterUser  # noqa: PLC0415

        d = dict(src_dict)
        interview_id = UUID(d.pop("interview_id"))

        users = []
        _users = d.pop("users")
        users.extend(RegisterUser._from_dicts(_users))

        hide_iframe: bool | None | str | Unset = d.pop("hide_iframe", UNSET)

        hide_menu: bool | None | str | Unset = d.pop("hide_menu", UNSET)

        is_test: bool | None | str | Unset = d.pop("is_test", UNSET)

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

        send_email: bool | None | Unset = d.pop("send_email", UNSET)

        job_interview_register_users_request = cls(
            interview_id=interview_id,
            users=users,
            hide_iframe=hide_iframe,
            hide_menu=hide_menu,
            is_test=is_test,
            merchant_id=merchant_id,
            send_email=send_email,
        )

        job_interview_register_users_request.additional_properties = d
        return job_interview_register_users_request

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
