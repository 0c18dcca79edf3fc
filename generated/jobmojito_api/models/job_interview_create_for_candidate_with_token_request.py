from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_interview_create_for_candidate_with_token_request_candidate_video_introduction import (
    JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction,
    check_job_interview_create_for_candidate_with_token_request_candidate_video_introduction,
)
from ..models.job_interview_create_for_candidate_with_token_request_interview_conversation_speed import (
    JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed,
    check_job_interview_create_for_candidate_with_token_request_interview_conversation_speed,
)
from ..models.job_interview_create_for_candidate_with_token_request_mojito_language_code import (
    JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode,
    check_job_interview_create_for_candidate_with_token_request_mojito_language_code,
)
from ..models.job_interview_create_for_candidate_with_token_request_result_view import (
    JobInterviewCreateForCandidateWithTokenRequestResultView,
    check_job_interview_create_for_candidate_with_token_request_result_view,
)
from ..models.job_interview_create_for_candidate_with_token_request_seniority_level import (
    JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel,
    check_job_interview_create_for_candidate_with_token_request_seniority_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_create_for_candidate_with_token_request_custom_scoring import (
        JobInterviewCreateForCandidateWithTokenRequestCustomScoring,
    )
    from ..models.job_interview_create_for_candidate_with_token_request_hiring_for_company import (
        JobInterviewCreateForCandidateWithTokenRequestHiringForCompany,
    )
    from ..models.job_interview_create_for_candidate_with_token_request_pdf_export_auto_config import (
        JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig,
    )


T = TypeVar("T", bound="JobInterviewCreateForCandidateWithTokenRequest")


@_attrs_define
class JobInterviewCreateForCandidateWithTokenRequest:
    """
    Attributes:
        candidate_country_code (str): ISO country code of the candidate. Example: HR.
        candidate_email (str): Candidate email (used as auth identity). Example: peterson6@hello.com.
        candidate_name (str): Candidate full name. Example: John.
        candidate_resume (str): Candidate resume parsed text. Example: Curriculum Vitae ....
        candidate_external_id (None | str | Unset): External candidate id stored on the profile.
        candidate_linkedin_url (None | str | Unset): Candidate LinkedIn URL.
        candidate_video_introduction (JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction | None |
            Unset): Whether a candidate video introduction is optional or required.
        custom_scoring (JobInterviewCreateForCandidateWithTokenRequestCustomScoring | None | Unset): Optional custom
            scoring overrides merged with platform defaults.
        hiring_for_company (JobInterviewCreateForCandidateWithTokenRequestHiringForCompany | None | Unset): Who the
            position is really for. Omit/null (or an object with name null/blank) when hiring for yourself; { name:
            'undisclosed' } for an unnamed external client; or { name: '<company>' } plus optional
            description/location/sector/company_size for a named client. Stored in creation_parameters.hiring_for_company.
            Example: {'name': 'undisclosed'}.
        include_closing_prompt (bool | None | Unset): Include a closing prompt. Defaults to true.
        include_rapport_question (bool | None | Unset): Include an opening rapport question. Defaults to false.
        instructional_video (bool | None | Unset): Show an instructional video before the interview. Defaults to false.
        instructional_video_custom_text (None | str | Unset): Custom text shown with the instructional video.
        interview_attempts (float | None | Unset): Number of allowed interview attempts (1-20). Example: 3.
        interview_available_till (None | str | Unset): ISO date/time after which the interview is no longer available to
            candidates. null keeps it always available. Example: 2026-12-31.
        interview_conversation_speed (JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed | None |
            Unset): Conversation pace of the AI avatar. Omit/null keeps the template default pace. Options — `slower`: The
            avatar speaks more slowly — easier to follow for non-native speakers. | `normal`: Default speaking pace. |
            `faster`: The avatar speaks more quickly for a snappier conversation.. Example: normal.
        interview_department (None | str | Unset): Department the position belongs to. Example: Engineering.
        interview_salary (None | str | Unset): Salary range shown for the position. Example: $80k - $100k.
        interview_template_id (None | str | Unset): Interview template id to base the interview on. Defaults to the
            platform template when omitted. Example: 5d8ea38b-eec4-4866-aa6c-b2ea5bc6e45b.
        is_embedded (bool | None | Unset): Set true when the interview will be embedded as an iframe on an external
            page. Ensures an embed key exists and returns embed_id/embed_signing_key, used to authenticate/sign the iframe
            embed.
        max_duration (float | None | Unset): Maximum interview duration in seconds. Scopes how many questions are
            generated and is stored on the interview as the live session limit and the basis for the credit multiplier.
            Defaults to 1200 (20 minutes) when omitted. Example: 1200.
        max_followups (int | None | Unset): Maximum number of AI follow-up questions. 0 disables follow-ups; presets are
            0-3 (none/low/normal/high) and custom values start at 4; null uses the template default (Normal). Example: 2.
        merchant_id (None | str | Unset): Merchant id. Only honoured for admin / sub-merchant tokens; otherwise the
            token merchant is used. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        mojito_language_code (JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode | None | Unset):
            Interview language code (one of the platform-languages.json codes). Required when position_def_set_id is not
            provided. Example: en.
        pdf_export_auto_config (JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig | None | Unset): Auto-
            generate a candidate PDF report with these options once the interview completes. null disables auto-export.
        position_country_code (None | str | Unset): ISO country code of the position. Required when position_def_set_id
            is not provided. Example: SK.
        position_def_set_id (None | str | Unset): Existing position_def_set id. When provided, the position is looked up
            instead of created, and position_name/position_location/position_country_code/mojito_language_code become
            optional. Example: 00000000-0000-0000-0000-000000000000.
        position_description (None | str | Unset): Short, two-sentence position description shown to the candidate.
            Provide it to use it as-is; leave it null/blank and it is AI-generated from the position name and any other
            context.
        position_description_long (None | str | Unset): Full position description in Markdown (Job Purpose,
            Responsibilities, Required & Preferred Qualifications). Provide it to use it as-is; leave it null/blank and it
            is AI-generated. Rendered as Markdown on the candidate-facing position page, including chips, callouts, cards,
            columns and buttons — formatting guide: https://developer.jobmojito.com/cookbooks/format-content-with-markdown
        position_external_id (None | str | Unset): External position code used to look up an existing position. Example:
            JOB-123.
        position_location (None | str | Unset): Position location. Required when position_def_set_id is not provided.
            Example: remote.
        position_name (None | str | Unset): Position / job title. Required when position_def_set_id is not provided.
            Example: Entry level coffee boy.
        questions_random_subset (float | None | Unset): Ask only a random subset of the questions, expressed as a
            fraction between 0.01 and 0.9 (e.g. 0.5 = 50%). null asks all questions. Example: 0.5.
        recruiter_profile_id (None | str | Unset): Profile id of the recruiter owning this interview. Must be a
            merchant/merchant_owner/admin profile of the same merchant.
        required_pronunciation (bool | None | Unset): Require pronunciation assessment (restricts to pronunciation-
            capable languages). Defaults to false. Example: False.
        result_enable_edit_transcript (bool | None | Unset): Allow editing the transcript on the result view. Defaults
            to true. Example: True.
        result_view (JobInterviewCreateForCandidateWithTokenRequestResultView | None | Unset): How interview results are
            shown to the candidate. Defaults to minimal.
        seniority_level (JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel | None | Unset): Seniority level
            of the position. Auto-detected when omitted.
        tags (list[str] | None | Unset): Free-form tags stored on the interview. Example: ['engineering', 'remote'].
        thank_you_message (None | str | Unset): Custom thank-you message shown after the interview.
        use_enhanced_expectations (bool | None | Unset): Reserved flag for enhanced candidate expectations generation.
        welcome_message (None | str | Unset): Custom welcome message for the interview.
    """

    candidate_country_code: str
    candidate_email: str
    candidate_name: str
    candidate_resume: str
    candidate_external_id: None | str | Unset = UNSET
    candidate_linkedin_url: None | str | Unset = UNSET
    candidate_video_introduction: (
        JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction | None | Unset
    ) = UNSET
    custom_scoring: JobInterviewCreateForCandidateWithTokenRequestCustomScoring | None | Unset = UNSET
    hiring_for_company: JobInterviewCreateForCandidateWithTokenRequestHiringForCompany | None | Unset = UNSET
    include_closing_prompt: bool | None | Unset = UNSET
    include_rapport_question: bool | None | Unset = UNSET
    instructional_video: bool | None | Unset = UNSET
    instructional_video_custom_text: None | str | Unset = UNSET
    interview_attempts: float | None | Unset = UNSET
    interview_available_till: None | str | Unset = UNSET
    interview_conversation_speed: (
        JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed | None | Unset
    ) = UNSET
    interview_department: None | str | Unset = UNSET
    interview_salary: None | str | Unset = UNSET
    interview_template_id: None | str | Unset = UNSET
    is_embedded: bool | None | Unset = UNSET
    max_duration: float | None | Unset = UNSET
    max_followups: int | None | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    mojito_language_code: JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode | None | Unset = UNSET
    pdf_export_auto_config: JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig | None | Unset = UNSET
    position_country_code: None | str | Unset = UNSET
    position_def_set_id: None | str | Unset = UNSET
    position_description: None | str | Unset = UNSET
    position_description_long: None | str | Unset = UNSET
    position_external_id: None | str | Unset = UNSET
    position_location: None | str | Unset = UNSET
    position_name: None | str | Unset = UNSET
    questions_random_subset: float | None | Unset = UNSET
    recruiter_profile_id: None | str | Unset = UNSET
    required_pronunciation: bool | None | Unset = UNSET
    result_enable_edit_transcript: bool | None | Unset = UNSET
    result_view: JobInterviewCreateForCandidateWithTokenRequestResultView | None | Unset = UNSET
    seniority_level: JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    thank_you_message: None | str | Unset = UNSET
    use_enhanced_expectations: bool | None | Unset = UNSET
    welcome_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_interview_create_for_candidate_with_token_request_custom_scoring import (
            JobInterviewCreateForCandidateWithTokenRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_create_for_candidate_with_token_request_hiring_for_company import (
            JobInterviewCreateForCandidateWithTokenRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_create_for_candidate_with_token_request_pdf_export_auto_config import (
            JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        candidate_country_code = self.candidate_country_code

        candidate_email = self.candidate_email

        candidate_name = self.candidate_name

        candidate_resume = self.candidate_resume

        candidate_external_id: None | str | Unset
        if isinstance(self.candidate_external_id, Unset):
            candidate_external_id = UNSET
        else:
            candidate_external_id = self.candidate_external_id

        candidate_linkedin_url: None | str | Unset
        if isinstance(self.candidate_linkedin_url, Unset):
            candidate_linkedin_url = UNSET
        else:
            candidate_linkedin_url = self.candidate_linkedin_url

        candidate_video_introduction: None | str | Unset
        if isinstance(self.candidate_video_introduction, Unset):
            candidate_video_introduction = UNSET
        elif isinstance(self.candidate_video_introduction, str):
            candidate_video_introduction = self.candidate_video_introduction
        else:
            candidate_video_introduction = self.candidate_video_introduction

        custom_scoring: dict[str, Any] | None | Unset
        if isinstance(self.custom_scoring, Unset):
            custom_scoring = UNSET
        elif isinstance(self.custom_scoring, JobInterviewCreateForCandidateWithTokenRequestCustomScoring):
            custom_scoring = self.custom_scoring.to_dict()
        else:
            custom_scoring = self.custom_scoring

        hiring_for_company: dict[str, Any] | None | Unset
        if isinstance(self.hiring_for_company, Unset):
            hiring_for_company = UNSET
        elif isinstance(self.hiring_for_company, JobInterviewCreateForCandidateWithTokenRequestHiringForCompany):
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

        interview_salary: None | str | Unset
        if isinstance(self.interview_salary, Unset):
            interview_salary = UNSET
        else:
            interview_salary = self.interview_salary

        interview_template_id: None | str | Unset
        if isinstance(self.interview_template_id, Unset):
            interview_template_id = UNSET
        else:
            interview_template_id = self.interview_template_id

        is_embedded: bool | None | Unset
        if isinstance(self.is_embedded, Unset):
            is_embedded = UNSET
        else:
            is_embedded = self.is_embedded

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

        mojito_language_code: None | str | Unset
        if isinstance(self.mojito_language_code, Unset):
            mojito_language_code = UNSET
        elif isinstance(self.mojito_language_code, str):
            mojito_language_code = self.mojito_language_code
        else:
            mojito_language_code = self.mojito_language_code

        pdf_export_auto_config: dict[str, Any] | None | Unset
        if isinstance(self.pdf_export_auto_config, Unset):
            pdf_export_auto_config = UNSET
        elif isinstance(self.pdf_export_auto_config, JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig):
            pdf_export_auto_config = self.pdf_export_auto_config.to_dict()
        else:
            pdf_export_auto_config = self.pdf_export_auto_config

        position_country_code: None | str | Unset
        if isinstance(self.position_country_code, Unset):
            position_country_code = UNSET
        else:
            position_country_code = self.position_country_code

        position_def_set_id: None | str | Unset
        if isinstance(self.position_def_set_id, Unset):
            position_def_set_id = UNSET
        else:
            position_def_set_id = self.position_def_set_id

        position_description: None | str | Unset
        if isinstance(self.position_description, Unset):
            position_description = UNSET
        else:
            position_description = self.position_description

        position_description_long: None | str | Unset
        if isinstance(self.position_description_long, Unset):
            position_description_long = UNSET
        else:
            position_description_long = self.position_description_long

        position_external_id: None | str | Unset
        if isinstance(self.position_external_id, Unset):
            position_external_id = UNSET
        else:
            position_external_id = self.position_external_id

        position_location: None | str | Unset
        if isinstance(self.position_location, Unset):
            position_location = UNSET
        else:
            position_location = self.position_location

        position_name: None | str | Unset
        if isinstance(self.position_name, Unset):
            position_name = UNSET
        else:
            position_name = self.position_name

        questions_random_subset: float | None | Unset
        if isinstance(self.questions_random_subset, Unset):
            questions_random_subset = UNSET
        else:
            questions_random_subset = self.questions_random_subset

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
                "candidate_country_code": candidate_country_code,
                "candidate_email": candidate_email,
                "candidate_name": candidate_name,
                "candidate_resume": candidate_resume,
            }
        )
        if candidate_external_id is not UNSET:
            field_dict["candidate_external_id"] = candidate_external_id
        if candidate_linkedin_url is not UNSET:
            field_dict["candidate_linkedin_url"] = candidate_linkedin_url
        if candidate_video_introduction is not UNSET:
            field_dict["candidate_video_introduction"] = candidate_video_introduction
        if custom_scoring is not UNSET:
            field_dict["custom_scoring"] = custom_scoring
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
        if interview_salary is not UNSET:
            field_dict["interview_salary"] = interview_salary
        if interview_template_id is not UNSET:
            field_dict["interview_template_id"] = interview_template_id
        if is_embedded is not UNSET:
            field_dict["is_embedded"] = is_embedded
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if max_followups is not UNSET:
            field_dict["max_followups"] = max_followups
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if mojito_language_code is not UNSET:
            field_dict["mojito_language_code"] = mojito_language_code
        if pdf_export_auto_config is not UNSET:
            field_dict["pdf_export_auto_config"] = pdf_export_auto_config
        if position_country_code is not UNSET:
            field_dict["position_country_code"] = position_country_code
        if position_def_set_id is not UNSET:
            field_dict["position_def_set_id"] = position_def_set_id
        if position_description is not UNSET:
            field_dict["position_description"] = position_description
        if position_description_long is not UNSET:
            field_dict["position_description_long"] = position_description_long
        if position_external_id is not UNSET:
            field_dict["position_external_id"] = position_external_id
        if position_location is not UNSET:
            field_dict["position_location"] = position_location
        if position_name is not UNSET:
            field_dict["position_name"] = position_name
        if questions_random_subset is not UNSET:
            field_dict["questions_random_subset"] = questions_random_subset
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
        from ..models.job_interview_create_for_candidate_with_token_request_custom_scoring import (
            JobInterviewCreateForCandidateWithTokenRequestCustomScoring,  # noqa: PLC0415
        )
        from ..models.job_interview_create_for_candidate_with_token_request_hiring_for_company import (
            JobInterviewCreateForCandidateWithTokenRequestHiringForCompany,  # noqa: PLC0415
        )
        from ..models.job_interview_create_for_candidate_with_token_request_pdf_export_auto_config import (
            JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        candidate_country_code = d.pop("candidate_country_code")

        candidate_email = d.pop("candidate_email")

        candidate_name = d.pop("candidate_name")

        candidate_resume = d.pop("candidate_resume")

        candidate_external_id: None | str | Unset = d.pop("candidate_external_id", UNSET)

        candidate_linkedin_url: None | str | Unset = d.pop("candidate_linkedin_url", UNSET)

        def _parse_candidate_video_introduction(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_video_introduction_type_0 = (
                    check_job_interview_create_for_candidate_with_token_request_candidate_video_introduction(data)
                )

                return candidate_video_introduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction | None | Unset, data)

        candidate_video_introduction = _parse_candidate_video_introduction(d.pop("candidate_video_introduction", UNSET))

        def _parse_custom_scoring(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestCustomScoring | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_scoring_type_0 = JobInterviewCreateForCandidateWithTokenRequestCustomScoring.from_dict(data)

                return custom_scoring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "custom_scoring: not JobInterviewCreateForCandidateWithTokenRequestCustomScoring | None | Unset"
            )

        custom_scoring = _parse_custom_scoring(d.pop("custom_scoring", UNSET))

        def _parse_hiring_for_company(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestHiringForCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hiring_for_company_type_0 = JobInterviewCreateForCandidateWithTokenRequestHiringForCompany.from_dict(
                    data
                )

                return hiring_for_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "hiring_for_company: not JobInterviewCreateForCandidateWithTokenRequestHiringForCompany | None | Unset"
            )

        hiring_for_company = _parse_hiring_for_company(d.pop("hiring_for_company", UNSET))

        include_closing_prompt: bool | None | Unset = d.pop("include_closing_prompt", UNSET)

        include_rapport_question: bool | None | Unset = d.pop("include_rapport_question", UNSET)

        instructional_video: bool | None | Unset = d.pop("instructional_video", UNSET)

        instructional_video_custom_text: None | str | Unset = d.pop("instructional_video_custom_text", UNSET)

        interview_attempts: float | None | Unset = d.pop("interview_attempts", UNSET)

        interview_available_till: None | str | Unset = d.pop("interview_available_till", UNSET)

        def _parse_interview_conversation_speed(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_conversation_speed_type_0 = (
                    check_job_interview_create_for_candidate_with_token_request_interview_conversation_speed(data)
                )

                return interview_conversation_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed | None | Unset, data)

        interview_conversation_speed = _parse_interview_conversation_speed(d.pop("interview_conversation_speed", UNSET))

        interview_department: None | str | Unset = d.pop("interview_department", UNSET)

        interview_salary: None | str | Unset = d.pop("interview_salary", UNSET)

        interview_template_id: None | str | Unset = d.pop("interview_template_id", UNSET)

        is_embedded: bool | None | Unset = d.pop("is_embedded", UNSET)

        max_duration: float | None | Unset = d.pop("max_duration", UNSET)

        max_followups: int | None | Unset = d.pop("max_followups", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        def _parse_mojito_language_code(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mojito_language_code_type_0 = (
                    check_job_interview_create_for_candidate_with_token_request_mojito_language_code(data)
                )

                return mojito_language_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode | None | Unset, data)

        mojito_language_code = _parse_mojito_language_code(d.pop("mojito_language_code", UNSET))

        def _parse_pdf_export_auto_config(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pdf_export_auto_config_type_0 = (
                    JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig.from_dict(data)
                )

                return pdf_export_auto_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                "pdf_export_auto_config: not JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig | None | Unset"
            )

        pdf_export_auto_config = _parse_pdf_export_auto_config(d.pop("pdf_export_auto_config", UNSET))

        position_country_code: None | str | Unset = d.pop("position_country_code", UNSET)

        position_def_set_id: None | str | Unset = d.pop("position_def_set_id", UNSET)

        position_description: None | str | Unset = d.pop("position_description", UNSET)

        position_description_long: None | str | Unset = d.pop("position_description_long", UNSET)

        position_external_id: None | str | Unset = d.pop("position_external_id", UNSET)

        position_location: None | str | Unset = d.pop("position_location", UNSET)

        position_name: None | str | Unset = d.pop("position_name", UNSET)

        questions_random_subset: float | None | Unset = d.pop("questions_random_subset", UNSET)

        recruiter_profile_id: None | str | Unset = d.pop("recruiter_profile_id", UNSET)

        required_pronunciation: bool | None | Unset = d.pop("required_pronunciation", UNSET)

        result_enable_edit_transcript: bool | None | Unset = d.pop("result_enable_edit_transcript", UNSET)

        def _parse_result_view(data: object) -> JobInterviewCreateForCandidateWithTokenRequestResultView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_view_type_0 = check_job_interview_create_for_candidate_with_token_request_result_view(data)

                return result_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateForCandidateWithTokenRequestResultView | None | Unset, data)

        result_view = _parse_result_view(d.pop("result_view", UNSET))

        def _parse_seniority_level(
            data: object,
        ) -> JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seniority_level_type_0 = check_job_interview_create_for_candidate_with_token_request_seniority_level(
                    data
                )

                return seniority_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel | None | Unset, data)

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

        job_interview_create_for_candidate_with_token_request = cls(
            candidate_country_code=candidate_country_code,
            candidate_email=candidate_email,
            candidate_name=candidate_name,
            candidate_resume=candidate_resume,
            candidate_external_id=candidate_external_id,
            candidate_linkedin_url=candidate_linkedin_url,
            candidate_video_introduction=candidate_video_introduction,
            custom_scoring=custom_scoring,
            hiring_for_company=hiring_for_company,
            include_closing_prompt=include_closing_prompt,
            include_rapport_question=include_rapport_question,
            instructional_video=instructional_video,
            instructional_video_custom_text=instructional_video_custom_text,
            interview_attempts=interview_attempts,
            interview_available_till=interview_available_till,
            interview_conversation_speed=interview_conversation_speed,
            interview_department=interview_department,
            interview_salary=interview_salary,
            interview_template_id=interview_template_id,
            is_embedded=is_embedded,
            max_duration=max_duration,
            max_followups=max_followups,
            merchant_id=merchant_id,
            mojito_language_code=mojito_language_code,
            pdf_export_auto_config=pdf_export_auto_config,
            position_country_code=position_country_code,
            position_def_set_id=position_def_set_id,
            position_description=position_description,
            position_description_long=position_description_long,
            position_external_id=position_external_id,
            position_location=position_location,
            position_name=position_name,
            questions_random_subset=questions_random_subset,
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

        job_interview_create_for_candidate_with_token_request.additional_properties = d
        return job_interview_create_for_candidate_with_token_request

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
