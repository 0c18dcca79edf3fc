from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="KnowledgeBaseDocumentUploadMultipart")


@_attrs_define
class KnowledgeBaseDocumentUploadMultipart:
    """
    Attributes:
        file (File): The document file (binary).
        knowledge_base_store_id (str): The knowledge base store to add the document to. Example:
            d9d6f121-1230-48fd-b3a7-8b5a1e8db052.
        merchant_id (str | Unset): Override merchant id (admin / sub-merchant only).
        name (str | Unset): Document name (with extension). Falls back to the uploaded file name for multipart.
    """

    file: File
    knowledge_base_store_id: str
    merchant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("knowledge_base_store_id", (None, str(self.knowledge_base_store_id).encode(), "text/plain")))

        if not isinstance(self.merchant_id, Unset):
            files.append(("merchant_id", (None, str(self.merchant_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        knowledge_base_store_id = d.pop("knowledge_base_store_id")

        merchant_id = d.pop("merchant_id", UNSET)

        name = d.pop("name", UNSET)

        knowledge_base_document_upload_multipart = cls(
            file=file,
            knowledge_base_store_id=knowledge_base_store_id,
            merchant_id=merchant_id,
            name=name,
        )

        knowledge_base_document_upload_multipart.additional_properties = d
        return knowledge_base_document_upload_multipart

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
