from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.knowledge_base_document_upload_multipart import (
    KnowledgeBaseDocumentUploadMultipart,
)
from ...models.knowledge_base_document_upload_response import (
    KnowledgeBaseDocumentUploadResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: KnowledgeBaseDocumentUploadMultipart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/knowledge-base-document-upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KnowledgeBaseDocumentUploadResponse | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseDocumentUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KnowledgeBaseDocumentUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KnowledgeBaseDocumentUploadMultipart,
) -> Response[Error | KnowledgeBaseDocumentUploadResponse]:
    """Upload a knowledge base document

     Uploads a document to a knowledge base store and queues it for processing. Accepts the file either
    as multipart/form-data (binary `file`) or as application/json (base64 `file`).

    Args:
        body (KnowledgeBaseDocumentUploadMultipart):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeBaseDocumentUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: KnowledgeBaseDocumentUploadMultipart,
) -> Error | KnowledgeBaseDocumentUploadResponse | None:
    """Upload a knowledge base document

     Uploads a document to a knowledge base store and queues it for processing. Accepts the file either
    as multipart/form-data (binary `file`) or as application/json (base64 `file`).

    Args:
        body (KnowledgeBaseDocumentUploadMultipart):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeBaseDocumentUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KnowledgeBaseDocumentUploadMultipart,
) -> Response[Error | KnowledgeBaseDocumentUploadResponse]:
    """Upload a knowledge base document

     Uploads a document to a knowledge base store and queues it for processing. Accepts the file either
    as multipart/form-data (binary `file`) or as application/json (base64 `file`).

    Args:
        body (KnowledgeBaseDocumentUploadMultipart):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeBaseDocumentUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KnowledgeBaseDocumentUploadMultipart,
) -> Error | KnowledgeBaseDocumentUploadResponse | None:
    """Upload a knowledge base document

     Uploads a document to a knowledge base store and queues it for processing. Accepts the file either
    as multipart/form-data (binary `file`) or as application/json (base64 `file`).

    Args:
        body (KnowledgeBaseDocumentUploadMultipart):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeBaseDocumentUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
