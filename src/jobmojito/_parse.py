"""A 2xx answer into the operation's model, or ``APIResponseValidationError``.

The body must be the documented status (200) with a JSON content type, and
JSON nested no deeper than ``_json.DEFAULT_MAX_DEPTH`` (512 levels). The
generated models read it leniently about values (a null where the document
requires a value is kept, and logged once: ``_lenient``) and strictly about
shapes (a string where an object belongs is an error naming the field).
Where a request field selects the response's shape (``create_report``'s
``export_type``), the answer is read as that shape.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._errors import APIResponseValidationError
from ._json import decode_json
from ._lenient import read_noting
from ._operation import Operation

T = TypeVar("T")


def parse(op: Operation[T], response: httpx.Response, sent: Mapping[str, Any] | None) -> T:
    content_type = response.headers.get("content-type", "")
    if response.status_code != 200:
        problem = f"undocumented status {response.status_code}"
    elif "json" not in content_type:
        problem = f"expected JSON, got content-type {content_type or '(none)'!r}"
    else:
        try:
            # Depth-limited before the parser (or the generated reader) recurses: JSONDepthError is a ValueError.
            return read_noting(op.qualname, _reader(op, sent), decode_json(response.content))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:  # ResponseShapeError too
            problem = f"{type(exc).__name__}: {str(exc)[:160]}"
    raise APIResponseValidationError(
        method=op.method,
        path=op.path,
        status_code=response.status_code,
        reason=problem,
        body=response.content,
        secret_fields=op.secret_fields,
        response=response,
    )


def _reader(op: Operation[T], sent: Mapping[str, Any] | None) -> Callable[[Any], T]:
    narrowing = op.narrowing
    if narrowing is None:
        return op.read
    value = (sent or {}).get(narrowing.field)
    read = narrowing.reads.get(value) if isinstance(value, (str, bool, int)) else None
    chosen: Callable[[Any], T] = read or narrowing.otherwise or op.read
    return chosen
