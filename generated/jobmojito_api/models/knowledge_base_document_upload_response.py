from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KnowledgeBaseDocumentUploadResponse")


@_attrs_define
class KnowledgeBaseDocumentUploadResponse:
    """
    Attributes:
        knowledge_base_id (None | str): Id of the created knowledge_base record.
    """

    knowledge_base_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_id: None | str
        knowledge_base_id = self.knowledge_base_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge_base_id": knowledge_base_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        knowledge_base_id: None | str = d.pop("knowledge_base_id")

        knowledge_base_document_upload_response = cls(
            knowledge_base_id=knowledge_base_id,
        )

        knowledge_base_document_upload_response.additional_properties = d
        return knowledge_base_document_upload_response

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
