from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts

T = TypeVar("T", bound="PreScreeningResumeBinarySuccess")


_KEYS_IN_INIT_ORDER = (
    "decision_status",
    "interview_file_id",
    "interview_result_pre_screening_id",
    "pre_screening_score",
    "processing_reason",
    "profile_interview_id",
    "recommendation",
    "resume_ai_analysis",
    "resume_ai_education",
    "resume_ai_is_switching_profession",
    "resume_ai_technical_experience",
    "success",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class PreScreeningResumeBinarySuccess:
    """
    Attributes:
        decision_status (None | str):
        interview_file_id (None | str):
        interview_result_pre_screening_id (None | str):
        pre_screening_score (float | None):
        processing_reason (None | str):
        profile_interview_id (None | str):
        recommendation (None | str):
        resume_ai_analysis (None | str):
        resume_ai_education (None | str):
        resume_ai_is_switching_profession (bool | None):
        resume_ai_technical_experience (float | None):
        success (bool | None):
    """

    decision_status: None | str
    interview_file_id: None | str
    interview_result_pre_screening_id: None | str
    pre_screening_score: float | None
    processing_reason: None | str
    profile_interview_id: None | str
    recommendation: None | str
    resume_ai_analysis: None | str
    resume_ai_education: None | str
    resume_ai_is_switching_profession: bool | None
    resume_ai_technical_experience: float | None
    success: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decision_status: None | str
        decision_status = self.decision_status

        interview_file_id: None | str
        interview_file_id = self.interview_file_id

        interview_result_pre_screening_id: None | str
        interview_result_pre_screening_id = self.interview_result_pre_screening_id

        pre_screening_score: float | None
        pre_screening_score = self.pre_screening_score

        processing_reason: None | str
        processing_reason = self.processing_reason

        profile_interview_id: None | str
        profile_interview_id = self.profile_interview_id

        recommendation: None | str
        recommendation = self.recommendation

        resume_ai_analysis: None | str
        resume_ai_analysis = self.resume_ai_analysis

        resume_ai_education: None | str
        resume_ai_education = self.resume_ai_education

        resume_ai_is_switching_profession: bool | None
        resume_ai_is_switching_profession = self.resume_ai_is_switching_profession

        resume_ai_technical_experience: float | None
        resume_ai_technical_experience = self.resume_ai_technical_experience

        success: bool | None
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision_status": decision_status,
                "interview_file_id": interview_file_id,
                "interview_result_pre_screening_id": interview_result_pre_screening_id,
                "pre_screening_score": pre_screening_score,
                "processing_reason": processing_reason,
                "profile_interview_id": profile_interview_id,
                "recommendation": recommendation,
                "resume_ai_analysis": resume_ai_analysis,
                "resume_ai_education": resume_ai_education,
                "resume_ai_is_switching_profession": resume_ai_is_switching_profession,
                "resume_ai_technical_experience": resume_ai_technical_experience,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 12:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        decision_status: None | str = d.pop("decision_status")

        interview_file_id: None | str = d.pop("interview_file_id")

        interview_result_pre_screening_id: None | str = d.pop("interview_result_pre_screening_id")

        pre_screening_score: float | None = d.pop("pre_screening_score")

        processing_reason: None | str = d.pop("processing_reason")

        profile_interview_id: None | str = d.pop("profile_interview_id")

        recommendation: None | str = d.pop("recommendation")

        resume_ai_analysis: None | str = d.pop("resume_ai_analysis")

        resume_ai_education: None | str = d.pop("resume_ai_education")

        resume_ai_is_switching_profession: bool | None = d.pop("resume_ai_is_switching_profession")

        resume_ai_technical_experience: float | None = d.pop("resume_ai_technical_experience")

        success: bool | None = d.pop("success")

        pre_screening_resume_binary_success = cls(
            decision_status=decision_status,
            interview_file_id=interview_file_id,
            interview_result_pre_screening_id=interview_result_pre_screening_id,
            pre_screening_score=pre_screening_score,
            processing_reason=processing_reason,
            profile_interview_id=profile_interview_id,
            recommendation=recommendation,
            resume_ai_analysis=resume_ai_analysis,
            resume_ai_education=resume_ai_education,
            resume_ai_is_switching_profession=resume_ai_is_switching_profession,
            resume_ai_technical_experience=resume_ai_technical_experience,
            success=success,
        )

        pre_screening_resume_binary_success.additional_properties = d
        return pre_screening_resume_binary_success

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
