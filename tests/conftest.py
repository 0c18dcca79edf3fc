"""Shared test fixtures: the document, its normalizations and the naming table."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from normalize import iter_operations, normalize, normalize_strict  # noqa: E402


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def published() -> dict[str, Any]:
    """openapi.yaml exactly as the server publishes it."""
    return load_yaml(ROOT / "openapi.yaml")


@pytest.fixture(scope="session")
def naming() -> dict[str, Any]:
    return load_yaml(ROOT / "scripts" / "naming.yaml")


@pytest.fixture(scope="session")
def strict_doc(published: dict[str, Any], naming: dict[str, Any]) -> dict[str, Any]:
    return normalize_strict(published, naming["operations"])


@pytest.fixture(scope="session")
def lenient_doc(published: dict[str, Any], naming: dict[str, Any]) -> dict[str, Any]:
    return normalize(published, naming["operations"])


@pytest.fixture(scope="session")
def operations(published: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(iter_operations(published))
