from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseDocumentUploadJson")


_KEYS_IN_INIT_ORDER = (
    "file",
    "knowledge_base_store_id",
    "merchant_id",
    "name",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class KnowledgeBaseDocumentUploadJson:
    """
    Attributes:
        file (str): The document file, base64-encoded.
        knowledge_base_store_id (str): The knowledge base store to add the document to. Example:
            d9d6f121-1230-48fd-b3a7-8b5a1e8db052.
        merchant_id (str | Unset): Override merchant id (admin / sub-merchant only).
        name (str | Unset): Document name (with extension). Falls back to the uploaded file name for multipart.
    """

    file: str
    knowledge_base_store_id: str
    merchant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        knowledge_base_store_id = self.knowledge_base_store_id

        merchant_id = self.merchant_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "knowledge_base_store_id": knowledge_base_store_id,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 4:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        file = d.pop("file")

        knowledge_base_store_id = d.pop("knowledge_base_store_id")

        merchant_id = d.pop("merchant_id", UNSET)

        name = d.pop("name", UNSET)

        knowledge_base_document_upload_json = cls(
            file=file,
            knowledge_base_store_id=knowledge_base_store_id,
            merchant_id=merchant_id,
            name=name,
        )

        knowledge_base_document_upload_json.additional_properties = d
        return knowledge_base_document_upload_json

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
