from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_screening_assessment_rule_action import (
    PreScreeningAssessmentRuleAction,
    check_pre_screening_assessment_rule_action,
)
from ..models.pre_screening_assessment_rule_type import (
    PreScreeningAssessmentRuleType,
    check_pre_screening_assessment_rule_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_screening_assessment_rule_languages_item import (
        PreScreeningAssessmentRuleLanguagesItem,
    )


T = TypeVar("T", bound="PreScreeningAssessmentRule")


@_attrs_define
class PreScreeningAssessmentRule:
    """A single pre-screening assessment rule. The keys used depend on `id` (see each key's description).

    Attributes:
        id (str): Rule identifier. Standard form rules: form_nationality, form_residency, form_languages, form_education
            (or form_education_by_country), form_visa, form_age, form_gender, form_cover_letter, form_national_id. Standard
            resume rules: resume_match, resume_technical_experience, resume_education (or resume_education_by_country).
            Custom fields use custom_<timestamp>. Example: form_education.
        action (PreScreeningAssessmentRuleAction | Unset):
        age_max (int | Unset): form_age: maximum acceptable age (inclusive). Example: 60.
        age_min (int | Unset): form_age: minimum acceptable age (inclusive). Example: 18.
        country (list[str] | Unset): form_nationality / form_residency: allowlist of ISO country codes. Combined with
            country_eu as a logical OR. Example: ['US', 'CA'].
        country_eu (bool | Unset): form_nationality / form_residency: when true, any EU country is accepted (in addition
            to `country`).
        education (str | Unset): form_education / resume_education: minimum acceptable education level. Standard keys:
            ["primary school","high school no graduation","high school","vocational","bachelors","masters","doctorate"].
            Country-specific rules (form_education_by_country / resume_education_by_country) use the keys from that
            country's list. Example: bachelors.
        gender (list[str] | Unset): form_gender: allowlist of gender keys. Standard keys: male, female, other. Example:
            ['female'].
        languages (list[PreScreeningAssessmentRuleLanguagesItem] | Unset): form_languages: each listed language must be
            known at (at least) the given level.
        resume_score_accept (int | Unset): resume_match: below this value (but at/above resume_score_reject) the
            candidate is marked for review; at/above it the candidate passes. Example: 7.
        resume_score_reject (int | Unset): resume_match: reject the candidate when the AI match score (0-10) is below
            this value. 0 disables the reject threshold. Example: 2.
        technical_experience_years (int | Unset): resume_technical_experience: minimum years of relevant experience the
            AI must detect in the resume. Example: 3.
        type_ (PreScreeningAssessmentRuleType | Unset):
        visa (list[str] | Unset): form_visa: allowlist of visa keys. Keys are country-specific (only defined for some
            countries, e.g. KW, TR).
    """

    id: str
    action: PreScreeningAssessmentRuleAction | Unset = UNSET
    age_max: int | Unset = UNSET
    age_min: int | Unset = UNSET
    country: list[str] | Unset = UNSET
    country_eu: bool | Unset = UNSET
    education: str | Unset = UNSET
    gender: list[str] | Unset = UNSET
    languages: list[PreScreeningAssessmentRuleLanguagesItem] | Unset = UNSET
    resume_score_accept: int | Unset = UNSET
    resume_score_reject: int | Unset = UNSET
    technical_experience_years: int | Unset = UNSET
    type_: PreScreeningAssessmentRuleType | Unset = UNSET
    visa: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        age_max = self.age_max

        age_min = self.age_min

        country: list[str] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        country_eu = self.country_eu

        education = self.education

        gender: list[str] | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        resume_score_accept = self.resume_score_accept

        resume_score_reject = self.resume_score_reject

        technical_experience_years = self.technical_experience_years

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        visa: list[str] | Unset = UNSET
        if not isinstance(self.visa, Unset):
            visa = self.visa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if age_max is not UNSET:
            field_dict["age_max"] = age_max
        if age_min is not UNSET:
            field_dict["age_min"] = age_min
        if country is not UNSET:
            field_dict["country"] = country
        if country_eu is not UNSET:
            field_dict["country_eu"] = country_eu
        if education is not UNSET:
            field_dict["education"] = education
        if gender is not UNSET:
            field_dict["gender"] = gender
        if languages is not UNSET:
            field_dict["languages"] = languages
        if resume_score_accept is not UNSET:
            field_dict["resume_score_accept"] = resume_score_accept
        if resume_score_reject is not UNSET:
            field_dict["resume_score_reject"] = resume_score_reject
        if technical_experience_years is not UNSET:
            field_dict["technical_experience_years"] = technical_experience_years
        if type_ is not UNSET:
            field_dict["type"] = type_
        if visa is not UNSET:
            field_dict["visa"] = visa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_screening_assessment_rule_languages_item import (
            PreScreeningAssessmentRuleLanguagesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        _action = d.pop("action", UNSET)
        action: PreScreeningAssessmentRuleAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_pre_screening_assessment_rule_action(_action)

        age_max = d.pop("age_max", UNSET)

        age_min = d.pop("age_min", UNSET)

        country = cast(list[str], d.pop("country", UNSET))

        country_eu = d.pop("country_eu", UNSET)

        education = d.pop("education", UNSET)

        gender = cast(list[str], d.pop("gender", UNSET))

        _languages = d.pop("languages", UNSET)
        languages: list[PreScreeningAssessmentRuleLanguagesItem] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = PreScreeningAssessmentRuleLanguagesItem.from_dict(languages_item_data)

                languages.append(languages_item)

        resume_score_accept = d.pop("resume_score_accept", UNSET)

        resume_score_reject = d.pop("resume_score_reject", UNSET)

        technical_experience_years = d.pop("technical_experience_years", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PreScreeningAssessmentRuleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_pre_screening_assessment_rule_type(_type_)

        visa = cast(list[str], d.pop("visa", UNSET))

        pre_screening_assessment_rule = cls(
            id=id,
            action=action,
            age_max=age_max,
            age_min=age_min,
            country=country,
            country_eu=country_eu,
            education=education,
            gender=gender,
            languages=languages,
            resume_score_accept=resume_score_accept,
            resume_score_reject=resume_score_reject,
            technical_experience_years=technical_experience_years,
            type_=type_,
            visa=visa,
        )

        pre_screening_assessment_rule.additional_properties = d
        return pre_screening_assessment_rule

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
