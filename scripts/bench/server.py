"""A minimal HTTP/1.1 server on 127.0.0.1 for the loopback section (stdlib only).

Run as a script in its own process, so that it has its own interpreter and
core: it reads the two bodies it answers with from its standard input (a
100-row page, then the created-interview body: ``fixtures.py`` is the one
source of both), prints its port, answers every POST with the created body
and every other request with the page, keeps connections alive, and stops
when its standard input closes. It parses only what httpx sends (a
request head and a Content-Length body): the least work a server can do, so
the client side dominates what is measured.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading


def _reply(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


class _Connection(asyncio.Protocol):
    def __init__(self, replies: dict[str, bytes]) -> None:
        self._replies = replies
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head = bytes(self._buffer[:end]).decode("latin-1").split("\r\n")
            length = 0
            for line in head[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self._buffer) < end + 4 + length:
                return
            del self._buffer[: end + 4 + length]
            method = head[0].partition(" ")[0]
            assert self._transport is not None
            self._transport.write(self._replies["POST" if method == "POST" else "GET"])


async def serve(page: bytes, created: bytes) -> None:
    loop = asyncio.get_running_loop()
    replies = {"POST": _reply(created), "GET": _reply(page)}
    server = await loop.create_server(lambda: _Connection(replies), "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    stopped = asyncio.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stopped.set)), daemon=True).start()
    async with server:
        await stopped.wait()


if __name__ == "__main__":
    page, created = (sys.stdin.buffer.readline().rstrip(b"\n") for _ in range(2))
    asyncio.run(serve(page, created))
