"""A local JobMojito API for tests and demos (``pip install jobmojito[sandbox]``).

It serves the 30 operations of the published OpenAPI document on 127.0.0.1,
accepts any non-empty bearer token, validates every request against the
normalized document (422 names the offending field), keeps interviews,
candidates and results in memory, and can add latency, 429s and HTML 5xx
pages on request. Every response validates against the document.

Results move invited → ongoing → collected → completed or failed when
``POST <base>/_sandbox/results/{id}/advance`` says so, or by themselves with
``speed`` (``lifecycle.py``); completed ones get a seeded transcript, scores
and analyses (``seeded_results.py``). With ``webhook_urls`` the sandbox
delivers the documented webhooks, retried and optionally duplicated
(``webhooks.py``; which event a payload is: ``webhook_payload.py``).
The sandbox guide of the docs has the rules.

In the same process (tests)::

    from jobmojito.sandbox import run_sandbox

    with run_sandbox(seed=1) as sb:
        httpx.get(sb.base_url + "/merchant-interview-list", headers={"Authorization": "Bearer x"})

As a separate process: ``python -m jobmojito.sandbox --port 0``; its first
line on stdout is ``JOBMOJITO_SANDBOX_URL=http://127.0.0.1:PORT/functions/v1``.
``create_app(...)`` gives the ASGI app itself; ``app.state.webhooks`` has its
webhook deliveries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import DEFAULT_BASE_PATH, create_app
    from .cli import main
    from .server import Sandbox, run_sandbox

__all__ = ["DEFAULT_BASE_PATH", "Sandbox", "create_app", "main", "run_sandbox"]

# Imported on first use, so that ``python -m jobmojito.sandbox`` (``__main__``)
# runs without starlette and can say which extra to install.
_WHERE = {"DEFAULT_BASE_PATH": "app", "create_app": "app", "main": "cli", "Sandbox": "server", "run_sandbox": "server"}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
