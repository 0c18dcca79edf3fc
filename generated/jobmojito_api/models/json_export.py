from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_interview_pdf_json_export_json_export import (
        JobInterviewPdfJsonExportJsonExport,
    )


T = TypeVar("T", bound="JSONExport")


@_attrs_define
class JSONExport:
    """Returned when `export_type` is `json`.

    Attributes:
        json_export (JobInterviewPdfJsonExportJsonExport | None):
    """

    json_export: JobInterviewPdfJsonExportJsonExport | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_pdf_json_export_json_export import (
            JobInterviewPdfJsonExportJsonExport,  # noqa: PLC0415
        )

        json_export: dict[str, Any] | None
        if isinstance(self.json_export, JobInterviewPdfJsonExportJsonExport):
            json_export = self.json_export.to_dict()
        else:
            json_export = self.json_export

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "json_export": json_export,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_pdf_json_export_json_export import (
            JobInterviewPdfJsonExportJsonExport,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_json_export(data: object) -> JobInterviewPdfJsonExportJsonExport | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_export_type_0 = JobInterviewPdfJsonExportJsonExport.from_dict(data)

                return json_export_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("json_export: not JobInterviewPdfJsonExportJsonExport | None")

        json_export = _parse_json_export(d.pop("json_export"))

        json_export = cls(
            json_export=json_export,
        )

        json_export.additional_properties = d
        return json_export

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
