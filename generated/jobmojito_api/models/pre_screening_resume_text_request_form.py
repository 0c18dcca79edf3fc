from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_screening_resume_text_request_form_languages_item import (
        PreScreeningResumeTextRequestFormLanguagesItem,
    )


T = TypeVar("T", bound="PreScreeningResumeTextRequestForm")


@_attrs_define
class PreScreeningResumeTextRequestForm:
    """
    Attributes:
        age (int | Unset): Candidate age in years. Example: 30.
        education (str | Unset): Candidate's highest education level. Must be one of the education keys used by the
            position's form_education rule: "primary school", "high school no graduation", "high school", "vocational",
            "bachelors", "masters", "doctorate". Example: masters.
        gender (str | Unset): Candidate gender key (standard values: male, female, other). Example: male.
        languages (list[PreScreeningResumeTextRequestFormLanguagesItem] | Unset): Candidate language proficiencies,
            matched against the position's form_languages rule.
        nationality (str | Unset): ISO country code of nationality. Defaults to candidate_country_code when omitted.
            Example: US.
        residency (str | Unset): ISO country code of residency. Defaults to candidate_country_code when omitted.
            Example: US.
        visa (str | Unset): Visa key, matched against the position's form_visa allowlist (keys are country-specific).
            Example: 18_transferable.
    """

    age: int | Unset = UNSET
    education: str | Unset = UNSET
    gender: str | Unset = UNSET
    languages: list[PreScreeningResumeTextRequestFormLanguagesItem] | Unset = UNSET
    nationality: str | Unset = UNSET
    residency: str | Unset = UNSET
    visa: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age = self.age

        education = self.education

        gender = self.gender

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        nationality = self.nationality

        residency = self.residency

        visa = self.visa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age is not UNSET:
            field_dict["age"] = age
        if education is not UNSET:
            field_dict["education"] = education
        if gender is not UNSET:
            field_dict["gender"] = gender
        if languages is not UNSET:
            field_dict["languages"] = languages
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if residency is not UNSET:
            field_dict["residency"] = residency
        if visa is not UNSET:
            field_dict["visa"] = visa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_screening_resume_text_request_form_languages_item import (
            PreScreeningResumeTextRequestFormLanguagesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        age = d.pop("age", UNSET)

        education = d.pop("education", UNSET)

        gender = d.pop("gender", UNSET)

        _languages = d.pop("languages", UNSET)
        languages: list[PreScreeningResumeTextRequestFormLanguagesItem] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            languages.extend(PreScreeningResumeTextRequestFormLanguagesItem._from_dicts(_languages))

        nationality = d.pop("nationality", UNSET)

        residency = d.pop("residency", UNSET)

        visa = d.pop("visa", UNSET)

        pre_screening_resume_text_request_form = cls(
            age=age,
            education=education,
            gender=gender,
            languages=languages,
            nationality=nationality,
            residency=residency,
            visa=visa,
        )

        pre_screening_resume_text_request_form.additional_properties = d
        return pre_screening_resume_text_request_form

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
