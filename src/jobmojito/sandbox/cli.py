"""``python -m jobmojito.sandbox``: serve the sandbox until interrupted.

The first line on stdout is ``JOBMOJITO_SANDBOX_URL=<base URL>``, the URL a
client is configured with (``http://127.0.0.1:PORT/functions/v1``), printed
once the socket listens, so a parent process can read it and connect at once.
Webhook retries and give-ups are logged on stderr (each delivery too with
``--log-level info``), naming header names only, never their values.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .app import DEFAULT_BASE_PATH, create_app
from .server import HOST, bind, uvicorn_server
from .webhook_payload import EVENTS
from .webhooks import parse_header

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
    p.add_argument(
        "--speed",
        type=_non_negative,
        default=0.0,
        metavar="FACTOR",
        help="invited results advance by themselves, this many times faster than real interviews (600: about "
        "1.3 s from invite to score); default 0: only POST <base>/_sandbox/results/ID/advance moves them",
    )
    hooks = p.add_argument_group("webhooks", "deliver the documented webhooks, as JobMojito does, to your receiver")
    hooks.add_argument("--webhook-url", action="append", default=[], metavar="URL", help="receiver URL (repeatable)")
    hooks.add_argument(
        "--webhook-header",
        action="append",
        default=[],
        type=_header,
        metavar="'NAME: VALUE'",
        help="header sent with every delivery, e.g. 'X-Webhook-Token: s3cret' (repeatable; values are never printed)",
    )
    hooks.add_argument(
        "--webhook-event",
        action="append",
        choices=EVENTS,
        metavar="EVENT",
        help=f"deliver only this event (repeatable; default all: {', '.join(EVENTS)})",
    )
    hooks.add_argument(
        "--webhook-max-attempts", type=_positive_int, default=5, metavar="N", help="attempts per delivery (default 5)"
    )
    hooks.add_argument(
        "--webhook-backoff",
        type=_non_negative,
        default=1.0,
        metavar="S",
        help="seconds before the first retry; doubles (default 1)",
    )
    hooks.add_argument(
        "--webhook-timeout", type=_positive, default=10.0, metavar="S", help="seconds per attempt (default 10)"
    )
    hooks.add_argument(
        "--webhook-duplicates",
        type=_rate,
        default=0.0,
        metavar="R",
        help="share of deliveries sent twice (0..1, seeded; default 0)",
    )
    p.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    return p


def _header(text: str) -> tuple[str, str]:
    try:
        return parse_header(text)
    except ValueError as exc:  # the message names no value: the header is a secret
        raise argparse.ArgumentTypeError(str(exc)) from None


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, not {text}")
    return value


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {text}")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {text}")
    return value


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a rate is between 0 and 1, not {text}")
    return value


def _log_to_stderr(level: str) -> None:
    """The sandbox's own log lines (webhook retries; each delivery at info) on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
    sandbox_logger = logging.getLogger("jobmojito.sandbox")
    sandbox_logger.addHandler(handler)
    sandbox_logger.setLevel(level.upper())
    sandbox_logger.propagate = False


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
            speed=args.speed,
            webhook_urls=args.webhook_url,
            webhook_headers=args.webhook_header,
            webhook_events=args.webhook_event or EVENTS,
            webhook_max_attempts=args.webhook_max_attempts,
            webhook_backoff_s=args.webhook_backoff,
            webhook_timeout_s=args.webhook_timeout,
            webhook_duplicates=args.webhook_duplicates,
        )
        _log_to_stderr(args.log_level)
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
