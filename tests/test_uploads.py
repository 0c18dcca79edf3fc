"""Uploads take bytes, a path, a binary file object or a tuple; anything else is a ValidationError.

What goes on the wire is read back with a MIME parser we did not write (the
standard library's ``email``), and sent to the sandbox, so the parts are
checked as a server sees them.
"""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import Recorder, sync_client

import jobmojito
from jobmojito.sandbox import run_sandbox

CONTENT = b"%PDF-1.4\nhow we work\n"


def sent_form(request: httpx.Request) -> dict[str, Any]:
    """The multipart body as a MIME parser reads it: {field: (file name, content type, bytes) or text}."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + request.read(), policy=email.policy.HTTP)
    assert message.is_multipart()
    out: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True)
        filename = part.get_filename()
        out[str(name)] = (filename, part.get_content_type(), content) if filename else content.decode()
    return out


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    path = tmp_path / "handbook.pdf"
    path.write_bytes(CONTENT)
    return path


def inputs(handbook: Path) -> Iterator[tuple[str, Any, tuple[str, str]]]:
    """(kind, what the caller passes, (file name, content type) the server should see).

    Content alone is named after the field: a part without a file name reads as a text field.
    """
    yield "bytes", CONTENT, ("file", "application/octet-stream")
    yield "str path", str(handbook), ("handbook.pdf", "application/pdf")
    yield "PathLike", handbook, ("handbook.pdf", "application/pdf")
    yield "file object", handbook.open("rb"), ("handbook.pdf", "application/pdf")
    yield "BytesIO", io.BytesIO(CONTENT), ("file", "application/octet-stream")
    yield "(name, content)", ("notes.txt", CONTENT), ("notes.txt", "text/plain")
    yield "(name, content, type)", ("cv", io.BytesIO(CONTENT), "application/pdf"), ("cv", "application/pdf")


def test_every_kind_of_file_input_sends_the_same_part(handbook: Path) -> None:
    for kind, value, (name, content_type) in inputs(handbook):
        recorder = Recorder(httpx.Response(200, json={"document_id": "d"}))
        sync_client(recorder).knowledge_base.upload_document(
            knowledge_base_store_id="kb-1", file=value, name="Handbook"
        )
        form = sent_form(recorder.last)
        assert form["knowledge_base_store_id"] == "kb-1" and form["name"] == "Handbook", kind
        assert form["file"] == (name, content_type, CONTENT), kind
        if hasattr(value, "close"):
            value.close()


def test_the_sandbox_takes_every_kind_of_file_input(handbook: Path) -> None:
    with run_sandbox(seed=3) as sandbox, jobmojito.JobMojito(token="t", base_url=sandbox.base_url) as jm:
        for kind, value, _expected in inputs(handbook):
            uploaded = jm.knowledge_base.upload_document(knowledge_base_store_id="kb-1", file=value)
            assert uploaded is not None, kind


@pytest.mark.parametrize(
    ("value", "rule", "words"),
    [
        (12345, "type", "must be bytes, a path, a binary file object or a (filename, content[, media type]) tuple"),
        ("/no/such/handbook.pdf", "file", "is a path that cannot be read"),
        (("a", "b", "c", "d"), "type", "got 4 items"),
        (("cv.pdf", "text, not bytes"), "type", "content must be bytes or a binary file object"),
        ((7, CONTENT), "type", "file name must be a string"),
        (io.StringIO("text"), "type", "binary mode"),
        ({"name": "cv"}, "type", "got dict"),
    ],
    ids=["int", "missing path", "long tuple", "text content", "bad name", "text file", "dict"],
)
def test_anything_else_is_a_validation_error_naming_the_field_and_nothing_is_sent(
    value: Any, rule: str, words: str
) -> None:
    recorder = Recorder(httpx.Response(200, json={"document_id": "d"}))
    with pytest.raises(jobmojito.ValidationError) as caught:
        sync_client(recorder).knowledge_base.upload_document(knowledge_base_store_id="kb-1", file=value)
    assert (caught.value.field, caught.value.rule) == ("file", rule)
    assert words in str(caught.value) and "knowledge_base.upload_document" in str(caught.value)
    assert recorder.requests == []


def test_a_text_file_opened_from_disk_is_refused(handbook: Path) -> None:
    recorder = Recorder(httpx.Response(200, json={"document_id": "d"}))
    with handbook.open("r", encoding="latin-1") as text, pytest.raises(jobmojito.ValidationError, match="binary"):
        sync_client(recorder).knowledge_base.upload_document(knowledge_base_store_id="kb-1", file=text)
    assert recorder.requests == []


def test_a_retried_upload_sends_the_whole_file_again(handbook: Path) -> None:
    recorder = Recorder(httpx.Response(503, text="busy"), httpx.Response(200, json={"document_id": "d"}))
    jm = sync_client(recorder, retry_policy=jobmojito.RetryPolicy(max_retries=1, initial_delay=0.0))
    with handbook.open("rb") as handle:
        jm.knowledge_base.upload_document(knowledge_base_store_id="kb-1", file=handle)
    first, second = (sent_form(r)["file"] for r in recorder.requests)
    assert first == second and first[2] == CONTENT


def test_a_resume_is_screened_from_a_file_too(handbook: Path) -> None:
    recorder = Recorder(httpx.Response(200, json={"status": "early_exit", "reason": "x"}))
    sync_client(recorder, validate_requests=False).screening.screen_resume_file(
        position_id="p-1", candidate_name="Ann", candidate_email="ann@example.com", file=handbook
    )
    form = sent_form(recorder.last)
    assert form["file"] == ("handbook.pdf", "application/pdf", CONTENT)
    assert form["candidate_email"] == "ann@example.com"


def test_a_generated_file_object_still_works(handbook: Path) -> None:
    from jobmojito_api.types import File

    recorder = Recorder(httpx.Response(200, json={"document_id": "d"}))
    with handbook.open("rb") as handle:
        sync_client(recorder).knowledge_base.upload_document(
            knowledge_base_store_id="kb-1", file=File(payload=handle, file_name="h.pdf", mime_type="application/pdf")
        )
    assert sent_form(recorder.last)["file"] == ("h.pdf", "application/pdf", CONTENT)
