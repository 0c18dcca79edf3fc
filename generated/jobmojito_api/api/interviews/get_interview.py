from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_interview_get_response import JobInterviewGetResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    position_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_position_id = str(position_id)
    params["position_id"] = json_position_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/job-interview-get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobInterviewGetResponse | None:
    if response.status_code == 200:
        response_200 = JobInterviewGetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | JobInterviewGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    position_id: UUID,
) -> Response[Error | JobInterviewGetResponse]:
    """Get interview definition

     Retrieves the interview definition for a given interview-definition id or position id. Returns the
    compiled `calc_definition_json`, the ordered `questions` array (in the same format job-interview-
    create-from-array accepts, so it round-trips into job-interview-update) plus basic metadata. Access
    is subject to the caller's row-level security.

    Args:
        position_id (UUID): Identifier of either an interview definition (single-stage) or a
            position definition (multi-stage). The function resolves whichever matches. Example:
            00000000-0000-0000-0000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewGetResponse]
    """

    kwargs = _get_kwargs(
        position_id=position_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    position_id: UUID,
) -> Error | JobInterviewGetResponse | None:
    """Get interview definition

     Retrieves the interview definition for a given interview-definition id or position id. Returns the
    compiled `calc_definition_json`, the ordered `questions` array (in the same format job-interview-
    create-from-array accepts, so it round-trips into job-interview-update) plus basic metadata. Access
    is subject to the caller's row-level security.

    Args:
        position_id (UUID): Identifier of either an interview definition (single-stage) or a
            position definition (multi-stage). The function resolves whichever matches. Example:
            00000000-0000-0000-0000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewGetResponse
    """

    return sync_detailed(
        client=client,
        position_id=position_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    position_id: UUID,
) -> Response[Error | JobInterviewGetResponse]:
    """Get interview definition

     Retrieves the interview definition for a given interview-definition id or position id. Returns the
    compiled `calc_definition_json`, the ordered `questions` array (in the same format job-interview-
    create-from-array accepts, so it round-trips into job-interview-update) plus basic metadata. Access
    is subject to the caller's row-level security.

    Args:
        position_id (UUID): Identifier of either an interview definition (single-stage) or a
            position definition (multi-stage). The function resolves whichever matches. Example:
            00000000-0000-0000-0000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewGetResponse]
    """

    kwargs = _get_kwargs(
        position_id=position_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    position_id: UUID,
) -> Error | JobInterviewGetResponse | None:
    """Get interview definition

     Retrieves the interview definition for a given interview-definition id or position id. Returns the
    compiled `calc_definition_json`, the ordered `questions` array (in the same format job-interview-
    create-from-array accepts, so it round-trips into job-interview-update) plus basic metadata. Access
    is subject to the caller's row-level security.

    Args:
        position_id (UUID): Identifier of either an interview definition (single-stage) or a
            position definition (multi-stage). The function resolves whichever matches. Example:
            00000000-0000-0000-0000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            position_id=position_id,
        )
    ).parsed
