"""Request models built by keyword, response models read from JSON data (``from_dict``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from jobmojito_api.models import JobInterviewCreateRequest, JobInterviewCreateResponse

from .hiring import TEMPLATE_ID


def create_request(title: str) -> dict[str, Any]:
    """The body of interviews.create, built as a model (what a queue of jobs might store)."""
    request = JobInterviewCreateRequest(
        name=title,
        location="Remote",
        interview_template_id=UUID(TEMPLATE_ID),
        mojito_language_code="en",
        status="active",
        type_="interview",
        visibility="merchant_invite",
    )
    return request.to_dict()


def created_id(data: Mapping[str, Any]) -> str:
    """A stored answer of interviews.create, read back."""
    created = JobInterviewCreateResponse.from_dict(data)
    key: str | None = created.embed_signing_key
    return created.interview_def_set_id + ("" if key is None else " (embedded)")
