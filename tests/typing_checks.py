"""Checked by mypy --strict in tests/test_typing.py; never run.

``assert_type`` fails the type check when a call's static type drifts; a
``type: ignore`` that stops being needed fails too (warn_unused_ignores).
"""

from __future__ import annotations

from typing import assert_type

from jobmojito_api.models import (
    JobInterviewCreateResponse,
    JobInterviewGetResponse,
    MerchantResultListResponse,
    MerchantResultListResponseDataItem,
)

from jobmojito import APIResponse, AsyncJobMojito, AsyncPager, JobMojito, SyncPager


def sync_calls(jm: JobMojito) -> None:
    created = jm.interviews.create(
        name="Project manager",
        location="remote",
        interview_template_id="baa3bf7c-6926-46fd-9005-16738a31f72d",
        mojito_language_code="en",
        status="active",
        type="interview",
        visibility="merchant_public",
    )
    assert_type(created, JobInterviewCreateResponse)
    assert_type(created.interview_def_set_id, str | None)
    assert_type(jm.interviews.get(position_id="p"), JobInterviewGetResponse)
    assert_type(jm.results.list(limit=100), SyncPager[MerchantResultListResponseDataItem])
    for result in jm.results.list():
        assert_type(result, MerchantResultListResponseDataItem)
    assert_type(jm.results.list_page(limit=10), MerchantResultListResponse)
    raw = jm.with_raw_response.interviews.get(position_id="p")
    assert_type(raw, APIResponse[JobInterviewGetResponse])
    assert_type(raw.parse(), JobInterviewGetResponse)
    assert_type(jm.with_options(timeout=5), JobMojito)


def sync_mistakes(jm: JobMojito) -> None:
    jm.interviews.get(position_id=5)  # type: ignore[arg-type]
    jm.interviews.get()  # type: ignore[call-arg]
    jm.results.list(limit="ten")  # type: ignore[arg-type]
    jm.interviews.create(name="PM", status="published")  # type: ignore[call-overload]


async def async_calls(ajm: AsyncJobMojito) -> None:
    created = await ajm.interviews.create(
        {"name": "PM", "location": "remote", "interview_template_id": "t", "mojito_language_code": "en"}
    )
    assert_type(created, JobInterviewCreateResponse)
    assert_type(ajm.results.list(), AsyncPager[MerchantResultListResponseDataItem])
    async for result in ajm.results.list(max_items=3):
        assert_type(result, MerchantResultListResponseDataItem)
    raw = await ajm.with_raw_response.results.list_page()
    assert_type(raw, APIResponse[MerchantResultListResponse])
