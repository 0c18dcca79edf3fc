"""Shared test fixtures: the document, the pipeline's configuration and the normalized document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from codegen.config import Config, load
from codegen.normalize import iter_operations, normalize
from tiers import SLOW_MODULES, is_slow

ROOT = Path(__file__).resolve().parent.parent


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def published() -> dict[str, Any]:
    """openapi.yaml exactly as the server publishes it."""
    return load_yaml(ROOT / "openapi.yaml")


@pytest.fixture(scope="session")
def config() -> Config:
    """generator-config.yml: the naming table, patches, overlay, ..."""
    return load()


@pytest.fixture(scope="session")
def normalized(published: dict[str, Any], config: Config) -> dict[str, Any]:
    """The document as the SDK reads it (what the generator and the request validator see)."""
    return normalize(published, config)


@pytest.fixture(scope="session")
def operations(published: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(iter_operations(published))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The ``slow`` marker on the tests ``tiers.py`` lists (``make test-fast`` deselects them)."""
    for item in items:
        function = getattr(item, "originalname", None) or item.name
        if is_slow(item.path.stem, function) or item.get_closest_marker("docs") or item.get_closest_marker("scenario"):
            item.add_marker(pytest.mark.slow)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under ``-m "not slow"`` a slow module is not even imported (schemathesis, hypothesis strategies, ...)."""
    if config.getoption("markexpr") == "not slow" and collection_path.stem in SLOW_MODULES:
        return True
    return None
