"""A real HTTP server on 127.0.0.1 that misbehaves on purpose.

Each path has a queue of scripted replies; a request to a path whose queue is empty
gets the built-in behaviour: ``POST /auth/v1/token`` rotates Supabase-style refresh
tokens (single-use; see :mod:`tests.support.tokens` for reuse, the reuse interval and
session revocation), and any other path answers ``200 {"ok": true, ...}`` (or 401
when ``require_auth`` is on and the bearer token is not a valid one from
:class:`TokenStore`). Requests are counted per (method, path).

A scripted reply made by :func:`builtin_then` runs the built-in behaviour first and
then misbehaves: ``builtin_then("disconnect")`` on the token path rotates the
refresh token and drops the answer, the lost-answer case of a real auth server.

    with FaultServer() as server:
        server.script("/x", html_error(502), json_reply({"id": 1}))
        httpx.get(server.url + "/x")  # 502
        server.count("GET", "/x")     # 1

The server stops at the end of the ``with`` block, or by itself after ``hard_timeout``.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .tokens import TokenStore

TOKEN_PATH = "/auth/v1/token"
MAX_DELAY = 5.0  # no scripted sleep is longer, so a test cannot hang on the server


FAULTS = frozenset({"disconnect", "reset_after_headers", "truncate", "drip"})


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    ``fault`` is None or one of :data:`FAULTS`; ``drip`` sends the body one byte every
    ``drip_interval`` seconds. ``builtin`` replaces status, body and headers with what
    the built-in behaviour answers, keeping ``fault`` and ``delay``.
    """

    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None
    delay: float = 0.0
    builtin: bool = False
    drip_interval: float = 0.1

    def __post_init__(self) -> None:
        if self.fault is not None and self.fault not in FAULTS:
            raise ValueError(f"unknown fault {self.fault!r}")


def json_reply(obj: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, json.dumps(obj).encode(), headers=headers)


def html_error(status: int) -> Reply:
    """What the Supabase gateway sends for a cold or failing function."""
    body = f"<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>"
    return Reply(status, body.encode(), "text/html; charset=utf-8")


def rate_limited(retry_after: str = "1", **headers: str) -> Reply:
    return json_reply({"message": "Too many requests"}, 429, **{"Retry-After": retry_after, **headers})


def unauthorized() -> Reply:
    return json_reply({"code": 401, "message": "Invalid JWT"}, 401)


def malformed_json() -> Reply:
    return Reply(200, b'{"id": "abc", "name": ')


def empty_body(status: int = 200) -> Reply:
    return Reply(status, b"")


def wrong_content_type() -> Reply:
    return Reply(200, b"<html>not json</html>", "text/html")


def truncated_body() -> Reply:
    """Content-Length promises more than is sent, then the connection closes."""
    return Reply(200, b'{"id": "abc", "items": [1, 2, 3', fault="truncate")


def reset_after_headers() -> Reply:
    """Status line and headers, then a TCP reset instead of the body."""
    return Reply(200, b'{"id": "abc"}', fault="reset_after_headers")


def disconnect() -> Reply:
    """The request is read, then the connection closes without any answer."""
    return Reply(fault="disconnect")


def slow(seconds: float, reply: Reply | None = None) -> Reply:
    """``reply`` after ``seconds`` (at most MAX_DELAY): longer than a client's read timeout."""
    return dataclasses.replace(reply or json_reply({"ok": True}), delay=min(seconds, MAX_DELAY))


def builtin_then(fault: str, delay: float = 0.0) -> Reply:
    """The built-in answer (a token rotation on the token path), then ``fault`` instead of delivering it."""
    return Reply(fault=fault, delay=min(delay, MAX_DELAY), builtin=True)


def drip(body: bytes, interval: float = 0.1, status: int = 200, content_type: str = "application/json") -> Reply:
    """``body`` one byte every ``interval`` seconds: each read is quick, the whole answer is not."""
    return Reply(status, body, content_type, fault="drip", drip_interval=interval)


def gzip_reply(body: bytes, status: int = 200, content_type: str = "application/json") -> Reply:
    """``body`` already gzip-compressed, sent with ``Content-Encoding: gzip``."""
    return Reply(status, body, content_type, headers={"Content-Encoding": "gzip"})


