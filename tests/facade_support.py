"""Helpers for facade tests: a client on httpx.MockTransport that records requests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from jobmojito import AsyncJobMojito, JobMojito

TOKEN = "test-token-0f9a8b7c"
BASE = "https://api.test/functions/v1"

Handler = Callable[[httpx.Request], httpx.Response]

INTERVIEW = {
    "name": "Project manager",
    "location": "remote",
    "interview_template_id": "baa3bf7c-6926-46fd-9005-16738a31f72d",
    "mojito_language_code": "en",
    "status": "active",
    "type": "interview",
    "visibility": "merchant_public",
}
LANGUAGE = {
    "code": "en",
    "name_english": "English",
    "name_local": "English",
    "flag_image": "https://cdn.example/flags/gb.svg",
    "flag_emoji": "🇬🇧",
    "flag_unicode": "U+1F1EC U+1F1E7",
    "coaching_interface": True,
    "interview_interface": True,
    "admin_interface": True,
    "accents": [{"code": "en-GB", "name": "British"}],
}
LANGUAGES = {"languages": [LANGUAGE]}
CREATED = {"interview_def_set_id": "def-1", "questions_generated": 8, "max_duration": 1800}


class Recorder:
    """A MockTransport handler that answers from a script and records requests."""

    def __init__(self, *answers: httpx.Response | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer(request) if callable(answer) else answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def sync_client(recorder: Recorder, **options: Any) -> JobMojito:
    transport = httpx.MockTransport(recorder)
    return JobMojito(token=TOKEN, base_url=BASE, http_client=httpx.Client(transport=transport), **options)


def async_client(recorder: Recorder, **options: Any) -> AsyncJobMojito:
    transport = httpx.MockTransport(recorder)
    return AsyncJobMojito(token=TOKEN, base_url=BASE, http_client=httpx.AsyncClient(transport=transport), **options)


def page(items: list[dict[str, Any]], *, offset: int, total: int, limit: int = 2) -> httpx.Response:
    has_more = offset + len(items) < total
    return httpx.Response(
        200,
        json={"data": items, "pagination": {"total": total, "limit": limit, "offset": offset, "has_more": has_more}},
    )
