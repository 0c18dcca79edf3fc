"""Steps of a sandbox flow that several test modules take: invite candidates, drive and read their results.

``invite`` goes through the SDK (keyword arguments only); the ``_sandbox``
control endpoints are plain httpx calls, as they are no part of the API.
"""

from __future__ import annotations

from typing import Any

import httpx
from facade_support import INTERVIEW

from jobmojito import JobMojito


def invite(jm: JobMojito, count: int = 1, **interview: Any) -> tuple[str, list[str]]:
    """A new interview and ``count`` invited candidates: (interview id, their result ids, oldest first)."""
    interview_id = jm.interviews.create(**{**INTERVIEW, **interview}).interview_def_set_id
    assert isinstance(interview_id, str)
    users = [
        {"name": f"Candidate {i}", "email": f"candidate{i}@example.com", "external_id": f"ext-{i}"}
        for i in range(count)
    ]
    jm.interviews.register_users(interview_id=interview_id, users=users)
    rows = list(jm.results.list(interview_id=interview_id, order_by="created_at_oldest"))
    return interview_id, [str(r.interview_result_id) for r in rows]


def advance(base_url: str, result_id: str, outcome: str, **extra: Any) -> httpx.Response:
    """``POST <base>/_sandbox/results/{id}/advance`` as is (the caller checks the status)."""
    url = f"{base_url}/_sandbox/results/{result_id}/advance"
    return httpx.post(url, json={"outcome": outcome, **extra}, timeout=10)


def update(base_url: str, result_id: str, **changes: Any) -> httpx.Response:
    """``POST <base>/_sandbox/results/{id}/update`` as is."""
    return httpx.post(f"{base_url}/_sandbox/results/{result_id}/update", json=changes, timeout=10)


def control(base_url: str, result_id: str, action: str, body: dict[str, Any]) -> dict[str, Any]:
    """A control call that must succeed: its answer, ``{"phase", "attempt", "result"}``."""
    response = httpx.post(f"{base_url}/_sandbox/results/{result_id}/{action}", json=body, timeout=10)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def state(base_url: str, result_id: str) -> dict[str, Any]:
    """``GET <base>/_sandbox/results/{id}``: phase, attempt and webhook payload."""
    response = httpx.get(f"{base_url}/_sandbox/results/{result_id}", timeout=10)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
