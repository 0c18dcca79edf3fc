"""``python -m jobmojito.sandbox``: serve the sandbox until interrupted.

The first line on stdout is ``JOBMOJITO_SANDBOX_URL=<base URL>``, the URL a
client is configured with (``http://127.0.0.1:PORT/functions/v1``), printed
once the socket listens, so a parent process can read it and connect at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .app import DEFAULT_BASE_PATH, create_app
from .server import HOST, bind, uvicorn_server

DEFAULT_PORT = 8765
URL_VARIABLE = "JOBMOJITO_SANDBOX_URL"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m jobmojito.sandbox",
        description="A local JobMojito API for tests and demos: the published OpenAPI document's 30 operations, "
        "validated requests, in-memory state, and optional faults. Listens on 127.0.0.1 only and "
        "accepts any non-empty bearer token.",
    )
    p.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"TCP port; 0 picks a free one (default {DEFAULT_PORT})"
    )
    p.add_argument(
        "--base-path", default=DEFAULT_BASE_PATH, help=f"path prefix of the API (default {DEFAULT_BASE_PATH})"
    )
    p.add_argument("--seed", type=int, default=0, help="seed for ids, made-up data and faults (default 0)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="added to every operation request (default 0)")
    p.add_argument("--rate-429", type=_rate, default=0.0, help="share of requests answered 429 (0..1, default 0)")
    p.add_argument("--rate-5xx", type=_rate, default=0.0, help="share answered 502/503/504 with HTML (0..1, default 0)")
    p.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds of a 429 (default 1)")
    p.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    return p


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a rate is between 0 and 1, not {text}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sandbox in the foreground; the exit status (0 after Ctrl-C)."""
    args = parser().parse_args(argv)
    try:
        app = create_app(
            seed=args.seed,
            latency_ms=args.latency_ms,
            rate_429=args.rate_429,
            rate_5xx=args.rate_5xx,
            retry_after_s=args.retry_after,
            base_path=args.base_path,
        )
        sock = bind(args.port)
    except (ValueError, OSError) as exc:
        print(f"jobmojito sandbox: {exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    print(f"{URL_VARIABLE}=http://{HOST}:{port}{app.state.base_path}", flush=True)
    try:
        uvicorn_server(app, args.log_level).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0
