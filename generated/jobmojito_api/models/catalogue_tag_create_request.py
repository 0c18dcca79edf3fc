from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogue_tag_create_request_coach_plan import (
    CatalogueTagCreateRequestCoachPlan,
    check_catalogue_tag_create_request_coach_plan,
)
from ..models.catalogue_tag_create_request_mojito_language_code import (
    CatalogueTagCreateRequestMojitoLanguageCode,
    check_catalogue_tag_create_request_mojito_language_code,
)
from ..models.catalogue_tag_create_request_status import (
    CatalogueTagCreateRequestStatus,
    check_catalogue_tag_create_request_status,
)
from ..models.catalogue_tag_create_request_visibility import (
    CatalogueTagCreateRequestVisibility,
    check_catalogue_tag_create_request_visibility,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogueTagCreateRequest")


@_attrs_define
class CatalogueTagCreateRequest:
    """
    Attributes:
        id (str): Directory id — also the catalogue URL segment (/catalogue/<id>) and the value other directories
            reference in their `tags_sub`. Lowercase letters, digits and single - or _ separators. Convention is to end
            language-specific directories with the language code, e.g. `sales-coaching-en`. Example: sales-coaching-en.
        name (str): Display name of the directory, shown as the page title and on its card. Example: Sales coaching.
        coach_plan (CatalogueTagCreateRequestCoachPlan | None | Unset): Coaching-plan stage this item belongs to, used
            by the coaching-plan progress view. Omit/null to leave it out of any plan. Options — `demo`: Demo session. |
            `screening`: Screening-interview practice. | `2nd`: Second-interview practice. | `3rd`: Third-interview
            practice. | `closing`: Closing / salary-negotiation practice. | `job-specific`: Job-specific coaching. |
            `other`: Anything that does not fit the other buckets.. Example: screening.
        content_md (None | str | Unset): Markdown for a custom directory page. When set (even as an empty string) the
            markdown replaces the default grid and decides the layout itself; null renders the plain grid of sub-directories
            and sessions. Alongside normal Markdown you can place these directives, each ALONE on its own line: `[plan-
            progress]` (the learner's coaching-plan progress), `[directory:<tag-id>]` (a card for one sub-directory),
            `[session:<interview-id>]` (a card for one session), `[sessions]` (every session in this directory),
            `[sessions:<term>]` (sessions matching a term), `[sessions:filter=<term>,limit=<n>]` (a filtered, capped list).
            A directive on a line with other text is rendered as ordinary text. Chips, callouts, cards, columns and buttons
            are available here too — full vocabulary: https://developer.jobmojito.com/cookbooks/format-content-with-markdown
            Example: ## Sales coaching

            Pick a session to practise with.

            [chip:6 sessions] [chip:Beginner,tone=accent]

            [sessions:filter=objection-handling,limit=6]
            .
        cover_image_url (None | str | Unset): Cover image URL shown on the directory card.
        description (None | str | Unset): Short description shown on the directory card. Example: Practice discovery,
            objection handling and closing..
        merchant_id (None | str | Unset): Merchant that owns the directory. Admin / sub-merchant callers only; otherwise
            taken from your token. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        mojito_language_code (CatalogueTagCreateRequestMojitoLanguageCode | None | Unset): Language of the directory
            (one of the platform-languages.json codes). The catalogue groups directories by language; defaults to `en` when
            omitted. Example: en.
        parent_tag (None | str | Unset): Id of an existing directory to nest this new one under: the new id is appended
            to that directory's `tags_sub`. Omit to create a top-level directory (reachable via a direct link, or by adding
            it to another directory later). Example: home-employee-en.
        status (CatalogueTagCreateRequestStatus | None | Unset): Lifecycle status of the catalogue directory. Options —
            `draft`: Not published — the directory exists but is not served to visitors. | `active`: Published and served in
            the catalogue. | `archived`: Retired — kept for reference but no longer served.. Example: active.
        tags_interview_set_filter (list[str] | None | Unset): Tag filter selecting which coaching sessions this
            directory lists: a session appears when its own `tags` contain EVERY tag here (an AND, not an OR). Only `active`
            coaching/persona sessions with visibility `public` or `merchant_public` are listed. Set the matching tags on the
            session with the create-interview / job-interview-update `tags` field. Example: ['sales', 'objection-handling'].
        tags_sub (list[str] | None | Unset): Ids of the directories nested under this one, in display order. Replaces
            the whole list — send the full set, not just the additions. A referenced directory only appears if it exists and
            is visible to the viewer. Example: ['sales-coaching-objections-en', 'sales-coaching-closing-en'].
        visibility (CatalogueTagCreateRequestVisibility | None | Unset): Who can see the catalogue directory. Options —
            `public`: Shared across every merchant. Platform admins only — a merchant caller is rejected by row-level
            security. | `merchant_public`: Listed in the merchant's own catalogue — the normal choice. | `merchant_invite`:
            Owned by the merchant but not listed; reachable only for invited users. | `merchant_unlisted`: Owned by the
            merchant but not listed; reachable only via a direct link.. Example: merchant_public.
    """

    id: str
    name: str
    coach_plan: CatalogueTagCreateRequestCoachPlan | None | Unset = UNSET
    content_md: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: CatalogueTagCreateRequestMojitoLanguageCode | None | Unset = UNSET
    parent_tag: None | str | Unset = UNSET
    status: CatalogueTagCreateRequestStatus | None | Unset = UNSET
    tags_interview_set_filter: list[str] | None | Unset = UNSET
    tags_sub: list[str] | None | Unset = UNSET
    visibility: CatalogueTagCreateRequestVisibility | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        parent_tag: None | str | Unset
        if isinstance(self.parent_tag, Unset):
            parent_tag = UNSET
        else:
            parent_tag = self.parent_tag

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
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

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, str):
            visibility = self.visibility
        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
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
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if parent_tag is not UNSET:
            field_dict["parent_tag"] = parent_tag
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

        name = d.pop("name")

        def _parse_coach_plan(data: object) -> CatalogueTagCreateRequestCoachPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coach_plan_type_0 = check_catalogue_tag_create_request_coach_plan(data)

                return coach_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueTagCreateRequestCoachPlan | None | Unset, data)

        coach_plan = _parse_coach_plan(d.pop("coach_plan", UNSET))

        content_md: None | str | Unset = d.pop("content_md", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        def _parse_mojito_language_code(data: object) -> CatalogueTagCreateRequestMojitoLanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mojito_language_code_type_0 = check_catalogue_tag_create_request_mojito_language_code(data)

                return mojito_language_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueTagCreateRequestMojitoLanguageCode | None | Unset, data)

        mojito_language_code = _parse_mojito_language_code(d.pop("mojito_language_code", UNSET))

        parent_tag: None | str | Unset = d.pop("parent_tag", UNSET)

        def _parse_status(data: object) -> CatalogueTagCreateRequestStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_catalogue_tag_create_request_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueTagCreateRequestStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_visibility(data: object) -> CatalogueTagCreateRequestVisibility | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = check_catalogue_tag_create_request_visibility(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogueTagCreateRequestVisibility | None | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        catalogue_tag_create_request = cls(
            id=id,
            name=name,
            coach_plan=coach_plan,
            content_md=content_md,
            cover_image_url=cover_image_url,
            description=description,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            parent_tag=parent_tag,
            status=status,
            tags_interview_set_filter=tags_interview_set_filter,
            tags_sub=tags_sub,
            visibility=visibility,
        )

        catalogue_tag_create_request.additional_properties = d
        return catalogue_tag_create_request

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
