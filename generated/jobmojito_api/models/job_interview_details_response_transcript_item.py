from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobInterviewDetailsResponseTranscriptItem")


_KEYS_IN_INIT_ORDER = (
    "ai_analysis",
    "ai_analysis_recruiter",
    "answer",
    "answer_assessment_raw_data",
    "duration",
    "external_data",
    "external_id",
    "id",
    "is_answer",
    "mojito_language_code",
    "question_asked",
    "question_original",
    "question_original_id",
    "recording_is_video",
    "recording_local_path",
    "recording_url",
    "score",
    "score_answer_ai",
    "score_answer_ai_simulation",
    "score_simulation",
    "view",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = ()


@_attrs_define(slots=False)
class JobInterviewDetailsResponseTranscriptItem:
    """
    Attributes:
        ai_analysis (None | str | Unset): AI analysis of this answer.
        ai_analysis_recruiter (None | str | Unset): Recruiter-facing AI analysis of this answer.
        answer (None | str | Unset): The candidate answer transcript text.
        answer_assessment_raw_data (Any | Unset): Raw per-answer assessment data (pronunciation/sentiment/etc.).
        duration (float | None | Unset): Duration of this interaction in deciseconds (duration_ds).
        external_data (Any | Unset): External data carried from the question definition.
        external_id (None | str | Unset): External identifier carried from the question definition.
        id (None | str | Unset): interview_result_question id.
        is_answer (bool | None | Unset): True for a candidate answer turn, false for an avatar/question turn.
        mojito_language_code (None | str | Unset): Platform language code of this interaction.
        question_asked (None | str | Unset): The question text actually asked to the candidate.
        question_original (None | str | Unset): Original question text from the definition (when question_original_id is
            set).
        question_original_id (None | str | Unset): Source interview_def_question id (null for generated follow-ups).
        recording_is_video (bool | None | Unset): Whether this answer recording is video (vs audio).
        recording_local_path (None | str | Unset): Storage path of this answer recording (private-recordings bucket).
        recording_url (None | str | Unset): Signed URL for recording_local_path; present only when
            get_signed_recordings=true.
        score (float | None | Unset): Score for this interaction.
        score_answer_ai (float | None | Unset): AI answer score.
        score_answer_ai_simulation (float | None | Unset): Simulated AI answer score.
        score_simulation (float | None | Unset): Simulated score for this interaction.
        view (None | str | Unset): Question view/type (e.g. with listening, multiple choice, without scoring).
    """

    ai_analysis: None | str | Unset = UNSET
    ai_analysis_recruiter: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET
    answer_assessment_raw_data: Any | Unset = UNSET
    duration: float | None | Unset = UNSET
    external_data: Any | Unset = UNSET
    external_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    is_answer: bool | None | Unset = UNSET
    mojito_language_code: None | str | Unset = UNSET
    question_asked: None | str | Unset = UNSET
    question_original: None | str | Unset = UNSET
    question_original_id: None | str | Unset = UNSET
    recording_is_video: bool | None | Unset = UNSET
    recording_local_path: None | str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    score_answer_ai: float | None | Unset = UNSET
    score_answer_ai_simulation: float | None | Unset = UNSET
    score_simulation: float | None | Unset = UNSET
    view: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_analysis: None | str | Unset
        if isinstance(self.ai_analysis, Unset):
            ai_analysis = UNSET
        else:
            ai_analysis = self.ai_analysis

        ai_analysis_recruiter: None | str | Unset
        if isinstance(self.ai_analysis_recruiter, Unset):
            ai_analysis_recruiter = UNSET
        else:
            ai_analysis_recruiter = self.ai_analysis_recruiter

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        answer_assessment_raw_data = self.answer_assessment_raw_data

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

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

        is_answer: bool | None | Unset
        if isinstance(self.is_answer, Unset):
            is_answer = UNSET
        else:
            is_answer = self.is_answer

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        else:
            mojito_language_code = self.mojito_language_code

        question_asked: None | str | Unset
        if isinstance(self.question_asked, Unset):
            question_asked = UNSET
        else:
            question_asked = self.question_asked

        question_original: None | str | Unset
        if isinstance(self.question_original, Unset):
            question_original = UNSET
        else:
            question_original = self.question_original

        question_original_id: None | str | Unset
        if isinstance(self.question_original_id, Unset):
            question_original_id = UNSET
        else:
            question_original_id = self.question_original_id

        recording_is_video: bool | None | Unset
        if isinstance(self.recording_is_video, Unset):
            recording_is_video = UNSET
        else:
            recording_is_video = self.recording_is_video

        recording_local_path: None | str | Unset
        if isinstance(self.recording_local_path, Unset):
            recording_local_path = UNSET
        else:
            recording_local_path = self.recording_local_path

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        score_answer_ai: float | None | Unset
        if isinstance(self.score_answer_ai, Unset):
            score_answer_ai = UNSET
        else:
            score_answer_ai = self.score_answer_ai

        score_answer_ai_simulation: float | None | Unset
        if isinstance(self.score_answer_ai_simulation, Unset):
            score_answer_ai_simulation = UNSET
        else:
            score_answer_ai_simulation = self.score_answer_ai_simulation

        score_simulation: float | None | Unset
        if isinstance(self.score_simulation, Unset):
            score_simulation = UNSET
        else:
            score_simulation = self.score_simulation

        view: None | str | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        else:
            view = self.view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_analysis is not UNSET:
            field_dict["ai_analysis"] = ai_analysis
        if ai_analysis_recruiter is not UNSET:
            field_dict["ai_analysis_recruiter"] = ai_analysis_recruiter
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answer_assessment_raw_data is not UNSET:
            field_dict["answer_assessment_raw_data"] = answer_assessment_raw_data
        if duration is not UNSET:
            field_dict["duration"] = duration
        if external_data is not UNSET:
            field_dict["external_data"] = external_data
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_answer is not UNSET:
            field_dict["is_answer"] = is_answer
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if question_asked is not UNSET:
            field_dict["question_asked"] = question_asked
        if question_original is not UNSET:
            field_dict["question_original"] = question_original
        if question_original_id is not UNSET:
            field_dict["question_original_id"] = question_original_id
        if recording_is_video is not UNSET:
            field_dict["recording_is_video"] = recording_is_video
        if recording_local_path is not UNSET:
            field_dict["recording_local_path"] = recording_local_path
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if score is not UNSET:
            field_dict["score"] = score
        if score_answer_ai is not UNSET:
            field_dict["score_answer_ai"] = score_answer_ai
        if score_answer_ai_simulation is not UNSET:
            field_dict["score_answer_ai_simulation"] = score_answer_ai_simulation
        if score_simulation is not UNSET:
            field_dict["score_simulation"] = score_simulation
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 21:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        ai_analysis: None | str | Unset = d.pop("ai_analysis", UNSET)

        ai_analysis_recruiter: None | str | Unset = d.pop("ai_analysis_recruiter", UNSET)

        answer: None | str | Unset = d.pop("answer", UNSET)

        answer_assessment_raw_data = d.pop("answer_assessment_raw_data", UNSET)

        duration: float | None | Unset = d.pop("duration", UNSET)

        external_data = d.pop("external_data", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        is_answer: bool | None | Unset = d.pop("is_answer", UNSET)

        mojito_language_code: None | str | Unset = d.pop("mojito_language_code", UNSET)

        question_asked: None | str | Unset = d.pop("question_asked", UNSET)

        question_original: None | str | Unset = d.pop("question_original", UNSET)

        question_original_id: None | str | Unset = d.pop("question_original_id", UNSET)

        recording_is_video: bool | None | Unset = d.pop("recording_is_video", UNSET)

        recording_local_path: None | str | Unset = d.pop("recording_local_path", UNSET)

        recording_url: None | str | Unset = d.pop("recording_url", UNSET)

        score: float | None | Unset = d.pop("score", UNSET)

        score_answer_ai: float | None | Unset = d.pop("score_answer_ai", UNSET)

        score_answer_ai_simulation: float | None | Unset = d.pop("score_answer_ai_simulation", UNSET)

        score_simulation: float | None | Unset = d.pop("score_simulation", UNSET)

        view: None | str | Unset = d.pop("view", UNSET)

        job_interview_details_response_transcript_item = cls(
            ai_analysis=ai_analysis,
            ai_analysis_recruiter=ai_analysis_recruiter,
            answer=answer,
            answer_assessment_raw_data=answer_assessment_raw_data,
            duration=duration,
            external_data=external_data,
            external_id=external_id,
            id=id,
            is_answer=is_answer,
            mojito_language_code=mojito_language_code,
            question_asked=question_asked,
            question_original=question_original,
            question_original_id=question_original_id,
            recording_is_video=recording_is_video,
            recording_local_path=recording_local_path,
            recording_url=recording_url,
            score=score,
            score_answer_ai=score_answer_ai,
            score_answer_ai_simulation=score_answer_ai_simulation,
            score_simulation=score_simulation,
            view=view,
        )

        job_interview_details_response_transcript_item.additional_properties = d
        return job_interview_details_response_transcript_item

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

    if not TYPE_CHECKING:  # a type checker would take any attribute name as valid

        def __getattr__(self, name: str) -> Any:
            """Only for what an adopted row lacks (_fast_rows.py): its extras, a renamed key."""
            return adopted_attribute(self, name, _RENAMED_KEYS)
