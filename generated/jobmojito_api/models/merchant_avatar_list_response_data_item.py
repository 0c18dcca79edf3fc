from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantAvatarListResponseDataItem")


_KEYS_IN_INIT_ORDER = (
    "id",
    "background_blur",
    "background_url",
    "created_at",
    "media_url",
    "merchant_id",
    "mojito_language_code",
    "name",
    "status",
    "type",
    "updated_at",
    "video_avatar_aspect_ratio",
    "video_avatar_image_url",
    "video_background_remove",
    "video_voice_language_name",
    "visibility",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = (("type", "type_"),)


@_attrs_define(slots=False)
class MerchantAvatarListResponseDataItem:
    """
    Attributes:
        id (None | str): Avatar template id.
        background_blur (float | None | Unset): Background blur intensity (0–1); higher is blurrier.
        background_url (None | str | Unset): Background image URL.
        created_at (None | str | Unset): Creation timestamp (ISO 8601).
        media_url (None | str | Unset): Avatar media URL.
        merchant_id (None | str | Unset): Owning merchant id.
        mojito_language_code (None | str | Unset): Platform language code.
        name (None | str | Unset): Template name.
        status (None | str | Unset): Status (active/draft/archived/deleted).
        type_ (None | str | Unset): Avatar template type.
        updated_at (None | str | Unset): Last update timestamp (ISO 8601).
        video_avatar_aspect_ratio (None | str | Unset): Avatar aspect ratio.
        video_avatar_image_url (None | str | Unset): Avatar still-image URL.
        video_background_remove (bool | None | Unset): Whether the video background is removed.
        video_voice_language_name (None | str | Unset): Voice language display name.
        visibility (None | str | Unset): Visibility (public/merchant_…).
    """

    id: None | str
    background_blur: float | None | Unset = UNSET
    background_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    video_avatar_aspect_ratio: None | str | Unset = UNSET
    video_avatar_image_url: None | str | Unset = UNSET
    video_background_remove: bool | None | Unset = UNSET
    video_voice_language_name: None | str | Unset = UNSET
    visibility: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        background_blur: float | None | Unset
        if isinstance(self.background_blur, Unset):
            background_blur = UNSET
        else:
            background_blur = self.background_blur

        background_url: None | str | Unset
        if isinstance(self.background_url, Unset):
            background_url = UNSET
        else:
            background_url = self.background_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        video_avatar_aspect_ratio: None | str | Unset
        if isinstance(self.video_avatar_aspect_ratio, Unset):
            video_avatar_aspect_ratio = UNSET
        else:
            video_avatar_aspect_ratio = self.video_avatar_aspect_ratio

        video_avatar_image_url: None | str | Unset
        if isinstance(self.video_avatar_image_url, Unset):
            video_avatar_image_url = UNSET
        else:
            video_avatar_image_url = self.video_avatar_image_url

        video_background_remove: bool | None | Unset
        if isinstance(self.video_background_remove, Unset):
            video_background_remove = UNSET
        else:
            video_background_remove = self.video_background_remove

        video_voice_language_name: None | str | Unset
        if isinstance(self.video_voice_language_name, Unset):
            video_voice_language_name = UNSET
        else:
            video_voice_language_name = self.video_voice_language_name

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if background_blur is not UNSET:
            field_dict["background_blur"] = background_blur
        if background_url is not UNSET:
            field_dict["background_url"] = background_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if video_avatar_aspect_ratio is not UNSET:
            field_dict["video_avatar_aspect_ratio"] = video_avatar_aspect_ratio
        if video_avatar_image_url is not UNSET:
            field_dict["video_avatar_image_url"] = video_avatar_image_url
        if video_background_remove is not UNSET:
            field_dict["video_background_remove"] = video_background_remove
        if video_voice_language_name is not UNSET:
            field_dict["video_voice_language_name"] = video_voice_language_name
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 16:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        id: None | str = d.pop("id")

        background_blur: float | None | Unset = d.pop("background_blur", UNSET)

        background_url: None | str | Unset = d.pop("background_url", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        media_url: None | str | Unset = d.pop("media_url", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        mojito_language_code: None | str | Unset = d.pop("mojito_language_code", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        video_avatar_aspect_ratio: None | str | Unset = d.pop("video_avatar_aspect_ratio", UNSET)

        video_avatar_image_url: None | str | Unset = d.pop("video_avatar_image_url", UNSET)

        video_background_remove: bool | None | Unset = d.pop("video_background_remove", UNSET)

        video_voice_language_name: None | str | Unset = d.pop("video_voice_language_name", UNSET)

        visibility: None | str | Unset = d.pop("visibility", UNSET)

        merchant_avatar_list_response_data_item = cls(
            id=id,
            background_blur=background_blur,
            background_url=background_url,
            created_at=created_at,
            media_url=media_url,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            name=name,
            status=status,
            type_=type_,
            updated_at=updated_at,
            video_avatar_aspect_ratio=video_avatar_aspect_ratio,
            video_avatar_image_url=video_avatar_image_url,
            video_background_remove=video_background_remove,
            video_voice_language_name=video_voice_language_name,
            visibility=visibility,
        )

        merchant_avatar_list_response_data_item.additional_properties = d
        return merchant_avatar_list_response_data_item

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
