from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_get_response_candidate_video_introduction import (
    JobInterviewGetResponseCandidateVideoIntroduction,
    check_job_interview_get_response_candidate_video_introduction,
)
from ..models.job_interview_get_response_coach_plan import (
    JobInterviewGetResponseCoachPlan,
    check_job_interview_get_response_coach_plan,
)
from ..models.job_interview_get_response_interview_template_type import (
    JobInterviewGetResponseInterviewTemplateType,
    check_job_interview_get_response_interview_template_type,
)
from ..models.job_interview_get_response_recording import (
    JobInterviewGetResponseRecording,
    check_job_interview_get_response_recording,
)
from ..models.job_interview_get_response_recording_full_session import (
    JobInterviewGetResponseRecordingFullSession,
    check_job_interview_get_response_recording_full_session,
)
from ..models.job_interview_get_response_result_view import (
    JobInterviewGetResponseResultView,
    check_job_interview_get_response_result_view,
)
from ..models.job_interview_get_response_stage import (
    JobInterviewGetResponseStage,
    check_job_interview_get_response_stage,
)
from ..models.job_interview_get_response_status import (
    JobInterviewGetResponseStatus,
    check_job_interview_get_response_status,
)
from ..models.job_interview_get_response_type import (
    JobInterviewGetResponseType,
    check_job_interview_get_response_type,
)
from ..models.job_interview_get_response_type_credit import (
    JobInterviewGetResponseTypeCredit,
    check_job_interview_get_response_type_credit,
)
from ..models.job_interview_get_response_visibility import (
    JobInterviewGetResponseVisibility,
    check_job_interview_get_response_visibility,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_create_from_array_question import (
        JobInterviewCreateFromArrayQuestion,
    )


T = TypeVar("T", bound="JobInterviewGetResponse")


@_attrs_define
class JobInterviewGetResponse:
    """
    Attributes:
        candidate_expectations (None | str): Free-text candidate expectations. Null for multi-stage positions.
        candidate_video_introduction (JobInterviewGetResponseCandidateVideoIntroduction | None): Whether a candidate
            video introduction is hidden/optional/required. Null for multi-stage positions.
        coach_plan (JobInterviewGetResponseCoachPlan | None): Coaching-plan stage this session belongs to. Null for
            multi-stage positions and for sessions outside any plan.
        code (None | str): Caller-supplied external code/reference.
        cover_image_url (None | str): Cover image URL.
        created_at (None | str):  Example: 2026-01-15T09:30:00.000Z.
        description (None | str): Short description.
        interview_available_till (None | str): ISO date/time after which the interview is no longer available to
            candidates. Null means always available.
        interview_conversation_speed (None | str): Conversation pace of the AI avatar (slower/normal/faster). Null keeps
            the template default. Null for multi-stage positions.
        interview_department (None | str): Department the position belongs to. Example: Engineering.
        interview_description_long (None | str): Long description (create/update field `description_long`). Rendered as
            Markdown on the candidate-facing position page — formatting guide:
            https://developer.jobmojito.com/cookbooks/format-content-with-markdown
        interview_location (None | str): Location (create field `location`).
        interview_salary (None | str): Salary range shown for the position. Example: $80k - $100k.
        interview_template_id (None | str): Interview template id. For multi-stage positions this is the first interview
            step's template.
        interview_template_type (JobInterviewGetResponseInterviewTemplateType | None): Type of the linked interview
            template. `interactive_elevenlabs` is voice-only; the others (`interactive_heygen`, `offline_heygen`,
            `offline_elai`, `offline_synthesia`) are avatar-based. Null when the template could not be resolved.
        is_multistage (bool | None): True when the id resolved to a multi-stage position rather than a single interview.
        is_voice_only (bool | None): Convenience flag derived from interview_template_type: true when voice-only
            (`interactive_elevenlabs`), false when avatar-based, null when the template type could not be resolved.
        knowledge_base_store_id (None | str): Linked knowledge base store id. Null for multi-stage positions.
        max_duration (float | None): Live session limit in seconds. Null for multi-stage positions.
        max_followups (float | None): Maximum number of AI follow-up questions; null uses the template default. Null for
            multi-stage positions.
        merchant_id (None | str): Owning merchant id.
        mojito_language_code (None | str): Platform (mojito) language code. Example: en.
        name (None | str): Interview or position name.
        questions (list[JobInterviewCreateFromArrayQuestion] | None): The interview questions, in the order they are
            asked, in the same format job-interview-create-from-array accepts — so this array can be edited and sent
            straight back to job-interview-update, or used to create a copy of this interview. Each `id` is the question's
            real identifier: send it back unchanged and the question keeps its existing record (and with it its answer rules
            and any rendered avatar video). The welcome, thank-you and instructional-video steps are NOT included — they are
            not questions in this format, and job-interview-update leaves them untouched. Null for multi-stage positions,
            whose questions live on the individual interview stages.
        questions_random_subset (float | None): Fraction of the questions actually asked (0.01-0.9); null asks all of
            them. Null for multi-stage positions.
        recording (JobInterviewGetResponseRecording | None): Per-answer recording mode. Null for multi-stage positions.
        recording_full_session (JobInterviewGetResponseRecordingFullSession | None): Full-session recording mode. Null
            for multi-stage positions.
        recruiter_profile_id (None | str): Profile id of the recruiter owning this interview/position.
        required_pronunciation (bool | None): Whether a pronunciation assessment is required. Null for multi-stage
            positions.
        result_enable_edit_transcript (bool | None): Whether the candidate may edit the transcript on the result view.
            Null for multi-stage positions.
        result_view (JobInterviewGetResponseResultView | None): Result view level. Null for multi-stage positions.
        slug (None | str): URL slug of the public listing, when one was generated.
        speech_language_code (None | str): Azure speech language code. Null for multi-stage positions.
        speech_language_name (None | str): Azure speech language display name. Null for multi-stage positions.
        stage (JobInterviewGetResponseStage | None): Hiring-pipeline stage. Null for multi-stage positions.
        status (JobInterviewGetResponseStatus | None): Lifecycle status of the interview/position.
        tags (list[str] | None): Free-form tags. Also the coaching-catalogue mapping key: a catalogue directory lists
            this session when its `tags_interview_set_filter` is a subset of these tags. Null for multi-stage positions.
            Example: ['interview-practice', 'sales'].
        type_ (JobInterviewGetResponseType | None): Interview type. Null for multi-stage positions.
        type_credit (JobInterviewGetResponseTypeCredit | None): Credit bucket the interview draws from. Null for multi-
            stage positions.
        updated_at (None | str):  Example: 2026-01-20T14:05:00.000Z.
        visibility (JobInterviewGetResponseVisibility | None): Who can see and access the interview/position.
        calc_definition_json (Any | Unset): The compiled interview definition JSON (structure varies by interview type).
        candidate_expectations_json (Any | Unset): Structured candidate expectations JSON — the scoring rubric. Null for
            multi-stage positions.
        creation_parameters (Any | Unset): The creation parameters recorded at build time (interview_type,
            interview_tone, interview_length, additional_context, include_rapport_question, include_closing_prompt,
            knowledge_base_store_id, seniority_level, hiring_for_company).
        pdf_export_auto_config (Any | Unset): Auto-PDF-report options applied when the interview completes; null when
            auto-export is off. Null for multi-stage positions.
        result_scoring (Any | Unset): Resolved result-scoring config (update field `custom_scoring`; its `max_retries`
            is the update field `interview_attempts`). Null means the platform defaults apply. Null for multi-stage
            positions.
    """

    candidate_expectations: None | str
    candidate_video_introduction: JobInterviewGetResponseCandidateVideoIntroduction | None
    coach_plan: JobInterviewGetResponseCoachPlan | None
    code: None | str
    cover_image_url: None | str
    created_at: None | str
    description: None | str
    interview_available_till: None | str
    interview_conversation_speed: None | str
    interview_department: None | str
    interview_description_long: None | str
    interview_location: None | str
    interview_salary: None | str
    interview_template_id: None | str
    interview_template_type: JobInterviewGetResponseInterviewTemplateType | None
    is_multistage: bool | None
    is_voice_only: bool | None
    knowledge_base_store_id: None | str
    max_duration: float | None
    max_followups: float | None
    merchant_id: None | str
    mojito_language_code: None | str
    name: None | str
    questions: list[JobInterviewCreateFromArrayQuestion] | None
    questions_random_subset: float | None
    recording: JobInterviewGetResponseRecording | None
    recording_full_session: JobInterviewGetResponseRecordingFullSession | None
    recruiter_profile_id: None | str
    required_pronunciation: bool | None
    result_enable_edit_transcript: bool | None
    result_view: JobInterviewGetResponseResultView | None
    slug: None | str
    speech_language_code: None | str
    speech_language_name: None | str
    stage: JobInterviewGetResponseStage | None
    status: JobInterviewGetResponseStatus | None
    tags: list[str] | None
    type_: JobInterviewGetResponseType | None
    type_credit: JobInterviewGetResponseTypeCredit | None
    updated_at: None | str
    visibility: JobInterviewGetResponseVisibility | None
    calc_definition_json: Any | Unset = UNSET
    candidate_expectations_json: Any | Unset = UNSET
    creation_parameters: Any | Unset = UNSET
    pdf_export_auto_config: Any | Unset = UNSET
    result_scoring: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_expectations: None | str
        candidate_expectations = self.candidate_expectations

        candidate_video_introduction: None | str
        if isinstance(self.candidate_video_introduction, str):
            candidate_video_introduction = self.candidate_video_introduction
        else:
            candidate_video_introduction = self.candidate_video_introduction

        coach_plan: None | str
        if isinstance(self.coach_plan, str):
            coach_plan = self.coach_plan
        else:
            coach_plan = self.coach_plan

        code: None | str
        code = self.code

        cover_image_url: None | str
        cover_image_url = self.cover_image_url

        created_at: None | str
        created_at = self.created_at

        description: None | str
        description = self.description

        interview_available_till: None | str
        interview_available_till = self.interview_available_till

        interview_conversation_speed: None | str
        interview_conversation_speed = self.interview_conversation_speed

        interview_department: None | str
        interview_department = self.interview_department

        interview_description_long: None | str
        interview_description_long = self.interview_description_long

        interview_location: None | str
        interview_location = self.interview_location

        interview_salary: None | str
        interview_salary = self.interview_salary

        interview_template_id: None | str
        interview_template_id = self.interview_template_id

        interview_template_type: None | str
        if isinstance(self.interview_template_type, str):
            interview_template_type = self.interview_template_type
        else:
            interview_template_type = self.interview_template_type

        is_multistage: bool | None
        is_multistage = self.is_multistage

        is_voice_only: bool | None
        is_voice_only = self.is_voice_only

        knowledge_base_store_id: None | str
        knowledge_base_store_id = self.knowledge_base_store_id

        max_duration: float | None
        max_duration = self.max_duration

        max_followups: float | None
        max_followups = self.max_followups

        merchant_id: None | str
        merchant_id = self.merchant_id

        mojito_language_code: None | str
        mojito_language_code = self.mojito_language_code

        name: None | str
        name = self.name

        questions: list[dict[str, Any]] | None
        if isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item = questions_type_0_item_data.to_dict()
                questions.append(questions_type_0_item)

        else:
            questions = self.questions

        questions_random_subset: float | None
        questions_random_subset = self.questions_random_subset

        recording: None | str
        if isinstance(self.recording, str):
            recording = self.recording
        else:
            recording = self.recording

        recording_full_session: None | str
        if isinstance(self.recording_full_session, str):
            recording_full_session = self.recording_full_session
        else:
            recording_full_session = self.recording_full_session

        recruiter_profile_id: None | str
        recruiter_profile_id = self.recruiter_profile_id

        required_pronunciation: bool | None
        required_pronunciation = self.required_pronunciation

        result_enable_edit_transcript: bool | None
        result_enable_edit_transcript = self.result_enable_edit_transcript

        result_view: None | str
        if isinstance(self.result_view, str):
            result_view = self.result_view
        else:
            result_view = self.result_view

        slug: None | str
        slug = self.slug

        speech_language_code: None | str
        speech_language_code = self.speech_language_code

        speech_language_name: None | str
        speech_language_name = self.speech_language_name

        stage: None | str
        if isinstance(self.stage, str):
            stage = self.stage
        else:
            stage = self.stage

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        type_: None | str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        type_credit: None | str
        if isinstance(self.type_credit, str):
            type_credit = self.type_credit
        else:
            type_credit = self.type_credit

        updated_at: None | str
        updated_at = self.updated_at

        visibility: None | str
        if isinstance(self.visibility, str):
            visibility = self.visibility
        else:
            visibility = self.visibility

        calc_definition_json = self.calc_definition_json

        candidate_expectations_json = self.candidate_expectations_json

        creation_parameters = self.creation_parameters

        pdf_export_auto_config = self.pdf_export_auto_config

        result_scoring = self.result_scoring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidate_expectations": candidate_expectations,
                "candidate_video_introduction": candidate_video_introduction,
                "coach_plan": coach_plan,
                "code": code,
                "cover_image_url": cover_image_url,
                "created_at": created_at,
                "description": description,
                "interview_available_till": interview_available_till,
                "interview_conversation_speed": interview_conversation_speed,
                "interview_department": interview_department,
                "interview_description_long": interview_description_long,
                "interview_location": interview_location,
                "interview_salary": interview_salary,
                "interview_template_id": interview_template_id,
                "interview_template_type": interview_template_type,
                "is_multistage": is_multistage,
                "is_voice_only": is_voice_only,
                "knowledge_base_store_id": knowledge_base_store_id,
                "max_duration": max_duration,
                "max_followups": max_followups,
                "merchant_id": merchant_id,
                "mojito_language_code": mojito_language_code,
                "name": name,
                "questions": questions,
                "questions_random_subset": questions_random_subset,
                "recording": recording,
                "recording_full_session": recording_full_session,
                "recruiter_profile_id": recruiter_profile_id,
                "required_pronunciation": required_pronunciation,
                "result_enable_edit_transcript": result_enable_edit_transcript,
                "result_view": result_view,
                "slug": slug,
                "speech_language_code": speech_language_code,
                "speech_language_name": speech_language_name,
                "stage": stage,
                "status": status,
                "tags": tags,
                "type": type_,
                "type_credit": type_credit,
                "updated_at": updated_at,
                "visibility": visibility,
            }
        )
        if calc_definition_json is not UNSET:
            field_dict["calc_definition_json"] = calc_definition_json
        if candidate_expectations_json is not UNSET:
            field_dict["candidate_expectations_json"] = candidate_expectations_json
        if creation_parameters is not UNSET:
            field_dict["creation_parameters"] = creation_parameters
        if pdf_export_auto_config is not UNSET:
            field_dict["pdf_export_auto_config"] = pdf_export_auto_config
        if result_scoring is not UNSET:
            field_dict["result_scoring"] = result_scoring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_create_from_array_question import (
            JobInterviewCreateFromArrayQuestion,  # noqa: PLC0415
        )

        d = dict(src_dict)
        candidate_expectations: None | str = d.pop("candidate_expectations")

        def _parse_candidate_video_introduction(
            data: object,
        ) -> JobInterviewGetResponseCandidateVideoIntroduction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_video_introduction_type_0 = check_job_interview_get_response_candidate_video_introduction(
                    data
                )

                return candidate_video_introduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseCandidateVideoIntroduction | None, data)

        candidate_video_introduction = _parse_candidate_video_introduction(d.pop("candidate_video_introduction"))

        def _parse_coach_plan(data: object) -> JobInterviewGetResponseCoachPlan | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coach_plan_type_0 = check_job_interview_get_response_coach_plan(data)

                return coach_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseCoachPlan | None, data)

        coach_plan = _parse_coach_plan(d.pop("coach_plan"))

        code: None | str = d.pop("code")

        cover_image_url: None | str = d.pop("cover_image_url")

        created_at: None | str = d.pop("created_at")

        description: None | str = d.pop("description")

        interview_available_till: None | str = d.pop("interview_available_till")

        interview_conversation_speed: None | str = d.pop("interview_conversation_speed")

        interview_department: None | str = d.pop("interview_department")

        interview_description_long: None | str = d.pop("interview_description_long")

        interview_location: None | str = d.pop("interview_location")

        interview_salary: None | str = d.pop("interview_salary")

        interview_template_id: None | str = d.pop("interview_template_id")

        def _parse_interview_template_type(data: object) -> JobInterviewGetResponseInterviewTemplateType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_template_type_type_0 = check_job_interview_get_response_interview_template_type(data)

                return interview_template_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseInterviewTemplateType | None, data)

        interview_template_type = _parse_interview_template_type(d.pop("interview_template_type"))

        is_multistage: bool | None = d.pop("is_multistage")

        is_voice_only: bool | None = d.pop("is_voice_only")

        knowledge_base_store_id: None | str = d.pop("knowledge_base_store_id")

        max_duration: float | None = d.pop("max_duration")

        max_followups: float | None = d.pop("max_followups")

        merchant_id: None | str = d.pop("merchant_id")

        mojito_language_code: None | str = d.pop("mojito_language_code")

        name: None | str = d.pop("name")

        def _parse_questions(data: object) -> list[JobInterviewCreateFromArrayQuestion] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questions_type_0 = []
                _questions_type_0 = data
                for questions_type_0_item_data in _questions_type_0:
                    questions_type_0_item = JobInterviewCreateFromArrayQuestion.from_dict(questions_type_0_item_data)

                    questions_type_0.append(questions_type_0_item)

                return questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("questions: not list[JobInterviewCreateFromArrayQuestion] | None")

        questions = _parse_questions(d.pop("questions"))

        questions_random_subset: float | None = d.pop("questions_random_subset")

        def _parse_recording(data: object) -> JobInterviewGetResponseRecording | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_type_0 = check_job_interview_get_response_recording(data)

                return recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseRecording | None, data)

        recording = _parse_recording(d.pop("recording"))

        def _parse_recording_full_session(data: object) -> JobInterviewGetResponseRecordingFullSession | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_full_session_type_0 = check_job_interview_get_response_recording_full_session(data)

                return recording_full_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseRecordingFullSession | None, data)

        recording_full_session = _parse_recording_full_session(d.pop("recording_full_session"))

        recruiter_profile_id: None | str = d.pop("recruiter_profile_id")

        required_pronunciation: bool | None = d.pop("required_pronunciation")

        result_enable_edit_transcript: bool | None = d.pop("result_enable_edit_transcript")

        def _parse_result_view(data: object) -> JobInterviewGetResponseResultView | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_view_type_0 = check_job_interview_get_response_result_view(data)

                return result_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseResultView | None, data)

        result_view = _parse_result_view(d.pop("result_view"))

        slug: None | str = d.pop("slug")

        speech_language_code: None | str = d.pop("speech_language_code")

        speech_language_name: None | str = d.pop("speech_language_name")

        def _parse_stage(data: object) -> JobInterviewGetResponseStage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = check_job_interview_get_response_stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseStage | None, data)

        stage = _parse_stage(d.pop("stage"))

        def _parse_status(data: object) -> JobInterviewGetResponseStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_job_interview_get_response_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseStatus | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags: not list[str] | None")

        tags = _parse_tags(d.pop("tags"))

        def _parse_type_(data: object) -> JobInterviewGetResponseType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_job_interview_get_response_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseType | None, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_type_credit(data: object) -> JobInterviewGetResponseTypeCredit | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_credit_type_0 = check_job_interview_get_response_type_credit(data)

                return type_credit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseTypeCredit | None, data)

        type_credit = _parse_type_credit(d.pop("type_credit"))

        updated_at: None | str = d.pop("updated_at")

        def _parse_visibility(data: object) -> JobInterviewGetResponseVisibility | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = check_job_interview_get_response_visibility(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewGetResponseVisibility | None, data)

        visibility = _parse_visibility(d.pop("visibility"))

        calc_definition_json = d.pop("calc_definition_json", UNSET)

        candidate_expectations_json = d.pop("candidate_expectations_json", UNSET)

        creation_parameters = d.pop("creation_parameters", UNSET)

        pdf_export_auto_config = d.pop("pdf_export_auto_config", UNSET)

        result_scoring = d.pop("result_scoring", UNSET)

        job_interview_get_response = cls(
            candidate_expectations=candidate_expectations,
            candidate_video_introduction=candidate_video_introduction,
            coach_plan=coach_plan,
            code=code,
            cover_image_url=cover_image_url,
            created_at=created_at,
            description=description,
            interview_available_till=interview_available_till,
            interview_conversation_speed=interview_conversation_speed,
            interview_department=interview_department,
            interview_description_long=interview_description_long,
            interview_location=interview_location,
            interview_salary=interview_salary,
            interview_template_id=interview_template_id,
            interview_template_type=interview_template_type,
            is_multistage=is_multistage,
            is_voice_only=is_voice_only,
            knowledge_base_store_id=knowledge_base_store_id,
            max_duration=max_duration,
            max_followups=max_followups,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            name=name,
            questions=questions,
            questions_random_subset=questions_random_subset,
            recording=recording,
            recording_full_session=recording_full_session,
            recruiter_profile_id=recruiter_profile_id,
            required_pronunciation=required_pronunciation,
            result_enable_edit_transcript=result_enable_edit_transcript,
            result_view=result_view,
            slug=slug,
            speech_language_code=speech_language_code,
            speech_language_name=speech_language_name,
            stage=stage,
            status=status,
            tags=tags,
            type_=type_,
            type_credit=type_credit,
            updated_at=updated_at,
            visibility=visibility,
            calc_definition_json=calc_definition_json,
            candidate_expectations_json=candidate_expectations_json,
            creation_parameters=creation_parameters,
            pdf_export_auto_config=pdf_export_auto_config,
            result_scoring=result_scoring,
        )

        job_interview_get_response.additional_properties = d
        return job_interview_get_response

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
