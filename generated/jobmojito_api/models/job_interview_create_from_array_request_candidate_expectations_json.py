from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewCreateFromArrayRequestCandidateExpectationsJson")


@_attrs_define
class JobInterviewCreateFromArrayRequestCandidateExpectationsJson:
    """
    Attributes:
        moderate (list[str] | Unset): Requirements expected of a solid, competent candidate.
        strong (list[str] | Unset): High-bar requirements only standout candidates clear.
        weak (list[str] | Unset): Baseline requirements every viable candidate should meet (table stakes).
    """

    moderate: list[str] | Unset = UNSET
    strong: list[str] | Unset = UNSET
    weak: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moderate: list[str] | Unset = UNSET
        if not isinstance(self.moderate, Unset):
            moderate = self.moderate

        strong: list[str] | Unset = UNSET
        if not isinstance(self.strong, Unset):
            strong = self.strong

        weak: list[str] | Unset = UNSET
        if not isinstance(self.weak, Unset):
            weak = self.weak

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moderate is not UNSET:
            field_dict["moderate"] = moderate
        if strong is not UNSET:
            field_dict["strong"] = strong
        if weak is not UNSET:
            field_dict["weak"] = weak

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moderate = cast(list[str], d.pop("moderate", UNSET))

        strong = cast(list[str], d.pop("strong", UNSET))

        weak = cast(list[str], d.pop("weak", UNSET))

        job_interview_create_from_array_request_candidate_expectations_json = cls(
            moderate=moderate,
            strong=strong,
            weak=weak,
        )

        job_interview_create_from_array_request_candidate_expectations_json.additional_properties = d
        return job_interview_create_from_array_request_candidate_expectations_json

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
