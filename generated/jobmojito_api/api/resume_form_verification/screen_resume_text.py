from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pre_screening_not_applicable import PreScreeningNotApplicable
from ...models.pre_screening_resume_text_request import PreScreeningResumeTextRequest
from ...models.pre_screening_resume_text_response import PreScreeningResumeTextResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PreScreeningResumeTextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-pre-screening-api-resume-text",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PreScreeningNotApplicable | PreScreeningResumeTextResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PreScreeningResumeTextResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PreScreeningNotApplicable.from_dict(data)

            return response_200_type_1

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
) -> Response[Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreScreeningResumeTextRequest,
) -> Response[Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse]:
    """Run pre-screening on a plaintext resume

     Stores a plaintext candidate resume, runs AI pre-screening against the position definition, records
    the result and returns the AI recommendation and analysis. If the candidate is not in the pre-
    screening candidate_action state, an early `{ decision_status, message }` object is returned with
    HTTP 200.

    Args:
        body (PreScreeningResumeTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse]
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
    body: PreScreeningResumeTextRequest,
) -> Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse | None:
    """Run pre-screening on a plaintext resume

     Stores a plaintext candidate resume, runs AI pre-screening against the position definition, records
    the result and returns the AI recommendation and analysis. If the candidate is not in the pre-
    screening candidate_action state, an early `{ decision_status, message }` object is returned with
    HTTP 200.

    Args:
        body (PreScreeningResumeTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreScreeningResumeTextRequest,
) -> Response[Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse]:
    """Run pre-screening on a plaintext resume

     Stores a plaintext candidate resume, runs AI pre-screening against the position definition, records
    the result and returns the AI recommendation and analysis. If the candidate is not in the pre-
    screening candidate_action state, an early `{ decision_status, message }` object is returned with
    HTTP 200.

    Args:
        body (PreScreeningResumeTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreScreeningResumeTextRequest,
) -> Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse | None:
    """Run pre-screening on a plaintext resume

     Stores a plaintext candidate resume, runs AI pre-screening against the position definition, records
    the result and returns the AI recommendation and analysis. If the candidate is not in the pre-
    screening candidate_action state, an early `{ decision_status, message }` object is returned with
    HTTP 200.

    Args:
        body (PreScreeningResumeTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreScreeningNotApplicable | PreScreeningResumeTextResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
