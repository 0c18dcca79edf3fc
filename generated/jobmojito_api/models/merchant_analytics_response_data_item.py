from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts

T = TypeVar("T", bound="MerchantAnalyticsResponseDataItem")


_KEYS_IN_INIT_ORDER = (
    "day",
    "event",
    "event_number",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class MerchantAnalyticsResponseDataItem:
    """
    Attributes:
        day (None | str): Calendar day (YYYY-MM-DD). Example: 2026-01-15.
        event (None | str): Event type (e.g. interview, interview_invitation, interview_page_visit).
        event_number (float | None): Count of this event on this day. Always greater than 0 — zero-count day/event
            combinations are omitted. Example: 12.
    """

    day: None | str
    event: None | str
    event_number: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day: None | str
        day = self.day

        event: None | str
        event = self.event

        event_number: float | None
        event_number = self.event_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "event": event,
                "event_number": event_number,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 3:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        day: None | str = d.pop("day")

        event: None | str = d.pop("event")

        event_number: float | None = d.pop("event_number")

        merchant_analytics_response_data_item = cls(
            day=day,
            event=event,
            event_number=event_number,
        )

        merchant_analytics_response_data_item.additional_properties = d
        return merchant_analytics_response_data_item

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
