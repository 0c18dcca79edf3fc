"""One call's HTTP request, from its operation and arguments; nothing is sent on a bad argument.

The generated methods hand over their arguments by location (``path``,
``query``, ``body``), under their wire names, with ``NOT_GIVEN`` for what the
caller left out. Here they are reduced to what goes on the wire, checked
against the document's JSON Schemas, and written as httpx wants them; then
the per-call extras (headers, query, body fields, timeout) are laid over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ._errors import ValidationError
from ._files import file_part
from ._options import header_problem
from ._serialize import multipart_text, present, query_value, to_json
from ._timeouts import as_timeout
from ._types import NotGiven
from ._validation import check_json, check_query, validate

if TYPE_CHECKING:
    from ._base_client import RequestOptions
    from ._operation import Operation

_FILE_PLACEHOLDER = "<file>"  # what the schema check sees of a file part (a string of format binary)


class Request:
    """What ``build`` gives: httpx's ``build_request`` arguments, and the body as sent."""

    __slots__ = ("body", "kwargs")

    def __init__(self, kwargs: dict[str, Any], body: Mapping[str, Any] | None) -> None:
        self.kwargs = kwargs
        self.body = body


def build(
    op: Operation[Any],
    *,
    url: httpx.URL | str,
    base_url: str,
    options: RequestOptions,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    body: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: float | httpx.Timeout | NotGiven | None,
) -> Request:
    """The request of one call; ``ValidationError`` (naming the operation and field) before anything is sent."""
    try:
        path_values = present(path, op.nullable) if path else {}
        query_values = present(query, op.nullable) if query else {}
        if op.params_schema is not None and options.validate:
            validate(op.params_schema, {**path_values, **query_values})  # "required" too, so even when empty
        elif path_values or query_values:
            check_json({**path_values, **query_values})  # what cannot go on the wire, whatever the schema
        if path_values:
            texts = {k: query_value(v) for k, v in path_values.items()}
            check_query("", texts)
            url = base_url + op.path.format(**{k: quote(t, safe="") for k, t in texts.items()})
        kwargs: dict[str, Any] = {
            "method": op.method,
            "url": url,
            "headers": options.http_headers if not extra_headers else _headers(options.headers, extra_headers),
            "timeout": options.timeout if isinstance(timeout, NotGiven) else as_timeout(timeout),
        }
        params = {k: query_value(v) for k, v in query_values.items()}
        if extra_query:
            params.update({str(k): query_value(to_json(v, str(k))) for k, v in extra_query.items()})
        if params:
            check_query(str(url), params)  # httpx refuses a URL past 64 KiB with InvalidURL, after building it
            kwargs["params"] = params
        return Request(kwargs, _body(op, body, extra_body, options.validate, kwargs))
    except ValidationError as exc:
        raise exc.for_operation(op.qualname) from None


def _headers(defaults: Mapping[str, str], extra: Mapping[str, str]) -> httpx.Headers:
    """The client's headers with ``extra_headers`` over them; ``ValidationError`` for what HTTP cannot carry."""
    for name, value in extra.items():
        problem = header_problem(name, value)
        if problem is not None:
            where = f"extra_headers.{name}" if isinstance(name, str) else "extra_headers"
            raise ValidationError(
                field=where.encode("ascii", "backslashreplace").decode(), rule=problem[0], message=problem[1]
            )
    return httpx.Headers({**defaults, **extra})


def _body(
    op: Operation[Any],
    body: Mapping[str, Any] | None,
    extra_body: Mapping[str, object] | None,
    check: bool,
    kwargs: dict[str, Any],
) -> dict[str, Any] | None:
    """The body as sent (None if the operation takes none), written into ``kwargs``."""
    if op.body is None:
        if extra_body:
            raise ValidationError(
                field="extra_body", rule="body", message=f"cannot be sent: {op.method} {op.path} takes no request body"
            )
        return None
    if op.body == "multipart":
        return _multipart(op, body or {}, extra_body, check, kwargs)
    sent = present(body, op.nullable) if body else {}
    if op.body_schema is not None and check:
        validate(op.body_schema, sent)
    else:
        check_json(sent)
    if extra_body:
        sent.update(_extra(extra_body))
    kwargs["json"] = sent
    return sent


def _extra(extra_body: Mapping[str, object]) -> dict[str, Any]:
    """``extra_body`` as JSON: not checked against the document, but it must be able to go on the wire."""
    extra: dict[str, Any] = to_json(dict(extra_body), "")
    check_json(extra)
    return extra


def _multipart(
    op: Operation[Any],
    body: Mapping[str, Any],
    extra_body: Mapping[str, object] | None,
    check: bool,
    kwargs: dict[str, Any],
) -> dict[str, Any]:
    """File arguments become file parts, the others text parts."""
    files = {p.wire for p in op.params if p.is_file}
    values = {k: v for k, v in body.items() if k not in files}
    sent = present(values, frozenset())  # a multipart form has no null: None is "not sent"
    given = {k: v for k, v in body.items() if k in files and v is not None and not isinstance(v, NotGiven)}
    parts = {k: file_part(k, v) for k, v in given.items()}
    if check and op.body_schema is not None:
        validate(op.body_schema, {**sent, **dict.fromkeys(parts, _FILE_PLACEHOLDER)})
    else:
        check_json(sent)
    if extra_body:
        sent.update(_extra(extra_body))
    kwargs["data"] = {k: multipart_text(v) for k, v in sent.items()}
    kwargs["files"] = list(parts.items())
    return sent
