from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_screening_form_field_field_type import (
    PreScreeningFormFieldFieldType,
    check_pre_screening_form_field_field_type,
)
from ..models.pre_screening_form_field_type import (
    PreScreeningFormFieldType,
    check_pre_screening_form_field_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreScreeningFormField")


@_attrs_define
class PreScreeningFormField:
    """A single candidate-form field: either a standard field reference or a custom field.

    Attributes:
        id (str): Field id. Standard fields reuse the rule id (e.g. form_education). Custom fields use
            custom_<timestamp>. Example: custom_1772004521633.
        description (str | Unset): Custom fields: optional helper text shown under the title.
        field_type (PreScreeningFormFieldFieldType | Unset):
        mandatory (bool | Unset): Standard fields: whether the candidate must answer. Derived from the matching rule
            type (required/screening → true, optional → false).
        options (list[str] | Unset): Custom fields: the choices when field_type is "radio" (at least 2 required).
            Example: ['Yes', 'No'].
        title (str | Unset): Custom fields: the question/label shown to the candidate. Example: Do you hold a valid work
            permit?.
        type_ (PreScreeningFormFieldType | Unset):
    """

    id: str
    description: str | Unset = UNSET
    field_type: PreScreeningFormFieldFieldType | Unset = UNSET
    mandatory: bool | Unset = UNSET
    options: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    type_: PreScreeningFormFieldType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        field_type: str | Unset = UNSET
        if not isinstance(self.field_type, Unset):
            field_type = self.field_type

        mandatory = self.mandatory

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if options is not UNSET:
            field_dict["options"] = options
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description", UNSET)

        _field_type = d.pop("field_type", UNSET)
        field_type: PreScreeningFormFieldFieldType | Unset
        if isinstance(_field_type, Unset):
            field_type = UNSET
        else:
            field_type = check_pre_screening_form_field_field_type(_field_type)

        mandatory = d.pop("mandatory", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PreScreeningFormFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_pre_screening_form_field_type(_type_)

        pre_screening_form_field = cls(
            id=id,
            description=description,
            field_type=field_type,
            mandatory=mandatory,
            options=options,
            title=title,
            type_=type_,
        )

        pre_screening_form_field.additional_properties = d
        return pre_screening_form_field

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
