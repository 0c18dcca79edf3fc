from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_results_order_by import (
    ListResultsOrderBy,
)
from ...models.list_results_step import ListResultsStep
from ...models.list_results_tab import ListResultsTab
from ...models.list_results_type import ListResultsType
from ...models.merchant_result_list_response import MerchantResultListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    type_: ListResultsType | Unset = "interview",
    tab: ListResultsTab | Unset = UNSET,
    step: ListResultsStep | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    profile_interview_id: UUID | Unset = UNSET,
    risks: str | Unset = UNSET,
    order_by: ListResultsOrderBy | Unset = "created_at_newest",
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

    json_tab: str | Unset = UNSET
    if not isinstance(tab, Unset):
        json_tab = tab

    params["tab"] = json_tab

    json_step: str | Unset = UNSET
    if not isinstance(step, Unset):
        json_step = step

    params["step"] = json_step

    json_interview_id: str | Unset = UNSET
    if not isinstance(interview_id, Unset):
        json_interview_id = str(interview_id)
    params["interview_id"] = json_interview_id

    json_profile_interview_id: str | Unset = UNSET
    if not isinstance(profile_interview_id, Unset):
        json_profile_interview_id = str(profile_interview_id)
    params["profile_interview_id"] = json_profile_interview_id

    params["risks"] = risks

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
        "url": "/merchant-result-list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MerchantResultListResponse | None:
    if response.status_code == 200:
        response_200 = MerchantResultListResponse.from_dict(response.json())

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
) -> Response[Error | MerchantResultListResponse]:
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
    type_: ListResultsType | Unset = "interview",
    tab: ListResultsTab | Unset = UNSET,
    step: ListResultsStep | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    profile_interview_id: UUID | Unset = UNSET,
    risks: str | Unset = UNSET,
    order_by: ListResultsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantResultListResponse]:
    """List interview results

     Paginated list of a merchant's interview results (the admin-portal results list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListResultsType | Unset): Product type of results to list. Default: 'interview'.
            Example: interview.
        tab (ListResultsTab | Unset): Filter by decision/completion state. Omit (or empty) to
            include all. Example: undecided.
        step (ListResultsStep | Unset): Filter by pipeline step (pre-screening vs interview). Omit
            for both. Example: interview.
        interview_id (UUID | Unset): Filter to a single interview definition id.
        profile_interview_id (UUID | Unset): Filter to a single candidate (profile_interview) id.
        risks (str | Unset): Comma-separated list of recruiter-risk keys to filter by (matches
            any).
        order_by (ListResultsOrderBy | Unset): Sort order of the result set. Default:
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
        Response[Error | MerchantResultListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        type_=type_,
        tab=tab,
        step=step,
        interview_id=interview_id,
        profile_interview_id=profile_interview_id,
        risks=risks,
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
    type_: ListResultsType | Unset = "interview",
    tab: ListResultsTab | Unset = UNSET,
    step: ListResultsStep | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    profile_interview_id: UUID | Unset = UNSET,
    risks: str | Unset = UNSET,
    order_by: ListResultsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantResultListResponse | None:
    """List interview results

     Paginated list of a merchant's interview results (the admin-portal results list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListResultsType | Unset): Product type of results to list. Default: 'interview'.
            Example: interview.
        tab (ListResultsTab | Unset): Filter by decision/completion state. Omit (or empty) to
            include all. Example: undecided.
        step (ListResultsStep | Unset): Filter by pipeline step (pre-screening vs interview). Omit
            for both. Example: interview.
        interview_id (UUID | Unset): Filter to a single interview definition id.
        profile_interview_id (UUID | Unset): Filter to a single candidate (profile_interview) id.
        risks (str | Unset): Comma-separated list of recruiter-risk keys to filter by (matches
            any).
        order_by (ListResultsOrderBy | Unset): Sort order of the result set. Default:
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
        Error | MerchantResultListResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        type_=type_,
        tab=tab,
        step=step,
        interview_id=interview_id,
        profile_interview_id=profile_interview_id,
        risks=risks,
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
    type_: ListResultsType | Unset = "interview",
    tab: ListResultsTab | Unset = UNSET,
    step: ListResultsStep | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    profile_interview_id: UUID | Unset = UNSET,
    risks: str | Unset = UNSET,
    order_by: ListResultsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantResultListResponse]:
    """List interview results

     Paginated list of a merchant's interview results (the admin-portal results list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListResultsType | Unset): Product type of results to list. Default: 'interview'.
            Example: interview.
        tab (ListResultsTab | Unset): Filter by decision/completion state. Omit (or empty) to
            include all. Example: undecided.
        step (ListResultsStep | Unset): Filter by pipeline step (pre-screening vs interview). Omit
            for both. Example: interview.
        interview_id (UUID | Unset): Filter to a single interview definition id.
        profile_interview_id (UUID | Unset): Filter to a single candidate (profile_interview) id.
        risks (str | Unset): Comma-separated list of recruiter-risk keys to filter by (matches
            any).
        order_by (ListResultsOrderBy | Unset): Sort order of the result set. Default:
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
        Response[Error | MerchantResultListResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        type_=type_,
        tab=tab,
        step=step,
        interview_id=interview_id,
        profile_interview_id=profile_interview_id,
        risks=risks,
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
    type_: ListResultsType | Unset = "interview",
    tab: ListResultsTab | Unset = UNSET,
    step: ListResultsStep | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    profile_interview_id: UUID | Unset = UNSET,
    risks: str | Unset = UNSET,
    order_by: ListResultsOrderBy | Unset = "created_at_newest",
    filter_text: str | Unset = UNSET,
    filter_emoji: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantResultListResponse | None:
    """List interview results

     Paginated list of a merchant's interview results (the admin-portal results list), scoped to your
    token's merchant (or a merchant_id override). Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        type_ (ListResultsType | Unset): Product type of results to list. Default: 'interview'.
            Example: interview.
        tab (ListResultsTab | Unset): Filter by decision/completion state. Omit (or empty) to
            include all. Example: undecided.
        step (ListResultsStep | Unset): Filter by pipeline step (pre-screening vs interview). Omit
            for both. Example: interview.
        interview_id (UUID | Unset): Filter to a single interview definition id.
        profile_interview_id (UUID | Unset): Filter to a single candidate (profile_interview) id.
        risks (str | Unset): Comma-separated list of recruiter-risk keys to filter by (matches
            any).
        order_by (ListResultsOrderBy | Unset): Sort order of the result set. Default:
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
        Error | MerchantResultListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            type_=type_,
            tab=tab,
            step=step,
            interview_id=interview_id,
            profile_interview_id=profile_interview_id,
            risks=risks,
            order_by=order_by,
            filter_text=filter_text,
            filter_emoji=filter_emoji,
            limit=limit,
            offset=offset,
        )
    ).parsed
