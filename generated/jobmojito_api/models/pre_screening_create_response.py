from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreScreeningCreateResponse")


_KEYS_IN_INIT_ORDER = (
    "created",
    "interview_pre_screening_id",
    "position_def_set_id",
    "updated",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)


@_attrs_define
class PreScreeningCreateResponse:
    """On create returns `{ created: true, position_def_set_id, interview_pre_screening_id }`; on update returns `{
    updated: true, position_def_set_id, interview_pre_screening_id }`.

        Attributes:
            created (bool | None | Unset): True when a new pre-screening position was created.
            interview_pre_screening_id (None | str | Unset): The pre-screening definition id created or updated.
            position_def_set_id (None | str | Unset): The position_def_set id created or updated.
            updated (bool | None | Unset): True when an existing pre-screening position was updated.
    """

    created: bool | None | Unset = UNSET
    interview_pre_screening_id: None | str | Unset = UNSET
    position_def_set_id: None | str | Unset = UNSET
    updated: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: bool | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        interview_pre_screening_id: None | str | Unset
        if isinstance(self.interview_pre_screening_id, Unset):
            interview_pre_screening_id = UNSET
        else:
            interview_pre_screening_id = self.interview_pre_screening_id

        position_def_set_id: None | str | Unset
        if isinstance(self.position_def_set_id, Unset):
            position_def_set_id = UNSET
        else:
            position_def_set_id = self.position_def_set_id

        updated: bool | None | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if interview_pre_screening_id is not UNSET:
            field_dict["interview_pre_screening_id"] = interview_pre_screening_id
        if position_def_set_id is not UNSET:
            field_dict["position_def_set_id"] = position_def_set_id
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 4:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        created: bool | None | Unset = d.pop("created", UNSET)

        interview_pre_screening_id: None | str | Unset = d.pop("interview_pre_screening_id", UNSET)

        position_def_set_id: None | str | Unset = d.pop("position_def_set_id", UNSET)

        updated: bool | None | Unset = d.pop("updated", UNSET)

        pre_screening_create_response = cls(
            created=created,
            interview_pre_screening_id=interview_pre_screening_id,
            position_def_set_id=position_def_set_id,
            updated=updated,
        )

        pre_screening_create_response.additional_properties = d
        return pre_screening_create_response

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
