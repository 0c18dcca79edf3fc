"""Pytest fixtures for the fault server. Import them explicitly in a test module:

from tests.support.fixtures import fault_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fault_server import FaultServer


@pytest.fixture(name="fault_server")
def fault_server_fixture() -> Iterator[FaultServer]:
    """A fault server with default settings, stopped after the test."""
    with FaultServer(hard_timeout=120.0) as server:
        yield server


@pytest.fixture(name="auth_server")
def auth_server_fixture() -> Iterator[FaultServer]:
    """A fault server whose API paths require a valid bearer token and the anon key."""
    with FaultServer(require_auth=True, hard_timeout=120.0) as server:
        yield server
