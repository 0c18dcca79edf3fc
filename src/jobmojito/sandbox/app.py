"""The sandbox as an ASGI app: every operation of the document, one route each.

Each request to an operation goes through, in order:

1. faults (``faults.py``): added latency, then perhaps a 429 or an HTML 5xx;
2. authentication: ``Authorization: Bearer <token>`` with any non-empty token
   (the sandbox checks that a token is sent, not what it is); otherwise 401
   with the document's ``Error`` body;
3. validation against the normalized document (``validation.py``): 422
   ``{"error": <message>, "name": <offending field>}``;
4. the operation (``flow.py``, ``result_operations.py``).

``GET <base>/openapi`` serves the published document, as production does.
``<base>/_sandbox/...`` are the sandbox's own control endpoints
(``control.py``: advance a result, change its scoring, see the webhook
deliveries), with neither faults nor authentication.
Unknown paths answer 404 and wrong methods 405, with an ``Error`` body.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from typing import Any

from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .control import control_routes
from .document import normalized_document, published_document
from .faults import Faults
from .flow import Operations
from .lifecycle import Lifecycle
from .respond import Call, error_response
from .state import Store
from .validation import Invalid, RequestValidator, for_openapi_core
from .webhook_payload import EVENTS, payload_of
from .webhooks import Webhooks, WebhookSettings, parse_header

DEFAULT_BASE_PATH = "/functions/v1"
_METHODS = ("get", "put", "post", "delete", "patch")


def create_app(
    *,
    seed: int = 0,
    latency_ms: float = 0.0,
    rate_429: float = 0.0,
    rate_5xx: float = 0.0,
    retry_after_s: int = 1,
    base_path: str = DEFAULT_BASE_PATH,
    speed: float = 0.0,
    webhook_urls: Sequence[str] = (),
    webhook_headers: Mapping[str, str] | Sequence[str | tuple[str, str]] = (),
    webhook_events: Collection[str] = EVENTS,
    webhook_max_attempts: int = 5,
    webhook_backoff_s: float = 1.0,
    webhook_timeout_s: float = 10.0,
    webhook_duplicates: float = 0.0,
) -> Starlette:
    """A fresh sandbox app with empty state.

    ``speed`` > 0 has invited results advance by themselves (``lifecycle.py``).
    ``webhook_urls`` receive the documented webhooks with ``webhook_headers``
    (a mapping, or ``"Name: value"`` strings or pairs; the values are secrets), retried
    ``webhook_max_attempts`` times in all with exponential backoff from
    ``webhook_backoff_s``, and that share, ``webhook_duplicates``, delivered
    twice (``webhooks.py``).

    ``app.state.store`` holds its records, ``app.state.faults`` its fault knobs
    (see ``faults.Faults``), ``app.state.lifecycle`` moves results and
    ``app.state.webhooks`` has the deliveries made (``webhooks.Webhooks``);
    all are for tests to look at.
    """
    base_path = "/" + base_path.strip("/") if base_path.strip("/") else ""
    faults = Faults(seed, latency_ms, rate_429, rate_5xx, retry_after_s)
    headers = (
        tuple(webhook_headers.items())
        if isinstance(webhook_headers, Mapping)
        else tuple(h if isinstance(h, tuple) else parse_header(h) for h in webhook_headers)
    )
    settings = WebhookSettings(
        urls=tuple(webhook_urls),
        headers=headers,
        events=frozenset(webhook_events),
        max_attempts=webhook_max_attempts,
        backoff_s=webhook_backoff_s,
        timeout_s=webhook_timeout_s,
        duplicates=webhook_duplicates,
    )
    published, normalized = published_document(), normalized_document()
    validator = RequestValidator(for_openapi_core(normalized, base_path))
    store = Store(seed)
    webhooks = Webhooks(settings, seed)
    lifecycle = Lifecycle(
        store, lambda result: webhooks.result_changed(result.interview_result_id, payload_of(store, result)), speed
    )
    operations = Operations(normalized, store, lifecycle)

    routes = [Route(f"{base_path}/openapi", _serve_document(published), methods=["GET"])]
    routes += control_routes(base_path, store, lifecycle, webhooks)
    for path, item in normalized.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                endpoint = _endpoint(item[method]["operationId"], method, faults, validator, operations)
                routes.append(Route(base_path + path, endpoint, methods=[method.upper()]))

    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.state.store = store
    app.state.faults = faults
    app.state.lifecycle = lifecycle
    app.state.webhooks = webhooks
    app.state.base_path = base_path
    return app


def _endpoint(
    operation_id: str, method: str, faults: Faults, validator: RequestValidator, operations: Operations
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        if request.method.lower() != method:  # Starlette adds HEAD to GET routes; the API has none
            raise HTTPException(405, headers={"Allow": method.upper()})
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_s)
        fault = faults.draw()
        if fault is not None:
            return fault
        refusal = _unauthenticated(request)
        if refusal is not None:
            return refusal
        raw = await request.body()
        checked = validator.validate(StarletteOpenAPIRequest(request, raw or None), operation_id)
        if isinstance(checked, Invalid):
            return error_response(422, checked.message, checked.name)
        status, payload = operations.handle(Call(operation_id, checked.query, checked.body))
        return JSONResponse(payload, status_code=status)

    endpoint.__name__ = operation_id
    return endpoint


def _unauthenticated(request: Request) -> Response | None:
    header = request.headers.get("authorization")
    if not header:
        return error_response(401, "Missing authorization header.")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return error_response(401, "Authorization header must be 'Bearer <token>'.")
    return None


def _serve_document(document: dict[str, Any]) -> Callable[[Request], Awaitable[Response]]:
    async def openapi(request: Request) -> Response:
        return JSONResponse(document)

    return openapi


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    messages = {404: f"No operation at {request.url.path}.", 405: f"{request.method} is not allowed here."}
    headers = getattr(exc, "headers", None)
    return error_response(status, messages.get(status, "Request failed."), headers=headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    return error_response(500, f"Sandbox error: {type(exc).__name__}: {exc}")
