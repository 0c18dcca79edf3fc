from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantSubMerchantListResponseDataItem")


_KEYS_IN_INIT_ORDER = (
    "id",
    "admin_profiles",
    "billing_country",
    "business_type",
    "consumer_webanalytics",
    "contact_email",
    "contact_person",
    "created_at",
    "credits_used_30d",
    "credits_used_total",
    "frontend_domain",
    "image_logo_url",
    "info_notes",
    "interview_count",
    "interview_frontend_domain",
    "interview_latest",
    "interview_subscription_status",
    "interview_subscription_type",
    "interview_webanalytics",
    "merchant_features",
    "name",
    "register_domain",
    "status",
    "stripe_interview_subscription_start",
    "users",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class MerchantSubMerchantListResponseDataItem:
    """
    Attributes:
        id (None | str): Sub-merchant id.
        admin_profiles (Any | Unset): Admin profiles linked to this sub-merchant (jsonb).
        billing_country (None | str | Unset): Billing country.
        business_type (None | str | Unset): Business type.
        consumer_webanalytics (None | str | Unset): Consumer web-analytics id.
        contact_email (None | str | Unset): Primary contact email.
        contact_person (None | str | Unset): Primary contact name.
        created_at (None | str | Unset): Creation timestamp (ISO 8601).
        credits_used_30d (float | None | Unset): Credits used in the last 30 days.
        credits_used_total (float | None | Unset): Total credits used.
        frontend_domain (None | str | Unset): Consumer frontend domain.
        image_logo_url (None | str | Unset): Logo image URL.
        info_notes (None | str | Unset): Internal notes.
        interview_count (float | None | Unset): Total interviews run.
        interview_frontend_domain (None | str | Unset): Interview frontend domain.
        interview_latest (None | str | Unset): Most recent interview timestamp (ISO 8601).
        interview_subscription_status (None | str | Unset): Interview subscription status.
        interview_subscription_type (None | str | Unset): Interview subscription type.
        interview_webanalytics (None | str | Unset): Interview web-analytics id.
        merchant_features (Any | Unset): Enabled feature flags (jsonb).
        name (None | str | Unset): Sub-merchant name.
        register_domain (None | str | Unset): Registration domain.
        status (None | str | Unset): Status.
        stripe_interview_subscription_start (None | str | Unset): Subscription start (ISO 8601).
        users (Any | Unset): Users linked to this sub-merchant (jsonb).
    """

    id: None | str
    admin_profiles: Any | Unset = UNSET
    billing_country: None | str | Unset = UNSET
    business_type: None | str | Unset = UNSET
    consumer_webanalytics: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    credits_used_30d: float | None | Unset = UNSET
    credits_used_total: float | None | Unset = UNSET
    frontend_domain: None | str | Unset = UNSET
    image_logo_url: None | str | Unset = UNSET
    info_notes: None | str | Unset = UNSET
    interview_count: float | None | Unset = UNSET
    interview_frontend_domain: None | str | Unset = UNSET
    interview_latest: None | str | Unset = UNSET
    interview_subscription_status: None | str | Unset = UNSET
    interview_subscription_type: None | str | Unset = UNSET
    interview_webanalytics: None | str | Unset = UNSET
    merchant_features: Any | Unset = UNSET
    name: None | str | Unset = UNSET
    register_domain: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    stripe_interview_subscription_start: None | str | Unset = UNSET
    users: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        admin_profiles = self.admin_profiles

        billing_country: None | str | Unset
        if isinstance(self.billing_country, Unset):
            billing_country = UNSET
        else:
            billing_country = self.billing_country

        business_type: None | str | Unset
        if isinstance(self.business_type, Unset):
            business_type = UNSET
        else:
            business_type = self.business_type

        consumer_webanalytics: None | str | Unset
        if isinstance(self.consumer_webanalytics, Unset):
            consumer_webanalytics = UNSET
        else:
            consumer_webanalytics = self.consumer_webanalytics

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_person: None | str | Unset
        if isinstance(self.contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = self.contact_person

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        credits_used_30d: float | None | Unset
        if isinstance(self.credits_used_30d, Unset):
            credits_used_30d = UNSET
        else:
            credits_used_30d = self.credits_used_30d

        credits_used_total: float | None | Unset
        if isinstance(self.credits_used_total, Unset):
            credits_used_total = UNSET
        else:
            credits_used_total = self.credits_used_total

        frontend_domain: None | str | Unset
        if isinstance(self.frontend_domain, Unset):
            frontend_domain = UNSET
        else:
            frontend_domain = self.frontend_domain

        image_logo_url: None | str | Unset
        if isinstance(self.image_logo_url, Unset):
            image_logo_url = UNSET
        else:
            image_logo_url = self.image_logo_url

        info_notes: None | str | Unset
        if isinstance(self.info_notes, Unset):
            info_notes = UNSET
        else:
            info_notes = self.info_notes

        interview_count: float | None | Unset
        if isinstance(self.interview_count, Unset):
            interview_count = UNSET
        else:
            interview_count = self.interview_count

        interview_frontend_domain: None | str | Unset
        if isinstance(self.interview_frontend_domain, Unset):
            interview_frontend_domain = UNSET
        else:
            interview_frontend_domain = self.interview_frontend_domain

        interview_latest: None | str | Unset
        if isinstance(self.interview_latest, Unset):
            interview_latest = UNSET
        else:
            interview_latest = self.interview_latest

        interview_subscription_status: None | str | Unset
        if isinstance(self.interview_subscription_status, Unset):
            interview_subscription_status = UNSET
        else:
            interview_subscription_status = self.interview_subscription_status

        interview_subscription_type: None | str | Unset
        if isinstance(self.interview_subscription_type, Unset):
            interview_subscription_type = UNSET
        else:
            interview_subscription_type = self.interview_subscription_type

        interview_webanalytics: None | str | Unset
        if isinstance(self.interview_webanalytics, Unset):
            interview_webanalytics = UNSET
        else:
            interview_webanalytics = self.interview_webanalytics

        merchant_features = self.merchant_features

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        register_domain: None | str | Unset
        if isinstance(self.register_domain, Unset):
            register_domain = UNSET
        else:
            register_domain = self.register_domain

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        stripe_interview_subscription_start: None | str | Unset
        if isinstance(self.stripe_interview_subscription_start, Unset):
            stripe_interview_subscription_start = UNSET
        else:
            stripe_interview_subscription_start = self.stripe_interview_subscription_start

        users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if admin_profiles is not UNSET:
            field_dict["admin_profiles"] = admin_profiles
        if billing_country is not UNSET:
            field_dict["billing_country"] = billing_country
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if consumer_webanalytics is not UNSET:
            field_dict["consumer_webanalytics"] = consumer_webanalytics
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_person is not UNSET:
            field_dict["contact_person"] = contact_person
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if credits_used_30d is not UNSET:
            field_dict["credits_used_30d"] = credits_used_30d
        if credits_used_total is not UNSET:
            field_dict["credits_used_total"] = credits_used_total
        if frontend_domain is not UNSET:
            field_dict["frontend_domain"] = frontend_domain
        if image_logo_url is not UNSET:
            field_dict["image_logo_url"] = image_logo_url
        if info_notes is not UNSET:
            field_dict["info_notes"] = info_notes
        if interview_count is not UNSET:
            field_dict["interview_count"] = interview_count
        if interview_frontend_domain is not UNSET:
            field_dict["interview_frontend_domain"] = interview_frontend_domain
        if interview_latest is not UNSET:
            field_dict["interview_latest"] = interview_latest
        if interview_subscription_status is not UNSET:
            field_dict["interview_subscription_status"] = interview_subscription_status
        if interview_subscription_type is not UNSET:
            field_dict["interview_subscription_type"] = interview_subscription_type
        if interview_webanalytics is not UNSET:
            field_dict["interview_webanalytics"] = interview_webanalytics
        if merchant_features is not UNSET:
            field_dict["merchant_features"] = merchant_features
        if name is not UNSET:
            field_dict["name"] = name
        if register_domain is not UNSET:
            field_dict["register_domain"] = register_domain
        if status is not UNSET:
            field_dict["status"] = status
        if stripe_interview_subscription_start is not UNSET:
            field_dict["stripe_interview_subscription_start"] = stripe_interview_subscription_start
        if users is not UNSET:
            field_dict["users"] = users

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

        admin_profiles = d.pop("admin_profiles", UNSET)

        billing_country: None | str | Unset = d.pop("billing_country", UNSET)

        business_type: None | str | Unset = d.pop("business_type", UNSET)

        consumer_webanalytics: None | str | Unset = d.pop("consumer_webanalytics", UNSET)

        contact_email: None | str | Unset = d.pop("contact_email", UNSET)

        contact_person: None | str | Unset = d.pop("contact_person", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        credits_used_30d: float | None | Unset = d.pop("credits_used_30d", UNSET)

        credits_used_total: float | None | Unset = d.pop("credits_used_total", UNSET)

        frontend_domain: None | str | Unset = d.pop("frontend_domain", UNSET)

        image_logo_url: None | str | Unset = d.pop("image_logo_url", UNSET)

        info_notes: None | str | Unset = d.pop("info_notes", UNSET)

        interview_count: float | None | Unset = d.pop("interview_count", UNSET)

        interview_frontend_domain: None | str | Unset = d.pop("interview_frontend_domain", UNSET)

        interview_latest: None | str | Unset = d.pop("interview_latest", UNSET)

        interview_subscription_status: None | str | Unset = d.pop("interview_subscription_status", UNSET)

        interview_subscription_type: None | str | Unset = d.pop("interview_subscription_type", UNSET)

        interview_webanalytics: None | str | Unset = d.pop("interview_webanalytics", UNSET)

        merchant_features = d.pop("merchant_features", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        register_domain: None | str | Unset = d.pop("register_domain", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        stripe_interview_subscription_start: None | str | Unset = d.pop("stripe_interview_subscription_start", UNSET)

        users = d.pop("users", UNSET)

        merchant_sub_merchant_list_response_data_item = cls(
            id=id,
            admin_profiles=admin_profiles,
            billing_country=billing_country,
            business_type=business_type,
            consumer_webanalytics=consumer_webanalytics,
            contact_email=contact_email,
            contact_person=contact_person,
            created_at=created_at,
            credits_used_30d=credits_used_30d,
            credits_used_total=credits_used_total,
            frontend_domain=frontend_domain,
            image_logo_url=image_logo_url,
            info_notes=info_notes,
            interview_count=interview_count,
            interview_frontend_domain=interview_frontend_domain,
            interview_latest=interview_latest,
            interview_subscription_status=interview_subscription_status,
            interview_subscription_type=interview_subscription_type,
            interview_webanalytics=interview_webanalytics,
            merchant_features=merchant_features,
            name=name,
            register_domain=register_domain,
            status=status,
            stripe_interview_subscription_start=stripe_interview_subscription_start,
            users=users,
        )

        merchant_sub_merchant_list_response_data_item.additional_properties = d
        return merchant_sub_merchant_list_response_data_item

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
