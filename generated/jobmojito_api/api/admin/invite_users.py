from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invite_users_request import InviteUsersRequest
from ...models.invite_users_response_item import InviteUsersResponseItem
from ...types import Response


def _get_kwargs(
    *,
    body: InviteUsersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invite-users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[InviteUsersResponseItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_invite_users_response_item_data in _response_200:
            componentsschemas_invite_users_response_item = InviteUsersResponseItem.from_dict(
                componentsschemas_invite_users_response_item_data
            )

            response_200.append(componentsschemas_invite_users_response_item)

        return response_200

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
) -> Response[Error | list[InviteUsersResponseItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteUsersRequest,
) -> Response[Error | list[InviteUsersResponseItem]]:
    """Invite admin / merchant-team or coaching users

     Invites people to a merchant account and emails each one an invitation. Use it to add **admin /
    merchant-team users** who manage the recruiting dashboard (`merchant_owner`, `merchant`,
    `merchant_selection`), **coaching-portal users** (`user`, `mentor`), or **interview candidates**
    (`candidate`). Candidate invites require an `interview_id` and are gated by the merchant's available
    interview credits; admin and coaching invites are not. Each user in the array is processed
    independently and returned with an individual result, so one failure does not block the rest.
    Callable with a merchant JWT (merchant_owner/merchant/admin) or a service-role key (requires
    merchant_id).

    Args:
        body (InviteUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[InviteUsersResponseItem]]
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
    body: InviteUsersRequest,
) -> Error | list[InviteUsersResponseItem] | None:
    """Invite admin / merchant-team or coaching users

     Invites people to a merchant account and emails each one an invitation. Use it to add **admin /
    merchant-team users** who manage the recruiting dashboard (`merchant_owner`, `merchant`,
    `merchant_selection`), **coaching-portal users** (`user`, `mentor`), or **interview candidates**
    (`candidate`). Candidate invites require an `interview_id` and are gated by the merchant's available
    interview credits; admin and coaching invites are not. Each user in the array is processed
    independently and returned with an individual result, so one failure does not block the rest.
    Callable with a merchant JWT (merchant_owner/merchant/admin) or a service-role key (requires
    merchant_id).

    Args:
        body (InviteUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[InviteUsersResponseItem]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteUsersRequest,
) -> Response[Error | list[InviteUsersResponseItem]]:
    """Invite admin / merchant-team or coaching users

     Invites people to a merchant account and emails each one an invitation. Use it to add **admin /
    merchant-team users** who manage the recruiting dashboard (`merchant_owner`, `merchant`,
    `merchant_selection`), **coaching-portal users** (`user`, `mentor`), or **interview candidates**
    (`candidate`). Candidate invites require an `interview_id` and are gated by the merchant's available
    interview credits; admin and coaching invites are not. Each user in the array is processed
    independently and returned with an individual result, so one failure does not block the rest.
    Callable with a merchant JWT (merchant_owner/merchant/admin) or a service-role key (requires
    merchant_id).

    Args:
        body (InviteUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[InviteUsersResponseItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InviteUsersRequest,
) -> Error | list[InviteUsersResponseItem] | None:
    """Invite admin / merchant-team or coaching users

     Invites people to a merchant account and emails each one an invitation. Use it to add **admin /
    merchant-team users** who manage the recruiting dashboard (`merchant_owner`, `merchant`,
    `merchant_selection`), **coaching-portal users** (`user`, `mentor`), or **interview candidates**
    (`candidate`). Candidate invites require an `interview_id` and are gated by the merchant's available
    interview credits; admin and coaching invites are not. Each user in the array is processed
    independently and returned with an individual result, so one failure does not block the rest.
    Callable with a merchant JWT (merchant_owner/merchant/admin) or a service-role key (requires
    merchant_id).

    Args:
        body (InviteUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[InviteUsersResponseItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
