"""Drift judged from the SDK's side: the two documents as the SDK reads them.

``diff()`` compares two documents as they are published. The SDK never reads
them so: ``codegen.normalize.normalize`` applies ``generator-config.yml`` (the
spec patches, the nullability overlay, the naming table) and the document-wide
rules (3.0 ``nullable`` as JSON Schema ``null``, inline schemas named, shared
components split) first. ``sdk_changes`` compares the two normalized
documents, so a change the SDK absorbs — ``nullable`` added to a field the
overlay already makes nullable, a rewrite from one nullability spelling to the
other — is no change at all. Locations then point into the document as the
SDK reads it (``src/jobmojito/resources/openapi.json`` after ``make generate``).

An operation the naming table does not name is its own kind,
``operation-needs-name``: it would ship under a fallback name that must be
renamed later (a break), so ``make check`` fails on it; the change's ``new``
is the line to add to ``operations:``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from codegen.config import Config
from codegen.normalize import needs_name, normalize

from .diff import diff
from .kinds import Change, Kind, Severity


class NormalizationError(ValueError):
    """generator-config.yml does not fit a document (a pointer that no longer resolves, ...)."""


def as_sdk_reads(doc: Mapping[str, Any], config: Config, label: str) -> dict[str, Any]:
    with normalizing(f"{label} cannot be normalized with generator-config.yml"):
        return normalize(doc, config)


@contextmanager
def normalizing(problem: str) -> Iterator[None]:
    """What a normalizer raises on a document it cannot read, as a NormalizationError starting with ``problem``."""
    try:
        yield
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NormalizationError(f"{problem}: {exc}") from exc


def sdk_changes(old: Mapping[str, Any], new: Mapping[str, Any], config: Config) -> list[Change]:
    """``diff`` of the normalized documents, with unnamed new operations as ``operation-needs-name``."""
    changes = diff(as_sdk_reads(old, config, "the old document"), as_sdk_reads(new, config, "the new document"))
    unnamed = needs_name(new, config.operations)
    out = []
    for change in changes:
        if change.kind is Kind.OPERATION_ADDED and change.location in unnamed:
            message = "operation added without a name: add the line to `operations:` in generator-config.yml"
            line = unnamed[change.location]
            out.append(
                Change(Severity.SAFE, Kind.OPERATION_NEEDS_NAME, change.operation, change.location, message, None, line)
            )
        else:
            out.append(change)
    return sorted(out, key=Change.sort_key)
