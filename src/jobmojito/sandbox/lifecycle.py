"""How an interview result moves: invited → ongoing → collected → completed, or → failed.

Each phase sets the fields the API and the webhooks show (values from the
webhook documentation, see docs/guides/sandbox.md "Result lifecycle"):

=========  ========  ==========================  =================  =====================================
phase      status    interview_status            processing_status  what else
=========  ========  ==========================  =================  =====================================
invited    draft     null                        new                nothing yet
ongoing    draft     ongoing                     new                ``start``; the attempt starts afresh
collected  draft     completed |                 processing         ``end``; transcript with raw answers
                     completed, stopped early                       (webhook ``interview_collected``)
completed  active    (as collected)              completed          scores, AI analyses, reasons to hire
                                                                    (webhook ``interview_result``)
failed     draft     failed | abandoned |        failed             partial transcript, no scoring
                     terminated, no speech                          (webhook ``interview_failed``)
                     detected
=========  ========  ==========================  =================  =====================================

``advance(result, outcome)`` walks every phase between the current one and
``outcome`` (an invited result advanced to ``completed`` passes through
ongoing and collected, so both webhooks are sent), and refuses what cannot
happen: going back, staying, or leaving a final phase (``Refused``, 409).
A completed result is reopened by the API's request_another_attempt
(``reopen``): status draft, recruiter decision cleared, phase invited again,
attempt + 1. ``update`` changes the fields a recruiter or a re-run of the AI
changes on a completed result (score, decision, analyses, PDF URL), which
re-sends ``interview_result``.

With ``speed`` > 0 the candidates act by themselves: an invited result starts
after 60 sandbox seconds, its answers are collected 600 s later and scored
120 s after that, each divided by ``speed`` in real time (``speed=600``: about
1.3 s from invite to score). Off (0) by default, so tests decide every step.

Every change ticks the store's clock and calls ``on_change(result)`` (the
webhooks). Everything runs on the server's event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

from .._lifecycle import COMPLETED_STATUSES, FAILED_STATUSES
from .seeded_results import collect_answers, report_url, score
from .state import Result, Store

OUTCOMES = ("ongoing", "collected", "completed", "failed")
PHASES = ("invited", *OUTCOMES)
FINAL_PHASES = ("completed", "failed")
_CHAIN = ("invited", "ongoing", "collected", "completed")
# Sandbox seconds a phase lasts when results advance by themselves (speed > 0).
AUTO_DELAYS_S = {"invited": 60.0, "ongoing": 600.0, "collected": 120.0}
_AUTO_NEXT = {"invited": "ongoing", "ongoing": "collected", "collected": "completed"}

# The fields ``update`` may change, and the JSON types each takes (None: null).
UPDATABLE: dict[str, tuple[type, ...]] = {
    "score": (int, float),
    "ai_analysis_recruiter_score": (int, float),
    "ai_analysis": (str,),
    "ai_analysis_recruiter": (str,),
    "ai_analysis_recruiter_why_hire": (list,),
    "ai_analysis_recruiter_why_not_hire": (list,),
    "recruiter_go_next_round": (bool,),
    "pdf_export_url": (str,),
}
_ASSESSMENT_FIELDS = {
    "score": "score",
    "ai_analysis_recruiter_score": "ai_analysis_recruiter_score",
    "ai_analysis": "ai_analysis",
    "ai_analysis_recruiter": "ai_analysis_recruiter",
    "ai_analysis_recruiter_why_hire": "why_hire",
    "ai_analysis_recruiter_why_not_hire": "why_not_hire",
}


class Refused(Exception):
    """A change the lifecycle does not allow: the status to answer, why, and the field concerned."""

    def __init__(self, status: int, message: str, name: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.name = name


def path(phase: str, outcome: str) -> list[str] | None:
    """The phases a result in ``phase`` passes through to reach ``outcome``; None if it cannot."""
    if outcome == "failed":
        return {"invited": ["ongoing", "failed"], "ongoing": ["failed"], "collected": ["failed"]}.get(phase)
    if phase in _CHAIN and outcome in _CHAIN and _CHAIN.index(outcome) > _CHAIN.index(phase):
        return list(_CHAIN[_CHAIN.index(phase) + 1 : _CHAIN.index(outcome) + 1])
    return None


class Lifecycle:
    """Moves the results of one store; see the module docstring."""

    def __init__(self, store: Store, on_change: Callable[[Result], None], speed: float = 0.0) -> None:
        if speed < 0:
            raise ValueError(f"speed must not be negative, not {speed}")
        self.store = store
        self.on_change = on_change
        self.speed = speed
        self._timers: dict[str, asyncio.TimerHandle] = {}

    # --- driven by the control endpoint and the API --------------------------------

    def advance(self, result: Result, outcome: str, interview_status: str | None = None) -> None:
        if outcome not in OUTCOMES:
            raise Refused(422, f"outcome must be one of {', '.join(OUTCOMES)}; got {outcome!r}", "outcome")
        _check_interview_status(outcome, interview_status)
        steps = path(result.phase, outcome)
        if steps is None:
            raise Refused(409, _why_not(result.phase, outcome), "outcome")
        if (
            interview_status is not None
            and outcome in ("collected", "completed")
            and result.phase == "collected"
            and interview_status != result.interview_status
        ):
            message = f"The answers were collected as {result.interview_status!r}; it cannot change now."
            raise Refused(409, message, "interview_status")
        for phase in steps:
            self._enter(result, phase, interview_status)
        self._reschedule(result)

    def reopen(self, result: Result) -> None:
        """request_another_attempt: the caller has checked that the result is active and completed."""
        result.status = "draft"
        result.recruiter_go_next_round = None
        result.phase = "invited"
        result.attempt += 1
        self._touch(result)
        self._reschedule(result)

    def update(self, result: Result, changes: Mapping[str, Any]) -> None:
        if not changes:
            raise Refused(422, f"Give at least one of {', '.join(UPDATABLE)}.", "body")
        for name, value in changes.items():
            if name not in UPDATABLE:
                raise Refused(422, f"{name} cannot be changed; changeable: {', '.join(UPDATABLE)}", name)
            if not _fits(value, UPDATABLE[name]):
                raise Refused(422, f"{name} has the wrong type for this field: {type(value).__name__}", name)
        if result.phase != "completed" or result.assessment is None:
            raise Refused(
                409, f"Only a completed result can change; this one is {result.phase}.", "interview_result_id"
            )
        for name, value in changes.items():
            if name in _ASSESSMENT_FIELDS:
                setattr(result.assessment, _ASSESSMENT_FIELDS[name], value)
            else:
                setattr(result, name, value)
        self._touch(result)

    # --- the phases ------------------------------------------------------------------

    def _enter(self, result: Result, phase: str, interview_status: str | None) -> None:
        interview = self.store.interviews[result.interview_id]
        candidate = self.store.candidates[result.candidate_id]
        _, now = self.store.tick()
        result.phase = phase
        if phase == "ongoing":
            result.status, result.interview_status, result.processing_status = "draft", "ongoing", "new"
            result.started_at, result.ended_at, result.assessment = now, None, None
            result.recruiter_go_next_round, result.pdf_export_url = None, None
        elif phase == "collected":
            result.interview_status = interview_status or "completed"
            result.processing_status, result.ended_at = "processing", now
            result.assessment = collect_answers(
                self.store.seed,
                result.interview_result_id,
                result.attempt,
                questions=interview.questions,
                interview_status=result.interview_status,
                language=interview.language,
            )
        elif phase == "completed":
            assert result.assessment is not None  # completed comes after collected
            score(result.assessment, self.store.seed, result.interview_result_id, result.attempt, candidate.name)
            result.status, result.processing_status = "active", "completed"
            # The PDF exists at once when the interview generates one (the webhook waits for it).
            if interview.request.get("pdf_export_auto_config") is not None:
                result.pdf_export_url = report_url(result.interview_result_id, result.attempt)
        else:  # failed
            status = interview_status or "failed"
            if result.assessment is None:  # failed while answering: what was said, unscored
                result.assessment = collect_answers(
                    self.store.seed,
                    result.interview_result_id,
                    result.attempt,
                    questions=interview.questions,
                    interview_status=status,
                    language=interview.language,
                )
            result.status, result.interview_status, result.processing_status = "draft", status, "failed"
            result.ended_at = result.ended_at or now
        result.updated_at = now
        self.on_change(result)

    def _touch(self, result: Result) -> None:
        _, result.updated_at = self.store.tick()
        self.on_change(result)

    # --- by themselves (speed > 0) -------------------------------------------------------

    def invited(self, result: Result) -> None:
        """A result was registered: with a speed, its candidate will act by themselves."""
        if result.interview_result_id not in self._timers:
            self._reschedule(result)

    def _reschedule(self, result: Result) -> None:
        timer = self._timers.pop(result.interview_result_id, None)
        if timer is not None:
            timer.cancel()
        if not self.speed or result.phase not in AUTO_DELAYS_S:
            return
        delay = AUTO_DELAYS_S[result.phase] / self.speed
        self._timers[result.interview_result_id] = asyncio.get_running_loop().call_later(
            delay, self._auto_step, result.interview_result_id, result.phase, result.attempt
        )

    def _auto_step(self, interview_result_id: str, phase: str, attempt: int) -> None:
        self._timers.pop(interview_result_id, None)
        result = self.store.results.get(interview_result_id)
        if result is None or (result.phase, result.attempt) != (phase, attempt):
            return  # moved on by a request in the meantime
        self._enter(result, _AUTO_NEXT[phase], None)
        self._reschedule(result)


def _fits(value: Any, kinds: tuple[type, ...]) -> bool:
    """Whether a JSON value has one of ``kinds`` (null always fits; a boolean is no number)."""
    if value is None:
        return True
    if isinstance(value, bool) != (bool in kinds):
        return False
    return isinstance(value, kinds) and (not isinstance(value, list) or all(isinstance(v, str) for v in value))


def _check_interview_status(outcome: str, interview_status: str | None) -> None:
    allowed = {
        "ongoing": ("ongoing",),
        "collected": COMPLETED_STATUSES,
        "completed": COMPLETED_STATUSES,
        "failed": FAILED_STATUSES,
    }[outcome]
    if interview_status is not None and interview_status not in allowed:
        options = ", ".join(repr(s) for s in allowed)
        raise Refused(
            422, f"interview_status for {outcome} is one of {options}; got {interview_status!r}", "interview_status"
        )


def _why_not(phase: str, outcome: str) -> str:
    if phase == outcome:
        return f"The result is already {phase}."
    if phase == "completed":
        return f"The result is completed; it cannot become {outcome}. Request another attempt to reopen it."
    if phase in FINAL_PHASES:
        return f"The result is {phase}, which is final; it cannot become {outcome}."
    return f"The result is {phase}; it cannot go back to {outcome}."
