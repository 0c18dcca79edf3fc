from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewCreateFromArrayQuestionCandidateExpectationsJson")


@_attrs_define
class JobInterviewCreateFromArrayQuestionCandidateExpectationsJson:
    """
    Attributes:
        moderate (list[str] | None | Unset): Requirements expected of a solid, competent candidate.
        strong (list[str] | None | Unset): High-bar requirements only standout candidates clear.
        weak (list[str] | None | Unset): Baseline requirements every viable candidate should meet (table stakes).
    """

    moderate: list[str] | None | Unset = UNSET
    strong: list[str] | None | Unset = UNSET
    weak: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moderate: list[str] | None | Unset
        if isinstance(self.moderate, Unset):
            moderate = UNSET
        elif isinstance(self.moderate, list):
            moderate = self.moderate

        else:
            moderate = self.moderate

        strong: list[str] | None | Unset
        if isinstance(self.strong, Unset):
            strong = UNSET
        elif isinstance(self.strong, list):
            strong = self.strong

        else:
            strong = self.strong

        weak: list[str] | None | Unset
        if isinstance(self.weak, Unset):
            weak = UNSET
        elif isinstance(self.weak, list):
            weak = self.weak

        else:
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

        def _parse_moderate(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                moderate_type_0 = cast(list[str], data)

                return moderate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("moderate: not list[str] | None | Unset")

        moderate = _parse_moderate(d.pop("moderate", UNSET))

        def _parse_strong(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                strong_type_0 = cast(list[str], data)

                return strong_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("strong: not list[str] | None | Unset")

        strong = _parse_strong(d.pop("strong", UNSET))

        def _parse_weak(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                weak_type_0 = cast(list[str], data)

                return weak_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("weak: not list[str] | None | Unset")

        weak = _parse_weak(d.pop("weak", UNSET))

        job_interview_create_from_array_question_candidate_expectations_json = cls(
            moderate=moderate,
            strong=strong,
            weak=weak,
        )

        job_interview_create_from_array_question_candidate_expectations_json.additional_properties = d
        return job_interview_create_from_array_question_candidate_expectations_json

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
