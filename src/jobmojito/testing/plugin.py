"""The pytest plugin of ``jobmojito.testing`` (entry point ``pytest11``): the ``jobmojito_sandbox`` fixture.

Loaded by pytest wherever the SDK is installed, so importing it costs nothing
and needs no extra: the sandbox is imported when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ._fixture import SandboxFixture, _options, running_sandbox


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "jobmojito_sandbox(**options): options of the jobmojito_sandbox fixture "
        "(those of jobmojito.sandbox.run_sandbox: webhook_urls, webhook_headers, seed, ...)",
    )


@pytest.fixture
def jobmojito_sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxFixture]:
    """A JobMojito sandbox on a free 127.0.0.1 port for this test, with a client bound to it."""
    marker = request.node.get_closest_marker("jobmojito_sandbox")
    options: dict[str, Any] = _options(marker.args, marker.kwargs) if marker else {}
    try:
        context = running_sandbox(**options)
        fixture = context.__enter__()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield fixture
    finally:
        context.__exit__(None, None, None)
