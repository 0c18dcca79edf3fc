from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.persona_create_request import PersonaCreateRequest
from ...models.persona_create_response import PersonaCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PersonaCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/persona-create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PersonaCreateResponse | None:
    if response.status_code == 200:
        response_200 = PersonaCreateResponse.from_dict(response.json())

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
) -> Response[Error | PersonaCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonaCreateRequest,
) -> Response[Error | PersonaCreateResponse]:
    """Create a role-play — coaching persona or interview-portal role-play (choose with `portal`)

     FIRST DECIDE `portal`. This endpoint creates two different products and the default is NOT the
    recruiter one:
    - `portal: "interview"` — an INTERVIEW ROLE-PLAY. Use this whenever the goal is to ASSESS or SCREEN
    candidates: hiring, assessments, sales role-plays for job applicants, anything a recruiter runs.
    Candidates are invited through the normal invitation flow, results appear in the recruiter's result
    list, it is billed against merchant credits, and attempts are capped via `interview_attempts` —
    exactly like an interview.
    - `portal: "coaching"` (THE DEFAULT) — a coaching persona for practice/training on the coaching
    portal. Consumed against the mentee's own coaching credits, self-started from the catalogue, and its
    results are NOT visible to recruiters. Omitting `portal` gives you this one, so pass `portal:
    "interview"` explicitly for any recruiting/assessment use case.
    The conversation itself behaves identically in both.

    The avatar plays a defined role in a free-form conversation instead of running a scored Q&A
    interview. No AI question/description generation runs; the persona role fields ARE the
    configuration. The session runs as: a welcome message → the avatar's OPENING LINE (the first thing
    it says, set via `opening_line`) → the candidate replies and the free-form role-play begins → a
    closing message. Because there is no question list, `opening_line` is how the avatar starts the
    scene — set it to a concrete in-character line; if omitted it defaults to a generic "Hello". Set
    `welcome_message` and `thank_you_message` too — omitting them leaves the generic platform defaults.
    Also set `candidate_expectations`: it is the yardstick the session is scored against. The four
    avatar prompts divide up as: `persona_avatar_who_is` (identity and what drives it),
    `persona_avatar_knowledge` (the private facts it may use), `persona_avatar_progress` (how the
    conversation is allowed to move forward, and what gates the later personal details), and
    `persona_avatar_end_conditions` (when to stop). Without `persona_avatar_progress` the avatar has no
    defined arc and tends to either concede immediately or never concede at all. Provisions the default
    conversational steps and optionally an embed key.

    Args:
        body (PersonaCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PersonaCreateResponse]
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
    body: PersonaCreateRequest,
) -> Error | PersonaCreateResponse | None:
    """Create a role-play — coaching persona or interview-portal role-play (choose with `portal`)

     FIRST DECIDE `portal`. This endpoint creates two different products and the default is NOT the
    recruiter one:
    - `portal: "interview"` — an INTERVIEW ROLE-PLAY. Use this whenever the goal is to ASSESS or SCREEN
    candidates: hiring, assessments, sales role-plays for job applicants, anything a recruiter runs.
    Candidates are invited through the normal invitation flow, results appear in the recruiter's result
    list, it is billed against merchant credits, and attempts are capped via `interview_attempts` —
    exactly like an interview.
    - `portal: "coaching"` (THE DEFAULT) — a coaching persona for practice/training on the coaching
    portal. Consumed against the mentee's own coaching credits, self-started from the catalogue, and its
    results are NOT visible to recruiters. Omitting `portal` gives you this one, so pass `portal:
    "interview"` explicitly for any recruiting/assessment use case.
    The conversation itself behaves identically in both.

    The avatar plays a defined role in a free-form conversation instead of running a scored Q&A
    interview. No AI question/description generation runs; the persona role fields ARE the
    configuration. The session runs as: a welcome message → the avatar's OPENING LINE (the first thing
    it says, set via `opening_line`) → the candidate replies and the free-form role-play begins → a
    closing message. Because there is no question list, `opening_line` is how the avatar starts the
    scene — set it to a concrete in-character line; if omitted it defaults to a generic "Hello". Set
    `welcome_message` and `thank_you_message` too — omitting them leaves the generic platform defaults.
    Also set `candidate_expectations`: it is the yardstick the session is scored against. The four
    avatar prompts divide up as: `persona_avatar_who_is` (identity and what drives it),
    `persona_avatar_knowledge` (the private facts it may use), `persona_avatar_progress` (how the
    conversation is allowed to move forward, and what gates the later personal details), and
    `persona_avatar_end_conditions` (when to stop). Without `persona_avatar_progress` the avatar has no
    defined arc and tends to either concede immediately or never concede at all. Provisions the default
    conversational steps and optionally an embed key.

    Args:
        body (PersonaCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PersonaCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonaCreateRequest,
) -> Response[Error | PersonaCreateResponse]:
    """Create a role-play — coaching persona or interview-portal role-play (choose with `portal`)

     FIRST DECIDE `portal`. This endpoint creates two different products and the default is NOT the
    recruiter one:
    - `portal: "interview"` — an INTERVIEW ROLE-PLAY. Use this whenever the goal is to ASSESS or SCREEN
    candidates: hiring, assessments, sales role-plays for job applicants, anything a recruiter runs.
    Candidates are invited through the normal invitation flow, results appear in the recruiter's result
    list, it is billed against merchant credits, and attempts are capped via `interview_attempts` —
    exactly like an interview.
    - `portal: "coaching"` (THE DEFAULT) — a coaching persona for practice/training on the coaching
    portal. Consumed against the mentee's own coaching credits, self-started from the catalogue, and its
    results are NOT visible to recruiters. Omitting `portal` gives you this one, so pass `portal:
    "interview"` explicitly for any recruiting/assessment use case.
    The conversation itself behaves identically in both.

    The avatar plays a defined role in a free-form conversation instead of running a scored Q&A
    interview. No AI question/description generation runs; the persona role fields ARE the
    configuration. The session runs as: a welcome message → the avatar's OPENING LINE (the first thing
    it says, set via `opening_line`) → the candidate replies and the free-form role-play begins → a
    closing message. Because there is no question list, `opening_line` is how the avatar starts the
    scene — set it to a concrete in-character line; if omitted it defaults to a generic "Hello". Set
    `welcome_message` and `thank_you_message` too — omitting them leaves the generic platform defaults.
    Also set `candidate_expectations`: it is the yardstick the session is scored against. The four
    avatar prompts divide up as: `persona_avatar_who_is` (identity and what drives it),
    `persona_avatar_knowledge` (the private facts it may use), `persona_avatar_progress` (how the
    conversation is allowed to move forward, and what gates the later personal details), and
    `persona_avatar_end_conditions` (when to stop). Without `persona_avatar_progress` the avatar has no
    defined arc and tends to either concede immediately or never concede at all. Provisions the default
    conversational steps and optionally an embed key.

    Args:
        body (PersonaCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PersonaCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PersonaCreateRequest,
) -> Error | PersonaCreateResponse | None:
    """Create a role-play — coaching persona or interview-portal role-play (choose with `portal`)

     FIRST DECIDE `portal`. This endpoint creates two different products and the default is NOT the
    recruiter one:
    - `portal: "interview"` — an INTERVIEW ROLE-PLAY. Use this whenever the goal is to ASSESS or SCREEN
    candidates: hiring, assessments, sales role-plays for job applicants, anything a recruiter runs.
    Candidates are invited through the normal invitation flow, results appear in the recruiter's result
    list, it is billed against merchant credits, and attempts are capped via `interview_attempts` —
    exactly like an interview.
    - `portal: "coaching"` (THE DEFAULT) — a coaching persona for practice/training on the coaching
    portal. Consumed against the mentee's own coaching credits, self-started from the catalogue, and its
    results are NOT visible to recruiters. Omitting `portal` gives you this one, so pass `portal:
    "interview"` explicitly for any recruiting/assessment use case.
    The conversation itself behaves identically in both.

    The avatar plays a defined role in a free-form conversation instead of running a scored Q&A
    interview. No AI question/description generation runs; the persona role fields ARE the
    configuration. The session runs as: a welcome message → the avatar's OPENING LINE (the first thing
    it says, set via `opening_line`) → the candidate replies and the free-form role-play begins → a
    closing message. Because there is no question list, `opening_line` is how the avatar starts the
    scene — set it to a concrete in-character line; if omitted it defaults to a generic "Hello". Set
    `welcome_message` and `thank_you_message` too — omitting them leaves the generic platform defaults.
    Also set `candidate_expectations`: it is the yardstick the session is scored against. The four
    avatar prompts divide up as: `persona_avatar_who_is` (identity and what drives it),
    `persona_avatar_knowledge` (the private facts it may use), `persona_avatar_progress` (how the
    conversation is allowed to move forward, and what gates the later personal details), and
    `persona_avatar_end_conditions` (when to stop). Without `persona_avatar_progress` the avatar has no
    defined arc and tends to either concede immediately or never concede at all. Provisions the default
    conversational steps and optionally an embed key.

    Args:
        body (PersonaCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PersonaCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
