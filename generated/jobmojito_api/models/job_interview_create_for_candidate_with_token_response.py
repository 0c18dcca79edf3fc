from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_create_for_candidate_with_token_response_status import (
    JobInterviewCreateForCandidateWithTokenResponseStatus,
    check_job_interview_create_for_candidate_with_token_response_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewCreateForCandidateWithTokenResponse")


@_attrs_define
class JobInterviewCreateForCandidateWithTokenResponse:
    """Result of creating (or resolving) the position and enrolling the candidate. Fields present depend on the decision
    branch.

        Attributes:
            interview_url (None | str): URL the candidate should open to continue.
            status (JobInterviewCreateForCandidateWithTokenResponseStatus | None): Decision / lifecycle status for the
                candidate against this position.
            embed_id (None | str | Unset): Embed id, present only when is_embedded=true.
            embed_signing_key (None | str | Unset): Embed signing key, present only when is_embedded=true.
            interview_def_set_id (None | str | Unset): Created/resolved interview definition set id.
            position_def_set_id (None | str | Unset): Created/resolved position id.
            profile_interview_id (None | str | Unset): Candidate profile_interview id.
            reason (None | str | Unset): Human-readable reason, present on reject / already-applied branches.
    """

    interview_url: None | str
    status: JobInterviewCreateForCandidateWithTokenResponseStatus | None
    embed_id: None | str | Unset = UNSET
    embed_signing_key: None | str | Unset = UNSET
    interview_def_set_id: None | str | Unset = UNSET
    position_def_set_id: None | str | Unset = UNSET
    profile_interview_id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_url: None | str
        interview_url = self.interview_url

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        embed_id: None | str | Unset
        if isinstance(self.embed_id, Unset):
            embed_id = UNSET
        else:
            embed_id = self.embed_id

        embed_signing_key: None | str | Unset
        if isinstance(self.embed_signing_key, Unset):
            embed_signing_key = UNSET
        else:
            embed_signing_key = self.embed_signing_key

        interview_def_set_id: None | str | Unset
        if isinstance(self.interview_def_set_id, Unset):
            interview_def_set_id = UNSET
        else:
            interview_def_set_id = self.interview_def_set_id

        position_def_set_id: None | str | Unset
        if isinstance(self.position_def_set_id, Unset):
            position_def_set_id = UNSET
        else:
            position_def_set_id = self.position_def_set_id

        profile_interview_id: None | str | Unset
        if isinstance(self.profile_interview_id, Unset):
            profile_interview_id = UNSET
        else:
            profile_interview_id = self.profile_interview_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_url": interview_url,
                "status": status,
            }
        )
        if embed_id is not UNSET:
            field_dict["embed_id"] = embed_id
        if embed_signing_key is not UNSET:
            field_dict["embed_signing_key"] = embed_signing_key
        if interview_def_set_id is not UNSET:
            field_dict["interview_def_set_id"] = interview_def_set_id
        if position_def_set_id is not UNSET:
            field_dict["position_def_set_id"] = position_def_set_id
        if profile_interview_id is not UNSET:
            field_dict["profile_interview_id"] = profile_interview_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interview_url: None | str = d.pop("interview_url")

        def _parse_status(data: object) -> JobInterviewCreateForCandidateWithTokenResponseStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_job_interview_create_for_candidate_with_token_response_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateForCandidateWithTokenResponseStatus | None, data)

        status = _parse_status(d.pop("status"))

        embed_id: None | str | Unset = d.pop("embed_id", UNSET)

        embed_signing_key: None | str | Unset = d.pop("embed_signing_key", UNSET)

        interview_def_set_id: None | str | Unset = d.pop("interview_def_set_id", UNSET)

        position_def_set_id: None | str | Unset = d.pop("position_def_set_id", UNSET)

        profile_interview_id: None | str | Unset = d.pop("profile_interview_id", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        job_interview_create_for_candidate_with_token_response = cls(
            interview_url=interview_url,
            status=status,
            embed_id=embed_id,
            embed_signing_key=embed_signing_key,
            interview_def_set_id=interview_def_set_id,
            position_def_set_id=position_def_set_id,
            profile_interview_id=profile_interview_id,
            reason=reason,
        )

        job_interview_create_for_candidate_with_token_response.additional_properties = d
        return job_interview_create_for_candidate_with_token_response

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
