"""``python -m receivers`` (with ``examples/`` on the path): the Starlette receiver on a free 127.0.0.1 port.

Its first line on stdout is ``JOBMOJITO_RECEIVER_URL=<url>``; then one line per
change it handles (``interview_result <result id> score 81.5``). The header it
expects is ``X-Webhook-Token`` with the value of ``JOBMOJITO_WEBHOOK_TOKEN``.
``make demo`` runs it beside the sandbox.
"""

from __future__ import annotations

import os
import socket

import uvicorn

from jobmojito.webhooks import Deduplicator, WebhookEvent

from .handling import Receiver
from .starlette_receiver import PATH, create_app


def show(event: WebhookEvent) -> None:
    print(f"{event.event} {event.data.id} score {event.data.score}", flush=True)


def main() -> None:
    receiver = Receiver({"X-Webhook-Token": os.environ["JOBMOJITO_WEBHOOK_TOKEN"]}, show, Deduplicator())
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    print(f"JOBMOJITO_RECEIVER_URL=http://127.0.0.1:{sock.getsockname()[1]}{PATH}", flush=True)
    uvicorn.Server(uvicorn.Config(create_app(receiver), log_level="warning")).run(sockets=[sock])


if __name__ == "__main__":
    main()
