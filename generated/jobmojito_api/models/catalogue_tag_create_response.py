from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts

T = TypeVar("T", bound="CatalogueTagCreateResponse")


_KEYS_IN_INIT_ORDER = (
    "catalogue_url",
    "id",
    "merchant_id",
    "parent_tag",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class CatalogueTagCreateResponse:
    """The created catalogue directory.

    Attributes:
        catalogue_url (None | str): Public URL of the directory page, when the merchant has a coaching-portal domain
            configured. Null otherwise. Example: https://coaching.example.com/catalogue/sales-coaching-en.
        id (None | str): Id of the created directory. Example: sales-coaching-en.
        merchant_id (None | str): Owning merchant id. Null for a platform-wide (`public`) directory.
        parent_tag (None | str): The directory this one was nested under, when `parent_tag` was supplied.
    """

    catalogue_url: None | str
    id: None | str
    merchant_id: None | str
    parent_tag: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalogue_url: None | str
        catalogue_url = self.catalogue_url

        id: None | str
        id = self.id

        merchant_id: None | str
        merchant_id = self.merchant_id

        parent_tag: None | str
        parent_tag = self.parent_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalogue_url": catalogue_url,
                "id": id,
                "merchant_id": merchant_id,
                "parent_tag": parent_tag,
            }
        )

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
        catalogue_url: None | str = d.pop("catalogue_url")

        id: None | str = d.pop("id")

        merchant_id: None | str = d.pop("merchant_id")

        parent_tag: None | str = d.pop("parent_tag")

        catalogue_tag_create_response = cls(
            catalogue_url=catalogue_url,
            id=id,
            merchant_id=merchant_id,
            parent_tag=parent_tag,
        )

        catalogue_tag_create_response.additional_properties = d
        return catalogue_tag_create_response

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
