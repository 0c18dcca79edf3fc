from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue_tag_list_response import CatalogueTagListResponse
from ...models.error import Error
from ...models.list_catalogue_tags_include_public import (
    ListCatalogueTagsIncludePublic,
)
from ...models.list_catalogue_tags_status import (
    ListCatalogueTagsStatus,
)
from ...models.list_catalogue_tags_visibility import (
    ListCatalogueTagsVisibility,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    status: ListCatalogueTagsStatus | Unset = UNSET,
    visibility: ListCatalogueTagsVisibility | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    parent_tag: str | Unset = UNSET,
    include_public: ListCatalogueTagsIncludePublic | Unset = "true",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_visibility: str | Unset = UNSET
    if not isinstance(visibility, Unset):
        json_visibility = visibility

    params["visibility"] = json_visibility

    params["mojito_language_code"] = mojito_language_code

    params["filter_text"] = filter_text

    params["parent_tag"] = parent_tag

    json_include_public: str | Unset = UNSET
    if not isinstance(include_public, Unset):
        json_include_public = include_public

    params["include_public"] = json_include_public

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalogue-tag-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogueTagListResponse | Error | None:
    if response.status_code == 200:
        response_200 = CatalogueTagListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[CatalogueTagListResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    status: ListCatalogueTagsStatus | Unset = UNSET,
    visibility: ListCatalogueTagsVisibility | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    parent_tag: str | Unset = UNSET,
    include_public: ListCatalogueTagsIncludePublic | Unset = "true",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[CatalogueTagListResponse | Error]:
    """List coaching catalogue directories

     Paginated list of the coaching-catalogue directories visible to you: your merchant's own, plus the
    platform-wide `public` ones unless you set include_public=false. Use it to find a directory id
    before updating one, to pick a `parent_tag`, or to walk the tree with `parent_tag`. The custom
    Markdown page is not included — fetch it per directory with catalogue-tag-get.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        status (ListCatalogueTagsStatus | Unset): Filter by lifecycle status. Omit to include
            every status you can see (deleted directories are never returned). Example: active.
        visibility (ListCatalogueTagsVisibility | Unset): Filter by visibility. Example:
            merchant_public.
        mojito_language_code (str | Unset): Filter by the directory language (a platform-
            languages.json code, e.g. `en`).
        filter_text (str | Unset): Case-insensitive search on the directory id, name and
            description.
        parent_tag (str | Unset): Return only the directories nested directly under this one (its
            `tags_sub`), in the parent's own order. Combine with the other filters to narrow further.
        include_public (ListCatalogueTagsIncludePublic | Unset): Include the platform-wide
            `public` directories shared across merchants. Default: 'true'. Example: true.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagListResponse | Error]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        status=status,
        visibility=visibility,
        mojito_language_code=mojito_language_code,
        filter_text=filter_text,
        parent_tag=parent_tag,
        include_public=include_public,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    status: ListCatalogueTagsStatus | Unset = UNSET,
    visibility: ListCatalogueTagsVisibility | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    parent_tag: str | Unset = UNSET,
    include_public: ListCatalogueTagsIncludePublic | Unset = "true",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> CatalogueTagListResponse | Error | None:
    """List coaching catalogue directories

     Paginated list of the coaching-catalogue directories visible to you: your merchant's own, plus the
    platform-wide `public` ones unless you set include_public=false. Use it to find a directory id
    before updating one, to pick a `parent_tag`, or to walk the tree with `parent_tag`. The custom
    Markdown page is not included — fetch it per directory with catalogue-tag-get.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        status (ListCatalogueTagsStatus | Unset): Filter by lifecycle status. Omit to include
            every status you can see (deleted directories are never returned). Example: active.
        visibility (ListCatalogueTagsVisibility | Unset): Filter by visibility. Example:
            merchant_public.
        mojito_language_code (str | Unset): Filter by the directory language (a platform-
            languages.json code, e.g. `en`).
        filter_text (str | Unset): Case-insensitive search on the directory id, name and
            description.
        parent_tag (str | Unset): Return only the directories nested directly under this one (its
            `tags_sub`), in the parent's own order. Combine with the other filters to narrow further.
        include_public (ListCatalogueTagsIncludePublic | Unset): Include the platform-wide
            `public` directories shared across merchants. Default: 'true'. Example: true.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagListResponse | Error
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        status=status,
        visibility=visibility,
        mojito_language_code=mojito_language_code,
        filter_text=filter_text,
        parent_tag=parent_tag,
        include_public=include_public,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    status: ListCatalogueTagsStatus | Unset = UNSET,
    visibility: ListCatalogueTagsVisibility | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    parent_tag: str | Unset = UNSET,
    include_public: ListCatalogueTagsIncludePublic | Unset = "true",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[CatalogueTagListResponse | Error]:
    """List coaching catalogue directories

     Paginated list of the coaching-catalogue directories visible to you: your merchant's own, plus the
    platform-wide `public` ones unless you set include_public=false. Use it to find a directory id
    before updating one, to pick a `parent_tag`, or to walk the tree with `parent_tag`. The custom
    Markdown page is not included — fetch it per directory with catalogue-tag-get.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        status (ListCatalogueTagsStatus | Unset): Filter by lifecycle status. Omit to include
            every status you can see (deleted directories are never returned). Example: active.
        visibility (ListCatalogueTagsVisibility | Unset): Filter by visibility. Example:
            merchant_public.
        mojito_language_code (str | Unset): Filter by the directory language (a platform-
            languages.json code, e.g. `en`).
        filter_text (str | Unset): Case-insensitive search on the directory id, name and
            description.
        parent_tag (str | Unset): Return only the directories nested directly under this one (its
            `tags_sub`), in the parent's own order. Combine with the other filters to narrow further.
        include_public (ListCatalogueTagsIncludePublic | Unset): Include the platform-wide
            `public` directories shared across merchants. Default: 'true'. Example: true.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogueTagListResponse | Error]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        status=status,
        visibility=visibility,
        mojito_language_code=mojito_language_code,
        filter_text=filter_text,
        parent_tag=parent_tag,
        include_public=include_public,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    status: ListCatalogueTagsStatus | Unset = UNSET,
    visibility: ListCatalogueTagsVisibility | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    parent_tag: str | Unset = UNSET,
    include_public: ListCatalogueTagsIncludePublic | Unset = "true",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> CatalogueTagListResponse | Error | None:
    """List coaching catalogue directories

     Paginated list of the coaching-catalogue directories visible to you: your merchant's own, plus the
    platform-wide `public` ones unless you set include_public=false. Use it to find a directory id
    before updating one, to pick a `parent_tag`, or to walk the tree with `parent_tag`. The custom
    Markdown page is not included — fetch it per directory with catalogue-tag-get.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        status (ListCatalogueTagsStatus | Unset): Filter by lifecycle status. Omit to include
            every status you can see (deleted directories are never returned). Example: active.
        visibility (ListCatalogueTagsVisibility | Unset): Filter by visibility. Example:
            merchant_public.
        mojito_language_code (str | Unset): Filter by the directory language (a platform-
            languages.json code, e.g. `en`).
        filter_text (str | Unset): Case-insensitive search on the directory id, name and
            description.
        parent_tag (str | Unset): Return only the directories nested directly under this one (its
            `tags_sub`), in the parent's own order. Combine with the other filters to narrow further.
        include_public (ListCatalogueTagsIncludePublic | Unset): Include the platform-wide
            `public` directories shared across merchants. Default: 'true'. Example: true.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogueTagListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            status=status,
            visibility=visibility,
            mojito_language_code=mojito_language_code,
            filter_text=filter_text,
            parent_tag=parent_tag,
            include_public=include_public,
            limit=limit,
            offset=offset,
        )
    ).parsed
