"""Delivering the documented webhooks from the sandbox, at least once.

Every change of a result (``lifecycle.py``) is offered to ``Webhooks.result_changed``
with the result's payload. A delivery is made when the payload is a documented
event (``webhook_payload.event_of``) and either that event is new for the
result (collected, scored, failed) or it is ``interview_result`` again and one
of its watched fields changed (score, recruiter decision, AI analysis, PDF
URL). ``reason`` names the fields that changed, comma-separated.

Each delivery is one POST of the JSON payload to every configured URL with
``Content-Type: application/json``, ``User-Agent: jobmojito-sandbox`` and the
configured headers; nothing names the event (see ``webhook_payload``).
Any 2xx acknowledges it. A non-2xx answer, a timeout or a connection error
is retried after ``backoff_s``, then twice that, and so on (at most
``max_backoff_s``), until ``max_attempts`` attempts were made; then it is
given up and logged. With ``duplicates`` > 0 that share of deliveries
(drawn per delivery and URL from a generator seeded with the sandbox's seed)
is delivered a second time once acknowledged, as at-least-once delivery may.
Deliveries run as tasks on the server's loop, concurrently: an API response
never waits for one, and they arrive in no guaranteed order.

Every attempt is recorded in ``Webhooks.deliveries`` (``Attempt``); header
values are secrets: reprs and log lines show ``***`` instead.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from .fake import seeded
from .webhook_payload import EVENTS, RESULT_WATCHED, changed_fields, event_of

logger = logging.getLogger("jobmojito.sandbox.webhooks")

USER_AGENT = "jobmojito-sandbox"
MASK = "***"
_DEFAULT_HEADERS = (("Content-Type", "application/json"), ("User-Agent", USER_AGENT))
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP header name (RFC 9110 token)


def parse_header(text: str) -> tuple[str, str]:
    """``"Name: value"`` → ``("Name", "value")``. The error never repeats the value."""
    name, colon, value = text.partition(":")
    name, value = name.strip(), value.strip()
    if not colon or not _TOKEN.match(name):
        raise ValueError("a webhook header is 'Name: value' with a header name before the colon")
    return name, value


class MaskedHeaders(Mapping[str, str]):
    """Request headers whose repr hides the values of the secret ones (case-insensitive names)."""

    def __init__(self, items: Sequence[tuple[str, str]], secret: Collection[str]) -> None:
        self._items = tuple(items)
        self._secret = {name.lower() for name in secret}

    def __getitem__(self, name: str) -> str:
        for key, value in self._items:
            if key.lower() == name.lower():
                return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def masked(self) -> dict[str, str]:
        """The headers with ``***`` for the value of each secret one."""
        return {key: MASK if key.lower() in self._secret else value for key, value in self._items}

    def __repr__(self) -> str:
        return repr(self.masked())

    __str__ = __repr__


def safe_url(url: str) -> str:
    """A URL without its userinfo and query, which may hold credentials: for reprs and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}" + ("?…" if parts.query else "")


@dataclass(frozen=True)
class WebhookSettings:
    """Where and how the sandbox delivers webhooks. ``headers`` values are secrets."""

    urls: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    events: frozenset[str] = frozenset(EVENTS)
    max_attempts: int = 5
    backoff_s: float = 1.0
    max_backoff_s: float = 60.0
    timeout_s: float = 10.0
    duplicates: float = 0.0

    def __post_init__(self) -> None:
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"a webhook URL is an absolute http(s) URL, not {safe_url(url)!r}")
        names = [name.lower() for name, _ in self.headers]
        for name, value in self.headers:
            if not _TOKEN.match(name):
                raise ValueError(f"{name!r} is not a header name")
            if any(c in value for c in "\r\n\0"):
                raise ValueError(f"the value of webhook header {name} has a line break or NUL")
            if names.count(name.lower()) > 1:
                raise ValueError(f"webhook header {name} is given more than once")
        unknown = sorted(set(self.events) - set(EVENTS))
        if unknown:
            raise ValueError(f"unknown webhook events {unknown}; known: {', '.join(EVENTS)}")
        if self.max_attempts < 1:
            raise ValueError("webhook max_attempts must be at least 1")
        if self.backoff_s < 0 or self.max_backoff_s < 0 or self.timeout_s <= 0:
            raise ValueError("webhook backoff must not be negative and the timeout must be positive")
        if not 0.0 <= self.duplicates <= 1.0:
            raise ValueError(f"webhook duplicates is a share between 0 and 1, not {self.duplicates}")

    def __repr__(self) -> str:
        urls = tuple(safe_url(u) for u in self.urls)
        headers = {name: MASK for name, _ in self.headers}
        return (
            f"WebhookSettings(urls={urls!r}, headers={headers!r}, events={sorted(self.events)!r}, "
            f"max_attempts={self.max_attempts}, backoff_s={self.backoff_s}, max_backoff_s={self.max_backoff_s}, "
            f"timeout_s={self.timeout_s}, duplicates={self.duplicates})"
        )

    def delay_after(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return float(min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1)))


