"""Open a position and invite candidates (interviews.create, interviews.register_users)."""

from __future__ import annotations

from collections.abc import Sequence

from jobmojito_api.models import JobInterviewCreateResponse, JobInterviewRegisterUsersResponseItem

from jobmojito import JobMojito

# The template of the document's example.
TEMPLATE_ID = "baa3bf7c-6926-46fd-9005-16738a31f72d"


def open_position(jm: JobMojito, title: str) -> str:
    created: JobInterviewCreateResponse = jm.interviews.create(
        name=title,
        location="Remote",
        interview_template_id=TEMPLATE_ID,
        mojito_language_code="en",
        status="active",
        type="interview",
        visibility="merchant_invite",
    )
    interview_id: str = created.interview_def_set_id
    return interview_id


def invite(jm: JobMojito, interview_id: str, people: Sequence[tuple[str, str]]) -> list[str]:
    """Register each (name, e-mail) and return their interview URLs."""
    users = [{"name": name, "email": email, "external_id": f"downstream-{i}"} for i, (name, email) in enumerate(people)]
    rows: list[JobInterviewRegisterUsersResponseItem] = jm.interviews.register_users(
        interview_id=interview_id, users=users, send_email=False, is_test=True
    )
    return [row.interview_url or "" for row in rows]
