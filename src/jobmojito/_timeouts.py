"""Timeouts as httpx takes them."""

from __future__ import annotations

import httpx


def as_timeout(timeout: float | httpx.Timeout | None, default: httpx.Timeout | None = None) -> httpx.Timeout:
    """Seconds (or None: no limit) as an ``httpx.Timeout``; connecting keeps its own, shorter limit."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    connect = default.connect if default is not None and default.connect is not None else 10.0
    return httpx.Timeout(timeout, connect=min(timeout, connect))
