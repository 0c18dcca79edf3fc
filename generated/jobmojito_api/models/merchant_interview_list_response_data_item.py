from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantInterviewListResponseDataItem")


_KEYS_IN_INIT_ORDER = (
    "id",
    "billing_single_position",
    "billing_single_position_end_at",
    "calc_duration",
    "cover_image_url",
    "created_at",
    "emoji",
    "environment",
    "interview_count",
    "interview_last",
    "is_ats",
    "is_multi_stage",
    "merchant_id",
    "mojito_language_code",
    "name",
    "recording",
    "recording_full_session",
    "speech_language_code",
    "status",
    "type",
    "type_avatar",
    "updated_at",
    "visibility",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = (("type", "type_"),)


@_attrs_define(slots=False)
class MerchantInterviewListResponseDataItem:
    """
    Attributes:
        id (None | str): Interview definition id.
        billing_single_position (bool | None | Unset): Single-position billing flag.
        billing_single_position_end_at (None | str | Unset): Single-position billing end (ISO 8601).
        calc_duration (float | None | Unset): Calculated duration.
        cover_image_url (None | str | Unset): Cover image URL.
        created_at (None | str | Unset): Creation timestamp (ISO 8601).
        emoji (None | str | Unset): Emoji marker.
        environment (None | str | Unset): Environment (production/test/…).
        interview_count (float | None | Unset): Number of interviews run against this definition.
        interview_last (None | str | Unset): Timestamp of the most recent interview (ISO 8601).
        is_ats (bool | None | Unset): Whether the interview is ATS-integrated.
        is_multi_stage (bool | None | Unset): Whether the interview is multi-stage.
        merchant_id (None | str | Unset): Owning merchant id.
        mojito_language_code (None | str | Unset): Platform language code.
        name (None | str | Unset): Interview name.
        recording (None | str | Unset): Per-answer recording/proctoring mode.
        recording_full_session (None | str | Unset): Full-session recording mode.
        speech_language_code (None | str | Unset): Speech language code.
        status (None | str | Unset): Lifecycle status.
        type_ (None | str | Unset): Product type (interview/coaching/…).
        type_avatar (None | str | Unset): Avatar type used by the interview.
        updated_at (None | str | Unset): Last update timestamp (ISO 8601).
        visibility (None | str | Unset): Visibility (merchant_public/invite/unlisted/…).
    """

    id: None | str
    billing_single_position: bool | None | Unset = UNSET
    billing_single_position_end_at: None | str | Unset = UNSET
    calc_duration: float | None | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    interview_count: float | None | Unset = UNSET
    interview_last: None | str | Unset = UNSET
    is_ats: bool | None | Unset = UNSET
    is_multi_stage: bool | None | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    recording: None | str | Unset = UNSET
    recording_full_session: None | str | Unset = UNSET
    speech_language_code: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    type_avatar: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    visibility: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        billing_single_position: bool | None | Unset
        if isinstance(self.billing_single_position, Unset):
            billing_single_position = UNSET
        else:
            billing_single_position = self.billing_single_position

        billing_single_position_end_at: None | str | Unset
        if isinstance(self.billing_single_position_end_at, Unset):
            billing_single_position_end_at = UNSET
        else:
            billing_single_position_end_at = self.billing_single_position_end_at

        calc_duration: float | None | Unset
        if isinstance(self.calc_duration, Unset):
            calc_duration = UNSET
        else:
            calc_duration = self.calc_duration

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

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        interview_count: float | None | Unset
        if isinstance(self.interview_count, Unset):
            interview_count = UNSET
        else:
            interview_count = self.interview_count

        interview_last: None | str | Unset
        if isinstance(self.interview_last, Unset):
            interview_last = UNSET
        else:
            interview_last = self.interview_last

        is_ats: bool | None | Unset
        if isinstance(self.is_ats, Unset):
            is_ats = UNSET
        else:
            is_ats = self.is_ats

        is_multi_stage: bool | None | Unset
        if isinstance(self.is_multi_stage, Unset):
            is_multi_stage = UNSET
        else:
            is_multi_stage = self.is_multi_stage

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

        recording: None | str | Unset
        if isinstance(self.recording, Unset):
            recording = UNSET
        else:
            recording = self.recording

        recording_full_session: None | str | Unset
        if isinstance(self.recording_full_session, Unset):
            recording_full_session = UNSET
        else:
            recording_full_session = self.recording_full_session

        speech_language_code: None | str | Unset
        if isinstance(self.speech_language_code, Unset):
            speech_language_code = UNSET
        else:
            speech_language_code = self.speech_language_code

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

        type_avatar: None | str | Unset
        if isinstance(self.type_avatar, Unset):
            type_avatar = UNSET
        else:
            type_avatar = self.type_avatar

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
                "id": id,
            }
        )
        if billing_single_position is not UNSET:
            field_dict["billing_single_position"] = billing_single_position
        if billing_single_position_end_at is not UNSET:
            field_dict["billing_single_position_end_at"] = billing_single_position_end_at
        if calc_duration is not UNSET:
            field_dict["calc_duration"] = calc_duration
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if environment is not UNSET:
            field_dict["environment"] = environment
        if interview_count is not UNSET:
            field_dict["interview_count"] = interview_count
        if interview_last is not UNSET:
            field_dict["interview_last"] = interview_last
        if is_ats is not UNSET:
            field_dict["is_ats"] = is_ats
        if is_multi_stage is not UNSET:
            field_dict["is_multi_stage"] = is_multi_stage
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if name is not UNSET:
            field_dict["name"] = name
        if recording is not UNSET:
            field_dict["recording"] = recording
        if recording_full_session is not UNSET:
            field_dict["recording_full_session"] = recording_full_session
        if speech_language_code is not UNSET:
            field_dict["speech_language_code"] = speech_language_code
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_avatar is not UNSET:
            field_dict["type_avatar"] = type_avatar
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 23:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        id: None | str = d.pop("id")

        billing_single_position: bool | None | Unset = d.pop("billing_single_position", UNSET)

        billing_single_position_end_at: None | str | Unset = d.pop("billing_single_position_end_at", UNSET)

        calc_duration: float | None | Unset = d.pop("calc_duration", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        emoji: None | str | Unset = d.pop("emoji", UNSET)

        environment: None | str | Unset = d.pop("environment", UNSET)

        interview_count: float | None | Unset = d.pop("interview_count", UNSET)

        interview_last: None | str | Unset = d.pop("interview_last", UNSET)

        is_ats: bool | None | Unset = d.pop("is_ats", UNSET)

        is_multi_stage: bool | None | Unset = d.pop("is_multi_stage", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        mojito_language_code: None | str | Unset = d.pop("mojito_language_code", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        recording: None | str | Unset = d.pop("recording", UNSET)

        recording_full_session: None | str | Unset = d.pop("recording_full_session", UNSET)

        speech_language_code: None | str | Unset = d.pop("speech_language_code", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        type_avatar: None | str | Unset = d.pop("type_avatar", UNSET)

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        visibility: None | str | Unset = d.pop("visibility", UNSET)

        merchant_interview_list_response_data_item = cls(
            id=id,
            billing_single_position=billing_single_position,
            billing_single_position_end_at=billing_single_position_end_at,
            calc_duration=calc_duration,
            cover_image_url=cover_image_url,
            created_at=created_at,
            emoji=emoji,
            environment=environment,
            interview_count=interview_count,
            interview_last=interview_last,
            is_ats=is_ats,
            is_multi_stage=is_multi_stage,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            name=name,
            recording=recording,
            recording_full_session=recording_full_session,
            speech_language_code=speech_language_code,
            status=status,
            type_=type_,
            type_avatar=type_avatar,
            updated_at=updated_at,
            visibility=visibility,
        )

        merchant_interview_list_response_data_item.additional_properties = d
        return merchant_interview_list_response_data_item

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
