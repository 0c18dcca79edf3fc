from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_interview_set_state_request import JobInterviewSetStateRequest
from ...models.job_interview_set_state_response_type_0 import (
    JobInterviewSetStateResponseType0,
)
from ...models.job_interview_set_state_response_type_1 import (
    JobInterviewSetStateResponseType1,
)
from ...types import Response


def _get_kwargs(
    *,
    body: JobInterviewSetStateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-set-state",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1 | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_interview_set_state_response_type_0 = JobInterviewSetStateResponseType0.from_dict(
                    data
                )

                return componentsschemas_job_interview_set_state_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_job_interview_set_state_response_type_1 = JobInterviewSetStateResponseType1.from_dict(
                data
            )

            return componentsschemas_job_interview_set_state_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewSetStateRequest,
) -> Response[Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1]:
    """Set interview state

     Changes the lifecycle status of an interview or position (draft, active, archived, preparing,
    completed, deleted) and/or manages its embed key. Provide at least one of `status` or `is_embedded`.

    Args:
        body (JobInterviewSetStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1]
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
    body: JobInterviewSetStateRequest,
) -> Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1 | None:
    """Set interview state

     Changes the lifecycle status of an interview or position (draft, active, archived, preparing,
    completed, deleted) and/or manages its embed key. Provide at least one of `status` or `is_embedded`.

    Args:
        body (JobInterviewSetStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewSetStateRequest,
) -> Response[Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1]:
    """Set interview state

     Changes the lifecycle status of an interview or position (draft, active, archived, preparing,
    completed, deleted) and/or manages its embed key. Provide at least one of `status` or `is_embedded`.

    Args:
        body (JobInterviewSetStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobInterviewSetStateRequest,
) -> Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1 | None:
    """Set interview state

     Changes the lifecycle status of an interview or position (draft, active, archived, preparing,
    completed, deleted) and/or manages its embed key. Provide at least one of `status` or `is_embedded`.

    Args:
        body (JobInterviewSetStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewSetStateResponseType0 | JobInterviewSetStateResponseType1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
