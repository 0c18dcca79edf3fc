from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_interview_update_request import JobInterviewUpdateRequest
from ...models.job_interview_update_response import JobInterviewUpdateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: JobInterviewUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobInterviewUpdateResponse | None:
    if response.status_code == 200:
        response_200 = JobInterviewUpdateResponse.from_dict(response.json())

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
) -> Response[Error | JobInterviewUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewUpdateRequest,
) -> Response[Error | JobInterviewUpdateResponse]:
    """Update an interview or position

     Updates the configuration of an existing interview (single-stage) or position (multi-stage). Only
    the fields present in the request body are written — everything else keeps its current value, and
    sending null clears a nullable field. The question list is only touched when you send `questions`;
    omit that field and the questions are left exactly as they are. When sent, it must be the complete
    list and is applied as a diff against what is stored (matched on external_id, then id, then
    identical content), so unchanged questions keep their existing records, edited ones are unlinked and
    re-created, and dropped ones are unlinked — and re-sending the array job-interview-get returned
    changes nothing. See the field description, and `questions_diff` in the response for what was
    decided. Questions of an interview that is already `active` can only be changed on interactive
    avatar templates, where re-publishing is instant; on the offline (pre-rendered video) templates set
    the interview back to `draft` first. The welcome / thank-you messages and the instructional-video
    screen are stored as steps rather than questions and are never changed here. `mojito_language_code`
    cannot be changed — the existing questions and rendered videos are in the original language — so
    create a new interview to change language. A multi-stage position only carries the shared identity
    fields (name, code, location, description, description_long, cover_image_url, department, salary,
    available_till, recruiter, status, visibility, hiring_for_company); sending an interview-only field
    for a position is a 422.

    Args:
        body (JobInterviewUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewUpdateResponse]
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
    body: JobInterviewUpdateRequest,
) -> Error | JobInterviewUpdateResponse | None:
    """Update an interview or position

     Updates the configuration of an existing interview (single-stage) or position (multi-stage). Only
    the fields present in the request body are written — everything else keeps its current value, and
    sending null clears a nullable field. The question list is only touched when you send `questions`;
    omit that field and the questions are left exactly as they are. When sent, it must be the complete
    list and is applied as a diff against what is stored (matched on external_id, then id, then
    identical content), so unchanged questions keep their existing records, edited ones are unlinked and
    re-created, and dropped ones are unlinked — and re-sending the array job-interview-get returned
    changes nothing. See the field description, and `questions_diff` in the response for what was
    decided. Questions of an interview that is already `active` can only be changed on interactive
    avatar templates, where re-publishing is instant; on the offline (pre-rendered video) templates set
    the interview back to `draft` first. The welcome / thank-you messages and the instructional-video
    screen are stored as steps rather than questions and are never changed here. `mojito_language_code`
    cannot be changed — the existing questions and rendered videos are in the original language — so
    create a new interview to change language. A multi-stage position only carries the shared identity
    fields (name, code, location, description, description_long, cover_image_url, department, salary,
    available_till, recruiter, status, visibility, hiring_for_company); sending an interview-only field
    for a position is a 422.

    Args:
        body (JobInterviewUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewUpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewUpdateRequest,
) -> Response[Error | JobInterviewUpdateResponse]:
    """Update an interview or position

     Updates the configuration of an existing interview (single-stage) or position (multi-stage). Only
    the fields present in the request body are written — everything else keeps its current value, and
    sending null clears a nullable field. The question list is only touched when you send `questions`;
    omit that field and the questions are left exactly as they are. When sent, it must be the complete
    list and is applied as a diff against what is stored (matched on external_id, then id, then
    identical content), so unchanged questions keep their existing records, edited ones are unlinked and
    re-created, and dropped ones are unlinked — and re-sending the array job-interview-get returned
    changes nothing. See the field description, and `questions_diff` in the response for what was
    decided. Questions of an interview that is already `active` can only be changed on interactive
    avatar templates, where re-publishing is instant; on the offline (pre-rendered video) templates set
    the interview back to `draft` first. The welcome / thank-you messages and the instructional-video
    screen are stored as steps rather than questions and are never changed here. `mojito_language_code`
    cannot be changed — the existing questions and rendered videos are in the original language — so
    create a new interview to change language. A multi-stage position only carries the shared identity
    fields (name, code, location, description, description_long, cover_image_url, department, salary,
    available_till, recruiter, status, visibility, hiring_for_company); sending an interview-only field
    for a position is a 422.

    Args:
        body (JobInterviewUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobInterviewUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobInterviewUpdateRequest,
) -> Error | JobInterviewUpdateResponse | None:
    """Update an interview or position

     Updates the configuration of an existing interview (single-stage) or position (multi-stage). Only
    the fields present in the request body are written — everything else keeps its current value, and
    sending null clears a nullable field. The question list is only touched when you send `questions`;
    omit that field and the questions are left exactly as they are. When sent, it must be the complete
    list and is applied as a diff against what is stored (matched on external_id, then id, then
    identical content), so unchanged questions keep their existing records, edited ones are unlinked and
    re-created, and dropped ones are unlinked — and re-sending the array job-interview-get returned
    changes nothing. See the field description, and `questions_diff` in the response for what was
    decided. Questions of an interview that is already `active` can only be changed on interactive
    avatar templates, where re-publishing is instant; on the offline (pre-rendered video) templates set
    the interview back to `draft` first. The welcome / thank-you messages and the instructional-video
    screen are stored as steps rather than questions and are never changed here. `mojito_language_code`
    cannot be changed — the existing questions and rendered videos are in the original language — so
    create a new interview to change language. A multi-stage position only carries the shared identity
    fields (name, code, location, description, description_long, cover_image_url, department, salary,
    available_till, recruiter, status, visibility, hiring_for_company); sending an interview-only field
    for a position is a 422.

    Args:
        body (JobInterviewUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobInterviewUpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
