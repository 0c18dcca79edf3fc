from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pre_screening_resume_binary_early_exit import (
    PreScreeningResumeBinaryEarlyExit,
)
from ...models.pre_screening_resume_binary_request import (
    PreScreeningResumeBinaryRequest,
)
from ...models.pre_screening_resume_binary_success import (
    PreScreeningResumeBinarySuccess,
)
from ...types import Response


def _get_kwargs(
    *,
    body: PreScreeningResumeBinaryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-pre-screening-api-resume-binary",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pre_screening_resume_binary_response_type_0 = (
                    PreScreeningResumeBinarySuccess.from_dict(data)
                )

                return componentsschemas_pre_screening_resume_binary_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pre_screening_resume_binary_response_type_1 = PreScreeningResumeBinaryEarlyExit.from_dict(
                data
            )

            return componentsschemas_pre_screening_resume_binary_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreScreeningResumeBinaryRequest,
) -> Response[Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess]:
    """Pre-screen a candidate from a binary resume upload

     Accepts a multipart/form-data upload with candidate details and a binary resume file, converts the
    resume to text, runs AI pre-screening against the position, stores the result, and returns the
    decision.

    Args:
        body (PreScreeningResumeBinaryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess]
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
    body: PreScreeningResumeBinaryRequest,
) -> Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess | None:
    """Pre-screen a candidate from a binary resume upload

     Accepts a multipart/form-data upload with candidate details and a binary resume file, converts the
    resume to text, runs AI pre-screening against the position, stores the result, and returns the
    decision.

    Args:
        body (PreScreeningResumeBinaryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreScreeningResumeBinaryRequest,
) -> Response[Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess]:
    """Pre-screen a candidate from a binary resume upload

     Accepts a multipart/form-data upload with candidate details and a binary resume file, converts the
    resume to text, runs AI pre-screening against the position, stores the result, and returns the
    decision.

    Args:
        body (PreScreeningResumeBinaryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreScreeningResumeBinaryRequest,
) -> Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess | None:
    """Pre-screen a candidate from a binary resume upload

     Accepts a multipart/form-data upload with candidate details and a binary resume file, converts the
    resume to text, runs AI pre-screening against the position, stores the result, and returns the
    decision.

    Args:
        body (PreScreeningResumeBinaryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreScreeningResumeBinaryEarlyExit | PreScreeningResumeBinarySuccess
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
