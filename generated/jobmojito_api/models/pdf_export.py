from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts

T = TypeVar("T", bound="PDFExport")


_KEYS_IN_INIT_ORDER = (
    "pdf_export_url",
    "pdf_export_valid_until",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class PDFExport:
    """Returned when `export_type` is `pdf`.

    Attributes:
        pdf_export_url (None | str): Signed URL of the generated PDF.
        pdf_export_valid_until (None | str): ISO timestamp until which the signed URL is valid. Example:
            2026-09-01T12:00:00.000Z.
    """

    pdf_export_url: None | str
    pdf_export_valid_until: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pdf_export_url: None | str
        pdf_export_url = self.pdf_export_url

        pdf_export_valid_until: None | str
        pdf_export_valid_until = self.pdf_export_valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pdf_export_url": pdf_export_url,
                "pdf_export_valid_until": pdf_export_valid_until,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 2:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        pdf_export_url: None | str = d.pop("pdf_export_url")

        pdf_export_valid_until: None | str = d.pop("pdf_export_valid_until")

        pdf_export = cls(
            pdf_export_url=pdf_export_url,
            pdf_export_valid_until=pdf_export_valid_until,
        )

        pdf_export.additional_properties = d
        return pdf_export

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
