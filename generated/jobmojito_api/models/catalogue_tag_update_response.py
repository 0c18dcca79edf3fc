from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogueTagUpdateResponse")


@_attrs_define
class CatalogueTagUpdateResponse:
    """Confirmation of what was updated.

    Attributes:
        catalogue_url (None | str): Public URL of the directory page, when the merchant has a coaching-portal domain
            configured. Null otherwise. Example: https://coaching.example.com/catalogue/sales-coaching-en.
        id (None | str): Id of the updated directory. Example: sales-coaching-en.
        updated_fields (list[str] | None): Names of the fields that were written. Example: ['content_md',
            'tags_interview_set_filter'].
    """

    catalogue_url: None | str
    id: None | str
    updated_fields: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalogue_url: None | str
        catalogue_url = self.catalogue_url

        id: None | str
        id = self.id

        updated_fields: list[str] | None
        if isinstance(self.updated_fields, list):
            updated_fields = self.updated_fields

        else:
            updated_fields = self.updated_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalogue_url": catalogue_url,
                "id": id,
                "updated_fields": updated_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalogue_url: None | str = d.pop("catalogue_url")

        id: None | str = d.pop("id")

        def _parse_updated_fields(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                updated_fields_type_0 = cast(list[str], data)

                return updated_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("updated_fields: not list[str] | None")

        updated_fields = _parse_updated_fields(d.pop("updated_fields"))

        catalogue_tag_update_response = cls(
            catalogue_url=catalogue_url,
            id=id,
            updated_fields=updated_fields,
        )

        catalogue_tag_update_response.additional_properties = d
        return catalogue_tag_update_response

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
