from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.merchant_status import MerchantStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_merchant_id: str | Unset = UNSET
    if not isinstance(merchant_id, Unset):
        json_merchant_id = str(merchant_id)
    params["merchant_id"] = json_merchant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/merchant-status",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MerchantStatus | None:
    if response.status_code == 200:
        response_200 = MerchantStatus.from_dict(response.json())

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
) -> Response[Error | MerchantStatus]:
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
) -> Response[Error | MerchantStatus]:
    """Get merchant status

     Status snapshot for a merchant: interview-credit balances, subscription type/status, pending-work
    counts (undecided / ongoing / uncredited interviews), candidate & result totals with 14-day history,
    and invitation headroom. Scoped to your token's merchant (or a merchant_id override for admins /
    sub-merchant operators). Also echoes the caller's profile_id and default_merchant_id from the token,
    plus the effective merchant_id.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantStatus]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
) -> Error | MerchantStatus | None:
    """Get merchant status

     Status snapshot for a merchant: interview-credit balances, subscription type/status, pending-work
    counts (undecided / ongoing / uncredited interviews), candidate & result totals with 14-day history,
    and invitation headroom. Scoped to your token's merchant (or a merchant_id override for admins /
    sub-merchant operators). Also echoes the caller's profile_id and default_merchant_id from the token,
    plus the effective merchant_id.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantStatus
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
) -> Response[Error | MerchantStatus]:
    """Get merchant status

     Status snapshot for a merchant: interview-credit balances, subscription type/status, pending-work
    counts (undecided / ongoing / uncredited interviews), candidate & result totals with 14-day history,
    and invitation headroom. Scoped to your token's merchant (or a merchant_id override for admins /
    sub-merchant operators). Also echoes the caller's profile_id and default_merchant_id from the token,
    plus the effective merchant_id.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MerchantStatus]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    merchant_id: UUID | Unset = UNSET,
) -> Error | MerchantStatus | None:
    """Get merchant status

     Status snapshot for a merchant: interview-credit balances, subscription type/status, pending-work
    counts (undecided / ongoing / uncredited interviews), candidate & result totals with 14-day history,
    and invitation headroom. Scoped to your token's merchant (or a merchant_id override for admins /
    sub-merchant operators). Also echoes the caller's profile_id and default_merchant_id from the token,
    plus the effective merchant_id.

    Args:
        merchant_id (UUID | Unset): Optional merchant to scope to. Admins and sub-merchant
            operators only; other callers always use their token's merchant. Example:
            28106cba-1c27-4e53-b149-32113e5e8e31.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MerchantStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
        )
    ).parsed
