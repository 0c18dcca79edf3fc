"""The sandbox's own endpoints under ``<base>/_sandbox/``: what a test does in place of a candidate.

They are not part of the API: no bearer token, no faults, no document
validation. Bodies are JSON objects; errors are the API's ``Error`` body
(``{"error", "name"}``): 404 for an unknown result, 409 for a change its
current phase does not allow, 422 for a malformed request.

* ``POST /_sandbox/results/{interview_result_id}/advance``
  ``{"outcome": "ongoing" | "collected" | "completed" | "failed", "interview_status"?: ...}``
  moves the result (``lifecycle.Lifecycle.advance``); ``interview_status``
  picks ``completed, stopped early`` or a failure (``abandoned``, ...).
* ``POST /_sandbox/results/{interview_result_id}/update`` ``{"score": 91, ...}``
  changes fields of a completed result that re-send ``interview_result``
  (``lifecycle.UPDATABLE``: score, recruiter decision, AI analyses, PDF URL).
* ``GET /_sandbox/results/{interview_result_id}``: its phase, attempt and
  webhook payload.
* ``GET /_sandbox/webhooks/deliveries``: ``{"pending": <deliveries under
  way>, "attempts": [...]}``, every attempt so far with header values masked
  and URLs without query or userinfo (for a sandbox in another process;
  in-process, ``app.state.webhooks`` has them whole).

Each result endpoint answers ``{"phase", "attempt", "result": <payload>}``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .lifecycle import Lifecycle, Refused
from .respond import error_response
from .state import Result, Store
from .webhook_payload import payload_of
from .webhooks import Webhooks, safe_url

Endpoint = Callable[[Request], Awaitable[Response]]
_ADVANCE_KEYS = {"outcome", "interview_status"}


def control_routes(base_path: str, store: Store, lifecycle: Lifecycle, webhooks: Webhooks) -> list[Route]:
    prefix = f"{base_path}/_sandbox"
    results = f"{prefix}/results/{{interview_result_id}}"

    def view(result: Result) -> Response:
        body = {"phase": result.phase, "attempt": result.attempt, "result": payload_of(store, result)}
        return JSONResponse(body)

    def on_result(change: Callable[[Result, dict[str, Any]], None] | None) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            result = store.results.get(request.path_params["interview_result_id"])
            if result is None:
                return error_response(404, "Interview result not found.", "interview_result_id")
            if change is not None:
                body = await _json_object(request)
                if isinstance(body, Response):
                    return body
                try:
                    change(result, body)
                except Refused as refused:
                    return error_response(refused.status, refused.message, refused.name)
            return view(result)

        return endpoint

    def advance(result: Result, body: dict[str, Any]) -> None:
        unknown = sorted(set(body) - _ADVANCE_KEYS)
        if unknown:
            raise Refused(422, f"Unknown field {unknown[0]}; advance takes outcome and interview_status.", unknown[0])
        outcome, interview_status = body.get("outcome"), body.get("interview_status")
        if not isinstance(outcome, str):
            raise Refused(422, "outcome is required: ongoing, collected, completed or failed.", "outcome")
        if interview_status is not None and not isinstance(interview_status, str):
            raise Refused(422, "interview_status is a string.", "interview_status")
        lifecycle.advance(result, outcome, interview_status)

    async def deliveries(request: Request) -> Response:
        rows = [
            {
                "change": a.change,
                "event": a.event,
                "interview_result_id": a.interview_result_id,
                "url": safe_url(a.url),
                "headers": a.headers.masked(),
                "payload": a.payload,
                "attempt": a.attempt,
                "duplicate": a.duplicate,
                "status": a.status,
                "error": a.error,
            }
            for a in webhooks.attempts()
        ]
        return JSONResponse({"pending": webhooks.pending, "attempts": rows})

    return [
        Route(f"{results}/advance", on_result(advance), methods=["POST"]),
        Route(f"{results}/update", on_result(lifecycle.update), methods=["POST"]),
        Route(results, on_result(None), methods=["GET"]),
        Route(f"{prefix}/webhooks/deliveries", deliveries, methods=["GET"]),
    ]


async def _json_object(request: Request) -> dict[str, Any] | Response:
    raw = await request.body()
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        return error_response(422, "The body is not valid JSON.", "body")
    if not isinstance(body, dict):
        return error_response(422, "The body is a JSON object.", "body")
    return body
