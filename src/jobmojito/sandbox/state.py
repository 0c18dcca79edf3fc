"""The sandbox's in-memory records: interviews, candidates and results.

One store per app, one merchant per store (every bearer token is that
merchant's). Ids and timestamps are deterministic for a seed: ids come from a
seeded generator, and the clock ticks one second per record (and per result
transition) from 2026-01-01T00:00:00Z, so "newest first" is the reverse of
creation order.

A result's lifecycle fields (``phase``, ``status``, ``interview_status``,
``processing_status``, the assessment) are changed by ``lifecycle.py`` only.

The store is used from the server's event loop only (handlers never await
between a read and a write), so it needs no lock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .fake import fake_uuid, seeded, timestamp
from .seeded_results import Assessment

T = TypeVar("T")


@dataclass
class Interview:
    id: str
    name: str
    type: str
    status: str
    visibility: str
    language: str
    created_at: str
    questions: list[dict[str, Any]]
    request: dict[str, Any]  # the creating request's body, as sent
    seq: int = 0


@dataclass
class Candidate:
    id: str
    profile_id: str
    name: str | None
    email: str
    external_id: str | None
    source: str  # "invited" (register-users) or "registered" (applied with a token)
    created_at: str
    updated_at: str
    seq: int = 0


@dataclass
class Result:
    id: str  # the result-list row id
    interview_result_id: str
    profile_interview_id: str
    interview_id: str
    candidate_id: str
    is_test: bool
    created_at: str
    updated_at: str
    seq: int = 0
    # The lifecycle (lifecycle.py): invited, ongoing, collected, completed or failed.
    phase: str = "invited"
    status: str = "draft"  # the result's own status: draft (not submitted), active (submitted), archived
    interview_status: str | None = None  # coach_status: ongoing, completed, failed, abandoned, ...
    processing_status: str | None = "new"  # AI processing: new, processing, completed, failed
    attempt: int = 1  # request_another_attempt starts the next one
    started_at: str | None = None
    ended_at: str | None = None
    assessment: Assessment | None = None  # answers (collected) and AI scoring (completed)
    recruiter_go_next_round: bool | None = None
    pdf_export_url: str | None = None  # the stored PDF report (webhook pdf_export_url)


@dataclass
class Store:
    seed: int
    interviews: dict[str, Interview] = field(default_factory=dict)
    candidates: dict[str, Candidate] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)  # by interview_result_id

    def __post_init__(self) -> None:
        self._ids = seeded(self.seed, "ids")
        self._clock = 0
        self.merchant_id = fake_uuid(seeded(self.seed, "merchant"))
        self.profile_id = fake_uuid(seeded(self.seed, "profile"))
        # Lookups ``register`` makes for every candidate: by dict, not by scan,
        # so that registering 10,000 candidates stays linear.
        self._candidate_by_email: dict[str, Candidate] = {}
        self._result_by_pair: dict[tuple[str, str], Result] = {}

    def new_id(self) -> str:
        return fake_uuid(self._ids)

    @property
    def seconds(self) -> int:
        """The clock: seconds since the epoch of ``fake.timestamp``."""
        return self._clock

    def tick(self) -> tuple[int, str]:
        """The next sequence number and its timestamp."""
        self._clock += 1
        return self._clock, timestamp(self._clock)

    def add_interview(self, **fields: Any) -> Interview:
        seq, now = self.tick()
        interview = Interview(id=self.new_id(), created_at=now, seq=seq, **fields)
        self.interviews[interview.id] = interview
        return interview

    def register(
        self, interview: Interview, name: str | None, email: str, external_id: str | None, *, source: str, is_test: bool
    ) -> tuple[Candidate, Result]:
        """Add (or update) the candidate with this email and their result for ``interview``."""
        seq, now = self.tick()
        candidate = self._candidate_by_email.get(email.lower())
        if candidate is None:
            candidate = Candidate(self.new_id(), self.new_id(), name, email, external_id, source, now, now, seq)
            self.candidates[candidate.id] = candidate
            self._candidate_by_email[email.lower()] = candidate
        else:
            candidate.name = name or candidate.name
            candidate.external_id = external_id or candidate.external_id
            candidate.updated_at = now
        result = self._result_by_pair.get((interview.id, candidate.id))
        if result is None:
            result = Result(
                self.new_id(),
                self.new_id(),
                self.new_id(),
                interview.id,
                candidate.id,
                is_test,
                now,
                now,
                seq,
            )
            self.results[result.interview_result_id] = result
            self._result_by_pair[(interview.id, candidate.id)] = result
        return candidate, result

    def results_of(self, interview_id: str) -> list[Result]:
        return [r for r in self.results.values() if r.interview_id == interview_id]


def newest_first(records: Iterable[T]) -> list[T]:
    return sorted(records, key=lambda r: -getattr(r, "seq", 0))


def paginate(records: Sequence[T], limit: int, offset: int) -> tuple[list[T], dict[str, Any]]:
    """One page of ``records`` and the document's ``Pagination`` object for it."""
    page = list(records[offset : offset + limit])
    total = len(records)
    return page, {"total": total, "limit": limit, "offset": offset, "has_more": offset + len(page) < total}
