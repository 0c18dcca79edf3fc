from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_update_request_pdf_export_auto_config_template import (
    JobInterviewUpdateRequestPdfExportAutoConfigTemplate,
    check_job_interview_update_request_pdf_export_auto_config_template,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewUpdateRequestPdfExportAutoConfig")


@_attrs_define
class JobInterviewUpdateRequestPdfExportAutoConfig:
    """
    Attributes:
        ai_recruiter_assessment (bool | Unset): Include the AI recruiter assessment.
        ai_scoring_rubric (bool | Unset): Include the AI scoring rubric.
        analytics (bool | Unset): Include analytics.
        answer_recording (bool | Unset): Include per-answer recordings.
        contact_details (bool | Unset): Include candidate contact details.
        files (bool | Unset): Include uploaded candidate files.
        group_by_question (bool | Unset): Group transcript answers by expected question.
        mojito_language_code (str | Unset): Report language code (platform-languages.json code). Example: en.
        session_recording (bool | Unset): Include the full-session recording.
        template (JobInterviewUpdateRequestPdfExportAutoConfigTemplate | Unset):
        transcript (bool | Unset): Include the interview transcript.
    """

    ai_recruiter_assessment: bool | Unset = UNSET
    ai_scoring_rubric: bool | Unset = UNSET
    analytics: bool | Unset = UNSET
    answer_recording: bool | Unset = UNSET
    contact_details: bool | Unset = UNSET
    files: bool | Unset = UNSET
    group_by_question: bool | Unset = UNSET
    mojito_language_code: str | Unset = UNSET
    session_recording: bool | Unset = UNSET
    template: JobInterviewUpdateRequestPdfExportAutoConfigTemplate | Unset = UNSET
    transcript: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_recruiter_assessment = self.ai_recruiter_assessment

        ai_scoring_rubric = self.ai_scoring_rubric

        analytics = self.analytics

        answer_recording = self.answer_recording

        contact_details = self.contact_details

        files = self.files

        group_by_question = self.group_by_question

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

        mojito_language_code = d.pop("mojito_language_code", UNSET)

        session_recording = d.pop("session_recording", UNSET)

        _template = d.pop("template", UNSET)
        template: JobInterviewUpdateRequestPdfExportAutoConfigTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_job_interview_update_request_pdf_export_auto_config_template(_template)

        transcript = d.pop("transcript", UNSET)

        job_interview_update_request_pdf_export_auto_config = cls(
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

        job_interview_update_request_pdf_export_auto_config.additional_properties = d
        return job_interview_update_request_pdf_export_auto_config

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
