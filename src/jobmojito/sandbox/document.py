"""Where the sandbox gets the OpenAPI document it serves.

Two documents, both read once per process:

* ``published_document()``: the document exactly as the live server publishes
  it (served back at ``GET <base>/openapi``, like production).
* ``normalized_document()``: the same in plain JSON Schema 2020-12 terms with
  operationIds (``scripts/normalize.py: normalize_strict``). Everything the
  sandbox validates and answers is built from this one.

Each prefers the copy packaged with the generated client
(``jobmojito_api/openapi.json`` and ``jobmojito_api/openapi.normalized.json``,
written by ``make generate``) and falls back to a source checkout: the repo's
``openapi.yaml`` and, for the normalized form, ``scripts/normalize.py`` plus
``scripts/naming.yaml`` imported at run time (nothing is copied from them).
Once the packaged files exist everywhere, ``_from_checkout`` can go.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from importlib import resources
from pathlib import Path
from typing import Any

PACKAGE = "jobmojito_api"
PUBLISHED_FILE = "openapi.json"
NORMALIZED_FILE = "openapi.normalized.json"


@functools.cache
def published_document() -> dict[str, Any]:
    """The published document. Shared: callers must not mutate it."""
    return _packaged(PUBLISHED_FILE) or _load_yaml(_checkout() / "openapi.yaml")


@functools.cache
def normalized_document() -> dict[str, Any]:
    """The strictly normalized document. Shared: callers must not mutate it."""
    return _packaged(NORMALIZED_FILE) or _normalize_from_checkout(published_document())


def _packaged(name: str) -> dict[str, Any] | None:
    try:
        resource = resources.files(PACKAGE) / name
    except ModuleNotFoundError:
        return None
    if not resource.is_file():
        return None
    loaded: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return loaded


def _checkout() -> Path:
    """The source checkout this module runs from (holds openapi.yaml and scripts/)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "openapi.yaml").is_file() and (folder / "scripts" / "normalize.py").is_file():
            return folder
    raise RuntimeError(
        f"jobmojito.sandbox: neither {PACKAGE}/{PUBLISHED_FILE} is installed nor is this a source "
        "checkout with openapi.yaml; run `make generate` or install a wheel built after it"
    )


def _load_yaml(path: Path) -> dict[str, Any]:
    import yaml  # only needed when running from a checkout

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    return loaded


def _normalize_from_checkout(published: dict[str, Any]) -> dict[str, Any]:
    root = _checkout()
    spec = importlib.util.spec_from_file_location("_jobmojito_scripts_normalize", root / "scripts" / "normalize.py")
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {root / 'scripts' / 'normalize.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = _load_yaml(root / "scripts" / "naming.yaml")["operations"]
    normalized: dict[str, Any] = module.normalize_strict(published, names)
    return normalized
