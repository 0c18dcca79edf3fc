from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MerchantStatus")


@_attrs_define
class MerchantStatus:
    """
    Attributes:
        candidates (float | None): Total candidates (non-archived profile_interview rows) for the merchant. Example:
            212.
        candidates_history (list[float] | None): Daily new-candidate counts for the last 14 days, most recent first.
            Example: [3, 5, 0, 2, 8, 1, 0, 4, 6, 2, 1, 0, 3, 5].
        credits_interview_extra (float | None): Extra (top-up) interview credits available on top of the monthly
            allowance. Example: 25.
        credits_interview_monthly (float | None): Remaining monthly interview credits. Example: 8.
        credits_interview_monthly_limit (float | None): Monthly interview-credit allowance for the current plan.
            Example: 10.
        credits_interview_single (float | None): Single-position interview credits available. Example: 0.
        default_merchant_id (None | str): The caller's home merchant id pinned in the JWT (app_metadata.merchant_id).
            Null if the token carries no merchant. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        definitions_active (float | None): Count of active interview + position definitions. Example: 4.
        interview_result_history (list[float] | None): Daily new-interview-result counts for the last 14 days, most
            recent first. Example: [1, 2, 0, 1, 3, 0, 0, 2, 1, 1, 0, 0, 1, 2].
        interview_results (float | None): Total non-archived interview results for the merchant. Example: 137.
        interviews_ongoing (float | None): Interviews currently in progress (coach_status = started). Example: 1.
        interviews_undecided (float | None): Completed interviews awaiting a recruiter decision. Example: 3.
        interviews_without_credits (float | None): Completed interviews that have not yet consumed a credit. Example: 2.
        invitations_available (float | None): Remaining invitations this period. Null for unlimited (Special) plans.
            Example: 22.
        invitations_limit (float | None): Maximum invitations allowed this period (4x available credits). Null for
            unlimited (Special) plans. Example: 40.
        invitations_sent (float | None): Interview invitations sent during the current subscription period. Example: 18.
        merchant_id (None | str): The merchant this status is scoped to — the default_merchant_id unless an admin / sub-
            merchant operator overrode it via the merchant_id query param. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        profile_id (None | str): The calling user's profile id (auth user id), taken from the JWT. Example:
            9b2c1e54-7a3d-4f8e-9c10-2b6a4d5e7f01.
        subscription_status (None | str): Subscription status (e.g. active, past_due, canceled). Null when no
            subscription. Example: active.
        subscription_type (None | str): Subscription plan name (e.g. Free, Starter, Growth, Special). Example: Growth.
    """

    candidates: float | None
    candidates_history: list[float] | None
    credits_interview_extra: float | None
    credits_interview_monthly: float | None
    credits_interview_monthly_limit: float | None
    credits_interview_single: float | None
    default_merchant_id: None | str
    definitions_active: float | None
    interview_result_history: list[float] | None
    interview_results: float | None
    interviews_ongoing: float | None
    interviews_undecided: float | None
    interviews_without_credits: float | None
    invitations_available: float | None
    invitations_limit: float | None
    invitations_sent: float | None
    merchant_id: None | str
    profile_id: None | str
    subscription_status: None | str
    subscription_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates: float | None
        candidates = self.candidates

        candidates_history: list[float] | None
        if isinstance(self.candidates_history, list):
            candidates_history = self.candidates_history

        else:
            candidates_history = self.candidates_history

        credits_interview_extra: float | None
        credits_interview_extra = self.credits_interview_extra

        credits_interview_monthly: float | None
        credits_interview_monthly = self.credits_interview_monthly

        credits_interview_monthly_limit: float | None
        credits_interview_monthly_limit = self.credits_interview_monthly_limit

        credits_interview_single: float | None
        credits_interview_single = self.credits_interview_single

        default_merchant_id: None | str
        default_merchant_id = self.default_merchant_id

        definitions_active: float | None
        definitions_active = self.definitions_active

        interview_result_history: list[float] | None
        if isinstance(self.interview_result_history, list):
            interview_result_history = self.interview_result_history

        else:
            interview_result_history = self.interview_result_history

        interview_results: float | None
        interview_results = self.interview_results

        interviews_ongoing: float | None
        interviews_ongoing = self.interviews_ongoing

        interviews_undecided: float | None
        interviews_undecided = self.interviews_undecided

        interviews_without_credits: float | None
        interviews_without_credits = self.interviews_without_credits

        invitations_available: float | None
        invitations_available = self.invitations_available

        invitations_limit: float | None
        invitations_limit = self.invitations_limit

        invitations_sent: float | None
        invitations_sent = self.invitations_sent

        merchant_id: None | str
        merchant_id = self.merchant_id

        profile_id: None | str
        profile_id = self.profile_id

        subscription_status: None | str
        subscription_status = self.subscription_status

        subscription_type: None | str
        subscription_type = self.subscription_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidates": candidates,
                "candidates_history": candidates_history,
                "credits_interview_extra": credits_interview_extra,
                "credits_interview_monthly": credits_interview_monthly,
                "credits_interview_monthly_limit": credits_interview_monthly_limit,
                "credits_interview_single": credits_interview_single,
                "default_merchant_id": default_merchant_id,
                "definitions_active": definitions_active,
                "interview_result_history": interview_result_history,
                "interview_results": interview_results,
                "interviews_ongoing": interviews_ongoing,
                "interviews_undecided": interviews_undecided,
                "interviews_without_credits": interviews_without_credits,
                "invitations_available": invitations_available,
                "invitations_limit": invitations_limit,
                "invitations_sent": invitations_sent,
                "merchant_id": merchant_id,
                "profile_id": profile_id,
                "subscription_status": subscription_status,
                "subscription_type": subscription_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidates: float | None = d.pop("candidates")

        def _parse_candidates_history(data: object) -> list[float] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                candidates_history_type_0 = cast(list[float], data)

                return candidates_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("candidates_history: not list[float] | None")

        candidates_history = _parse_candidates_history(d.pop("candidates_history"))

        credits_interview_extra: float | None = d.pop("credits_interview_extra")

        credits_interview_monthly: float | None = d.pop("credits_interview_monthly")

        credits_interview_monthly_limit: float | None = d.pop("credits_interview_monthly_limit")

        credits_interview_single: float | None = d.pop("credits_interview_single")

        default_merchant_id: None | str = d.pop("default_merchant_id")

        definitions_active: float | None = d.pop("definitions_active")

        def _parse_interview_result_history(data: object) -> list[float] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interview_result_history_type_0 = cast(list[float], data)

                return interview_result_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("interview_result_history: not list[float] | None")

        interview_result_history = _parse_interview_result_history(d.pop("interview_result_history"))

        interview_results: float | None = d.pop("interview_results")

        interviews_ongoing: float | None = d.pop("interviews_ongoing")

        interviews_undecided: float | None = d.pop("interviews_undecided")

        interviews_without_credits: float | None = d.pop("interviews_without_credits")

        invitations_available: float | None = d.pop("invitations_available")

        invitations_limit: float | None = d.pop("invitations_limit")

        invitations_sent: float | None = d.pop("invitations_sent")

        merchant_id: None | str = d.pop("merchant_id")

        profile_id: None | str = d.pop("profile_id")

        subscription_status: None | str = d.pop("subscription_status")

        subscription_type: None | str = d.pop("subscription_type")

        merchant_status = cls(
            candidates=candidates,
            candidates_history=candidates_history,
            credits_interview_extra=credits_interview_extra,
            credits_interview_monthly=credits_interview_monthly,
            credits_interview_monthly_limit=credits_interview_monthly_limit,
            credits_interview_single=credits_interview_single,
            default_merchant_id=default_merchant_id,
            definitions_active=definitions_active,
            interview_result_history=interview_result_history,
            interview_results=interview_results,
            interviews_ongoing=interviews_ongoing,
            interviews_undecided=interviews_undecided,
            interviews_without_credits=interviews_without_credits,
            invitations_available=invitations_available,
            invitations_limit=invitations_limit,
            invitations_sent=invitations_sent,
            merchant_id=merchant_id,
            profile_id=profile_id,
            subscription_status=subscription_status,
            subscription_type=subscription_type,
        )

        merchant_status.additional_properties = d
        return merchant_status

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
