from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_interview_create_for_candidate_with_token_request import (
    JobInterviewCreateForCandidateWithTokenRequest,
)
from ...models.job_interview_create_for_candidate_with_token_response import (
    JobInterviewCreateForCandidateWithTokenResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: JobInterviewCreateForCandidateWithTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-create-for-candidate-with-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobInterviewCreateForCandidateWithTokenResponse | None:
    if response.status_code == 200:
        response_200 = JobInterviewCreateForCandidateWithTokenResponse.from_dict(response.json())

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
) -> Response[Error | JobInterviewCreateForCandidateWithTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewCreateForCandidateWithTokenRequest,
) -> Response[Error | JobInterviewCreateForCandidateWithTokenResponse]:
    """Create an interview for a candidate and return an access token URL

     Creates (or resolves an existing) position and interview for a merchant, enrols the candidate, runs
    pre-screening, and returns a tokenised interview URL. Position fields are required only when
    position_def_set_id is not provided.

    Args:
        body (JobInterviewCreateForCandidateWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewCreateForCandidateWithTokenResponse]
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
    body: JobInterviewCreateForCandidateWithTokenRequest,
) -> Error | JobInterviewCreateForCandidateWithTokenResponse | None:
    """Create an interview for a candidate and return an access token URL

     Creates (or resolves an existing) position and interview for a merchant, enrols the candidate, runs
    pre-screening, and returns a tokenised interview URL. Position fields are required only when
    position_def_set_id is not provided.

    Args:
        body (JobInterviewCreateForCandidateWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewCreateForCandidateWithTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewCreateForCandidateWithTokenRequest,
) -> Response[Error | JobInterviewCreateForCandidateWithTokenResponse]:
    """Create an interview for a candidate and return an access token URL

     Creates (or resolves an existing) position and interview for a merchant, enrols the candidate, runs
    pre-screening, and returns a tokenised interview URL. Position fields are required only when
    position_def_set_id is not provided.

    Args:
        body (JobInterviewCreateForCandidateWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewCreateForCandidateWithTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobInterviewCreateForCandidateWithTokenRequest,
) -> Error | JobInterviewCreateForCandidateWithTokenResponse | None:
    """Create an interview for a candidate and return an access token URL

     Creates (or resolves an existing) position and interview for a merchant, enrols the candidate, runs
    pre-screening, and returns a tokenised interview URL. Position fields are required only when
    position_def_set_id is not provided.

    Args:
        body (JobInterviewCreateForCandidateWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewCreateForCandidateWithTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
