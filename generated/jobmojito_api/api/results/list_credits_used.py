from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.merchant_credits_used_response import MerchantCreditsUsedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    json_interview_id: str | Unset = UNSET
    if not isinstance(interview_id, Unset):
        json_interview_id = str(interview_id)
    params["interview_id"] = json_interview_id

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
        "url": "/merchant-analytics-credits-used",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MerchantCreditsUsedResponse | None:
    if response.status_code == 200:
        response_200 = MerchantCreditsUsedResponse.from_dict(response.json())

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
) -> Response[Error | MerchantCreditsUsedResponse]:
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
    interview_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantCreditsUsedResponse]:
    """Get merchant credit usage

     Per-event credit-usage ledger for a merchant: every billable analytics event (interview, pre-
    screening, public avatar, simulation, …) that consumed credits, ordered most recent first. Scoped to
    your token's merchant, or a merchant_id override for admins / sub-merchant operators. The credits
    consumed by each event are in stats.credit_amount. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        interview_id (UUID | Unset): Optional interview (interview_def_set) or position
            (position_def_set) id to drill the credit-usage ledger down to a single interview or
            position. The type is detected automatically: for a position the response combines pre-
            screening and interview-result credits across the whole position; for an interview it
            returns that interview's credit events (including simulations and report translations).
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantCreditsUsedResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        interview_id=interview_id,
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
    interview_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantCreditsUsedResponse | None:
    """Get merchant credit usage

     Per-event credit-usage ledger for a merchant: every billable analytics event (interview, pre-
    screening, public avatar, simulation, …) that consumed credits, ordered most recent first. Scoped to
    your token's merchant, or a merchant_id override for admins / sub-merchant operators. The credits
    consumed by each event are in stats.credit_amount. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        interview_id (UUID | Unset): Optional interview (interview_def_set) or position
            (position_def_set) id to drill the credit-usage ledger down to a single interview or
            position. The type is detected automatically: for a position the response combines pre-
            screening and interview-result credits across the whole position; for an interview it
            returns that interview's credit events (including simulations and report translations).
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantCreditsUsedResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        interview_id=interview_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[Error | MerchantCreditsUsedResponse]:
    """Get merchant credit usage

     Per-event credit-usage ledger for a merchant: every billable analytics event (interview, pre-
    screening, public avatar, simulation, …) that consumed credits, ordered most recent first. Scoped to
    your token's merchant, or a merchant_id override for admins / sub-merchant operators. The credits
    consumed by each event are in stats.credit_amount. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        interview_id (UUID | Unset): Optional interview (interview_def_set) or position
            (position_def_set) id to drill the credit-usage ledger down to a single interview or
            position. The type is detected automatically: for a position the response combines pre-
            screening and interview-result credits across the whole position; for an interview it
            returns that interview's credit events (including simulations and report translations).
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantCreditsUsedResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        interview_id=interview_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
    interview_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Error | MerchantCreditsUsedResponse | None:
    """Get merchant credit usage

     Per-event credit-usage ledger for a merchant: every billable analytics event (interview, pre-
    screening, public avatar, simulation, …) that consumed credits, ordered most recent first. Scoped to
    your token's merchant, or a merchant_id override for admins / sub-merchant operators. The credits
    consumed by each event are in stats.credit_amount. Capped at 1000 records per page.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.
        interview_id (UUID | Unset): Optional interview (interview_def_set) or position
            (position_def_set) id to drill the credit-usage ledger down to a single interview or
            position. The type is detected automatically: for a position the response combines pre-
            screening and interview-result credits across the whole position; for an interview it
            returns that interview's credit events (including simulations and report translations).
        limit (int | Unset): Maximum number of records to return (1–1000). Default: 50. Example:
            50.
        offset (int | None | Unset): Number of records to skip from the start of the result set.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantCreditsUsedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            interview_id=interview_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
