"""The vocabulary of ``make drift``: severities, kinds of change, one change.

A change is judged from the point of view of a program that uses the SDK
built from the OLD document and now talks to a server that follows the NEW
one: *breaking* if such a program can stop working (a call is refused, a
field it reads is gone, a value it did not expect arrives), *safe* if it keeps
working and only gains something, *info* if only documentation moved.

``Kind`` is a stable set: a value is never renamed or reused, only added.
Where a kind's severity depends on the direction, "request" means anything
the client sends (parameters, request bodies) and "response" anything it
receives.

============================  =============================================================
kind                          severity
============================  =============================================================
operation-added               safe
operation-removed             breaking
operation-needs-name          safe once named; ``make check`` fails until the naming table names it
parameter-added               safe; breaking when the new parameter is required
parameter-removed             breaking
parameter-required            breaking (an optional parameter became required)
parameter-optional            safe (a required parameter became optional)
request-body-added            safe; breaking when the new body is required
request-body-removed          breaking
request-body-required         breaking
request-body-optional         safe
request-field-added           safe; breaking when the new field is required
request-field-removed         breaking (the SDK method loses an argument)
request-field-required        breaking
request-field-optional        safe
response-field-added          safe
response-field-removed        breaking
response-field-optional       breaking (a field the client reads may be missing)
response-field-required       safe
type-changed                  breaking (``type`` or ``format``, request or response)
nullable-added                request: safe; response: breaking for a required field (``None`` can now
                              arrive), info for an optional one (already ``X | None`` in the SDK)
nullable-removed              request: breaking (``None`` is refused); response: safe, info if optional
enum-value-added              safe (responses: the SDK's open enums absorb new values)
enum-value-removed            request: breaking; response: safe (it no longer arrives)
variant-added                 request: safe; response: breaking (``anyOf``/``oneOf`` branch)
variant-removed               request: breaking; response: safe
constraint-tightened          request: breaking; response: safe (min/max, length, pattern, enum added)
constraint-loosened           safe
media-type-added              safe
media-type-removed            breaking
response-status-added         safe
response-status-removed       breaking for a 2xx status; safe otherwise
security-added                breaking unless every old way to authenticate still works
security-removed              safe unless some old way to authenticate no longer works
summary-changed               info
description-changed           info (old and new text: a description can change units)
title-changed                 info
example-changed               info
default-changed               info
deprecated-changed            info
============================  =============================================================

``operation-needs-name`` comes from the SDK's side (``sdk_side``): the naming
table is the SDK's, not the document's.

Nullability is one fact however it is spelled: OpenAPI 3.0 ``nullable: true``,
3.1 ``type: [x, "null"]``, a ``null`` enum member, or an ``anyOf``/``oneOf``
branch that only admits ``null`` — a document rewritten from one style to the
other yields no change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    BREAKING = "breaking"
    SAFE = "safe"
    INFO = "info"


SEVERITY_ORDER = {Severity.BREAKING: 0, Severity.SAFE: 1, Severity.INFO: 2}


class Kind(StrEnum):
    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    OPERATION_NEEDS_NAME = "operation-needs-name"
    PARAMETER_ADDED = "parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_REQUIRED = "parameter-required"
    PARAMETER_OPTIONAL = "parameter-optional"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_REQUIRED = "request-body-required"
    REQUEST_BODY_OPTIONAL = "request-body-optional"
    REQUEST_FIELD_ADDED = "request-field-added"
    REQUEST_FIELD_REMOVED = "request-field-removed"
    REQUEST_FIELD_REQUIRED = "request-field-required"
    REQUEST_FIELD_OPTIONAL = "request-field-optional"
    RESPONSE_FIELD_ADDED = "response-field-added"
    RESPONSE_FIELD_REMOVED = "response-field-removed"
    RESPONSE_FIELD_OPTIONAL = "response-field-optional"
    RESPONSE_FIELD_REQUIRED = "response-field-required"
    TYPE_CHANGED = "type-changed"
    NULLABLE_ADDED = "nullable-added"
    NULLABLE_REMOVED = "nullable-removed"
    ENUM_VALUE_ADDED = "enum-value-added"
    ENUM_VALUE_REMOVED = "enum-value-removed"
    VARIANT_ADDED = "variant-added"
    VARIANT_REMOVED = "variant-removed"
    CONSTRAINT_TIGHTENED = "constraint-tightened"
    CONSTRAINT_LOOSENED = "constraint-loosened"
    MEDIA_TYPE_ADDED = "media-type-added"
    MEDIA_TYPE_REMOVED = "media-type-removed"
    RESPONSE_STATUS_ADDED = "response-status-added"
    RESPONSE_STATUS_REMOVED = "response-status-removed"
    SECURITY_ADDED = "security-added"
    SECURITY_REMOVED = "security-removed"
    SUMMARY_CHANGED = "summary-changed"
    DESCRIPTION_CHANGED = "description-changed"
    TITLE_CHANGED = "title-changed"
    EXAMPLE_CHANGED = "example-changed"
    DEFAULT_CHANGED = "default-changed"
    DEPRECATED_CHANGED = "deprecated-changed"


# Documentation-only keywords and the kind their change is reported as.
ANNOTATION_KINDS = {
    "summary": Kind.SUMMARY_CHANGED,
    "description": Kind.DESCRIPTION_CHANGED,
    "title": Kind.TITLE_CHANGED,
    "example": Kind.EXAMPLE_CHANGED,
    "examples": Kind.EXAMPLE_CHANGED,
    "default": Kind.DEFAULT_CHANGED,
    "deprecated": Kind.DEPRECATED_CHANGED,
}


@dataclass(frozen=True)
class Change:
    """One difference between the documents, as a client of the SDK sees it.

    ``location`` is a JSON pointer into the NEW document, or into the OLD one
    when the thing it points at was removed. ``operation`` is ``"METHOD /path"``
    or ``None`` for a change that belongs to no operation.
    """

    severity: Severity
    kind: Kind
    operation: str | None
    location: str
    message: str
    old: Any = None
    new: Any = None

    def sort_key(self) -> tuple[int, str, str, str, str, str, str]:
        return (
            SEVERITY_ORDER[self.severity],
            self.operation or "",
            self.location,
            self.kind.value,
            self.message,
            json.dumps(self.old, sort_keys=True, default=str),
            json.dumps(self.new, sort_keys=True, default=str),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity.value,
            "kind": self.kind.value,
            "operation": self.operation,
            "location": self.location,
            "message": self.message,
            "old": self.old,
            "new": self.new,
        }


def by_direction(request: bool, when_request: Severity, when_response: Severity) -> Severity:
    return when_request if request else when_response
