from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_avatars_include_archived import (
    ListAvatarsIncludeArchived,
)
from ...models.list_avatars_include_public import (
    ListAvatarsIncludePublic,
)
from ...models.list_avatars_status import ListAvatarsStatus
from ...models.list_avatars_type import ListAvatarsType
from ...models.merchant_avatar_list_response import MerchantAvatarListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    type_: ListAvatarsType | Unset = UNSET,
    status: ListAvatarsStatus | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    include_archived: ListAvatarsIncludeArchived | Unset = "false",
    include_public: ListAvatarsIncludePublic | Unset = "false",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["mojito_language_code"] = mojito_language_code

    params["filter_text"] = filter_text

    json_include_archived: str | Unset = UNSET
    if not isinstance(include_archived, Unset):
        json_include_archived = include_archived

    params["include_archived"] = json_include_archived

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
        "url": "/merchant-avatar-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MerchantAvatarListResponse | None:
    if response.status_code == 200:
        response_200 = MerchantAvatarListResponse.from_dict(response.json())

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
) -> Response[Error | MerchantAvatarListResponse]:
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
    type_: ListAvatarsType | Unset = UNSET,
    status: ListAvatarsStatus | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    include_archived: ListAvatarsIncludeArchived | Unset = "false",
    include_public: ListAvatarsIncludePublic | Unset = "false",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantAvatarListResponse]:
    """List avatar templates

     Paginated list of a merchant's avatar templates (the admin-portal avatars list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListAvatarsType | Unset): Filter by avatar template type. Omit for all. Example:
            interactive_heygen.
        status (ListAvatarsStatus | Unset): Filter by status. Omit for all except archived (see
            include_archived). Example: active.
        mojito_language_code (str | Unset): Filter by platform language code.
        filter_text (str | Unset): Case-insensitive search on template name or voice language
            name.
        include_archived (ListAvatarsIncludeArchived | Unset): Include archived templates
            (excluded by default). Default: 'false'. Example: false.
        include_public (ListAvatarsIncludePublic | Unset): Also include public templates shared
            across merchants, in addition to this merchant's own. Default: 'false'. Example: false.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantAvatarListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        type_=type_,
        status=status,
        mojito_language_code=mojito_language_code,
        filter_text=filter_text,
        include_archived=include_archived,
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
    type_: ListAvatarsType | Unset = UNSET,
    status: ListAvatarsStatus | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    include_archived: ListAvatarsIncludeArchived | Unset = "false",
    include_public: ListAvatarsIncludePublic | Unset = "false",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantAvatarListResponse | None:
    """List avatar templates

     Paginated list of a merchant's avatar templates (the admin-portal avatars list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListAvatarsType | Unset): Filter by avatar template type. Omit for all. Example:
            interactive_heygen.
        status (ListAvatarsStatus | Unset): Filter by status. Omit for all except archived (see
            include_archived). Example: active.
        mojito_language_code (str | Unset): Filter by platform language code.
        filter_text (str | Unset): Case-insensitive search on template name or voice language
            name.
        include_archived (ListAvatarsIncludeArchived | Unset): Include archived templates
            (excluded by default). Default: 'false'. Example: false.
        include_public (ListAvatarsIncludePublic | Unset): Also include public templates shared
            across merchants, in addition to this merchant's own. Default: 'false'. Example: false.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantAvatarListResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        type_=type_,
        status=status,
        mojito_language_code=mojito_language_code,
        filter_text=filter_text,
        include_archived=include_archived,
        include_public=include_public,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    type_: ListAvatarsType | Unset = UNSET,
    status: ListAvatarsStatus | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    include_archived: ListAvatarsIncludeArchived | Unset = "false",
    include_public: ListAvatarsIncludePublic | Unset = "false",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantAvatarListResponse]:
    """List avatar templates

     Paginated list of a merchant's avatar templates (the admin-portal avatars list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListAvatarsType | Unset): Filter by avatar template type. Omit for all. Example:
            interactive_heygen.
        status (ListAvatarsStatus | Unset): Filter by status. Omit for all except archived (see
            include_archived). Example: active.
        mojito_language_code (str | Unset): Filter by platform language code.
        filter_text (str | Unset): Case-insensitive search on template name or voice language
            name.
        include_archived (ListAvatarsIncludeArchived | Unset): Include archived templates
            (excluded by default). Default: 'false'. Example: false.
        include_public (ListAvatarsIncludePublic | Unset): Also include public templates shared
            across merchants, in addition to this merchant's own. Default: 'false'. Example: false.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantAvatarListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        type_=type_,
        status=status,
        mojito_language_code=mojito_language_code,
        filter_text=filter_text,
        include_archived=include_archived,
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
    type_: ListAvatarsType | Unset = UNSET,
    status: ListAvatarsStatus | Unset = UNSET,
    mojito_language_code: str | Unset = UNSET,
    filter_text: str | Unset = UNSET,
    include_archived: ListAvatarsIncludeArchived | Unset = "false",
    include_public: ListAvatarsIncludePublic | Unset = "false",
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantAvatarListResponse | None:
    """List avatar templates

     Paginated list of a merchant's avatar templates (the admin-portal avatars list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListAvatarsType | Unset): Filter by avatar template type. Omit for all. Example:
            interactive_heygen.
        status (ListAvatarsStatus | Unset): Filter by status. Omit for all except archived (see
            include_archived). Example: active.
        mojito_language_code (str | Unset): Filter by platform language code.
        filter_text (str | Unset): Case-insensitive search on template name or voice language
            name.
        include_archived (ListAvatarsIncludeArchived | Unset): Include archived templates
            (excluded by default). Default: 'false'. Example: false.
        include_public (ListAvatarsIncludePublic | Unset): Also include public templates shared
            across merchants, in addition to this merchant's own. Default: 'false'. Example: false.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantAvatarListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            type_=type_,
            status=status,
            mojito_language_code=mojito_language_code,
            filter_text=filter_text,
            include_archived=include_archived,
            include_public=include_public,
            limit=limit,
            offset=offset,
        )
    ).parsed
