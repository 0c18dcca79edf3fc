from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalogue_tag_get_response_matched_sessions_item import (
        CatalogueTagGetResponseMatchedSessionsItem,
    )
    from ..models.catalogue_tag_get_response_sub_directories_item import (
        CatalogueTagGetResponseSubDirectoriesItem,
    )


T = TypeVar("T", bound="CatalogueTagGetResponse")


@_attrs_define
class CatalogueTagGetResponse:
    """One catalogue directory with its content page, sub-directories and matched sessions.

    Attributes:
        catalogue_url (None | str): Public URL of this directory page, when the merchant has a coaching-portal domain
            configured. Example: https://coaching.example.com/catalogue/sales-coaching-en.
        coach_plan (None | str): Coaching-plan stage, when the directory belongs to one.
        content_md (None | str): Markdown for a custom directory page. When set (even as an empty string) the markdown
            replaces the default grid and decides the layout itself; null renders the plain grid of sub-directories and
            sessions. Alongside normal Markdown you can place these directives, each ALONE on its own line: `[plan-
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
        cover_image_url (None | str): Cover image URL.
        created_at (None | str): Creation timestamp (ISO 8601).
        description (None | str): Short description shown on the directory card.
        id (None | str): Directory id — also the catalogue URL segment. Example: sales-coaching-en.
        is_start_directory (bool | None): True when this is the directory the merchant's catalogue opens on.
        matched_sessions (list[CatalogueTagGetResponseMatchedSessionsItem] | None): The coaching/persona sessions this
            directory currently lists, applying the same rules as the live portal: `active`, type `coaching` or `persona`,
            visibility `public` or `merchant_public` for this merchant, and `tags` containing every tag of
            `tags_interview_set_filter`. Empty when the filter is null. Capped at 200.
        matched_sessions_truncated (bool | None): True when more sessions match than the 200 returned — narrow
            `tags_interview_set_filter` if you see this.
        merchant_id (None | str): Owning merchant id. Null for a platform-wide directory.
        mojito_language_code (None | str): Directory language. Example: en.
        name (None | str): Display name.
        status (None | str): Lifecycle status.
        sub_directories (list[CatalogueTagGetResponseSubDirectoriesItem] | None): The directories listed in `tags_sub`,
            resolved and in display order. An id in `tags_sub` that does not resolve (deleted, or not visible to you) is
            simply absent here — compare the two to spot a broken link.
        tags_interview_set_filter (list[str] | None): Tag filter selecting which coaching sessions this directory lists:
            a session appears when its own `tags` contain EVERY tag here (an AND, not an OR). Only `active` coaching/persona
            sessions with visibility `public` or `merchant_public` are listed. Set the matching tags on the session with the
            create-interview / job-interview-update `tags` field. Example: ['sales', 'objection-handling'].
        tags_sub (list[str] | None): Ids of the directories nested under this one, in display order. Replaces the whole
            list — send the full set, not just the additions. A referenced directory only appears if it exists and is
            visible to the viewer. Example: ['sales-coaching-objections-en', 'sales-coaching-closing-en'].
        updated_at (None | str): Last update timestamp (ISO 8601).
        visibility (None | str): Who can see it.
    """

    catalogue_url: None | str
    coach_plan: None | str
    content_md: None | str
    cover_image_url: None | str
    created_at: None | str
    description: None | str
    id: None | str
    is_start_directory: bool | None
    matched_sessions: list[CatalogueTagGetResponseMatchedSessionsItem] | None
    matched_sessions_truncated: bool | None
    merchant_id: None | str
    mojito_language_code: None | str
    name: None | str
    status: None | str
    sub_directories: list[CatalogueTagGetResponseSubDirectoriesItem] | None
    tags_interview_set_filter: list[str] | None
    tags_sub: list[str] | None
    updated_at: None | str
    visibility: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalogue_url: None | str
        catalogue_url = self.catalogue_url

        coach_plan: None | str
        coach_plan = self.coach_plan

        content_md: None | str
        content_md = self.content_md

        cover_image_url: None | str
        cover_image_url = self.cover_image_url

        created_at: None | str
        created_at = self.created_at

        description: None | str
        description = self.description

        id: None | str
        id = self.id

        is_start_directory: bool | None
        is_start_directory = self.is_start_directory

        matched_sessions: list[dict[str, Any]] | None
        if isinstance(self.matched_sessions, list):
            matched_sessions = []
            for matched_sessions_type_0_item_data in self.matched_sessions:
                matched_sessions_type_0_item = matched_sessions_type_0_item_data.to_dict()
                matched_sessions.append(matched_sessions_type_0_item)

        else:
            matched_sessions = self.matched_sessions

        matched_sessions_truncated: bool | None
        matched_sessions_truncated = self.matched_sessions_truncated

        merchant_id: None | str
        merchant_id = self.merchant_id

        mojito_language_code: None | str
        mojito_language_code = self.mojito_language_code

        name: None | str
        name = self.name

        status: None | str
        status = self.status

        sub_directories: list[dict[str, Any]] | None
        if isinstance(self.sub_directories, list):
            sub_directories = []
            for sub_directories_type_0_item_data in self.sub_directories:
                sub_directories_type_0_item = sub_directories_type_0_item_data.to_dict()
                sub_directories.append(sub_directories_type_0_item)

        else:
            sub_directories = self.sub_directories

        tags_interview_set_filter: list[str] | None
        if isinstance(self.tags_interview_set_filter, list):
            tags_interview_set_filter = self.tags_interview_set_filter

        else:
            tags_interview_set_filter = self.tags_interview_set_filter

        tags_sub: list[str] | None
        if isinstance(self.tags_sub, list):
            tags_sub = self.tags_sub

        else:
            tags_sub = self.tags_sub

        updated_at: None | str
        updated_at = self.updated_at

        visibility: None | str
        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalogue_url": catalogue_url,
                "coach_plan": coach_plan,
                "content_md": content_md,
                "cover_image_url": cover_image_url,
                "created_at": created_at,
                "description": description,
                "id": id,
                "is_start_directory": is_start_directory,
                "matched_sessions": matched_sessions,
                "matched_sessions_truncated": matched_sessions_truncated,
                "merchant_id": merchant_id,
                "mojito_language_code": mojito_language_code,
                "name": name,
                "status": status,
                "sub_directories": sub_directories,
                "tags_interview_set_filter": tags_interview_set_filter,
                "tags_sub": tags_sub,
                "updated_at": updated_at,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_tag_get_response_matched_sessions_item import (
            CatalogueTagGetResponseMatchedSessionsItem,  # noqa: PLC0415
        )
        from ..models.catalogue_tag_get_response_sub_directories_item import (
            CatalogueTagGetResponseSubDirectoriesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        catalogue_url: None | str = d.pop("catalogue_url")

        coach_plan: None | str = d.pop("coach_plan")

        content_md: None | str = d.pop("content_md")

        cover_image_url: None | str = d.pop("cover_image_url")

        created_at: None | str = d.pop("created_at")

        description: None | str = d.pop("description")

        id: None | str = d.pop("id")

        is_start_directory: bool | None = d.pop("is_start_directory")

        def _parse_matched_sessions(data: object) -> list[CatalogueTagGetResponseMatchedSessionsItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matched_sessions_type_0 = []
                _matched_sessions_type_0 = data
                for matched_sessions_type_0_item_data in _matched_sessions_type_0:
                    matched_sessions_type_0_item = CatalogueTagGetResponseMatchedSessionsItem.from_dict(
                        matched_sessions_type_0_item_data
                    )

                    matched_sessions_type_0.append(matched_sessions_type_0_item)

                return matched_sessions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("matched_sessions: not list[CatalogueTagGetResponseMatchedSessionsItem] | None")

        matched_sessions = _parse_matched_sessions(d.pop("matched_sessions"))

        matched_sessions_truncated: bool | None = d.pop("matched_sessions_truncated")

        merchant_id: None | str = d.pop("merchant_id")

        mojito_language_code: None | str = d.pop("mojito_language_code")

        name: None | str = d.pop("name")

        status: None | str = d.pop("status")

        def _parse_sub_directories(data: object) -> list[CatalogueTagGetResponseSubDirectoriesItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_directories_type_0 = []
                _sub_directories_type_0 = data
                sub_directories_type_0.extend(
                    CatalogueTagGetResponseSubDirectoriesItem._from_dicts(_sub_directories_type_0)
                )

                return sub_directories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("sub_directories: not list[CatalogueTagGetResponseSubDirectoriesItem] | None")

        sub_directories = _parse_sub_directories(d.pop("sub_directories"))

        def _parse_tags_interview_set_filter(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_interview_set_filter_type_0 = cast(list[str], data)

                return tags_interview_set_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags_interview_set_filter: not list[str] | None")

        tags_interview_set_filter = _parse_tags_interview_set_filter(d.pop("tags_interview_set_filter"))

        def _parse_tags_sub(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_sub_type_0 = cast(list[str], data)

                return tags_sub_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags_sub: not list[str] | None")

        tags_sub = _parse_tags_sub(d.pop("tags_sub"))

        updated_at: None | str = d.pop("updated_at")

        visibility: None | str = d.pop("visibility")

        catalogue_tag_get_response = cls(
            catalogue_url=catalogue_url,
            coach_plan=coach_plan,
            content_md=content_md,
            cover_image_url=cover_image_url,
            created_at=created_at,
            description=description,
            id=id,
            is_start_directory=is_start_directory,
            matched_sessions=matched_sessions,
            matched_sessions_truncated=matched_sessions_truncated,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            name=name,
            status=status,
            sub_directories=sub_directories,
            tags_interview_set_filter=tags_interview_set_filter,
            tags_sub=tags_sub,
            updated_at=updated_at,
            visibility=visibility,
        )

        catalogue_tag_get_response.additional_properties = d
        return catalogue_tag_get_response

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
