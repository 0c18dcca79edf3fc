from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_interviews_show_demo import (
    ListInterviewsShowDemo,
)
from ...models.list_interviews_show_public import (
    ListInterviewsShowPublic,
)
from ...models.list_interviews_status import (
    ListInterviewsStatus,
)
from ...models.list_interviews_type import (
    ListInterviewsType,
)
from ...models.merchant_interview_list_response import MerchantInterviewListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    type_: ListInterviewsType | Unset = "interview",
    status: ListInterviewsStatus | Unset = UNSET,
    show_public: ListInterviewsShowPublic | Unset = "false",
    show_demo: ListInterviewsShowDemo | Unset = "false",
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

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_show_public: str | Unset = UNSET
    if not isinstance(show_public, Unset):
        json_show_public = show_public

    params["show_public"] = json_show_public

    json_show_demo: str | Unset = UNSET
    if not isinstance(show_demo, Unset):
        json_show_demo = show_demo

    params["show_demo"] = json_show_demo

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
        "url": "/merchant-interview-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MerchantInterviewListResponse | None:
    if response.status_code == 200:
        response_200 = MerchantInterviewListResponse.from_dict(response.json())

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
) -> Response[Error | MerchantInterviewListResponse]:
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
    type_: ListInterviewsType | Unset = "interview",
    status: ListInterviewsStatus | Unset = UNSET,
    show_public: ListInterviewsShowPublic | Unset = "false",
    show_demo: ListInterviewsShowDemo | Unset = "false",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantInterviewListResponse]:
    """List interview definitions

     Paginated list of a merchant's interview definitions (the admin-portal interview list), scoped to
    your token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListInterviewsType | Unset): Product type of interviews to list. Default:
            'interview'. Example: interview.
        status (ListInterviewsStatus | Unset): Filter by lifecycle status. Omit to include all
            statuses. Example: active.
        show_public (ListInterviewsShowPublic | Unset): Include interviews shared publicly across
            merchants (coaching/avatars). Default: 'false'. Example: false.
        show_demo (ListInterviewsShowDemo | Unset): Include demo/sample interviews. Default:
            'false'. Example: false.
        filter_text (str | Unset): Case-insensitive search on the interview name.
        filter_emoji (str | Unset): Filter by the interview emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantInterviewListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        type_=type_,
        status=status,
        show_public=show_public,
        show_demo=show_demo,
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
    type_: ListInterviewsType | Unset = "interview",
    status: ListInterviewsStatus | Unset = UNSET,
    show_public: ListInterviewsShowPublic | Unset = "false",
    show_demo: ListInterviewsShowDemo | Unset = "false",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantInterviewListResponse | None:
    """List interview definitions

     Paginated list of a merchant's interview definitions (the admin-portal interview list), scoped to
    your token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListInterviewsType | Unset): Product type of interviews to list. Default:
            'interview'. Example: interview.
        status (ListInterviewsStatus | Unset): Filter by lifecycle status. Omit to include all
            statuses. Example: active.
        show_public (ListInterviewsShowPublic | Unset): Include interviews shared publicly across
            merchants (coaching/avatars). Default: 'false'. Example: false.
        show_demo (ListInterviewsShowDemo | Unset): Include demo/sample interviews. Default:
            'false'. Example: false.
        filter_text (str | Unset): Case-insensitive search on the interview name.
        filter_emoji (str | Unset): Filter by the interview emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantInterviewListResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        type_=type_,
        status=status,
        show_public=show_public,
        show_demo=show_demo,
        filter_text=filter_text,
        filter_emoji=filter_emoji,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    type_: ListInterviewsType | Unset = "interview",
    status: ListInterviewsStatus | Unset = UNSET,
    show_public: ListInterviewsShowPublic | Unset = "false",
    show_demo: ListInterviewsShowDemo | Unset = "false",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantInterviewListResponse]:
    """List interview definitions

     Paginated list of a merchant's interview definitions (the admin-portal interview list), scoped to
    your token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListInterviewsType | Unset): Product type of interviews to list. Default:
            'interview'. Example: interview.
        status (ListInterviewsStatus | Unset): Filter by lifecycle status. Omit to include all
            statuses. Example: active.
        show_public (ListInterviewsShowPublic | Unset): Include interviews shared publicly across
            merchants (coaching/avatars). Default: 'false'. Example: false.
        show_demo (ListInterviewsShowDemo | Unset): Include demo/sample interviews. Default:
            'false'. Example: false.
        filter_text (str | Unset): Case-insensitive search on the interview name.
        filter_emoji (str | Unset): Filter by the interview emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantInterviewListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        type_=type_,
        status=status,
        show_public=show_public,
        show_demo=show_demo,
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
    type_: ListInterviewsType | Unset = "interview",
    status: ListInterviewsStatus | Unset = UNSET,
    show_public: ListInterviewsShowPublic | Unset = "false",
    show_demo: ListInterviewsShowDemo | Unset = "false",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantInterviewListResponse | None:
    """List interview definitions

     Paginated list of a merchant's interview definitions (the admin-portal interview list), scoped to
    your token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListInterviewsType | Unset): Product type of interviews to list. Default:
            'interview'. Example: interview.
        status (ListInterviewsStatus | Unset): Filter by lifecycle status. Omit to include all
            statuses. Example: active.
        show_public (ListInterviewsShowPublic | Unset): Include interviews shared publicly across
            merchants (coaching/avatars). Default: 'false'. Example: false.
        show_demo (ListInterviewsShowDemo | Unset): Include demo/sample interviews. Default:
            'false'. Example: false.
        filter_text (str | Unset): Case-insensitive search on the interview name.
        filter_emoji (str | Unset): Filter by the interview emoji marker.
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantInterviewListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            type_=type_,
            status=status,
            show_public=show_public,
            show_demo=show_demo,
            filter_text=filter_text,
            filter_emoji=filter_emoji,
            limit=limit,
            offset=offset,
        )
    ).parsed
