from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_token_request_type import (
    JobInterviewTokenRequestType,
    check_job_interview_token_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewTokenRequest")


@_attrs_define
class JobInterviewTokenRequest:
    """
    Attributes:
        type_ (JobInterviewTokenRequestType):
        hide_menu (bool | str | Unset): Pass the string 'false' to show the navigation menu; any other value hides it
            (default).
        interview_id (str | Unset): Interview or position id. Required for interview-for-profile and interview-results-
            for-position.
        interview_profile_id (str | Unset): Candidate profile id. Required for interview-for-profile and results-for-
            profile.
        interview_result_id (str | Unset): Interview result id. Required for interview-result-candidate and interview-
            result-talent-seeker.
        merchant_id (str | Unset): Override merchant id (admin / sub-merchant only).
    """

    type_: JobInterviewTokenRequestType
    hide_menu: bool | str | Unset = UNSET
    interview_id: str | Unset = UNSET
    interview_profile_id: str | Unset = UNSET
    interview_result_id: str | Unset = UNSET
    merchant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        hide_menu: bool | str | Unset
        if isinstance(self.hide_menu, Unset):
            hide_menu = UNSET
        else:
            hide_menu = self.hide_menu

        interview_id = self.interview_id

        interview_profile_id = self.interview_profile_id

        interview_result_id = self.interview_result_id

        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if hide_menu is not UNSET:
            field_dict["hide_menu"] = hide_menu
        if interview_id is not UNSET:
            field_dict["interview_id"] = interview_id
        if interview_profile_id is not UNSET:
            field_dict["interview_profile_id"] = interview_profile_id
        if interview_result_id is not UNSET:
            field_dict["interview_result_id"] = interview_result_id
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_job_interview_token_request_type(d.pop("type"))

        hide_menu: bool | str | Unset = d.pop("hide_menu", UNSET)

        interview_id = d.pop("interview_id", UNSET)

        interview_profile_id = d.pop("interview_profile_id", UNSET)

        interview_result_id = d.pop("interview_result_id", UNSET)

        merchant_id = d.pop("merchant_id", UNSET)

        job_interview_token_request = cls(
            type_=type_,
            hide_menu=hide_menu,
            interview_id=interview_id,
            interview_profile_id=interview_profile_id,
            interview_result_id=interview_result_id,
            merchant_id=merchant_id,
        )

        job_interview_token_request.additional_properties = d
        return job_interview_token_request

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
