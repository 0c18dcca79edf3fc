"""What a candidate's attempt produces, made up deterministically for a seed.

``collect_answers`` makes the transcript of an attempt (the interview's
questions and the candidate's raw answers, as the candidate leaves it);
``score`` adds what AI scoring adds once the answers are processed: per-answer
and overall scores, the AI analyses and the reasons to hire or not.
``report_url`` is the attempt's PDF report.

Every value comes from a generator seeded with the sandbox's seed, the
interview result id and the attempt number (``fake.seeded``), so the same
seed and the same requests give the same transcripts and scores, and a second
attempt (request_another_attempt) gives different ones.

Transcript turns carry the document's transcript-item properties the sandbox
knows (``id``, ``is_answer``, ``question_*``, ``answer``, scores,
``duration``); ``result_operations`` fills the rest with nulls when it answers.
Scores are on a 0-100 scale (the document names no scale).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from random import Random
from typing import Any

from .fake import FAKE_HOST, fake_uuid, seeded

DEFAULT_QUESTIONS = (
    "Tell us about yourself and your last role.",
    "Why do you want this position?",
    "Describe a difficult problem you solved at work.",
)
_ANSWER_SENTENCES = (
    "In my last role I led a team of five through a product launch.",
    "I start by listening to everyone involved and writing down what we agree on.",
    "We cut the delivery time by a third by planning in two-week steps.",
    "I would ask the customer what outcome matters most to them.",
    "When a deadline slipped I told the stakeholders early and proposed a new plan.",
    "I enjoy turning a vague request into a concrete schedule.",
    "My strongest skill is keeping many small tasks moving at once.",
    "I learned to say no to work that does not serve the goal.",
)
_REASONS_TO_HIRE = (
    "Gives concrete examples with measurable results.",
    "Communicates clearly and in a structured way.",
    "Shows ownership of past mistakes and what was learned.",
    "Relevant experience leading small teams.",
    "Asks clarifying questions before answering.",
)
_REASONS_NOT_TO_HIRE = (
    "Answers stay general; few specific examples.",
    "Little experience with budgets of this size.",
    "Some answers run long and lose the thread.",
    "Did not address the question about stakeholder conflict.",
)
_SCORE_TEXTS = ((85, "Excellent"), (70, "Strong"), (55, "Good"), (40, "Fair"), (0, "Weak"))


@dataclass
class Assessment:
    """One attempt's answers (from collection on) and AI scoring (once completed)."""

    transcript: list[dict[str, Any]]
    duration_ds: int
    questions: int  # in the interview
    asked: int  # questions the candidate was asked
    answered: int  # questions the candidate answered
    score: float | None = None
    ai_analysis_recruiter_score: float | None = None
    score_text: str | None = None
    score_sentiment: float | None = None
    score_words_per_minute: float | None = None
    score_pronunciation: float | None = None
    score_answer: float | None = None
    ai_analysis: str | None = None
    ai_analysis_recruiter: str | None = None
    why_hire: list[str] | None = None
    why_not_hire: list[str] | None = None
    coverage_percentage: float | None = None
    completion_reason: str | None = None


def question_texts(questions: Sequence[dict[str, Any]]) -> list[tuple[str | None, str]]:
    """(definition question id, text) of each question; the default three when the interview has none."""
    out = [(q.get("id"), q["question"]) for q in questions if isinstance(q.get("question"), str) and q["question"]]
    return out or [(None, text) for text in DEFAULT_QUESTIONS]


