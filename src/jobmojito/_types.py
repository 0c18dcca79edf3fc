"""Types of the facade's signatures: ``NOT_GIVEN`` and the per-call option types."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Final, Literal, Union

if TYPE_CHECKING:
    import httpx
    from jobmojito_api.types import File

__all__ = ["NOT_GIVEN", "Body", "FileInput", "Headers", "NotGiven", "Query", "Timeout"]


class NotGiven:
    """The default of an argument whose ``None`` means JSON null: "leave it out of the request".

    Only arguments the document lets be null take it (``seniority_level=None``
    sends ``null``; not passing it sends nothing); every other optional
    argument defaults to ``None``, which means "not sent". The SDK never
    returns it.
    """

    __slots__ = ()
    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
Timeout = Union[float, "httpx.Timeout", None]
# What an upload argument takes: bytes, a path, a binary file object, or a
# (filename, content[, media type]) tuple (content: bytes or a binary file object).
FileInput = Union[
    bytes,
    str,
    os.PathLike[str],
    IO[bytes],
    tuple[str | None, bytes | IO[bytes]],
    tuple[str | None, bytes | IO[bytes], str | None],
    "File",
]
