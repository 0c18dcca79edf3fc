from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_interview_details_response_transcript_item import (
        JobInterviewDetailsResponseTranscriptItem,
    )


T = TypeVar("T", bound="JobInterviewDetailsResponse")


@_attrs_define
class JobInterviewDetailsResponse:
    """The interview result with its transcript, produced by the interview_transcript RPC. Additional fields may be present
    (passthrough).

        Attributes:
            ai_analysis (None | str | Unset): Candidate-facing AI analysis of the whole interview.
            ai_analysis_other (Any | Unset): Session-level AI analyses keyed by analysis name (jsonb). `hiring_reasons`: {
                reasons_to_hire: string[], reasons_not_to_hire: string[] } (0-4 items each, recruiter-facing). `takeaways`: {
                what_went_well: string[], next_steps: { text, priority: impact | quick | longterm, guidance: { kind: say |
                structure | length | exercise | perspective, text }, proof? }[], fixed?: string[] } (coaching / persona
                sessions, learner-facing; `proof` entries are { kind: quote | ai_summary | transcript_ref | document, text,
                ref?: { result_question_id } }; `fixed` lists the steps from the previous attempt that the learner did this
                time). `multi_department`: the multi-department-selection analysis. `score_rationale`: the rubric bracket of the
                session score and evidenced counts. `key_statement`: { quote, result_question_id }, the one verbatim quotation a
                recruiter would remember the candidate by (interview / persona_interview, absent when nothing distinctive was
                said). Further keys may be added.
            ai_analysis_recruiter (None | str | Unset): Recruiter-facing AI analysis of the whole interview.
            ai_analysis_recruiter_why_hire (Any | Unset): Reasons to hire (list). Deprecated: a copy of
                ai_analysis_other.hiring_reasons.reasons_to_hire, kept for existing integrations.
            ai_analysis_recruiter_why_not_hire (Any | Unset): Reasons not to hire (list). Deprecated: a copy of
                ai_analysis_other.hiring_reasons.reasons_not_to_hire, kept for existing integrations.
            ai_completion_reason (None | str | Unset): Why the interview completed (ai_completed_reason).
            ai_interview_coverage_percentage (float | None | Unset): Percentage of the intended interview the AI judged to
                be covered.
            duration (float | None | Unset): Total duration in deciseconds (duration_ds).
            end (None | str | Unset): Interview end timestamp (training_end, ISO 8601).
            recording_is_video (bool | None | Unset): Whether the session recording is video.
            recording_local_path (None | str | Unset): Storage path of the full session recording.
            recording_url (None | str | Unset): Signed session-recording URL; present only when get_signed_recordings=true.
            recruiter_risks (Any | Unset): Detected recruiter risk flags (jsonb).
            score (float | None | Unset): Overall interview score.
            score_answer (float | None | Unset): Aggregate answer sub-score.
            score_pronunciation (float | None | Unset): Pronunciation sub-score.
            score_sentiment (float | None | Unset): Sentiment sub-score.
            score_simulation (float | None | Unset): Overall simulated score.
            score_text (None | str | Unset): Human-readable score summary.
            score_words_per_minute (float | None | Unset): Speaking-pace (words per minute) sub-score.
            start (None | str | Unset): Interview start timestamp (training_start, ISO 8601).
            status (None | str | Unset): Coach/interview status (coach_status), e.g. started, completed.
            transcript (list[JobInterviewDetailsResponseTranscriptItem] | None | Unset): Ordered interactions (questions +
                answers) of the interview.
            user_feedback_recruiter (None | str | Unset): Recruiter-entered feedback note.
            video_introduction_local_path (None | str | Unset): Storage path of the candidate video introduction.
            video_introduction_url (None | str | Unset): Signed video-introduction URL; present only when
                get_signed_recordings=true.
    """

    ai_analysis: None | str | Unset = UNSET
    ai_analysis_other: Any | Unset = UNSET
    ai_analysis_recruiter: None | str | Unset = UNSET
    ai_analysis_recruiter_why_hire: Any | Unset = UNSET
    ai_analysis_recruiter_why_not_hire: Any | Unset = UNSET
    ai_completion_reason: None | str | Unset = UNSET
    ai_interview_coverage_percentage: float | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    end: None | str | Unset = UNSET
    recording_is_video: bool | None | Unset = UNSET
    recording_local_path: None | str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    recruiter_risks: Any | Unset = UNSET
    score: float | None | Unset = UNSET
    score_answer: float | None | Unset = UNSET
    score_pronunciation: float | None | Unset = UNSET
    score_sentiment: float | None | Unset = UNSET
    score_simulation: float | None | Unset = UNSET
    score_text: None | str | Unset = UNSET
    score_words_per_minute: float | None | Unset = UNSET
    start: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    transcript: list[JobInterviewDetailsResponseTranscriptItem] | None | Unset = UNSET
    user_feedback_recruiter: None | str | Unset = UNSET
    video_introduction_local_path: None | str | Unset = UNSET
    video_introduction_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_analysis: None | str | Unset
        if isinstance(self.ai_analysis, Unset):
            ai_analysis = UNSET
        else:
            ai_analysis = self.ai_analysis

        ai_analysis_other = self.ai_analysis_other

        ai_analysis_recruiter: None | str | Unset
        if isinstance(self.ai_analysis_recruiter, Unset):
            ai_analysis_recruiter = UNSET
        else:
            ai_analysis_recruiter = self.ai_analysis_recruiter

        ai_analysis_recruiter_why_hire = self.ai_analysis_recruiter_why_hire

        ai_analysis_recruiter_why_not_hire = self.ai_analysis_recruiter_why_not_hire

        ai_completion_reason: None | str | Unset
        if isinstance(self.ai_completion_reason, Unset):
            ai_completion_reason = UNSET
        else:
            ai_completion_reason = self.ai_completion_reason

        ai_interview_coverage_percentage: float | None | Unset
        if isinstance(self.ai_interview_coverage_percentage, Unset):
            ai_interview_coverage_percentage = UNSET
        else:
            ai_interview_coverage_percentage = self.ai_interview_coverage_percentage

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

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

        recruiter_risks = self.recruiter_risks

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        score_answer: float | None | Unset
        if isinstance(self.score_answer, Unset):
            score_answer = UNSET
        else:
            score_answer = self.score_answer

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

        score_text: None | str | Unset
        if isinstance(self.score_text, Unset):
            score_text = UNSET
        else:
            score_text = self.score_text

        score_words_per_minute: float | None | Unset
        if isinstance(self.score_words_per_minute, Unset):
            score_words_per_minute = UNSET
        else:
            score_words_per_minute = self.score_words_per_minute

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        transcript: list[dict[str, Any]] | None | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        elif isinstance(self.transcript, list):
            transcript = []
            for transcript_type_0_item_data in self.transcript:
                transcript_type_0_item = transcript_type_0_item_data.to_dict()
                transcript.append(transcript_type_0_item)

        else:
            transcript = self.transcript

        user_feedback_recruiter: None | str | Unset
        if isinstance(self.user_feedback_recruiter, Unset):
            user_feedback_recruiter = UNSET
        else:
            user_feedback_recruiter = self.user_feedback_recruiter

        video_introduction_local_path: None | str | Unset
        if isinstance(self.video_introduction_local_path, Unset):
            video_introduction_local_path = UNSET
        else:
            video_introduction_local_path = self.video_introduction_local_path

        video_introduction_url: None | str | Unset
        if isinstance(self.video_introduction_url, Unset):
            video_introduction_url = UNSET
        else:
            video_introduction_url = self.video_introduction_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_analysis is not UNSET:
            field_dict["ai_analysis"] = ai_analysis
        if ai_analysis_other is not UNSET:
            field_dict["ai_analysis_other"] = ai_analysis_other
        if ai_analysis_recruiter is not UNSET:
            field_dict["ai_analysis_recruiter"] = ai_analysis_recruiter
        if ai_analysis_recruiter_why_hire is not UNSET:
            field_dict["ai_analysis_recruiter_why_hire"] = ai_analysis_recruiter_why_hire
        if ai_analysis_recruiter_why_not_hire is not UNSET:
            field_dict["ai_analysis_recruiter_why_not_hire"] = ai_analysis_recruiter_why_not_hire
        if ai_completion_reason is not UNSET:
            field_dict["ai_completion_reason"] = ai_completion_reason
        if ai_interview_coverage_percentage is not UNSET:
            field_dict["ai_interview_coverage_percentage"] = ai_interview_coverage_percentage
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end is not UNSET:
            field_dict["end"] = end
        if recording_is_video is not UNSET:
            field_dict["recording_is_video"] = recording_is_video
        if recording_local_path is not UNSET:
            field_dict["recording_local_path"] = recording_local_path
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if recruiter_risks is not UNSET:
            field_dict["recruiter_risks"] = recruiter_risks
        if score is not UNSET:
            field_dict["score"] = score
        if score_answer is not UNSET:
            field_dict["score_answer"] = score_answer
        if score_pronunciation is not UNSET:
            field_dict["score_pronunciation"] = score_pronunciation
        if score_sentiment is not UNSET:
            field_dict["score_sentiment"] = score_sentiment
        if score_simulation is not UNSET:
            field_dict["score_simulation"] = score_simulation
        if score_text is not UNSET:
            field_dict["score_text"] = score_text
        if score_words_per_minute is not UNSET:
            field_dict["score_words_per_minute"] = score_words_per_minute
        if start is not UNSET:
            field_dict["start"] = start
        if status is not UNSET:
            field_dict["status"] = status
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if user_feedback_recruiter is not UNSET:
            field_dict["user_feedback_recruiter"] = user_feedback_recruiter
        if video_introduction_local_path is not UNSET:
            field_dict["video_introduction_local_path"] = video_introduction_local_path
        if video_introduction_url is not UNSET:
            field_dict["video_introduction_url"] = video_introduction_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_interview_details_response_transcript_item import (
            JobInterviewDetailsResponseTranscriptItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        ai_analysis: None | str | Unset = d.pop("ai_analysis", UNSET)

        ai_analysis_other = d.pop("ai_analysis_other", UNSET)

        ai_analysis_recruiter: None | str | Unset = d.pop("ai_analysis_recruiter", UNSET)

        ai_analysis_recruiter_why_hire = d.pop("ai_analysis_recruiter_why_hire", UNSET)

        ai_analysis_recruiter_why_not_hire = d.pop("ai_analysis_recruiter_why_not_hire", UNSET)

        ai_completion_reason: None | str | Unset = d.pop("ai_completion_reason", UNSET)

        ai_interview_coverage_percentage: float | None | Unset = d.pop("ai_interview_coverage_percentage", UNSET)

        duration: float | None | Unset = d.pop("duration", UNSET)

        end: None | str | Unset = d.pop("end", UNSET)

        recording_is_video: bool | None | Unset = d.pop("recording_is_video", UNSET)

        recording_local_path: None | str | Unset = d.pop("recording_local_path", UNSET)

        recording_url: None | str | Unset = d.pop("recording_url", UNSET)

        recruiter_risks = d.pop("recruiter_risks", UNSET)

        score: float | None | Unset = d.pop("score", UNSET)

        score_answer: float | None | Unset = d.pop("score_answer", UNSET)

        score_pronunciation: float | None | Unset = d.pop("score_pronunciation", UNSET)

        score_sentiment: float | None | Unset = d.pop("score_sentiment", UNSET)

        score_simulation: float | None | Unset = d.pop("score_simulation", UNSET)

        score_text: None | str | Unset = d.pop("score_text", UNSET)

        score_words_per_minute: float | None | Unset = d.pop("score_words_per_minute", UNSET)

        start: None | str | Unset = d.pop("start", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        def _parse_transcript(data: object) -> list[JobInterviewDetailsResponseTranscriptItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcript_type_0 = []
                _transcript_type_0 = data
                transcript_type_0.extend(JobInterviewDetailsResponseTranscriptItem._from_dicts(_transcript_type_0))

                return transcript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError("transcript: not list[JobInterviewDetailsResponseTranscriptItem] | None | Unset")

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        user_feedback_recruiter: None | str | Unset = d.pop("user_feedback_recruiter", UNSET)

        video_introduction_local_path: None | str | Unset = d.pop("video_introduction_local_path", UNSET)

        video_introduction_url: None | str | Unset = d.pop("video_introduction_url", UNSET)

        job_interview_details_response = cls(
            ai_analysis=ai_analysis,
            ai_analysis_other=ai_analysis_other,
            ai_analysis_recruiter=ai_analysis_recruiter,
            ai_analysis_recruiter_why_hire=ai_analysis_recruiter_why_hire,
            ai_analysis_recruiter_why_not_hire=ai_analysis_recruiter_why_not_hire,
            ai_completion_reason=ai_completion_reason,
            ai_interview_coverage_percentage=ai_interview_coverage_percentage,
            duration=duration,
            end=end,
            recording_is_video=recording_is_video,
            recording_local_path=recording_local_path,
            recording_url=recording_url,
            recruiter_risks=recruiter_risks,
            score=score,
            score_answer=score_answer,
            score_pronunciation=score_pronunciation,
            score_sentiment=score_sentiment,
            score_simulation=score_simulation,
            score_text=score_text,
            score_words_per_minute=score_words_per_minute,
            start=start,
            status=status,
            transcript=transcript,
            user_feedback_recruiter=user_feedback_recruiter,
            video_introduction_local_path=video_introduction_local_path,
            video_introduction_url=video_introduction_url,
        )

        job_interview_details_response.additional_properties = d
        return job_interview_details_response

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
