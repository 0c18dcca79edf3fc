"""Where a bulk run writes down what it did, so that a rerun never does it twice.

One record per item (a candidate, a result): its key and what became of it.

* ``sent``: written *before* the item's batch goes out. A record still
  ``sent`` after a crash is a batch whose answer nobody saw: it may have been
  processed.
* ``ok``: the server did it (with what it answered, e.g. the interview URL).
* ``error``: the server answered that it did not (its error text).
* ``unknown``: the batch went out and its answer was lost (a timeout, a
  reset, a 5xx): it may have been processed.

Two formats: JSON Lines (append-only, flushed and fsynced after each batch;
the last record of a key wins) and SQLite (one row per key; safe for several
processes). ``open_journal(path)`` picks by suffix (``.sqlite``/``.db`` →
SQLite, anything else → JSON Lines).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

State = Literal["sent", "ok", "error", "unknown"]


@dataclass(frozen=True)
class Record:
    key: str
    state: State
    detail: Mapping[str, Any]  # what the server answered for the item (ok), or {"error": text}


class Journal(Protocol):
    def load(self) -> dict[str, Record]:
        """The latest record of every key."""
        ...

    def write(self, records: Iterable[Record]) -> None:
        """Record these durably before returning."""
        ...

    def close(self) -> None: ...


class MemoryJournal:
    """A journal that lasts as long as the object (no resume across processes)."""

    def __init__(self) -> None:
        self._records: dict[str, Record] = {}
        self._lock = threading.Lock()

    def load(self) -> dict[str, Record]:
        with self._lock:
            return dict(self._records)

    def write(self, records: Iterable[Record]) -> None:
        with self._lock:
            for record in records:
                self._records[record.key] = record

    def close(self) -> None:
        pass


class JSONLinesJournal:
    """Append-only JSON Lines, fsynced after every write (the last record of a key wins)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._handle = self.path.open("a", encoding="utf-8")

    def load(self) -> dict[str, Record]:
        found: dict[str, Record] = {}
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    data = json.loads(line)
                    found[data["key"]] = Record(data["key"], data["state"], data.get("detail") or {})
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a crash: its batch is still "sent" from before
        return found

    def write(self, records: Iterable[Record]) -> None:
        lines = "".join(json.dumps(asdict(r), ensure_ascii=False, default=str) + "\n" for r in records)
        with self._lock:
            self._handle.write(lines)
            self._handle.flush()
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()


class SQLiteJournal:
    """One row per key in a SQLite file (several processes may share it)."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS jobmojito_bulk_journal (key TEXT PRIMARY KEY, state TEXT NOT NULL, detail TEXT)"
        )

    def load(self) -> dict[str, Record]:
        with self._lock:
            rows = self._db.execute("SELECT key, state, detail FROM jobmojito_bulk_journal").fetchall()
        return {key: Record(key, state, json.loads(detail or "{}")) for key, state, detail in rows}

    def write(self, records: Iterable[Record]) -> None:
        rows = [(r.key, r.state, json.dumps(dict(r.detail), ensure_ascii=False, default=str)) for r in records]
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO jobmojito_bulk_journal (key, state, detail) VALUES (?, ?, ?)", rows
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_journal(journal: Journal | str | Path | None) -> Journal:
    """A journal object for ``journal`` (a path: by its suffix; None: in memory)."""
    if journal is None:
        return MemoryJournal()
    if isinstance(journal, (str, Path)):
        path = Path(journal)
        return SQLiteJournal(path) if path.suffix in (".sqlite", ".sqlite3", ".db") else JSONLinesJournal(path)
    return journal


@contextmanager
def opened_journal(journal: Journal | str | Path | None) -> Iterator[Journal]:
    """:func:`open_journal` for one bulk run: a journal opened here (a path, or in memory) is closed at the end;
    a ``Journal`` the caller gave stays open, theirs to close."""
    book = open_journal(journal)
    try:
        yield book
    finally:
        if book is not journal:
            book.close()
