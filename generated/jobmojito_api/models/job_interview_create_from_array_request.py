from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_create_from_array_request_candidate_video_introduction import (
    JobInterviewCreateFromArrayRequestCandidateVideoIntroduction,
    check_job_interview_create_from_array_request_candidate_video_introduction,
)
from ..models.job_interview_create_from_array_request_interview_conversation_speed import (
    JobInterviewCreateFromArrayRequestInterviewConversationSpeed,
    check_job_interview_create_from_array_request_interview_conversation_speed,
)
from ..models.job_interview_create_from_array_request_interview_type import (
    JobInterviewCreateFromArrayRequestInterviewType,
    check_job_interview_create_from_array_request_interview_type,
)
from ..models.job_interview_create_from_array_request_mojito_language_code import (
    JobInterviewCreateFromArrayRequestMojitoLanguageCode,
    check_job_interview_create_from_array_request_mojito_language_code,
)
from ..models.job_interview_create_from_array_request_recording import (
    JobInterviewCreateFromArrayRequestRecording,
    check_job_interview_create_from_array_request_recording,
)
from ..models.job_interview_create_from_array_request_recording_full_session import (
    JobInterviewCreateFromArrayRequestRecordingFullSession,
    check_job_interview_create_from_array_request_recording_full_session,
)
from ..models.job_interview_create_from_array_request_result_view import (
    JobInterviewCreateFromArrayRequestResultView,
    check_job_interview_create_from_array_request_result_view,
)
from ..models.job_interview_create_from_array_request_seniority_level import (
    JobInterviewCreateFromArrayRequestSeniorityLevel,
    check_job_interview_create_from_array_request_seniority_level,
)
from ..models.job_interview_create_from_array_request_status import (
    JobInterviewCreateFromArrayRequestStatus,
    check_job_interview_create_from_array_request_status,
)
from ..models.job_interview_create_from_array_request_type import (
    JobInterviewCreateFromArrayRequestType,
    check_job_interview_create_from_array_request_type,
)
from ..models.job_interview_create_from_array_request_visibility import (
    JobInterviewCreateFromArrayRequestVisibility,
    check_job_interview_create_from_array_request_visibility,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_create_from_array_question import (
        JobInterviewCreateFromArrayQuestion,
    )
    from ..models.job_interview_create_from_array_request_additional_context import (
        JobInterviewCreateFromArrayRequestAdditionalContext,
    )
    from ..models.job_interview_create_from_array_request_candidate_expectations_json import (
        JobInterviewCreateFromArrayRequestCandidateExpectationsJson,
    )
    from ..models.job_interview_create_from_array_request_custom_scoring import (
        JobInterviewCreateFromArrayRequestCustomScoring,
    )
    from ..models.job_interview_create_from_array_request_hiring_for_company import (
        JobInterviewCreateFromArrayRequestHiringForCompany,
    )
    from ..models.job_interview_create_from_array_request_pdf_export_auto_config import (
        JobInterviewCreateFromArrayRequestPdfExportAutoConfig,
    )


T = TypeVar("T", bound="JobInterviewCreateFromArrayRequest")


@_attrs_define
class JobInterviewCreateFromArrayRequest:
    """
    Attributes:
        description (str): Short interview description. Example: Project manager role.
        interview_template_id (str): Id of the interview template to use. Must reference an existing interview_templates
            row. Example: 46b98d37-1557-4391-beca-03037ead19f2.
        location (str): Interview location. Example: remote.
        mojito_language_code (JobInterviewCreateFromArrayRequestMojitoLanguageCode):
        name (str): Interview/position name. Example: Project manager.
        questions (list[JobInterviewCreateFromArrayQuestion]): Ordered list of interview questions to create as steps.
        status (JobInterviewCreateFromArrayRequestStatus):
        type_ (JobInterviewCreateFromArrayRequestType):
        visibility (JobInterviewCreateFromArrayRequestVisibility):
        additional_context (JobInterviewCreateFromArrayRequestAdditionalContext | None | Unset): Extra context forwarded
            to expectation generation.
        candidate_expectations (None | str | Unset): Free-text candidate expectations.
        candidate_expectations_json (JobInterviewCreateFromArrayRequestCandidateExpectationsJson | None | Unset): Pre-
            generated candidate expectations, bucketed by requirement level (weak/moderate/strong); auto-generated when
            omitted for type=interview. Extra keys are preserved.
        candidate_video_introduction (JobInterviewCreateFromArrayRequestCandidateVideoIntroduction | None | Unset):
            Whether a candidate video introduction is optional or required.
        code (None | str | Unset): Optional external code/reference.
        cover_image_url (None | str | Unset): Cover image URL.
        custom_scoring (JobInterviewCreateFromArrayRequestCustomScoring | None | Unset): Custom scoring overrides merged
            with defaults.
        description_long (None | str | Unset): Long-form interview description. Rendered as Markdown on the candidate-
            facing position page, including chips, callouts, cards, columns and buttons — formatting guide:
            https://developer.jobmojito.com/cookbooks/format-content-with-markdown
        disable_deduplication (bool | None | Unset): When true, skip step deduplication on insert.
        hiring_for_company (JobInterviewCreateFromArrayRequestHiringForCompany | None | Unset): Who the position is
            really for. Omit/null (or an object with name null/blank) when hiring for yourself; { name: 'undisclosed' } for
            an unnamed external client; or { name: '<company>' } plus optional description/location/sector/company_size for
            a named client. Stored in creation_parameters.hiring_for_company. Example: {'name': 'undisclosed'}.
        instructional_video (bool | None | Unset): Enable an instructional video before approval.
        instructional_video_custom_text (None | str | Unset): Custom text for the instructional video.
        interview_attempts (float | None | Unset): Allowed attempts, 1-20. Example: 1.
        interview_available_till (None | str | Unset): ISO date/time after which the interview is no longer available to
            candidates. null keeps it always available. Example: 2026-12-31.
        interview_conversation_speed (JobInterviewCreateFromArrayRequestInterviewConversationSpeed | None | Unset):
            Conversation pace of the AI avatar. Omit/null keeps the template default pace. Options — `slower`: The avatar
            speaks more slowly — easier to follow for non-native speakers. | `normal`: Default speaking pace. | `faster`:
            The avatar speaks more quickly for a snappier conversation.. Example: normal.
        interview_department (None | str | Unset): Department the position belongs to. Example: Engineering.
        interview_salary (None | str | Unset): Salary range shown for the position. Example: $80k - $100k.
        interview_tone (None | str | Unset): Tone — configures the AI avatar's speaking style and the follow-up
            questions it generates; the base `questions` you supply are not affected. Omit to default to relaxed. Suggested
            values — `relaxed`: Friendly and conversational tone that helps candidates feel at ease. | `simple`: Plain
            language at CEFR A2 level — short sentences and simple words. | `professional`: Formal and business-like
            approach suitable for senior roles. | `persuasive`: Engaging style that encourages candidates to elaborate..
            Case-insensitive; other strings are accepted but unknown tones fall back to the default. Example: professional.
        interview_type (JobInterviewCreateFromArrayRequestInterviewType | None | Unset): Interview style — configures
            the AI avatar and the follow-up questions it generates during the interview. The base `questions` you supply are
            used as-is and are NOT affected by this setting. Options — `pre-screening`: Pre-screening — quick qualification
            check focusing on basic requirements and availability. | `pre-screening-with-test-questions`: Pre-screening with
            test questions — pre-screening plus practical questions to test relevant skills. | `second-interview`: Second
            round interview — deeper dive for candidates who passed initial screening. | `remote-freelancer-verification`:
            Remote worker verification — verify remote work capabilities and communication skills. | `strength-based-
            interview`: Strength-based interview — focus on what candidates enjoy and excel at to predict job satisfaction.
            | `potential-based-interview`: Potential-based interview — assess learning ability and growth potential rather
            than past experience. | `process-verification-from-knowledge-base`: Knowledge Base interview — generate
            questions from your knowledge base documents.. Example: pre-screening-with-test-questions.
        is_embedded (bool | None | Unset): Set true when the interview will be embedded as an iframe on an external
            page. Creates an embed key and returns embed_id/embed_signing_key, used to authenticate/sign the iframe embed.
        knowledge_base_store_id (None | str | Unset): Optional knowledge base store id; validated for existence.
        max_followups (int | None | Unset): Maximum number of AI follow-up questions. 0 disables follow-ups; presets are
            0-3 (none/low/normal/high) and custom values start at 4; null uses the template default (Normal). Example: 2.
        merchant_id (None | str | Unset): Target merchant id (admins / sub-merchant only).
        pdf_export_auto_config (JobInterviewCreateFromArrayRequestPdfExportAutoConfig | None | Unset): Auto-generate a
            candidate PDF report with these options once the interview completes. null disables auto-export.
        questions_random_subset (float | None | Unset): Fraction of questions to randomly ask, between 0.01 and 0.9.
        recording (JobInterviewCreateFromArrayRequestRecording | None | Unset): Cheating/proctoring detection mode for
            candidate answers — this is NOT a full session recording. Video options also record the candidate. Omit/null to
            disable. Options — `audio_first_5_answers`: Audio-only cheating detection, first 5 answers only. | `audio_all`:
            Audio-only cheating detection on every answer. | `video_all`: Audio + video cheating detection on every answer
            (candidate is recorded for all answers). | `video_first_5_answers`: Audio + video cheating detection, first 5
            answers only.. Example: video_all.
        recording_full_session (JobInterviewCreateFromArrayRequestRecordingFullSession | None | Unset): Full interview-
            session recording (includes the avatar and voice) produced as a single file. Independent of `recording`.
            Omit/null to disable. Options — `audio_all`: Record the whole session audio (avatar + candidate voice) into a
            single file. Adds +0.2 credits. | `video_all`: Record the whole session video + audio (avatar + candidate) into
            a single file. Adds +0.4 credits.. Example: video_all.
        recruiter_profile_id (None | str | Unset): Profile id of the recruiter owning this interview. Must be a
            merchant/merchant_owner/admin profile of the same merchant.
        required_pronunciation (bool | None | Unset): Require pronunciation assessment (restricts to pronunciation-
            capable languages). Defaults to false. Example: False.
        result_enable_edit_transcript (bool | None | Unset): Allow editing the transcript on the result view. Defaults
            to true. Example: True.
        result_view (JobInterviewCreateFromArrayRequestResultView | None | Unset): Result screen shown to the candidate
            after finishing. With any value other than `none`, the candidate sees a results screen where they can provide
            feedback, record an intro video and edit the transcript, and must then submit the result; the value sets how
            much score/result detail is shown. Options — `none`: No results screen at all — the interview is submitted
            immediately when the candidate finishes (no feedback, intro video, transcript edit or manual submit step). |
            `minimal`: Minimal results layout, no score shown. | `minimal_with_score`: Minimal results layout including the
            overall score. | `advanced`: Advanced results layout with more detail. | `full`: Full results layout with all
            sections. | `full_expand_scores`: Full results with every score breakdown expanded.. Example: full.
        seniority_level (JobInterviewCreateFromArrayRequestSeniorityLevel | None | Unset): Target seniority level for
            the role; auto-detected from the job description when omitted. Options — `entry-level`: Early-career or graduate
            roles. | `intermediate`: Some experience required. | `senior`: Experienced professional. | `managerial`: Team or
            department lead. | `director`: Director-level responsibility. | `executive`: C-suite or executive role..
            Example: senior.
        tags (list[str] | None | Unset): Free-form tags stored on the interview. Tags are also the coaching-catalogue
            mapping key: a catalogue directory (see the catalogue-tag-create / catalogue-tag-update endpoints) lists a
            coaching or persona session when the session's tags contain EVERY tag in that directory's
            `tags_interview_set_filter`. Only `active` sessions with visibility `public` or `merchant_public` are listed.
            Example: ['interview-practice', 'sales'].
        thank_you_message (None | str | Unset): Custom thank-you message.
        welcome_message (None | str | Unset): Custom welcome message.
    """

    description: str
    interview_template_id: str
    location: str
    mojito_language_code: JobInterviewCreateFromArrayRequestMojitoLanguageCode
    name: str
    questions: list[JobInterviewCreateFromArrayQuestion]
    status: JobInterviewCreateFromArrayRequestStatus
    type_: JobInterviewCreateFromArrayRequestType
    visibility: JobInterviewCreateFromArrayRequestVisibility
    additional_context: JobInterviewCreateFromArrayRequestAdditionalContext | None | Unset = UNSET
    candidate_expectations: None | str | Unset = UNSET
    candidate_expectations_json: JobInterviewCreateFromArrayRequestCandidateExpectationsJson | None | Unset = UNSET
    candidate_video_introduction: JobInterviewCreateFromArrayRequestCandidateVideoIntroduction | None | Unset = UNSET
    code: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    custom_scoring: JobInterviewCreateFromArrayRequestCustomScoring | None | Unset = UNSET
    description_long: None | str | Unset = UNSET
    disable_deduplication: bool | None | Unset = UNSET
    hiring_for_company: JobInterviewCreateFromArrayRequestHiringForCompany | None | Unset = UNSET
    instructional_video: bool | None | Unset = UNSET
    instructional_video_custom_text: None | str | Unset = UNSET
    interview_attempts: float | None | Unset = UNSET
    interview_available_till: None | str | Unset = UNSET
    interview_conversation_speed: JobInterviewCreateFromArrayRequestInterviewConversationSpeed | None | Unset = UNSET
    interview_department: None | str | Unset = UNSET
    interview_salary: None | str | Unset = UNSET
    interview_tone: None | str | Unset = UNSET
    interview_type: JobInterviewCreateFromArrayRequestInterviewType | None | Unset = UNSET
    is_embedded: bool | None | Unset = UNSET
    knowledge_base_store_id: None | str | Unset = UNSET
    max_followups: int | None | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    pdf_export_auto_config: JobInterviewCreateFromArrayRequestPdfExportAutoConfig | None | Unset = UNSET
    questions_random_subset: float | None | Unset = UNSET
    recording: JobInterviewCreateFromArrayRequestRecording | None | Unset = UNSET
    recording_full_session: JobInterviewCreateFromArrayRequestRecordingFullSession | None | Unset = UNSET
    recruiter_profile_id: None | str | Unset = UNSET
    required_pronunciation: bool | None | Unset = UNSET
    result_enable_edit_transcript: bool | None | Unset = UNSET
    result_view: JobInterviewCreateFromArrayRequestResultView | None | Unset = UNSET
    seniority_level: JobInterviewCreateFromArrayRequestSeniorityLevel | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    thank_you_message: None | str | Unset = UNSET
    welcome_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_create_from_array_request_additional_context import (
            JobInterviewCreateFromArrayRequestAdditionalContext,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_candidate_expectations_json import (
            JobInterviewCreateFromArrayRequestCandidateExpectationsJson,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_custom_scoring import (
            JobInterviewCreateFromArrayRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_hiring_for_company import (
            JobInterviewCreateFromArrayRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_pdf_export_auto_config import (
            JobInterviewCreateFromArrayRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        description = self.description

        interview_template_id = self.interview_template_id

        location = self.location

        mojito_language_code: str = self.mojito_language_code

        name = self.name

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        status: str = self.status

        type_: str = self.type_

        visibility: str = self.visibility

        additional_context: dict[str, Any] | None | Unset
        if isinstance(self.additional_context, Unset):
            additional_context = UNSET
        elif isinstance(self.additional_context, JobInterviewCreateFromArrayRequestAdditionalContext):
            additional_context = self.additional_context.to_dict()
        else:
            additional_context = self.additional_context

        candidate_expectations: None | str | Unset
        if isinstance(self.candidate_expectations, Unset):
            candidate_expectations = UNSET
        else:
            candidate_expectations = self.candidate_expectations

        candidate_expectations_json: dict[str, Any] | None | Unset
        if isinstance(self.candidate_expectations_json, Unset):
            candidate_expectations_json = UNSET
        elif isinstance(self.candidate_expectations_json, JobInterviewCreateFromArrayRequestCandidateExpectationsJson):
            candidate_expectations_json = self.candidate_expectations_json.to_dict()
        else:
            candidate_expectations_json = self.candidate_expectations_json

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
        elif isinstance(self.custom_scoring, JobInterviewCreateFromArrayRequestCustomScoring):
            custom_scoring = self.custom_scoring.to_dict()
        else:
            custom_scoring = self.custom_scoring

        description_long: None | str | Unset
        if isinstance(self.description_long, Unset):
            description_long = UNSET
        else:
            description_long = self.description_long

        disable_deduplication: bool | None | Unset
        if isinstance(self.disable_deduplication, Unset):
            disable_deduplication = UNSET
        else:
            disable_deduplication = self.disable_deduplication

        hiring_for_company: dict[str, Any] | None | Unset
        if isinstance(self.hiring_for_company, Unset):
            hiring_for_company = UNSET
        elif isinstance(self.hiring_for_company, JobInterviewCreateFromArrayRequestHiringForCompany):
            hiring_for_company = self.hiring_for_company.to_dict()
        else:
            hiring_for_company = self.hiring_for_company

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

        interview_type: None | str | Unset
        if isinstance(self.interview_type, Unset):
            interview_type = UNSET
        elif isinstance(self.interview_type, str):
            interview_type = self.interview_type
        else:
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
        elif isinstance(self.pdf_export_auto_config, JobInterviewCreateFromArrayRequestPdfExportAutoConfig):
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

        welcome_message: None | str | Unset
        if isinstance(self.welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = self.welcome_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "interview_template_id": interview_template_id,
                "location": location,
                "mojito_language_code": mojito_language_code,
                "name": name,
                "questions": questions,
                "status": status,
                "type": type_,
                "visibility": visibility,
            }
        )
        if additional_context is not UNSET:
            field_dict["additional_context"] = additional_context
        if candidate_expectations is not UNSET:
            field_dict["candidate_expectations"] = candidate_expectations
        if candidate_expectations_json is not UNSET:
            field_dict["candidate_expectations_json"] = candidate_expectations_json
        if candidate_video_introduction is not UNSET:
            field_dict["candidate_video_introduction"] = candidate_video_introduction
        if code is not UNSET:
            field_dict["code"] = code
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if custom_scoring is not UNSET:
            field_dict["custom_scoring"] = custom_scoring
        if description_long is not UNSET:
            field_dict["description_long"] = description_long
        if disable_deduplication is not UNSET:
            field_dict["disable_deduplication"] = disable_deduplication
        if hiring_for_company is not UNSET:
            field_dict["hiring_for_company"] = hiring_for_company
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
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_create_from_array_question import (
            JobInterviewCreateFromArrayQuestion,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_additional_context import (
            JobInterviewCreateFromArrayRequestAdditionalContext,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_candidate_expectations_json import (
            JobInterviewCreateFromArrayRequestCandidateExpectationsJson,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_custom_scoring import (
            JobInterviewCreateFromArrayRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_hiring_for_company import (
            JobInterviewCreateFromArrayRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_create_from_array_request_pdf_export_auto_config import (
            JobInterviewCreateFromArrayRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        description = d.pop("description")

        interview_template_id = d.pop("interview_template_id")

        location = d.pop("location")

        mojito_language_code = check_job_interview_create_from_array_request_mojito_language_code(
            d.pop("mojito_language_code")
        )

        name = d.pop("name")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = JobInterviewCreateFromArrayQuestion.from_dict(questions_item_data)

            questions.append(questions_item)

        status = check_job_interview_create_from_array_request_status(d.pop("status"))

        type_ = check_job_interview_create_from_array_request_type(d.pop("type"))

        visibility = check_job_interview_create_from_array_request_visibility(d.pop("visibility"))

        def _parse_additional_context(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestAdditionalContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_context_type_0 = JobInterviewCreateFromArrayRequestAdditionalContext.from_dict(data)

                return additional_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "additional_context: not JobInterviewCreateFromArrayRequestAdditionalContext | None | Unset"
            )

        additional_context = _parse_additional_context(d.pop("additional_context", UNSET))

        candidate_expectations: None | str | Unset = d.pop("candidate_expectations", UNSET)

        def _parse_candidate_expectations_json(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestCandidateExpectationsJson | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candidate_expectations_json_type_0 = (
                    JobInterviewCreateFromArrayRequestCandidateExpectationsJson.from_dict(data)
                )

                return candidate_expectations_json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "candidate_expectations_json: not JobInterviewCreateFromArrayRequestCandidateExpectationsJson | None | Unset"
            )

        candidate_expectations_json = _parse_candidate_expectations_json(d.pop("candidate_expectations_json", UNSET))

        def _parse_candidate_video_introduction(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestCandidateVideoIntroduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_video_introduction_type_0 = (
                    check_job_interview_create_from_array_request_candidate_video_introduction(data)
                )

                return candidate_video_introduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestCandidateVideoIntroduction | None | Unset, data)

        candidate_video_introduction = _parse_candidate_video_introduction(d.pop("candidate_video_introduction", UNSET))

        code: None | str | Unset = d.pop("code", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        def _parse_custom_scoring(data: object) -> JobInterviewCreateFromArrayRequestCustomScoring | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_scoring_type_0 = JobInterviewCreateFromArrayRequestCustomScoring.from_dict(data)

                return custom_scoring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("custom_scoring: not JobInterviewCreateFromArrayRequestCustomScoring | None | Unset")

        custom_scoring = _parse_custom_scoring(d.pop("custom_scoring", UNSET))

        description_long: None | str | Unset = d.pop("description_long", UNSET)

        disable_deduplication: bool | None | Unset = d.pop("disable_deduplication", UNSET)

        def _parse_hiring_for_company(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestHiringForCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hiring_for_company_type_0 = JobInterviewCreateFromArrayRequestHiringForCompany.from_dict(data)

                return hiring_for_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("hiring_for_company: not JobInterviewCreateFromArrayRequestHiringForCompany | None | Unset")

        hiring_for_company = _parse_hiring_for_company(d.pop("hiring_for_company", UNSET))

        instructional_video: bool | None | Unset = d.pop("instructional_video", UNSET)

        instructional_video_custom_text: None | str | Unset = d.pop("instructional_video_custom_text", UNSET)

        interview_attempts: float | None | Unset = d.pop("interview_attempts", UNSET)

        interview_available_till: None | str | Unset = d.pop("interview_available_till", UNSET)

        def _parse_interview_conversation_speed(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestInterviewConversationSpeed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_conversation_speed_type_0 = (
                    check_job_interview_create_from_array_request_interview_conversation_speed(data)
                )

                return interview_conversation_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestInterviewConversationSpeed | None | Unset, data)

        interview_conversation_speed = _parse_interview_conversation_speed(d.pop("interview_conversation_speed", UNSET))

        interview_department: None | str | Unset = d.pop("interview_department", UNSET)

        interview_salary: None | str | Unset = d.pop("interview_salary", UNSET)

        interview_tone: None | str | Unset = d.pop("interview_tone", UNSET)

        def _parse_interview_type(data: object) -> JobInterviewCreateFromArrayRequestInterviewType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_type_type_0 = check_job_interview_create_from_array_request_interview_type(data)

                return interview_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestInterviewType | None | Unset, data)

        interview_type = _parse_interview_type(d.pop("interview_type", UNSET))

        is_embedded: bool | None | Unset = d.pop("is_embedded", UNSET)

        knowledge_base_store_id: None | str | Unset = d.pop("knowledge_base_store_id", UNSET)

        max_followups: int | None | Unset = d.pop("max_followups", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        def _parse_pdf_export_auto_config(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestPdfExportAutoConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pdf_export_auto_config_type_0 = JobInterviewCreateFromArrayRequestPdfExportAutoConfig.from_dict(data)

                return pdf_export_auto_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "pdf_export_auto_config: not JobInterviewCreateFromArrayRequestPdfExportAutoConfig | None | Unset"
            )

        pdf_export_auto_config = _parse_pdf_export_auto_config(d.pop("pdf_export_auto_config", UNSET))

        questions_random_subset: float | None | Unset = d.pop("questions_random_subset", UNSET)

        def _parse_recording(data: object) -> JobInterviewCreateFromArrayRequestRecording | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_type_0 = check_job_interview_create_from_array_request_recording(data)

                return recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestRecording | None | Unset, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        def _parse_recording_full_session(
            data: object,
        ) -> JobInterviewCreateFromArrayRequestRecordingFullSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_full_session_type_0 = check_job_interview_create_from_array_request_recording_full_session(
                    data
                )

                return recording_full_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestRecordingFullSession | None | Unset, data)

        recording_full_session = _parse_recording_full_session(d.pop("recording_full_session", UNSET))

        recruiter_profile_id: None | str | Unset = d.pop("recruiter_profile_id", UNSET)

        required_pronunciation: bool | None | Unset = d.pop("required_pronunciation", UNSET)

        result_enable_edit_transcript: bool | None | Unset = d.pop("result_enable_edit_transcript", UNSET)

        def _parse_result_view(data: object) -> JobInterviewCreateFromArrayRequestResultView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_view_type_0 = check_job_interview_create_from_array_request_result_view(data)

                return result_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestResultView | None | Unset, data)

        result_view = _parse_result_view(d.pop("result_view", UNSET))

        def _parse_seniority_level(data: object) -> JobInterviewCreateFromArrayRequestSeniorityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seniority_level_type_0 = check_job_interview_create_from_array_request_seniority_level(data)

                return seniority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateFromArrayRequestSeniorityLevel | None | Unset, data)

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

        welcome_message: None | str | Unset = d.pop("welcome_message", UNSET)

        job_interview_create_from_array_request = cls(
            description=description,
            interview_template_id=interview_template_id,
            location=location,
            mojito_language_code=mojito_language_code,
            name=name,
            questions=questions,
            status=status,
            type_=type_,
            visibility=visibility,
            additional_context=additional_context,
            candidate_expectations=candidate_expectations,
            candidate_expectations_json=candidate_expectations_json,
            candidate_video_introduction=candidate_video_introduction,
            code=code,
            cover_image_url=cover_image_url,
            custom_scoring=custom_scoring,
            description_long=description_long,
            disable_deduplication=disable_deduplication,
            hiring_for_company=hiring_for_company,
            instructional_video=instructional_video,
            instructional_video_custom_text=instructional_video_custom_text,
            interview_attempts=interview_attempts,
            interview_available_till=interview_available_till,
            interview_conversation_speed=interview_conversation_speed,
            interview_department=interview_department,
            interview_salary=interview_salary,
            interview_tone=interview_tone,
            interview_type=interview_type,
            is_embedded=is_embedded,
            knowledge_base_store_id=knowledge_base_store_id,
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
            welcome_message=welcome_message,
        )

        job_interview_create_from_array_request.additional_properties = d
        return job_interview_create_from_array_request

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
