from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_pdf_request_export_type import (
    JobInterviewPdfRequestExportType,
    check_job_interview_pdf_request_export_type,
)
from ..models.report_template import ReportTemplate, check_report_template
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interview_pdf_export_features import InterviewPdfExportFeatures


T = TypeVar("T", bound="JobInterviewPdfRequest")


@_attrs_define
class JobInterviewPdfRequest:
    """
    Attributes:
        export_type (JobInterviewPdfRequestExportType):
        export_features_result (InterviewPdfExportFeatures | Unset):
        interview_result_id (UUID | Unset):  Example: 93c98d21-e04d-4a84-9afa-ed154cf73636.
        interview_result_ids (list[UUID] | Unset): Generate a single combined report for multiple results.
        store_file (bool | Unset): When true (pdf only), persist the file to storage and return a signed URL.
        template (ReportTemplate | Unset): Report layout for this export. Same values as the top-level `template`; the
            top-level field wins when both are given. Kept here so a saved auto-export configuration carries its template.
            Example: modern.
    """

    export_type: JobInterviewPdfRequestExportType
    export_features_result: InterviewPdfExportFeatures | Unset = UNSET
    interview_result_id: UUID | Unset = UNSET
    interview_result_ids: list[UUID] | Unset = UNSET
    store_file: bool | Unset = UNSET
    template: ReportTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: str = self.export_type

        export_features_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_features_result, Unset):
            export_features_result = self.export_features_result.to_dict()

        interview_result_id: str | Unset = UNSET
        if not isinstance(self.interview_result_id, Unset):
            interview_result_id = str(self.interview_result_id)

        interview_result_ids: list[str] | Unset = UNSET
        if not isinstance(self.interview_result_ids, Unset):
            interview_result_ids = []
            for interview_result_ids_item_data in self.interview_result_ids:
                interview_result_ids_item = str(interview_result_ids_item_data)
                interview_result_ids.append(interview_result_ids_item)

        store_file = self.store_file

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_type": export_type,
            }
        )
        if export_features_result is not UNSET:
            field_dict["export_features_result"] = export_features_result
        if interview_result_id is not UNSET:
            field_dict["interview_result_id"] = interview_result_id
        if interview_result_ids is not UNSET:
            field_dict["interview_result_ids"] = interview_result_ids
        if store_file is not UNSET:
            field_dict["store_file"] = store_file
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interview_pdf_export_features import InterviewPdfExportFeatures  # noqa: PLC0415

        d = dict(src_dict)
        export_type = check_job_interview_pdf_request_export_type(d.pop("export_type"))

        _export_features_result = d.pop("export_features_result", UNSET)
        export_features_result: InterviewPdfExportFeatures | Unset
        if isinstance(_export_features_result, Unset):
            export_features_result = UNSET
        else:
            export_features_result = InterviewPdfExportFeatures.from_dict(_export_features_result)

        _interview_result_id = d.pop("interview_result_id", UNSET)
        interview_result_id: UUID | Unset
        if isinstance(_interview_result_id, Unset):
            interview_result_id = UNSET
        else:
            interview_result_id = UUID(_interview_result_id)

        _interview_result_ids = d.pop("interview_result_ids", UNSET)
        interview_result_ids: list[UUID] | Unset = UNSET
        if _interview_result_ids is not UNSET:
            interview_result_ids = []
            for interview_result_ids_item_data in _interview_result_ids:
                interview_result_ids_item = UUID(interview_result_ids_item_data)

                interview_result_ids.append(interview_result_ids_item)

        store_file = d.pop("store_file", UNSET)

        _template = d.pop("template", UNSET)
        template: ReportTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_report_template(_template)

        job_interview_pdf_request = cls(
            export_type=export_type,
            export_features_result=export_features_result,
            interview_result_id=interview_result_id,
            interview_result_ids=interview_result_ids,
            store_file=store_file,
            template=template,
        )

        job_interview_pdf_request.additional_properties = d
        return job_interview_pdf_request

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
