from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.html_export import HTMLExport
from ...models.job_interview_pdf_request import JobInterviewPdfRequest
from ...models.json_export import JSONExport
from ...models.pdf_export import PDFExport
from ...types import Response


def _get_kwargs(
    *,
    body: JobInterviewPdfRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job-interview-pdf",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | HTMLExport | JSONExport | PDFExport | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> HTMLExport | JSONExport | PDFExport:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_interview_pdf_response_type_0 = PDFExport.from_dict(data)

                return componentsschemas_job_interview_pdf_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_interview_pdf_response_type_1 = HTMLExport.from_dict(data)

                return componentsschemas_job_interview_pdf_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_job_interview_pdf_response_type_2 = JSONExport.from_dict(data)

            return componentsschemas_job_interview_pdf_response_type_2

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
) -> Response[Error | HTMLExport | JSONExport | PDFExport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewPdfRequest,
) -> Response[Error | HTMLExport | JSONExport | PDFExport]:
    """Generate an interview report

     Generates an interview result report as a PDF (returns a signed URL), raw HTML, or structured JSON.
    Provide either `interview_result_id` for a single result or `interview_result_ids` for a combined
    multi-result report.

    Args:
        body (JobInterviewPdfRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HTMLExport | JSONExport | PDFExport]
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
    body: JobInterviewPdfRequest,
) -> Error | HTMLExport | JSONExport | PDFExport | None:
    """Generate an interview report

     Generates an interview result report as a PDF (returns a signed URL), raw HTML, or structured JSON.
    Provide either `interview_result_id` for a single result or `interview_result_ids` for a combined
    multi-result report.

    Args:
        body (JobInterviewPdfRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HTMLExport | JSONExport | PDFExport
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobInterviewPdfRequest,
) -> Response[Error | HTMLExport | JSONExport | PDFExport]:
    """Generate an interview report

     Generates an interview result report as a PDF (returns a signed URL), raw HTML, or structured JSON.
    Provide either `interview_result_id` for a single result or `interview_result_ids` for a combined
    multi-result report.

    Args:
        body (JobInterviewPdfRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HTMLExport | JSONExport | PDFExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobInterviewPdfRequest,
) -> Error | HTMLExport | JSONExport | PDFExport | None:
    """Generate an interview report

     Generates an interview result report as a PDF (returns a signed URL), raw HTML, or structured JSON.
    Provide either `interview_result_id` for a single result or `interview_result_ids` for a combined
    multi-result report.

    Args:
        body (JobInterviewPdfRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HTMLExport | JSONExport | PDFExport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
