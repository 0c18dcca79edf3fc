"""BENCHMARKS.md: the machine, then each section's method, table and budgets."""

from __future__ import annotations

import datetime
import os
import platform
from importlib.metadata import version
from pathlib import Path

from .results import Section


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> list[list[str]]:
    return [
        ["CPU", f"{cpu_model()}, {os.cpu_count()} logical cores"],
        ["OS", platform.platform()],
        ["Python", f"{platform.python_implementation()} {platform.python_version()}"],
        ["httpx", version("httpx")],
        ["jobmojito", version("jobmojito")],
        ["attrs", version("attrs")],
    ]


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def budgets(sections: list[Section]) -> list[list[str]]:
    return [
        [b.name, b.rule, b.ratio.show(digits=2, unit=b.unit if b.unit == "x" else ""), f"**{b.verdict}**"]
        for s in sections
        for b in s.budgets
    ]


def render(sections: list[Section], command: str, seconds: float, history: str) -> str:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` ({when}, {seconds:.0f} s); "
        "`docs/maintaining/benchmarks.md` says what each part measures.",
        "Numbers are medians with the interquartile range [p25-p75] of the runs; "
        "ratios are SDK ÷ the peer each row names (raw httpx unless it says otherwise).",
        "The machine is shared with other work, so single runs are noisy: compare medians.",
        "",
        "## Machine",
        "",
        *_table(["", ""], machine()),
        "",
        "## Budgets",
        "",
        *_table(["budget", "rule", "measured", "verdict"], budgets(sections)),
        "",
    ]
    for section in sections:
        lines += [f"## {section.title}", "", section.method, "", *_table(section.headers, section.rows), ""]
        lines += [note + "\n" for note in section.notes]
    if history:
        lines += [history.rstrip(), ""]
    return "\n".join(lines)


HISTORY_MARK = "## Profiles and fixes"


def keep_history(path: Path) -> str:
    """The hand-kept part of an existing BENCHMARKS.md (from HISTORY_MARK on)."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    start = text.find(HISTORY_MARK)
    return text[start:] if start >= 0 else ""
