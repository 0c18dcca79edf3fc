"""The optional extras (``pip install "jobmojito[cli]"``) and the one line that names a missing one.

The command line, the sandbox and the aiohttp transport import packages the
base install does not have. When one is missing, the user reads which extra
brings it, not a traceback. ``MODULES`` is the import names of each extra's
requirements in ``pyproject.toml`` (``tests/test_extras.py`` keeps them equal).
"""

from __future__ import annotations

import sys

__all__ = ["MODULES", "WHAT", "exit_without_extra", "hint", "missing_extra"]

MODULES: dict[str, frozenset[str]] = {
    "cli": frozenset({"click"}),
    "sandbox": frozenset({"starlette", "uvicorn", "openapi_core", "jsonschema", "click"}),
    "aiohttp": frozenset({"httpx_aiohttp", "aiohttp"}),
}
WHAT = {"cli": "the command line", "sandbox": "the sandbox", "aiohttp": "DefaultAioHttpClient"}


def hint(extra: str, module: str | None = None) -> str:
    """``the sandbox needs its extra: pip install "jobmojito[sandbox]" (starlette is not installed)``."""
    missing = f" ({module} is not installed)" if module else ""
    return f'{WHAT[extra]} needs its extra: pip install "jobmojito[{extra}]"{missing}'


def missing_extra(exc: ImportError, extra: str) -> str | None:
    """The hint when ``exc`` is one of the extra's packages missing; None for any other import error."""
    top = (exc.name or "").split(".", 1)[0]
    return hint(extra, top) if top in MODULES[extra] else None


def exit_without_extra(program: str, extra: str, exc: ImportError) -> int:
    """For a command whose import failed: print ``<program>: <hint>`` on stderr and give exit status 1.

    ``exc`` is raised again when it is not one of the extra's packages missing (a real bug).
    """
    message = missing_extra(exc, extra)
    if message is None:
        raise exc
    print(f"{program}: {message}", file=sys.stderr)
    return 1
