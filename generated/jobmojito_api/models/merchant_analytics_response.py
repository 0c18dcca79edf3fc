from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.merchant_analytics_response_data_item import (
        MerchantAnalyticsResponseDataItem,
    )
    from ..models.pagination import Pagination


T = TypeVar("T", bound="MerchantAnalyticsResponse")


@_attrs_define
class MerchantAnalyticsResponse:
    """
    Attributes:
        data (list[MerchantAnalyticsResponseDataItem] | None): Daily event counts for the requested range, ordered by
            day ascending. Only day/event combinations with a non-zero count are returned; missing combinations should be
            treated as 0 by the caller.
        pagination (None | Pagination):
    """

    data: list[MerchantAnalyticsResponseDataItem] | None
    pagination: None | Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pagination import Pagination  # noqa: PLC0415

        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merchant_analytics_response_data_item import (
            MerchantAnalyticsResponseDataItem,  # noqa: PLC0415
        )
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> list[MerchantAnalyticsResponseDataItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                data_type_0.extend(MerchantAnalyticsResponseDataItem._from_dicts(_data_type_0))

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("data: not list[MerchantAnalyticsResponseDataItem] | None")

        data = _parse_data(d.pop("data"))

        def _parse_pagination(data: object) -> None | Pagination:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_type_0 = Pagination.from_dict(data)

                return pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("pagination: not None | Pagination")

        pagination = _parse_pagination(d.pop("pagination"))

        merchant_analytics_response = cls(
            data=data,
            pagination=pagination,
        )

        merchant_analytics_response.additional_properties = d
        return merchant_analytics_response

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
