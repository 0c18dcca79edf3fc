from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fast_rows import adopted_attribute, rows_from_dicts
from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantResultListResponseDataItem")


_KEYS_IN_INIT_ORDER = (
    "id",
    "candidate_email",
    "candidate_name",
    "coach_status",
    "created_at",
    "decision_status",
    "definition_id",
    "duration_ds",
    "emoji",
    "external_id",
    "interview_result_id",
    "interview_result_pre_screening_id",
    "interview_started",
    "is_multi_stage",
    "is_test",
    "kyc_processing_status",
    "merchant_id",
    "mojito_language_code",
    "position_name",
    "position_result_step_id",
    "position_step",
    "processing_error",
    "processing_status",
    "profile_id",
    "profile_interview_id",
    "recruiter_risks",
    "recruiter_shortlist",
    "score",
    "score_answer_ai",
    "score_interview_ai",
    "score_pronunciation",
    "score_sentiment",
    "score_simulation",
    "score_words_per_minute",
    "status",
    "type",
    "updated_at",
)
_FIELDS_IN_INIT_ORDER = itemgetter(*_KEYS_IN_INIT_ORDER)
_RENAMED_KEYS: tuple[tuple[str, str], ...] = (("type", "type_"),)


@_attrs_define(slots=False)
class MerchantResultListResponseDataItem:
    """
    Attributes:
        id (None | str): Position result row id.
        candidate_email (None | str | Unset): Candidate email.
        candidate_name (None | str | Unset): Candidate name.
        coach_status (None | str | Unset): Interview/coach status (started/completed/…).
        created_at (None | str | Unset): Creation timestamp (ISO 8601).
        decision_status (None | str | Unset): Hiring decision (selected/rejected/…).
        definition_id (None | str | Unset): Interview definition id.
        duration_ds (float | None | Unset): Duration in deciseconds.
        emoji (None | str | Unset): Emoji marker.
        external_id (None | str | Unset): External identifier.
        interview_result_id (None | str | Unset): Interview result id (use with merchant-... detail endpoints).
        interview_result_pre_screening_id (None | str | Unset): Pre-screening result id, if any.
        interview_started (bool | None | Unset): Whether the interview was started.
        is_multi_stage (bool | None | Unset): Whether multi-stage.
        is_test (bool | None | Unset): Whether a test result.
        kyc_processing_status (None | str | Unset): KYC processing status.
        merchant_id (None | str | Unset): Owning merchant id.
        mojito_language_code (None | str | Unset): Platform language code.
        position_name (None | str | Unset): Position / interview name.
        position_result_step_id (None | str | Unset): Position result step id.
        position_step (None | str | Unset): Pipeline step.
        processing_error (None | str | Unset): Processing error, if any.
        processing_status (None | str | Unset): Processing status.
        profile_id (None | str | Unset): Candidate profile id.
        profile_interview_id (None | str | Unset): Candidate (profile_interview) id.
        recruiter_risks (Any | Unset): Detected recruiter risk flags (jsonb).
        recruiter_shortlist (bool | None | Unset): Whether recruiter-shortlisted.
        score (float | None | Unset): Overall score.
        score_answer_ai (float | None | Unset): AI answer sub-score.
        score_interview_ai (float | None | Unset): AI interview sub-score.
        score_pronunciation (float | None | Unset): Pronunciation sub-score.
        score_sentiment (float | None | Unset): Sentiment sub-score.
        score_simulation (float | None | Unset): Simulated overall score.
        score_words_per_minute (float | None | Unset): Speaking-pace sub-score.
        status (None | str | Unset): Row status.
        type_ (None | str | Unset): Product type.
        updated_at (None | str | Unset): Last update timestamp (ISO 8601).
    """

    id: None | str
    candidate_email: None | str | Unset = UNSET
    candidate_name: None | str | Unset = UNSET
    coach_status: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    decision_status: None | str | Unset = UNSET
    definition_id: None | str | Unset = UNSET
    duration_ds: float | None | Unset = UNSET
    emoji: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    interview_result_id: None | str | Unset = UNSET
    interview_result_pre_screening_id: None | str | Unset = UNSET
    interview_started: bool | None | Unset = UNSET
    is_multi_stage: bool | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    kyc_processing_status: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: None | str | Unset = UNSET
    position_name: None | str | Unset = UNSET
    position_result_step_id: None | str | Unset = UNSET
    position_step: None | str | Unset = UNSET
    processing_error: None | str | Unset = UNSET
    processing_status: None | str | Unset = UNSET
    profile_id: None | str | Unset = UNSET
    profile_interview_id: None | str | Unset = UNSET
    recruiter_risks: Any | Unset = UNSET
    recruiter_shortlist: bool | None | Unset = UNSET
    score: float | None | Unset = UNSET
    score_answer_ai: float | None | Unset = UNSET
    score_interview_ai: float | None | Unset = UNSET
    score_pronunciation: float | None | Unset = UNSET
    score_sentiment: float | None | Unset = UNSET
    score_simulation: float | None | Unset = UNSET
    score_words_per_minute: float | None | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        candidate_email: None | str | Unset
        if isinstance(self.candidate_email, Unset):
            candidate_email = UNSET
        else:
            candidate_email = self.candidate_email

        candidate_name: None | str | Unset
        if isinstance(self.candidate_name, Unset):
            candidate_name = UNSET
        else:
            candidate_name = self.candidate_name

        coach_status: None | str | Unset
        if isinstance(self.coach_status, Unset):
            coach_status = UNSET
        else:
            coach_status = self.coach_status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        decision_status: None | str | Unset
        if isinstance(self.decision_status, Unset):
            decision_status = UNSET
        else:
            decision_status = self.decision_status

        definition_id: None | str | Unset
        if isinstance(self.definition_id, Unset):
            definition_id = UNSET
        else:
            definition_id = self.definition_id

        duration_ds: float | None | Unset
        if isinstance(self.duration_ds, Unset):
            duration_ds = UNSET
        else:
            duration_ds = self.duration_ds

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        interview_result_id: None | str | Unset
        if isinstance(self.interview_result_id, Unset):
            interview_result_id = UNSET
        else:
            interview_result_id = self.interview_result_id

        interview_result_pre_screening_id: None | str | Unset
        if isinstance(self.interview_result_pre_screening_id, Unset):
            interview_result_pre_screening_id = UNSET
        else:
            interview_result_pre_screening_id = self.interview_result_pre_screening_id

        interview_started: bool | None | Unset
        if isinstance(self.interview_started, Unset):
            interview_started = UNSET
        else:
            interview_started = self.interview_started

        is_multi_stage: bool | None | Unset
        if isinstance(self.is_multi_stage, Unset):
            is_multi_stage = UNSET
        else:
            is_multi_stage = self.is_multi_stage

        is_test: bool | None | Unset
        if isinstance(self.is_test, Unset):
            is_test = UNSET
        else:
            is_test = self.is_test

        kyc_processing_status: None | str | Unset
        if isinstance(self.kyc_processing_status, Unset):
            kyc_processing_status = UNSET
        else:
            kyc_processing_status = self.kyc_processing_status

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        else:
            mojito_language_code = self.mojito_language_code

        position_name: None | str | Unset
        if isinstance(self.position_name, Unset):
            position_name = UNSET
        else:
            position_name = self.position_name

        position_result_step_id: None | str | Unset
        if isinstance(self.position_result_step_id, Unset):
            position_result_step_id = UNSET
        else:
            position_result_step_id = self.position_result_step_id

        position_step: None | str | Unset
        if isinstance(self.position_step, Unset):
            position_step = UNSET
        else:
            position_step = self.position_step

        processing_error: None | str | Unset
        if isinstance(self.processing_error, Unset):
            processing_error = UNSET
        else:
            processing_error = self.processing_error

        processing_status: None | str | Unset
        if isinstance(self.processing_status, Unset):
            processing_status = UNSET
        else:
            processing_status = self.processing_status

        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = self.profile_id

        profile_interview_id: None | str | Unset
        if isinstance(self.profile_interview_id, Unset):
            profile_interview_id = UNSET
        else:
            profile_interview_id = self.profile_interview_id

        recruiter_risks = self.recruiter_risks

        recruiter_shortlist: bool | None | Unset
        if isinstance(self.recruiter_shortlist, Unset):
            recruiter_shortlist = UNSET
        else:
            recruiter_shortlist = self.recruiter_shortlist

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

        score_interview_ai: float | None | Unset
        if isinstance(self.score_interview_ai, Unset):
            score_interview_ai = UNSET
        else:
            score_interview_ai = self.score_interview_ai

        score_pronunciation: float | None | Unset
        if isinstance(self.score_pronunciation, Unset):
            score_pronunciation = UNSET
        else:
            score_pronunciation = self.score_pronunciation

        score_sentiment: float | None | Unset
        if isinstance(self.score_sentiment, Unset):
            score_sentiment = UNSET
        else:
            score_sentiment = self.score_sentiment

        score_simulation: float | None | Unset
        if isinstance(self.score_simulation, Unset):
            score_simulation = UNSET
        else:
            score_simulation = self.score_simulation

        score_words_per_minute: float | None | Unset
        if isinstance(self.score_words_per_minute, Unset):
            score_words_per_minute = UNSET
        else:
            score_words_per_minute = self.score_words_per_minute

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if candidate_email is not UNSET:
            field_dict["candidate_email"] = candidate_email
        if candidate_name is not UNSET:
            field_dict["candidate_name"] = candidate_name
        if coach_status is not UNSET:
            field_dict["coach_status"] = coach_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if decision_status is not UNSET:
            field_dict["decision_status"] = decision_status
        if definition_id is not UNSET:
            field_dict["definition_id"] = definition_id
        if duration_ds is not UNSET:
            field_dict["duration_ds"] = duration_ds
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if interview_result_id is not UNSET:
            field_dict["interview_result_id"] = interview_result_id
        if interview_result_pre_screening_id is not UNSET:
            field_dict["interview_result_pre_screening_id"] = interview_result_pre_screening_id
        if interview_started is not UNSET:
            field_dict["interview_started"] = interview_started
        if is_multi_stage is not UNSET:
            field_dict["is_multi_stage"] = is_multi_stage
        if is_test is not UNSET:
            field_dict["is_test"] = is_test
        if kyc_processing_status is not UNSET:
            field_dict["kyc_processing_status"] = kyc_processing_status
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if position_name is not UNSET:
            field_dict["position_name"] = position_name
        if position_result_step_id is not UNSET:
            field_dict["position_result_step_id"] = position_result_step_id
        if position_step is not UNSET:
            field_dict["position_step"] = position_step
        if processing_error is not UNSET:
            field_dict["processing_error"] = processing_error
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if profile_interview_id is not UNSET:
            field_dict["profile_interview_id"] = profile_interview_id
        if recruiter_risks is not UNSET:
            field_dict["recruiter_risks"] = recruiter_risks
        if recruiter_shortlist is not UNSET:
            field_dict["recruiter_shortlist"] = recruiter_shortlist
        if score is not UNSET:
            field_dict["score"] = score
        if score_answer_ai is not UNSET:
            field_dict["score_answer_ai"] = score_answer_ai
        if score_interview_ai is not UNSET:
            field_dict["score_interview_ai"] = score_interview_ai
        if score_pronunciation is not UNSET:
            field_dict["score_pronunciation"] = score_pronunciation
        if score_sentiment is not UNSET:
            field_dict["score_sentiment"] = score_sentiment
        if score_simulation is not UNSET:
            field_dict["score_simulation"] = score_simulation
        if score_words_per_minute is not UNSET:
            field_dict["score_words_per_minute"] = score_words_per_minute
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def _from_dicts(cls: type[T], rows: Any) -> list[T]:
        """``[cls.from_dict(row) for row in rows]``, faster for a list (_fast_rows.py)."""
        return rows_from_dicts(cls, _KEYS_IN_INIT_ORDER, rows)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 37:  # every field and nothing else: read them in one call
            try:
                return cls(*_FIELDS_IN_INIT_ORDER(src_dict))
            except KeyError:
                pass  # a field is missing: the general path below
        d = dict(src_dict)
        id: None | str = d.pop("id")

        candidate_email: None | str | Unset = d.pop("candidate_email", UNSET)

        candidate_name: None | str | Unset = d.pop("candidate_name", UNSET)

        coach_status: None | str | Unset = d.pop("coach_status", UNSET)

        created_at: None | str | Unset = d.pop("created_at", UNSET)

        decision_status: None | str | Unset = d.pop("decision_status", UNSET)

        definition_id: None | str | Unset = d.pop("definition_id", UNSET)

        duration_ds: float | None | Unset = d.pop("duration_ds", UNSET)

        emoji: None | str | Unset = d.pop("emoji", UNSET)

        external_id: None | str | Unset = d.pop("external_id", UNSET)

        interview_result_id: None | str | Unset = d.pop("interview_result_id", UNSET)

        interview_result_pre_screening_id: None | str | Unset = d.pop("interview_result_pre_screening_id", UNSET)

        interview_started: bool | None | Unset = d.pop("interview_started", UNSET)

        is_multi_stage: bool | None | Unset = d.pop("is_multi_stage", UNSET)

        is_test: bool | None | Unset = d.pop("is_test", UNSET)

        kyc_processing_status: None | str | Unset = d.pop("kyc_processing_status", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        mojito_language_code: None | str | Unset = d.pop("mojito_language_code", UNSET)

        position_name: None | str | Unset = d.pop("position_name", UNSET)

        position_result_step_id: None | str | Unset = d.pop("position_result_step_id", UNSET)

        position_step: None | str | Unset = d.pop("position_step", UNSET)

        processing_error: None | str | Unset = d.pop("processing_error", UNSET)

        processing_status: None | str | Unset = d.pop("processing_status", UNSET)

        profile_id: None | str | Unset = d.pop("profile_id", UNSET)

        profile_interview_id: None | str | Unset = d.pop("profile_interview_id", UNSET)

        recruiter_risks = d.pop("recruiter_risks", UNSET)

        recruiter_shortlist: bool | None | Unset = d.pop("recruiter_shortlist", UNSET)

        score: float | None | Unset = d.pop("score", UNSET)

        score_answer_ai: float | None | Unset = d.pop("score_answer_ai", UNSET)

        score_interview_ai: float | None | Unset = d.pop("score_interview_ai", UNSET)

        score_pronunciation: float | None | Unset = d.pop("score_pronunciation", UNSET)

        score_sentiment: float | None | Unset = d.pop("score_sentiment", UNSET)

        score_simulation: float | None | Unset = d.pop("score_simulation", UNSET)

        score_words_per_minute: float | None | Unset = d.pop("score_words_per_minute", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        updated_at: None | str | Unset = d.pop("updated_at", UNSET)

        merchant_result_list_response_data_item = cls(
            id=id,
            candidate_email=candidate_email,
            candidate_name=candidate_name,
            coach_status=coach_status,
            created_at=created_at,
            decision_status=decision_status,
            definition_id=definition_id,
            duration_ds=duration_ds,
            emoji=emoji,
            external_id=external_id,
            interview_result_id=interview_result_id,
            interview_result_pre_screening_id=interview_result_pre_screening_id,
            interview_started=interview_started,
            is_multi_stage=is_multi_stage,
            is_test=is_test,
            kyc_processing_status=kyc_processing_status,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            position_name=position_name,
            position_result_step_id=position_result_step_id,
            position_step=position_step,
            processing_error=processing_error,
            processing_status=processing_status,
            profile_id=profile_id,
            profile_interview_id=profile_interview_id,
            recruiter_risks=recruiter_risks,
            recruiter_shortlist=recruiter_shortlist,
            score=score,
            score_answer_ai=score_answer_ai,
            score_interview_ai=score_interview_ai,
            score_pronunciation=score_pronunciation,
            score_sentiment=score_sentiment,
            score_simulation=score_simulation,
            score_words_per_minute=score_words_per_minute,
            status=status,
            type_=type_,
            updated_at=updated_at,
        )

        merchant_result_list_response_data_item.additional_properties = d
        return merchant_result_list_response_data_item

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
