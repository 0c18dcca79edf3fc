from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_questions_diff import JobInterviewQuestionsDiff


T = TypeVar("T", bound="JobInterviewUpdateResponse")


@_attrs_define
class JobInterviewUpdateResponse:
    """Confirmation of what was updated.

    Attributes:
        is_multistage (bool | None): True when the id resolved to a multi-stage position (position_def_set) rather than
            a single interview.
        position_id (None | str): The id that was updated.
        updated_fields (list[str] | None): Names of the stored columns that were written, plus `status` when the
            lifecycle status was changed and `questions` when the question list was diffed. Example: ['name', 'tags'].
        questions_diff (JobInterviewQuestionsDiff | None | Unset):
    """

    is_multistage: bool | None
    position_id: None | str
    updated_fields: list[str] | None
    questions_diff: JobInterviewQuestionsDiff | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_questions_diff import JobInterviewQuestionsDiff  # noqa: PLC0415

        is_multistage: bool | None
        is_multistage = self.is_multistage

        position_id: None | str
        position_id = self.position_id

        updated_fields: list[str] | None
        if isinstance(self.updated_fields, list):
            updated_fields = self.updated_fields

        else:
            updated_fields = self.updated_fields

        questions_diff: dict[str, Any] | None | Unset
        if isinstance(self.questions_diff, Unset):
            questions_diff = UNSET
        elif isinstance(self.questions_diff, JobInterviewQuestionsDiff):
            questions_diff = self.questions_diff.to_dict()
        else:
            questions_diff = self.questions_diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_multistage": is_multistage,
                "position_id": position_id,
                "updated_fields": updated_fields,
            }
        )
        if questions_diff is not UNSET:
            field_dict["questions_diff"] = questions_diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_questions_diff import JobInterviewQuestionsDiff  # noqa: PLC0415

        d = dict(src_dict)
        is_multistage: bool | None = d.pop("is_multistage")

        position_id: None | str = d.pop("position_id")

        def _parse_updated_fields(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                updated_fields_type_0 = cast(list[str], data)

                return updated_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("updated_fields: not list[str] | None")

        updated_fields = _parse_updated_fields(d.pop("updated_fields"))

        def _parse_questions_diff(data: object) -> JobInterviewQuestionsDiff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                questions_diff_type_0 = JobInterviewQuestionsDiff.from_dict(data)

                return questions_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("questions_diff: not JobInterviewQuestionsDiff | None | Unset")

        questions_diff = _parse_questions_diff(d.pop("questions_diff", UNSET))

        job_interview_update_response = cls(
            is_multistage=is_multistage,
            position_id=position_id,
            updated_fields=updated_fields,
            questions_diff=questions_diff,
        )

        job_interview_update_response.additional_properties = d
        return job_interview_update_response

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
