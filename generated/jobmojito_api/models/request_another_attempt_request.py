from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestAnotherAttemptRequest")


@_attrs_define
class RequestAnotherAttemptRequest:
    """
    Attributes:
        interview_result_id (UUID): The interview result to reopen for another attempt. Example:
            93c98d21-e04d-4a84-9afa-ed154cf73636.
    """

    interview_result_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_result_id = str(self.interview_result_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_result_id": interview_result_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interview_result_id = UUID(d.pop("interview_result_id"))

        request_another_attempt_request = cls(
            interview_result_id=interview_result_id,
        )

        request_another_attempt_request.additional_properties = d
        return request_another_attempt_request

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
