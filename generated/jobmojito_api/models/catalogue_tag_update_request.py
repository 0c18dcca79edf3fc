from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogue_tag_update_request_coach_plan import (
    CatalogueTagUpdateRequestCoachPlan,
    check_catalogue_tag_update_request_coach_plan,
)
from ..models.catalogue_tag_update_request_mojito_language_code import (
    CatalogueTagUpdateRequestMojitoLanguageCode,
    check_catalogue_tag_update_request_mojito_language_code,
)
from ..models.catalogue_tag_update_request_status import (
    CatalogueTagUpdateRequestStatus,
    check_catalogue_tag_update_request_status,
)
from ..models.catalogue_tag_update_request_visibility import (
    CatalogueTagUpdateRequestVisibility,
    check_catalogue_tag_update_request_visibility,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogueTagUpdateRequest")


@_attrs_define
class CatalogueTagUpdateRequest:
    """
    Attributes:
        id (str): Id of the directory to update (the catalogue URL segment). The id itself cannot be changed — create a
            new directory instead. Example: sales-coaching-en.
        coach_plan (CatalogueTagUpdateRequestCoachPlan | None | Unset): Coaching-plan stage this item belongs to, used
            by the coaching-plan progress view. Omit/null to leave it out of any plan. Options — `demo`: Demo session. |
            `screening`: Screening-interview practice. | `2nd`: Second-interview practice. | `3rd`: Third-interview
            practice. | `closing`: Closing / salary-negotiation practice. | `job-specific`: Job-specific coaching. |
            `other`: Anything that does not fit the other buckets.. Example: screening.
        content_md (None | str | Unset): Markdown for the custom directory page. Sending null removes the custom page
            and restores the default grid; sending a string replaces the whole page. Directives, each ALONE on its own line:
            `[plan-progress]`, `[directory:<tag-id>]`, `[session:<interview-id>]`, `[sessions]`, `[sessions:<term>]`,
            `[sessions:filter=<term>,limit=<n>]`. Chips, callouts, cards, columns and buttons are available too — formatting
            guide: https://developer.jobmojito.com/cookbooks/format-content-with-markdown Example: ## Sales coaching

            Pick a session to practise with.

            [chip:6 sessions] [chip:Beginner,tone=accent]

            [sessions:filter=objection-handling,limit=6]
            .
        cover_image_url (None | str | Unset): Cover image URL shown on the directory card. null clears it.
        description (None | str | Unset): Short description shown on the directory card.
        mojito_language_code (CatalogueTagUpdateRequestMojitoLanguageCode | None | Unset): Language of the directory
            (one of the platform-languages.json codes). The catalogue groups directories by language. Example: en.
        name (str | Unset): Display name of the directory. Example: Sales coaching.
        status (CatalogueTagUpdateRequestStatus | Unset):
        tags_interview_set_filter (list[str] | None | Unset): Tag filter selecting which coaching sessions this
            directory lists: a session appears when its own `tags` contain EVERY tag here (an AND, not an OR). Only `active`
            coaching/persona sessions with visibility `public` or `merchant_public` are listed. Set the matching tags on the
            session with the create-interview / job-interview-update `tags` field. Example: ['sales', 'objection-handling'].
        tags_sub (list[str] | None | Unset): Ids of the directories nested under this one, in display order. Replaces
            the whole list — send the full set, not just the additions. A referenced directory only appears if it exists and
            is visible to the viewer. Example: ['sales-coaching-objections-en', 'sales-coaching-closing-en'].
        visibility (CatalogueTagUpdateRequestVisibility | Unset):
    """

    id: str
    coach_plan: CatalogueTagUpdateRequestCoachPlan | None | Unset = UNSET
    content_md: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    mojito_language_code: CatalogueTagUpdateRequestMojitoLanguageCode | None | Unset = UNSET
    name: str | Unset = UNSET
    status: CatalogueTagUpdateRequestStatus | Unset = UNSET
    tags_interview_set_filter: list[str] | None | Unset = UNSET
    tags_sub: list[str] | None | Unset = UNSET
    visibility: CatalogueTagUpdateRequestVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coach_plan: None | str | Unset
        if isinstance(self.coach_plan, Unset):
            coach_plan = UNSET
        elif isinstance(self.coach_plan, str):
            coach_plan = self.coach_plan
        else:
            coach_plan = self.coach_plan

        content_md: None | str | Unset
        if isinstance(self.content_md, Unset):
            content_md = UNSET
        else:
            content_md = self.content_md

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        elif isinstance(self.mojito_language_code, str):
            mojito_language_code = self.mojito_language_code
        else:
            mojito_language_code = self.mojito_language_code

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        tags_interview_set_filter: list[str] | None | Unset
        if isinstance(self.tags_interview_set_filter, Unset):
            tags_interview_set_filter = UNSET
        elif isinstance(self.tags_interview_set_filter, list):
            tags_interview_set_filter = self.tags_interview_set_filter

        else:
            tags_interview_set_filter = self.tags_interview_set_filter

        tags_sub: list[str] | None | Unset
        if isinstance(self.tags_sub, Unset):
            tags_sub = UNSET
        elif isinstance(self.tags_sub, list):
            tags_sub = self.tags_sub

        else:
            tags_sub = self.tags_sub

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if coach_plan is not UNSET:
            field_dict["coach_plan"] = coach_plan
        if content_md is not UNSET:
            field_dict["content_md"] = content_md
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if description is not UNSET:
            field_dict["description"] = description
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if tags_interview_set_filter is not UNSET:
            field_dict["tags_interview_set_filter"] = tags_interview_set_filter
        if tags_sub is not UNSET:
            field_dict["tags_sub"] = tags_sub
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_coach_plan(data: object) -> CatalogueTagUpdateRequestCoachPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coach_plan_type_0 = check_catalogue_tag_update_request_coach_plan(data)

                return coach_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueTagUpdateRequestCoachPlan | None | Unset, data)

        coach_plan = _parse_coach_plan(d.pop("coach_plan", UNSET))

        content_md: None | str | Unset = d.pop("content_md", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_mojito_language_code(data: object) -> CatalogueTagUpdateRequestMojitoLanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mojito_language_code_type_0 = check_catalogue_tag_update_request_mojito_language_code(data)

                return mojito_language_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueTagUpdateRequestMojitoLanguageCode | None | Unset, data)

        mojito_language_code = _parse_mojito_language_code(d.pop("mojito_language_code", UNSET))

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: CatalogueTagUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_catalogue_tag_update_request_status(_status)

        def _parse_tags_interview_set_filter(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_interview_set_filter_type_0 = cast(list[str], data)

                return tags_interview_set_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags_interview_set_filter: not list[str] | None | Unset")

        tags_interview_set_filter = _parse_tags_interview_set_filter(d.pop("tags_interview_set_filter", UNSET))

        def _parse_tags_sub(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_sub_type_0 = cast(list[str], data)

                return tags_sub_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags_sub: not list[str] | None | Unset")

        tags_sub = _parse_tags_sub(d.pop("tags_sub", UNSET))

        _visibility = d.pop("visibility", UNSET)
        visibility: CatalogueTagUpdateRequestVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_catalogue_tag_update_request_visibility(_visibility)

        catalogue_tag_update_request = cls(
            id=id,
            coach_plan=coach_plan,
            content_md=content_md,
            cover_image_url=cover_image_url,
            description=description,
            mojito_language_code=mojito_language_code,
            name=name,
            status=status,
            tags_interview_set_filter=tags_interview_set_filter,
            tags_sub=tags_sub,
            visibility=visibility,
        )

        catalogue_tag_update_request.additional_properties = d
        return catalogue_tag_update_request

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
