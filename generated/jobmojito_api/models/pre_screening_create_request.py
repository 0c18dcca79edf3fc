from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_screening_create_request_mojito_language_code import (
    PreScreeningCreateRequestMojitoLanguageCode,
    check_pre_screening_create_request_mojito_language_code,
)
from ..models.pre_screening_create_request_status import (
    PreScreeningCreateRequestStatus,
    check_pre_screening_create_request_status,
)
from ..models.pre_screening_create_request_type import (
    PreScreeningCreateRequestType,
    check_pre_screening_create_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_screening_assessment_rule import PreScreeningAssessmentRule
    from ..models.pre_screening_form_field import PreScreeningFormField


T = TypeVar("T", bound="PreScreeningCreateRequest")


@_attrs_define
class PreScreeningCreateRequest:
    """
    Attributes:
        assessment_rules (list[PreScreeningAssessmentRule] | None | Unset): Ordered array of assessment rules. Only
            rules with `type: "screening"` (plus resume_match / resume_technical_experience) are enforced; other entries
            just declare which fields the form collects. Keep in sync with `form_fields`: a standard form field enabled here
            should have a matching `{ id, mandatory }` entry in form_fields. Example: [{'action': 'reject', 'education':
            'bachelors', 'id': 'form_education', 'type': 'screening'}, {'action': 'mark_for_review', 'id': 'form_languages',
            'languages': [{'code': 'en', 'level': 'advanced'}], 'type': 'screening'}, {'id': 'form_nationality', 'type':
            'required'}, {'id': 'resume_match', 'resume_score_accept': 7, 'resume_score_reject': 2}, {'action':
            'mark_for_review', 'id': 'resume_technical_experience', 'technical_experience_years': 3}].
        candidate_expectations (None | str | Unset): Candidate expectations text.
        creation_parameters (Any | Unset): Creation parameters, any JSON (create only).
        form_fields (list[PreScreeningFormField] | None | Unset): Array describing the candidate form: standard field
            references ({ id, mandatory }) and/or custom fields ({ id: "custom_…", title, field_type, … }). For `form` and
            `resume_with_form` types at least one entry is required. Example: [{'id': 'form_education', 'mandatory': True},
            {'id': 'form_languages', 'mandatory': True}, {'id': 'form_nationality', 'mandatory': True}, {'field_type':
            'radio', 'id': 'custom_1772004521633', 'options': ['Yes', 'No'], 'title': 'Do you hold a valid work permit?',
            'type': 'required'}].
        interview_available_till (None | str | Unset): Timestamp until which the interview is available.
        kombo_parameters (Any | Unset): Kombo integration parameters (any JSON). Example: {'kombo_job_id':
            '7QzbCBaxX6fa4BMXBRuD7Lwm', 'kombo_selected_stage_id': None, 'kombo_stage_id': 'CVjhZwxbtcer5P15gakmEhsM',
            'kombo_sync_all_results': True, 'kombo_sync_all_results_stage_id': '9c5VZXrcMRmyr5vr1nvZWXSX'}.
        merchant_id (None | str | Unset): Target merchant id. Only honored for admin or sub-merchant users; otherwise
            the caller's own merchant is used.
        mojito_language_code (None | PreScreeningCreateRequestMojitoLanguageCode | Unset): Mojito language code (one of
            the platform-languages.json codes). Required when creating. Example: en.
        position_country_code (None | str | Unset): ISO country code; stored upper-cased. Required when creating.
            Example: US.
        position_description (None | str | Unset): Short position description. Example: Handle inbound customer
            requests..
        position_description_long (None | str | Unset): Long position description.
        position_location (None | str | Unset): Interview/position location. Required when creating. Example: Remote.
        position_name (None | str | Unset): Position name. Required when creating (no update_position_def_set_id).
            Example: Customer Support Specialist.
        status (None | PreScreeningCreateRequestStatus | Unset): When "active", the pre-screening position is activated
            after create/update.
        type_ (None | PreScreeningCreateRequestType | Unset): Pre-screening type. Defaults to "resume" on create.
        update_position_def_set_id (None | str | Unset): When set to an existing position id, the request updates that
            pre-screening position instead of creating a new one. When absent/empty, a new pre-screening position is created
            and the create-only mandatory fields are required. Example: 00000000-0000-0000-0000-000000000000.
        visibility (None | str | Unset): Position visibility. Defaults to "merchant_invite" on create.
    """

    assessment_rules: list[PreScreeningAssessmentRule] | None | Unset = UNSET
    candidate_expectations: None | str | Unset = UNSET
    creation_parameters: Any | Unset = UNSET
    form_fields: list[PreScreeningFormField] | None | Unset = UNSET
    interview_available_till: None | str | Unset = UNSET
    kombo_parameters: Any | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: None | PreScreeningCreateRequestMojitoLanguageCode | Unset = UNSET
    position_country_code: None | str | Unset = UNSET
    position_description: None | str | Unset = UNSET
    position_description_long: None | str | Unset = UNSET
    position_location: None | str | Unset = UNSET
    position_name: None | str | Unset = UNSET
    status: None | PreScreeningCreateRequestStatus | Unset = UNSET
    type_: None | PreScreeningCreateRequestType | Unset = UNSET
    update_position_def_set_id: None | str | Unset = UNSET
    visibility: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.assessment_rules, Unset):
            assessment_rules = UNSET
        elif isinstance(self.assessment_rules, list):
            assessment_rules = []
            for assessment_rules_type_0_item_data in self.assessment_rules:
                assessment_rules_type_0_item = assessment_rules_type_0_item_data.to_dict()
                assessment_rules.append(assessment_rules_type_0_item)

        else:
            assessment_rules = self.assessment_rules

        candidate_expectations: None | str | Unset
        if isinstance(self.candidate_expectations, Unset):
            candidate_expectations = UNSET
        else:
            candidate_expectations = self.candidate_expectations

        creation_parameters = self.creation_parameters

        form_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.form_fields, Unset):
            form_fields = UNSET
        elif isinstance(self.form_fields, list):
            form_fields = []
            for form_fields_type_0_item_data in self.form_fields:
                form_fields_type_0_item = form_fields_type_0_item_data.to_dict()
                form_fields.append(form_fields_type_0_item)

        else:
            form_fields = self.form_fields

        interview_available_till: None | str | Unset
        if isinstance(self.interview_available_till, Unset):
            interview_available_till = UNSET
        else:
            interview_available_till = self.interview_available_till

        kombo_parameters = self.kombo_parameters

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        elif isinstance(self.mojito_language_code, str):
            mojito_language_code = self.mojito_language_code
        else:
            mojito_language_code = self.mojito_language_code

        position_country_code: None | str | Unset
        if isinstance(self.position_country_code, Unset):
            position_country_code = UNSET
        else:
            position_country_code = self.position_country_code

        position_description: None | str | Unset
        if isinstance(self.position_description, Unset):
            position_description = UNSET
        else:
            position_description = self.position_description

        position_description_long: None | str | Unset
        if isinstance(self.position_description_long, Unset):
            position_description_long = UNSET
        else:
            position_description_long = self.position_description_long

        position_location: None | str | Unset
        if isinstance(self.position_location, Unset):
            position_location = UNSET
        else:
            position_location = self.position_location

        position_name: None | str | Unset
        if isinstance(self.position_name, Unset):
            position_name = UNSET
        else:
            position_name = self.position_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        update_position_def_set_id: None | str | Unset
        if isinstance(self.update_position_def_set_id, Unset):
            update_position_def_set_id = UNSET
        else:
            update_position_def_set_id = self.update_position_def_set_id

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assessment_rules is not UNSET:
            field_dict["assessment_rules"] = assessment_rules
        if candidate_expectations is not UNSET:
            field_dict["candidate_expectations"] = candidate_expectations
        if creation_parameters is not UNSET:
            field_dict["creation_parameters"] = creation_parameters
        if form_fields is not UNSET:
            field_dict["form_fields"] = form_fields
        if interview_available_till is not UNSET:
            field_dict["interview_available_till"] = interview_available_till
        if kombo_parameters is not UNSET:
            field_dict["kombo_parameters"] = kombo_parameters
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if position_country_code is not UNSET:
            field_dict["position_country_code"] = position_country_code
        if position_description is not UNSET:
            field_dict["position_description"] = position_description
        if position_description_long is not UNSET:
            field_dict["position_description_long"] = position_description_long
        if position_location is not UNSET:
            field_dict["position_location"] = position_location
        if position_name is not UNSET:
            field_dict["position_name"] = position_name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_position_def_set_id is not UNSET:
            field_dict["update_position_def_set_id"] = update_position_def_set_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_screening_assessment_rule import PreScreeningAssessmentRule  # noqa: PLC0415
        from ..models.pre_screening_form_field import PreScreeningFormField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assessment_rules(data: object) -> list[PreScreeningAssessmentRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assessment_rules_type_0 = []
                _assessment_rules_type_0 = data
                for assessment_rules_type_0_item_data in _assessment_rules_type_0:
                    assessment_rules_type_0_item = PreScreeningAssessmentRule.from_dict(
                        assessment_rules_type_0_item_data
                    )

                    assessment_rules_type_0.append(assessment_rules_type_0_item)

                return assessment_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("assessment_rules: not list[PreScreeningAssessmentRule] | None | Unset")

        assessment_rules = _parse_assessment_rules(d.pop("assessment_rules", UNSET))

        candidate_expectations: None | str | Unset = d.pop("candidate_expectations", UNSET)

        creation_parameters = d.pop("creation_parameters", UNSET)

        def _parse_form_fields(data: object) -> list[PreScreeningFormField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                form_fields_type_0 = []
                _form_fields_type_0 = data
                for form_fields_type_0_item_data in _form_fields_type_0:
                    form_fields_type_0_item = PreScreeningFormField.from_dict(form_fields_type_0_item_data)

                    form_fields_type_0.append(form_fields_type_0_item)

                return form_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("form_fields: not list[PreScreeningFormField] | None | Unset")

        form_fields = _parse_form_fields(d.pop("form_fields", UNSET))

        interview_available_till: None | str | Unset = d.pop("interview_available_till", UNSET)

        kombo_parameters = d.pop("kombo_parameters", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        def _parse_mojito_language_code(data: object) -> None | PreScreeningCreateRequestMojitoLanguageCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mojito_language_code_type_0 = check_pre_screening_create_request_mojito_language_code(data)

                return mojito_language_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreScreeningCreateRequestMojitoLanguageCode | Unset, data)

        mojito_language_code = _parse_mojito_language_code(d.pop("mojito_language_code", UNSET))

        position_country_code: None | str | Unset = d.pop("position_country_code", UNSET)

        position_description: None | str | Unset = d.pop("position_description", UNSET)

        position_description_long: None | str | Unset = d.pop("position_description_long", UNSET)

        position_location: None | str | Unset = d.pop("position_location", UNSET)

        position_name: None | str | Unset = d.pop("position_name", UNSET)

        def _parse_status(data: object) -> None | PreScreeningCreateRequestStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_pre_screening_create_request_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreScreeningCreateRequestStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | PreScreeningCreateRequestType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_pre_screening_create_request_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreScreeningCreateRequestType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        update_position_def_set_id: None | str | Unset = d.pop("update_position_def_set_id", UNSET)

        visibility: None | str | Unset = d.pop("visibility", UNSET)

        pre_screening_create_request = cls(
            assessment_rules=assessment_rules,
            candidate_expectations=candidate_expectations,
            creation_parameters=creation_parameters,
            form_fields=form_fields,
            interview_available_till=interview_available_till,
            kombo_parameters=kombo_parameters,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            position_country_code=position_country_code,
            position_description=position_description,
            position_description_long=position_description_long,
            position_location=position_location,
            position_name=position_name,
            status=status,
            type_=type_,
            update_position_def_set_id=update_position_def_set_id,
            visibility=visibility,
        )

        pre_screening_create_request.additional_properties = d
        return pre_screening_create_request

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