def gzip_bomb(expanded: int, chunk: int = 1 << 20) -> bytes:
    """A gzip stream of ``expanded`` zero bytes (1 GiB compresses to about 1 MB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(chunk)
    parts = [compressor.compress(zeros) for _ in range(expanded // chunk)]
    parts.append(compressor.compress(bytes(expanded % chunk)))
    parts.append(compressor.flush())
    return b"".join(parts)


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


class FaultServer:
    def __init__(
        self,
        *,
        anon_key: str = "anon-key-for-tests-0123456789",
        require_auth: bool = False,
        access_ttl: float = 3600.0,
        refresh_delay: float = 0.0,
        reuse_interval: float = 0.0,
        revoke_on_reuse: bool = False,
        hard_timeout: float = 60.0,
    ) -> None:
        """``refresh_delay``: how long a successful refresh takes to answer, *after* the token was
        spent (a refusal answers at once), the window in which a racing client sends it again."""
        self.anon_key = anon_key
        self.require_auth = require_auth
        self.refresh_delay = min(refresh_delay, MAX_DELAY)
        self.tokens = TokenStore(access_ttl=access_ttl, reuse_interval=reuse_interval, revoke_on_reuse=revoke_on_reuse)
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._counts: collections.Counter[tuple[str, str]] = collections.Counter()
        self._scripts: dict[str, collections.deque[Reply]] = collections.defaultdict(collections.deque)
        self._stopping = threading.Event()
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        # Bound but never listening: connecting to it is refused, and nobody else gets the port.
        self._refused = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._refused.bind(("127.0.0.1", 0))
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._timer = threading.Timer(hard_timeout, self.stop)
        self._timer.daemon = True
        self._started = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def refused_url(self) -> str:
        """A URL whose connection is refused."""
        return f"http://127.0.0.1:{self._refused.getsockname()[1]}"

    def __enter__(self) -> FaultServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._started = True
        self._thread.start()
        self._timer.start()

    def stop(self) -> None:
        if self._stopping.is_set():
            return
        self._stopping.set()  # wakes handlers sleeping in a scripted delay
        self._timer.cancel()
        if self._started:
            self._httpd.shutdown()
        self._httpd.server_close()
        self._refused.close()

    def script(self, path: str, *replies: Reply) -> None:
        """Queue ``replies`` for ``path``: each request takes the next one, then built-ins resume."""
        with self._lock:
            self._scripts[path].extend(replies)

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return self._counts[(method.upper(), path)]

    def counts(self) -> dict[tuple[str, str], int]:
        with self._lock:
            return dict(self._counts)

    def sleep(self, seconds: float) -> None:
        self._stopping.wait(min(seconds, MAX_DELAY))

    def _take(self, received: Received) -> Reply | None:
        with self._lock:
            self._counts[(received.method, received.path)] += 1
            self.received.append(received)
            queue = self._scripts.get(received.path)
            return queue.popleft() if queue else None

    def _builtin(self, received: Received) -> Reply:
        if received.path == TOKEN_PATH and received.method == "POST":
            return self._token_endpoint(received)
        if self.require_auth:
            scheme, _, token = received.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not self.tokens.is_valid_access(token):
                return unauthorized()
            if received.headers.get("apikey") != self.anon_key:
                return json_reply({"message": "No API key found in request"}, 401)
        return json_reply({"ok": True, "method": received.method, "path": received.path})

    def _token_endpoint(self, received: Received) -> Reply:
        if received.headers.get("apikey") != self.anon_key:
            return json_reply({"message": "No API key found in request"}, 401)
        if received.query != "grant_type=refresh_token":
            return json_reply({"error": "unsupported_grant_type"}, 400)
        try:
            refresh_token = json.loads(received.body)["refresh_token"]
        except (ValueError, KeyError, TypeError):
            return json_reply({"error": "invalid_request"}, 400)
        pair = self.tokens.rotate(refresh_token)
        if pair is None:  # refused at once, while a racing winner may still wait for its answer
            return json_reply(
                {"error": "invalid_grant", "error_description": "Invalid Refresh Token: Already Used"}, 400
            )
        return slow(self.refresh_delay, json_reply(pair)) if self.refresh_delay else json_reply(pair)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # the default 5 makes 50 concurrent connects wait for SYN retries
    owner: FaultServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hang up on purpose in these tests; don't print tracebacks for it."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real gateway
    timeout = 10  # idle keep-alive connections don't hold a thread for ever
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle's algorithm
        # and delayed ACKs add ~40 ms to every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        owner = self.server.owner
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        received = Received(self.command, path, query, headers, body)
        reply = owner._take(received) or owner._builtin(received)
        if reply.builtin:
            done = owner._builtin(received)
            reply = dataclasses.replace(done, fault=reply.fault, delay=done.delay + reply.delay, builtin=False)
        if reply.delay:
            owner.sleep(reply.delay)
        if reply.fault == "disconnect":
            self.close_connection = True
            return
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        extra = 100 if reply.fault == "truncate" else 0
        self.send_header("Content-Length", str(len(reply.body) + extra))
        self.end_headers()
        if reply.fault == "reset_after_headers":
            self.wfile.flush()
            time.sleep(0.05)  # let the headers arrive before the reset
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if reply.fault == "drip":
            self._drip(reply)
            return
        self.wfile.write(reply.body)
        if reply.fault == "truncate":
            self.close_connection = True

    def _drip(self, reply: Reply) -> None:
        owner = self.server.owner
        for index in range(len(reply.body)):
            self.wfile.write(reply.body[index : index + 1])
            self.wfile.flush()
            if owner._stopping.wait(reply.drip_interval):
                self.close_connection = True
                return

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle
