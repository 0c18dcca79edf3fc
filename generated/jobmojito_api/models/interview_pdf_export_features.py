from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_pdf_export_features_mojito_language_code import (
    InterviewPdfExportFeaturesMojitoLanguageCode,
    check_interview_pdf_export_features_mojito_language_code,
)
from ..models.report_template import ReportTemplate, check_report_template
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterviewPdfExportFeatures")


@_attrs_define
class InterviewPdfExportFeatures:
    """
    Attributes:
        ai_recruiter_assessment (bool | Unset): Include the AI recruiter assessment: resume analysis, overall AI
            analysis, and the why-hire / why-not-hire summaries. Default: True.
        ai_scoring_rubric (bool | Unset): Include the AI scoring rubric — the candidate-expectation buckets (strong /
            moderate / weak). Only takes effect when ai_recruiter_assessment is also true. Default: False.
        analytics (bool | Unset): Include speech analytics for each answer (speech accuracy, fluency, recognition
            confidence, sentiment, cadence / words-per-minute). Default: True.
        answer_recording (bool | Unset): Include a signed recording URL (audio/video) for each individual answer.
            Default: False.
        contact_details (bool | Unset): Include the candidate's contact details (email, LinkedIn, phone number, physical
            address). Default: True.
        files (bool | Unset): Include the candidate's uploaded files (resume and cover letter) as signed page URLs.
            Default: True.
        group_by_question (bool | Unset): Group answers under their expected questions (instead of chronological order),
            including questions that were not reached. Default: False.
        mojito_language_code (InterviewPdfExportFeaturesMojitoLanguageCode | Unset):
        session_recording (bool | Unset): Include the full interview session recording and the video introduction as
            signed URLs. Default: False.
        template (ReportTemplate | Unset): Report layout for this export. Same values as the top-level `template`; the
            top-level field wins when both are given. Kept here so a saved auto-export configuration carries its template.
            Example: modern.
        transcript (bool | Unset): Include the full interview transcript: each question, the candidate answer, and the
            per-answer AI analysis. Default: True.
    """

    ai_recruiter_assessment: bool | Unset = True
    ai_scoring_rubric: bool | Unset = False
    analytics: bool | Unset = True
    answer_recording: bool | Unset = False
    contact_details: bool | Unset = True
    files: bool | Unset = True
    group_by_question: bool | Unset = False
    mojito_language_code: InterviewPdfExportFeaturesMojitoLanguageCode | Unset = UNSET
    session_recording: bool | Unset = False
    template: ReportTemplate | Unset = UNSET
    transcript: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_recruiter_assessment = self.ai_recruiter_assessment

        ai_scoring_rubric = self.ai_scoring_rubric

        analytics = self.analytics

        answer_recording = self.answer_recording

        contact_details = self.contact_details

        files = self.files

        group_by_question = self.group_by_question

        mojito_language_code: str | Unset = UNSET
        if not isinstance(self.mojito_language_code, Unset):
            mojito_language_code = self.mojito_language_code

        session_recording = self.session_recording

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_recruiter_assessment is not UNSET:
            field_dict["ai_recruiter_assessment"] = ai_recruiter_assessment
        if ai_scoring_rubric is not UNSET:
            field_dict["ai_scoring_rubric"] = ai_scoring_rubric
        if analytics is not UNSET:
            field_dict["analytics"] = analytics
        if answer_recording is not UNSET:
            field_dict["answer_recording"] = answer_recording
        if contact_details is not UNSET:
            field_dict["contact_details"] = contact_details
        if files is not UNSET:
            field_dict["files"] = files
        if group_by_question is not UNSET:
            field_dict["group_by_question"] = group_by_question
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if session_recording is not UNSET:
            field_dict["session_recording"] = session_recording
        if template is not UNSET:
            field_dict["template"] = template
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_recruiter_assessment = d.pop("ai_recruiter_assessment", UNSET)

        ai_scoring_rubric = d.pop("ai_scoring_rubric", UNSET)

        analytics = d.pop("analytics", UNSET)

        answer_recording = d.pop("answer_recording", UNSET)

        contact_details = d.pop("contact_details", UNSET)

        files = d.pop("files", UNSET)

        group_by_question = d.pop("group_by_question", UNSET)

        _mojito_language_code = d.pop("mojito_language_code", UNSET)
        mojito_language_code: InterviewPdfExportFeaturesMojitoLanguageCode | Unset
        if isinstance(_mojito_language_code, Unset):
            mojito_language_code = UNSET
        else:
            mojito_language_code = check_interview_pdf_export_features_mojito_language_code(_mojito_language_code)

        session_recording = d.pop("session_recording", UNSET)

        _template = d.pop("template", UNSET)
        template: ReportTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_report_template(_template)

        transcript = d.pop("transcript", UNSET)

        interview_pdf_export_features = cls(
            ai_recruiter_assessment=ai_recruiter_assessment,
            ai_scoring_rubric=ai_scoring_rubric,
            analytics=analytics,
            answer_recording=answer_recording,
            contact_details=contact_details,
            files=files,
            group_by_question=group_by_question,
            mojito_language_code=mojito_language_code,
            session_recording=session_recording,
            template=template,
            transcript=transcript,
        )

        interview_pdf_export_features.additional_properties = d
        return interview_pdf_export_features

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
