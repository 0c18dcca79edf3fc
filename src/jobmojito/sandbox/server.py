"""Serving the sandbox with uvicorn: in a background thread, or in the foreground.

The sandbox binds to 127.0.0.1 only: it accepts any bearer token, so it must
not be reachable from other machines. Port 0 picks a free port; the socket is
bound and listening before the URL is handed out, so the URL works at once.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from starlette.applications import Starlette

from .app import DEFAULT_BASE_PATH, create_app
from .state import Store
from .webhook_payload import EVENTS
from .webhooks import Webhooks

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Sandbox:
    """A running sandbox. ``base_url`` is what a client is configured with."""

    app: Starlette
    port: int

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``: the server's root."""
        return f"http://{HOST}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/functions/v1``: the API's base URL."""
        base_path: str = self.app.state.base_path
        return self.url + base_path

    @property
    def store(self) -> Store:
        store: Store = self.app.state.store
        return store

    @property
    def webhooks(self) -> Webhooks:
        """The webhook deliveries it made (``deliveries``, ``wait_for``, ``wait_idle``)."""
        webhooks: Webhooks = self.app.state.webhooks
        return webhooks


def bind(port: int = 0) -> socket.socket:
    """A listening TCP socket on 127.0.0.1 (port 0: a free one)."""
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY on accepted sockets
    # only when ``proto`` says TCP, and without it every small response waits
    # ~40 ms for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def uvicorn_server(app: Starlette, log_level: str = "warning", configure_logging: bool = True) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        log_level=log_level,
        lifespan="off",
        access_log=log_level in {"debug", "trace", "info"},
        # Left alone in-process: the host program (pytest) owns logging.
        log_config=uvicorn.config.LOGGING_CONFIG if configure_logging else None,
    )
    return uvicorn.Server(config)


@contextmanager
def run_sandbox(
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
    port: int = 0,
    startup_timeout_s: float = 10.0,
) -> Iterator[Sandbox]:
    """Serve a fresh sandbox in a background thread until the block ends (options: ``create_app``).

    >>> with run_sandbox(seed=1) as sb:
    ...     client = JobMojito(token="any", base_url=sb.base_url)
    """
    app = create_app(
        seed=seed,
        latency_ms=latency_ms,
        rate_429=rate_429,
        rate_5xx=rate_5xx,
        retry_after_s=retry_after_s,
        base_path=base_path,
        speed=speed,
        webhook_urls=webhook_urls,
        webhook_headers=webhook_headers,
        webhook_events=webhook_events,
        webhook_max_attempts=webhook_max_attempts,
        webhook_backoff_s=webhook_backoff_s,
        webhook_timeout_s=webhook_timeout_s,
        webhook_duplicates=webhook_duplicates,
    )
    sock = bind(port)
    server = uvicorn_server(app, configure_logging=False)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="jobmojito-sandbox", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout_s
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("jobmojito sandbox did not start")
            time.sleep(0.005)
        yield Sandbox(app, sock.getsockname()[1])
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout_s)
        sock.close()
