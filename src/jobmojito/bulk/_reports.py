"""``results.create_reports_bulk``: a report for each of many results, concurrently, resumable.

A report renders what is stored (no credit, no e-mail), so a call whose
answer was lost may be sent again; the journal is there so that a rerun skips
the results already done (it keeps each PDF's URL, not an HTML or JSON body).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._journal import Record
from ._runner import Batch, Item, Result

Status = Literal["ok", "error", "unknown"]


@dataclass(frozen=True)
class Report:
    """One result's report: ``ok`` (this run's ``report``, or an earlier run's PDF URL), or the ``error``."""

    interview_result_id: str
    status: Status
    report: Any = None  # PDFExport, HTMLExport or JSONExport, when made in this run
    pdf_export_url: str | None = None
    error: str | None = None
    resumed: bool = False


@dataclass(frozen=True)
class BulkReports:
    """Every result's ``Report``, in the order given."""

    reports: list[Report]

    def __iter__(self) -> Any:
        return iter(self.reports)

    def __len__(self) -> int:
        return len(self.reports)

    @property
    def ok(self) -> list[Report]:
        return [r for r in self.reports if r.status == "ok"]

    @property
    def errors(self) -> list[Report]:
        return [r for r in self.reports if r.status != "ok"]


def key_of(result_id: str, export_type: str) -> str:
    return f"report|{export_type}|{result_id}"


def plan(
    result_ids: Iterable[str], export_type: str, journal: Mapping[str, Record]
) -> tuple[list[str], list[Batch[str]], dict[str, Report]]:
    ids = list(dict.fromkeys(str(r) for r in result_ids))
    known: dict[str, Report] = {}
    batches: list[Batch[str]] = []
    for result_id in ids:
        record = journal.get(key_of(result_id, export_type))
        if record is not None and record.state == "ok":
            url = record.detail.get("pdf_export_url")
            known[result_id] = Report(
                result_id, "ok", pdf_export_url=url if isinstance(url, str) else None, resumed=True
            )
        else:
            batches.append(Batch([Item(key_of(result_id, export_type), result_id)]))
    return ids, batches, known


def result_of(batch: Batch[str], report: Any) -> list[Result]:
    url = getattr(report, "pdf_export_url", None)
    return [Result(batch.items[0].key, "ok", {"pdf_export_url": url if isinstance(url, str) else None}, value=report)]


def outcome(ids: list[str], export_type: str, known: dict[str, Report], results: list[Result]) -> BulkReports:
    by_key = {r.key: r for r in results}
    out = []
    for result_id in ids:
        if result_id in known:
            out.append(known[result_id])
            continue
        result = by_key[key_of(result_id, export_type)]
        url = result.detail.get("pdf_export_url")
        out.append(
            Report(
                result_id,
                result.status,
                report=result.value,
                pdf_export_url=url if isinstance(url, str) else None,
                error=result.error,
            )
        )
    return BulkReports(out)
