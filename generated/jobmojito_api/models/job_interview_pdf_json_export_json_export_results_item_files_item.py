from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts

T = TypeVar("T", bound="JobInterviewPdfJsonExportJsonExportResultsItemFilesItem")


_KEYS_IN_INIT_ORDER = (
    "page",
    "page_signed",
    "type",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = (("type", "type_"),)


@_attrs_define(slots=False)
class JobInterviewPdfJsonExportJsonExportResultsItemFilesItem:
    """
    Attributes:
        page (float | None):
        page_signed (None | str):
        type_ (None | str):
    """

    page: float | None
    page_signed: None | str
    type_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: float | None
        page = self.page

        page_signed: None | str
        page_signed = self.page_signed

        type_: None | str
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "page_signed": page_signed,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 3:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        page: float | None = d.pop("page")

        page_signed: None | str = d.pop("page_signed")

        type_: None | str = d.pop("type")

        job_interview_pdf_json_export_json_export_results_item_files_item = cls(
            page=page,
            page_signed=page_signed,
            type_=type_,
        )

        job_interview_pdf_json_export_json_export_results_item_files_item.additional_properties = d
        return job_interview_pdf_json_export_json_export_results_item_files_item

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

    if not TYPE_CHECKING:  # a type checker would take any attribute name as valid

        def __getattr__(self, name: str) -> Any:
            """Only for what an adopted row lacks (_fast_rows.py): its extras, a renamed key."""
            return adopted_attribute(self, name, _RENAMED_KEYS)
