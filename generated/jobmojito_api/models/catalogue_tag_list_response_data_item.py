from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogueTagListResponseDataItem")


@_attrs_define
class CatalogueTagListResponseDataItem:
    """
    Attributes:
        has_content_page (bool | None): True when the directory has a custom Markdown page. Read the Markdown itself
            with catalogue-tag-get.
        id (None | str): Directory id — also the catalogue URL segment and the value referenced in a parent's
            `tags_sub`. Example: sales-coaching-en.
        is_start_directory (bool | None): True for the directory the merchant's catalogue opens on — the root to
            navigate down from.
        coach_plan (None | str | Unset): Coaching-plan stage, when the directory belongs to one.
        cover_image_url (None | str | Unset): Cover image URL.
        created_at (None | str | Unset): Creation timestamp (ISO 8601).
        description (None | str | Unset): Short description shown on the directory card.
        merchant_id (None | str | Unset): Owning merchant id. Null for a platform-wide directory.
        mojito_language_code (None | str | Unset): Directory language. Example: en.
        name (None | str | Unset): Display name.
        status (None | str | Unset): Lifecycle status (draft/active/archived).
        tags_interview_set_filter (list[str] | None | Unset): Tag filter selecting the coaching sessions this directory
            lists: a session appears when its own `tags` contain every tag here.
        tags_sub (list[str] | None | Unset): Ids of the directories nested under this one, in display order.
        updated_at (None | str | Unset): Last update timestamp (ISO 8601).
        visibility (None | str | Unset): Who can see it (public/merchant_public/merchant_invite/merchant_unlisted).
    """

    has_content_page: bool | None
    id: None | str
    is_start_directory: bool | None
    coach_plan: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    tags_interview_set_filter: list[str] | None | Unset = UNSET
    tags_sub: list[str] | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    visibility: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_content_page: bool | None
        has_content_page = self.has_content_page

        id: None | str
        id = self.id

        is_start_directory: bool | None
        is_start_directory = self.is_start_directory

        coach_plan: None | str | Unset
        if isinstance(self.coach_plan, Unset):
            coach_plan = UNSET
        else:
            coach_plan = self.coach_plan

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        else:
            mojito_language_code = self.mojito_language_code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tags_interview_set_filter: list[str] | None | Unset
        if isinstance(self.tags_interview_set_filter, Unset):
            tags_interview_set_filter = UNSET
        elif isinstance(self.tags_interview_set_filter, list):
            tags_interview_set_filter = self.tags_interview_set_filter

        else:
            tags_interview_set_filter = self.tags_interview_set_filter

        tags_sub: list[str] | None | Unset
        if isinstance(self.tags_sub, Unset):
            tags_sub = UNSET
        elif isinstance(self.tags_sub, list):
            tags_sub = self.tags_sub

        else:
            tags_sub = self.tags_sub

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_content_page": has_content_page,
                "id": id,
                "is_start_directory": is_start_directory,
            }
        )
        if coach_plan is not UNSET:
            field_dict["coach_plan"] = coach_plan
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if tags_interview_set_filter is not UNSET:
            field_dict["tags_interview_set_filter"] = tags_interview_set_filter
        if tags_sub is not UNSET:
            field_dict["tags_sub"] = tags_sub
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_content_page: bool | None = d.pop("has_content_page")

        id: None | str = d.pop("id")

        is_start_directory: bool | None = d.pop("is_start_directory")

        coach_plan: None | str | Unset = d.pop("coach_plan", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        mojito_language_code: None | str | Unset = d.pop("mojito_language_code", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        def _parse_tags_interview_set_filter(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_interview_set_filter_type_0 = cast(list[str], data)

                return tags_interview_set_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags_interview_set_filter: not list[str] | None | Unset")

        tags_interview_set_filter = _parse_tags_interview_set_filter(d.pop("tags_interview_set_filter", UNSET))

        def _parse_tags_sub(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_sub_type_0 = cast(list[str], data)

                return tags_sub_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags_sub: not list[str] | None | Unset")

        tags_sub = _parse_tags_sub(d.pop("tags_sub", UNSET))

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        visibility: None | str | Unset = d.pop("visibility", UNSET)

        catalogue_tag_list_response_data_item = cls(
            has_content_page=has_content_page,
            id=id,
            is_start_directory=is_start_directory,
            coach_plan=coach_plan,
            cover_image_url=cover_image_url,
            created_at=created_at,
            description=description,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            name=name,
            status=status,
            tags_interview_set_filter=tags_interview_set_filter,
            tags_sub=tags_sub,
            updated_at=updated_at,
            visibility=visibility,
        )

        catalogue_tag_list_response_data_item.additional_properties = d
        return catalogue_tag_list_response_data_item

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
