from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_update_request_candidate_video_introduction import (
    JobInterviewUpdateRequestCandidateVideoIntroduction,
    check_job_interview_update_request_candidate_video_introduction,
)
from ..models.job_interview_update_request_coach_plan import (
    JobInterviewUpdateRequestCoachPlan,
    check_job_interview_update_request_coach_plan,
)
from ..models.job_interview_update_request_interview_conversation_speed import (
    JobInterviewUpdateRequestInterviewConversationSpeed,
    check_job_interview_update_request_interview_conversation_speed,
)
from ..models.job_interview_update_request_interview_type import (
    JobInterviewUpdateRequestInterviewType,
    check_job_interview_update_request_interview_type,
)
from ..models.job_interview_update_request_recording import (
    JobInterviewUpdateRequestRecording,
    check_job_interview_update_request_recording,
)
from ..models.job_interview_update_request_recording_full_session import (
    JobInterviewUpdateRequestRecordingFullSession,
    check_job_interview_update_request_recording_full_session,
)
from ..models.job_interview_update_request_result_view import (
    JobInterviewUpdateRequestResultView,
    check_job_interview_update_request_result_view,
)
from ..models.job_interview_update_request_seniority_level import (
    JobInterviewUpdateRequestSeniorityLevel,
    check_job_interview_update_request_seniority_level,
)
from ..models.job_interview_update_request_status import (
    JobInterviewUpdateRequestStatus,
    check_job_interview_update_request_status,
)
from ..models.job_interview_update_request_type import (
    JobInterviewUpdateRequestType,
    check_job_interview_update_request_type,
)
from ..models.job_interview_update_request_type_credit import (
    JobInterviewUpdateRequestTypeCredit,
    check_job_interview_update_request_type_credit,
)
from ..models.job_interview_update_request_visibility import (
    JobInterviewUpdateRequestVisibility,
    check_job_interview_update_request_visibility,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_create_from_array_question import (
        JobInterviewCreateFromArrayQuestion,
    )
    from ..models.job_interview_update_request_candidate_expectations_json import (
        JobInterviewUpdateRequestCandidateExpectationsJson,
    )
    from ..models.job_interview_update_request_custom_scoring import (
        JobInterviewUpdateRequestCustomScoring,
    )
    from ..models.job_interview_update_request_hiring_for_company import (
        JobInterviewUpdateRequestHiringForCompany,
    )
    from ..models.job_interview_update_request_pdf_export_auto_config import (
        JobInterviewUpdateRequestPdfExportAutoConfig,
    )


T = TypeVar("T", bound="JobInterviewUpdateRequest")


@_attrs_define
class JobInterviewUpdateRequest:
    """
    Attributes:
        position_id (UUID): Id of the interview definition (single-stage) or position definition (multi-stage) to
            update. The same id you pass to job-interview-get. Example: 00000000-0000-0000-0000-000000000000.
        candidate_expectations (None | str | Unset): Free-text candidate expectations.
        candidate_expectations_json (JobInterviewUpdateRequestCandidateExpectationsJson | None | Unset): Structured
            candidate expectations (the scoring rubric), bucketed by requirement level (weak/moderate/strong). null clears
            the rubric. Extra keys are preserved.
        candidate_video_introduction (JobInterviewUpdateRequestCandidateVideoIntroduction | None | Unset): Whether a
            candidate video introduction is hidden, optional or required. null is treated like hidden.
        coach_plan (JobInterviewUpdateRequestCoachPlan | None | Unset): Coaching-plan stage this item belongs to, used
            by the coaching-plan progress view. Omit/null to leave it out of any plan. Options — `demo`: Demo session. |
            `screening`: Screening-interview practice. | `2nd`: Second-interview practice. | `3rd`: Third-interview
            practice. | `closing`: Closing / salary-negotiation practice. | `job-specific`: Job-specific coaching. |
            `other`: Anything that does not fit the other buckets.. Example: screening.
        code (None | str | Unset): External code/reference. Blank is stored as null.
        cover_image_url (None | str | Unset): Cover image URL.
        custom_scoring (JobInterviewUpdateRequestCustomScoring | None | Unset): Result-scoring overrides (max_score,
            early_stop, speech_cadence, ai_pronunciation, sentiment_analysis, ai_assessment_answer, ai_assessment_resume,
            ai_assessment_session). Merged onto the stored configuration, so keys you omit keep their current value.
        description (None | str | Unset): Short interview description.
        description_long (None | str | Unset): Long-form interview description (column `interview_description_long`).
            Rendered as Markdown on the candidate-facing position page, including chips, callouts, cards, columns and
            buttons — formatting guide: https://developer.jobmojito.com/cookbooks/format-content-with-markdown
        hiring_for_company (JobInterviewUpdateRequestHiringForCompany | None | Unset): Who the position is really for.
            null (or an object with name null/blank) means hiring for yourself; { name: 'undisclosed' } for an unnamed
            external client; or { name: '<company>' } plus optional description/location/sector/company_size. Stored in
            creation_parameters.hiring_for_company. Example: {'name': 'undisclosed'}.
        interview_attempts (float | Unset): Allowed candidate attempts (1-20). Stored as result_scoring.max_retries.
            Example: 1.
        interview_available_till (None | str | Unset): ISO date/time after which the interview is no longer available to
            candidates. null keeps it always available. Example: 2026-12-31.
        interview_conversation_speed (JobInterviewUpdateRequestInterviewConversationSpeed | None | Unset): Conversation
            pace of the AI avatar. Omit/null keeps the template default pace. Options — `slower`: The avatar speaks more
            slowly — easier to follow for non-native speakers. | `normal`: Default speaking pace. | `faster`: The avatar
            speaks more quickly for a snappier conversation.. Example: normal.
        interview_department (None | str | Unset): Department the position belongs to. Blank is stored as null. Example:
            Engineering.
        interview_salary (None | str | Unset): Salary range shown for the position. Blank is stored as null. Example:
            $80k - $100k.
        interview_template_id (str | Unset): Id of the interview template (avatar/voice) to use. Must reference an
            existing interview_templates row. Also decides the modality — see list_avatars / merchant-avatar-list. Example:
            46b98d37-1557-4391-beca-03037ead19f2.
        interview_tone (None | str | Unset): Tone — configures the AI avatar's speaking style and the follow-up
            questions it generates. Stored in creation_parameters; existing questions are NOT regenerated. Suggested values
            — `relaxed`: Friendly and conversational tone that helps candidates feel at ease. | `simple`: Plain language at
            CEFR A2 level — short sentences and simple words. | `professional`: Formal and business-like approach suitable
            for senior roles. | `persuasive`: Engaging style that encourages candidates to elaborate.. Case-insensitive;
            other strings are accepted but unknown tones fall back to the default. Example: professional.
        interview_type (JobInterviewUpdateRequestInterviewType | None | Unset): Interview style — configures the AI
            avatar and the follow-up questions it generates during the interview. Stored in creation_parameters; existing
            questions are NOT regenerated. Options — `pre-screening`: Pre-screening — quick qualification check focusing on
            basic requirements and availability. | `pre-screening-with-test-questions`: Pre-screening with test questions —
            pre-screening plus practical questions to test relevant skills. | `second-interview`: Second round interview —
            deeper dive for candidates who passed initial screening. | `remote-freelancer-verification`: Remote worker
            verification — verify remote work capabilities and communication skills. | `strength-based-interview`: Strength-
            based interview — focus on what candidates enjoy and excel at to predict job satisfaction. | `potential-based-
            interview`: Potential-based interview — assess learning ability and growth potential rather than past
            experience. | `process-verification-from-knowledge-base`: Knowledge Base interview — generate questions from
            your knowledge base documents.. Example: pre-screening-with-test-questions.
        knowledge_base_store_id (None | str | Unset): Knowledge base store id the interview draws context from;
            validated for existence. null unlinks it.
        location (None | str | Unset): Interview location (column `interview_location`). Blank is stored as null.
            Example: remote.
        max_duration (float | None | Unset): Live session limit in seconds. Also the basis for the credit multiplier.
            Example: 1200.
        max_followups (int | None | Unset): Maximum number of AI follow-up questions. 0 disables follow-ups; presets are
            0-3 (none/low/normal/high) and custom values start at 4; null uses the template default (Normal). Example: 2.
        name (None | str | Unset): Interview / position name. Example: Project manager.
        pdf_export_auto_config (JobInterviewUpdateRequestPdfExportAutoConfig | None | Unset): Auto-generate a candidate
            PDF report with these options once the interview completes. null disables auto-export.
        questions (list[JobInterviewCreateFromArrayQuestion] | Unset): OPTIONAL. Omit this field entirely and the
            interview's questions are left exactly as they are — this endpoint only touches questions when you send the
            array. When you do send it, send the COMPLETE list you want the interview to end up with, in order, in the same
            format job-interview-create-from-array accepts and job-interview-get returns: there is no way to change a single
            question on its own, so read the interview, edit that array, and send the whole thing back. An empty array is
            rejected. It is applied as a DIFF, not a replace, so resending the array job-interview-get gave you changes
            nothing at all. Each entry is matched against what is stored — first on `external_id`, then on `id`, then on
            identical content — and: an entry matching an unchanged question keeps that question exactly as it is, including
            its answer rules and any rendered avatar video; an entry matching a question whose content differs unlinks the
            old question and creates a new one in its place (fields you omit are carried over from the old one); an entry
            matching nothing is created; and a stored question no entry matches is unlinked. `questions_diff` in the
            response reports exactly what was decided. Questions are shared records, so nothing is ever deleted — removing
            one only unlinks it from this interview, and an edit is always unlink-old + create-new so the change cannot leak
            into another interview reusing the same question. The welcome, thank-you and instructional-video steps are not
            part of this array and are left in place. Single-stage interviews only; for a multi-stage position, update its
            interview stages individually.
        questions_random_subset (float | None | Unset): Ask only a random subset of the questions, as a fraction between
            0.01 and 0.9. null asks all questions. Example: 0.5.
        recording (JobInterviewUpdateRequestRecording | None | Unset): Cheating/proctoring detection mode for candidate
            answers — this is NOT a full session recording. Video options also record the candidate. Omit/null to disable.
            Options — `audio_first_5_answers`: Audio-only cheating detection, first 5 answers only. | `audio_all`: Audio-
            only cheating detection on every answer. | `video_all`: Audio + video cheating detection on every answer
            (candidate is recorded for all answers). | `video_first_5_answers`: Audio + video cheating detection, first 5
            answers only.. Example: video_all.
        recording_full_session (JobInterviewUpdateRequestRecordingFullSession | None | Unset): Full interview-session
            recording (includes the avatar and voice) produced as a single file. Independent of `recording`. Omit/null to
            disable. Options — `audio_all`: Record the whole session audio (avatar + candidate voice) into a single file.
            Adds +0.2 credits. | `video_all`: Record the whole session video + audio (avatar + candidate) into a single
            file. Adds +0.4 credits.. Example: video_all.
        recruiter_profile_id (None | str | Unset): Profile id of the recruiter owning this interview. Must be a
            merchant/merchant_owner/admin profile of the same merchant. null clears it.
        regenerate_candidate_expectations (bool | Unset): Re-derive the interview-level `candidate_expectations_json`
            scoring rubric from the resulting question list, the way job-interview-create-from-array derives it at creation
            time. Only applies when `questions` is sent, the interview type is `interview`, and
            `candidate_expectations_json` is not also being set explicitly (an explicit value wins). Example: False.
        required_pronunciation (bool | None | Unset): Require pronunciation assessment (restricts to pronunciation-
            capable languages).
        result_enable_edit_transcript (bool | None | Unset): Allow editing the transcript on the result view.
        result_view (JobInterviewUpdateRequestResultView | Unset):
        seniority_level (JobInterviewUpdateRequestSeniorityLevel | None | Unset): Target seniority level for the role;
            auto-detected from the job description when omitted. Options — `entry-level`: Early-career or graduate roles. |
            `intermediate`: Some experience required. | `senior`: Experienced professional. | `managerial`: Team or
            department lead. | `director`: Director-level responsibility. | `executive`: C-suite or executive role..
            Example: senior.
        status (JobInterviewUpdateRequestStatus | Unset):
        tags (list[str] | None | Unset): Free-form tags stored on the interview. Tags are also the coaching-catalogue
            mapping key: a catalogue directory (see the catalogue-tag-create / catalogue-tag-update endpoints) lists a
            coaching or persona session when the session's tags contain EVERY tag in that directory's
            `tags_interview_set_filter`. Only `active` sessions with visibility `public` or `merchant_public` are listed.
            Example: ['interview-practice', 'sales'].
        type_ (JobInterviewUpdateRequestType | Unset):
        type_credit (JobInterviewUpdateRequestTypeCredit | None | Unset): Credit bucket the session draws from. Only
            meaningful for candidate-paid coaching/persona sessions; hiring interviews and assessments are merchant-billed
            and carry null. Options — `resume_check`: Resume-check credits. | `interview_coach_starter`: Coaching credits —
            starter tier. | `interview_coach_contributor`: Coaching credits — contributor tier. | `interview_coach_manager`:
            Coaching credits — manager tier. | `cover_letter`: Cover-letter credits.. Example: interview_coach_manager.
        visibility (JobInterviewUpdateRequestVisibility | Unset):
    """

    position_id: UUID
    candidate_expectations: None | str | Unset = UNSET
    candidate_expectations_json: JobInterviewUpdateRequestCandidateExpectationsJson | None | Unset = UNSET
    candidate_video_introduction: JobInterviewUpdateRequestCandidateVideoIntroduction | None | Unset = UNSET
    coach_plan: JobInterviewUpdateRequestCoachPlan | None | Unset = UNSET
    code: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    custom_scoring: JobInterviewUpdateRequestCustomScoring | None | Unset = UNSET
    description: None | str | Unset = UNSET
    description_long: None | str | Unset = UNSET
    hiring_for_company: JobInterviewUpdateRequestHiringForCompany | None | Unset = UNSET
    interview_attempts: float | Unset = UNSET
    interview_available_till: None | str | Unset = UNSET
    interview_conversation_speed: JobInterviewUpdateRequestInterviewConversationSpeed | None | Unset = UNSET
    interview_department: None | str | Unset = UNSET
    interview_salary: None | str | Unset = UNSET
    interview_template_id: str | Unset = UNSET
    interview_tone: None | str | Unset = UNSET
    interview_type: JobInterviewUpdateRequestInterviewType | None | Unset = UNSET
    knowledge_base_store_id: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    max_duration: float | None | Unset = UNSET
    max_followups: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    pdf_export_auto_config: JobInterviewUpdateRequestPdfExportAutoConfig | None | Unset = UNSET
    questions: list[JobInterviewCreateFromArrayQuestion] | Unset = UNSET
    questions_random_subset: float | None | Unset = UNSET
    recording: JobInterviewUpdateRequestRecording | None | Unset = UNSET
    recording_full_session: JobInterviewUpdateRequestRecordingFullSession | None | Unset = UNSET
    recruiter_profile_id: None | str | Unset = UNSET
    regenerate_candidate_expectations: bool | Unset = UNSET
    required_pronunciation: bool | None | Unset = UNSET
    result_enable_edit_transcript: bool | None | Unset = UNSET
    result_view: JobInterviewUpdateRequestResultView | Unset = UNSET
    seniority_level: JobInterviewUpdateRequestSeniorityLevel | None | Unset = UNSET
    status: JobInterviewUpdateRequestStatus | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    type_: JobInterviewUpdateRequestType | Unset = UNSET
    type_credit: JobInterviewUpdateRequestTypeCredit | None | Unset = UNSET
    visibility: JobInterviewUpdateRequestVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_update_request_candidate_expectations_json import (
            JobInterviewUpdateRequestCandidateExpectationsJson,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_custom_scoring import (
            JobInterviewUpdateRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_hiring_for_company import (
            JobInterviewUpdateRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_pdf_export_auto_config import (
            JobInterviewUpdateRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        position_id = str(self.position_id)

        candidate_expectations: None | str | Unset
        if isinstance(self.candidate_expectations, Unset):
            candidate_expectations = UNSET
        else:
            candidate_expectations = self.candidate_expectations

        candidate_expectations_json: dict[str, Any] | None | Unset
        if isinstance(self.candidate_expectations_json, Unset):
            candidate_expectations_json = UNSET
        elif isinstance(self.candidate_expectations_json, JobInterviewUpdateRequestCandidateExpectationsJson):
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

        coach_plan: None | str | Unset
        if isinstance(self.coach_plan, Unset):
            coach_plan = UNSET
        elif isinstance(self.coach_plan, str):
            coach_plan = self.coach_plan
        else:
            coach_plan = self.coach_plan

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
        elif isinstance(self.custom_scoring, JobInterviewUpdateRequestCustomScoring):
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
        elif isinstance(self.hiring_for_company, JobInterviewUpdateRequestHiringForCompany):
            hiring_for_company = self.hiring_for_company.to_dict()
        else:
            hiring_for_company = self.hiring_for_company

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

        interview_template_id = self.interview_template_id

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

        knowledge_base_store_id: None | str | Unset
        if isinstance(self.knowledge_base_store_id, Unset):
            knowledge_base_store_id = UNSET
        else:
            knowledge_base_store_id = self.knowledge_base_store_id

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        pdf_export_auto_config: dict[str, Any] | None | Unset
        if isinstance(self.pdf_export_auto_config, Unset):
            pdf_export_auto_config = UNSET
        elif isinstance(self.pdf_export_auto_config, JobInterviewUpdateRequestPdfExportAutoConfig):
            pdf_export_auto_config = self.pdf_export_auto_config.to_dict()
        else:
            pdf_export_auto_config = self.pdf_export_auto_config

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

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

        regenerate_candidate_expectations = self.regenerate_candidate_expectations

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

        result_view: str | Unset = UNSET
        if not isinstance(self.result_view, Unset):
            result_view = self.result_view

        seniority_level: None | str | Unset
        if isinstance(self.seniority_level, Unset):
            seniority_level = UNSET
        elif isinstance(self.seniority_level, str):
            seniority_level = self.seniority_level
        else:
            seniority_level = self.seniority_level

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        type_credit: None | str | Unset
        if isinstance(self.type_credit, Unset):
            type_credit = UNSET
        elif isinstance(self.type_credit, str):
            type_credit = self.type_credit
        else:
            type_credit = self.type_credit

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position_id": position_id,
            }
        )
        if candidate_expectations is not UNSET:
            field_dict["candidate_expectations"] = candidate_expectations
        if candidate_expectations_json is not UNSET:
            field_dict["candidate_expectations_json"] = candidate_expectations_json
        if candidate_video_introduction is not UNSET:
            field_dict["candidate_video_introduction"] = candidate_video_introduction
        if coach_plan is not UNSET:
            field_dict["coach_plan"] = coach_plan
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
        if interview_template_id is not UNSET:
            field_dict["interview_template_id"] = interview_template_id
        if interview_tone is not UNSET:
            field_dict["interview_tone"] = interview_tone
        if interview_type is not UNSET:
            field_dict["interview_type"] = interview_type
        if knowledge_base_store_id is not UNSET:
            field_dict["knowledge_base_store_id"] = knowledge_base_store_id
        if location is not UNSET:
            field_dict["location"] = location
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if max_followups is not UNSET:
            field_dict["max_followups"] = max_followups
        if name is not UNSET:
            field_dict["name"] = name
        if pdf_export_auto_config is not UNSET:
            field_dict["pdf_export_auto_config"] = pdf_export_auto_config
        if questions is not UNSET:
            field_dict["questions"] = questions
        if questions_random_subset is not UNSET:
            field_dict["questions_random_subset"] = questions_random_subset
        if recording is not UNSET:
            field_dict["recording"] = recording
        if recording_full_session is not UNSET:
            field_dict["recording_full_session"] = recording_full_session
        if recruiter_profile_id is not UNSET:
            field_dict["recruiter_profile_id"] = recruiter_profile_id
        if regenerate_candidate_expectations is not UNSET:
            field_dict["regenerate_candidate_expectations"] = regenerate_candidate_expectations
        if required_pronunciation is not UNSET:
            field_dict["required_pronunciation"] = required_pronunciation
        if result_enable_edit_transcript is not UNSET:
            field_dict["result_enable_edit_transcript"] = result_enable_edit_transcript
        if result_view is not UNSET:
            field_dict["result_view"] = result_view
        if seniority_level is not UNSET:
            field_dict["seniority_level"] = seniority_level
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_credit is not UNSET:
            field_dict["type_credit"] = type_credit
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_create_from_array_question import (
            JobInterviewCreateFromArrayQuestion,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_candidate_expectations_json import (
            JobInterviewUpdateRequestCandidateExpectationsJson,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_custom_scoring import (
            JobInterviewUpdateRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_hiring_for_company import (
            JobInterviewUpdateRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_update_request_pdf_export_auto_config import (
            JobInterviewUpdateRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        position_id = UUID(d.pop("position_id"))

        candidate_expectations: None | str | Unset = d.pop("candidate_expectations", UNSET)

        def _parse_candidate_expectations_json(
            data: object,
        ) -> JobInterviewUpdateRequestCandidateExpectationsJson | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candidate_expectations_json_type_0 = JobInterviewUpdateRequestCandidateExpectationsJson.from_dict(data)

                return candidate_expectations_json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "candidate_expectations_json: not JobInterviewUpdateRequestCandidateExpectationsJson | None | Unset"
            )

        candidate_expectations_json = _parse_candidate_expectations_json(d.pop("candidate_expectations_json", UNSET))

        def _parse_candidate_video_introduction(
            data: object,
        ) -> JobInterviewUpdateRequestCandidateVideoIntroduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_video_introduction_type_0 = check_job_interview_update_request_candidate_video_introduction(
                    data
                )

                return candidate_video_introduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestCandidateVideoIntroduction | None | Unset, data)

        candidate_video_introduction = _parse_candidate_video_introduction(d.pop("candidate_video_introduction", UNSET))

        def _parse_coach_plan(data: object) -> JobInterviewUpdateRequestCoachPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coach_plan_type_0 = check_job_interview_update_request_coach_plan(data)

                return coach_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestCoachPlan | None | Unset, data)

        coach_plan = _parse_coach_plan(d.pop("coach_plan", UNSET))

        code: None | str | Unset = d.pop("code", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        def _parse_custom_scoring(data: object) -> JobInterviewUpdateRequestCustomScoring | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_scoring_type_0 = JobInterviewUpdateRequestCustomScoring.from_dict(data)

                return custom_scoring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("custom_scoring: not JobInterviewUpdateRequestCustomScoring | None | Unset")

        custom_scoring = _parse_custom_scoring(d.pop("custom_scoring", UNSET))

        description: None | str | Unset = d.pop("description", UNSET)

        description_long: None | str | Unset = d.pop("description_long", UNSET)

        def _parse_hiring_for_company(data: object) -> JobInterviewUpdateRequestHiringForCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hiring_for_company_type_0 = JobInterviewUpdateRequestHiringForCompany.from_dict(data)

                return hiring_for_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("hiring_for_company: not JobInterviewUpdateRequestHiringForCompany | None | Unset")

        hiring_for_company = _parse_hiring_for_company(d.pop("hiring_for_company", UNSET))

        interview_attempts = d.pop("interview_attempts", UNSET)

        interview_available_till: None | str | Unset = d.pop("interview_available_till", UNSET)

        def _parse_interview_conversation_speed(
            data: object,
        ) -> JobInterviewUpdateRequestInterviewConversationSpeed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_conversation_speed_type_0 = check_job_interview_update_request_interview_conversation_speed(
                    data
                )

                return interview_conversation_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestInterviewConversationSpeed | None | Unset, data)

        interview_conversation_speed = _parse_interview_conversation_speed(d.pop("interview_conversation_speed", UNSET))

        interview_department: None | str | Unset = d.pop("interview_department", UNSET)

        interview_salary: None | str | Unset = d.pop("interview_salary", UNSET)

        interview_template_id = d.pop("interview_template_id", UNSET)

        interview_tone: None | str | Unset = d.pop("interview_tone", UNSET)

        def _parse_interview_type(data: object) -> JobInterviewUpdateRequestInterviewType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_type_type_0 = check_job_interview_update_request_interview_type(data)

                return interview_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestInterviewType | None | Unset, data)

        interview_type = _parse_interview_type(d.pop("interview_type", UNSET))

        knowledge_base_store_id: None | str | Unset = d.pop("knowledge_base_store_id", UNSET)

        location: None | str | Unset = d.pop("location", UNSET)

        max_duration: float | None | Unset = d.pop("max_duration", UNSET)

        max_followups: int | None | Unset = d.pop("max_followups", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        def _parse_pdf_export_auto_config(data: object) -> JobInterviewUpdateRequestPdfExportAutoConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pdf_export_auto_config_type_0 = JobInterviewUpdateRequestPdfExportAutoConfig.from_dict(data)

                return pdf_export_auto_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("pdf_export_auto_config: not JobInterviewUpdateRequestPdfExportAutoConfig | None | Unset")

        pdf_export_auto_config = _parse_pdf_export_auto_config(d.pop("pdf_export_auto_config", UNSET))

        _questions = d.pop("questions", UNSET)
        questions: list[JobInterviewCreateFromArrayQuestion] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = JobInterviewCreateFromArrayQuestion.from_dict(questions_item_data)

                questions.append(questions_item)

        questions_random_subset: float | None | Unset = d.pop("questions_random_subset", UNSET)

        def _parse_recording(data: object) -> JobInterviewUpdateRequestRecording | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_type_0 = check_job_interview_update_request_recording(data)

                return recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestRecording | None | Unset, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        def _parse_recording_full_session(data: object) -> JobInterviewUpdateRequestRecordingFullSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_full_session_type_0 = check_job_interview_update_request_recording_full_session(data)

                return recording_full_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestRecordingFullSession | None | Unset, data)

        recording_full_session = _parse_recording_full_session(d.pop("recording_full_session", UNSET))

        recruiter_profile_id: None | str | Unset = d.pop("recruiter_profile_id", UNSET)

        regenerate_candidate_expectations = d.pop("regenerate_candidate_expectations", UNSET)

        required_pronunciation: bool | None | Unset = d.pop("required_pronunciation", UNSET)

        result_enable_edit_transcript: bool | None | Unset = d.pop("result_enable_edit_transcript", UNSET)

        _result_view = d.pop("result_view", UNSET)
        result_view: JobInterviewUpdateRequestResultView | Unset
        if isinstance(_result_view, Unset):
            result_view = UNSET
        else:
            result_view = check_job_interview_update_request_result_view(_result_view)

        def _parse_seniority_level(data: object) -> JobInterviewUpdateRequestSeniorityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seniority_level_type_0 = check_job_interview_update_request_seniority_level(data)

                return seniority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestSeniorityLevel | None | Unset, data)

        seniority_level = _parse_seniority_level(d.pop("seniority_level", UNSET))

        _status = d.pop("status", UNSET)
        status: JobInterviewUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_job_interview_update_request_status(_status)

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

        _type_ = d.pop("type", UNSET)
        type_: JobInterviewUpdateRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_job_interview_update_request_type(_type_)

        def _parse_type_credit(data: object) -> JobInterviewUpdateRequestTypeCredit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_credit_type_0 = check_job_interview_update_request_type_credit(data)

                return type_credit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewUpdateRequestTypeCredit | None | Unset, data)

        type_credit = _parse_type_credit(d.pop("type_credit", UNSET))

        _visibility = d.pop("visibility", UNSET)
        visibility: JobInterviewUpdateRequestVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_job_interview_update_request_visibility(_visibility)

        job_interview_update_request = cls(
            position_id=position_id,
            candidate_expectations=candidate_expectations,
            candidate_expectations_json=candidate_expectations_json,
            candidate_video_introduction=candidate_video_introduction,
            coach_plan=coach_plan,
            code=code,
            cover_image_url=cover_image_url,
            custom_scoring=custom_scoring,
            description=description,
            description_long=description_long,
            hiring_for_company=hiring_for_company,
            interview_attempts=interview_attempts,
            interview_available_till=interview_available_till,
            interview_conversation_speed=interview_conversation_speed,
            interview_department=interview_department,
            interview_salary=interview_salary,
            interview_template_id=interview_template_id,
            interview_tone=interview_tone,
            interview_type=interview_type,
            knowledge_base_store_id=knowledge_base_store_id,
            location=location,
            max_duration=max_duration,
            max_followups=max_followups,
            name=name,
            pdf_export_auto_config=pdf_export_auto_config,
            questions=questions,
            questions_random_subset=questions_random_subset,
            recording=recording,
            recording_full_session=recording_full_session,
            recruiter_profile_id=recruiter_profile_id,
            regenerate_candidate_expectations=regenerate_candidate_expectations,
            required_pronunciation=required_pronunciation,
            result_enable_edit_transcript=result_enable_edit_transcript,
            result_view=result_view,
            seniority_level=seniority_level,
            status=status,
            tags=tags,
            type_=type_,
            type_credit=type_credit,
            visibility=visibility,
        )

        job_interview_update_request.additional_properties = d
        return job_interview_update_request

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
