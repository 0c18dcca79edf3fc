from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewUpdateRequestHiringForCompany")


_KEYS_IN_INIT_ORDER = (
    "company_size",
    "description",
    "location",
    "name",
    "sector",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class JobInterviewUpdateRequestHiringForCompany:
    """
    Attributes:
        company_size (None | str | Unset): Approximate headcount of the end employer. Example: 100-200.
        description (None | str | Unset): Short description of the end employer, used as background context by the
            agent. Example: Unimo Enterprises is a leading logistics and supply chain solutions provider..
        location (None | str | Unset): Primary location of the end employer. Example: Sri Lanka.
        name (None | str | Unset): End-employer name. Omit/null when hiring for yourself, 'undisclosed' for an unnamed
            external client, or the client's company name. Example: Unimo Enterprises.
        sector (None | str | Unset): Industry / sector of the end employer. Example: Logistics and Supply Chain.
    """

    company_size: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    sector: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_size: None | str | Unset
        if isinstance(self.company_size, Unset):
            company_size = UNSET
        else:
            company_size = self.company_size

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_size is not UNSET:
            field_dict["company_size"] = company_size
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name
        if sector is not UNSET:
            field_dict["sector"] = sector

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 5:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        company_size: None | str | Unset = d.pop("company_size", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        location: None | str | Unset = d.pop("location", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        sector: None | str | Unset = d.pop("sector", UNSET)

        job_interview_update_request_hiring_for_company = cls(
            company_size=company_size,
            description=description,
            location=location,
            name=name,
            sector=sector,
        )

        job_interview_update_request_hiring_for_company.additional_properties = d
        return job_interview_update_request_hiring_for_company

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
