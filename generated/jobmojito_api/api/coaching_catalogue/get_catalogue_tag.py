from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue_tag_get_response import CatalogueTagGetResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str,
    merchant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalogue-tag-get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogueTagGetResponse | Error | None:
    if response.status_code == 200:
        response_200 = CatalogueTagGetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[CatalogueTagGetResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
    merchant_id: UUID | Unset = UNSET,
) -> Response[CatalogueTagGetResponse | Error]:
    """Get a coaching catalogue directory

     Reads one catalogue directory in full: its settings, its custom Markdown page (`content_md`), the
    sub-directories it nests, and the coaching sessions its `tags_interview_set_filter` currently
    matches. Read a directory before updating it — `content_md`, `tags_sub` and
    `tags_interview_set_filter` are replaced wholesale by catalogue-tag-update, so you need the current
    value to extend rather than overwrite it.

    Args:
        id (str): Id of the catalogue directory to read (the catalogue URL segment). Example:
            sales-coaching-en.
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagGetResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        merchant_id=merchant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str,
    merchant_id: UUID | Unset = UNSET,
) -> CatalogueTagGetResponse | Error | None:
    """Get a coaching catalogue directory

     Reads one catalogue directory in full: its settings, its custom Markdown page (`content_md`), the
    sub-directories it nests, and the coaching sessions its `tags_interview_set_filter` currently
    matches. Read a directory before updating it — `content_md`, `tags_sub` and
    `tags_interview_set_filter` are replaced wholesale by catalogue-tag-update, so you need the current
    value to extend rather than overwrite it.

    Args:
        id (str): Id of the catalogue directory to read (the catalogue URL segment). Example:
            sales-coaching-en.
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagGetResponse | Error
    """

    return sync_detailed(
        client=client,
        id=id,
        merchant_id=merchant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
    merchant_id: UUID | Unset = UNSET,
) -> Response[CatalogueTagGetResponse | Error]:
    """Get a coaching catalogue directory

     Reads one catalogue directory in full: its settings, its custom Markdown page (`content_md`), the
    sub-directories it nests, and the coaching sessions its `tags_interview_set_filter` currently
    matches. Read a directory before updating it — `content_md`, `tags_sub` and
    `tags_interview_set_filter` are replaced wholesale by catalogue-tag-update, so you need the current
    value to extend rather than overwrite it.

    Args:
        id (str): Id of the catalogue directory to read (the catalogue URL segment). Example:
            sales-coaching-en.
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagGetResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        merchant_id=merchant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str,
    merchant_id: UUID | Unset = UNSET,
) -> CatalogueTagGetResponse | Error | None:
    """Get a coaching catalogue directory

     Reads one catalogue directory in full: its settings, its custom Markdown page (`content_md`), the
    sub-directories it nests, and the coaching sessions its `tags_interview_set_filter` currently
    matches. Read a directory before updating it — `content_md`, `tags_sub` and
    `tags_interview_set_filter` are replaced wholesale by catalogue-tag-update, so you need the current
    value to extend rather than overwrite it.

    Args:
        id (str): Id of the catalogue directory to read (the catalogue URL segment). Example:
            sales-coaching-en.
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagGetResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            merchant_id=merchant_id,
        )
    ).parsed
