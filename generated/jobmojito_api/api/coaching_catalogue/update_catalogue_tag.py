from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue_tag_update_request import CatalogueTagUpdateRequest
from ...models.catalogue_tag_update_response import CatalogueTagUpdateResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CatalogueTagUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/catalogue-tag-update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogueTagUpdateResponse | Error | None:
    if response.status_code == 200:
        response_200 = CatalogueTagUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[CatalogueTagUpdateResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CatalogueTagUpdateRequest,
) -> Response[CatalogueTagUpdateResponse | Error]:
    """Update a coaching catalogue directory

     Updates a directory (page) of the coaching portal catalogue. Only the fields present in the request
    body are written — everything else keeps its current value, and sending null clears a nullable
    field. Use it to rename a directory, re-point which sessions it lists (`tags_interview_set_filter`),
    re-order or replace its sub-directories (`tags_sub`), or author its custom Markdown page
    (`content_md`).

    Args:
        body (CatalogueTagUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagUpdateResponse | Error]
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
    body: CatalogueTagUpdateRequest,
) -> CatalogueTagUpdateResponse | Error | None:
    """Update a coaching catalogue directory

     Updates a directory (page) of the coaching portal catalogue. Only the fields present in the request
    body are written — everything else keeps its current value, and sending null clears a nullable
    field. Use it to rename a directory, re-point which sessions it lists (`tags_interview_set_filter`),
    re-order or replace its sub-directories (`tags_sub`), or author its custom Markdown page
    (`content_md`).

    Args:
        body (CatalogueTagUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagUpdateResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CatalogueTagUpdateRequest,
) -> Response[CatalogueTagUpdateResponse | Error]:
    """Update a coaching catalogue directory

     Updates a directory (page) of the coaching portal catalogue. Only the fields present in the request
    body are written — everything else keeps its current value, and sending null clears a nullable
    field. Use it to rename a directory, re-point which sessions it lists (`tags_interview_set_filter`),
    re-order or replace its sub-directories (`tags_sub`), or author its custom Markdown page
    (`content_md`).

    Args:
        body (CatalogueTagUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagUpdateResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CatalogueTagUpdateRequest,
) -> CatalogueTagUpdateResponse | Error | None:
    """Update a coaching catalogue directory

     Updates a directory (page) of the coaching portal catalogue. Only the fields present in the request
    body are written — everything else keeps its current value, and sending null clears a nullable
    field. Use it to rename a directory, re-point which sessions it lists (`tags_interview_set_filter`),
    re-order or replace its sub-directories (`tags_sub`), or author its custom Markdown page
    (`content_md`).

    Args:
        body (CatalogueTagUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagUpdateResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
