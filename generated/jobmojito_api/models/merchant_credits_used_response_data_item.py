from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantCreditsUsedResponseDataItem")


@_attrs_define
class MerchantCreditsUsedResponseDataItem:
    """
    Attributes:
        candidate_name (None | str): Candidate display name from the linked profile interview, when available.
        credit_amount (float | None): Number of credits deducted by this event, surfaced from stats.credit_amount for
            convenience. Null when the amount is absent. Example: 1.
        event (None | str): Billable event type that consumed the credit (e.g. interview, interview_reviewing,
            interview_failed, interview_incomplete, pre_screening, candidate_report_translation, candidate_kyc,
            public_avatar, interview_simulation). Example: interview.
        event_date (None | str): When the credit-consuming event occurred (ISO 8601). Example: 2026-01-15T09:30:00.000Z.
        id (None | UUID): Analytics event id.
        object_uuid (None | UUID): Primary object the event refers to (e.g. the interview result / attempt).
        parent_object_uuid (None | UUID): Parent object of the event (e.g. the interview definition), when applicable.
        profile_id (None | UUID): Underlying person (profile) id, when linked.
        profile_interview_id (None | UUID): Candidate enrolment (profile interview) id, when linked.
        stats (Any | Unset): Event stats JSON. Contains credit_amount (the credits consumed by this event) plus event-
            specific fields.
    """

    candidate_name: None | str
    credit_amount: float | None
    event: None | str
    event_date: None | str
    id: None | UUID
    object_uuid: None | UUID
    parent_object_uuid: None | UUID
    profile_id: None | UUID
    profile_interview_id: None | UUID
    stats: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_name: None | str
        candidate_name = self.candidate_name

        credit_amount: float | None
        credit_amount = self.credit_amount

        event: None | str
        event = self.event

        event_date: None | str
        event_date = self.event_date

        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        object_uuid: None | str
        if isinstance(self.object_uuid, UUID):
            object_uuid = str(self.object_uuid)
        else:
            object_uuid = self.object_uuid

        parent_object_uuid: None | str
        if isinstance(self.parent_object_uuid, UUID):
            parent_object_uuid = str(self.parent_object_uuid)
        else:
            parent_object_uuid = self.parent_object_uuid

        profile_id: None | str
        if isinstance(self.profile_id, UUID):
            profile_id = str(self.profile_id)
        else:
            profile_id = self.profile_id

        profile_interview_id: None | str
        if isinstance(self.profile_interview_id, UUID):
            profile_interview_id = str(self.profile_interview_id)
        else:
            profile_interview_id = self.profile_interview_id

        stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidate_name": candidate_name,
                "credit_amount": credit_amount,
                "event": event,
                "event_date": event_date,
                "id": id,
                "object_uuid": object_uuid,
                "parent_object_uuid": parent_object_uuid,
                "profile_id": profile_id,
                "profile_interview_id": profile_interview_id,
            }
        )
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_name: None | str = d.pop("candidate_name")

        credit_amount: float | None = d.pop("credit_amount")

        event: None | str = d.pop("event")

        event_date: None | str = d.pop("event_date")

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))

        def _parse_object_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_uuid_type_0 = UUID(data)

                return object_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        object_uuid = _parse_object_uuid(d.pop("object_uuid"))

        def _parse_parent_object_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_object_uuid_type_0 = UUID(data)

                return parent_object_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_object_uuid = _parse_parent_object_uuid(d.pop("parent_object_uuid"))

        def _parse_profile_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profile_id_type_0 = UUID(data)

                return profile_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        profile_id = _parse_profile_id(d.pop("profile_id"))

        def _parse_profile_interview_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profile_interview_id_type_0 = UUID(data)

                return profile_interview_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        profile_interview_id = _parse_profile_interview_id(d.pop("profile_interview_id"))

        stats = d.pop("stats", UNSET)

        merchant_credits_used_response_data_item = cls(
            candidate_name=candidate_name,
            credit_amount=credit_amount,
            event=event,
            event_date=event_date,
            id=id,
            object_uuid=object_uuid,
            parent_object_uuid=parent_object_uuid,
            profile_id=profile_id,
            profile_interview_id=profile_interview_id,
            stats=stats,
        )

        merchant_credits_used_response_data_item.additional_properties = d
        return merchant_credits_used_response_data_item

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
