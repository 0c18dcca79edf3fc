"""What a caller writes, checked with ``mypy --strict`` as a caller's code would be; never run.

``make typecheck`` (and ``make check``) include this file, and
``tests/test_typing.py`` runs mypy on it too. ``assert_type`` fails the check
when a call's static type drifts; a ``type: ignore`` that stops being needed
fails too (``warn_unused_ignores``). No line here exists only to please the
types: a required response field is a plain ``str``, a union a request field
selects is narrowed, optional fields narrow with ``is not None``.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from jobmojito_api.models import (
    HTMLExport,
    JobInterviewCreateResponse,
    JobInterviewGetResponse,
    JobInterviewPdfRequestExportType,
    JobInterviewSetStateEmbed,
    JobInterviewSetStateSuccess,
    JSONExport,
    MerchantResultListResponse,
    MerchantResultListResponseDataItem,
    PDFExport,
)

from jobmojito import NOT_GIVEN, APIResponse, AsyncJobMojito, AsyncPager, JobMojito, SyncPager

TEMPLATE = "baa3bf7c-6926-46fd-9005-16738a31f72d"


def create_and_report(jm: JobMojito) -> str:
    created = jm.interviews.create(
        name="Project manager",
        location="remote",
        interview_template_id=TEMPLATE,
        mojito_language_code="en",
        status="active",
        type="interview",
        visibility="merchant_public",
        seniority_level=None,  # JSON null: the document allows it
        interview_type=None,  # not sent (the document does not allow null here)
        recording=NOT_GIVEN,  # not sent
    )
    assert_type(created, JobInterviewCreateResponse)
    interview_id: str = created.interview_def_set_id  # required in the document: a str
    key: str | None = created.embed_signing_key  # optional: str | None, no Unset
    if key is not None:
        assert_type(key, str)
    report = jm.results.create_report(export_type="pdf", interview_result_id=TEMPLATE)
    assert_type(report, PDFExport)
    url: str = jm.results.create_report(export_type="pdf", interview_result_id=TEMPLATE).pdf_export_url
    assert_type(jm.results.create_report(export_type="html"), HTMLExport)
    assert_type(jm.results.create_report(export_type="json"), JSONExport)
    chosen: JobInterviewPdfRequestExportType = "pdf"  # known only at run time
    assert_type(jm.results.create_report(export_type=chosen), HTMLExport | JSONExport | PDFExport)
    text: str = "pdf"
    jm.results.create_report(export_type=text)  # type: ignore[call-overload]
    assert_type(jm.interviews.set_state(position_id=TEMPLATE, is_embedded=True), JobInterviewSetStateEmbed)
    assert_type(jm.interviews.set_state(position_id=TEMPLATE, status="archived"), JobInterviewSetStateSuccess)
    return interview_id + url


def read(jm: JobMojito) -> None:
    assert_type(jm.interviews.get(position_id="p"), JobInterviewGetResponse)
    assert_type(jm.results.list(limit=100), SyncPager[MerchantResultListResponseDataItem])
    for result in jm.results.list():
        assert_type(result, MerchantResultListResponseDataItem)
        assert_type(result.id, str)
        if result.candidate_name is not None:
            assert_type(result.candidate_name, str)
    assert_type(jm.results.list_page(limit=10), MerchantResultListResponse)
    assert_type(jm.with_options(timeout=5), JobMojito)
    jm.results.get(interview_result_id=TEMPLATE, timeout=30.0, extra_headers={"X-Trace": "1"})
    jm.results.get(interview_result_id=TEMPLATE, deadline=30.0)
    jm.results.get(interview_result_id=TEMPLATE, deadline=None)
    jm.results.get(interview_result_id=TEMPLATE, deadline="30")  # type: ignore[arg-type]
    assert_type(jm.with_options(deadline=None, max_response_bytes=1 << 20), JobMojito)
    assert_type(JobMojito(deadline=60.0, max_response_bytes=1 << 26), JobMojito)
    for item in jm.results.list(deadline=5.0):
        assert_type(item, MerchantResultListResponseDataItem)


def raw(jm: JobMojito) -> None:
    get = jm.with_raw_response(jm.interviews.get)
    response = get(position_id="p")
    assert_type(response, APIResponse[JobInterviewGetResponse])
    assert_type(response.parse(), JobInterviewGetResponse)
    page = jm.with_raw_response(jm.results.list_page)(limit=10)
    assert_type(page.parse(), MerchantResultListResponse)


def uploads(jm: JobMojito, folder: Path) -> None:
    jm.knowledge_base.upload_document(knowledge_base_store_id="kb", file=b"%PDF-1.4")
    jm.knowledge_base.upload_document(knowledge_base_store_id="kb", file=folder / "handbook.pdf")
    jm.knowledge_base.upload_document(knowledge_base_store_id="kb", file=str(folder / "handbook.pdf"))
    with (folder / "handbook.pdf").open("rb") as handle:
        jm.knowledge_base.upload_document(knowledge_base_store_id="kb", file=handle)
    jm.knowledge_base.upload_document(knowledge_base_store_id="kb", file=("handbook.pdf", b"%PDF", "application/pdf"))


def mistakes(jm: JobMojito) -> None:
    jm.interviews.get(position_id=5)  # type: ignore[arg-type]
    jm.interviews.get()  # type: ignore[call-arg]
    jm.results.list(limit="ten")  # type: ignore[arg-type]
    jm.interviews.create(name="PM", seniorty_level="senior")  # type: ignore[call-arg]
    jm.results.list_page().data[0].candidate_nam  # type: ignore[attr-defined]  # noqa: B018


async def async_calls(ajm: AsyncJobMojito) -> None:
    created = await ajm.interviews.create(
        name="PM",
        location="remote",
        interview_template_id=TEMPLATE,
        mojito_language_code="en",
        status="active",
        type="interview",
        visibility="merchant_invite",
    )
    assert_type(created, JobInterviewCreateResponse)
    assert_type(ajm.results.list(), AsyncPager[MerchantResultListResponseDataItem])
    async for result in ajm.results.list(max_items=3):
        assert_type(result, MerchantResultListResponseDataItem)
    assert_type(await ajm.results.create_report(export_type="pdf"), PDFExport)
    response = await ajm.with_raw_response(ajm.results.list_page)()
    assert_type(response, APIResponse[MerchantResultListResponse])
