from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts

T = TypeVar("T", bound="JobInterviewSetStateResponseType1")


_KEYS_IN_INIT_ORDER = (
    "embed_id",
    "embed_signing_key",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class JobInterviewSetStateResponseType1:
    """
    Attributes:
        embed_id (None | str):
        embed_signing_key (None | str):
    """

    embed_id: None | str
    embed_signing_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embed_id: None | str
        embed_id = self.embed_id

        embed_signing_key: None | str
        embed_signing_key = self.embed_signing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embed_id": embed_id,
                "embed_signing_key": embed_signing_key,
            }
        )

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 2:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        embed_id: None | str = d.pop("embed_id")

        embed_signing_key: None | str = d.pop("embed_signing_key")

        job_interview_set_state_response_type_1 = cls(
            embed_id=embed_id,
            embed_signing_key=embed_signing_key,
        )

        job_interview_set_state_response_type_1.additional_properties = d
        return job_interview_set_state_response_type_1

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
