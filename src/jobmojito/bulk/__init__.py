"""Bulk work: thousands of candidates or reports, concurrently, resumable, never sent twice.

``interviews.register_users_bulk`` and ``results.create_reports_bulk`` (sync
and async) run here: batches in parallel within a limit that halves on 429s,
typed per-item outcomes, and a journal (``journal="run.jsonl"`` or
``"run.sqlite"``) so that a rerun after a crash registers (and e-mails) no
candidate twice. ``jobmojito interviews invite --csv candidates.csv`` is the
command-line front end.
"""

from ._journal import Journal, JSONLinesJournal, MemoryJournal, Record, SQLiteJournal, open_journal
from ._registrations import BulkRegistrations, Registration
from ._reports import BulkReports, Report

__all__ = [
    "BulkRegistrations",
    "BulkReports",
    "JSONLinesJournal",
    "Journal",
    "MemoryJournal",
    "Record",
    "Registration",
    "Report",
    "SQLiteJournal",
    "open_journal",
]
