from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PreScreeningResumeBinaryRequest")


@_attrs_define
class PreScreeningResumeBinaryRequest:
    """
    Attributes:
        candidate_email (str): Candidate email (normalized to lowercase, trimmed).
        candidate_name (str): Full name of the candidate.
        file (File): Resume file (pdf, doc, docx, txt, etc.)
        position_id (str): The position the candidate is being pre-screened against.
        candidate_country_code (str | Unset): Optional ISO country code used as the residency/nationality fallback when
            those are not supplied in `form`. If the position has a `form_nationality` or `form_residency` screening rule
            and neither this field nor the corresponding `form` value is provided, the candidate is screened with no
            nationality/residency and will fail that rule (marked for review or rejected per its action).
        candidate_external_id (str | Unset): Optional external identifier for the candidate.
        candidate_linkedin_url (str | Unset): Optional candidate LinkedIn profile URL.
        form (str | Unset): Optional JSON string with the candidate form answers, same shape as the `form` object of
            job-interview-pre-screening-api-resume-text: education (level key), languages ([{ code, level }]),
            residency/nationality (ISO codes), visa (key), age (int), gender (key). Custom fields (custom_<timestamp>) may
            also be included. Example:
            {"education":"masters","languages":[{"code":"en","level":"fluent"}],"residency":"US"}.
    """

    candidate_email: str
    candidate_name: str
    file: File
    position_id: str
    candidate_country_code: str | Unset = UNSET
    candidate_external_id: str | Unset = UNSET
    candidate_linkedin_url: str | Unset = UNSET
    form: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_email = self.candidate_email

        candidate_name = self.candidate_name

        file = self.file.to_tuple()

        position_id = self.position_id

        candidate_country_code = self.candidate_country_code

        candidate_external_id = self.candidate_external_id

        candidate_linkedin_url = self.candidate_linkedin_url

        form = self.form

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidate_email": candidate_email,
                "candidate_name": candidate_name,
                "file": file,
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("candidate_email", (None, str(self.candidate_email).encode(), "text/plain")))

        files.append(("candidate_name", (None, str(self.candidate_name).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        files.append(("position_id", (None, str(self.position_id).encode(), "text/plain")))

        if not isinstance(self.candidate_country_code, Unset):
            files.append(("candidate_country_code", (None, str(self.candidate_country_code).encode(), "text/plain")))

        if not isinstance(self.candidate_external_id, Unset):
            files.append(("candidate_external_id", (None, str(self.candidate_external_id).encode(), "text/plain")))

        if not isinstance(self.candidate_linkedin_url, Unset):
            files.append(("candidate_linkedin_url", (None, str(self.candidate_linkedin_url).encode(), "text/plain")))

        if not isinstance(self.form, Unset):
            files.append(("form", (None, str(self.form).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_email = d.pop("candidate_email")

        candidate_name = d.pop("candidate_name")

        file = File(payload=BytesIO(d.pop("file")))

        position_id = d.pop("position_id")

        candidate_country_code = d.pop("candidate_country_code", UNSET)

        candidate_external_id = d.pop("candidate_external_id", UNSET)

        candidate_linkedin_url = d.pop("candidate_linkedin_url", UNSET)

        form = d.pop("form", UNSET)

        pre_screening_resume_binary_request = cls(
            candidate_email=candidate_email,
            candidate_name=candidate_name,
            file=file,
            position_id=position_id,
            candidate_country_code=candidate_country_code,
            candidate_external_id=candidate_external_id,
            candidate_linkedin_url=candidate_linkedin_url,
            form=form,
        )

        pre_screening_resume_binary_request.additional_properties = d
        return pre_screening_resume_binary_request

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
