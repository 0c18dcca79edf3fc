from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogueTagGetResponseMatchedSessionsItem")


@_attrs_define
class CatalogueTagGetResponseMatchedSessionsItem:
    """
    Attributes:
        id (None | str): Interview definition id of the coaching/persona session.
        name (None | str): Session name.
        status (None | str): Lifecycle status (always `active` here — nothing else is listed).
        tags (list[str] | None): The session's own tags — the superset that matched this directory's filter.
        type_ (None | str): Product type — `coaching` or `persona`.
        type_avatar (None | str): Avatar/voice modality of the session.
        type_credit (None | str): Credit bucket the session draws from.
        visibility (None | str): Visibility.
    """

    id: None | str
    name: None | str
    status: None | str
    tags: list[str] | None
    type_: None | str
    type_avatar: None | str
    type_credit: None | str
    visibility: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        status: None | str
        status = self.status

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        type_: None | str
        type_ = self.type_

        type_avatar: None | str
        type_avatar = self.type_avatar

        type_credit: None | str
        type_credit = self.type_credit

        visibility: None | str
        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "tags": tags,
                "type": type_,
                "type_avatar": type_avatar,
                "type_credit": type_credit,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str = d.pop("id")

        name: None | str = d.pop("name")

        status: None | str = d.pop("status")

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags: not list[str] | None")

        tags = _parse_tags(d.pop("tags"))

        type_: None | str = d.pop("type")

        type_avatar: None | str = d.pop("type_avatar")

        type_credit: None | str = d.pop("type_credit")

        visibility: None | str = d.pop("visibility")

        catalogue_tag_get_response_matched_sessions_item = cls(
            id=id,
            name=name,
            status=status,
            tags=tags,
            type_=type_,
            type_avatar=type_avatar,
            type_credit=type_credit,
            visibility=visibility,
        )

        catalogue_tag_get_response_matched_sessions_item.additional_properties = d
        return catalogue_tag_get_response_matched_sessions_item

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
