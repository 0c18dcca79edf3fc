from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pre_screening_create_request import PreScreeningCreateRequest
from ...models.pre_screening_create_response import PreScreeningCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PreScreeningCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pre-screening-create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PreScreeningCreateResponse | None:
    if response.status_code == 200:
        response_200 = PreScreeningCreateResponse.from_dict(response.json())

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
) -> Response[Error | PreScreeningCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreScreeningCreateRequest,
) -> Response[Error | PreScreeningCreateResponse]:
    """Create or update a pre-screening position

     Creates a new pre-screening position (and optionally activates it) or, when
    update_position_def_set_id is provided, updates an existing pre-screening position. Only
    merchant_owner, merchant, or admin users may call this.

    The screening behaviour is driven by two related arrays:
    - `assessment_rules` — the rules enforced on each candidate. Only rules with `type: "screening"`
    (plus `resume_match` / `resume_technical_experience`) actually pass/reject; other entries just
    declare collected fields.
    - `form_fields` — the candidate-facing form (standard field references and custom fields).

    For `form` and `resume_with_form` types, enable a standard field in BOTH arrays: add the rule to
    `assessment_rules` and a matching `{ id, mandatory }` entry to `form_fields`. `resume`-only
    positions use `assessment_rules` (resume_* rules) and ignore `form_fields`. Both arrays are replaced
    wholesale on update — send the complete array, not a delta.

    Args:
        body (PreScreeningCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreScreeningCreateResponse]
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
    body: PreScreeningCreateRequest,
) -> Error | PreScreeningCreateResponse | None:
    """Create or update a pre-screening position

     Creates a new pre-screening position (and optionally activates it) or, when
    update_position_def_set_id is provided, updates an existing pre-screening position. Only
    merchant_owner, merchant, or admin users may call this.

    The screening behaviour is driven by two related arrays:
    - `assessment_rules` — the rules enforced on each candidate. Only rules with `type: "screening"`
    (plus `resume_match` / `resume_technical_experience`) actually pass/reject; other entries just
    declare collected fields.
    - `form_fields` — the candidate-facing form (standard field references and custom fields).

    For `form` and `resume_with_form` types, enable a standard field in BOTH arrays: add the rule to
    `assessment_rules` and a matching `{ id, mandatory }` entry to `form_fields`. `resume`-only
    positions use `assessment_rules` (resume_* rules) and ignore `form_fields`. Both arrays are replaced
    wholesale on update — send the complete array, not a delta.

    Args:
        body (PreScreeningCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreScreeningCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreScreeningCreateRequest,
) -> Response[Error | PreScreeningCreateResponse]:
    """Create or update a pre-screening position

     Creates a new pre-screening position (and optionally activates it) or, when
    update_position_def_set_id is provided, updates an existing pre-screening position. Only
    merchant_owner, merchant, or admin users may call this.

    The screening behaviour is driven by two related arrays:
    - `assessment_rules` — the rules enforced on each candidate. Only rules with `type: "screening"`
    (plus `resume_match` / `resume_technical_experience`) actually pass/reject; other entries just
    declare collected fields.
    - `form_fields` — the candidate-facing form (standard field references and custom fields).

    For `form` and `resume_with_form` types, enable a standard field in BOTH arrays: add the rule to
    `assessment_rules` and a matching `{ id, mandatory }` entry to `form_fields`. `resume`-only
    positions use `assessment_rules` (resume_* rules) and ignore `form_fields`. Both arrays are replaced
    wholesale on update — send the complete array, not a delta.

    Args:
        body (PreScreeningCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreScreeningCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreScreeningCreateRequest,
) -> Error | PreScreeningCreateResponse | None:
    """Create or update a pre-screening position

     Creates a new pre-screening position (and optionally activates it) or, when
    update_position_def_set_id is provided, updates an existing pre-screening position. Only
    merchant_owner, merchant, or admin users may call this.

    The screening behaviour is driven by two related arrays:
    - `assessment_rules` — the rules enforced on each candidate. Only rules with `type: "screening"`
    (plus `resume_match` / `resume_technical_experience`) actually pass/reject; other entries just
    declare collected fields.
    - `form_fields` — the candidate-facing form (standard field references and custom fields).

    For `form` and `resume_with_form` types, enable a standard field in BOTH arrays: add the rule to
    `assessment_rules` and a matching `{ id, mandatory }` entry to `form_fields`. `resume`-only
    positions use `assessment_rules` (resume_* rules) and ignore `form_fields`. Both arrays are replaced
    wholesale on update — send the complete array, not a delta.

    Args:
        body (PreScreeningCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreScreeningCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
