"""Contains all the data models used in inputs/outputs"""

from .catalogue_tag_create_request import CatalogueTagCreateRequest
from .catalogue_tag_create_request_coach_plan import CatalogueTagCreateRequestCoachPlan
from .catalogue_tag_create_request_mojito_language_code import (
    CatalogueTagCreateRequestMojitoLanguageCode,
)
from .catalogue_tag_create_request_status import CatalogueTagCreateRequestStatus
from .catalogue_tag_create_request_visibility import CatalogueTagCreateRequestVisibility
from .catalogue_tag_create_response import CatalogueTagCreateResponse
from .catalogue_tag_get_response import CatalogueTagGetResponse
from .catalogue_tag_get_response_matched_sessions_item import (
    CatalogueTagGetResponseMatchedSessionsItem,
)
from .catalogue_tag_get_response_sub_directories_item import (
    CatalogueTagGetResponseSubDirectoriesItem,
)
from .catalogue_tag_list_response import CatalogueTagListResponse
from .catalogue_tag_list_response_data_item import CatalogueTagListResponseDataItem
from .catalogue_tag_update_request import CatalogueTagUpdateRequest
from .catalogue_tag_update_request_coach_plan import CatalogueTagUpdateRequestCoachPlan
from .catalogue_tag_update_request_mojito_language_code import (
    CatalogueTagUpdateRequestMojitoLanguageCode,
)
from .catalogue_tag_update_request_status import CatalogueTagUpdateRequestStatus
from .catalogue_tag_update_request_visibility import CatalogueTagUpdateRequestVisibility
from .catalogue_tag_update_response import CatalogueTagUpdateResponse
from .error import Error
from .get_result_details_get_signed_recordings import (
    GetResultDetailsGetSignedRecordings,
)
from .html_export import HTMLExport
from .interview_pdf_export_features import InterviewPdfExportFeatures
from .interview_pdf_export_features_mojito_language_code import (
    InterviewPdfExportFeaturesMojitoLanguageCode,
)
from .invite_users_request import InviteUsersRequest
from .invite_users_request_mojito_language_code import (
    InviteUsersRequestMojitoLanguageCode,
)
from .invite_users_request_users_item import InviteUsersRequestUsersItem
from .invite_users_response_item import InviteUsersResponseItem
from .job_interview_create_for_candidate_with_token_request import (
    JobInterviewCreateForCandidateWithTokenRequest,
)
from .job_interview_create_for_candidate_with_token_request_candidate_video_introduction import (
    JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction,
)
from .job_interview_create_for_candidate_with_token_request_custom_scoring import (
    JobInterviewCreateForCandidateWithTokenRequestCustomScoring,
)
from .job_interview_create_for_candidate_with_token_request_hiring_for_company import (
    JobInterviewCreateForCandidateWithTokenRequestHiringForCompany,
)
from .job_interview_create_for_candidate_with_token_request_interview_conversation_speed import (
    JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed,
)
from .job_interview_create_for_candidate_with_token_request_mojito_language_code import (
    JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode,
)
from .job_interview_create_for_candidate_with_token_request_pdf_export_auto_config import (
    JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig,
)
from .job_interview_create_for_candidate_with_token_request_pdf_export_auto_config_template import (
    JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfigTemplate,
)
from .job_interview_create_for_candidate_with_token_request_result_view import (
    JobInterviewCreateForCandidateWithTokenRequestResultView,
)
from .job_interview_create_for_candidate_with_token_request_seniority_level import (
    JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel,
)
from .job_interview_create_for_candidate_with_token_response import (
    JobInterviewCreateForCandidateWithTokenResponse,
)
from .job_interview_create_for_candidate_with_token_response_status import (
    JobInterviewCreateForCandidateWithTokenResponseStatus,
)
from .job_interview_create_from_array_question import (
    JobInterviewCreateFromArrayQuestion,
)
from .job_interview_create_from_array_question_candidate_expectations_json import (
    JobInterviewCreateFromArrayQuestionCandidateExpectationsJson,
)
from .job_interview_create_from_array_question_external_data import (
    JobInterviewCreateFromArrayQuestionExternalData,
)
from .job_interview_create_from_array_question_mojito_language_code import (
    JobInterviewCreateFromArrayQuestionMojitoLanguageCode,
)
from .job_interview_create_from_array_request import JobInterviewCreateFromArrayRequest
from .job_interview_create_from_array_request_additional_context import (
    JobInterviewCreateFromArrayRequestAdditionalContext,
)
from .job_interview_create_from_array_request_candidate_expectations_json import (
    JobInterviewCreateFromArrayRequestCandidateExpectationsJson,
)
from .job_interview_create_from_array_request_candidate_video_introduction import (
    JobInterviewCreateFromArrayRequestCandidateVideoIntroduction,
)
from .job_interview_create_from_array_request_custom_scoring import (
    JobInterviewCreateFromArrayRequestCustomScoring,
)
from .job_interview_create_from_array_request_hiring_for_company import (
    JobInterviewCreateFromArrayRequestHiringForCompany,
)
from .job_interview_create_from_array_request_interview_conversation_speed import (
    JobInterviewCreateFromArrayRequestInterviewConversationSpeed,
)
from .job_interview_create_from_array_request_interview_type import (
    JobInterviewCreateFromArrayRequestInterviewType,
)
from .job_interview_create_from_array_request_mojito_language_code import (
    JobInterviewCreateFromArrayRequestMojitoLanguageCode,
)
from .job_interview_create_from_array_request_pdf_export_auto_config import (
    JobInterviewCreateFromArrayRequestPdfExportAutoConfig,
)
from .job_interview_create_from_array_request_pdf_export_auto_config_template import (
    JobInterviewCreateFromArrayRequestPdfExportAutoConfigTemplate,
)
from .job_interview_create_from_array_request_recording import (
    JobInterviewCreateFromArrayRequestRecording,
)
from .job_interview_create_from_array_request_recording_full_session import (
    JobInterviewCreateFromArrayRequestRecordingFullSession,
)
from .job_interview_create_from_array_request_result_view import (
    JobInterviewCreateFromArrayRequestResultView,
)
from .job_interview_create_from_array_request_seniority_level import (
    JobInterviewCreateFromArrayRequestSeniorityLevel,
)
from .job_interview_create_from_array_request_status import (
    JobInterviewCreateFromArrayRequestStatus,
)
from .job_interview_create_from_array_request_type import (
    JobInterviewCreateFromArrayRequestType,
)
from .job_interview_create_from_array_request_visibility import (
    JobInterviewCreateFromArrayRequestVisibility,
)
from .job_interview_create_from_array_response import (
    JobInterviewCreateFromArrayResponse,
)
from .job_interview_create_request import JobInterviewCreateRequest
from .job_interview_create_request_additional_context import (
    JobInterviewCreateRequestAdditionalContext,
)
from .job_interview_create_request_candidate_video_introduction import (
    JobInterviewCreateRequestCandidateVideoIntroduction,
)
from .job_interview_create_request_custom_scoring import (
    JobInterviewCreateRequestCustomScoring,
)
from .job_interview_create_request_hiring_for_company import (
    JobInterviewCreateRequestHiringForCompany,
)
from .job_interview_create_request_interview_conversation_speed import (
    JobInterviewCreateRequestInterviewConversationSpeed,
)
from .job_interview_create_request_interview_type import (
    JobInterviewCreateRequestInterviewType,
)
from .job_interview_create_request_mojito_language_code import (
    JobInterviewCreateRequestMojitoLanguageCode,
)
from .job_interview_create_request_pdf_export_auto_config import (
    JobInterviewCreateRequestPdfExportAutoConfig,
)
from .job_interview_create_request_pdf_export_auto_config_template import (
    JobInterviewCreateRequestPdfExportAutoConfigTemplate,
)
from .job_interview_create_request_recording import JobInterviewCreateRequestRecording
from .job_interview_create_request_recording_full_session import (
    JobInterviewCreateRequestRecordingFullSession,
)
from .job_interview_create_request_result_view import (
    JobInterviewCreateRequestResultView,
)
from .job_interview_create_request_seniority_level import (
    JobInterviewCreateRequestSeniorityLevel,
)
from .job_interview_create_request_status import JobInterviewCreateRequestStatus
from .job_interview_create_request_type import JobInterviewCreateRequestType
from .job_interview_create_request_visibility import JobInterviewCreateRequestVisibility
from .job_interview_create_response import JobInterviewCreateResponse
from .job_interview_details_response import JobInterviewDetailsResponse
from .job_interview_details_response_transcript_item import (
    JobInterviewDetailsResponseTranscriptItem,
)
from .job_interview_get_response import JobInterviewGetResponse
from .job_interview_get_response_candidate_video_introduction import (
    JobInterviewGetResponseCandidateVideoIntroduction,
)
from .job_interview_get_response_coach_plan import JobInterviewGetResponseCoachPlan
from .job_interview_get_response_interview_template_type import (
    JobInterviewGetResponseInterviewTemplateType,
)
from .job_interview_get_response_recording import JobInterviewGetResponseRecording
from .job_interview_get_response_recording_full_session import (
    JobInterviewGetResponseRecordingFullSession,
)
from .job_interview_get_response_result_view import JobInterviewGetResponseResultView
from .job_interview_get_response_stage import JobInterviewGetResponseStage
from .job_interview_get_response_status import JobInterviewGetResponseStatus
from .job_interview_get_response_type import JobInterviewGetResponseType
from .job_interview_get_response_type_credit import JobInterviewGetResponseTypeCredit
from .job_interview_get_response_visibility import JobInterviewGetResponseVisibility
from .job_interview_pdf_json_export_json_export import (
    JobInterviewPdfJsonExportJsonExport,
)
from .job_interview_pdf_json_export_json_export_results_item import (
    JobInterviewPdfJsonExportJsonExportResultsItem,
)
from .job_interview_pdf_json_export_json_export_results_item_data import (
    JobInterviewPdfJsonExportJsonExportResultsItemData,
)
from .job_interview_pdf_json_export_json_export_results_item_files_item import (
    JobInterviewPdfJsonExportJsonExportResultsItemFilesItem,
)
from .job_interview_pdf_request import JobInterviewPdfRequest
from .job_interview_pdf_request_export_type import JobInterviewPdfRequestExportType
from .job_interview_questions_diff import JobInterviewQuestionsDiff
from .job_interview_questions_diff_replaced_item import (
    JobInterviewQuestionsDiffReplacedItem,
)
from .job_interview_register_users_request import JobInterviewRegisterUsersRequest
from .job_interview_register_users_response_item import (
    JobInterviewRegisterUsersResponseItem,
)
from .job_interview_set_state_request import JobInterviewSetStateRequest
from .job_interview_set_state_request_status import JobInterviewSetStateRequestStatus
from .job_interview_set_state_response_type_0 import JobInterviewSetStateResponseType0
from .job_interview_set_state_response_type_1 import JobInterviewSetStateResponseType1
from .job_interview_token_request import JobInterviewTokenRequest
from .job_interview_token_request_type import JobInterviewTokenRequestType
from .job_interview_update_request import JobInterviewUpdateRequest
from .job_interview_update_request_candidate_expectations_json import (
    JobInterviewUpdateRequestCandidateExpectationsJson,
)
from .job_interview_update_request_candidate_video_introduction import (
    JobInterviewUpdateRequestCandidateVideoIntroduction,
)
from .job_interview_update_request_coach_plan import JobInterviewUpdateRequestCoachPlan
from .job_interview_update_request_custom_scoring import (
    JobInterviewUpdateRequestCustomScoring,
)
from .job_interview_update_request_hiring_for_company import (
    JobInterviewUpdateRequestHiringForCompany,
)
from .job_interview_update_request_interview_conversation_speed import (
    JobInterviewUpdateRequestInterviewConversationSpeed,
)
from .job_interview_update_request_interview_type import (
    JobInterviewUpdateRequestInterviewType,
)
from .job_interview_update_request_pdf_export_auto_config import (
    JobInterviewUpdateRequestPdfExportAutoConfig,
)
from .job_interview_update_request_pdf_export_auto_config_template import (
    JobInterviewUpdateRequestPdfExportAutoConfigTemplate,
)
from .job_interview_update_request_recording import JobInterviewUpdateRequestRecording
from .job_interview_update_request_recording_full_session import (
    JobInterviewUpdateRequestRecordingFullSession,
)
from .job_interview_update_request_result_view import (
    JobInterviewUpdateRequestResultView,
)
from .job_interview_update_request_seniority_level import (
    JobInterviewUpdateRequestSeniorityLevel,
)
from .job_interview_update_request_status import JobInterviewUpdateRequestStatus
from .job_interview_update_request_type import JobInterviewUpdateRequestType
from .job_interview_update_request_type_credit import (
    JobInterviewUpdateRequestTypeCredit,
)
from .job_interview_update_request_visibility import JobInterviewUpdateRequestVisibility
from .job_interview_update_response import JobInterviewUpdateResponse
from .json_export import JSONExport
from .knowledge_base_document_upload_json import KnowledgeBaseDocumentUploadJson
from .knowledge_base_document_upload_multipart import (
    KnowledgeBaseDocumentUploadMultipart,
)
from .knowledge_base_document_upload_response import KnowledgeBaseDocumentUploadResponse
from .language_accent import LanguageAccent
from .list_avatars_include_archived import ListAvatarsIncludeArchived
from .list_avatars_include_public import ListAvatarsIncludePublic
from .list_avatars_status import ListAvatarsStatus
from .list_avatars_type import ListAvatarsType
from .list_candidates_order_by import ListCandidatesOrderBy
from .list_candidates_source import ListCandidatesSource
from .list_candidates_tab import ListCandidatesTab
from .list_catalogue_tags_include_public import ListCatalogueTagsIncludePublic
from .list_catalogue_tags_status import ListCatalogueTagsStatus
from .list_catalogue_tags_visibility import ListCatalogueTagsVisibility
from .list_interviews_show_demo import ListInterviewsShowDemo
from .list_interviews_show_public import ListInterviewsShowPublic
from .list_interviews_status import ListInterviewsStatus
from .list_interviews_type import ListInterviewsType
from .list_results_order_by import ListResultsOrderBy
from .list_results_step import ListResultsStep
from .list_results_tab import ListResultsTab
from .list_results_type import ListResultsType
from .list_sub_merchants_order_by import ListSubMerchantsOrderBy
from .merchant_analytics_response import MerchantAnalyticsResponse
from .merchant_analytics_response_data_item import MerchantAnalyticsResponseDataItem
from .merchant_avatar_list_response import MerchantAvatarListResponse
from .merchant_avatar_list_response_data_item import MerchantAvatarListResponseDataItem
from .merchant_candidate_list_response import MerchantCandidateListResponse
from .merchant_candidate_list_response_data_item import (
    MerchantCandidateListResponseDataItem,
)
from .merchant_credits_used_response import MerchantCreditsUsedResponse
from .merchant_credits_used_response_data_item import (
    MerchantCreditsUsedResponseDataItem,
)
from .merchant_interview_list_response import MerchantInterviewListResponse
from .merchant_interview_list_response_data_item import (
    MerchantInterviewListResponseDataItem,
)
from .merchant_result_list_response import MerchantResultListResponse
from .merchant_result_list_response_data_item import MerchantResultListResponseDataItem
from .merchant_status import MerchantStatus
from .merchant_sub_merchant_list_response import MerchantSubMerchantListResponse
from .merchant_sub_merchant_list_response_data_item import (
    MerchantSubMerchantListResponseDataItem,
)
from .pagination import Pagination
from .pdf_export import PDFExport
from .persona_create_request import PersonaCreateRequest
from .persona_create_request_candidate_video_introduction import (
    PersonaCreateRequestCandidateVideoIntroduction,
)
from .persona_create_request_interview_conversation_speed import (
    PersonaCreateRequestInterviewConversationSpeed,
)
from .persona_create_request_mojito_language_code import (
    PersonaCreateRequestMojitoLanguageCode,
)
from .persona_create_request_portal import PersonaCreateRequestPortal
from .persona_create_request_recording import PersonaCreateRequestRecording
from .persona_create_request_recording_full_session import (
    PersonaCreateRequestRecordingFullSession,
)
from .persona_create_request_result_view import PersonaCreateRequestResultView
from .persona_create_request_status import PersonaCreateRequestStatus
from .persona_create_request_visibility import PersonaCreateRequestVisibility
from .persona_create_response import PersonaCreateResponse
from .platform_language import PlatformLanguage
from .platform_languages_list_response import PlatformLanguagesListResponse
from .pre_screening_assessment_rule import PreScreeningAssessmentRule
from .pre_screening_assessment_rule_action import PreScreeningAssessmentRuleAction
from .pre_screening_assessment_rule_languages_item import (
    PreScreeningAssessmentRuleLanguagesItem,
)
from .pre_screening_assessment_rule_languages_item_level import (
    PreScreeningAssessmentRuleLanguagesItemLevel,
)
from .pre_screening_assessment_rule_type import PreScreeningAssessmentRuleType
from .pre_screening_create_request import PreScreeningCreateRequest
from .pre_screening_create_request_mojito_language_code import (
    PreScreeningCreateRequestMojitoLanguageCode,
)
from .pre_screening_create_request_status import PreScreeningCreateRequestStatus
from .pre_screening_create_request_type import PreScreeningCreateRequestType
from .pre_screening_create_response import PreScreeningCreateResponse
from .pre_screening_form_field import PreScreeningFormField
from .pre_screening_form_field_field_type import PreScreeningFormFieldFieldType
from .pre_screening_form_field_type import PreScreeningFormFieldType
from .pre_screening_not_applicable import PreScreeningNotApplicable
from .pre_screening_resume_binary_early_exit import PreScreeningResumeBinaryEarlyExit
from .pre_screening_resume_binary_request import PreScreeningResumeBinaryRequest
from .pre_screening_resume_binary_success import PreScreeningResumeBinarySuccess
from .pre_screening_resume_text_request import PreScreeningResumeTextRequest
from .pre_screening_resume_text_request_form import PreScreeningResumeTextRequestForm
from .pre_screening_resume_text_request_form_languages_item import (
    PreScreeningResumeTextRequestFormLanguagesItem,
)
from .pre_screening_resume_text_response import PreScreeningResumeTextResponse
from .pre_screening_resume_text_response_recommendation import (
    PreScreeningResumeTextResponseRecommendation,
)
from .register_user import RegisterUser
from .report_template import ReportTemplate
from .request_another_attempt_request import RequestAnotherAttemptRequest
from .request_another_attempt_response import RequestAnotherAttemptResponse

