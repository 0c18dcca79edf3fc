"""A Flask receiver for JobMojito's webhooks.

Run it::

    JOBMOJITO_WEBHOOK_TOKEN=s3cret flask --app examples.receivers.flask_receiver:default_app run --port 8080

and set ``https://<your host>/jobmojito/webhooks`` with the header
``X-Webhook-Token: s3cret`` as the webhook of your JobMojito environment.
"""

from __future__ import annotations

import os

from flask import Flask, request

from jobmojito.webhooks import Deduplicator, SQLiteStore, WebhookEvent

from .handling import Handler, Receiver

PATH = "/jobmojito/webhooks"


def create_app(receiver: Receiver) -> Flask:
    app = Flask(__name__)

    @app.post(PATH)
    def receive() -> tuple[str, int]:
        return "", receiver.receive(request.get_data(), list(request.headers.items()))

    return app


def log_event(event: WebhookEvent) -> None:
    print(f"{event.event}: result {event.data.id}, score {event.data.score}")


def default_app(handle: Handler = log_event) -> Flask:
    """The header from the environment, changes remembered in webhooks.db."""
    token = os.environ["JOBMOJITO_WEBHOOK_TOKEN"]
    return create_app(Receiver({"X-Webhook-Token": token}, handle, Deduplicator(SQLiteStore("webhooks.db"))))
