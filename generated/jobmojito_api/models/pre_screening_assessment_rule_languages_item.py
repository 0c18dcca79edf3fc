from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_screening_assessment_rule_languages_item_level import (
    PreScreeningAssessmentRuleLanguagesItemLevel,
    check_pre_screening_assessment_rule_languages_item_level,
)

T = TypeVar("T", bound="PreScreeningAssessmentRuleLanguagesItem")


@_attrs_define
class PreScreeningAssessmentRuleLanguagesItem:
    """
    Attributes:
        code (str): Platform language code. Example: en.
        level (PreScreeningAssessmentRuleLanguagesItemLevel):
    """

    code: str
    level: PreScreeningAssessmentRuleLanguagesItemLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        level: str = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        level = check_pre_screening_assessment_rule_languages_item_level(d.pop("level"))

        pre_screening_assessment_rule_languages_item = cls(
            code=code,
            level=level,
        )

        pre_screening_assessment_rule_languages_item.additional_properties = d
        return pre_screening_assessment_rule_languages_item

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
