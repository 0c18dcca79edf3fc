from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts

T = TypeVar("T", bound="CatalogueTagGetResponseSubDirectoriesItem")


_KEYS_IN_INIT_ORDER = (
    "description",
    "id",
    "mojito_language_code",
    "name",
    "status",
    "visibility",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class CatalogueTagGetResponseSubDirectoriesItem:
    """
    Attributes:
        description (None | str): Short description.
        id (None | str): Sub-directory id.
        mojito_language_code (None | str): Directory language.
        name (None | str): Display name.
        status (None | str): Lifecycle status.
        visibility (None | str): Visibility.
    """

    description: None | str
    id: None | str
    mojito_language_code: None | str
    name: None | str
    status: None | str
    visibility: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        id: None | str
        id = self.id

        mojito_language_code: None | str
        mojito_language_code = self.mojito_language_code

        name: None | str
        name = self.name

        status: None | str
        status = self.status

        visibility: None | str
        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "mojito_language_code": mojito_language_code,
                "name": name,
                "status": status,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 6:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        description: None | str = d.pop("description")

        id: None | str = d.pop("id")

        mojito_language_code: None | str = d.pop("mojito_language_code")

        name: None | str = d.pop("name")

        status: None | str = d.pop("status")

        visibility: None | str = d.pop("visibility")

        catalogue_tag_get_response_sub_directories_item = cls(
            description=description,
            id=id,
            mojito_language_code=mojito_language_code,
            name=name,
            status=status,
            visibility=visibility,
        )

        catalogue_tag_get_response_sub_directories_item.additional_properties = d
        return catalogue_tag_get_response_sub_directories_item

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
