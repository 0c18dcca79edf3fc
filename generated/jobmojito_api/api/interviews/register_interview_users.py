from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_interview_register_users_request import (
    JobInterviewRegisterUsersRequest,
)
from ...models.job_interview_register_users_response_item import (
    JobInterviewRegisterUsersResponseItem,
)
from ...types import Response


def _get_kwargs(
    *,
    body: JobInterviewRegisterUsersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-register-users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[JobInterviewRegisterUsersResponseItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_job_interview_register_users_response_item_data in _response_200:
            componentsschemas_job_interview_register_users_response_item = (
                JobInterviewRegisterUsersResponseItem.from_dict(
                    componentsschemas_job_interview_register_users_response_item_data
                )
            )

            response_200.append(componentsschemas_job_interview_register_users_response_item)

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
) -> Response[Error | list[JobInterviewRegisterUsersResponseItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewRegisterUsersRequest,
) -> Response[Error | list[JobInterviewRegisterUsersResponseItem]]:
    """Register users for an interview

     Registers (or updates) one or more candidate profiles for an interview and returns a one-time
    interview URL for each. Accepts a Supabase user JWT (merchant/admin) or the service key (merchant_id
    then required).

    Args:
        body (JobInterviewRegisterUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[JobInterviewRegisterUsersResponseItem]]
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
    body: JobInterviewRegisterUsersRequest,
) -> Error | list[JobInterviewRegisterUsersResponseItem] | None:
    """Register users for an interview

     Registers (or updates) one or more candidate profiles for an interview and returns a one-time
    interview URL for each. Accepts a Supabase user JWT (merchant/admin) or the service key (merchant_id
    then required).

    Args:
        body (JobInterviewRegisterUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[JobInterviewRegisterUsersResponseItem]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewRegisterUsersRequest,
) -> Response[Error | list[JobInterviewRegisterUsersResponseItem]]:
    """Register users for an interview

     Registers (or updates) one or more candidate profiles for an interview and returns a one-time
    interview URL for each. Accepts a Supabase user JWT (merchant/admin) or the service key (merchant_id
    then required).

    Args:
        body (JobInterviewRegisterUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[JobInterviewRegisterUsersResponseItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobInterviewRegisterUsersRequest,
) -> Error | list[JobInterviewRegisterUsersResponseItem] | None:
    """Register users for an interview

     Registers (or updates) one or more candidate profiles for an interview and returns a one-time
    interview URL for each. Accepts a Supabase user JWT (merchant/admin) or the service key (merchant_id
    then required).

    Args:
        body (JobInterviewRegisterUsersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[JobInterviewRegisterUsersResponseItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
