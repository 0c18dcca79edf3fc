from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewCreateFromArrayResponse")


_KEYS_IN_INIT_ORDER = (
    "interview_def_set_id",
    "embed_id",
    "embed_signing_key",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class JobInterviewCreateFromArrayResponse:
    """The created interview definition set id, plus embed credentials when is_embedded=true.

    Attributes:
        interview_def_set_id (None | str): Id of the newly created interview definition set.
        embed_id (None | str | Unset): Embed id, present only when is_embedded=true.
        embed_signing_key (None | str | Unset): Embed signing key, present only when is_embedded=true.
    """

    interview_def_set_id: None | str
    embed_id: None | str | Unset = UNSET
    embed_signing_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_def_set_id: None | str
        interview_def_set_id = self.interview_def_set_id

        embed_id: None | str | Unset
        if isinstance(self.embed_id, Unset):
            embed_id = UNSET
        else:
            embed_id = self.embed_id

        embed_signing_key: None | str | Unset
        if isinstance(self.embed_signing_key, Unset):
            embed_signing_key = UNSET
        else:
            embed_signing_key = self.embed_signing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_def_set_id": interview_def_set_id,
            }
        )
        if embed_id is not UNSET:
            field_dict["embed_id"] = embed_id
        if embed_signing_key is not UNSET:
            field_dict["embed_signing_key"] = embed_signing_key

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
        interview_def_set_id: None | str = d.pop("interview_def_set_id")

        embed_id: None | str | Unset = d.pop("embed_id", UNSET)

        embed_signing_key: None | str | Unset = d.pop("embed_signing_key", UNSET)

        job_interview_create_from_array_response = cls(
            interview_def_set_id=interview_def_set_id,
            embed_id=embed_id,
            embed_signing_key=embed_signing_key,
        )

        job_interview_create_from_array_response.additional_properties = d
        return job_interview_create_from_array_response

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
