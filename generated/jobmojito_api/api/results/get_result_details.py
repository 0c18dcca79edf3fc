from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_result_details_get_signed_recordings import (
    GetResultDetailsGetSignedRecordings,
)
from ...models.job_interview_details_response import JobInterviewDetailsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    interview_result_id: UUID,
    get_signed_recordings: GetResultDetailsGetSignedRecordings | Unset = "false",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_interview_result_id = str(interview_result_id)
    params["interview_result_id"] = json_interview_result_id

    json_get_signed_recordings: str | Unset = UNSET
    if not isinstance(get_signed_recordings, Unset):
        json_get_signed_recordings = get_signed_recordings

    params["get_signed_recordings"] = json_get_signed_recordings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/job-interview-details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobInterviewDetailsResponse | None:
    if response.status_code == 200:
        response_200 = JobInterviewDetailsResponse.from_dict(response.json())

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
) -> Response[Error | JobInterviewDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    interview_result_id: UUID,
    get_signed_recordings: GetResultDetailsGetSignedRecordings | Unset = "false",
) -> Response[Error | JobInterviewDetailsResponse]:
    """Get interview result details with transcript

     Returns an interview result with its full transcript and AI assessment. Optionally attaches signed
    recording URLs.

    Args:
        interview_result_id (UUID): The interview result to fetch the transcript and details for.
            Example: 93c98d21-e04d-4a84-9afa-ed154cf73636.
        get_signed_recordings (GetResultDetailsGetSignedRecordings | Unset): When true, includes
            short-lived signed recording URLs for the session, the video introduction, and each
            transcript answer. Default: 'false'. Example: false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewDetailsResponse]
    """

    kwargs = _get_kwargs(
        interview_result_id=interview_result_id,
        get_signed_recordings=get_signed_recordings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    interview_result_id: UUID,
    get_signed_recordings: GetResultDetailsGetSignedRecordings | Unset = "false",
) -> Error | JobInterviewDetailsResponse | None:
    """Get interview result details with transcript

     Returns an interview result with its full transcript and AI assessment. Optionally attaches signed
    recording URLs.

    Args:
        interview_result_id (UUID): The interview result to fetch the transcript and details for.
            Example: 93c98d21-e04d-4a84-9afa-ed154cf73636.
        get_signed_recordings (GetResultDetailsGetSignedRecordings | Unset): When true, includes
            short-lived signed recording URLs for the session, the video introduction, and each
            transcript answer. Default: 'false'. Example: false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewDetailsResponse
    """

    return sync_detailed(
        client=client,
        interview_result_id=interview_result_id,
        get_signed_recordings=get_signed_recordings,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    interview_result_id: UUID,
    get_signed_recordings: GetResultDetailsGetSignedRecordings | Unset = "false",
) -> Response[Error | JobInterviewDetailsResponse]:
    """Get interview result details with transcript

     Returns an interview result with its full transcript and AI assessment. Optionally attaches signed
    recording URLs.

    Args:
        interview_result_id (UUID): The interview result to fetch the transcript and details for.
            Example: 93c98d21-e04d-4a84-9afa-ed154cf73636.
        get_signed_recordings (GetResultDetailsGetSignedRecordings | Unset): When true, includes
            short-lived signed recording URLs for the session, the video introduction, and each
            transcript answer. Default: 'false'. Example: false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewDetailsResponse]
    """

    kwargs = _get_kwargs(
        interview_result_id=interview_result_id,
        get_signed_recordings=get_signed_recordings,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    interview_result_id: UUID,
    get_signed_recordings: GetResultDetailsGetSignedRecordings | Unset = "false",
) -> Error | JobInterviewDetailsResponse | None:
    """Get interview result details with transcript

     Returns an interview result with its full transcript and AI assessment. Optionally attaches signed
    recording URLs.

    Args:
        interview_result_id (UUID): The interview result to fetch the transcript and details for.
            Example: 93c98d21-e04d-4a84-9afa-ed154cf73636.
        get_signed_recordings (GetResultDetailsGetSignedRecordings | Unset): When true, includes
            short-lived signed recording URLs for the session, the video introduction, and each
            transcript answer. Default: 'false'. Example: false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            interview_result_id=interview_result_id,
            get_signed_recordings=get_signed_recordings,
        )
    ).parsed
