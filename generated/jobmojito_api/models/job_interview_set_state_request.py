from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_set_state_request_status import (
    JobInterviewSetStateRequestStatus,
    check_job_interview_set_state_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewSetStateRequest")


@_attrs_define
class JobInterviewSetStateRequest:
    """
    Attributes:
        position_id (UUID): Interview definition id or position id whose state should change. Example:
            00000000-0000-0000-0000-000000000000.
        is_embedded (bool | None | Unset): Controls iframe embedding of the interview on an external page. When true,
            ensures an embed key exists (returns embed_id/embed_signing_key, used to authenticate/sign the iframe embed).
            When false, removes the embed keys (disables embedding).
        status (JobInterviewSetStateRequestStatus | None | Unset): New lifecycle status to apply.
    """

    position_id: UUID
    is_embedded: bool | None | Unset = UNSET
    status: JobInterviewSetStateRequestStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_id = str(self.position_id)

        is_embedded: bool | None | Unset
        if isinstance(self.is_embedded, Unset):
            is_embedded = UNSET
        else:
            is_embedded = self.is_embedded

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position_id": position_id,
            }
        )
        if is_embedded is not UNSET:
            field_dict["is_embedded"] = is_embedded
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position_id = UUID(d.pop("position_id"))

        is_embedded: bool | None | Unset = d.pop("is_embedded", UNSET)

        def _parse_status(data: object) -> JobInterviewSetStateRequestStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_job_interview_set_state_request_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewSetStateRequestStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        job_interview_set_state_request = cls(
            position_id=position_id,
            is_embedded=is_embedded,
            status=status,
        )

        job_interview_set_state_request.additional_properties = d
        return job_interview_set_state_request

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
