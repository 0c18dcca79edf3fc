from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_interview_questions_diff_replaced_item import (
        JobInterviewQuestionsDiffReplacedItem,
    )


T = TypeVar("T", bound="JobInterviewQuestionsDiff")


@_attrs_define
class JobInterviewQuestionsDiff:
    """What the question diff decided, question by question. Absent when `questions` was not sent.

    Attributes:
        added (list[str] | None): Ids of the questions created for entries that matched nothing stored.
        kept (list[str] | None): Questions left exactly as they were, record and all.
        question_ids (list[str] | None): The interview's full ordered step list after the update, including the welcome
            / thank-you / instructional steps this endpoint does not manage.
        reactivated (bool | None): True when the interview was already active and was re-published so the new questions
            go live.
        removed (list[str] | None): Ids unlinked because no entry in the request matched them. The question records
            themselves still exist.
        replaced (list[JobInterviewQuestionsDiffReplacedItem] | None): Edited questions: the old record was unlinked and
            a new one created, so the change cannot leak into other interviews reusing it.
    """

    added: list[str] | None
    kept: list[str] | None
    question_ids: list[str] | None
    reactivated: bool | None
    removed: list[str] | None
    replaced: list[JobInterviewQuestionsDiffReplacedItem] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[str] | None
        if isinstance(self.added, list):
            added = self.added

        else:
            added = self.added

        kept: list[str] | None
        if isinstance(self.kept, list):
            kept = self.kept

        else:
            kept = self.kept

        question_ids: list[str] | None
        if isinstance(self.question_ids, list):
            question_ids = self.question_ids

        else:
            question_ids = self.question_ids

        reactivated: bool | None
        reactivated = self.reactivated

        removed: list[str] | None
        if isinstance(self.removed, list):
            removed = self.removed

        else:
            removed = self.removed

        replaced: list[dict[str, Any]] | None
        if isinstance(self.replaced, list):
            replaced = []
            for replaced_type_0_item_data in self.replaced:
                replaced_type_0_item = replaced_type_0_item_data.to_dict()
                replaced.append(replaced_type_0_item)

        else:
            replaced = self.replaced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "kept": kept,
                "question_ids": question_ids,
                "reactivated": reactivated,
                "removed": removed,
                "replaced": replaced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_questions_diff_replaced_item import (
            JobInterviewQuestionsDiffReplacedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_added(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                added_type_0 = cast(list[str], data)

                return added_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("added: not list[str] | None")

        added = _parse_added(d.pop("added"))

        def _parse_kept(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                kept_type_0 = cast(list[str], data)

                return kept_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("kept: not list[str] | None")

        kept = _parse_kept(d.pop("kept"))

        def _parse_question_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                question_ids_type_0 = cast(list[str], data)

                return question_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("question_ids: not list[str] | None")

        question_ids = _parse_question_ids(d.pop("question_ids"))

        reactivated: bool | None = d.pop("reactivated")

        def _parse_removed(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                removed_type_0 = cast(list[str], data)

                return removed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("removed: not list[str] | None")

        removed = _parse_removed(d.pop("removed"))

        def _parse_replaced(data: object) -> list[JobInterviewQuestionsDiffReplacedItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                replaced_type_0 = []
                _replaced_type_0 = data
                replaced_type_0.extend(JobInterviewQuestionsDiffReplacedItem._from_dicts(_replaced_type_0))

                return replaced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("replaced: not list[JobInterviewQuestionsDiffReplacedItem] | None")

        replaced = _parse_replaced(d.pop("replaced"))

        job_interview_questions_diff = cls(
            added=added,
            kept=kept,
            question_ids=question_ids,
            reactivated=reactivated,
            removed=removed,
            replaced=replaced,
        )

        job_interview_questions_diff.additional_properties = d
        return job_interview_questions_diff

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
