from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue_tag_create_request import CatalogueTagCreateRequest
from ...models.catalogue_tag_create_response import CatalogueTagCreateResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CatalogueTagCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/catalogue-tag-create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogueTagCreateResponse | Error | None:
    if response.status_code == 200:
        response_200 = CatalogueTagCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[CatalogueTagCreateResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CatalogueTagCreateRequest,
) -> Response[CatalogueTagCreateResponse | Error]:
    """Create a coaching catalogue directory

     Creates a directory (page) in the coaching portal catalogue. A directory nests other directories
    through `tags_sub`, lists coaching sessions through `tags_interview_set_filter`, and can replace the
    default grid with a custom Markdown page through `content_md`. The id you choose is the catalogue
    URL segment and cannot be changed afterwards.

    Args:
        body (CatalogueTagCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagCreateResponse | Error]
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
    body: CatalogueTagCreateRequest,
) -> CatalogueTagCreateResponse | Error | None:
    """Create a coaching catalogue directory

     Creates a directory (page) in the coaching portal catalogue. A directory nests other directories
    through `tags_sub`, lists coaching sessions through `tags_interview_set_filter`, and can replace the
    default grid with a custom Markdown page through `content_md`. The id you choose is the catalogue
    URL segment and cannot be changed afterwards.

    Args:
        body (CatalogueTagCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagCreateResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CatalogueTagCreateRequest,
) -> Response[CatalogueTagCreateResponse | Error]:
    """Create a coaching catalogue directory

     Creates a directory (page) in the coaching portal catalogue. A directory nests other directories
    through `tags_sub`, lists coaching sessions through `tags_interview_set_filter`, and can replace the
    default grid with a custom Markdown page through `content_md`. The id you choose is the catalogue
    URL segment and cannot be changed afterwards.

    Args:
        body (CatalogueTagCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagCreateResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CatalogueTagCreateRequest,
) -> CatalogueTagCreateResponse | Error | None:
    """Create a coaching catalogue directory

     Creates a directory (page) in the coaching portal catalogue. A directory nests other directories
    through `tags_sub`, lists coaching sessions through `tags_interview_set_filter`, and can replace the
    default grid with a custom Markdown page through `content_md`. The id you choose is the catalogue
    URL segment and cannot be changed afterwards.

    Args:
        body (CatalogueTagCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagCreateResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
