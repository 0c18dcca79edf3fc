"""A webhook receiver on 127.0.0.1: a real Starlette app served by uvicorn that records every POST.

    with run_receiver() as receiver:
        receiver.answer(500)                  # the next POST gets a 500, later ones 200
        ... start a sandbox with webhook_urls=[receiver.url] ...
        got = receiver.wait_for(lambda rs: len(rs) >= 2)

``answer(status, delay=...)`` scripts the next replies in order (a delay longer
than the sender's timeout makes it time out); unscripted POSTs get ``200``.
``hold()`` keeps POSTs unanswered until ``release()``. ``wait_for`` and
``wait_arrived`` poll nothing: they wait on a condition the server notifies.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

PATH = "/hooks/jobmojito"


@dataclass(frozen=True)
class Received:
    """One POST as it arrived, and the status it was answered with."""

    headers: dict[str, str]  # names in lower case
    body: bytes
    status: int

    @property
    def payload(self) -> Any:
        return json.loads(self.body)


class Receiver:
    def __init__(self) -> None:
        self.url = ""
        self.received: list[Received] = []
        self.arrived = 0  # POSTs that reached the endpoint, answered or not
        self._script: deque[tuple[int, float]] = deque()
        self._condition = threading.Condition()
        self._open = threading.Event()
        self._open.set()

    def hold(self) -> None:
        """Keep every POST from now on waiting for ``release()`` before it is answered."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def wait_arrived(self, count: int, timeout: float = 15.0) -> None:
        with self._condition:
            assert self._condition.wait_for(lambda: self.arrived >= count, timeout), f"{self.arrived} arrived"

    def answer(self, status: int, *, delay: float = 0.0, times: int = 1) -> None:
        """Answer the next ``times`` POSTs with ``status``, each after ``delay`` seconds."""
        with self._condition:
            self._script.extend([(status, delay)] * times)

    def wait_for(self, predicate: Callable[[list[Received]], bool], timeout: float = 15.0) -> list[Received]:
        """The POSTs so far, once ``predicate`` holds for them; AssertionError after ``timeout``."""
        with self._condition:
            if not self._condition.wait_for(lambda: predicate(list(self.received)), timeout):
                summary = [(r.status, r.payload.get("id"), r.payload.get("processing_status")) for r in self.received]
                raise AssertionError(f"the receiver did not get what was expected in {timeout} s; it got {summary}")
            return list(self.received)

    async def endpoint(self, request: Request) -> Response:
        body = await request.body()
        with self._condition:
            status, delay = self._script.popleft() if self._script else (200, 0.0)
            self.arrived += 1
            self._condition.notify_all()
        if not self._open.is_set():
            await asyncio.to_thread(self._open.wait, 30)
        if delay:
            await asyncio.sleep(delay)
        with self._condition:
            self.received.append(Received({k.lower(): v for k, v in request.headers.items()}, body, status))
            self._condition.notify_all()
        return JSONResponse({"received": status < 300}, status_code=status)


@contextmanager
def run_receiver(timeout_s: float = 10.0) -> Iterator[Receiver]:
    receiver = Receiver()
    app = Starlette(routes=[Route(PATH, receiver.endpoint, methods=["POST"])])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", log_config=None, timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="webhook-receiver", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout_s
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the webhook receiver did not start")
            time.sleep(0.005)
        receiver.url = f"http://127.0.0.1:{sock.getsockname()[1]}{PATH}"
        yield receiver
    finally:
        receiver.release()
        server.should_exit = True
        thread.join(timeout=timeout_s)
        sock.close()
