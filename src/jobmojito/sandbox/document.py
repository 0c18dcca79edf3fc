"""Where the sandbox gets the OpenAPI document it serves: the one packaged with the SDK.

``jobmojito/resources/openapi.json`` is written by ``make generate``: the
published document as the SDK reads it (normalized: plain JSON Schema 2020-12,
operationIds from the naming table, the spec patches and the nullability
overlay of ``generator-config.yml`` applied). Everything the sandbox
validates and answers is built from it, and ``GET <base>/openapi`` serves it.
Nothing here imports the pipeline (``scripts/``): an installed wheel has it all.

Both functions return the same shared document (callers must not mutate it):
``published_document()`` is kept for the sandbox code that asks for the
document it serves, ``normalized_document()`` for the one it validates with.
"""

from __future__ import annotations

from typing import Any

from .._document import packaged_document


def normalized_document() -> dict[str, Any]:
    """The packaged, normalized document. Shared: callers must not mutate it."""
    return packaged_document()


def published_document() -> dict[str, Any]:
    """The document the sandbox serves (the packaged one). Shared: callers must not mutate it."""
    return normalized_document()
