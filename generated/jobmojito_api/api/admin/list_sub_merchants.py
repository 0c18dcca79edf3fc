from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_sub_merchants_order_by import (
    ListSubMerchantsOrderBy,
)
from ...models.merchant_sub_merchant_list_response import (
    MerchantSubMerchantListResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    order_by: ListSubMerchantsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params["filter_text"] = filter_text

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
        "url": "/merchant-sub-merchant-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MerchantSubMerchantListResponse | None:
    if response.status_code == 200:
        response_200 = MerchantSubMerchantListResponse.from_dict(response.json())

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
) -> Response[Error | MerchantSubMerchantListResponse]:
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
    order_by: ListSubMerchantsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantSubMerchantListResponse]:
    """List sub-merchants

     Paginated list of the sub-merchants the caller administers (the admin-portal sub-merchants list).
    Visibility is enforced by row-level security. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        order_by (ListSubMerchantsOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on the sub-merchant name.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantSubMerchantListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        order_by=order_by,
        filter_text=filter_text,
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
    order_by: ListSubMerchantsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantSubMerchantListResponse | None:
    """List sub-merchants

     Paginated list of the sub-merchants the caller administers (the admin-portal sub-merchants list).
    Visibility is enforced by row-level security. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        order_by (ListSubMerchantsOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on the sub-merchant name.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantSubMerchantListResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        order_by=order_by,
        filter_text=filter_text,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    order_by: ListSubMerchantsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantSubMerchantListResponse]:
    """List sub-merchants

     Paginated list of the sub-merchants the caller administers (the admin-portal sub-merchants list).
    Visibility is enforced by row-level security. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        order_by (ListSubMerchantsOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on the sub-merchant name.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantSubMerchantListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        order_by=order_by,
        filter_text=filter_text,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    order_by: ListSubMerchantsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantSubMerchantListResponse | None:
    """List sub-merchants

     Paginated list of the sub-merchants the caller administers (the admin-portal sub-merchants list).
    Visibility is enforced by row-level security. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        order_by (ListSubMerchantsOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on the sub-merchant name.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantSubMerchantListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            order_by=order_by,
            filter_text=filter_text,
            limit=limit,
            offset=offset,
        )
    ).parsed
