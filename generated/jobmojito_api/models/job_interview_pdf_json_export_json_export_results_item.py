from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_interview_pdf_json_export_json_export_results_item_data import (
        JobInterviewPdfJsonExportJsonExportResultsItemData,
    )
    from ..models.job_interview_pdf_json_export_json_export_results_item_files_item import (
        JobInterviewPdfJsonExportJsonExportResultsItemFilesItem,
    )


T = TypeVar("T", bound="JobInterviewPdfJsonExportJsonExportResultsItem")


@_attrs_define
class JobInterviewPdfJsonExportJsonExportResultsItem:
    """
    Attributes:
        data (JobInterviewPdfJsonExportJsonExportResultsItemData | None):
        files (list[JobInterviewPdfJsonExportJsonExportResultsItemFilesItem] | None):
    """

    data: JobInterviewPdfJsonExportJsonExportResultsItemData | None
    files: list[JobInterviewPdfJsonExportJsonExportResultsItemFilesItem] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_pdf_json_export_json_export_results_item_data import (
            JobInterviewPdfJsonExportJsonExportResultsItemData,  # noqa: PLC0415
        )

        data: dict[str, Any] | None
        if isinstance(self.data, JobInterviewPdfJsonExportJsonExportResultsItemData):
            data = self.data.to_dict()
        else:
            data = self.data

        files: list[dict[str, Any]] | None
        if isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_pdf_json_export_json_export_results_item_data import (
            JobInterviewPdfJsonExportJsonExportResultsItemData,  # noqa: PLC0415
        )
        from ..models.job_interview_pdf_json_export_json_export_results_item_files_item import (
            JobInterviewPdfJsonExportJsonExportResultsItemFilesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_data(data: object) -> JobInterviewPdfJsonExportJsonExportResultsItemData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = JobInterviewPdfJsonExportJsonExportResultsItemData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("data: not JobInterviewPdfJsonExportJsonExportResultsItemData | None")

        data = _parse_data(d.pop("data"))

        def _parse_files(data: object) -> list[JobInterviewPdfJsonExportJsonExportResultsItemFilesItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                files_type_0.extend(JobInterviewPdfJsonExportJsonExportResultsItemFilesItem._from_dicts(_files_type_0))

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("files: not list[JobInterviewPdfJsonExportJsonExportResultsItemFilesItem] | None")

        files = _parse_files(d.pop("files"))

        job_interview_pdf_json_export_json_export_results_item = cls(
            data=data,
            files=files,
        )

        job_interview_pdf_json_export_json_export_results_item.additional_properties = d
        return job_interview_pdf_json_export_json_export_results_item

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
