from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_create_from_array_question_mojito_language_code import (
    JobInterviewCreateFromArrayQuestionMojitoLanguageCode,
    check_job_interview_create_from_array_question_mojito_language_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_create_from_array_question_candidate_expectations_json import (
        JobInterviewCreateFromArrayQuestionCandidateExpectationsJson,
    )
    from ..models.job_interview_create_from_array_question_external_data import (
        JobInterviewCreateFromArrayQuestionExternalData,
    )


T = TypeVar("T", bound="JobInterviewCreateFromArrayQuestion")


@_attrs_define
class JobInterviewCreateFromArrayQuestion:
    """
    Attributes:
        question (None | str): The question text shown to the candidate.
        candidate_expectations_json (JobInterviewCreateFromArrayQuestionCandidateExpectationsJson | None | Unset): Per-
            question candidate expectations, bucketed by requirement level (weak/moderate/strong). Extra keys are preserved.
        conditional_question_main_id (None | str | Unset): For a conditional question, the id (the "id" field above) of
            the parent question in this same array that triggers it. The parent must appear earlier in the array than the
            conditional question referencing it.
        duration (float | None | Unset): Answer duration in seconds for this question.
        external_data (JobInterviewCreateFromArrayQuestionExternalData | None | Unset): Arbitrary JSON metadata stored
            on the question.
        external_id (None | str | Unset): External identifier stored on the question. job-interview-update matches on
            this first, so an ATS that owns stable ids can send its own array and have the diff line up without round-
            tripping our ids.
        id (None | str | Unset): Identifier for this question. job-interview-get returns the question's real id here;
            send it back to job-interview-update so an unchanged question keeps its existing record (and with it its answer
            rules and any rendered avatar video). Also the handle another question references via
            conditional_question_main_id. On job-interview-create-from-array it is a caller-local value, only needed for
            those references.
        is_candidate_asking_recruiter (bool | None | Unset): Candidate-asks-recruiter prompt (view 'candidate asking
            recruiter').
        is_conditional (bool | None | Unset): Conditional follow-up question (view 'with listening conditional'). Use
            with conditional_question_main_id.
        is_expert (bool | None | Unset): Expert listening question (view 'with listening expert').
        is_multiple_choice (bool | None | Unset): Multiple-choice question (view 'multiple choice').
        is_without_scoring (bool | None | Unset): Question is asked but not scored (view 'without scoring').
        knowledge_base_id (None | str | Unset): Knowledge-base store id (uuid) the question draws context from.
        label (None | str | Unset): Optional label/tag stored on the question.
        mojito_language_code (JobInterviewCreateFromArrayQuestionMojitoLanguageCode | None | Unset): Per-question
            language override (one of the platform-languages.json codes). Inherits the interview language when omitted.
            Example: en.
        question_alternatives (list[str] | None | Unset): Alternative phrasings for the question.
    """

    question: None | str
    candidate_expectations_json: JobInterviewCreateFromArrayQuestionCandidateExpectationsJson | None | Unset = UNSET
    conditional_question_main_id: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    external_data: JobInterviewCreateFromArrayQuestionExternalData | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    is_candidate_asking_recruiter: bool | None | Unset = UNSET
    is_conditional: bool | None | Unset = UNSET
    is_expert: bool | None | Unset = UNSET
    is_multiple_choice: bool | None | Unset = UNSET
    is_without_scoring: bool | None | Unset = UNSET
    knowledge_base_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    mojito_language_code: JobInterviewCreateFromArrayQuestionMojitoLanguageCode | None | Unset = UNSET
    question_alternatives: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_create_from_array_question_candidate_expectations_json import (
            JobInterviewCreateFromArrayQuestionCandidateExpectationsJson,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_question_external_data import (
            JobInterviewCreateFromArrayQuestionExternalData,  # noqa: PLC0415
        )

        question: None | str
        question = self.question

        candidate_expectations_json: dict[str, Any] | None | Unset
        if isinstance(self.candidate_expectations_json, Unset):
            candidate_expectations_json = UNSET
        elif isinstance(self.candidate_expectations_json, JobInterviewCreateFromArrayQuestionCandidateExpectationsJson):
            candidate_expectations_json = self.candidate_expectations_json.to_dict()
        else:
            candidate_expectations_json = self.candidate_expectations_json

        conditional_question_main_id: None | str | Unset
        if isinstance(self.conditional_question_main_id, Unset):
            conditional_question_main_id = UNSET
        else:
            conditional_question_main_id = self.conditional_question_main_id

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, JobInterviewCreateFromArrayQuestionExternalData):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_candidate_asking_recruiter: bool | None | Unset
        if isinstance(self.is_candidate_asking_recruiter, Unset):
            is_candidate_asking_recruiter = UNSET
        else:
            is_candidate_asking_recruiter = self.is_candidate_asking_recruiter

        is_conditional: bool | None | Unset
        if isinstance(self.is_conditional, Unset):
            is_conditional = UNSET
        else:
            is_conditional = self.is_conditional

        is_expert: bool | None | Unset
        if isinstance(self.is_expert, Unset):
            is_expert = UNSET
        else:
            is_expert = self.is_expert

        is_multiple_choice: bool | None | Unset
        if isinstance(self.is_multiple_choice, Unset):
            is_multiple_choice = UNSET
        else:
            is_multiple_choice = self.is_multiple_choice

        is_without_scoring: bool | None | Unset
        if isinstance(self.is_without_scoring, Unset):
            is_without_scoring = UNSET
        else:
            is_without_scoring = self.is_without_scoring

        knowledge_base_id: None | str | Unset
        if isinstance(self.knowledge_base_id, Unset):
            knowledge_base_id = UNSET
        else:
            knowledge_base_id = self.knowledge_base_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        elif isinstance(self.mojito_language_code, str):
            mojito_language_code = self.mojito_language_code
        else:
            mojito_language_code = self.mojito_language_code

        question_alternatives: list[str] | None | Unset
        if isinstance(self.question_alternatives, Unset):
            question_alternatives = UNSET
        elif isinstance(self.question_alternatives, list):
            question_alternatives = self.question_alternatives

        else:
            question_alternatives = self.question_alternatives

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
            }
        )
        if candidate_expectations_json is not UNSET:
            field_dict["candidate_expectations_json"] = candidate_expectations_json
        if conditional_question_main_id is not UNSET:
            field_dict["conditional_question_main_id"] = conditional_question_main_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if external_data is not UNSET:
            field_dict["external_data"] = external_data
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_candidate_asking_recruiter is not UNSET:
            field_dict["is_candidate_asking_recruiter"] = is_candidate_asking_recruiter
        if is_conditional is not UNSET:
            field_dict["is_conditional"] = is_conditional
        if is_expert is not UNSET:
            field_dict["is_expert"] = is_expert
        if is_multiple_choice is not UNSET:
            field_dict["is_multiple_choice"] = is_multiple_choice
        if is_without_scoring is not UNSET:
            field_dict["is_without_scoring"] = is_without_scoring
        if knowledge_base_id is not UNSET:
            field_dict["knowledge_base_id"] = knowledge_base_id
        if label is not UNSET:
            field_dict["label"] = label
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if question_alternatives is not UNSET:
            field_dict["question_alternatives"] = question_alternatives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_create_from_array_question_candidate_expectations_json import (
            JobInterviewCreateFromArrayQuestionCandidateExpectationsJson,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_question_external_data import (
            JobInterviewCreateFromArrayQuestionExternalData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        question: None | str = d.pop("question")

        def _parse_candidate_expectations_json(
            data: object,
        ) -> JobInterviewCreateFromArrayQuestionCandidateExpectationsJson | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candidate_expectations_json_type_0 = (
                    JobInterviewCreateFromArrayQuestionCandidateExpectationsJson.from_dict(data)
                )

                return candidate_expectations_json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "candidate_expectations_json: not JobInterviewCreateFromArrayQuestionCandidateExpectationsJson | None | Unset"
            )

        candidate_expectations_json = _parse_candidate_expectations_json(d.pop("candidate_expectations_json", UNSET))

        conditional_question_main_id: None | str | Unset = d.pop("conditional_question_main_id", UNSET)

        duration: float | None | Unset = d.pop("duration", UNSET)

        def _parse_external_data(data: object) -> JobInterviewCreateFromArrayQuestionExternalData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_0 = JobInterviewCreateFromArrayQuestionExternalData.from_dict(data)

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("external_data: not JobInterviewCreateFromArrayQuestionExternalData | None | Unset")

        external_data = _parse_external_data(d.pop("external_data", UNSET))

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        is_candidate_asking_recruiter: bool | None | Unset = d.pop("is_candidate_asking_recruiter", UNSET)

        is_conditional: bool | None | Unset = d.pop("is_conditional", UNSET)

        is_expert: bool | None | Unset = d.pop("is_expert", UNSET)

        is_multiple_choice: bool | None | Unset = d.pop("is_multiple_choice", UNSET)

        is_without_scoring: bool | None | Unset = d.pop("is_without_scoring", UNSET)

        knowledge_base_id: None | str | Unset = d.pop("knowledge_base_id", UNSET)

        label: None | str | Unset = d.pop("label", UNSET)

        def _parse_mojito_language_code(
            data: object,
        ) -> JobInterviewCreateFromArrayQuestionMojitoLanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mojito_language_code_type_0 = check_job_interview_create_from_array_question_mojito_language_code(data)

                return mojito_language_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayQuestionMojitoLanguageCode | None | Unset, data)

        mojito_language_code = _parse_mojito_language_code(d.pop("mojito_language_code", UNSET))

        def _parse_question_alternatives(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                question_alternatives_type_0 = cast(list[str], data)

                return question_alternatives_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("question_alternatives: not list[str] | None | Unset")

        question_alternatives = _parse_question_alternatives(d.pop("question_alternatives", UNSET))

        job_interview_create_from_array_question = cls(
            question=question,
            candidate_expectations_json=candidate_expectations_json,
            conditional_question_main_id=conditional_question_main_id,
            duration=duration,
            external_data=external_data,
            external_id=external_id,
            id=id,
            is_candidate_asking_recruiter=is_candidate_asking_recruiter,
            is_conditional=is_conditional,
            is_expert=is_expert,
            is_multiple_choice=is_multiple_choice,
            is_without_scoring=is_without_scoring,
            knowledge_base_id=knowledge_base_id,
            label=label,
            mojito_language_code=mojito_language_code,
            question_alternatives=question_alternatives,
        )

        job_interview_create_from_array_question.additional_properties = d
        return job_interview_create_from_array_question

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
