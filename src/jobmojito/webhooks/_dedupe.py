"""At-least-once delivery made safe: each change handled once, however often it is delivered.

JobMojito retries a delivery until it gets a 2xx, so the same change can
arrive twice (a timeout after the receiver did the work, a retry racing the
first try). ``Deduplicator.once(event)`` lets a handler run for the first
delivery of a change only::

    dedupe = Deduplicator(SQLiteStore("webhooks.db"))

    event = jobmojito.webhooks.unwrap(body, headers, expected_headers=...)
    try:
        with dedupe.once(event) as first:
            if first:
                handle(event)          # runs once per change
    except DeliveryInProgress:
        return 409                     # the same change is being handled now: JobMojito retries later
    return 200

A change is marked done only when the block ends without an exception: if
handling fails, the claim is released and the retry handles it. A claim left
by a crashed worker expires after ``lease`` seconds. Keys are
``WebhookEvent.delivery_key`` (the result, the event, the reason and the
watched fields), kept for ``keep`` seconds.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, Protocol

from .._errors import JobMojitoError
from ._unwrap import WebhookEvent

Claim = Literal["new", "done", "busy"]
DAY = 86_400.0


class DeliveryInProgress(JobMojitoError):
    """The same change is being handled by another delivery right now: answer non-2xx so that it is retried."""


class DedupeStore(Protocol):
    """Where claims are kept: ``claim`` is atomic."""

    def claim(self, key: str, now: float, lease: float) -> Claim: ...

    def complete(self, key: str, now: float, keep: float) -> None: ...

    def release(self, key: str) -> None: ...


class MemoryStore:
    """Claims in this process's memory (one worker; tests)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[str, float]] = {}  # key -> (state, expires at)

    def claim(self, key: str, now: float, lease: float) -> Claim:
        with self._lock:
            state, expires = self._entries.get(key, ("", 0.0))
            if state and expires > now:
                return "done" if state == "done" else "busy"
            self._entries[key] = ("busy", now + lease)
            if len(self._entries) > 4096:
                self._entries = {k: v for k, v in self._entries.items() if v[1] > now}
            return "new"

    def complete(self, key: str, now: float, keep: float) -> None:
        with self._lock:
            self._entries[key] = ("done", now + keep)

    def release(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)


class SQLiteStore:
    """Claims in a SQLite file, shared by every worker process of a receiver on one machine."""

    def __init__(self, path: str | Path, *, timeout: float = 10.0) -> None:
        self._path = str(path)
        self._timeout = timeout
        self._local = threading.local()
        with self._connection() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS jobmojito_webhook_deliveries "
                "(key TEXT PRIMARY KEY, state TEXT NOT NULL, expires_at REAL NOT NULL)"
            )

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self._path, timeout=self._timeout, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    def claim(self, key: str, now: float, lease: float) -> Claim:
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")  # one claimant at a time, across processes
        try:
            row = db.execute(
                "SELECT state, expires_at FROM jobmojito_webhook_deliveries WHERE key = ?", (key,)
            ).fetchone()
            if row is not None and row[1] > now:
                db.execute("COMMIT")
                return "done" if row[0] == "done" else "busy"
            db.execute(
                "INSERT OR REPLACE INTO jobmojito_webhook_deliveries (key, state, expires_at) VALUES (?, 'busy', ?)",
                (key, now + lease),
            )
            db.execute("DELETE FROM jobmojito_webhook_deliveries WHERE expires_at <= ?", (now,))
            db.execute("COMMIT")
            return "new"
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def complete(self, key: str, now: float, keep: float) -> None:
        self._connection().execute(
            "UPDATE jobmojito_webhook_deliveries SET state = 'done', expires_at = ? WHERE key = ?", (now + keep, key)
        )

    def release(self, key: str) -> None:
        self._connection().execute("DELETE FROM jobmojito_webhook_deliveries WHERE key = ?", (key,))


class Deduplicator:
    """Runs each change's handling once (see the module docstring)."""

    def __init__(
        self,
        store: DedupeStore | None = None,
        *,
        lease: float = 300.0,
        keep: float = 14 * DAY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store: DedupeStore = store if store is not None else MemoryStore()
        self.lease = lease
        self.keep = keep
        self._clock = clock

    @contextmanager
    def once(self, event: WebhookEvent | str) -> Iterator[bool]:
        """``True`` for the first delivery of a change (handle it), ``False`` for a repeat (acknowledge it).

        Raises ``DeliveryInProgress`` while another delivery of the same change is being handled.
        """
        key = event if isinstance(event, str) else event.delivery_key
        state = self.store.claim(key, self._clock(), self.lease)
        if state == "busy":
            raise DeliveryInProgress("the same webhook change is being handled by another delivery; retry later")
        if state == "done":
            yield False
            return
        try:
            yield True
        except BaseException:
            self.store.release(key)
            raise
        self.store.complete(key, self._clock(), self.keep)
