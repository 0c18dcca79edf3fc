from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.persona_create_request_candidate_video_introduction import (
    PersonaCreateRequestCandidateVideoIntroduction,
    check_persona_create_request_candidate_video_introduction,
)
from ..models.persona_create_request_interview_conversation_speed import (
    PersonaCreateRequestInterviewConversationSpeed,
    check_persona_create_request_interview_conversation_speed,
)
from ..models.persona_create_request_mojito_language_code import (
    PersonaCreateRequestMojitoLanguageCode,
    check_persona_create_request_mojito_language_code,
)
from ..models.persona_create_request_portal import (
    PersonaCreateRequestPortal,
    check_persona_create_request_portal,
)
from ..models.persona_create_request_recording import (
    PersonaCreateRequestRecording,
    check_persona_create_request_recording,
)
from ..models.persona_create_request_recording_full_session import (
    PersonaCreateRequestRecordingFullSession,
    check_persona_create_request_recording_full_session,
)
from ..models.persona_create_request_result_view import (
    PersonaCreateRequestResultView,
    check_persona_create_request_result_view,
)
from ..models.persona_create_request_status import (
    PersonaCreateRequestStatus,
    check_persona_create_request_status,
)
from ..models.persona_create_request_visibility import (
    PersonaCreateRequestVisibility,
    check_persona_create_request_visibility,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonaCreateRequest")


@_attrs_define
class PersonaCreateRequest:
    """
    Attributes:
        interview_template_id (UUID): Id of the interview template (avatar) the persona uses. Example:
            baa3bf7c-6926-46fd-9005-16738a31f72d.
        mojito_language_code (PersonaCreateRequestMojitoLanguageCode):
        name (str): Persona / session name. Example: Difficult customer role-play.
        persona_role_avatar (str): The role the AI avatar plays. Candidate-visible — shown on the pre-session poster as
            'Role of the agent', so write it as candidate-facing setup and keep it to max 2 sentences. Example: 'is to act
            as a happy customer responding to questions'. Example: is to act as a happy customer responding to questions.
        persona_role_user (str): The role the candidate (mentee) plays. Candidate-visible — shown on the pre-session
            poster as 'Your role', so write it as candidate-facing setup and keep it to max 2 sentences. Example: 'is to be
            a sales person trying to sell an additional product to the customer'. Example: is to be a sales person trying to
            sell an additional product to the customer.
        status (PersonaCreateRequestStatus):
        visibility (PersonaCreateRequestVisibility):
        candidate_expectations (None | str | Unset): Mentee assessment goals — free-text describing what the candidate
            is expected to achieve (max 2100 chars).
        candidate_video_introduction (None | PersonaCreateRequestCandidateVideoIntroduction | Unset): Whether a
            candidate video introduction is optional or required. Example: optional.
        code (None | str | Unset): Optional external code/reference for the persona. Example: my code.
        cover_image_url (None | str | Unset): Cover image URL. Example: https://example.com/cover.png.
        description (None | str | Unset): Short persona description shown to the candidate on the pre-session poster.
            Candidate-visible — keep it to max 2 sentences. Unlike job-interview-create, personas run no AI generation, so
            this is never auto-generated: leave it null/blank and the poster simply shows no description; set it to frame
            the scene. Example: A quick sales role-play with an unhappy customer. Your goal is to resolve their complaint
            and keep the account..
        interview_attempts (float | None | Unset): Allowed candidate attempts (1-20), defaulting to 3. Only meaningful
            when `portal` is `interview`; coaching personas are unlimited. A recruiter can still grant an extra attempt
            afterwards. Example: 3.
        interview_conversation_speed (None | PersonaCreateRequestInterviewConversationSpeed | Unset): Conversation pace
            of the AI avatar. Omit/null keeps the template default pace. Options — `slower`: The avatar speaks more slowly —
            easier to follow for non-native speakers. | `normal`: Default speaking pace. | `faster`: The avatar speaks more
            quickly for a snappier conversation.. Example: normal.
        interview_location (None | str | Unset): Optional location label shown for the session. Example: remote.
        is_embedded (bool | None | Unset): Set true when the persona will be embedded as an iframe on an external page.
            Provisions an embed key and returns embed_id / embed_signing_key. Example: False.
        max_duration (float | None | Unset): Maximum conversation duration in seconds. Defaults to 1200 (20 min) when
            omitted. Example: 1200.
        merchant_id (None | str | Unset): Merchant id. Admin / sub-merchant callers only; otherwise taken from your
            token. Example: 28106cba-1c27-4e53-b149-32113e5e8e31.
        opening_line (None | str | Unset): The avatar's opening line — the FIRST thing it says out loud when the session
            starts, before the candidate has said anything. This is a literal spoken line, NOT a description: write the
            exact words the avatar should say, in character and consistent with persona_role_avatar. For an escalated
            scenario it should already convey that state (e.g. an angry customer opens angrily). If omitted, the platform
            inserts a generic default ("Hello"), which is usually a weak opener — set this for anything other than a neutral
            greeting. Example: Oh, finally — someone actually comes over! I've been waiting for ages. Are you going to help
            me or not?.
        persona_avatar_end_conditions (None | str | Unset): When the avatar should end the session. Prefer referring to
            persona_avatar_progress: wrap up when progress is complete (turning point unlocked and a plan accepted, or steps
            "Done when" reached), or when the conversation has clearly broken down.
        persona_avatar_knowledge (None | str | Unset): Private facts the avatar can use (numbers, dates, names,
            objections), plus any personal details shareable only after progress and only if natural — timing written
            inline, not as labelled subsections. Those personal details are never required for the goal.
        persona_avatar_progress (None | str | Unset): How the conversation moves forward — one plain-text value starting
            with `Mode: turning point` (resistance) or `Mode: steps` (difficult conversation protocol), then the labelled
            lines for that mode (Initial hold / Unlocks when / … or Framework / Steps / …), including a Gates line: do not
            share later personal details from persona_avatar_knowledge until progress is earned. Example: Mode: turning
            point
            Initial hold: ...
            Unlocks when: ...
            After unlock: ...
            Hard limits: ...
            No goalposts: ...
            Gates: ....
        persona_avatar_who_is (None | str | Unset): Who the avatar represents: name, role, context, personality, woven
            with what drives them underneath (motive, fear, what they refuse until heard, what they do not know until told).
            One continuous description; no labelled subsections.
        portal (None | PersonaCreateRequestPortal | Unset): REQUIRED IN PRACTICE — pick deliberately; the default is the
            coaching product, not the recruiting one. `interview`: an interview role-play. Choose this for ANY recruiting or
            assessment use case (screening candidates, hiring, sales role-plays for applicants). Candidates are invited
            through the normal invitation flow, results are visible to the recruiter alongside ordinary interview results,
            it is billed against your merchant credits on the same basis as an interview, and attempts are capped (see
            `interview_attempts`). | `coaching` (DEFAULT when omitted): the classic coaching persona for practice/training.
            Runs on the coaching portal, is consumed against the mentee's own coaching credits, is started by the mentee
            from the catalogue or a shared link, and its results are NOT visible to recruiters. The conversation itself
            behaves identically in both cases — only the portal, billing, visibility and attempt limits differ. Example:
            interview.
        recording (None | PersonaCreateRequestRecording | Unset): Cheating/proctoring detection mode for candidate
            answers — this is NOT a full session recording. Video options also record the candidate. Omit/null to disable.
            Options — `audio_first_5_answers`: Audio-only cheating detection, first 5 answers only. | `audio_all`: Audio-
            only cheating detection on every answer. | `video_all`: Audio + video cheating detection on every answer
            (candidate is recorded for all answers). | `video_first_5_answers`: Audio + video cheating detection, first 5
            answers only.. Example: video_all.
        recording_full_session (None | PersonaCreateRequestRecordingFullSession | Unset): Full interview-session
            recording (includes the avatar and voice) produced as a single file. Independent of `recording`. Omit/null to
            disable. Options — `audio_all`: Record the whole session audio (avatar + candidate voice) into a single file.
            Adds +0.2 credits. | `video_all`: Record the whole session video + audio (avatar + candidate) into a single
            file. Adds +0.4 credits.. Example: video_all.
        recruiter_profile_id (None | str | Unset): Profile id of the recruiter owning this persona. Must be a
            merchant/merchant_owner/admin profile of the same merchant.
        result_view (None | PersonaCreateRequestResultView | Unset): Result screen shown to the candidate after
            finishing. With any value other than `none`, the candidate sees a results screen where they can provide
            feedback, record an intro video and edit the transcript, and must then submit the result; the value sets how
            much score/result detail is shown. Options — `none`: No results screen at all — the interview is submitted
            immediately when the candidate finishes (no feedback, intro video, transcript edit or manual submit step). |
            `minimal`: Minimal results layout, no score shown. | `minimal_with_score`: Minimal results layout including the
            overall score. | `advanced`: Advanced results layout with more detail. | `full`: Full results layout with all
            sections. | `full_expand_scores`: Full results with every score breakdown expanded.. Example: full.
        tags (list[str] | None | Unset): Free-form tags stored on the persona. Tags are also the coaching-catalogue
            mapping key: a catalogue directory (see the catalogue-tag-create / catalogue-tag-update endpoints) lists a
            coaching or persona session when the session's tags contain EVERY tag in that directory's
            `tags_interview_set_filter`. Only `active` sessions with visibility `public` or `merchant_public` are listed.
            Example: ['interview-practice', 'sales'].
        thank_you_message (None | str | Unset): Custom thank-you message shown after the session — set it; omitting it
            leaves a generic platform default. Example: Thanks — your role-play has been recorded and will be reviewed by
            the hiring team..
        welcome_message (None | str | Unset): Custom welcome message spoken to the candidate before the role-play starts
            — set it; omitting it leaves a generic platform default. This is the scene-setting message; the avatar's first
            in-character line is `opening_line`, which comes after it. Example: Welcome! You are about to speak with a
            customer who is unhappy about a recent price increase..
    """

    interview_template_id: UUID
    mojito_language_code: PersonaCreateRequestMojitoLanguageCode
    name: str
    persona_role_avatar: str
    persona_role_user: str
    status: PersonaCreateRequestStatus
    visibility: PersonaCreateRequestVisibility
    candidate_expectations: None | str | Unset = UNSET
    candidate_video_introduction: None | PersonaCreateRequestCandidateVideoIntroduction | Unset = UNSET
    code: None | str | Unset = UNSET
    cover_image_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    interview_attempts: float | None | Unset = UNSET
    interview_conversation_speed: None | PersonaCreateRequestInterviewConversationSpeed | Unset = UNSET
    interview_location: None | str | Unset = UNSET
    is_embedded: bool | None | Unset = UNSET
    max_duration: float | None | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    opening_line: None | str | Unset = UNSET
    persona_avatar_end_conditions: None | str | Unset = UNSET
    persona_avatar_knowledge: None | str | Unset = UNSET
    persona_avatar_progress: None | str | Unset = UNSET
    persona_avatar_who_is: None | str | Unset = UNSET
    portal: None | PersonaCreateRequestPortal | Unset = UNSET
    recording: None | PersonaCreateRequestRecording | Unset = UNSET
    recording_full_session: None | PersonaCreateRequestRecordingFullSession | Unset = UNSET
    recruiter_profile_id: None | str | Unset = UNSET
    result_view: None | PersonaCreateRequestResultView | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    thank_you_message: None | str | Unset = UNSET
    welcome_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_template_id = str(self.interview_template_id)

        mojito_language_code: str = self.mojito_language_code

        name = self.name

        persona_role_avatar = self.persona_role_avatar

        persona_role_user = self.persona_role_user

        status: str = self.status

        visibility: str = self.visibility

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        interview_attempts: float | None | Unset
        if isinstance(self.interview_attempts, Unset):
            interview_attempts = UNSET
        else:
            interview_attempts = self.interview_attempts

        interview_conversation_speed: None | str | Unset
        if isinstance(self.interview_conversation_speed, Unset):
            interview_conversation_speed = UNSET
        elif isinstance(self.interview_conversation_speed, str):
            interview_conversation_speed = self.interview_conversation_speed
        else:
            interview_conversation_speed = self.interview_conversation_speed

        interview_location: None | str | Unset
        if isinstance(self.interview_location, Unset):
            interview_location = UNSET
        else:
            interview_location = self.interview_location

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

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        opening_line: None | str | Unset
        if isinstance(self.opening_line, Unset):
            opening_line = UNSET
        else:
            opening_line = self.opening_line

        persona_avatar_end_conditions: None | str | Unset
        if isinstance(self.persona_avatar_end_conditions, Unset):
            persona_avatar_end_conditions = UNSET
        else:
            persona_avatar_end_conditions = self.persona_avatar_end_conditions

        persona_avatar_knowledge: None | str | Unset
        if isinstance(self.persona_avatar_knowledge, Unset):
            persona_avatar_knowledge = UNSET
        else:
            persona_avatar_knowledge = self.persona_avatar_knowledge

        persona_avatar_progress: None | str | Unset
        if isinstance(self.persona_avatar_progress, Unset):
            persona_avatar_progress = UNSET
        else:
            persona_avatar_progress = self.persona_avatar_progress

        persona_avatar_who_is: None | str | Unset
        if isinstance(self.persona_avatar_who_is, Unset):
            persona_avatar_who_is = UNSET
        else:
            persona_avatar_who_is = self.persona_avatar_who_is

        portal: None | str | Unset
        if isinstance(self.portal, Unset):
            portal = UNSET
        elif isinstance(self.portal, str):
            portal = self.portal
        else:
            portal = self.portal

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

        result_view: None | str | Unset
        if isinstance(self.result_view, Unset):
            result_view = UNSET
        elif isinstance(self.result_view, str):
            result_view = self.result_view
        else:
            result_view = self.result_view

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
                "interview_template_id": interview_template_id,
                "mojito_language_code": mojito_language_code,
                "name": name,
                "persona_role_avatar": persona_role_avatar,
                "persona_role_user": persona_role_user,
                "status": status,
                "visibility": visibility,
            }
        )
        if candidate_expectations is not UNSET:
            field_dict["candidate_expectations"] = candidate_expectations
        if candidate_video_introduction is not UNSET:
            field_dict["candidate_video_introduction"] = candidate_video_introduction
        if code is not UNSET:
            field_dict["code"] = code
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if description is not UNSET:
            field_dict["description"] = description
        if interview_attempts is not UNSET:
            field_dict["interview_attempts"] = interview_attempts
        if interview_conversation_speed is not UNSET:
            field_dict["interview_conversation_speed"] = interview_conversation_speed
        if interview_location is not UNSET:
            field_dict["interview_location"] = interview_location
        if is_embedded is not UNSET:
            field_dict["is_embedded"] = is_embedded
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if opening_line is not UNSET:
            field_dict["opening_line"] = opening_line
        if persona_avatar_end_conditions is not UNSET:
            field_dict["persona_avatar_end_conditions"] = persona_avatar_end_conditions
        if persona_avatar_knowledge is not UNSET:
            field_dict["persona_avatar_knowledge"] = persona_avatar_knowledge
        if persona_avatar_progress is not UNSET:
            field_dict["persona_avatar_progress"] = persona_avatar_progress
        if persona_avatar_who_is is not UNSET:
            field_dict["persona_avatar_who_is"] = persona_avatar_who_is
        if portal is not UNSET:
            field_dict["portal"] = portal
        if recording is not UNSET:
            field_dict["recording"] = recording
        if recording_full_session is not UNSET:
            field_dict["recording_full_session"] = recording_full_session
        if recruiter_profile_id is not UNSET:
            field_dict["recruiter_profile_id"] = recruiter_profile_id
        if result_view is not UNSET:
            field_dict["result_view"] = result_view
        if tags is not UNSET:
            field_dict["tags"] = tags
        if thank_you_message is not UNSET:
            field_dict["thank_you_message"] = thank_you_message
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interview_template_id = UUID(d.pop("interview_template_id"))

        mojito_language_code = check_persona_create_request_mojito_language_code(d.pop("mojito_language_code"))

        name = d.pop("name")

        persona_role_avatar = d.pop("persona_role_avatar")

        persona_role_user = d.pop("persona_role_user")

        status = check_persona_create_request_status(d.pop("status"))

        visibility = check_persona_create_request_visibility(d.pop("visibility"))

        candidate_expectations: None | str | Unset = d.pop("candidate_expectations", UNSET)

        def _parse_candidate_video_introduction(
            data: object,
        ) -> None | PersonaCreateRequestCandidateVideoIntroduction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_video_introduction_type_0 = check_persona_create_request_candidate_video_introduction(data)

                return candidate_video_introduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonaCreateRequestCandidateVideoIntroduction | Unset, data)

        candidate_video_introduction = _parse_candidate_video_introduction(d.pop("candidate_video_introduction", UNSET))

        code: None | str | Unset = d.pop("code", UNSET)

        cover_image_url: None | str | Unset = d.pop("cover_image_url", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        interview_attempts: float | None | Unset = d.pop("interview_attempts", UNSET)

        def _parse_interview_conversation_speed(
            data: object,
        ) -> None | PersonaCreateRequestInterviewConversationSpeed | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interview_conversation_speed_type_0 = check_persona_create_request_interview_conversation_speed(data)

                return interview_conversation_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonaCreateRequestInterviewConversationSpeed | Unset, data)

        interview_conversation_speed = _parse_interview_conversation_speed(d.pop("interview_conversation_speed", UNSET))

        interview_location: None | str | Unset = d.pop("interview_location", UNSET)

        is_embedded: bool | None | Unset = d.pop("is_embedded", UNSET)

        max_duration: float | None | Unset = d.pop("max_duration", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        opening_line: None | str | Unset = d.pop("opening_line", UNSET)

        persona_avatar_end_conditions: None | str | Unset = d.pop("persona_avatar_end_conditions", UNSET)

        persona_avatar_knowledge: None | str | Unset = d.pop("persona_avatar_knowledge", UNSET)

        persona_avatar_progress: None | str | Unset = d.pop("persona_avatar_progress", UNSET)

        persona_avatar_who_is: None | str | Unset = d.pop("persona_avatar_who_is", UNSET)

        def _parse_portal(data: object) -> None | PersonaCreateRequestPortal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                portal_type_0 = check_persona_create_request_portal(data)

                return portal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonaCreateRequestPortal | Unset, data)

        portal = _parse_portal(d.pop("portal", UNSET))

        def _parse_recording(data: object) -> None | PersonaCreateRequestRecording | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_type_0 = check_persona_create_request_recording(data)

                return recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonaCreateRequestRecording | Unset, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        def _parse_recording_full_session(data: object) -> None | PersonaCreateRequestRecordingFullSession | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recording_full_session_type_0 = check_persona_create_request_recording_full_session(data)

                return recording_full_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonaCreateRequestRecordingFullSession | Unset, data)

        recording_full_session = _parse_recording_full_session(d.pop("recording_full_session", UNSET))

        recruiter_profile_id: None | str | Unset = d.pop("recruiter_profile_id", UNSET)

        def _parse_result_view(data: object) -> None | PersonaCreateRequestResultView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_view_type_0 = check_persona_create_request_result_view(data)

                return result_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonaCreateRequestResultView | Unset, data)

        result_view = _parse_result_view(d.pop("result_view", UNSET))

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

        persona_create_request = cls(
            interview_template_id=interview_template_id,
            mojito_language_code=mojito_language_code,
            name=name,
            persona_role_avatar=persona_role_avatar,
            persona_role_user=persona_role_user,
            status=status,
            visibility=visibility,
            candidate_expectations=candidate_expectations,
            candidate_video_introduction=candidate_video_introduction,
            code=code,
            cover_image_url=cover_image_url,
            description=description,
            interview_attempts=interview_attempts,
            interview_conversation_speed=interview_conversation_speed,
            interview_location=interview_location,
            is_embedded=is_embedded,
            max_duration=max_duration,
            merchant_id=merchant_id,
            opening_line=opening_line,
            persona_avatar_end_conditions=persona_avatar_end_conditions,
            persona_avatar_knowledge=persona_avatar_knowledge,
            persona_avatar_progress=persona_avatar_progress,
            persona_avatar_who_is=persona_avatar_who_is,
            portal=portal,
            recording=recording,
            recording_full_session=recording_full_session,
            recruiter_profile_id=recruiter_profile_id,
            result_view=result_view,
            tags=tags,
            thank_you_message=thank_you_message,
            welcome_message=welcome_message,
        )

        persona_create_request.additional_properties = d
        return persona_create_request

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
