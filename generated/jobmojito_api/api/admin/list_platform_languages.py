from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.platform_languages_list_response import PlatformLanguagesListResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform-languages-list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PlatformLanguagesListResponse | None:
    if response.status_code == 200:
        response_200 = PlatformLanguagesListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PlatformLanguagesListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | PlatformLanguagesListResponse]:
    """List platform languages

     Returns all supported platform (mojito) languages: the mojito language code, English and local
    names, and an SVG flag image URL. Use the `code` as `mojito_language_code` when creating interviews
    or personas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlatformLanguagesListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | PlatformLanguagesListResponse | None:
    """List platform languages

     Returns all supported platform (mojito) languages: the mojito language code, English and local
    names, and an SVG flag image URL. Use the `code` as `mojito_language_code` when creating interviews
    or personas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlatformLanguagesListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | PlatformLanguagesListResponse]:
    """List platform languages

     Returns all supported platform (mojito) languages: the mojito language code, English and local
    names, and an SVG flag image URL. Use the `code` as `mojito_language_code` when creating interviews
    or personas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PlatformLanguagesListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | PlatformLanguagesListResponse | None:
    """List platform languages

     Returns all supported platform (mojito) languages: the mojito language code, English and local
    names, and an SVG flag image URL. Use the `code` as `mojito_language_code` when creating interviews
    or personas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PlatformLanguagesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