@dataclass(frozen=True, repr=False)
class Attempt:
    """One POST of one delivery: what was sent and what came back.

    ``change`` numbers the result change the delivery is about (shared by its
    retries, its duplicate and its copies to other URLs); ``attempt`` counts
    from 1 within one delivery; ``duplicate`` marks the injected second
    delivery. ``status`` is the HTTP status, or None when no answer came
    (``error`` says why: ``timeout`` or the connection error's class).
    """

    change: int
    event: str
    interview_result_id: str
    url: str
    headers: MaskedHeaders
    body: bytes
    attempt: int
    duplicate: bool
    status: int | None
    error: str | None

    @property
    def payload(self) -> Any:
        return json.loads(self.body)

    @property
    def acknowledged(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def __repr__(self) -> str:
        outcome = f"HTTP {self.status}" if self.status is not None else self.error
        return (
            f"Attempt(change={self.change}, event={self.event!r}, interview_result_id={self.interview_result_id!r}, "
            f"url={safe_url(self.url)!r}, headers={self.headers!r}, attempt={self.attempt}, "
            f"duplicate={self.duplicate}, outcome={outcome!r})"
        )


@dataclass(frozen=True)
class _Job:
    change: int
    event: str
    interview_result_id: str
    url: str
    headers: MaskedHeaders
    body: bytes
    duplicate: bool  # deliver once more after the acknowledgement


class Webhooks:
    """Decides the deliveries of result changes and makes them in the background."""

    def __init__(self, settings: WebhookSettings, seed: int = 0) -> None:
        self.settings = settings
        self.deliveries: list[Attempt] = []
        self._seen: dict[str, dict[str, Any]] = {}  # the last payload of each result
        self._changes = 0
        self._rng = seeded(seed, "webhook-duplicates")
        self._tasks: set[asyncio.Task[None]] = set()
        self._pending = 0
        self._condition = threading.Condition()

    # --- deciding ----------------------------------------------------------------------

    def result_changed(self, interview_result_id: str, payload: dict[str, Any]) -> None:
        """Offer a result's new payload; deliver it if it is a documented event (module docstring)."""
        before = self._seen.get(interview_result_id)
        self._seen[interview_result_id] = payload
        event = event_of(payload)
        if event is None:
            return
        changed = changed_fields(before, payload)
        if event == (event_of(before) if before is not None else None) and (
            event != "interview_result" or not set(changed) & set(RESULT_WATCHED)
        ):
            return  # the same event, and nothing it is re-sent for changed
        if event not in self.settings.events or not self.settings.urls:
            return
        self._changes += 1
        body = json.dumps({**payload, "reason": ",".join(changed) or None}).encode()
        secret = [name for name, _ in self.settings.headers]
        defaults = [(n, v) for n, v in _DEFAULT_HEADERS if n.lower() not in {s.lower() for s in secret}]
        headers = MaskedHeaders([*defaults, *self.settings.headers], secret)
        for url in self.settings.urls:
            duplicate = bool(self.settings.duplicates) and self._rng.random() < self.settings.duplicates
            job = _Job(self._changes, event, interview_result_id, url, headers, body, duplicate)
            with self._condition:
                self._pending += 1
            task = asyncio.get_running_loop().create_task(self._deliver(job))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    # --- delivering --------------------------------------------------------------------

    async def _deliver(self, job: _Job) -> None:
        try:
            async with httpx.AsyncClient(timeout=self.settings.timeout_s, follow_redirects=False) as client:
                if await self._attempts(client, job, duplicate=False) and job.duplicate:
                    await self._attempts(client, job, duplicate=True)
        finally:
            with self._condition:
                self._pending -= 1
                self._condition.notify_all()

    async def _attempts(self, client: httpx.AsyncClient, job: _Job, *, duplicate: bool) -> bool:
        """Deliver until acknowledged or out of attempts; whether it was acknowledged."""
        where = f"{job.event} of {job.interview_result_id} to {safe_url(job.url)}" + (
            " (duplicate)" if duplicate else ""
        )
        for number in range(1, self.settings.max_attempts + 1):
            status, error = await self._post(client, job)
            attempt = Attempt(
                job.change, job.event, job.interview_result_id, job.url, job.headers, job.body, number, duplicate,
                status, error,
            )  # fmt: skip
            with self._condition:
                self.deliveries.append(attempt)
                self._condition.notify_all()
            outcome = f"HTTP {status}" if status is not None else error
            if attempt.acknowledged:
                logger.info("webhook %s: attempt %d acknowledged (%s)", where, number, outcome)
                return True
            if number == self.settings.max_attempts:
                logger.warning("webhook %s: gave up after %d attempts (last: %s)", where, number, outcome)
                return False
            delay = self.settings.delay_after(number)
            logger.warning("webhook %s: attempt %d got %s; retrying in %.3g s", where, number, outcome, delay)
            await asyncio.sleep(delay)
        return False

    async def _post(self, client: httpx.AsyncClient, job: _Job) -> tuple[int | None, str | None]:
        try:
            response = await client.post(job.url, content=job.body, headers=dict(job.headers.items()))
        except httpx.TimeoutException:
            return None, "timeout"
        except httpx.HTTPError as exc:
            return None, type(exc).__name__  # the class only: a message could quote the URL's credentials
        return response.status_code, None

    # --- for tests -----------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Deliveries under way (retries and duplicates included)."""
        with self._condition:
            return self._pending

    def attempts(self) -> list[Attempt]:
        """A copy of ``deliveries``, safe to read from another thread."""
        with self._condition:
            return list(self.deliveries)

    def wait_for(self, predicate: Callable[[list[Attempt]], bool], timeout: float) -> bool:
        """Block (not on the server's loop) until ``predicate(attempts)`` holds; False on timeout."""
        with self._condition:
            return self._condition.wait_for(lambda: predicate(list(self.deliveries)), timeout)

    def wait_idle(self, timeout: float) -> bool:
        """Block (not on the server's loop) until no delivery is under way; False on timeout."""
        with self._condition:
            return self._condition.wait_for(lambda: self._pending == 0, timeout)
