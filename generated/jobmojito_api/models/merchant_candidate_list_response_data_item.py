from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantCandidateListResponseDataItem")


_KEYS_IN_INIT_ORDER = (
    "id",
    "avatar_local_path",
    "avatar_url",
    "created_at",
    "deleted_at",
    "email",
    "email_auth",
    "emoji",
    "external_id",
    "interview_count",
    "interview_last",
    "kyc_image_local_path",
    "kyc_processing_status",
    "last_login_at",
    "linked_in",
    "merchant_id",
    "mojito_language_code",
    "name",
    "phone_number",
    "physical_address",
    "pre_screening_count",
    "profile_id",
    "public_avatar_count",
    "status",
    "updated_at",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class MerchantCandidateListResponseDataItem:
    """
    Attributes:
        id (None | str): Candidate (profile_interview) id.
        avatar_local_path (None | str | Unset): Avatar storage path.
        avatar_url (None | str | Unset): Avatar image URL.
        created_at (None | str | Unset): Creation timestamp (ISO 8601).
        deleted_at (None | str | Unset): Deletion timestamp (ISO 8601), if deleted.
        email (None | str | Unset): Candidate email.
        email_auth (None | str | Unset): Auth email (login).
        emoji (None | str | Unset): Emoji marker.
        external_id (None | str | Unset): External identifier.
        interview_count (float | None | Unset): Number of interviews taken.
        interview_last (None | str | Unset): Most recent interview timestamp (ISO 8601).
        kyc_image_local_path (None | str | Unset): KYC image storage path.
        kyc_processing_status (None | str | Unset): KYC processing status.
        last_login_at (None | str | Unset): Last login timestamp (ISO 8601).
        linked_in (None | str | Unset): LinkedIn URL.
        merchant_id (None | str | Unset): Owning merchant id.
        mojito_language_code (None | str | Unset): Platform language code.
        name (None | str | Unset): Candidate name.
        phone_number (None | str | Unset): Phone number.
        physical_address (None | str | Unset): Physical address.
        pre_screening_count (float | None | Unset): Number of pre-screenings taken.
        profile_id (None | str | Unset): Underlying profile id.
        public_avatar_count (float | None | Unset): Number of public-avatar conversations.
        status (None | str | Unset): Status (active/invited/deleted).
        updated_at (None | str | Unset): Last update timestamp (ISO 8601).
    """

    id: None | str
    avatar_local_path: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_auth: None | str | Unset = UNSET
    emoji: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    interview_count: float | None | Unset = UNSET
    interview_last: None | str | Unset = UNSET
    kyc_image_local_path: None | str | Unset = UNSET
    kyc_processing_status: None | str | Unset = UNSET
    last_login_at: None | str | Unset = UNSET
    linked_in: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    physical_address: None | str | Unset = UNSET
    pre_screening_count: float | None | Unset = UNSET
    profile_id: None | str | Unset = UNSET
    public_avatar_count: float | None | Unset = UNSET
    status: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        avatar_local_path: None | str | Unset
        if isinstance(self.avatar_local_path, Unset):
            avatar_local_path = UNSET
        else:
            avatar_local_path = self.avatar_local_path

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_auth: None | str | Unset
        if isinstance(self.email_auth, Unset):
            email_auth = UNSET
        else:
            email_auth = self.email_auth

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

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

        kyc_image_local_path: None | str | Unset
        if isinstance(self.kyc_image_local_path, Unset):
            kyc_image_local_path = UNSET
        else:
            kyc_image_local_path = self.kyc_image_local_path

        kyc_processing_status: None | str | Unset
        if isinstance(self.kyc_processing_status, Unset):
            kyc_processing_status = UNSET
        else:
            kyc_processing_status = self.kyc_processing_status

        last_login_at: None | str | Unset
        if isinstance(self.last_login_at, Unset):
            last_login_at = UNSET
        else:
            last_login_at = self.last_login_at

        linked_in: None | str | Unset
        if isinstance(self.linked_in, Unset):
            linked_in = UNSET
        else:
            linked_in = self.linked_in

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

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        physical_address: None | str | Unset
        if isinstance(self.physical_address, Unset):
            physical_address = UNSET
        else:
            physical_address = self.physical_address

        pre_screening_count: float | None | Unset
        if isinstance(self.pre_screening_count, Unset):
            pre_screening_count = UNSET
        else:
            pre_screening_count = self.pre_screening_count

        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = self.profile_id

        public_avatar_count: float | None | Unset
        if isinstance(self.public_avatar_count, Unset):
            public_avatar_count = UNSET
        else:
            public_avatar_count = self.public_avatar_count

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if avatar_local_path is not UNSET:
            field_dict["avatar_local_path"] = avatar_local_path
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if email is not UNSET:
            field_dict["email"] = email
        if email_auth is not UNSET:
            field_dict["email_auth"] = email_auth
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if interview_count is not UNSET:
            field_dict["interview_count"] = interview_count
        if interview_last is not UNSET:
            field_dict["interview_last"] = interview_last
        if kyc_image_local_path is not UNSET:
            field_dict["kyc_image_local_path"] = kyc_image_local_path
        if kyc_processing_status is not UNSET:
            field_dict["kyc_processing_status"] = kyc_processing_status
        if last_login_at is not UNSET:
            field_dict["last_login_at"] = last_login_at
        if linked_in is not UNSET:
            field_dict["linked_in"] = linked_in
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if physical_address is not UNSET:
            field_dict["physical_address"] = physical_address
        if pre_screening_count is not UNSET:
            field_dict["pre_screening_count"] = pre_screening_count
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if public_avatar_count is not UNSET:
            field_dict["public_avatar_count"] = public_avatar_count
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 25:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        id: None | str = d.pop("id")

        avatar_local_path: None | str | Unset = d.pop("avatar_local_path", UNSET)

        avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        deleted_at: None | str | Unset = d.pop("deleted_at", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        email_auth: None | str | Unset = d.pop("email_auth", UNSET)

        emoji: None | str | Unset = d.pop("emoji", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        interview_count: float | None | Unset = d.pop("interview_count", UNSET)

        interview_last: None | str | Unset = d.pop("interview_last", UNSET)

        kyc_image_local_path: None | str | Unset = d.pop("kyc_image_local_path", UNSET)

        kyc_processing_status: None | str | Unset = d.pop("kyc_processing_status", UNSET)

        last_login_at: None | str | Unset = d.pop("last_login_at", UNSET)

        linked_in: None | str | Unset = d.pop("linked_in", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        mojito_language_code: None | str | Unset = d.pop("mojito_language_code", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        phone_number: None | str | Unset = d.pop("phone_number", UNSET)

        physical_address: None | str | Unset = d.pop("physical_address", UNSET)

        pre_screening_count: float | None | Unset = d.pop("pre_screening_count", UNSET)

        profile_id: None | str | Unset = d.pop("profile_id", UNSET)

        public_avatar_count: float | None | Unset = d.pop("public_avatar_count", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        merchant_candidate_list_response_data_item = cls(
            id=id,
            avatar_local_path=avatar_local_path,
            avatar_url=avatar_url,
            created_at=created_at,
            deleted_at=deleted_at,
            email=email,
            email_auth=email_auth,
            emoji=emoji,
            external_id=external_id,
            interview_count=interview_count,
            interview_last=interview_last,
            kyc_image_local_path=kyc_image_local_path,
            kyc_processing_status=kyc_processing_status,
            last_login_at=last_login_at,
            linked_in=linked_in,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            name=name,
            phone_number=phone_number,
            physical_address=physical_address,
            pre_screening_count=pre_screening_count,
            profile_id=profile_id,
            public_avatar_count=public_avatar_count,
            status=status,
            updated_at=updated_at,
        )

        merchant_candidate_list_response_data_item.additional_properties = d
        return merchant_candidate_list_response_data_item

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
