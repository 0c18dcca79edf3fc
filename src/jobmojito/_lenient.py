"""Responses that break the document's promises: kept, and logged once.

A generated response model keeps a null (or missing) value where the
document requires one instead of failing, and reports it to
``jobmojito_api.types.NOTES`` while someone collects. The client collects
around each parse and the ``jobmojito`` logger warns once per operation and
field, so that the nullability overlay (``generator-config.yml``) can be kept
true.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from jobmojito_api.types import NOTES

T = TypeVar("T")

logger = logging.getLogger("jobmojito")
_warned: set[tuple[str, str, str]] = set()
_lock = threading.Lock()


def read_noting(qualname: str, read: Callable[[Any], T], data: Any) -> T:
    """``read(data)``, warning once per (operation, model, field) about required values that were null."""
    notes: list[tuple[str, str]] = []
    token = NOTES.set(notes)
    try:
        return read(data)
    finally:
        NOTES.reset(token)
        if notes:
            _warn(qualname, notes)


def _warn(qualname: str, notes: list[tuple[str, str]]) -> None:
    for model, field in dict.fromkeys(notes):
        key = (qualname, model, field)
        with _lock:
            if key in _warned:
                continue
            _warned.add(key)
        logger.warning(
            "%s: the response has no value for %s.%s, which the document requires; it is kept as None "
            "(if the server means it, add the field to the nullability overlay in generator-config.yml)",
            qualname,
            model,
            field,
        )
