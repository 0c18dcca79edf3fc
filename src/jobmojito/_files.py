"""Upload arguments as multipart parts: bytes, a path, a binary file object or a tuple.

``upload_document(file=...)`` takes any of:

* ``bytes`` (or ``bytearray``/``memoryview``): the content, sent under the field's name as file name;
* a ``str`` or ``os.PathLike``: a path to read (the part is named after the file);
* a binary file object (``open(path, "rb")``, ``io.BytesIO``): read from where it is, when the
  call is made (so that a retry sends the same bytes);
* ``(filename, content)`` or ``(filename, content, media type)``, content bytes or a binary file object;
* ``jobmojito_api.types.File``.

Anything else is ``jobmojito.ValidationError`` naming the field, before anything
is sent. The media type, when not given, is guessed from the file name. A part
always has a file name (the field's own when nothing else names it): servers
read a part without one as a text field, not a file.
"""

from __future__ import annotations

import mimetypes
import os
from typing import Any

from ._errors import ValidationError
from ._validation import check_json

Part = tuple[str | None, bytes, str]  # (file name, content, media type)
ACCEPTED = "bytes, a path, a binary file object or a (filename, content[, media type]) tuple"
_DEFAULT_TYPE = "application/octet-stream"


def file_part(field: str, value: Any) -> Part:
    """The ``(filename, content, media type)`` httpx sends for ``value``."""
    name, content, media = _part(field, value)
    check_json(name, f"{field} (file name)")  # a lone surrogate (an undecodable path's bytes) cannot be sent
    check_json(media, f"{field} (media type)")
    return name or field, content, media


def _part(field: str, value: Any) -> Part:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None, bytes(value), _DEFAULT_TYPE
    if isinstance(value, (str, os.PathLike)):
        return _read_path(field, value)
    if isinstance(value, tuple):
        return _from_tuple(field, value)
    payload = getattr(value, "payload", None)
    if payload is not None and hasattr(value, "to_tuple"):  # jobmojito_api.types.File
        name = getattr(value, "file_name", None)
        return name, _binary(field, payload), getattr(value, "mime_type", None) or _guess(name)
    if callable(getattr(value, "read", None)):
        name = getattr(value, "name", None)
        name = os.path.basename(name) if isinstance(name, str) else None
        return name, _binary(field, value), _guess(name)
    raise _invalid(field, f"must be {ACCEPTED}; got {type(value).__name__}")


def _read_path(field: str, path: str | os.PathLike[str]) -> Part:
    try:
        with open(path, "rb") as handle:
            content = handle.read()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _invalid(field, f"is a path that cannot be read: {reason}", rule="file") from None
    name = os.path.basename(os.fspath(path))
    return name, content, _guess(name)


def _from_tuple(field: str, value: tuple[Any, ...]) -> Part:
    if len(value) not in (2, 3):
        raise _invalid(field, f"as a tuple must be (filename, content[, media type]); got {len(value)} items")
    name, content = value[0], value[1]
    media = value[2] if len(value) == 3 else None
    if name is not None and not isinstance(name, str):
        raise _invalid(field, f"file name must be a string; got {type(name).__name__}")
    if media is not None and not isinstance(media, str):
        raise _invalid(field, f"media type must be a string; got {type(media).__name__}")
    if isinstance(content, (bytes, bytearray, memoryview)):
        body = bytes(content)
    elif callable(getattr(content, "read", None)):
        body = _binary(field, content)
    else:
        raise _invalid(field, f"content must be bytes or a binary file object; got {type(content).__name__}")
    return name, body, media or _guess(name)


def _binary(field: str, handle: Any) -> bytes:
    """What a binary file object holds from where it is (read now, so that a retry sends it whole)."""
    try:
        content = handle.read()
    except (OSError, ValueError) as exc:  # closed, or not readable
        raise _invalid(field, f"is a file object that cannot be read: {exc}", rule="file") from None
    if isinstance(content, str):
        raise _invalid(field, "must be opened in binary mode ('rb'), not as text")
    if not isinstance(content, (bytes, bytearray, memoryview)):
        raise _invalid(field, f"read() must give bytes; got {type(content).__name__}")
    return bytes(content)


def _guess(name: str | None) -> str:
    return (mimetypes.guess_type(name)[0] if name else None) or _DEFAULT_TYPE


def _invalid(field: str, message: str, *, rule: str = "type") -> ValidationError:
    return ValidationError(field=field, rule=rule, message=message)
