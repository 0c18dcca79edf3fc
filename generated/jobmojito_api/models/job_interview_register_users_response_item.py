from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewRegisterUsersResponseItem")


_KEYS_IN_INIT_ORDER = (
    "email",
    "external_id",
    "interview_url",
    "name",
    "result",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class JobInterviewRegisterUsersResponseItem:
    """
    Attributes:
        email (None | str | Unset):
        external_id (None | str | Unset):
        interview_url (None | str | Unset): One-time interview URL containing the minted interview_token. Present only
            on success.
        name (None | str | Unset):
        result (None | str | Unset): "ok" on success, otherwise an "Error: ..." message for that user. Example: ok.
    """

    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    interview_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
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

        interview_url: None | str | Unset
        if isinstance(self.interview_url, Unset):
            interview_url = UNSET
        else:
            interview_url = self.interview_url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if interview_url is not UNSET:
            field_dict["interview_url"] = interview_url
        if name is not UNSET:
            field_dict["name"] = name
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 5:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        interview_url: None | str | Unset = d.pop("interview_url", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        result: None | str | Unset = d.pop("result", UNSET)

        job_interview_register_users_response_item = cls(
            email=email,
            external_id=external_id,
            interview_url=interview_url,
            name=name,
            result=result,
        )

        job_interview_register_users_response_item.additional_properties = d
        return job_interview_register_users_response_item

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
