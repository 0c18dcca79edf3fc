from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_screening_resume_text_response_recommendation import (
    PreScreeningResumeTextResponseRecommendation,
    check_pre_screening_resume_text_response_recommendation,
)

T = TypeVar("T", bound="PreScreeningResumeTextResponse")


@_attrs_define
class PreScreeningResumeTextResponse:
    """Result of the pre-screening analysis. When the candidate is not in the pre-screening candidate_action state, a `{
    decision_status, message }` object is returned instead.

        Attributes:
            decision_status (None | str): Applied decision status for the pre-screening step. Example: recruiter_action.
            interview_file_id (None | str): Stored resume interview_file id.
            interview_result_pre_screening_id (None | str): Inserted interview_result_pre_screening id.
            pre_screening_score (float | None): AI match score.
            processing_reason (None | str): Reason the candidate failed screening, when applicable.
            profile_interview_id (None | str): Candidate profile_interview id.
            recommendation (None | PreScreeningResumeTextResponseRecommendation): AI recommendation derived from the pre-
                screening status. Example: recruiter_action.
            resume_ai_analysis (None | str): AI resume analysis feedback.
            resume_ai_education (None | str): AI-detected education level of the candidate.
            resume_ai_is_switching_profession (bool | None): Whether the candidate is switching profession.
            resume_ai_technical_experience (float | None): AI-estimated years of relevant experience.
            success (bool | None):  Example: True.
    """

    decision_status: None | str
    interview_file_id: None | str
    interview_result_pre_screening_id: None | str
    pre_screening_score: float | None
    processing_reason: None | str
    profile_interview_id: None | str
    recommendation: None | PreScreeningResumeTextResponseRecommendation
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
        if isinstance(self.recommendation, str):
            recommendation = self.recommendation
        else:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_status: None | str = d.pop("decision_status")

        interview_file_id: None | str = d.pop("interview_file_id")

        interview_result_pre_screening_id: None | str = d.pop("interview_result_pre_screening_id")

        pre_screening_score: float | None = d.pop("pre_screening_score")

        processing_reason: None | str = d.pop("processing_reason")

        profile_interview_id: None | str = d.pop("profile_interview_id")

        def _parse_recommendation(data: object) -> None | PreScreeningResumeTextResponseRecommendation:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recommendation_type_0 = check_pre_screening_resume_text_response_recommendation(data)

                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreScreeningResumeTextResponseRecommendation, data)

        recommendation = _parse_recommendation(d.pop("recommendation"))

        resume_ai_analysis: None | str = d.pop("resume_ai_analysis")

        resume_ai_education: None | str = d.pop("resume_ai_education")

        resume_ai_is_switching_profession: bool | None = d.pop("resume_ai_is_switching_profession")

        resume_ai_technical_experience: float | None = d.pop("resume_ai_technical_experience")

        success: bool | None = d.pop("success")

        pre_screening_resume_text_response = cls(
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

        pre_screening_resume_text_response.additional_properties = d
        return pre_screening_resume_text_response

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