def collect_answers(
    seed: int,
    interview_result_id: str,
    attempt: int,
    *,
    questions: Sequence[dict[str, Any]],
    interview_status: str,
    language: str,
) -> Assessment:
    """The transcript as the candidate leaves it: how far they got depends on ``interview_status``.

    ``completed``: every question answered; ``completed, stopped early``: the
    first half; ``abandoned`` and ``failed``: the first question or two, the
    next one asked but unanswered; ``terminated, no speech detected``: the
    first question asked, nothing said.
    """
    rng = seeded(seed, "answers", interview_result_id, attempt)
    texts = question_texts(questions)
    total = len(texts)
    answered = {
        "completed": total,
        "completed, stopped early": max(1, math.ceil(total / 2)),
        "abandoned": min(total - 1, 1 + rng.randrange(2)) if total > 1 else 0,
        "failed": min(total - 1, 1 + rng.randrange(2)) if total > 1 else 0,
        "terminated, no speech detected": 0,
    }[interview_status]
    asked = total if answered == total else answered + 1
    transcript: list[dict[str, Any]] = []
    duration = 0
    for number, (question_id, text) in enumerate(texts[:asked]):
        transcript.append(_turn(rng, question_id, text, language, answer=None))
        if number < answered:
            answer = " ".join(rng.sample(_ANSWER_SENTENCES, 2))
            turn = _turn(rng, question_id, text, language, answer=answer)
            duration += turn["duration"]
            transcript.append(turn)
    return Assessment(transcript=transcript, duration_ds=duration, questions=total, asked=asked, answered=answered)


def _turn(rng: Random, question_id: str | None, text: str, language: str, *, answer: str | None) -> dict[str, Any]:
    return {
        "id": fake_uuid(rng),
        "is_answer": answer is not None,
        "view": "with listening",
        "question_original_id": question_id,
        "question_original": text if question_id else None,
        "question_asked": text,
        "answer": answer,
        "duration": rng.randrange(300, 1200) if answer is not None else rng.randrange(40, 120),
        "mojito_language_code": language,
    }


def score(assessment: Assessment, seed: int, interview_result_id: str, attempt: int, candidate: str | None) -> None:
    """Add the AI scoring of a collected attempt to ``assessment`` (in place)."""
    rng = seeded(seed, "scores", interview_result_id, attempt)
    answer_scores = []
    for turn in assessment.transcript:
        if turn["is_answer"]:
            value = float(rng.randrange(40, 96))
            answer_scores.append(value)
            turn.update(
                score=value,
                score_answer_ai=value,
                ai_analysis="A clear answer; one more concrete example would make it stronger.",
                ai_analysis_recruiter=f"Answer scored {value:.0f}/100: relevant, structured, moderately specific.",
            )
    overall = sum(answer_scores) / len(answer_scores) if answer_scores else 0.0
    coverage = 100.0 * assessment.answered / assessment.questions
    overall = round(overall * (0.6 + 0.4 * coverage / 100.0), 1)
    assessment.score = overall
    assessment.ai_analysis_recruiter_score = round(min(100.0, max(0.0, overall + rng.uniform(-5.0, 5.0))), 1)
    assessment.score_text = next(text for low, text in _SCORE_TEXTS if overall >= low)
    assessment.score_sentiment = float(rng.randrange(50, 96))
    assessment.score_words_per_minute = float(rng.randrange(110, 170))
    assessment.score_pronunciation = float(rng.randrange(60, 100))
    assessment.score_answer = round(sum(answer_scores) / len(answer_scores), 1) if answer_scores else None
    assessment.coverage_percentage = round(coverage, 1)
    assessment.completion_reason = "all questions answered" if coverage == 100.0 else "the candidate stopped early"
    hire = sorted(rng.sample(range(len(_REASONS_TO_HIRE)), 1 + int(overall >= 60) + int(overall >= 80)))
    not_hire = sorted(rng.sample(range(len(_REASONS_NOT_TO_HIRE)), int(overall < 85) + int(overall < 65)))
    assessment.why_hire = [_REASONS_TO_HIRE[i] for i in hire]
    assessment.why_not_hire = [_REASONS_NOT_TO_HIRE[i] for i in not_hire]
    who = candidate or "The candidate"
    assessment.ai_analysis_recruiter = (
        f"{who} answered {assessment.answered} of {assessment.asked} questions and scored {overall:.1f}/100 "
        f"({assessment.score_text}). {assessment.why_hire[0]}"
        + (f" Watch out: {assessment.why_not_hire[0]}" if assessment.why_not_hire else "")
    )
    assessment.ai_analysis = (
        f"You answered {assessment.answered} of {assessment.asked} questions. {assessment.why_hire[0]} "
        "Next time, give one concrete example with a number for each answer."
    )


def report_url(interview_result_id: str, attempt: int) -> str:
    """The PDF report of one attempt (a made-up signed URL on the sandbox's fake host)."""
    return f"{FAKE_HOST}/reports/{interview_result_id}/attempt-{attempt}.pdf"
