from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.request_another_attempt_request import RequestAnotherAttemptRequest
from ...models.request_another_attempt_response import RequestAnotherAttemptResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RequestAnotherAttemptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-result-request-another-attempt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RequestAnotherAttemptResponse | None:
    if response.status_code == 200:
        response_200 = RequestAnotherAttemptResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | RequestAnotherAttemptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestAnotherAttemptRequest,
) -> Response[Error | RequestAnotherAttemptResponse]:
    """Request another interview attempt

     Marks a submitted (active + completed) interview result as unsuccessful so the candidate can retake
    it. Resets the result to draft and clears the recruiter decision.

    Args:
        body (RequestAnotherAttemptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestAnotherAttemptResponse]
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
    body: RequestAnotherAttemptRequest,
) -> Error | RequestAnotherAttemptResponse | None:
    """Request another interview attempt

     Marks a submitted (active + completed) interview result as unsuccessful so the candidate can retake
    it. Resets the result to draft and clears the recruiter decision.

    Args:
        body (RequestAnotherAttemptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestAnotherAttemptResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestAnotherAttemptRequest,
) -> Response[Error | RequestAnotherAttemptResponse]:
    """Request another interview attempt

     Marks a submitted (active + completed) interview result as unsuccessful so the candidate can retake
    it. Resets the result to draft and clears the recruiter decision.

    Args:
        body (RequestAnotherAttemptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestAnotherAttemptResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RequestAnotherAttemptRequest,
) -> Error | RequestAnotherAttemptResponse | None:
    """Request another interview attempt

     Marks a submitted (active + completed) interview result as unsuccessful so the candidate can retake
    it. Resets the result to draft and clears the recruiter decision.

    Args:
        body (RequestAnotherAttemptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestAnotherAttemptResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
