"""The OpenAPI document packaged with the SDK, read once per process.

``jobmojito/resources/openapi.json`` is written by ``make generate``: the
published document as the SDK reads it (normalized). The CLI builds its
commands from it and the sandbox validates and answers with it; both read it
here, so a process that runs both reads and parses it once.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["packaged_document"]


@functools.cache
def packaged_document() -> dict[str, Any]:
    """The packaged, normalized document. Shared: callers must not mutate it."""
    text = resources.files("jobmojito.resources").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
