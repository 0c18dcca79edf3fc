from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_pdf_json_export_json_export_results_item import (
        JobInterviewPdfJsonExportJsonExportResultsItem,
    )


T = TypeVar("T", bound="JobInterviewPdfJsonExportJsonExport")


@_attrs_define
class JobInterviewPdfJsonExportJsonExport:
    """
    Attributes:
        results (list[JobInterviewPdfJsonExportJsonExportResultsItem] | None):
        table (None | str | Unset): Overview table HTML, present only for multi-result exports.
    """

    results: list[JobInterviewPdfJsonExportJsonExportResultsItem] | None
    table: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | None
        if isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_pdf_json_export_json_export_results_item import (
            JobInterviewPdfJsonExportJsonExportResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_results(data: object) -> list[JobInterviewPdfJsonExportJsonExportResultsItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = JobInterviewPdfJsonExportJsonExportResultsItem.from_dict(
                        results_type_0_item_data
                    )

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("results: not list[JobInterviewPdfJsonExportJsonExportResultsItem] | None")

        results = _parse_results(d.pop("results"))

        table: None | str | Unset = d.pop("table", UNSET)

        job_interview_pdf_json_export_json_export = cls(
            results=results,
            table=table,
        )

        job_interview_pdf_json_export_json_export.additional_properties = d
        return job_interview_pdf_json_export_json_export

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