__all__ = (
    "CatalogueTagCreateRequest",
    "CatalogueTagCreateRequestCoachPlan",
    "CatalogueTagCreateRequestMojitoLanguageCode",
    "CatalogueTagCreateRequestStatus",
    "CatalogueTagCreateRequestVisibility",
    "CatalogueTagCreateResponse",
    "CatalogueTagGetResponse",
    "CatalogueTagGetResponseMatchedSessionsItem",
    "CatalogueTagGetResponseSubDirectoriesItem",
    "CatalogueTagListResponse",
    "CatalogueTagListResponseDataItem",
    "CatalogueTagUpdateRequest",
    "CatalogueTagUpdateRequestCoachPlan",
    "CatalogueTagUpdateRequestMojitoLanguageCode",
    "CatalogueTagUpdateRequestStatus",
    "CatalogueTagUpdateRequestVisibility",
    "CatalogueTagUpdateResponse",
    "Error",
    "GetResultDetailsGetSignedRecordings",
    "HTMLExport",
    "InterviewPdfExportFeatures",
    "InterviewPdfExportFeaturesMojitoLanguageCode",
    "InviteUsersRequest",
    "InviteUsersRequestMojitoLanguageCode",
    "InviteUsersRequestUsersItem",
    "InviteUsersResponseItem",
    "JobInterviewCreateForCandidateWithTokenRequest",
    "JobInterviewCreateForCandidateWithTokenRequestCandidateVideoIntroduction",
    "JobInterviewCreateForCandidateWithTokenRequestCustomScoring",
    "JobInterviewCreateForCandidateWithTokenRequestHiringForCompany",
    "JobInterviewCreateForCandidateWithTokenRequestInterviewConversationSpeed",
    "JobInterviewCreateForCandidateWithTokenRequestMojitoLanguageCode",
    "JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfig",
    "JobInterviewCreateForCandidateWithTokenRequestPdfExportAutoConfigTemplate",
    "JobInterviewCreateForCandidateWithTokenRequestResultView",
    "JobInterviewCreateForCandidateWithTokenRequestSeniorityLevel",
    "JobInterviewCreateForCandidateWithTokenResponse",
    "JobInterviewCreateForCandidateWithTokenResponseStatus",
    "JobInterviewCreateFromArrayQuestion",
    "JobInterviewCreateFromArrayQuestionCandidateExpectationsJson",
    "JobInterviewCreateFromArrayQuestionExternalData",
    "JobInterviewCreateFromArrayQuestionMojitoLanguageCode",
    "JobInterviewCreateFromArrayRequest",
    "JobInterviewCreateFromArrayRequestAdditionalContext",
    "JobInterviewCreateFromArrayRequestCandidateExpectationsJson",
    "JobInterviewCreateFromArrayRequestCandidateVideoIntroduction",
    "JobInterviewCreateFromArrayRequestCustomScoring",
    "JobInterviewCreateFromArrayRequestHiringForCompany",
    "JobInterviewCreateFromArrayRequestInterviewConversationSpeed",
    "JobInterviewCreateFromArrayRequestInterviewType",
    "JobInterviewCreateFromArrayRequestMojitoLanguageCode",
    "JobInterviewCreateFromArrayRequestPdfExportAutoConfig",
    "JobInterviewCreateFromArrayRequestPdfExportAutoConfigTemplate",
    "JobInterviewCreateFromArrayRequestRecording",
    "JobInterviewCreateFromArrayRequestRecordingFullSession",
    "JobInterviewCreateFromArrayRequestResultView",
    "JobInterviewCreateFromArrayRequestSeniorityLevel",
    "JobInterviewCreateFromArrayRequestStatus",
    "JobInterviewCreateFromArrayRequestType",
    "JobInterviewCreateFromArrayRequestVisibility",
    "JobInterviewCreateFromArrayResponse",
    "JobInterviewCreateRequest",
    "JobInterviewCreateRequestAdditionalContext",
    "JobInterviewCreateRequestCandidateVideoIntroduction",
    "JobInterviewCreateRequestCustomScoring",
    "JobInterviewCreateRequestHiringForCompany",
    "JobInterviewCreateRequestInterviewConversationSpeed",
    "JobInterviewCreateRequestInterviewType",
    "JobInterviewCreateRequestMojitoLanguageCode",
    "JobInterviewCreateRequestPdfExportAutoConfig",
    "JobInterviewCreateRequestPdfExportAutoConfigTemplate",
    "JobInterviewCreateRequestRecording",
    "JobInterviewCreateRequestRecordingFullSession",
    "JobInterviewCreateRequestResultView",
    "JobInterviewCreateRequestSeniorityLevel",
    "JobInterviewCreateRequestStatus",
    "JobInterviewCreateRequestType",
    "JobInterviewCreateRequestVisibility",
    "JobInterviewCreateResponse",
    "JobInterviewDetailsResponse",
    "JobInterviewDetailsResponseTranscriptItem",
    "JobInterviewGetResponse",
    "JobInterviewGetResponseCandidateVideoIntroduction",
    "JobInterviewGetResponseCoachPlan",
    "JobInterviewGetResponseInterviewTemplateType",
    "JobInterviewGetResponseRecording",
    "JobInterviewGetResponseRecordingFullSession",
    "JobInterviewGetResponseResultView",
    "JobInterviewGetResponseStage",
    "JobInterviewGetResponseStatus",
    "JobInterviewGetResponseType",
    "JobInterviewGetResponseTypeCredit",
    "JobInterviewGetResponseVisibility",
    "JobInterviewPdfJsonExportJsonExport",
    "JobInterviewPdfJsonExportJsonExportResultsItem",
    "JobInterviewPdfJsonExportJsonExportResultsItemData",
    "JobInterviewPdfJsonExportJsonExportResultsItemFilesItem",
    "JobInterviewPdfRequest",
    "JobInterviewPdfRequestExportType",
    "JobInterviewQuestionsDiff",
    "JobInterviewQuestionsDiffReplacedItem",
    "JobInterviewRegisterUsersRequest",
    "JobInterviewRegisterUsersResponseItem",
    "JobInterviewSetStateRequest",
    "JobInterviewSetStateRequestStatus",
    "JobInterviewSetStateResponseType0",
    "JobInterviewSetStateResponseType1",
    "JobInterviewTokenRequest",
    "JobInterviewTokenRequestType",
    "JobInterviewUpdateRequest",
    "JobInterviewUpdateRequestCandidateExpectationsJson",
    "JobInterviewUpdateRequestCandidateVideoIntroduction",
    "JobInterviewUpdateRequestCoachPlan",
    "JobInterviewUpdateRequestCustomScoring",
    "JobInterviewUpdateRequestHiringForCompany",
    "JobInterviewUpdateRequestInterviewConversationSpeed",
    "JobInterviewUpdateRequestInterviewType",
    "JobInterviewUpdateRequestPdfExportAutoConfig",
    "JobInterviewUpdateRequestPdfExportAutoConfigTemplate",
    "JobInterviewUpdateRequestRecording",
    "JobInterviewUpdateRequestRecordingFullSession",
    "JobInterviewUpdateRequestResultView",
    "JobInterviewUpdateRequestSeniorityLevel",
    "JobInterviewUpdateRequestStatus",
    "JobInterviewUpdateRequestType",
    "JobInterviewUpdateRequestTypeCredit",
    "JobInterviewUpdateRequestVisibility",
    "JobInterviewUpdateResponse",
    "JSONExport",
    "KnowledgeBaseDocumentUploadJson",
    "KnowledgeBaseDocumentUploadMultipart",
    "KnowledgeBaseDocumentUploadResponse",
    "LanguageAccent",
    "ListAvatarsIncludeArchived",
    "ListAvatarsIncludePublic",
    "ListAvatarsStatus",
    "ListAvatarsType",
    "ListCandidatesOrderBy",
    "ListCandidatesSource",
    "ListCandidatesTab",
    "ListCatalogueTagsIncludePublic",
    "ListCatalogueTagsStatus",
    "ListCatalogueTagsVisibility",
    "ListInterviewsShowDemo",
    "ListInterviewsShowPublic",
    "ListInterviewsStatus",
    "ListInterviewsType",
    "ListResultsOrderBy",
    "ListResultsStep",
    "ListResultsTab",
    "ListResultsType",
    "ListSubMerchantsOrderBy",
    "MerchantAnalyticsResponse",
    "MerchantAnalyticsResponseDataItem",
    "MerchantAvatarListResponse",
    "MerchantAvatarListResponseDataItem",
    "MerchantCandidateListResponse",
    "MerchantCandidateListResponseDataItem",
    "MerchantCreditsUsedResponse",
    "MerchantCreditsUsedResponseDataItem",
    "MerchantInterviewListResponse",
    "MerchantInterviewListResponseDataItem",
    "MerchantResultListResponse",
    "MerchantResultListResponseDataItem",
    "MerchantStatus",
    "MerchantSubMerchantListResponse",
    "MerchantSubMerchantListResponseDataItem",
    "Pagination",
    "PDFExport",
    "PersonaCreateRequest",
    "PersonaCreateRequestCandidateVideoIntroduction",
    "PersonaCreateRequestInterviewConversationSpeed",
    "PersonaCreateRequestMojitoLanguageCode",
    "PersonaCreateRequestPortal",
    "PersonaCreateRequestRecording",
    "PersonaCreateRequestRecordingFullSession",
    "PersonaCreateRequestResultView",
    "PersonaCreateRequestStatus",
    "PersonaCreateRequestVisibility",
    "PersonaCreateResponse",
    "PlatformLanguage",
    "PlatformLanguagesListResponse",
    "PreScreeningAssessmentRule",
    "PreScreeningAssessmentRuleAction",
    "PreScreeningAssessmentRuleLanguagesItem",
    "PreScreeningAssessmentRuleLanguagesItemLevel",
    "PreScreeningAssessmentRuleType",
    "PreScreeningCreateRequest",
    "PreScreeningCreateRequestMojitoLanguageCode",
    "PreScreeningCreateRequestStatus",
    "PreScreeningCreateRequestType",
    "PreScreeningCreateResponse",
    "PreScreeningFormField",
    "PreScreeningFormFieldFieldType",
    "PreScreeningFormFieldType",
    "PreScreeningNotApplicable",
    "PreScreeningResumeBinaryEarlyExit",
    "PreScreeningResumeBinaryRequest",
    "PreScreeningResumeBinarySuccess",
    "PreScreeningResumeTextRequest",
    "PreScreeningResumeTextRequestForm",
    "PreScreeningResumeTextRequestFormLanguagesItem",
    "PreScreeningResumeTextResponse",
    "PreScreeningResumeTextResponseRecommendation",
    "RegisterUser",
    "ReportTemplate",
    "RequestAnotherAttemptRequest",
    "RequestAnotherAttemptResponse",
)
