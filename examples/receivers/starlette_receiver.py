"""A Starlette (or FastAPI: the same request object) receiver for JobMojito's webhooks.

Run it with uvicorn::

    JOBMOJITO_WEBHOOK_TOKEN=s3cret uvicorn examples.receivers.starlette_receiver:app --port 8080

and set ``https://<your host>/jobmojito/webhooks`` with the header
``X-Webhook-Token: s3cret`` as the webhook of your JobMojito environment.
In FastAPI, the same body: ``@app.post("/jobmojito/webhooks") async def receive(request: Request)``.
"""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from jobmojito.webhooks import Deduplicator, SQLiteStore, WebhookEvent

from .handling import Handler, Receiver

PATH = "/jobmojito/webhooks"


def create_app(receiver: Receiver) -> Starlette:
    async def receive(request: Request) -> Response:
        status = receiver.receive(await request.body(), request.headers.items())
        return Response(status_code=status)

    return Starlette(routes=[Route(PATH, receive, methods=["POST"])])


def log_event(event: WebhookEvent) -> None:
    print(f"{event.event}: result {event.data.id}, score {event.data.score}")


def default_app(handle: Handler = log_event) -> Starlette:
    """The app ``uvicorn`` runs: the header from the environment, changes remembered in webhooks.db."""
    token = os.environ["JOBMOJITO_WEBHOOK_TOKEN"]
    return create_app(Receiver({"X-Webhook-Token": token}, handle, Deduplicator(SQLiteStore("webhooks.db"))))


def __getattr__(name: str) -> Starlette:  # `uvicorn ...:app` builds the app when it is asked for, not on import
    if name == "app":
        return default_app()
    raise AttributeError(name)
