"""Drift of the webhooks document (``openapi-webhooks.yaml``), judged like the API's.

A receiver reads a delivery as a client reads a response: a payload field
removed breaks it, one added does not. So each event's request body is
compared as the *response* of a pseudo operation ``POST /webhooks/{event}``
(with ``diff()``, the same schema walk as the API document), and the changes
are then relabelled: ``operation`` becomes ``webhook {event}`` and
``location`` a pointer into the webhooks document again. An event removed is
``operation-removed`` (breaking: the receiver's handler never runs again), an
event added ``operation-added``.

As for the API document, both sides are read as the SDK reads them
(``codegen.normalize.normalize_webhooks``) unless ``as_published``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from codegen.normalize import normalize_webhooks

from .diff import diff
from .kinds import Change
from .sdk_side import normalizing

PREFIX = "/webhooks/"
_PATH_POINTER = "/paths/~1webhooks~1"


def as_operations(doc: Mapping[str, Any]) -> dict[str, Any]:
    """``doc`` with each webhook as a path whose 200 response is the delivery's body."""
    out = {key: value for key, value in doc.items() if key != "webhooks"}
    paths: dict[str, Any] = {}
    for event, item in (doc.get("webhooks") or {}).items():
        operations: dict[str, Any] = {}
        for method, operation in (item or {}).items():
            if not isinstance(operation, dict):
                continue
            content = (operation.get("requestBody") or {}).get("content", {})
            rest = {key: value for key, value in operation.items() if key not in ("requestBody", "responses")}
            operations[method] = {**rest, "responses": {"200": {"description": "the delivery", "content": content}}}
        paths[PREFIX + str(event)] = operations
    out["paths"] = paths
    return out


def _event_pointer(location: str) -> str:
    """A pointer into the pseudo document, as a pointer into the webhooks document."""
    if not location.startswith(_PATH_POINTER):
        return location
    event, _, rest = location[len(_PATH_POINTER) :].partition("/")
    method, _, rest = rest.partition("/")
    rest = rest.replace("responses/200/content", "requestBody/content", 1)
    return "/".join(part for part in ("/webhooks", event, method, rest) if part)


def _relabelled(change: Change) -> Change:
    operation = change.operation
    if operation is not None and PREFIX in operation:
        operation = "webhook " + operation.split(PREFIX, 1)[1]
    return dataclasses.replace(change, operation=operation, location=_event_pointer(change.location))


def webhook_changes(old: Mapping[str, Any], new: Mapping[str, Any], *, as_published: bool = False) -> list[Change]:
    """The changes between two webhooks documents, labelled by event."""
    if not as_published:
        with normalizing("the old webhooks document cannot be normalized"):
            old = normalize_webhooks(old)
        with normalizing("the new webhooks document cannot be normalized"):
            new = normalize_webhooks(new)
    return sorted((_relabelled(c) for c in diff(as_operations(old), as_operations(new))), key=Change.sort_key)
