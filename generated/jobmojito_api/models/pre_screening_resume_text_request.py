from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_screening_resume_text_request_form import (
        PreScreeningResumeTextRequestForm,
    )


T = TypeVar("T", bound="PreScreeningResumeTextRequest")


@_attrs_define
class PreScreeningResumeTextRequest:
    """
    Attributes:
        candidate_email (str): Candidate email (normalised to trimmed lowercase). Example: jane.doe@example.com.
        candidate_name (str): Candidate full name. Example: Jane Doe.
        candidate_resume (str): Plaintext candidate resume. Example: Experienced software engineer with 8 years ....
        position_id (str): Position (position_def_set) id the candidate is being screened against. Example:
            00000000-0000-0000-0000-000000000000.
        candidate_country_code (str | Unset): Optional ISO country code, used as the default residency/nationality when
            those are not supplied in `form`. If the position has a `form_nationality` or `form_residency` screening rule
            and neither this field nor the corresponding `form` value is provided, the candidate is screened with no
            nationality/residency and will fail that rule (marked for review or rejected per its action). Example: US.
        candidate_external_id (str | Unset): Optional external identifier stored on the candidate profile. Example:
            ATS-12345.
        candidate_linkedin_url (str | Unset): Optional LinkedIn profile URL stored on the candidate profile. Example:
            https://www.linkedin.com/in/jane-doe.
        form (PreScreeningResumeTextRequestForm | Unset):
    """

    candidate_email: str
    candidate_name: str
    candidate_resume: str
    position_id: str
    candidate_country_code: str | Unset = UNSET
    candidate_external_id: str | Unset = UNSET
    candidate_linkedin_url: str | Unset = UNSET
    form: PreScreeningResumeTextRequestForm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_email = self.candidate_email

        candidate_name = self.candidate_name

        candidate_resume = self.candidate_resume

        position_id = self.position_id

        candidate_country_code = self.candidate_country_code

        candidate_external_id = self.candidate_external_id

        candidate_linkedin_url = self.candidate_linkedin_url

        form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form, Unset):
            form = self.form.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidate_email": candidate_email,
                "candidate_name": candidate_name,
                "candidate_resume": candidate_resume,
                "position_id": position_id,
            }
        )
        if candidate_country_code is not UNSET:
            field_dict["candidate_country_code"] = candidate_country_code
        if candidate_external_id is not UNSET:
            field_dict["candidate_external_id"] = candidate_external_id
        if candidate_linkedin_url is not UNSET:
            field_dict["candidate_linkedin_url"] = candidate_linkedin_url
        if form is not UNSET:
            field_dict["form"] = form

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_screening_resume_text_request_form import (
            PreScreeningResumeTextRequestForm,  # noqa: PLC0415
        )

        d = dict(src_dict)
        candidate_email = d.pop("candidate_email")

        candidate_name = d.pop("candidate_name")

        candidate_resume = d.pop("candidate_resume")

        position_id = d.pop("position_id")

        candidate_country_code = d.pop("candidate_country_code", UNSET)

        candidate_external_id = d.pop("candidate_external_id", UNSET)

        candidate_linkedin_url = d.pop("candidate_linkedin_url", UNSET)

        _form = d.pop("form", UNSET)
        form: PreScreeningResumeTextRequestForm | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = PreScreeningResumeTextRequestForm.from_dict(_form)

        pre_screening_resume_text_request = cls(
            candidate_email=candidate_email,
            candidate_name=candidate_name,
            candidate_resume=candidate_resume,
            position_id=position_id,
            candidate_country_code=candidate_country_code,
            candidate_external_id=candidate_external_id,
            candidate_linkedin_url=candidate_linkedin_url,
            form=form,
        )

        pre_screening_resume_text_request.additional_properties = d
        return pre_screening_resume_text_request

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
