from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_create_request_candidate_video_introduction import (
    JobInterviewCreateRequestCandidateVideoIntroduction,
    check_job_interview_create_request_candidate_video_introduction,
)
from ..models.job_interview_create_request_interview_conversation_speed import (
    JobInterviewCreateRequestInterviewConversationSpeed,
    check_job_interview_create_request_interview_conversation_speed,
)
from ..models.job_interview_create_request_interview_type import (
    JobInterviewCreateRequestInterviewType,
    check_job_interview_create_request_interview_type,
)
from ..models.job_interview_create_request_mojito_language_code import (
    JobInterviewCreateRequestMojitoLanguageCode,
    check_job_interview_create_request_mojito_language_code,
)
from ..models.job_interview_create_request_recording import (
    JobInterviewCreateRequestRecording,
    check_job_interview_create_request_recording,
)
from ..models.job_interview_create_request_recording_full_session import (
    JobInterviewCreateRequestRecordingFullSession,
    check_job_interview_create_request_recording_full_session,
)
from ..models.job_interview_create_request_result_view import (
    JobInterviewCreateRequestResultView,
    check_job_interview_create_request_result_view,
)
from ..models.job_interview_create_request_seniority_level import (
    JobInterviewCreateRequestSeniorityLevel,
    check_job_interview_create_request_seniority_level,
)
from ..models.job_interview_create_request_status import (
    JobInterviewCreateRequestStatus,
    check_job_interview_create_request_status,
)
from ..models.job_interview_create_request_type import (
    JobInterviewCreateRequestType,
    check_job_interview_create_request_type,
)
from ..models.job_interview_create_request_visibility import (
    JobInterviewCreateRequestVisibility,
    check_job_interview_create_request_visibility,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_create_request_additional_context import (
        JobInterviewCreateRequestAdditionalContext,
    )
    from ..models.job_interview_create_request_custom_scoring import (
        JobInterviewCreateRequestCustomScoring,
    )
    from ..models.job_interview_create_request_hiring_for_company import (
        JobInterviewCreateRequestHiringForCompany,
    )
    from ..models.job_interview_create_request_pdf_export_auto_config import (
        JobInterviewCreateRequestPdfExportAutoConfig,
    )


T = TypeVar("T", bound="JobInterviewCreateRequest")


@_attrs_define
class JobInterviewCreateRequest:
    """
    Attributes:
        interview_template_id (UUID): Id of the interview template to base this interview on. Example:
            baa3bf7c-6926-46fd-9005-16738a31f72d.
        location (str): Job location. Example: remote.
        mojito_language_code (JobInterviewCreateRequestMojitoLanguageCode):
        name (str): Interview / position name. Example: Project manager.
        status (JobInterviewCreateRequestStatus):
        type_ (JobInterviewCreateRequestType):
        visibility (JobInterviewCreateRequestVisibility):
        additional_context (JobInterviewCreateRequestAdditionalContext | None | Unset): Arbitrary additional context
            object merged into AI generation.
        candidate_expectations (None | str | Unset): Free-text candidate expectations folded into AI generation.
        candidate_video_introduction (JobInterviewCreateRequestCandidateVideoIntroduction | None | Unset): Whether a
            candidate video introduction is optional or required. Example: optional.
        code (None | str | Unset): Optional external code/reference for the interview. Example: my code.
        cover_image_url (None | str | Unset): Cover image URL. Example: https://example.com/cover.png.
        custom_scoring (JobInterviewCreateRequestCustomScoring | None | Unset): Custom result-scoring overrides merged
            with defaults and template overrides.
        description (None | str | Unset): Short, two-sentence job description shown to the candidate. Provide it to use
            it as-is; leave it null/blank and it is AI-generated from the position name and any other context. Example:
            Backend role focused on Python, async APIs, and AWS..
        description_long (None | str | Unset): Full job description in Markdown (Job Purpose, Responsibilities, Required
            & Preferred Qualifications). Provide it to use it as-is; leave it null/blank and it is AI-generated (interview
            and assessment types only). Rendered as Markdown on the candidate-facing position page, including chips,
            callouts, cards, columns and buttons — formatting guide: https://developer.jobmojito.com/cookbooks/format-
            content-with-markdown
        hiring_for_company (JobInterviewCreateRequestHiringForCompany | None | Unset): Who the position is really for.
            Omit/null (or an object with name null/blank) when hiring for yourself; { name: 'undisclosed' } for an unnamed
            external client; or { name: '<company>' } plus optional description/location/sector/company_size for a named
            client. Stored in creation_parameters.hiring_for_company. Example: {'name': 'undisclosed'}.
        include_closing_prompt (bool | None | Unset): Include a closing prompt. Defaults to true. Example: True.
        include_rapport_question (bool | None | Unset): Include an opening rapport question. Defaults to false. Example:
            True.
        instructional_video (bool | None | Unset): Show an instructional video before approval. Defaults to false.
            Example: True.
        instructional_video_custom_text (None | str | Unset): Custom narration text for the instructional video.
        interview_attempts (float | None | Unset): Allowed candidate attempts (1-20). Example: 1.
        interview_available_till (None | str | Unset): ISO date/time after which the interview is no longer available to
            candidates. null keeps it always available. Example: 2026-12-31.
        interview_conversation_speed (JobInterviewCreateRequestInterviewConversationSpeed | None | Unset): Conversation
            pace of the AI avatar. Omit/null keeps the template default pace. Options — `slower`: The avatar speaks more
            slowly — easier to follow for non-native speakers. | `normal`: Default speaking pace. | `faster`: The avatar
            speaks more quickly for a snappier conversation.. Example: normal.
        interview_department (None | str | Unset): Department the position belongs to. Example: Engineering.
        interview_length (float | None | str | Unset): Number of questions to generate (1-40). Also capped by
            max_duration, which allows one question per 2 minutes: 20 min -> 10 questions, 30 min -> 15, 45 min -> 22, 60
            min -> 30, 80 min -> 40. Asking for more than the cap is not an error — you get the cap, and the response
            reports the real count in questions_generated. Omit this field to let the AI pick 5-8. Example: 8.
        interview_salary (None | str | Unset): Salary range shown for the position. Example: $80k - $100k.
        interview_tone (None | str | Unset): Interview tone — configures the AI avatar's speaking style and the tone of
            the AI-generated questions and follow-ups; omit to default to relaxed. Suggested values — `relaxed`: Friendly
            and conversational tone that helps candidates feel at ease. | `simple`: Plain language at CEFR A2 level — short
            sentences and simple words. | `professional`: Formal and business-like approach suitable for senior roles. |
            `persuasive`: Engaging style that encourages candidates to elaborate.. Case-insensitive; other strings are
            accepted but unknown tones fall back to the default. Example: professional.
        interview_type (JobInterviewCreateRequestInterviewType | Unset):
        is_embedded (bool | None | Unset): Set true when the interview will be embedded as an iframe on an external
            page. Provisions an embed key and returns embed_id / embed_signing_key, which are used to authenticate/sign the
            iframe embed. Example: False.
        knowledge_base_store_id (None | str | Unset): Knowledge base store id to source additional context from.
        max_duration (float | None | Unset): Maximum interview duration in seconds. Scopes how many questions are
            generated (see interview_length) and is stored on the interview as the live session limit and the basis for the
            credit multiplier. Defaults to 1200 (20 minutes) when omitted. Example: 1200.
        max_followups (int | None | Unset): Maximum number of AI follow-up questions. 0 disables follow-ups; presets are
            0-3 (none/low/normal/high) and custom values start at 4; null uses the template default (Normal). Example: 2.
        merchant_id (None | str | Unset): Merchant id. Admin / sub-merchant callers only; otherwise taken from your
            token. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        pdf_export_auto_config (JobInterviewCreateRequestPdfExportAutoConfig | None | Unset): Auto-generate a candidate
            PDF report with these options once the interview completes. null disables auto-export.
        questions_random_subset (float | None | Unset): Ask only a random subset of the questions, expressed as a
            fraction between 0.01 and 0.9 (e.g. 0.5 = 50%). null asks all questions. Example: 0.5.
        recording (JobInterviewCreateRequestRecording | None | Unset): Cheating/proctoring detection mode for candidate
            answers — this is NOT a full session recording. Video options also record the candidate. Omit/null to disable.
            Options — `audio_first_5_answers`: Audio-only cheating detection, first 5 answers only. | `audio_all`: Audio-
            only cheating detection on every answer. | `video_all`: Audio + video cheating detection on every answer
            (candidate is recorded for all answers). | `video_first_5_answers`: Audio + video cheating detection, first 5
            answers only.. Example: video_all.
        recording_full_session (JobInterviewCreateRequestRecordingFullSession | None | Unset): Full interview-session
            recording (includes the avatar and voice) produced as a single file. Independent of `recording`. Omit/null to
            disable. Options — `audio_all`: Record the whole session audio (avatar + candidate voice) into a single file.
            Adds +0.2 credits. | `video_all`: Record the whole session video + audio (avatar + candidate) into a single
            file. Adds +0.4 credits.. Example: video_all.
        recruiter_profile_id (None | str | Unset): Profile id of the recruiter owning this interview. Must be a
            merchant/merchant_owner/admin profile of the same merchant. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        required_pronunciation (bool | None | Unset): Require pronunciation assessment (restricts to pronunciation-
            capable languages). Defaults to false. Example: False.
        result_enable_edit_transcript (bool | None | Unset): Allow editing the transcript on the result view. Defaults
            to true. Example: True.
        result_view (JobInterviewCreateRequestResultView | None | Unset): Result screen shown to the candidate after
            finishing. With any value other than `none`, the candidate sees a results screen where they can provide
            feedback, record an intro video and edit the transcript, and must then submit the result; the value sets how
            much score/result detail is shown. Options — `none`: No results screen at all — the interview is submitted
            immediately when the candidate finishes (no feedback, intro video, transcript edit or manual submit step). |
            `minimal`: Minimal results layout, no score shown. | `minimal_with_score`: Minimal results layout including the
            overall score. | `advanced`: Advanced results layout with more detail. | `full`: Full results layout with all
            sections. | `full_expand_scores`: Full results with every score breakdown expanded.. Example: full.
        seniority_level (JobInterviewCreateRequestSeniorityLevel | None | Unset): Target seniority level for the role;
            auto-detected from the job description when omitted. Options — `entry-level`: Early-career or graduate roles. |
            `intermediate`: Some experience required. | `senior`: Experienced professional. | `managerial`: Team or
            department lead. | `director`: Director-level responsibility. | `executive`: C-suite or executive role..
            Example: senior.
        tags (list[str] | None | Unset): Free-form tags stored on the interview. Tags are also the coaching-catalogue
            mapping key: a catalogue directory (see the catalogue-tag-create / catalogue-tag-update endpoints) lists a
            coaching or persona session when the session's tags contain EVERY tag in that directory's
            `tags_interview_set_filter`. Only `active` sessions with visibility `public` or `merchant_public` are listed.
            Example: ['interview-practice', 'sales'].
        thank_you_message (None | str | Unset): Custom thank-you message shown after the interview.
        use_enhanced_expectations (bool | None | Unset): Reserved flag passed through to generation.
        welcome_message (None | str | Unset): Custom welcome message shown to the candidate.
    """

    interview_template_id: UUID
    location: str
    mojito_language_code: JobInterviewCreateRequestMojitoLanguageCode
    name: str
    status: JobInterviewCreateRequestStatus
    type_: JobInterviewCreateRequestType
    visibility: JobInterviewCreateRequestVisibility
    additional_context: JobInterviewCreateRequestAdditionalContext | None | Unset = UNSET
    candidate_expectations: None | str | Unset = UNSET
    candidate_video_introduction: JobInterviewCreateRequestCandidateVideoIntroduction | None | Unset = UNSET
    code: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    custom_scoring: JobInterviewCreateRequestCustomScoring | None | Unset = UNSET
    description: None | str | Unset = UNSET
    description_long: None | str | Unset = UNSET
    hiring_for_company: JobInterviewCreateRequestHiringForCompany | None | Unset = UNSET
    include_closing_prompt: bool | None | Unset = UNSET
    include_rapport_question: bool | None | Unset = UNSET
    instructional_video: bool | None | Unset = UNSET
    instructional_video_custom_text: None | str | Unset = UNSET
    interview_attempts: float | None | Unset = UNSET
    interview_available_till: None | str | Unset = UNSET
    interview_conversation_speed: JobInterviewCreateRequestInterviewConversationSpeed | None | Unset = UNSET
    interview_department: None | str | Unset = UNSET
    interview_length: float | None | str | Unset = UNSET
    interview_salary: None | str | Unset = UNSET
    interview_tone: None | str | Unset = UNSET
    interview_type: JobInterviewCreateRequestInterviewType | Unset = UNSET
    is_embedded: bool | None | Unset = UNSET
    knowledge_base_store_id: None | str | Unset = UNSET
    max_duration: float | None | Unset = UNSET
    max_followups: int | None | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    pdf_export_auto_config: JobInterviewCreateRequestPdfExportAutoConfig | None | Unset = UNSET
    questions_random_subset: float | None | Unset = UNSET
    recording: JobInterviewCreateRequestRecording | None | Unset = UNSET
    recording_full_session: JobInterviewCreateRequestRecordingFullSession | None | Unset = UNSET
    recruiter_profile_id: None | str | Unset = UNSET
    required_pronunciation: bool | None | Unset = UNSET
    result_enable_edit_transcript: bool | None | Unset = UNSET
    result_view: JobInterviewCreateRequestResultView | None | Unset = UNSET
    seniority_level: JobInterviewCreateRequestSeniorityLevel | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    thank_you_message: None | str | Unset = UNSET
    use_enhanced_expectations: bool | None | Unset = UNSET
    welcome_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_create_request_additional_context import (
            JobInterviewCreateRequestAdditionalContext,  # noqa: PLC0415
        )
        from ..models.job_interview_create_request_custom_scoring import (
            JobInterviewCreateRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_create_request_hiring_for_company import (
            JobInterviewCreateRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_create_request_pdf_export_auto_config import (
            JobInterviewCreateRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        interview_template_id = str(self.interview_template_id)

        location = self.location

        mojito_language_code: str = self.mojito_language_code

        name = self.name

        status: str = self.status

        type_: str = self.type_

        visibility: str = self.visibility

        additional_context: dict[str, Any] | None | Unset
        if isinstance(self.additional_context, Unset):
            additional_context = UNSET
        elif isinstance(self.additional_context, JobInterviewCreateRequestAdditionalContext):
            additional_context = self.additional_context.to_dict()
        else:
            additional_context = self.additional_context

        candidate_expectations: None | str | Unset
        if isinstance(self.candidate_expectations, Unset):
            candidate_expectations = UNSET
        else:
            candidate_expectations = self.candidate_expectations

        candidate_video_introduction: None | str | Unset
        if isinstance(self.candidate_video_introduction, Unset):
            candidate_video_introduction = UNSET
        elif isinstance(self.candidate_video_introduction, str):
            candidate_video_introduction = self.candidate_video_introduction
        else:
            candidate_video_introduction = self.candidate_video_introduction

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        custom_scoring: dict[str, Any] | None | Unset
        if isinstance(self.custom_scoring, Unset):
            custom_scoring = UNSET
        elif isinstance(self.custom_scoring, JobInterviewCreateRequestCustomScoring):
            custom_scoring = self.custom_scoring.to_dict()
        else:
            custom_scoring = self.custom_scoring

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_long: None | str | Unset
        if isinstance(self.description_long, Unset):
            description_long = UNSET
        else:
            description_long = self.description_long

        hiring_for_company: dict[str, Any] | None | Unset
        if isinstance(self.hiring_for_company, Unset):
            hiring_for_company = UNSET
        elif isinstance(self.hiring_for_company, JobInterviewCreateRequestHiringForCompany):
            hiring_for_company = self.hiring_for_company.to_dict()
        else:
            hiring_for_company = self.hiring_for_company

        include_closing_prompt: bool | None | Unset
        if isinstance(self.include_closing_prompt, Unset):
            include_closing_prompt = UNSET
        else:
            include_closing_prompt = self.include_closing_prompt

        include_rapport_question: bool | None | Unset
        if isinstance(self.include_rapport_question, Unset):
            include_rapport_question = UNSET
        else:
            include_rapport_question = self.include_rapport_question

        instructional_video: bool | None | Unset
        if isinstance(self.instructional_video, Unset):
            instructional_video = UNSET
        else:
            instructional_video = self.instructional_video

        instructional_video_custom_text: None | str | Unset
        if isinstance(self.instructional_video_custom_text, Unset):
            instructional_video_custom_text = UNSET
        else:
            instructional_video_custom_text = self.instructional_video_custom_text

        interview_attempts: float | None | Unset
        if isinstance(self.interview_attempts, Unset):
            interview_attempts = UNSET
        else:
            interview_attempts = self.interview_attempts

        interview_available_till: None | str | Unset
        if isinstance(self.interview_available_till, Unset):
            interview_available_till = UNSET
        else:
            interview_available_till = self.interview_available_till

        interview_conversation_speed: None | str | Unset
        if isinstance(self.interview_conversation_speed, Unset):
            interview_conversation_speed = UNSET
        elif isinstance(self.interview_conversation_speed, str):
            interview_conversation_speed = self.interview_conversation_speed
        else:
            interview_conversation_speed = self.interview_conversation_speed

        interview_department: None | str | Unset
        if isinstance(self.interview_department, Unset):
            interview_department = UNSET
        else:
            interview_department = self.interview_department

        interview_length: float | None | str | Unset
        if isinstance(self.interview_length, Unset):
            interview_length = UNSET
        else:
            interview_length = self.interview_length

        interview_salary: None | str | Unset
        if isinstance(self.interview_salary, Unset):
            interview_salary = UNSET
        else:
            interview_salary = self.interview_salary

        interview_tone: None | str | Unset
        if isinstance(self.interview_tone, Unset):
            interview_tone = UNSET
        else:
            interview_tone = self.interview_tone

        interview_type: str | Unset = UNSET
        if not isinstance(self.interview_type, Unset):
            interview_type = self.interview_type

        is_embedded: bool | None | Unset
        if isinstance(self.is_embedded, Unset):
            is_embedded = UNSET
        else:
            is_embedded = self.is_embedded

        knowledge_base_store_id: None | str | Unset
        if isinstance(self.knowledge_base_store_id, Unset):
            knowledge_base_store_id = UNSET
        else:
            knowledge_base_store_id = self.knowledge_base_store_id

        max_duration: float | None | Unset
        if isinstance(self.max_duration, Unset):
            max_duration = UNSET
        else:
            max_duration = self.max_duration

        max_followups: int | None | Unset
        if isinstance(self.max_followups, Unset):
            max_followups = UNSET
        else:
            max_followups = self.max_followups

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        pdf_export_auto_config: dict[str, Any] | None | Unset
        if isinstance(self.pdf_export_auto_config, Unset):
            pdf_export_auto_config = UNSET
        elif isinstance(self.pdf_export_auto_config, JobInterviewCreateRequestPdfExportAutoConfig):
            pdf_export_auto_config = self.pdf_export_auto_config.to_dict()
        else:
            pdf_export_auto_config = self.pdf_export_auto_config

        questions_random_subset: float | None | Unset
        if isinstance(self.questions_random_subset, Unset):
            questions_random_subset = UNSET
        else:
            questions_random_subset = self.questions_random_subset

        recording: None | str | Unset
        if isinstance(self.recording, Unset):
            recording = UNSET
        elif isinstance(self.recording, str):
            recording = self.recording
        else:
            recording = self.recording

        recording_full_session: None | str | Unset
        if isinstance(self.recording_full_session, Unset):
            recording_full_session = UNSET
        elif isinstance(self.recording_full_session, str):
            recording_full_session = self.recording_full_session
        else:
            recording_full_session = self.recording_full_session

        recruiter_profile_id: None | str | Unset
        if isinstance(self.recruiter_profile_id, Unset):
            recruiter_profile_id = UNSET
        else:
            recruiter_profile_id = self.recruiter_profile_id

        required_pronunciation: bool | None | Unset
        if isinstance(self.required_pronunciation, Unset):
            required_pronunciation = UNSET
        else:
            required_pronunciation = self.required_pronunciation

        result_enable_edit_transcript: bool | None | Unset
        if isinstance(self.result_enable_edit_transcript, Unset):
            result_enable_edit_transcript = UNSET
        else:
            result_enable_edit_transcript = self.result_enable_edit_transcript

        result_view: None | str | Unset
        if isinstance(self.result_view, Unset):
            result_view = UNSET
        elif isinstance(self.result_view, str):
            result_view = self.result_view
        else:
            result_view = self.result_view

        seniority_level: None | str | Unset
        if isinstance(self.seniority_level, Unset):
            seniority_level = UNSET
        elif isinstance(self.seniority_level, str):
            seniority_level = self.seniority_level
        else:
            seniority_level = self.seniority_level

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        thank_you_message: None | str | Unset
        if isinstance(self.thank_you_message, Unset):
            thank_you_message = UNSET
        else:
            thank_you_message = self.thank_you_message

        use_enhanced_expectations: bool | None | Unset
        if isinstance(self.use_enhanced_expectations, Unset):
            use_enhanced_expectations = UNSET
        else:
            use_enhanced_expectations = self.use_enhanced_expectations

        welcome_message: None | str | Unset
        if isinstance(self.welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = self.welcome_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_template_id": interview_template_id,
                "location": location,
                "mojito_language_code": mojito_language_code,
                "name": name,
                "status": status,
                "type": type_,
                "visibility": visibility,
            }
        )
        if additional_context is not UNSET:
            field_dict["additional_context"] = additional_context
        if candidate_expectations is not UNSET:
            field_dict["candidate_expectations"] = candidate_expectations
        if candidate_video_introduction is not UNSET:
            field_dict["candidate_video_introduction"] = candidate_video_introduction
        if code is not UNSET:
            field_dict["code"] = code
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if custom_scoring is not UNSET:
            field_dict["custom_scoring"] = custom_scoring
        if description is not UNSET:
            field_dict["description"] = description
        if description_long is not UNSET:
            field_dict["description_long"] = description_long
        if hiring_for_company is not UNSET:
            field_dict["hiring_for_company"] = hiring_for_company
        if include_closing_prompt is not UNSET:
            field_dict["include_closing_prompt"] = include_closing_prompt
        if include_rapport_question is not UNSET:
            field_dict["include_rapport_question"] = include_rapport_question
        if instructional_video is not UNSET:
            field_dict["instructional_video"] = instructional_video
        if instructional_video_custom_text is not UNSET:
            field_dict["instructional_video_custom_text"] = instructional_video_custom_text
        if interview_attempts is not UNSET:
            field_dict["interview_attempts"] = interview_attempts
        if interview_available_till is not UNSET:
            field_dict["interview_available_till"] = interview_available_till
        if interview_conversation_speed is not UNSET:
            field_dict["interview_conversation_speed"] = interview_conversation_speed
        if interview_department is not UNSET:
            field_dict["interview_department"] = interview_department
        if interview_length is not UNSET:
            field_dict["interview_length"] = interview_length
        if interview_salary is not UNSET:
            field_dict["interview_salary"] = interview_salary
        if interview_tone is not UNSET:
            field_dict["interview_tone"] = interview_tone
        if interview_type is not UNSET:
            field_dict["interview_type"] = interview_type
        if is_embedded is not UNSET:
            field_dict["is_embedded"] = is_embedded
        if knowledge_base_store_id is not UNSET:
            field_dict["knowledge_base_store_id"] = knowledge_base_store_id
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if max_followups is not UNSET:
            field_dict["max_followups"] = max_followups
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if pdf_export_auto_config is not UNSET:
            field_dict["pdf_export_auto_config"] = pdf_export_auto_config
        if questions_random_subset is not UNSET:
            field_dict["questions_random_subset"] = questions_random_subset
        if recording is not UNSET:
            field_dict["recording"] = recording
        if recording_full_session is not UNSET:
            field_dict["recording_full_session"] = recording_full_session
        if recruiter_profile_id is not UNSET:
            field_dict["recruiter_profile_id"] = recruiter_profile_id
        if required_pronunciation is not UNSET:
            field_dict["required_pronunciation"] = required_pronunciation
        if result_enable_edit_transcript is not UNSET:
            field_dict["result_enable_edit_transcript"] = result_enable_edit_transcript
        if result_view is not UNSET:
            field_dict["result_view"] = result_view
        if seniority_level is not UNSET:
            field_dict["seniority_level"] = seniority_level
        if tags is not UNSET:
            field_dict["tags"] = tags
        if thank_you_message is not UNSET:
            field_dict["thank_you_message"] = thank_you_message
        if use_enhanced_expectations is not UNSET:
            field_dict["use_enhanced_expectations"] = use_enhanced_expectations
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_create_request_additional_context import (
            JobInterviewCreateRequestAdditionalContext,  # noqa: PLC0415
        )
        from ..models.job_interview_create_request_custom_scoring import (
            JobInterviewCreateRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_create_request_hiring_for_company import (
            JobInterviewCreateRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_create_request_pdf_export_auto_config import (
            JobInterviewCreateRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        interview_template_id = UUID(d.pop("interview_template_id"))

        location = d.pop("location")

        mojito_language_code = check_job_interview_create_request_mojito_language_code(d.pop("mojito_language_code"))

        name = d.pop("name")

        status = check_job_interview_create_request_status(d.pop("status"))

        type_ = check_job_interview_create_request_type(d.pop("type"))

        visibility = check_job_interview_create_request_visibility(d.pop("visibility"))

        def _parse_additional_context(data: object) -> JobInterviewCreateRequestAdditionalContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_context_type_0 = JobInterviewCreateRequestAdditionalContext.from_dict(data)

                return additional_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("additional_context: not JobInterviewCreateRequestAdditionalContext | None | Unset")

        additional_context = _parse_additional_context(d.pop("additional_context", UNSET))

        candidate_expectations: None | str | Unset = d.pop("candidate_expectations", UNSET)

        def _parse_candidate_video_introduction(
            data: object,
        ) -> JobInterviewCreateRequestCandidateVideoIntroduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_video_introduction_type_0 = check_job_interview_create_request_candidate_video_introduction(
                    data
                )

                return candidate_video_introduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateRequestCandidateVideoIntroduction | None | Unset, data)

        candidate_video_introduction = _parse_candidate_video_introduction(d.pop("candidate_video_introduction", UNSET))

        code: None | str | Unset = d.pop("code", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        def _parse_custom_scoring(data: object) -> JobInterviewCreateRequestCustomScoring | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_scoring_type_0 = JobInterviewCreateRequestCustomScoring.from_dict(data)

                return custom_scoring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("custom_scoring: not JobInterviewCreateRequestCustomScoring | None | Unset")

        custom_scoring = _parse_custom_scoring(d.pop("custom_scoring", UNSET))

        description: None | str | Unset = d.pop("description", UNSET)

        description_long: None | str | Unset = d.pop("description_long", UNSET)

        def _parse_hiring_for_company(data: object) -> JobInterviewCreateRequestHiringForCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hiring_for_company_type_0 = JobInterviewCreateRequestHiringForCompany.from_dict(data)

                return hiring_for_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("hiring_for_company: not JobInterviewCreateRequestHiringForCompany | None | Unset")

        hiring_for_company = _parse_hiring_for_company(d.pop("hiring_for_company", UNSET))

        include_closing_prompt: bool | None | Unset = d.pop("include_closing_prompt", UNSET)

        include_rapport_question: bool | None | Unset = d.pop("include_rapport_question", UNSET)

        instructional_video: bool | None | Unset = d.pop("instructional_video", UNSET)

        instructional_video_custom_text: None | str | Unset = d.pop("instructional_video_custom_text", UNSET)

        interview_attempts: float | None | Unset = d.pop("interview_attempts", UNSET)

        interview_available_till: None | str | Unset = d.pop("interview_available_till", UNSET)

        def _parse_interview_conversation_speed(
            data: object,
        ) -> JobInterviewCreateRequestInterviewConversationSpeed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_conversation_speed_type_0 = check_job_interview_create_request_interview_conversation_speed(
                    data
                )

                return interview_conversation_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateRequestInterviewConversationSpeed | None | Unset, data)

        interview_conversation_speed = _parse_interview_conversation_speed(d.pop("interview_conversation_speed", UNSET))

        interview_department: None | str | Unset = d.pop("interview_department", UNSET)

        interview_length: float | None | str | Unset = d.pop("interview_length", UNSET)

        interview_salary: None | str | Unset = d.pop("interview_salary", UNSET)

        interview_tone: None | str | Unset = d.pop("interview_tone", UNSET)

        _interview_type = d.pop("interview_type", UNSET)
        interview_type: JobInterviewCreateRequestInterviewType | Unset
        if isinstance(_interview_type, Unset):
            interview_type = UNSET
        else:
            interview_type = check_job_interview_create_request_interview_type(_interview_type)

        is_embedded: bool | None | Unset = d.pop("is_embedded", UNSET)

        knowledge_base_store_id: None | str | Unset = d.pop("knowledge_base_store_id", UNSET)

        max_duration: float | None | Unset = d.pop("max_duration", UNSET)

        max_followups: int | None | Unset = d.pop("max_followups", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        def _parse_pdf_export_auto_config(data: object) -> JobInterviewCreateRequestPdfExportAutoConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pdf_export_auto_config_type_0 = JobInterviewCreateRequestPdfExportAutoConfig.from_dict(data)

                return pdf_export_auto_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("pdf_export_auto_config: not JobInterviewCreateRequestPdfExportAutoConfig | None | Unset")

        pdf_export_auto_config = _parse_pdf_export_auto_config(d.pop("pdf_export_auto_config", UNSET))

        questions_random_subset: float | None | Unset = d.pop("questions_random_subset", UNSET)

        def _parse_recording(data: object) -> JobInterviewCreateRequestRecording | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_type_0 = check_job_interview_create_request_recording(data)

                return recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateRequestRecording | None | Unset, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        def _parse_recording_full_session(data: object) -> JobInterviewCreateRequestRecordingFullSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_full_session_type_0 = check_job_interview_create_request_recording_full_session(data)

                return recording_full_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateRequestRecordingFullSession | None | Unset, data)

        recording_full_session = _parse_recording_full_session(d.pop("recording_full_session", UNSET))

        recruiter_profile_id: None | str | Unset = d.pop("recruiter_profile_id", UNSET)

        required_pronunciation: bool | None | Unset = d.pop("required_pronunciation", UNSET)

        result_enable_edit_transcript: bool | None | Unset = d.pop("result_enable_edit_transcript", UNSET)

        def _parse_result_view(data: object) -> JobInterviewCreateRequestResultView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_view_type_0 = check_job_interview_create_request_result_view(data)

                return result_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateRequestResultView | None | Unset, data)

        result_view = _parse_result_view(d.pop("result_view", UNSET))

        def _parse_seniority_level(data: object) -> JobInterviewCreateRequestSeniorityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seniority_level_type_0 = check_job_interview_create_request_seniority_level(data)

                return seniority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateRequestSeniorityLevel | None | Unset, data)

        seniority_level = _parse_seniority_level(d.pop("seniority_level", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("tags: not list[str] | None | Unset")

        tags = _parse_tags(d.pop("tags", UNSET))

        thank_you_message: None | str | Unset = d.pop("thank_you_message", UNSET)

        use_enhanced_expectations: bool | None | Unset = d.pop("use_enhanced_expectations", UNSET)

        welcome_message: None | str | Unset = d.pop("welcome_message", UNSET)

        job_interview_create_request = cls(
            interview_template_id=interview_template_id,
            location=location,
            mojito_language_code=mojito_language_code,
            name=name,
            status=status,
            type_=type_,
            visibility=visibility,
            additional_context=additional_context,
            candidate_expectations=candidate_expectations,
            candidate_video_introduction=candidate_video_introduction,
            code=code,
            cover_image_url=cover_image_url,
            custom_scoring=custom_scoring,
            description=description,
            description_long=description_long,
            hiring_for_company=hiring_for_company,
            include_closing_prompt=include_closing_prompt,
            include_rapport_question=include_rapport_question,
            instructional_video=instructional_video,
            instructional_video_custom_text=instructional_video_custom_text,
            interview_attempts=interview_attempts,
            interview_available_till=interview_available_till,
            interview_conversation_speed=interview_conversation_speed,
            interview_department=interview_department,
            interview_length=interview_length,
            interview_salary=interview_salary,
            interview_tone=interview_tone,
            interview_type=interview_type,
            is_embedded=is_embedded,
            knowledge_base_store_id=knowledge_base_store_id,
            max_duration=max_duration,
            max_followups=max_followups,
            merchant_id=merchant_id,
            pdf_export_auto_config=pdf_export_auto_config,
            questions_random_subset=questions_random_subset,
            recording=recording,
            recording_full_session=recording_full_session,
            recruiter_profile_id=recruiter_profile_id,
            required_pronunciation=required_pronunciation,
            result_enable_edit_transcript=result_enable_edit_transcript,
            result_view=result_view,
            seniority_level=seniority_level,
            tags=tags,
            thank_you_message=thank_you_message,
            use_enhanced_expectations=use_enhanced_expectations,
            welcome_message=welcome_message,
        )

        job_interview_create_request.additional_properties = d
        return job_interview_create_request

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
