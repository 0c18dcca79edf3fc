"""``SandboxFixture``: what the ``jobmojito_sandbox`` fixture gives a test."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from .._client import AsyncJobMojito, JobMojito
from .._extras import missing_extra

if TYPE_CHECKING:
    from ..sandbox import Sandbox
    from ..sandbox.webhooks import Attempt

TOKEN = "jobmojito-sandbox-test-token"  # noqa: S105 - the sandbox takes any token
OUTCOMES = ("ongoing", "collected", "completed", "failed")


class SandboxFixture:
    """A running sandbox, a client bound to it, and what a candidate would do."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.base_url = sandbox.base_url
        self.client = JobMojito(token=TOKEN, base_url=self.base_url, max_retries=0)
        self._control = httpx.Client(base_url=self.base_url + "/_sandbox", timeout=10.0)

    def async_client(self, **options: Any) -> AsyncJobMojito:
        """A new ``AsyncJobMojito`` bound to the sandbox (close it, or use it in ``async with``)."""
        return AsyncJobMojito(token=TOKEN, base_url=self.base_url, **{"max_retries": 0, **options})

    def advance(self, interview_result_id: str, outcome: str, *, interview_status: str | None = None) -> dict[str, Any]:
        """Move a result as its candidate would: ``ongoing``, ``collected``, ``completed`` or ``failed``.

        Passes through the phases in between (an invited result advanced to
        ``completed`` is collected first, and both webhooks are sent).
        ``interview_status`` picks how it ended (``"completed, stopped early"``,
        ``"abandoned"``, ...). Returns the result's phase and webhook payload.
        """
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
        body: dict[str, Any] = {"outcome": outcome}
        if interview_status is not None:
            body["interview_status"] = interview_status
        answer = self._control.post(f"/results/{interview_result_id}/advance", json=body)
        if answer.status_code != 200:
            raise AssertionError(f"the sandbox refused to advance {interview_result_id}: {answer.text}")
        found: dict[str, Any] = answer.json()
        return found

    @property
    def deliveries(self) -> list[Attempt]:
        """Every webhook delivery attempt so far (url, headers, body, payload, status, ...), in order."""
        return self.sandbox.webhooks.attempts()

    def wait_for_deliveries(self, count: int, *, timeout: float = 10.0, acknowledged: bool = True) -> list[Attempt]:
        """Wait until ``count`` deliveries were made (acknowledged ones only, by default); return those."""

        def kept(attempts: list[Attempt]) -> list[Attempt]:
            return [a for a in attempts if a.acknowledged or not acknowledged]

        if not self.sandbox.webhooks.wait_for(lambda attempts: len(kept(attempts)) >= count, timeout):
            raise AssertionError(f"{len(kept(self.deliveries))} webhook deliveries after {timeout:g} s, not {count}")
        return kept(self.deliveries)

    def close(self) -> None:
        self.client.close()
        self._control.close()

    def __repr__(self) -> str:
        return f"<SandboxFixture {self.base_url}>"


@contextmanager
def running_sandbox(**options: Any) -> Iterator[SandboxFixture]:
    """A ``SandboxFixture`` for the block (``options``: those of ``jobmojito.sandbox.run_sandbox``)."""
    try:
        from ..sandbox import run_sandbox
    except ImportError as exc:  # starlette, uvicorn, openapi-core: the sandbox extra
        raise RuntimeError(f"the jobmojito {missing_extra(exc, 'sandbox') or exc}") from None
    with run_sandbox(**options) as sandbox:
        fixture = SandboxFixture(sandbox)
        try:
            yield fixture
        finally:
            fixture.close()


def _options(args: Sequence[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    if args:
        raise TypeError("@pytest.mark.jobmojito_sandbox takes keyword arguments (those of run_sandbox)")
    return dict(kwargs)
