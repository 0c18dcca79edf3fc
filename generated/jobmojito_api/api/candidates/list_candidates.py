from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_candidates_order_by import (
    ListCandidatesOrderBy,
)
from ...models.list_candidates_source import (
    ListCandidatesSource,
)
from ...models.list_candidates_tab import ListCandidatesTab
from ...models.merchant_candidate_list_response import MerchantCandidateListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    tab: ListCandidatesTab | Unset = UNSET,
    source: ListCandidatesSource | Unset = UNSET,
    order_by: ListCandidatesOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    json_tab: str | Unset = UNSET
    if not isinstance(tab, Unset):
        json_tab = tab

    params["tab"] = json_tab

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params["filter_text"] = filter_text

    params["filter_emoji"] = filter_emoji

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
        "url": "/merchant-candidate-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MerchantCandidateListResponse | None:
    if response.status_code == 200:
        response_200 = MerchantCandidateListResponse.from_dict(response.json())

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
) -> Response[Error | MerchantCandidateListResponse]:
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
    tab: ListCandidatesTab | Unset = UNSET,
    source: ListCandidatesSource | Unset = UNSET,
    order_by: ListCandidatesOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantCandidateListResponse]:
    """List candidates

     Paginated list of a merchant's candidates (the admin-portal candidates list), scoped to your token's
    merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        tab (ListCandidatesTab | Unset): Filter candidates by recent activity. Omit (or empty) to
            include all. Example: interview.
        source (ListCandidatesSource | Unset): Filter by how the candidate entered: invited or
            self-registered. Omit for both. Example: registered.
        order_by (ListCandidatesOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on candidate name or email.
        filter_emoji (str | Unset): Filter by the candidate emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantCandidateListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        tab=tab,
        source=source,
        order_by=order_by,
        filter_text=filter_text,
        filter_emoji=filter_emoji,
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
    tab: ListCandidatesTab | Unset = UNSET,
    source: ListCandidatesSource | Unset = UNSET,
    order_by: ListCandidatesOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantCandidateListResponse | None:
    """List candidates

     Paginated list of a merchant's candidates (the admin-portal candidates list), scoped to your token's
    merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        tab (ListCandidatesTab | Unset): Filter candidates by recent activity. Omit (or empty) to
            include all. Example: interview.
        source (ListCandidatesSource | Unset): Filter by how the candidate entered: invited or
            self-registered. Omit for both. Example: registered.
        order_by (ListCandidatesOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on candidate name or email.
        filter_emoji (str | Unset): Filter by the candidate emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantCandidateListResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        tab=tab,
        source=source,
        order_by=order_by,
        filter_text=filter_text,
        filter_emoji=filter_emoji,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    tab: ListCandidatesTab | Unset = UNSET,
    source: ListCandidatesSource | Unset = UNSET,
    order_by: ListCandidatesOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantCandidateListResponse]:
    """List candidates

     Paginated list of a merchant's candidates (the admin-portal candidates list), scoped to your token's
    merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        tab (ListCandidatesTab | Unset): Filter candidates by recent activity. Omit (or empty) to
            include all. Example: interview.
        source (ListCandidatesSource | Unset): Filter by how the candidate entered: invited or
            self-registered. Omit for both. Example: registered.
        order_by (ListCandidatesOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on candidate name or email.
        filter_emoji (str | Unset): Filter by the candidate emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantCandidateListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        tab=tab,
        source=source,
        order_by=order_by,
        filter_text=filter_text,
        filter_emoji=filter_emoji,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    tab: ListCandidatesTab | Unset = UNSET,
    source: ListCandidatesSource | Unset = UNSET,
    order_by: ListCandidatesOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantCandidateListResponse | None:
    """List candidates

     Paginated list of a merchant's candidates (the admin-portal candidates list), scoped to your token's
    merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        tab (ListCandidatesTab | Unset): Filter candidates by recent activity. Omit (or empty) to
            include all. Example: interview.
        source (ListCandidatesSource | Unset): Filter by how the candidate entered: invited or
            self-registered. Omit for both. Example: registered.
        order_by (ListCandidatesOrderBy | Unset): Sort order of the result set. Default:
            'created_at_newest'. Example: created_at_newest.
        filter_text (str | Unset): Case-insensitive search on candidate name or email.
        filter_emoji (str | Unset): Filter by the candidate emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantCandidateListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            tab=tab,
            source=source,
            order_by=order_by,
            filter_text=filter_text,
            filter_emoji=filter_emoji,
            limit=limit,
            offset=offset,
        )
    ).parsed
